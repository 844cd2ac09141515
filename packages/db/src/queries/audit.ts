/**
 * The audit log's one writer: every action staff take on someone's record is named here, and
 * written by `audit` in the caller's transaction, so the log cannot miss a write it belongs to.
 */
import type { Database } from '../client';
import { auditLog } from '../schema';
import type { Tx } from './versioning';

/** Every action the log records. */
export type AuditAction =
  | 'accommodation.clear'
  | 'accommodation.set'
  | 'case.create'
  | 'case.publish'
  | 'cohort.create'
  | 'cohort.enroll'
  | 'cohort.members.add'
  | 'cohort.members.remove'
  | 'cohort.unenroll'
  | 'essay.grade'
  | 'invitation.accept'
  | 'invitation.resend'
  | 'invitation.revoke'
  | 'item.publish'
  | 'item.restore'
  | 'item.retire'
  | 'qti.import'
  | 'quiz.create'
  | 'quiz.publish'
  | 'regrade.apply'
  | 'user.ban'
  | 'user.create'
  | 'user.invite'
  | 'user.role'
  | 'user.sessions.revoke'
  | 'user.unban';

/** What an action was done to: a kind of record and its id. */
export type AuditTarget = readonly [
  type: 'attempt' | 'bank' | 'case' | 'cohort' | 'invitation' | 'item' | 'quiz' | 'user',
  id: string,
];

/**
 * Adds one row to the audit log: who (null for the system), what, to which record, why (the
 * staff member's own words, if any) and what the action needs to be understood later. Returns
 * the row's id.
 */
export async function audit(
  db: Database | Tx,
  actorId: string | null,
  action: AuditAction,
  [targetType, targetId]: AuditTarget,
  more: { reason?: string | null; details?: object } = {},
): Promise<number> {
  const [row] = await db
    .insert(auditLog)
    .values({
      actorId,
      action,
      targetType,
      targetId: targetId.slice(0, 200),
      reason: more.reason ?? null,
      details: more.details ?? {},
    })
    .returning({ id: auditLog.id });
  if (!row) throw new Error('the audit row was not written');
  return row.id;
}
