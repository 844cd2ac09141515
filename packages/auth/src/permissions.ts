import { createAccessControl } from 'better-auth/plugins/access';
import { adminAc, defaultStatements } from 'better-auth/plugins/admin/access';

/** The three roles of the product, from least to most privileged. */
export const ROLES = ['learner', 'instructor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/**
 * What each role may do. better-auth's own statements (user, session) drive its admin endpoints;
 * ours name the product's areas so both apps and the API can ask one question: may this role do X?
 */
export const statements = {
  ...defaultStatements,
  course: ['read'],
  progress: ['own'],
  authoring: ['read', 'write'],
  grading: ['grade'],
  analytics: ['read'],
  cohort: ['manage'],
} as const;

export const ac = createAccessControl(statements);

const learner = { course: ['read'], progress: ['own'] } as const;
const instructor = {
  ...learner,
  authoring: ['read', 'write'],
  grading: ['grade'],
  analytics: ['read'],
} as const;

export const roles = {
  learner: ac.newRole(learner),
  instructor: ac.newRole(instructor),
  // better-auth's own admin rights (users, sessions) plus everything an instructor may do.
  admin: ac.newRole({ ...adminAc.statements, ...instructor, cohort: ['manage'] }),
} as const;

/** Roles allowed into apps/admin. */
export const STAFF_ROLES: readonly Role[] = ['instructor', 'admin'];

/** Normalises better-auth's role field (may be null or a comma list) to one of ours. */
export function roleOf(user: { role?: string | null }): Role {
  const parts = (user.role ?? '').split(',').map((r) => r.trim());
  if (parts.includes('admin')) return 'admin';
  if (parts.includes('instructor')) return 'instructor';
  return 'learner';
}
