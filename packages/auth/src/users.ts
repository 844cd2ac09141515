import type { Database } from '@alliance/db';
import { user } from '@alliance/db/schema';
import { eq } from 'drizzle-orm';
import type { Auth } from './auth';
import type { Role } from './permissions';

export interface NewUser {
  email: string;
  name: string;
  password: string;
}

/** One account per role for trying the product locally. Never created against production. */
export const DEMO_USERS: ReadonlyArray<NewUser & { role: Role }> = [
  {
    role: 'learner',
    name: 'Lena Learner',
    email: 'learner@alliance.test',
    password: 'demo-learner-pass',
  },
  {
    role: 'instructor',
    name: 'Ivo Instructor',
    email: 'instructor@alliance.test',
    password: 'demo-instructor-pass',
  },
  { role: 'admin', name: 'Ada Admin', email: 'admin@alliance.test', password: 'demo-admin-pass' },
];

/**
 * Creates the account through better-auth (so the password is hashed its way) unless the email
 * is taken, then gives it the role. Returns whether the account was new.
 */
export async function ensureUser(
  auth: Auth,
  db: Database,
  { email, name, password, role }: NewUser & { role: Role },
): Promise<{ id: string; created: boolean }> {
  const normalized = email.trim().toLowerCase();
  const [existing] = await db.select({ id: user.id }).from(user).where(eq(user.email, normalized));
  let id = existing?.id;
  if (!id) {
    const result = await auth.api.signUpEmail({ body: { email: normalized, name, password } });
    id = result.user.id;
  }
  // The operator made this account (demo users, `pnpm admin:create`): its address counts as
  // confirmed.
  await db.update(user).set({ role, emailVerified: true }).where(eq(user.id, id));
  return { id, created: !existing };
}

export async function seedDemoUsers(auth: Auth, db: Database) {
  const results = [];
  for (const demo of DEMO_USERS) results.push({ ...demo, ...(await ensureUser(auth, db, demo)) });
  return results;
}
