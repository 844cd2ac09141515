/**
 * `pnpm db:studio`: drizzle-kit studio on DATABASE_URL or the embedded database, which stays up
 * until Ctrl-C. Studio's server listens on 127.0.0.1:4983.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { resolveDatabase } from '../node/database';

const database = await resolveDatabase();
const packageDir = fileURLToPath(new URL('../..', import.meta.url));
const studio = spawn('node_modules/.bin/drizzle-kit', ['studio', '--host', '127.0.0.1'], {
  cwd: packageDir,
  stdio: 'inherit',
  env: { ...process.env, DATABASE_URL: database.url },
});
const stop = async () => {
  studio.kill('SIGTERM');
  await database.stop();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
studio.on('exit', async (code) => {
  await database.stop();
  process.exit(code ?? 0);
});
