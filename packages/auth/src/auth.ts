import { type Database, recentSignInFailures, recordSignInFailure } from '@alliance/db';
import * as schema from '@alliance/db/schema';
import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { APIError, createAuthMiddleware, getIP } from 'better-auth/api';
import { admin } from 'better-auth/plugins';
import { CLIENT_CHAIN_HEADER } from './client-address';
import {
  authInputProblem,
  deviceKey,
  isLeakedPassword,
  KNOWN_DEVICE_COOKIE,
  KNOWN_DEVICE_SECONDS,
  LEAKED_PASSWORD_MESSAGE,
  MAX_FAILURES_PER_HOUR,
  newPasswordIn,
  SESSION_REFRESH_SECONDS,
  weakPasswordProblem,
} from './hardening';
import { ac, roles } from './permissions';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, SIGN_IN_PAUSED_MESSAGE } from './policy';
import { unlockPlugin, unlockToken } from './unlock';

export interface AuthOptions {
  db: Database;
  /** At least 32 random characters; signs session cookies. */
  secret: string;
  /** The public URL of the app that mounts this instance, e.g. http://localhost:3000. */
  baseURL: string;
  /** Every origin allowed to call the auth endpoints (both apps). */
  trustedOrigins: string[];
  /** Per-IP rate limits: on in production by default (better-auth's rule); tests turn them on. */
  rateLimit?: boolean;
  /** The proxies whose X-Forwarded-For entries count (see client-address.ts); none by default. */
  trustedProxies?: readonly string[];
  /**
   * Sends the link of a password reset (the apps write it to the mail outbox). Without it,
   * "Forgot password?" cannot work and better-auth refuses the request.
   */
  sendPasswordReset?: (reset: {
    user: { email: string; name: string };
    url: string;
  }) => Promise<void>;
  /**
   * Whether a self sign-up must confirm its address before signing in. When on, sign-up answers
   * alike whether or not the address has an account (`onSignUpForExisting` tells the owner).
   */
  requireEmailVerification?: boolean;
  /**
   * Sends the link that confirms an address: a new account's, or the new address of an email
   * change. `token` goes into a link to the confirm page (which confirms by POST, never on a GET).
   */
  sendEmailConfirmation?: (confirm: {
    user: { id: string; email: string; name: string; role?: string | null };
    token: string;
  }) => Promise<void>;
  /** Tells the owner of an address that someone tried to sign up with it. */
  onSignUpForExisting?: (user: { email: string; name: string }) => Promise<void>;
  /** What deleting an account must do first (refuse with `authRefusal`, or tidy up). */
  beforeDeleteUser?: (user: { id: string; email: string }) => Promise<void>;
  /**
   * Mails the owner of an account whose sign-in just paused for unknown browsers a link that
   * lets one browser of theirs sign in (`unlockToken`). Called on each refused try: it decides
   * how often to send.
   */
  sendUnlock?: (unlock: { email: string; token: string }) => Promise<void>;
  /** What follows an account's deletion (a last message to its address). */
  afterDeleteUser?: (user: { id: string; email: string; name: string }) => Promise<void>;
}

const emailOf = (body: unknown) => {
  const email = (body as { email?: unknown } | undefined)?.email;
  return typeof email === 'string' ? email.trim().toLowerCase() : null;
};

