import { createHash, randomBytes } from 'node:crypto';

/** How long an invitation link can be used. */
export const INVITATION_DAYS = 7;

/** 256 random bits, URL-safe: the secret part of an invitation link. */
export const newInvitationToken = () => randomBytes(32).toString('base64url');

/** What the database keeps of a token: a lookup needs the token, a leak of the table gives none. */
export const hashInvitationToken = (token: string) =>
  createHash('sha256').update(token).digest('hex');

/** A token as the link carries it (43 base64url characters), checked before any lookup. */
export const INVITATION_TOKEN = /^[A-Za-z0-9_-]{43}$/;
