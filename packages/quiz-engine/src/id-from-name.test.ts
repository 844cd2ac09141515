import { describe, expect, it } from 'vitest';
import { idFromName, idSchema } from './core';

describe('idFromName', () => {
  it.each([
    ['Spring intake 2027', 'spring-intake-2027'],
    ['  Évening — class  ', 'evening-class'],
    ['MBA/EMBA (2027): Group B', 'mba-emba-2027-group-b'],
    ['Ärzte & Ingenieure', 'arzte-ingenieure'],
    ['!!!', ''],
    ['中文', ''],
  ])('%j → %j', (name, id) => {
    expect(idFromName(name)).toBe(id);
  });

  it('is at most 64 characters, never ends with a dash, and is always a valid id when not empty', () => {
    const long = idFromName(`${'a'.repeat(63)} b ${'c'.repeat(20)}`);
    expect(long.length).toBeLessThanOrEqual(64);
    expect(long.endsWith('-')).toBe(false);
    for (const name of ['A b', 'x'.repeat(200), 'Cohort #1', 'día 1'])
      expect(idSchema.safeParse(idFromName(name)).success).toBe(true);
  });
});
