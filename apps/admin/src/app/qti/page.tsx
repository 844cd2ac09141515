import { Page } from '@alliance/ui';
import { requireStaff } from '~/server/runtime';
import { QtiExchange } from './qti-exchange';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'QTI import and export' };

export default async function QtiPage() {
  await requireStaff('/qti');
  return (
    <Page>
      <h1>QTI 3 import and export</h1>
      <p className="lead">
        Bring questions from another system as a QTI 3 item (.xml) or content package (.zip), or
        take the bank elsewhere. An import shows what it would add first; nothing is saved until you
        confirm.
      </p>
      <QtiExchange />
    </Page>
  );
}
