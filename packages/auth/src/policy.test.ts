import { describe, expect, it } from 'vitest';
import { describeAuthError, safeNextPath } from './policy';

describe('safeNextPath', () => {
  it.each([
    ['/lessons/path-dependence', '/lessons/path-dependence'],
    [undefined, '/'],
    ['', '/'],
    ['https://evil.example', '/'],
    ['//evil.example', '/'],
    ['/\\evil.example', '/'],
    [['/a', '/b'], '/a'],
  ])('turns %j into %s', (next, expected) => {
    expect(safeNextPath(next as string)).toBe(expected);
  });
});

describe('describeAuthError', () => {
  it('explains the common failures in plain words', () => {
    expect(describeAuthError({ code: 'INVALID_EMAIL_OR_PASSWORD' })).toMatch(/do not match/);
    expect(describeAuthError({ code: 'USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL' })).toMatch(
      /already exists/,
    );
    expect(describeAuthError({ code: 'PASSWORD_TOO_SHORT' })).toMatch(/at least 12/);
    expect(describeAuthError({ status: 429 })).toMatch(/Too many attempts/);
  });

  it('falls back to the server message, then to a generic one', () => {
    expect(describeAuthError({ code: 'NEW_CODE', message: 'Something specific' })).toBe(
      'Something specific',
    );
    expect(describeAuthError({})).toMatch(/Something went wrong/);
  });
});
