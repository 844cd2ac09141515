import type { TestProject } from 'vitest/node';
import './provided';
import { prepareTemplate } from './template';

/**
 * Vitest global setup for database tests: a server (DATABASE_URL, or the embedded test cluster)
 * and a migrated template database, made once per run and cloned per test file.
 */
export default async function setup(project: TestProject) {
  const { adminUrl, template, stop } = await prepareTemplate();
  project.provide('testAdminUrl', adminUrl);
  project.provide('testTemplate', template);
  return stop;
}
