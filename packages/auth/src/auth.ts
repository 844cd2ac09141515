import type { Database } from '@alliance/db';
import * as schema from '@alliance/db/schema';
import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { admin } from 'better-auth/plugins';
import { ac, roles } from './permissions';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './policy';

export interface AuthOptions {
  db: Database;
  /** At least 32 random characters; signs session cookies. */
  secret: string;
  /** The public URL of the app that mounts this instance, e.g. http://localhost:3000. */
  baseURL: string;
  /** Every origin allowed to call the auth endpoints (both apps). */
  trustedOrigins: string[];
}

export function createAuth({ db, secret, baseURL, trustedOrigins }: AuthOptions) {
  return betterAuth({
    appName: 'Alliance Academy',
    secret,
    baseURL,
    basePath: '/api/auth',
    trustedOrigins,
    telemetry: { enabled: false },
    database: drizzleAdapter(db, { provider: 'pg', schema }),
    emailAndPassword: {
      enabled: true,
      minPasswordLength: PASSWORD_MIN_LENGTH,
      maxPasswordLength: PASSWORD_MAX_LENGTH,
      autoSignIn: true,
    },
    session: {
      expiresIn: 60 * 60 * 24 * 7,
      updateAge: 60 * 60 * 24,
    },
    rateLimit: {
      // better-auth turns this on in production only. Limits are per IP: a class behind one school
      // NAT signs in together, so they leave room for that while still stopping guessing at speed.
      // Counters live in Postgres so N app instances behind a load balancer share them.
      storage: 'database',
      window: 60,
      max: 100,
      customRules: {
        '/sign-in/email': { window: 60, max: 30 },
        '/sign-up/email': { window: 60, max: 20 },
      },
    },
    plugins: [admin({ ac, roles, defaultRole: 'learner', adminRoles: ['admin'] })],
  });
}

export type Auth = ReturnType<typeof createAuth>;
export type Session = Auth['$Infer']['Session'];
