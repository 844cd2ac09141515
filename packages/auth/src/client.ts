import { adminClient } from 'better-auth/client/plugins';
import { createAuthClient } from 'better-auth/react';
import { ac, roles } from './permissions';
import { describeAuthError } from './policy';

export {
  describeAuthError,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  safeNextPath,
} from './policy';

/** The browser's auth client; same-origin, since each app mounts better-auth at /api/auth. */
export const authClient = createAuthClient({
  plugins: [adminClient({ ac, roles })],
});

/** Signs in; resolves to an error sentence, or null once the session cookie is set. */
export async function signInWithEmail({ email, password }: { email: string; password: string }) {
  const { error } = await authClient.signIn.email({ email, password });
  return error ? describeAuthError(error) : null;
}

/** Creates a learner account and signs it in; resolves to an error sentence or null. */
export async function signUpWithEmail({
  name,
  email,
  password,
}: {
  name: string;
  email: string;
  password: string;
}) {
  const { error } = await authClient.signUp.email({
    name: name || email.split('@')[0] || email,
    email,
    password,
  });
  return error ? describeAuthError(error) : null;
}
