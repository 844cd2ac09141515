'use client';

import { PASSWORD_MIN_LENGTH, signInWithEmail } from '@alliance/auth/client';
import { AuthForm, type AuthFormValues } from '@alliance/ui';
import { useRouter } from 'next/navigation';

export function SignInForm({ next }: { next: string }) {
  const router = useRouter();
  async function submit(values: AuthFormValues) {
    const error = await signInWithEmail(values);
    if (error) return error;
    router.push(next);
    router.refresh();
    return null;
  }
  return <AuthForm mode="sign-in" onSubmit={submit} minPasswordLength={PASSWORD_MIN_LENGTH} />;
}
