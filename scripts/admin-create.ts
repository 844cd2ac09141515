/**
 * `pnpm admin:create`: makes an admin account (or promotes an existing one). The way to get the
 * first admin on a production database, where no demo users exist.
 *
 *   pnpm admin:create --email ada@example.com --name "Ada Lovelace"
 *
 * The password is asked for on the terminal (hidden), or read from ADMIN_PASSWORD when there is
 * no terminal (e.g. a deploy job).
 */

import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { createAuth, ensureUser, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@alliance/auth';
import { closeDb, createDb } from '@alliance/db';
import { describeError, localAuthSecret, resolveDatabase, runMigrations } from '@alliance/db/node';
import { z } from 'zod';
import { scriptsEnv } from './env';

function askHidden(question: string): Promise<string> {
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
    const output = rl as unknown as { _writeToOutput: (s: string) => void };
    let asked = false;
    output._writeToOutput = (s: string) => {
      if (!asked) {
        process.stdout.write(s);
        asked = true;
      }
    };
    rl.question(question, (answer) => {
      rl.close();
      process.stdout.write('\n');
      resolve(answer);
    });
  });
}

const input = z.object({
  email: z.email('--email must be an email address'),
  name: z.string().trim().min(1, '--name is required').max(100),
  password: z
    .string()
    .min(PASSWORD_MIN_LENGTH, `the password needs at least ${PASSWORD_MIN_LENGTH} characters`)
    .max(PASSWORD_MAX_LENGTH, `the password may have at most ${PASSWORD_MAX_LENGTH} characters`),
});

async function main() {
  const { values } = parseArgs({
    options: { email: { type: 'string' }, name: { type: 'string' } },
  });
  let password = scriptsEnv().ADMIN_PASSWORD ?? '';
  if (!password && process.stdin.isTTY) {
    password = await askHidden(`Password (at least ${PASSWORD_MIN_LENGTH} characters): `);
    if ((await askHidden('Repeat the password: ')) !== password)
      throw new Error('the passwords differ');
  }
  const parsed = input.safeParse({ ...values, password });
  if (!parsed.success)
    throw new Error(parsed.error.issues.map((issue) => issue.message).join('; '));

  const database = await resolveDatabase();
  try {
    await runMigrations(database.url);
    const secret =
      scriptsEnv().BETTER_AUTH_SECRET ??
      (database.mode === 'embedded' ? localAuthSecret() : undefined);
    if (!secret) throw new Error('set BETTER_AUTH_SECRET (the same one the apps use)');
    const db = createDb(database.url, { max: 1 });
    try {
      const auth = createAuth({
        db,
        secret,
        baseURL: scriptsEnv().ADMIN_URL ?? 'http://localhost:3001',
        trustedOrigins: [],
      });
      const result = await ensureUser(auth, db, { ...parsed.data, role: 'admin' });
      console.log(
        result.created
          ? `Created admin ${parsed.data.email}.`
          : `${parsed.data.email} already had an account; it is now an admin (password unchanged).`,
      );
    } finally {
      await closeDb(db);
    }
  } finally {
    await database.stop();
  }
}

main().catch((error) => {
  console.error(`Could not create the admin: ${describeError(error)}`);
  process.exitCode = 1;
});
