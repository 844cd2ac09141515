import { randomBytes } from 'node:crypto';
import type { TestProject } from 'vitest/node';
import './provided';
import { dropRunDatabases, prepareTemplate } from './template';

/**
 * Vitest global setup for database tests: a server (DATABASE_URL, or the embedded test cluster)
 * and a migrated template database, made once per run and cloned per test file. The teardown
 * drops every database this run cloned (a file's own cleanup cannot be relied on: a worker that
 * crashes or is cut short never runs it).
 */
export default async function setup(project: TestProject) {
  const { adminUrl, template, stop } = await prepareTemplate();
  // Starts with the time in base 36, so a run that never tore down is recognised by its age.
  const run = `${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  project.provide('testAdminUrl', adminUrl);
  project.provide('testTemplate', template);
  project.provide('testRun', run);
  return async () => {
    await dropRunDatabases(adminUrl, run);
    await stop();
  };
}
