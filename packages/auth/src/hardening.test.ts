import { describe, expect, it } from 'vitest';
import {
  ADMIN_ABSOLUTE_MS,
  isLeakedPassword,
  newPasswordIn,
  sessionExpired,
  weakPasswordProblem,
} from './hardening';

describe('isLeakedPassword', () => {
  it('finds passwords from the leaked list, case ignored', () => {
    expect(isLeakedPassword('1qaz2wsx3edc')).toBe(true);
    expect(isLeakedPassword('QAZWSXEDCRFV')).toBe(true);
    expect(isLeakedPassword('leavemealone')).toBe(true);
  });

  it('finds a leaked password with digits or symbols stuck on', () => {
    expect(isLeakedPassword('password2024!')).toBe(true);
    expect(isLeakedPassword('!!sunshine123456')).toBe(true);
  });

  it('lets through passphrases that are not on it', () => {
    expect(isLeakedPassword('correct horse battery staple')).toBe(false);
    expect(isLeakedPassword('demo-learner-pass')).toBe(false);
    expect(isLeakedPassword('2024-09-17!')).toBe(false);
  });
});

describe('newPasswordIn', () => {
  it('reads the new password of each endpoint that sets one, and nothing else', () => {
    expect(newPasswordIn('/sign-up/email', { password: 'p' })).toBe('p');
    expect(newPasswordIn('/change-password', { newPassword: 'n', currentPassword: 'c' })).toBe('n');
    expect(newPasswordIn('/admin/create-user', { password: 'a' })).toBe('a');
    expect(newPasswordIn('/sign-in/email', { password: 'p' })).toBeNull();
    expect(newPasswordIn('/sign-up/email', { password: 42 })).toBeNull();
    expect(newPasswordIn('/sign-up/email', undefined)).toBeNull();
  });
});

describe('sessionExpired', () => {
  const now = new Date('2026-11-27T12:00:00Z');
  const ago = (minutes: number) => new Date(now.getTime() - minutes * 60_000);

  it('ends an admin session idle for 25 minutes or more (at most 30 with the refresh lag)', () => {
    expect(sessionExpired('admin', { createdAt: ago(60), updatedAt: ago(10) }, now)).toBe(false);
    expect(sessionExpired('admin', { createdAt: ago(60), updatedAt: ago(26) }, now)).toBe(true);
  });

  it('ends an admin session 12 hours after sign-in, however active', () => {
    const old = new Date(now.getTime() - ADMIN_ABSOLUTE_MS - 1000);
    expect(sessionExpired('admin', { createdAt: old, updatedAt: ago(1) }, now)).toBe(true);
  });

  it('leaves learners and instructors to the usual 7 days', () => {
    for (const role of ['learner', 'instructor'])
      expect(sessionExpired(role, { createdAt: ago(24 * 60), updatedAt: ago(600) }, now)).toBe(
        false,
      );
  });
});

describe('weakPasswordProblem', () => {
  it.each([
    ['aaaaaaaaaaaa', null],
    ['            ', null],
    ['abababababab', null],
    ['ann.smith.example', 'ann.smith.example@example.test'],
    ['my ANN.SMITH@EXAMPLE.TEST', 'ann.smith@example.test'],
  ])('refuses %j (email %s)', (password, email) => {
    expect(weakPasswordProblem(password, email)).toMatch(/easy to guess/);
  });

  it.each([
    ['correct horse battery', 'ann@example.test'],
    ['a-long-fresh-password', null],
  ])('keeps %j', (password, email) => {
    expect(weakPasswordProblem(password, email)).toBeNull();
  });
});
