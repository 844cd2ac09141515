'use client';

import { PASSWORD_MIN_LENGTH, signInWithEmail, signUpWithEmail } from '@alliance/auth/client';
import { AuthForm, type AuthFormValues } from '@alliance/ui';
import { useRouter } from 'next/navigation';

/** Sign-in or sign-up; on success goes to `next` (already checked to be a same-site path). */
export function EmailAuthForm({ mode, next }: { mode: 'sign-in' | 'sign-up'; next: string }) {
  const router = useRouter();
  async function submit(values: AuthFormValues) {
    const error =
      mode === 'sign-in' ? await signInWithEmail(values) : await signUpWithEmail(values);
    if (error) return error;
    router.push(next);
    router.refresh();
    return null;
  }
  return <AuthForm mode={mode} onSubmit={submit} minPasswordLength={PASSWORD_MIN_LENGTH} />;
}
