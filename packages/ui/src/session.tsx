'use client';

import {
  PASSWORD_MIN_LENGTH,
  requestPasswordReset,
  resetPassword,
  safeNextPath,
  signInWithEmail,
  signOut,
  signUpWithEmail,
} from '@alliance/auth/client';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { type ReactNode, useState } from 'react';
import { Alert } from './alert';
import { AuthForm, type AuthFormValues, SubmitButton } from './auth-form';
import { Card, Page } from './layout';

/**
 * The session pieces both apps share: the email form wired to better-auth, sign-out, the
 * sign-out page and the error page. They need Next's router, so they live apart from the
 * plain components in `@alliance/ui`.
 */

/** Sign-in or sign-up; on success goes to `next` if it is a path on this site (checked again here). */
export function EmailAuthForm({ mode, next }: { mode: 'sign-in' | 'sign-up'; next: string }) {
  const router = useRouter();
  const [confirmTo, setConfirmTo] = useState<string | null>(null);
  async function submit(values: AuthFormValues) {
    if (mode === 'sign-in') {
      const error = await signInWithEmail(values);
      if (error) return error;
    } else {
      const { error, signedIn } = await signUpWithEmail(values);
      if (error) return error;
      // The address must be confirmed first: the link is in the mail.
      if (!signedIn) {
        setConfirmTo(values.email);
        return null;
      }
    }
    router.push(safeNextPath(next));
    router.refresh();
    return null;
  }
  if (confirmTo)
    return (
      <Alert tone="success" title="Check your email">
        <p>
          We sent a link to <strong>{confirmTo}</strong>. Follow it within a day to confirm the
          address, then sign in. Nothing there after a few minutes? Look in the spam folder, or sign
          in to have a new link sent.
        </p>
      </Alert>
    );
  return <AuthForm mode={mode} onSubmit={submit} minPasswordLength={PASSWORD_MIN_LENGTH} />;
}

/** A sign-in or sign-up page's card: heading, a line of context, the form, and a footer. */
export function AuthCard({
  mode,
  next,
  title,
  intro,
  footer,
}: {
  mode: 'sign-in' | 'sign-up';
  next: string;
  title: string;
  intro?: string;
  footer: ReactNode;
}) {
  return (
    <Page narrow>
      <Card>
        <h1>{title}</h1>
        {intro && <p className="muted">{intro}</p>}
        <EmailAuthForm mode={mode} next={next} />
        <p className="muted">{footer}</p>
      </Card>
    </Page>
  );
}

export function SignOutButton() {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  return (
    <button
      type="button"
      className="button button--link"
      disabled={pending}
      onClick={async () => {
        setPending(true);
        await signOut();
        router.push('/sign-out');
        router.refresh();
      }}
    >
      Sign out
    </button>
  );
}

/** The /sign-out page: a button while signed in, a confirmation once signed out. */
export function SignOutView({ user }: { user: { name: string; email: string } | null }) {
  return (
    <Page narrow>
      <Card>
        {user ? (
          <>
            <h1>Sign out</h1>
            <p>
              You are signed in as {user.name} ({user.email}).
            </p>
            <SignOutButton />
          </>
        ) : (
          <>
            <h1>You are signed out</h1>
            <p>
              <Link href="/sign-in">Sign in again</Link> whenever you are ready.
            </p>
          </>
        )}
      </Card>
    </Page>
  );
}

/** The app router's error boundary: no stack trace, a way to retry. */
export function ErrorView({ reset }: { error: Error; reset: () => void }) {
  return (
    <Page narrow>
      <Alert title="Something went wrong on our side.">
        <p>Your progress is saved. Try again in a moment.</p>
        <button type="button" className="button" onClick={reset}>
          Try again
        </button>
      </Alert>
    </Page>
  );
}

/**
 * "Forgot password?": an email address in, the same answer out whether or not it has an
 * account; the link arrives by email.
 */
export function ForgotPasswordForm() {
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  if (sentTo)
    return (
      <p role="status">
        If <strong>{sentTo}</strong> has an account, a link to choose a new password is on its way.
        It works for an hour. Nothing there? Check the spam folder, or ask again.
      </p>
    );
  return (
    <form
      className="form"
      onSubmit={async (event) => {
        event.preventDefault();
        const email = String(new FormData(event.currentTarget).get('email') ?? '').trim();
        setPending(true);
        setError(null);
        const problem = await requestPasswordReset({ email });
        setPending(false);
        if (problem) setError(problem);
        else setSentTo(email);
      }}
    >
      {error && <Alert>{error}</Alert>}
      <label className="field">
        <span className="field__label">Email</span>
        <input name="email" type="email" required autoComplete="email" maxLength={254} />
      </label>
      <SubmitButton pending={pending}>Email me a link</SubmitButton>
    </form>
  );
}

/** The page the emailed link opens: a new password, twice; then sign in with it. */
export function ResetPasswordForm({ token }: { token: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  return (
    <form
      className="form"
      onSubmit={async (event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        const newPassword = String(data.get('password') ?? '');
        if (newPassword.length < PASSWORD_MIN_LENGTH)
          return setError(`Choose a password of at least ${PASSWORD_MIN_LENGTH} characters.`);
        if (newPassword !== String(data.get('again') ?? ''))
          return setError('The two passwords differ. Type the same one twice.');
        setPending(true);
        setError(null);
        const problem = await resetPassword({ token, newPassword });
        setPending(false);
        if (problem) return setError(problem);
        router.push('/sign-in?reset=1');
      }}
    >
      {error && <Alert>{error}</Alert>}
      <label className="field">
        <span className="field__label">New password</span>
        <input
          name="password"
          type="password"
          required
          minLength={PASSWORD_MIN_LENGTH}
          autoComplete="new-password"
        />
      </label>
      <label className="field">
        <span className="field__label">The same again</span>
        <input name="again" type="password" required autoComplete="new-password" />
      </label>
      <SubmitButton pending={pending}>Set the new password</SubmitButton>
    </form>
  );
}
