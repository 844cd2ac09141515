import { describe, expect, it } from 'vitest';
import { planMembers, readEmails } from './member-list';

describe('readEmails', () => {
  it('reads a pasted list: one per line, or separated by commas and semicolons', () => {
    expect(readEmails('a@x.io\n\nb@x.io, c@x.io; <d@x.io>').emails).toEqual([
      { line: 1, email: 'a@x.io' },
      { line: 3, email: 'b@x.io' },
      { line: 3, email: 'c@x.io' },
      { line: 3, email: 'd@x.io' },
    ]);
    expect(readEmails('  ').emails).toEqual([]);
  });

  it('reads a CSV by its email column, with quotes, a BOM and other columns', () => {
    const csv =
      '\uFEFFname,email,team\n"Doe, Ann",ann@x.io,red\nBob,  bob@x.io ,blue\nNo Mail,,green\n';
    expect(readEmails(csv).emails).toEqual([
      { line: 2, email: 'ann@x.io' },
      { line: 3, email: 'bob@x.io' },
    ]);
    expect(readEmails('email;name\nann@x.io;Ann').emails).toEqual([{ line: 2, email: 'ann@x.io' }]);
  });

  it('says so when a CSV cannot be read', () => {
    const result = readEmails('email,name\n"unterminated,Ann');
    expect(result.emails).toEqual([]);
    expect(result.error).toMatch(/cannot be read/);
  });
});

describe('planMembers', () => {
  it('says per row what will happen, and why not', () => {
    const accounts = new Map([
      ['ann@x.io', { id: 'u1', name: 'Ann' }],
      ['bob@x.io', { id: 'u2', name: 'Bob' }],
    ]);
    const plan = planMembers(
      [
        { line: 2, email: 'Ann@x.io' },
        { line: 3, email: 'bob@x.io' },
        { line: 4, email: 'ann@x.io' },
        { line: 5, email: 'nobody@x.io' },
        { line: 6, email: 'not-an-email' },
      ],
      accounts,
      new Set(['u2']),
    );
    expect(plan.map((r) => [r.line, r.status])).toEqual([
      [2, 'add'],
      [3, 'already'],
      [4, 'duplicate'],
      [5, 'unknown'],
      [6, 'invalid'],
    ]);
    expect(plan[0]).toMatchObject({ userId: 'u1', name: 'Ann' });
  });
});
