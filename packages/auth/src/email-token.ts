/**
 * What an email-confirmation link's token says, read without checking its signature: for
 * wording a message and for the notice after a change. Whether the token is valid is
 * better-auth's `verifyEmail` to decide, never this.
 */
export function emailTokenClaims(
  token: string,
): { email: string; updateTo: string | null; userId: string | null } | null {
  const payload = token.split('.')[1];
  if (!payload) return null;
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as {
      email?: unknown;
      updateTo?: unknown;
      userId?: unknown;
    };
    if (typeof claims.email !== 'string') return null;
    return {
      email: claims.email,
      updateTo: typeof claims.updateTo === 'string' ? claims.updateTo : null,
      userId: typeof claims.userId === 'string' ? claims.userId : null,
    };
  } catch {
    return null;
  }
}