export function createAuth({
  db,
  secret,
  baseURL,
  trustedOrigins,
  rateLimit,
  trustedProxies = [],
  sendPasswordReset,
  requireEmailVerification = false,
  sendEmailConfirmation,
  onSignUpForExisting,
  beforeDeleteUser,
  afterDeleteUser,
  sendUnlock,
}: AuthOptions) {
  return betterAuth({
    appName: 'Alliance Academy',
    secret,
    baseURL,
    basePath: '/api/auth',
    trustedOrigins,
    telemetry: { enabled: false },
    database: drizzleAdapter(db, { provider: 'pg', schema }),
    // A session lookup reads the session and its user in one statement (a join), not two: it
    // runs on every signed-in request.
    advanced: {
      database: { joins: true },
      // The client address: the connection's peer, or the forwarded chain through trusted
      // proxies, as `withClientChain` writes it (never what the client claims).
      ipAddress: { ipAddressHeaders: [CLIENT_CHAIN_HEADER], trustedProxies: [...trustedProxies] },
    },
    emailAndPassword: {
      enabled: true,
      minPasswordLength: PASSWORD_MIN_LENGTH,
      maxPasswordLength: PASSWORD_MAX_LENGTH,
      autoSignIn: true,
      // A reset link works for an hour, once; using it signs the account out everywhere.
      resetPasswordTokenExpiresIn: 60 * 60,
      revokeSessionsOnPasswordReset: true,
      ...(sendPasswordReset
        ? { sendResetPassword: ({ user, url }) => sendPasswordReset({ user, url }) }
        : {}),
      requireEmailVerification,
      ...(onSignUpForExisting
        ? { onExistingUserSignUp: ({ user }) => onSignUpForExisting(user) }
        : {}),
    },
    ...(sendEmailConfirmation
      ? {
          emailVerification: {
            // A new account's link is sent when confirming is required; one more is sent when
            // an unconfirmed account tries to sign in. Links work for a day.
            sendOnSignUp: requireEmailVerification,
            sendOnSignIn: requireEmailVerification,
            expiresIn: 24 * 60 * 60,
            sendVerificationEmail: ({ user, token }) =>
              sendEmailConfirmation({
                user: user as { id: string; email: string; name: string; role?: string | null },
                token,
              }),
          },
        }
      : {}),
    user: {
      // A new address is confirmed at that address before it replaces the old one.
      changeEmail: { enabled: Boolean(sendEmailConfirmation) },
      deleteUser: {
        enabled: true,
        ...(beforeDeleteUser ? { beforeDelete: (user) => beforeDeleteUser(user) } : {}),
        ...(afterDeleteUser ? { afterDelete: (user) => afterDeleteUser(user) } : {}),
      },
    },
    session: {
      expiresIn: 60 * 60 * 24 * 7,
      // Refreshed at most every 5 minutes while in use: the admin idle timeout reads updatedAt.
      updateAge: SESSION_REFRESH_SECONDS,
    },
    hooks: {
      before: createAuthMiddleware(async (ctx) => {
        const problem = authInputProblem(ctx.body);
        if (problem) throw new APIError('BAD_REQUEST', { code: 'INVALID_INPUT', message: problem });
        const password = newPasswordIn(ctx.path, ctx.body);
        if (password !== null && isLeakedPassword(password))
          throw new APIError('BAD_REQUEST', {
            code: 'PASSWORD_LEAKED',
            message: LEAKED_PASSWORD_MESSAGE,
          });
        const weak = password === null ? null : weakPasswordProblem(password, emailOf(ctx.body));
        if (weak) throw new APIError('BAD_REQUEST', { code: 'PASSWORD_WEAK', message: weak });
        const email = ctx.path === '/sign-in/email' ? emailOf(ctx.body) : null;
        if (
          email &&
          (await recentSignInFailures(db, { email })) >= MAX_FAILURES_PER_HOUR &&
          (await ctx.getSignedCookie(KNOWN_DEVICE_COOKIE, secret)) !== deviceKey(email)
        ) {
          await sendUnlock?.({ email, token: unlockToken(secret, email) });
          throw new APIError('TOO_MANY_REQUESTS', {
            code: 'ACCOUNT_SIGN_IN_PAUSED',
            message: SIGN_IN_PAUSED_MESSAGE,
          });
        }
      }),
      after: createAuthMiddleware(async (ctx) => {
        if (ctx.path !== '/sign-in/email') return;
        const returned = ctx.context.returned;
        const email = emailOf(ctx.body);
        // This browser now knows the account: a flood of failures elsewhere never pauses it.
        if (email && ctx.context.newSession)
          await ctx.setSignedCookie(KNOWN_DEVICE_COOKIE, deviceKey(email), secret, {
            httpOnly: true,
            sameSite: 'lax',
            secure: baseURL.startsWith('https:'),
            path: '/',
            maxAge: KNOWN_DEVICE_SECONDS,
          });
        if (email && returned instanceof APIError && returned.statusCode === 401)
          await recordSignInFailure(db, {
            email,
            ip: ctx.request ? getIP(ctx.request, ctx.context.options) : null,
          });
      }),
    },
    rateLimit: {
      // better-auth turns this on in production only. Limits are per IP: a class behind one school
      // NAT signs in together, so they leave room for that (60 a minute: 30 learners, some
      // typos) while still stopping guessing at speed; per account, the hooks above cap failures.
      // Counters live in Postgres so N app instances behind a load balancer share them.
      ...(rateLimit === undefined ? {} : { enabled: rateLimit }),
      storage: 'database',
      window: 60,
      max: 100,
      customRules: {
        '/sign-in/email': { window: 60, max: 60 },
        '/sign-up/email': { window: 60, max: 20 },
      },
    },
    plugins: [
      admin({ ac, roles, defaultRole: 'learner', adminRoles: ['admin'] }),
      unlockPlugin({ secret, secure: baseURL.startsWith('https:') }),
    ],
  });
}

export type Auth = ReturnType<typeof createAuth>;
export type Session = Auth['$Infer']['Session'];

/** A refusal an auth hook gives, with a code the clients match and a sentence they show. */
export const authRefusal = (code: string, message: string) =>
  new APIError('BAD_REQUEST', { code, message });
