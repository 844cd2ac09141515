export * from './attempts';
export * from './audit';
export * from './auth';
export * from './bank';
export * from './cohorts';
export * from './course';
export * from './mastery';
export * from './progress';
