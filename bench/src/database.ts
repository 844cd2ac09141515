import { quoteIdent, resolveDatabase, runMigrations, withDatabase } from '@alliance/db/node';
import postgres from 'postgres';

/**
 * A freshly migrated database of a benchmark's own on the test server (DATABASE_URL, else the
 * embedded test cluster), replacing any left by an earlier run. `dispose` drops it and stops
 * the embedded server, which must not outlive the benchmark: the test suite needs its port.
 */
export async function benchDatabase(name: string) {
  const server = await resolveDatabase('test');
  const admin = postgres(server.adminUrl, { max: 1, onnotice: () => {} });
  const drop = () => admin.unsafe(`drop database if exists ${quoteIdent(name)} with (force)`);
  await drop();
  await admin.unsafe(`create database ${quoteIdent(name)}`);
  const url = withDatabase(server.adminUrl, name);
  await runMigrations(url);
  return {
    server,
    url,
    /** Where the report says the numbers come from. */
    label: server.mode === 'embedded' ? 'embedded (test cluster)' : 'from DATABASE_URL',
    async dispose() {
      await drop().catch(() => {});
      await admin.end({ timeout: 2 });
      await server.stop();
    },
  };
}
