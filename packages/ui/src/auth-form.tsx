'use client';

import { type FormEvent, useEffect, useId, useState } from 'react';
import { Alert } from './alert';
import { BusyButton } from './busy-button';

export interface AuthFormValues {
  name: string;
  email: string;
  password: string;
}

export interface AuthFormProps {
  mode: 'sign-in' | 'sign-up';
  /** Resolves to an error message to show, or null on success (the caller navigates). */
  onSubmit: (values: AuthFormValues) => Promise<string | null>;
  minPasswordLength: number;
}

/** Email + password form with inline validation, a pending state and a readable error. */
export function AuthForm({ mode, onSubmit, minPasswordLength }: AuthFormProps) {
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const signUp = mode === 'sign-up';

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const values = {
      name: String(data.get('name') ?? '').trim(),
      email: String(data.get('email') ?? '').trim(),
      password: String(data.get('password') ?? ''),
    };
    if (signUp && values.password.length < minPasswordLength) {
      setError(`Choose a password of at least ${minPasswordLength} characters.`);
      return;
    }
    setPending(true);
    setError(null);
    try {
      const message = await onSubmit(values);
      if (message) setError(message);
    } catch {
      setError('We could not reach the server. Check your connection and try again.');
    } finally {
      setPending(false);
    }
  }

  return (
    <form
      className="form"
      onSubmit={handleSubmit}
      noValidate={false}
      aria-describedby={error ? `${id}-error` : undefined}
    >
      {error && (
        <div id={`${id}-error`}>
          <Alert>{error}</Alert>
        </div>
      )}
      {signUp && (
        <label className="field">
          <span className="field__label">Name</span>
          <input name="name" autoComplete="name" required maxLength={100} />
        </label>
      )}
      <label className="field">
        <span className="field__label">Email</span>
        <input name="email" type="email" autoComplete="email" required maxLength={254} />
      </label>
      <label className="field">
        <span className="field__label">Password</span>
        <input
          name="password"
          type="password"
          autoComplete={signUp ? 'new-password' : 'current-password'}
          required
          minLength={signUp ? minPasswordLength : undefined}
          maxLength={128}
        />
        {signUp && <span className="field__hint">At least {minPasswordLength} characters.</span>}
      </label>
      <SubmitButton pending={pending}>{signUp ? 'Create account' : 'Sign in'}</SubmitButton>
    </form>
  );
}

/**
 * An account form's submit button: busy, and saying so, while the request runs; and off until
 * the page's script runs, so a click made before cannot submit the form the browser's own way
 * (a reload that would put the email in the address bar and send nothing).
 */
export function SubmitButton({ pending, children }: { pending: boolean; children: string }) {
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  return (
    <BusyButton
      type="submit"
      variant="primary"
      busy={pending}
      busyLabel="Please wait…"
      disabled={!ready}
    >
      {children}
    </BusyButton>
  );
}
