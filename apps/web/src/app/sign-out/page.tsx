import { SignOutView } from '@alliance/ui/session';
import { currentUser } from '~/server/runtime';

export const metadata = { title: 'Sign out' };

export default async function SignOutPage() {
  return <SignOutView user={await currentUser()} />;
}
