import { describe, expect, it } from 'vitest';
import { EnvError, parseServerEnv } from './env';

const valid = {
  NODE_ENV: 'production',
  DATABASE_URL: 'postgres://app:pw@db.internal:5432/alliance',
  BETTER_AUTH_SECRET: 'x'.repeat(32),
  WEB_URL: 'https://learn.example.com/',
  ADMIN_URL: 'https://admin.example.com',
};

describe('parseServerEnv', () => {
  it('accepts a complete production environment and trims trailing slashes', () => {
    expect(parseServerEnv(valid)).toMatchObject({ WEB_URL: 'https://learn.example.com' });
  });

  it('names every missing variable', () => {
    const error = (() => {
      try {
        parseServerEnv({ NODE_ENV: 'production' });
      } catch (e) {
        return e as Error;
      }
    })();
    expect(error).toBeInstanceOf(EnvError);
    for (const name of ['DATABASE_URL', 'BETTER_AUTH_SECRET', 'WEB_URL', 'ADMIN_URL']) {
      expect(error?.message).toContain(`${name}: is required`);
    }
  });

  it('explains a short secret without printing it', () => {
    const secret = 'short-secret-value';
    expect(() => parseServerEnv({ ...valid, BETTER_AUTH_SECRET: secret })).toThrow(
      /BETTER_AUTH_SECRET: must be at least 32 characters/,
    );
    expect(() => parseServerEnv({ ...valid, BETTER_AUTH_SECRET: secret })).not.toThrow(secret);
  });

  it.each([
    ['DATABASE_URL', 'mysql://localhost/db'],
    ['WEB_URL', 'learn.example.com'],
    ['ADMIN_URL', 'ftp://admin.example.com'],
  ])('rejects a malformed %s', (name, value) => {
    expect(() => parseServerEnv({ ...valid, [name]: value })).toThrow(
      new RegExp(`${name}: must be`),
    );
  });
});
