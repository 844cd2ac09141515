'use client';

import { api, useCall } from '@alliance/api/react';
import { PASSWORD_MIN_LENGTH, signInWithEmail } from '@alliance/auth/client';
import { Alert, BusyButton } from '@alliance/ui';
import { useRouter } from 'next/navigation';
import { useState } from 'react';

/** The invitee's form: their name and a password; then they are signed in (learners) or sent on. */
export function AcceptInvitation({
  token,
  email,
  name,
  role,
  adminUrl,
}: {
  token: string;
  email: string;
  name: string;
  role: string;
  adminUrl: string;
}) {
  const router = useRouter();
  const [problem, setProblem] = useState<string | null>(null);
  const [staffReady, setStaffReady] = useState(false);
  const accept = useCall(api.invitation.accept.mutate);

  return staffReady ? (
    <Alert tone="success">
      Your account is ready. Staff work happens on the staff site:{' '}
      <a href={`${adminUrl.replace(/\/+$/, '')}/sign-in`}>sign in there</a> with {email}.
    </Alert>
  ) : (
    <form
      className="form"
      onSubmit={async (event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        const password = String(data.get('password') ?? '');
        if (password.length < PASSWORD_MIN_LENGTH) {
          setProblem(`Choose a password of at least ${PASSWORD_MIN_LENGTH} characters.`);
          return;
        }
        setProblem(null);
        const made = await accept
          .run({ token, name: String(data.get('name') ?? ''), password })
          .catch(() => null);
        if (!made) return;
        if (role !== 'learner') {
          setStaffReady(true);
          return;
        }
        const error = await signInWithEmail({ email, password });
        if (error) {
          setProblem(`Your account is ready, but signing in failed: ${error}`);
          return;
        }
        router.push('/');
        router.refresh();
      }}
    >
      {(problem ?? accept.error) && <Alert>{problem ?? accept.error?.message}</Alert>}
      <label className="field">
        <span className="field__label">Email</span>
        <input value={email} readOnly aria-readonly="true" />
      </label>
      <label className="field">
        <span className="field__label">Name</span>
        <input name="name" defaultValue={name} autoComplete="name" required maxLength={100} />
      </label>
      <label className="field">
        <span className="field__label">Password</span>
        <input
          name="password"
          type="password"
          autoComplete="new-password"
          required
          minLength={PASSWORD_MIN_LENGTH}
          maxLength={128}
        />
        <span className="field__hint">At least {PASSWORD_MIN_LENGTH} characters.</span>
      </label>
      <BusyButton
        type="submit"
        variant="primary"
        busy={accept.pending}
        busyLabel="Making your account…"
      >
        Make my account
      </BusyButton>
    </form>
  );
}
