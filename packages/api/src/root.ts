import { analyticsRouter } from './routers/analytics';
import { attemptRouter } from './routers/attempt';
import { courseRouter } from './routers/course';
import { masteryRouter } from './routers/mastery';
import { practiceRouter } from './routers/practice';
import { progressRouter } from './routers/progress';
import { usersRouter } from './routers/users';
import { createCallerFactory, createTRPCRouter } from './trpc';

export const appRouter = createTRPCRouter({
  analytics: analyticsRouter,
  attempt: attemptRouter,
  course: courseRouter,
  mastery: masteryRouter,
  practice: practiceRouter,
  progress: progressRouter,
  users: usersRouter,
});

export type AppRouter = typeof appRouter;

/** Server-side caller (React server components, scripts, tests): same checks as over HTTP. */
export const createCaller = createCallerFactory(appRouter);
