/** What the database global setup hands to every test file (see global-setup.ts). */
declare module 'vitest' {
  export interface ProvidedContext {
    /** Maintenance URL of the test server; test files create their databases through it. */
    testAdminUrl: string;
    /** A migrated database that each test file clones. */
    testTemplate: string;
    /** This run's mark in its test databases' names: the run's teardown drops them by it. */
    testRun: string;
  }
}

export {};
