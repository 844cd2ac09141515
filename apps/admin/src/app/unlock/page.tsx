import { UnlockPage } from '@alliance/ui/link-pages';

export const metadata = { title: 'Let this browser sign in' };

export default UnlockPage;
