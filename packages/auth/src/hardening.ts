import { dictionary } from '@zxcvbn-ts/language-common';

/**
 * Account protections beyond better-auth's defaults, after OWASP ASVS level 2: no password from
 * lists of leaked passwords, a cap on failed sign-ins per account, and short admin sessions.
 * Pure: the hooks in auth.ts and the session check in the API apply them.
 */

/** Failed sign-ins an account may have in an hour before sign-in to it pauses. */
export const MAX_FAILURES_PER_HOUR = 100;
/** An admin session ends after this long without a request … */
export const ADMIN_IDLE_MS = 30 * 60_000;
/** … and this long after sign-in, however active. */
export const ADMIN_ABSOLUTE_MS = 12 * 60 * 60_000;
/**
 * How often better-auth refreshes a session's `updatedAt` (its `updateAge`): the idle check
 * allows for this lag, so an admin is signed out at most ADMIN_IDLE_MS after their last request.
 */
export const SESSION_REFRESH_SECONDS = 5 * 60;

let leaked: Set<string> | null = null;

/**
 * The common-password list of zxcvbn-ts (about 49,000 passwords seen in breaches, shipped as data
 * in the package: nothing is fetched), lower-cased, loaded on first use.
 */
function leakedPasswords(): Set<string> {
  leaked ??= new Set(
    ((dictionary as Record<string, unknown>)['passwords-common'] as string[]).map((p) =>
      p.toLowerCase(),
    ),
  );
  return leaked;
}

/**
 * True for a password that is on the leaked list, or is one with digits or symbols added at the
 * end or start ("password2024!", "123qwerty123456"), case ignored.
 */
export function isLeakedPassword(password: string): boolean {
  const list = leakedPasswords();
  const lower = password.toLowerCase();
  if (list.has(lower)) return true;
  const core = lower.replace(/^[\d\W_]+|[\d\W_]+$/g, '');
  return core.length >= 6 && core !== lower && list.has(core);
}

export const LEAKED_PASSWORD_MESSAGE =
  'This password appears in lists of leaked passwords, so attackers try it first. Choose another.';

/** Which field of a better-auth endpoint's body is a new password, by path. */
const NEW_PASSWORD_FIELD: Record<string, string> = {
  '/sign-up/email': 'password',
  '/admin/create-user': 'password',
  '/change-password': 'newPassword',
  '/reset-password': 'newPassword',
  '/set-password': 'newPassword',
  '/admin/set-user-password': 'newPassword',
};

/** The new password a request to a better-auth endpoint sets, if it sets one. */
export function newPasswordIn(path: string, body: unknown): string | null {
  const field = NEW_PASSWORD_FIELD[path];
  const value = field ? (body as Record<string, unknown> | undefined)?.[field] : undefined;
  return typeof value === 'string' ? value : null;
}

/**
 * Whether a session has ended by the admin rules: idle (no refresh for ADMIN_IDLE_MS less the
 * refresh lag) or old (ADMIN_ABSOLUTE_MS since it began). Other roles keep better-auth's 7 days.
 */
export function sessionExpired(
  role: string,
  session: { createdAt: Date; updatedAt: Date },
  now: Date = new Date(),
): boolean {
  if (role !== 'admin') return false;
  const idle = now.getTime() - session.updatedAt.getTime();
  const age = now.getTime() - session.createdAt.getTime();
  return idle > ADMIN_IDLE_MS - SESSION_REFRESH_SECONDS * 1000 || age > ADMIN_ABSOLUTE_MS;
}
