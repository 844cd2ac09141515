import type { Auth } from '@alliance/auth';
import { type Role, roleOf } from '@alliance/auth';
import type { Database } from '@alliance/db';
import { initTRPC, TRPCError } from '@trpc/server';
import superjson from 'superjson';
import { ZodError } from 'zod';

export interface CreateContextOptions {
  db: Database;
  auth: Auth;
  /** The request's headers; the session is read from its cookie. */
  headers: Headers;
}

export interface Context {
  db: Database;
  user: { id: string; name: string; email: string; role: Role } | null;
  /**
   * better-auth and the request's headers, for procedures that act through its admin plugin (as
   * the caller, so the plugin checks their permission too). Absent in server-side test callers.
   */
  auth?: Auth;
  headers?: Headers;
}

export async function createContext({ db, auth, headers }: CreateContextOptions): Promise<Context> {
  const session = await auth.api.getSession({ headers });
  return {
    db,
    auth,
    headers,
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

/** "lessonId: Too small: expected string to have >=1 characters; …" from a zod error. */
export function describeZodError(error: ZodError): string {
  return error.issues
    .map((issue) =>
      issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message,
    )
    .join('; ');
}

const t = initTRPC.context<Context>().create({
  transformer: superjson,
  errorFormatter({ shape, error }) {
    const zodError = error.cause instanceof ZodError ? error.cause : null;
    return {
      ...shape,
      // The default message for bad input is a JSON dump of zod issues; say it in one line.
      message: zodError ? `Invalid input: ${describeZodError(zodError)}` : shape.message,
      data: {
        ...shape.data,
        fieldErrors: zodError
          ? Object.fromEntries(zodError.issues.map((i) => [i.path.join('.'), i.message]))
          : null,
      },
    };
  },
});

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

/** Anyone, signed in or not. */
export const publicProcedure = t.procedure;

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
export const learnerProcedure = t.procedure.use(signedIn);
/** Instructors and admins. */
export const instructorProcedure = t.procedure.use(
  requireRole(['instructor', 'admin'], 'instructors and admins'),
);
/** Admins only. */
export const adminProcedure = t.procedure.use(requireRole(['admin'], 'admins'));
