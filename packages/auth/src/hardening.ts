import { createHash } from 'node:crypto';
import { dictionary } from '@zxcvbn-ts/language-common';

/**
 * Account protections beyond better-auth's defaults, after OWASP ASVS level 2: no password from
 * lists of leaked passwords, a cap on failed sign-ins per account, and short admin sessions.
 * Pure: the hooks in auth.ts and the session check in the API apply them.
 */

/**
 * Failed sign-ins an account may have in an hour before sign-in to it pauses for browsers it
 * does not know. A browser that has signed in to the account before (`KNOWN_DEVICE_COOKIE`)
 * is never paused, so failing on purpose cannot lock the owner out; per-IP limits still apply.
 */
export const MAX_FAILURES_PER_HOUR = 100;

/** The signed cookie a successful sign-in leaves: which account this browser has signed in to. */
export const KNOWN_DEVICE_COOKIE = 'alliance.known_device';
/** How long a browser stays known after its last sign-in. */
export const KNOWN_DEVICE_SECONDS = 180 * 24 * 60 * 60;

/** What the known-device cookie holds for an account: a hash of its email, not the email. */
export const deviceKey = (email: string) =>
  createHash('sha256').update(`alliance:${email.trim().toLowerCase()}`).digest('base64url');

/** The longest values the auth endpoints accept, by field (what the tables and pages expect). */
const FIELD_LIMITS: Record<string, number> = {
  name: 100,
  email: 254,
  newEmail: 254,
  image: 2048,
  callbackURL: 2048,
};
/** Any other text field of an auth request (tokens, reasons…). Passwords have their own rule. */
const OTHER_FIELD_LIMIT = 4096;

/**
 * What is wrong with an auth request's body, in a sentence, or null: a text field longer than
 * its limit, or one holding a control character (a NUL would reach PostgreSQL as an error).
 */
export function authInputProblem(body: unknown, depth = 0): string | null {
  if (depth > 3 || body === null || typeof body !== 'object') return null;
  for (const [field, value] of Object.entries(body)) {
    if (typeof value === 'string') {
      const limit = FIELD_LIMITS[field] ?? OTHER_FIELD_LIMIT;
      if (value.length > limit) return `${field} must be at most ${limit} characters.`;
      // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing them is the point
      if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(value))
        return `${field} must not contain control characters.`;
    } else {
      const nested = authInputProblem(value, depth + 1);
      if (nested) return nested;
    }
  }
  return null;
}
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

/**
 * Why a new password is too easy to guess though long enough, in a sentence, or null: one
 * or two characters over and over (`aaaaaaaaaaaa`), only spaces, or the account's own email.
 */
export function weakPasswordProblem(password: string, email: string | null): string | null {
  if (password.trim() === '') return 'A password of only spaces is easy to guess. Choose another.';
  if (new Set(password.toLowerCase()).size <= 2)
    return 'A password of one or two characters repeated is easy to guess. Choose another.';
  const lower = password.trim().toLowerCase();
  const address = email?.trim().toLowerCase() ?? '';
  if (address && (lower.includes(address) || lower === address.split('@')[0]))
    return 'A password made of your email is easy to guess. Choose another.';
  return null;
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
