import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from './root';

export { type AppRouter, appRouter, createCaller } from './root';
export { type Context, type CreateContextOptions, createContext } from './trpc';

export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;
export { isTrpcError, REASONS, type Reason, trpcErrorCode } from './errors';
export { gradebookCsv, gradebookResponse } from './gradebook';
export { createTrpcHandler } from './http';
export { SEARCH_TEXT_MAX } from './ids';
export { quizItemAnalysis } from './item-analysis';
export { personalDataResponse } from './personal-data';
export { type AppName, getServerRuntime, type ServerRuntime } from './runtime';
export { rebuildQuizGrades } from './services/grades';
export { type XapiStatement, xapiStatementSchema } from './xapi';
export { xapiResponse } from './xapi-export';
