import type { Auth } from '@alliance/auth';
import { type Role, roleOf, sessionExpired } from '@alliance/auth';
import { attemptOwner, type Database, endSession, teachesCohort } from '@alliance/db';
import { initTRPC, TRPCError } from '@trpc/server';
import superjson from 'superjson';
import { ZodError } from 'zod';
import { reasonOf } from './errors';

/** The public addresses of the two apps, for the links in messages. */
export interface AppLinks {
  web: string;
  admin: string;
}

export interface CreateContextOptions {
  db: Database;
  auth: Auth;
  /** The request's headers; the session is read from its cookie. */
  headers: Headers;
  links?: AppLinks;
}

export interface Context {
  db: Database;
  user: { id: string; name: string; email: string; role: Role } | null;
  /** The id of the session the request came with (null when signed out or server-side). */
  sessionId?: string | null;
  /**
   * better-auth and the request's headers, for procedures that act through its admin plugin (as
   * the caller, so the plugin checks their permission too). Absent in server-side test callers.
   */
  auth?: Auth;
  headers?: Headers;
  /** Where the apps are, for links in the mail a procedure writes. Absent in test callers. */
  links?: AppLinks;
}

export async function createContext({
  db,
  auth,
  headers,
  links,
}: CreateContextOptions): Promise<Context> {
  let session = await auth.api.getSession({ headers });
  // Admin sessions end after 30 idle minutes or 12 hours: the row goes, so it is dead everywhere.
  if (session && sessionExpired(roleOf(session.user), session.session)) {
    await endSession(db, { sessionId: session.session.id });
    session = null;
  }
  return {
    db,
    auth,
    headers,
    links,
    sessionId: session?.session.id ?? null,
    user: session
      ? {
          id: session.user.id,
          name: session.user.name,
          email: session.user.email,
          role: roleOf(session.user),
        }
      : null,
  };
}

/** Issues named in a message; the rest are counted (all of them are in `fieldErrors`). */
const SHOWN_ISSUES = 3;

/** One issue in words: "is required" for a missing field, else zod's message without its prefix. */
function issueText(issue: ZodError['issues'][number]): string {
  if (issue.code === 'invalid_type' && /received undefined$/.test(issue.message))
    return 'is required';
  return issue.message.replace(/^Invalid input: /, '');
}

/**
 * "lessonId: is required; sequence: expected number, received string" from a zod error: the
 * first three problems at their fields, and how many more there are, so a message stays short
 * enough to act on whatever was sent.
 */
function describeZodError(error: ZodError): string {
  const shown = error.issues.slice(0, SHOWN_ISSUES).map((issue) => {
    const path = issue.path.map(String).join('.');
    return path ? `${path.slice(0, 60)}: ${issueText(issue)}` : issueText(issue);
  });
  const more = error.issues.length - shown.length;
  return `${shown.join('; ')}${more > 0 ? `; and ${more} more problem${more === 1 ? '' : 's'}` : ''}`;
}

/**
 * What each procedure declares about who may call it; the authorization matrix test reads it for
 * every procedure of the router and checks the behaviour against it.
 */
export interface ProcedureMeta {
  /** public: anyone · learner: anyone signed in · instructor: instructors and admins · admin. */
  access: 'public' | 'learner' | 'instructor' | 'admin';
  /**
   * A check beyond the role: `own` — the input names a row (an attempt, a session) that must be
   * the caller's, another's answers 404; `cohort` — instructors reach only the cohorts they teach;
   * `taught` — instructors see only the learners of cohorts they teach (grading, regrade
   * previews), admins everyone.
   */
  scope?: 'own' | 'cohort' | 'taught';
}

const t = initTRPC
  .context<Context>()
  .meta<ProcedureMeta>()
  .create({
    transformer: superjson,
    errorFormatter({ shape, error }) {
      const zodError = error.cause instanceof ZodError ? error.cause : null;
      const detail = zodError ? describeZodError(zodError) : '';
      // Never a stack trace to a client, in development either: it names files and internals.
      const { stack: _stack, ...data } = shape.data;
      return {
        ...shape,
        // The default message for bad input is a JSON dump of zod issues; say it in one line.
        message: zodError ? `Invalid input: ${detail}` : shape.message,
        data: {
          ...data,
          /** Why, for the client to act on (`REASONS`); null when the code says it all. */
          reason: reasonOf(error),
          fieldErrors: zodError
            ? Object.fromEntries(zodError.issues.map((i) => [i.path.join('.'), i.message]))
            : null,
        },
      };
    },
  });

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

/** True when a value (deeply) holds a string with a NUL character, which PostgreSQL cannot store. */
function holdsNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (depth > 32 || value === null || typeof value !== 'object') return false;
  for (const [key, inner] of Object.entries(value))
    if (key.includes('\u0000') || holdsNul(inner, depth + 1)) return true;
  return false;
}

