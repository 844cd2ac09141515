import type { Auth } from './auth';
import { isLeakedPassword, LEAKED_PASSWORD_MESSAGE, weakPasswordProblem } from './hardening';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './policy';

export type InvitedAccount = { userId: string; tookOver: boolean } | { refused: string };

/**
 * The account of someone who followed an invitation's link, which reached them at `email`: so
 * the address is theirs, and confirmed. A new account is made; an unconfirmed account with the
 * address (someone may have signed up with it who does not own it) becomes theirs: their name
 * and password replace its own, and every session it had ends. A confirmed account is not
 * touched (its owner signs in instead). The password policy is the sign-up's.
 */
export async function accountForInvitation(
  auth: Auth,
  { email, name, password }: { email: string; name: string; password: string },
): Promise<InvitedAccount> {
  if (password.length < PASSWORD_MIN_LENGTH || password.length > PASSWORD_MAX_LENGTH)
    return {
      refused: `The password must be ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters.`,
    };
  if (isLeakedPassword(password)) return { refused: LEAKED_PASSWORD_MESSAGE };
  const weak = weakPasswordProblem(password, email);
  if (weak) return { refused: weak };
  const ctx = await auth.$context;
  const found = await ctx.internalAdapter.findUserByEmail(email, { includeAccounts: true });
  if (found?.user.emailVerified)
    return { refused: `There is an account for ${email} already: sign in instead.` };
  const hash = await ctx.password.hash(password);
  if (found) {
    const userId = found.user.id;
    await ctx.internalAdapter.updateUser(userId, { name, emailVerified: true });
    if (found.accounts.some((a) => a.providerId === 'credential'))
      await ctx.internalAdapter.updatePassword(userId, hash);
    else
      await ctx.internalAdapter.linkAccount({
        userId,
        providerId: 'credential',
        accountId: userId,
        password: hash,
      });
    await ctx.internalAdapter.deleteUserSessions(userId);
    return { userId, tookOver: true };
  }
  const made = await ctx.internalAdapter.createUser(
    { email, name, emailVerified: true },
    { method: 'email-password' },
  );
  await ctx.internalAdapter.linkAccount({
    userId: made.id,
    providerId: 'credential',
    accountId: made.id,
    password: hash,
  });
  return { userId: made.id, tookOver: false };
}
