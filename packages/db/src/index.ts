export { closeDb, createDb, type Database } from './client';
export { definitionHash, stableStringify } from './hash';
export * from './queries/attempts';
export * from './queries/authoring';
export * from './queries/course';
export * from './queries/grading';
export * from './queries/mastery';
export * from './queries/progress';
export * as schema from './schema';
