import { describe, expect, it } from 'vitest';
import { describeAuthError, safeNextPath } from './policy';

describe('safeNextPath', () => {
  it.each([
    ['/lessons/path-dependence', '/lessons/path-dependence'],
    ['/quizzes/final?x=1#top', '/quizzes/final?x=1#top'],
    ['/a b', '/a%20b'],
    [undefined, '/'],
    ['', '/'],
    [['/a', '/b'], '/a'],
  ])('keeps a path on the site: %j → %s', (next, expected) => {
    expect(safeNextPath(next as string)).toBe(expected);
  });

  // Known ways to leave the site from a "path": each resolves, in a browser, elsewhere.
  it.each([
    'https://evil.example',
    '//evil.example',
    '///evil.example',
    '/\\evil.example',
    '\\\\evil.example',
    '/\t/evil.example',
    '/\n/evil.example',
    '/\r/evil.example',
    '/\u0000/evil.example',
    '/%09/evil.example'.replace('%09', '\t'),
    '/.//evil.example',
    '/%2e%2e//evil.example',
    '/./%2e//evil.example',
    'javascript:alert(1)',
    ' /evil',
    'http://user@evil.example',
    '//user:pass@evil.example/',
    '//ｅｖｉｌ.example',
    '//evil。example',
    '/\u0085/evil.example',
    `/${'a'.repeat(3000)}`,
  ])('refuses %j', (next) => {
    const kept = safeNextPath(next);
    expect(kept).toBe('/');
    expect(new URL(kept, 'http://site.test').origin).toBe('http://site.test');
  });

  it('never returns what a browser would take off the site', () => {
    // Whatever it keeps resolves on the site, for a sweep of odd characters after a slash.
    for (let code = 0; code < 0x3100; code++) {
      const char = String.fromCharCode(code);
      for (const next of [`/${char}/evil.example`, `/${char}${char}evil.example`]) {
        const kept = safeNextPath(next);
        expect(new URL(kept, 'http://site.test').host, JSON.stringify(next)).toBe('site.test');
        expect(kept.startsWith('//'), JSON.stringify(next)).toBe(false);
      }
    }
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
