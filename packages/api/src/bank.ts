import { findItem } from '@alliance/content';
import { currentItemDefinitions, type Database } from '@alliance/db';
import { type ItemDefinition, parseItem } from '@alliance/quiz-engine';

/**
 * Items as learners meet them outside quizzes (a lesson's checks): the version instructors last
 * published, else the course file's. So a fixed key reaches the lessons too.
 */
export async function currentItems(db: Database, ids: string[]) {
  const stored = await currentItemDefinitions(db, ids);
  const out = new Map<string, ItemDefinition>();
  for (const id of ids) {
    const parsed = stored.has(id) ? parseItem(stored.get(id)) : null;
    const item = parsed?.ok ? parsed.value : findItem(id)?.item;
    if (item) out.set(id, item);
  }
  return out;
}
