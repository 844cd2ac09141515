import {
  type Auth,
  authRefusal,
  createAuth,
  emailTokenClaims,
  parseServerEnv,
  type ServerEnv,
  withClientChain,
} from '@alliance/auth';
import {
  countActiveAdmins,
  createDb,
  type Database,
  enqueueMail,
  getPerson,
  mailedRecently,
  usersByEmail,
} from '@alliance/db';
import {
  accountDeletedMessage,
  emailConfirmationMessage,
  passwordResetMessage,
  signUpAttemptMessage,
  unlockMessage,
} from '@alliance/mail';
import { createAuthHandler, createTrpcHandler } from './http';
import { REQUEST_LIMITS } from './request-guards';
import { createCaller } from './root';
import { createContext } from './trpc';

export type AppName = 'web' | 'admin';

export interface ServerRuntime {
  env: ServerEnv;
  db: Database;
  auth: Auth;
  /** The `/api/trpc` route handler. */
  handleTrpc: (req: Request) => Promise<Response>;
  /** The `/api/auth/*` route handler (better-auth, behind the same request guards). */
  handleAuth: (req: Request) => Promise<Response>;
  /** A server-side caller acting as whoever the headers' session cookie names. */
  caller: (headers: Headers) => Promise<ReturnType<typeof createCaller>>;
}

const cache = globalThis as unknown as {
  __allianceRuntime?: Partial<Record<AppName, ServerRuntime>>;
};

/**
 * One database pool and auth instance per app process, made on first use (not at import, so
 * `next build` needs no environment) and kept across hot reloads in development.
 */
export function getServerRuntime(app: AppName): ServerRuntime {
  cache.__allianceRuntime ??= {};
  const existing = cache.__allianceRuntime[app];
  if (existing) return existing;
  const env = parseServerEnv();
  const db = createDb(env.DATABASE_URL, { max: env.DATABASE_POOL_MAX });
  const auth = createAuth({
    db,
    secret: env.BETTER_AUTH_SECRET,
    baseURL: app === 'web' ? env.WEB_URL : env.ADMIN_URL,
    trustedOrigins: [env.WEB_URL, env.ADMIN_URL, ...env.WEB_URL_ALIASES, ...env.ADMIN_URL_ALIASES],
    trustedProxies: env.TRUSTED_PROXIES,
    sendPasswordReset: async ({ user, url }) => {
      await enqueueMail(db, await passwordResetMessage({ to: user.email, name: user.name, url }));
    },
    requireEmailVerification: env.REQUIRE_EMAIL_VERIFICATION,
    sendEmailConfirmation: async ({ user, token }) => {
      // Staff confirm on the admin app, learners on theirs; both pages confirm by POST.
      const base =
        user.role === 'admin' || user.role === 'instructor' ? env.ADMIN_URL : env.WEB_URL;
      const url = `${base}/verify-email?token=${encodeURIComponent(token)}`;
      const change = Boolean(emailTokenClaims(token)?.updateTo);
      await enqueueMail(
        db,
        await emailConfirmationMessage({ to: user.email, name: user.name, url, change }),
      );
    },
    onSignUpForExisting: async (user) => {
      await enqueueMail(
        db,
        await signUpAttemptMessage({
          to: user.email,
          name: user.name,
          signInUrl: `${env.WEB_URL}/sign-in`,
          resetUrl: `${env.WEB_URL}/forgot-password`,
        }),
      );
    },
    beforeDeleteUser: async (user) => {
      const person = await getPerson(db, { userId: user.id });
      if (person?.role === 'admin' && (await countActiveAdmins(db)) <= 1)
        throw authRefusal(
          'LAST_ADMIN',
          'You are the only admin: make someone else an admin before deleting your account.',
        );
    },
    // One unlock link an hour at most, and only to an address that has an account.
    sendUnlock: async ({ email, token }) => {
      const account = (await usersByEmail(db, [email])).get(email);
      if (
        !account ||
        (await mailedRecently(db, { to: email, kind: 'sign-in-unlock', seconds: 3600 }))
      )
        return;
      const base = account.role === 'learner' ? env.WEB_URL : env.ADMIN_URL;
      await enqueueMail(
        db,
        await unlockMessage({
          to: email,
          name: account.name,
          url: `${base}/unlock?token=${encodeURIComponent(token)}`,
        }),
      );
    },
    afterDeleteUser: async (user) => {
      await enqueueMail(db, await accountDeletedMessage({ to: user.email, name: user.name }));
    },
  });
  const links = { web: env.WEB_URL, admin: env.ADMIN_URL };
  const origins =
    app === 'web'
      ? [env.WEB_URL, ...env.WEB_URL_ALIASES]
      : [env.ADMIN_URL, ...env.ADMIN_URL_ALIASES];
  const runtime: ServerRuntime = {
    env,
    db,
    auth,
    handleTrpc: createTrpcHandler({
      db,
      auth,
      origins,
      maxBytes: REQUEST_LIMITS.trpcBytes[app],
      links,
    }),
    handleAuth: createAuthHandler((req) => auth.handler(withClientChain(req, env.TRUSTED_PROXIES))),
    caller: async (headers) => createCaller(await createContext({ db, auth, headers, links })),
  };
  cache.__allianceRuntime[app] = runtime;
  return runtime;
}
