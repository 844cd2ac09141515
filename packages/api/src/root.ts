import { accountRouter } from './routers/account';
import { analyticsRouter } from './routers/analytics';
import { attemptRouter } from './routers/attempt';
import { authoringRouter } from './routers/authoring';
import { casesRouter } from './routers/cases';
import { cohortsRouter } from './routers/cohorts';
import { courseRouter } from './routers/course';
import { gradingRouter } from './routers/grading';
import { invitationRouter } from './routers/invitation';
import { masteryRouter } from './routers/mastery';
import { noticesRouter } from './routers/notices';
import { peopleRouter } from './routers/people';
import { practiceRouter } from './routers/practice';
import { progressRouter } from './routers/progress';
import { qtiRouter } from './routers/qti';
import { quizzesRouter } from './routers/quizzes';
import { usersRouter } from './routers/users';
import { createCallerFactory, createTRPCRouter } from './trpc';

export const appRouter = createTRPCRouter({
  account: accountRouter,
  analytics: analyticsRouter,
  attempt: attemptRouter,
  authoring: authoringRouter,
  cases: casesRouter,
  cohorts: cohortsRouter,
  course: courseRouter,
  grading: gradingRouter,
  invitation: invitationRouter,
  mastery: masteryRouter,
  notices: noticesRouter,
  people: peopleRouter,
  practice: practiceRouter,
  progress: progressRouter,
  qti: qtiRouter,
  quizzes: quizzesRouter,
  users: usersRouter,
});

export type AppRouter = typeof appRouter;

/** Server-side caller (React server components, scripts, tests): same checks as over HTTP. */
export const createCaller = createCallerFactory(appRouter);
