import { Card, Page } from '@alliance/ui';
import { Unsubscribe } from '@alliance/ui/account';

export const metadata = { title: 'Stop emails' };

/** What each notice's link calls its kind. */
const WHAT: Record<string, string> = {
  'essay-graded': 'emails when an essay is graded',
  'grade-changed': 'emails when a regrade changes a grade',
  'cohort-added': 'emails when you are added to a cohort',
  'due-soon': 'reminders three days before a due date',
  'review-digest': 'weekly review digests',
};

type Props = { searchParams: Promise<{ token?: string | string[]; kind?: string | string[] }> };

/** A notice's "stop these emails" link: works without signing in, and only turns emails off. */
export default async function UnsubscribePage({ searchParams }: Props) {
  const { token, kind } = await searchParams;
  const named = typeof kind === 'string' && kind in WHAT ? kind : null;
  return (
    <Page narrow>
      <Card>
        <h1>Stop emails</h1>
        {typeof token === 'string' && token.length >= 16 && token.length <= 64 ? (
          <Unsubscribe token={token} kind={named} what={named ? (WHAT[named] ?? '') : 'notices'} />
        ) : (
          <p>This link is incomplete. Open the whole link from the message.</p>
        )}
      </Card>
    </Page>
  );
}
