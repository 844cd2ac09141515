import { describe, expect, it } from 'vitest';
import { invitationMessage, passwordResetMessage } from './templates';

describe('messages', () => {
  it('a reset message has the link in HTML and plain text, and the name escaped', async () => {
    const url =
      'https://learn.example.com/api/auth/reset-password/tok?callbackURL=%2Freset-password';
    const message = await passwordResetMessage({ to: 'ann@example.test', name: '<b>Ann</b>', url });
    expect(message).toMatchObject({ to: 'ann@example.test', kind: 'password-reset' });
    expect(message.subject).toBe('Reset your Alliance Academy password');
    expect(message.html).toContain('href="https://learn.example.com/api/auth/reset-password/tok');
    expect(message.html).not.toContain('<b>Ann</b>');
    expect(message.html).toContain('&lt;b&gt;Ann&lt;/b&gt;');
    expect(message.text).toContain(url);
    expect(message.text).toMatch(/within an hour/);
  });

  it('an invitation says the role and until when the link works', async () => {
    const message = await invitationMessage({
      to: 'ivy@example.test',
      name: 'Ivy',
      role: 'instructor',
      url: 'https://learn.example.com/invite/abc',
      expiresAt: new Date('2027-01-09T12:00:00Z'),
    });
    expect(message.text).toMatch(/as an instructor/);
    expect(message.text).toMatch(/9 January 2027/);
    expect(message.text).toContain('https://learn.example.com/invite/abc');
  });
});
