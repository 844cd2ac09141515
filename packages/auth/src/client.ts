import { describeAuthError } from './policy';

export {
  describeAuthError,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  safeNextPath,
} from './policy';

/**
 * The browser side of auth, as plain same-origin requests to the app's own /api/auth: the three
 * calls the forms need, without shipping better-auth's client library to every page.
 */
async function post(path: string, body: unknown): Promise<string | null> {
  let response: Response;
  try {
    response = await fetch(`/api/auth${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      credentials: 'same-origin',
      body: JSON.stringify(body),
    });
  } catch {
    return 'We could not reach the server. Check your connection and try again.';
  }
  if (response.ok) return null;
  const error = (await response.json().catch(() => ({}))) as { code?: string; message?: string };
  return describeAuthError({ ...error, status: response.status });
}

/** Signs in; resolves to an error sentence, or null once the session cookie is set. */
export function signInWithEmail({ email, password }: { email: string; password: string }) {
  return post('/sign-in/email', { email, password });
}

/** Creates a learner account and signs it in; resolves to an error sentence or null. */
export function signUpWithEmail({
  name,
  email,
  password,
}: {
  name: string;
  email: string;
  password: string;
}) {
  return post('/sign-up/email', { name: name || email.split('@')[0] || email, email, password });
}

/** Ends the session; resolves to an error sentence or null. */
export function signOut() {
  return post('/sign-out', {});
}

/**
 * Asks for a reset link by email. The answer is the same whether or not the address has an
 * account, so the form cannot be used to find out who studies here.
 */
export function requestPasswordReset({ email }: { email: string }) {
  return post('/request-password-reset', { email, redirectTo: '/reset-password' });
}

/** Sets a new password with the token from the emailed link; every session then ends. */
export function resetPassword({ token, newPassword }: { token: string; newPassword: string }) {
  return post('/reset-password', { token, newPassword });
}
