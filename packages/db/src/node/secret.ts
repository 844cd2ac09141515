import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir } from './paths';

/**
 * The auth secret for local mode: random, made once, kept in the git-ignored data folder so
 * sessions survive restarts. Production sets BETTER_AUTH_SECRET instead.
 */
export function localAuthSecret(): string {
  const dir = dataDir();
  const file = join(dir, 'auth-secret');
  if (existsSync(file)) {
    const secret = readFileSync(file, 'utf8').trim();
    if (secret.length >= 32) return secret;
  }
  mkdirSync(dir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
