import { bankRecords, course, findItem } from '@alliance/content';
import { type Database, schema } from '@alliance/db';
import { syncBank, syncCourse } from '@alliance/db/node';
import { createTestDatabase } from '@alliance/db/testing';
import { moduleOf, type PaperPresentation } from '@alliance/quiz-engine';
import { beforeAll, describe, expect, it } from 'vitest';
import { createCaller } from './root';
import { applyEvidence } from './services/mastery';

/**
 * Spaced review and mastery as a learner meets them: every item a day's review session offers
 * can be checked, and the final (a unit test) is what takes an objective past proficient.
 */

let db: Database;
type Learner = { id: string; name: string; email: string; role: 'learner' };
const as = (user: Learner) => createCaller({ db, user });
let n = 0;
async function newLearner(): Promise<Learner> {
  n++;
  const user = {
    id: `u-rev-${n}`,
    name: `Rev ${n}`,
    email: `rev${n}@example.test`,
    role: 'learner' as const,
  };
  await db.insert(schema.user).values(user);
  return user;
}

/** The key of an item, as the course defines it (what a learner who knows it would answer). */
function keyOf(itemId: string): unknown {
  const item = findItem(itemId)?.item;
  if (!item) throw new Error(`no item ${itemId}`);
  return moduleOf(item).keyResponse(item as never);
}

const slotsOf = (presentation: PaperPresentation) =>
  presentation.sections.flatMap((s) =>
    s.entries.flatMap((e) => (e.kind === 'item' ? [e] : e.items)),
  );

beforeAll(async () => {
  ({ db } = await createTestDatabase());
  await syncCourse(db, course);
  await syncBank(db, bankRecords());
});

describe('a day’s review session', () => {
  it('offers only items practice.check accepts, and answering them all reschedules each', async () => {
    const user = await newLearner();
    // Practised every objective of the course 60 days ago, half right: all of it is due today.
    const objectives = course.modules.flatMap((m) =>
      m.lessons.flatMap((l) => l.objectives.map((o) => o.id)),
    );
    await applyEvidence(db, {
      userId: user.id,
      evidence: new Map(objectives.map((id) => [id, 0.5])),
      kind: 'practice',
      at: new Date(Date.now() - 60 * 86_400_000),
    });
    const session = await as(user).mastery.reviewSession({ size: 20 });
    expect(session).toHaveLength(20);
    for (const entry of session) {
      const result = await as(user).practice.check({
        itemId: entry.itemId,
        response: keyOf(entry.itemId),
      });
      expect(result.fraction, entry.itemId).toBe(1);
    }
    const mastery = await as(user).mastery.mine();
    for (const entry of session) {
      const objective = mastery.find((o) => o.id === entry.objectiveId);
      expect(objective?.nextReview?.getTime(), entry.objectiveId).toBeGreaterThan(Date.now());
    }
    // Those objectives are no longer due; the next session offers others.
    const next = await as(user).mastery.reviewSession({ size: 20 });
    const reviewed = new Set(session.map((e) => e.objectiveId));
    expect(next.filter((e) => reviewed.has(e.objectiveId))).toEqual([]);
  });
});

describe('mastery from the final (a unit test)', () => {
  /**
   * A new learner practises every objective of their final paper to `practice` (share right),
   * then submits the paper with every key or blank; their levels on those objectives after.
   */
  async function finalAfterPractice(practice: number, answers: 'keys' | 'blank') {
    const user = await newLearner();
    const api = as(user);
    const started = await api.attempt.start({ quizId: 'final-assessment' });
    const slots = slotsOf(started.presentation);
    const objectives = [
      ...new Set(slots.flatMap((e) => findItem(e.item.id)?.item.objectives ?? [])),
    ];
    await applyEvidence(db, {
      userId: user.id,
      evidence: new Map(objectives.map((id) => [id, practice])),
      kind: 'practice',
      at: new Date(),
    });
    const before = new Set(
      (await api.mastery.mine()).filter((o) => objectives.includes(o.id)).map((o) => o.level),
    );
    if (answers === 'keys')
      await api.attempt.save({
        attemptId: started.attemptId,
        sequence: started.sequence + 1,
        responses: Object.fromEntries(
          slots.map((e) => [e.slot, { response: keyOf(e.item.id), base: started.sequence }]),
        ),
      });
    const submitted = await api.attempt.submit({ attemptId: started.attemptId });
    expect(submitted.fraction).toBe(answers === 'keys' ? 1 : 0);
    const after = new Set(
      (await api.mastery.mine()).filter((o) => objectives.includes(o.id)).map((o) => o.level),
    );
    return { before: [...before], after: [...after] };
  }

  it('raises familiar to proficient with every question right', async () => {
    expect(await finalAfterPractice(0.8, 'keys')).toEqual({
      before: ['familiar'],
      after: ['proficient'],
    });
  });

  it('raises proficient to mastered: only a unit test can', async () => {
    expect(await finalAfterPractice(1, 'keys')).toEqual({
      before: ['proficient'],
      after: ['mastered'],
    });
  });

  it('lowers proficient to familiar when the questions are missed', async () => {
    expect(await finalAfterPractice(1, 'blank')).toEqual({
      before: ['proficient'],
      after: ['familiar'],
    });
  });
});
