import { VerifyEmailPage } from '@alliance/ui/link-pages';

export const metadata = { title: 'Confirm your email' };

export default VerifyEmailPage;
