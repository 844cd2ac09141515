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
async function call(
  path: string,
  body: unknown,
): Promise<{ error: string | null; data: Record<string, unknown> }> {
  let response: Response;
  try {
    response = await fetch(`/api/auth${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      credentials: 'same-origin',
      body: JSON.stringify(body),
    });
  } catch {
    return {
      error: 'We could not reach the server. Check your connection and try again.',
      data: {},
    };
  }
  const data = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (response.ok) return { error: null, data };
  const error = data as { code?: string; message?: string };
  return { error: describeAuthError({ ...error, status: response.status }), data };
}

const post = async (path: string, body: unknown) => (await call(path, body)).error;

/** Signs in; resolves to an error sentence, or null once the session cookie is set. */
export function signInWithEmail({ email, password }: { email: string; password: string }) {
  return post('/sign-in/email', { email, password });
}

/**
 * Creates a learner account. Where addresses must be confirmed, no session comes back
 * (`signedIn` false) and the answer is the same whether or not the address had an account: the
 * link, or a note to the owner, arrives by email.
 */
export async function signUpWithEmail({
  name,
  email,
  password,
}: {
  name: string;
  email: string;
  password: string;
}): Promise<{ error: string | null; signedIn: boolean }> {
  const { error, data } = await call('/sign-up/email', {
    name: name || email.split('@')[0] || email,
    email,
    password,
  });
  return { error, signedIn: !error && typeof data.token === 'string' };
}

/** Changes the signed-in person's name. */
export function changeName({ name }: { name: string }) {
  return post('/update-user', { name });
}

/** Changes the password (the current one is asked for); every other session ends. */
export function changePassword({
  currentPassword,
  newPassword,
}: {
  currentPassword: string;
  newPassword: string;
}) {
  return post('/change-password', { currentPassword, newPassword, revokeOtherSessions: true });
}

/**
 * Asks to move the account to a new address: a link goes there, and the change happens when it
 * is followed. The answer does not say whether the new address has an account of its own.
 */
export function changeEmail({ newEmail }: { newEmail: string }) {
  return post('/change-email', { newEmail, callbackURL: '/account' });
}

/** Deletes the signed-in account, with its password as proof. */
export function deleteAccount({ password }: { password: string }) {
  return post('/delete-user', { password });
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

/** Makes this browser known to the account an unlock link is for (sign-in then works here). */
export function unlockDevice({ token }: { token: string }) {
  return post('/unlock-device', { token });
}