/**
 * Every procedure, after its role check: input with a NUL character is refused with a 400
 * (PostgreSQL's text and jsonb cannot hold it, so it would otherwise fail as a 500 in a query).
 */
const noNul = t.middleware(async ({ getRawInput, next }) => {
  if (holdsNul(await getRawInput()))
    throw new TRPCError({
      code: 'BAD_REQUEST',
      message: 'Invalid input: text must not contain NUL (\\0) characters.',
    });
  return next();
});

/** Anyone, signed in or not. */
export const publicProcedure = t.procedure.meta({ access: 'public' }).use(noNul);

const signedIn = t.middleware(({ ctx, next }) => {
  if (!ctx.user) {
    throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Sign in to continue.' });
  }
  return next({ ctx: { ...ctx, user: ctx.user } });
});

function requireRole(allowed: readonly Role[], what: string) {
  return signedIn.unstable_pipe(({ ctx, next }) => {
    if (!allowed.includes(ctx.user.role)) {
      throw new TRPCError({ code: 'FORBIDDEN', message: `Only ${what} can do this.` });
    }
    return next({ ctx });
  });
}

/** Any signed-in user; `ctx.user` is never null here. Learners act on their own rows only. */
export const learnerProcedure = t.procedure.meta({ access: 'learner' }).use(signedIn).use(noNul);
/** Instructors and admins. */
export const instructorProcedure = t.procedure
  .meta({ access: 'instructor' })
  .use(requireRole(['instructor', 'admin'], 'instructors and admins'))
  .use(noNul);
/** Admins only. */
export const adminProcedure = t.procedure
  .meta({ access: 'admin' })
  .use(requireRole(['admin'], 'admins'))
  .use(noNul);

/** The value of a string field of the raw input, if it has one (zod checks the rest after). */
async function field(getRawInput: () => Promise<unknown>, name: string): Promise<string | null> {
  const input = await getRawInput();
  if (typeof input !== 'object' || input === null) return null;
  const value = (input as Record<string, unknown>)[name];
  return typeof value === 'string' ? value : null;
}

/**
 * The `own` scope: the attempt named by `attemptId` must be the caller's. Another's and a missing
 * one answer alike, 404, so an id cannot be probed.
 */
const ownAttempt = t.middleware(async ({ ctx, getRawInput, next }) => {
  const attemptId = await field(getRawInput, 'attemptId');
  const user = ctx.user;
  if (attemptId !== null && user && (await ownerOf(ctx.db, attemptId)) !== user.id)
    throw new TRPCError({ code: 'NOT_FOUND', message: 'There is no such attempt.' });
  return next();
});

/**
 * An attempt's owner never changes, so the owners found are kept (the newest 10,000 in this
 * process): the autosave, every few seconds per learner, asks the database once per attempt.
 * Only found owners are kept; a missing attempt is asked again.
 */
const owners = new Map<string, string>();
const OWNERS_KEPT = 10_000;
async function ownerOf(db: Database, attemptId: string): Promise<string | null> {
  const known = owners.get(attemptId);
  if (known) return known;
  const owner = await attemptOwner(db, { attemptId });
  if (owner) {
    owners.set(attemptId, owner);
    if (owners.size > OWNERS_KEPT) owners.delete(owners.keys().next().value as string);
  }
  return owner;
}

/**
 * The `cohort` scope: instructors reach only the cohorts they teach (another cohort answers 404,
 * as a missing one does); admins reach every cohort.
 */
const taughtCohort = t.middleware(async ({ ctx, getRawInput, next }) => {
  const cohortId = await field(getRawInput, 'cohortId');
  const user = ctx.user;
  if (
    cohortId !== null &&
    user &&
    user.role !== 'admin' &&
    !(await teachesCohort(ctx.db, { userId: user.id, cohortId }))
  )
    throw new TRPCError({ code: 'NOT_FOUND', message: 'There is no such cohort.' });
  return next();
});

/** A learner procedure on an attempt named in its input, which must be the caller's (else 404). */
export const ownAttemptProcedure = learnerProcedure
  .meta({ access: 'learner', scope: 'own' })
  .use(ownAttempt);
/** An instructor procedure on a cohort; instructors reach only the cohorts they teach (else 404). */
export const cohortReadProcedure = instructorProcedure
  .meta({ access: 'instructor', scope: 'cohort' })
  .use(taughtCohort);

/**
 * An instructor procedure over learners' work (grading, regrade previews): instructors see only
 * the learners of the cohorts they teach — `taught(ctx.user)` is what its queries filter by.
 */
export const taughtProcedure = instructorProcedure.meta({ access: 'instructor', scope: 'taught' });

/** Whose cohorts limit what the caller sees of learners: an instructor's id; none for admins. */
export function taught(user: { id: string; role: string }): string | undefined {
  return user.role === 'admin' ? undefined : user.id;
}
