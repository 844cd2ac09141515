import { course, objectives, quizzes } from '@alliance/content';
import { type Database, getMastery } from '@alliance/db';
import {
  createRng,
  isCheckable,
  presentItem,
  quizContents,
  recallProbability,
  reviewQueue,
} from '@alliance/quiz-engine';
import { currentItemVersions } from '../bank';
import { readMastery } from './mastery';

/**
 * What a learner may check outside an attempt: the lessons' checks of understanding and the
 * practice quizzes' items — all already shown with their keys in practice, none in a summative
 * pool (`checkCourse` keeps it so). Today's review session draws from these, and `practice.check`
 * accepts exactly these.
 */
export const CHECKABLE_OUTSIDE_ATTEMPTS: ReadonlySet<string> = new Set([
  ...course.modules.flatMap((m) => m.lessons.flatMap((lesson) => lesson.exercises)),
  ...quizzes
    .filter((q) => q.kind === 'practice')
    .flatMap((q) => [...quizContents(q.definition).items]),
]);

/** The auto-scored items of each objective that a review may show, in a fixed order. */
const byObjective = (() => {
  const map = new Map<string, string[]>();
  const seen = new Set<string>();
  for (const q of quizzes.filter((x) => x.kind === 'practice')) {
    const { sections } = q.definition;
    const items = sections.flatMap((s) =>
      s.entries.flatMap((e) =>
        e.kind === 'item' ? [e.item] : e.kind === 'case' ? e.case.items : [],
      ),
    );
    for (const item of items) {
      if (seen.has(item.id) || !isCheckable(item, { behaviour: 'immediate' })) continue;
      // A case's item leans on its scenario, which a review does not show.
      if (!sections.some((s) => s.entries.some((e) => e.kind === 'item' && e.item.id === item.id)))
        continue;
      seen.add(item.id);
      for (const objective of item.objectives)
        map.set(objective, [...(map.get(objective) ?? []), item.id]);
    }
  }
  return map;
})();

/**
 * Today's review session: the objectives due (least remembered first) and, for each, one item
 * to practise it — a different one each day — presented from the item's current published
 * version, the same one `practice.check` scores.
 */
export async function reviewSession(
  db: Database,
  user: { id: string },
  { size, now = new Date() }: { size: number; now?: Date },
) {
  const states = (await getMastery(db, { userId: user.id })).map((row) =>
    readMastery(row.objectiveId, row.state, now),
  );
  const due = reviewQueue(states, now, size).filter((s) => new Date(s.fsrs.due) <= now);
  const day = now.toISOString().slice(0, 10);
  const picks = due.flatMap((state) => {
    const candidates = byObjective.get(state.objectiveId) ?? [];
    const itemId =
      candidates[
        createRng(`${user.id}:${state.objectiveId}:${day}`).int(Math.max(1, candidates.length))
      ];
    return itemId ? [{ state, itemId }] : [];
  });
  const current = await currentItemVersions(db, [...new Set(picks.map((p) => p.itemId))]);
  return picks.flatMap(({ state, itemId }) => {
    const item = current.get(itemId)?.item;
    const objective = objectives.find((o) => o.id === state.objectiveId);
    return item && objective
      ? [
          {
            objectiveId: state.objectiveId,
            objective: objective.text,
            level: state.level,
            recall: recallProbability(state, now),
            itemId,
            presentation: presentItem(item, createRng(`review:${itemId}`)),
          },
        ]
      : [];
  });
}
