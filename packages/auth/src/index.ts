export {
  type Auth,
  type AuthOptions,
  authRefusal,
  createAuth,
  type Session,
} from './auth';
export { CLIENT_CHAIN_HEADER, PEER_HEADER, withClientChain } from './client-address';
export { emailTokenClaims } from './email-token';
export { EnvError, parseServerEnv, type ServerEnv, serverEnvSchema } from './env';
export {
  ADMIN_ABSOLUTE_MS,
  ADMIN_IDLE_MS,
  isLeakedPassword,
  MAX_FAILURES_PER_HOUR,
  sessionExpired,
} from './hardening';
export { accountForInvitation, type InvitedAccount } from './invited-account';
export {
  ac,
  isRole,
  ROLES,
  type Role,
  roleOf,
  roles,
  STAFF_ROLES,
  statements,
} from './permissions';
export {
  describeAuthError,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  safeNextPath,
} from './policy';
export { readUnlockToken, UNLOCK_SECONDS, unlockToken } from './unlock';
export { DEMO_USERS, ensureUser, type NewUser, seedDemoUsers } from './users';
