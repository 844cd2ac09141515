import { describe, expect, it } from 'vitest';
import { scriptEnv } from './env';

describe('scriptEnv', () => {
  it('reads nothing set as the defaults', () => {
    expect(scriptEnv({})).toEqual({});
    expect(scriptEnv({ DATABASE_URL: '  ', AA_PG_PORT: '' })).toEqual({});
  });

  it('reads a database URL, a port and a data folder', () => {
    expect(
      scriptEnv({
        DATABASE_URL: ' postgres://me@db:5432/aa ',
        AA_PG_PORT: '54400',
        AA_DATA_DIR: '/srv/aa',
      }),
    ).toEqual({
      DATABASE_URL: 'postgres://me@db:5432/aa',
      AA_PG_PORT: 54400,
      AA_DATA_DIR: '/srv/aa',
    });
  });

  it('names what is wrong', () => {
    expect(() => scriptEnv({ AA_PG_PORT: '99999' })).toThrow(/AA_PG_PORT must be a port number/);
    expect(() => scriptEnv({ AA_PG_PORT: 'five' })).toThrow(/AA_PG_PORT must be a port number/);
    expect(() => scriptEnv({ DATABASE_URL: 'mysql://x' })).toThrow(
      /DATABASE_URL must be a PostgreSQL URL/,
    );
  });
});
