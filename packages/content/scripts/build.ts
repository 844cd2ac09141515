/**
 * `pnpm build` (content): compiles every lesson (cached by content hash) into
 * generated/lessons.ts. Fails, naming each file and problem, if a lesson is broken.
 */
import { join } from 'node:path';
import { buildLessons, writeManifest } from '../src/build/build';

const root = join(import.meta.dirname, '..');
const result = await buildLessons({ root });
if (result.errors.length) {
  console.error(`\n${result.errors.length} lesson(s) need fixing:\n`);
  for (const error of result.errors) console.error(`${error.message}\n`);
  process.exit(1);
}
writeManifest(root, result.lessons);
console.log(
  `Lessons: ${result.lessons.length} (${result.compiled} compiled, ${result.cached} from cache) in ${Math.round(result.ms)} ms`,
);
