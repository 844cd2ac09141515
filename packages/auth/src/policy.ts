/** Password rules, shared by the server config and the forms (safe to import in the browser). */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

/** What a sign-in paused for an account (after too many failures) tells the person. */
export const SIGN_IN_PAUSED_MESSAGE =
  'Too many failed sign-ins to this account in the last hour from browsers it does not know. If the account is yours, we have emailed you a link that lets this browser sign in. Or sign in from a browser you used before, or try again later.';

/** Turns a better-auth error into a sentence for the person at the form. */
export function describeAuthError(error: {
  code?: string;
  message?: string;
  status?: number;
}): string {
  switch (error.code) {
    case 'INVALID_EMAIL_OR_PASSWORD':
      return 'That email and password do not match an account. Check both and try again.';
    case 'USER_ALREADY_EXISTS':
    case 'USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL':
      return 'An account with this email already exists. Sign in instead, or use another email.';
    case 'PASSWORD_TOO_SHORT':
      return `Choose a password of at least ${PASSWORD_MIN_LENGTH} characters.`;
    case 'PASSWORD_TOO_LONG':
      return `Choose a password of at most ${PASSWORD_MAX_LENGTH} characters.`;
    case 'INVALID_EMAIL':
      return 'Enter a valid email address, like name@example.com.';
    case 'PASSWORD_LEAKED':
      return 'This password appears in lists of leaked passwords, so attackers try it first. Choose another.';
    case 'ACCOUNT_SIGN_IN_PAUSED':
      return SIGN_IN_PAUSED_MESSAGE;
    case 'PASSWORD_WEAK':
    case 'INVALID_INPUT':
      return error.message || 'Check what you typed and try again.';
    case 'EMAIL_NOT_VERIFIED':
      return 'Confirm your email first: a new link to confirm it is on its way to you. Follow it, then sign in.';
    case 'INVALID_PASSWORD':
      return 'That is not your current password.';
    case 'SESSION_EXPIRED':
      return 'For your safety, sign in again before doing this.';
    case 'UNLOCK_LINK_INVALID':
    case 'LAST_ADMIN':
      return error.message || 'The last admin cannot do this.';
    case 'BANNED_USER':
      return 'This account has been suspended. Contact your course administrator.';
  }
  if (error.status === 429) return 'Too many attempts. Wait a minute, then try again.';
  return error.message || 'Something went wrong. Please try again.';
}

const NEXT_BASE = 'http://next.invalid';

/**
 * Only a path on this site may be a post-sign-in destination (no open redirect). The value is
 * parsed as a URL against a stand-in origin, as a browser would resolve it, and accepted only if
 * it stays on that origin; control characters and backslashes, which browsers drop or read as
 * slashes, refuse it outright. What comes back is the parsed path, query and fragment, so it is
 * already encoded and never starts with `//`.
 */
export function safeNextPath(next: string | string[] | undefined | null, fallback = '/'): string {
  const value = Array.isArray(next) ? next[0] : next;
  if (typeof value !== 'string' || !value.startsWith('/') || value.length > 2048) return fallback;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing them is the point
  if (/[\u0000-\u001f\u007f-\u009f\\]/.test(value)) return fallback;
  let url: URL;
  try {
    url = new URL(value, NEXT_BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== NEXT_BASE) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  return path.startsWith('//') ? fallback : path;
}
