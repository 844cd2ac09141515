export * from './auth';
export * from './course';
export * from './progress';
