import { createHmac, timingSafeEqual } from 'node:crypto';
import { APIError, createAuthEndpoint } from 'better-auth/api';
import { z } from 'zod';
import { deviceKey, KNOWN_DEVICE_COOKIE, KNOWN_DEVICE_SECONDS } from './hardening';

/**
 * Unlocking by email: when sign-in to an account pauses for unknown browsers (too many failures
 * in an hour), its owner gets a link; opening it in a browser and pressing the button makes that
 * browser known to the account (the same signed cookie a successful sign-in leaves), so it can
 * sign in however many failures come from elsewhere. The link works for an hour.
 */

/** How long an unlock link works. */
export const UNLOCK_SECONDS = 60 * 60;

const mac = (secret: string, email: string, expires: number) =>
  createHmac('sha256', secret).update(`unlock:${email}:${expires}`).digest('base64url');

/** A token for an account's unlock link: its email, when it expires, and a MAC over both. */
export function unlockToken(secret: string, email: string, now = Date.now()): string {
  const normalized = email.trim().toLowerCase();
  const expires = now + UNLOCK_SECONDS * 1000;
  return `${Buffer.from(normalized).toString('base64url')}.${expires}.${mac(secret, normalized, expires)}`;
}

/** The email an unlock token is for, if its MAC holds and it has not expired; else null. */
export function readUnlockToken(secret: string, token: string, now = Date.now()): string | null {
  const [encoded, expiresText, given] = token.split('.');
  if (!encoded || !expiresText || !given) return null;
  const expires = Number(expiresText);
  if (!Number.isSafeInteger(expires) || expires < now) return null;
  const email = Buffer.from(encoded, 'base64url').toString('utf8');
  const expected = Buffer.from(mac(secret, email, expires));
  const actual = Buffer.from(given);
  return expected.length === actual.length && timingSafeEqual(expected, actual) ? email : null;
}

/** The better-auth plugin with the endpoint the unlock page's button calls (a POST). */
export function unlockPlugin({ secret, secure }: { secret: string; secure: boolean }) {
  return {
    id: 'alliance-unlock',
    endpoints: {
      unlockDevice: createAuthEndpoint(
        '/unlock-device',
        { method: 'POST', body: z.object({ token: z.string().min(10).max(1024) }) },
        async (ctx) => {
          const email = readUnlockToken(secret, ctx.body.token);
          if (!email)
            throw new APIError('BAD_REQUEST', {
              code: 'UNLOCK_LINK_INVALID',
              message:
                'This link does not work any more: it is over an hour old or incomplete. Try to sign in again to have a new one sent.',
            });
          await ctx.setSignedCookie(KNOWN_DEVICE_COOKIE, deviceKey(email), secret, {
            httpOnly: true,
            sameSite: 'lax',
            secure,
            path: '/',
            maxAge: KNOWN_DEVICE_SECONDS,
          });
          return ctx.json({ email });
        },
      ),
    },
  } as const;
}
