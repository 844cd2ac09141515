import { findItem } from '@alliance/content';
import { currentItemDefinitions, type Database } from '@alliance/db';
import { type ItemDefinition, parseItem } from '@alliance/quiz-engine';

/**
 * Items as learners meet them outside quizzes (a lesson's checks): the version instructors last
 * published, else the course file's. So a fixed key reaches the lessons too.
 */
export async function currentItems(db: Database, ids: string[]) {
  return new Map([...(await currentItemVersions(db, ids))].map(([id, { item }]) => [id, item]));
}

/**
 * The same, with the version each comes from (0: the course file's copy, not yet in the
 * database).
 */
export async function currentItemVersions(db: Database, ids: string[]) {
  const stored = await currentItemDefinitions(db, ids);
  const out = new Map<string, { item: ItemDefinition; version: number }>();
  for (const id of ids) {
    const found = stored.get(id);
    const parsed = found ? parseItem(found.definition) : null;
    if (found && parsed?.ok) out.set(id, { item: parsed.value, version: found.version });
    else {
      const item = findItem(id)?.item;
      if (item) out.set(id, { item, version: 0 });
    }
  }
  return out;
}
