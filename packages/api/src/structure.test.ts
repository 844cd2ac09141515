import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The api's layers: procedures (routers/) are glue over services (services/), which are over the
 * queries of @alliance/db. A router that imports another router, or a service that imports a
 * router, puts a rule in two places' reach; this test keeps them apart.
 */
const here = new URL('.', import.meta.url).pathname;
const sources = (dir: string) =>
  readdirSync(join(here, dir))
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => ({ file: `${dir}/${f}`, text: readFileSync(join(here, dir, f), 'utf8') }));
const imports = (text: string) => [...text.matchAll(/from '([^']+)'/g)].map((m) => m[1] ?? '');

describe('the api’s layers', () => {
  it('routers import no other router', () => {
    for (const { file, text } of sources('routers'))
      expect(
        imports(text).filter((i) => i.startsWith('./')),
        file,
      ).toEqual([]);
  });

  it('services import no router', () => {
    for (const { file, text } of sources('services'))
      expect(
        imports(text).filter((i) => i.includes('routers')),
        file,
      ).toEqual([]);
  });

  it('no SQL is written in the api: queries live in @alliance/db', () => {
    for (const { file, text } of [...sources('routers'), ...sources('services'), ...sources('.')])
      expect(/\bsql`|from 'drizzle-orm'/.test(text), file).toBe(false);
  });
});
