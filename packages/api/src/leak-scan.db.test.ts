import {
  bankRecords,
  course,
  findItem,
  quizzes,
  summativeCases,
  summativeItems,
} from '@alliance/content';
import { type Database, schema } from '@alliance/db';
import { syncBank, syncCourse } from '@alliance/db/node';
import { createTestDatabase } from '@alliance/db/testing';
import { type ItemDefinition, moduleOf, type PaperPresentation } from '@alliance/quiz-engine';
import { beforeAll, describe, expect, it } from 'vitest';
import { appRouter, createCaller } from './root';
import type { ProcedureMeta } from './trpc';

/**
 * The answer-key leak scan over every procedure a learner can call, generated from the router:
 * each query (and attempt.start) is called for every lesson and every quiz, with an attempt in
 * progress on each quiz, and its whole answer is searched for what only a submitted attempt
 * may show: keys and scoring fields by name, and the exact text of every item's feedback and
 * worked explanation. A new learner procedure must say here how to call it, or that it answers
 * only after a submission or a check (where feedback is the point), or the test fails.
 */

const learner = { id: 'leak-ann', name: 'Ann', email: 'ann@leak.test', role: 'learner' as const };
let db: Database;
const as = () => createCaller({ db, user: learner });

type Procedure = { _def: { meta?: ProcedureMeta; type: string } };
const learnerProcedures = Object.entries(
  appRouter._def.procedures as unknown as Record<string, Procedure>,
)
  .filter(([, p]) => ['public', 'learner'].includes(p._def.meta?.access ?? ''))
  .map(([path, p]) => ({ path, type: p._def.type }));

const lessons = course.modules.flatMap((m) => m.lessons.map((l) => l.slug));
const quizIds = quizzes.map((q) => q.id);
const exercises = course.modules.flatMap((m) => m.lessons.flatMap((l) => l.exercises)).slice(0, 50);

/** Inputs to call each procedure with: every lesson, every quiz, the attempts in progress. */
const calls: Record<string, (ctx: { attempts: string[] }) => unknown[]> = {
  'users.me': () => [undefined],
  'course.outline': () => [undefined],
  'course.quizzes': () => [undefined],
  'course.quiz': () => quizIds.map((quizId) => ({ quizId })),
  'course.lesson': () => lessons.map((slug) => ({ slug })),
  'attempt.start': () => quizIds.map((quizId) => ({ quizId })),
  'attempt.overview': () => quizIds.map((quizId) => ({ quizId })),
  'practice.saved': () => [{ itemIds: exercises }],
  'attempt.get': ({ attempts }) => attempts.map((attemptId) => ({ attemptId })),
  'progress.mine': () => [undefined],
  'progress.schedule': () => [undefined],
  'progress.quizHistory': () => [undefined],
  'progress.grades': () => [undefined],
  'mastery.mine': () => [undefined],
  'mastery.reviewSession': () => [{}],
  'account.sessions': () => [undefined],
  'account.profile': () => [undefined],
  'account.data': () => [undefined],
  'notices.settings': () => [undefined],
};

/** Procedures that change state or answer after the learner has committed an answer. */
const notScanned: Record<string, string> = {
  'attempt.save': 'stores answers; returns a sequence number',
  'attempt.check': 'scores one answer the learner has committed (interactive behaviour)',
  'attempt.submit': 'ends the attempt; the key may follow',
  'attempt.review': 'refused before submission (tested in attempt.db.test)',
  'practice.check': 'scores a lesson check the learner has answered',
  'progress.start': 'records a visit',
  'progress.setCompleted': 'records a completion',
  'progress.position': 'records a reading position',
  'account.endSession': 'signs a session out',
  'notices.setSettings': 'saves which emails the learner gets',
  'notices.unsubscribe': 'turns emails off from a link',
  'account.confirmEmail': 'confirms an address',
  'account.endOtherSessions': 'signs sessions out',
  'invitation.get': 'an invitation, no course content',
  'invitation.accept': 'makes an account',
};

/** Text a learner must not see before submitting: feedback and explanations of every item. */
function secrets(): string[] {
  const items: ItemDefinition[] = quizzes.flatMap((q) => [
    ...q.definition.sections.flatMap((s) =>
      s.entries.flatMap((e) =>
        e.kind === 'item' ? [e.item] : e.kind === 'case' ? e.case.items : [],
      ),
    ),
    ...q.definition.pool.items,
    ...q.definition.pool.cases.flatMap((c) => c.items),
  ]);
  const texts = items.flatMap((item) => {
    const out: string[] = [item.explanation];
    if (item.type === 'choice' || item.type === 'multiple-response')
      out.push(...item.options.map((o) => o.feedback));
    if (item.type === 'inline-choice') out.push(...item.gaps.map((g) => g.feedback));
    return out;
  });
  return [...new Set(texts.filter((text) => text.length > 25))];
}

/** Procedures whose answers present items: no scoring field may appear in them by name. */
const PRESENTING = new Set(['course.lesson', 'course.quiz', 'attempt.start', 'attempt.get']);

const KEY_FIELDS =
  /"(fraction|correct|answer|answers|accept|match|bucket|feedback|explanation|patterns|tolerance|seed)":/;

beforeAll(async () => {
  ({ db } = await createTestDatabase());
  await syncCourse(db, course);
  await syncBank(db, bankRecords());
  await db.insert(schema.user).values(learner);
});

describe('the answer-key leak scan', () => {
  it('knows every learner procedure: scanned, or not scanned for a stated reason', () => {
    for (const { path } of learnerProcedures)
      expect(
        path in calls || path in notScanned,
        `${path}: add it to calls (how to call it) or to notScanned (why not)`,
      ).toBe(true);
  });

  it('finds no key, scoring field, feedback or explanation in any answer before submission', async () => {
    const texts = secrets();
    expect(texts.length).toBeGreaterThan(100);
    const api = as() as unknown as Record<
      string,
      Record<string, (input: unknown) => Promise<unknown>>
    >;
    const attempts: string[] = [];
    // attempt.start first, so attempt.get has every quiz's attempt in progress to read.
    const order = Object.keys(calls).sort((a, b) =>
      a === 'attempt.start' ? -1 : b === 'attempt.start' ? 1 : 0,
    );
    let answers = 0;
    for (const path of order) {
      const [router = '', procedure = ''] = path.split('.');
      const fn = api[router]?.[procedure];
      if (!fn) throw new Error(`${path} is listed but not in the router`);
      for (const input of calls[path]?.({ attempts }) ?? []) {
        const out = await fn(input);
        if (path === 'attempt.start') attempts.push((out as { attemptId: string }).attemptId);
        const json = JSON.stringify(out);
        answers++;
        // (Elsewhere "fraction" is the share of lessons done or a submitted score: not a key.)
        const field = PRESENTING.has(path) ? json.match(KEY_FIELDS) : null;
        expect(field, `${path}(${JSON.stringify(input)}) has "${field?.[1]}"`).toBeNull();
        for (const text of texts)
          expect(
            json.includes(text),
            `${path}(${JSON.stringify(input)}) shows: ${text.slice(0, 60)}…`,
          ).toBe(false);
      }
    }
    expect(attempts.length).toBe(quizIds.length);
    expect(answers).toBeGreaterThan(lessons.length + 2 * quizIds.length);
  });
});

/**
 * A learner out to harvest the final: with a first attempt open, they submit every practice
 * quiz and read its review, check every lesson exercise and every item of today's review
 * session, then submit the final blind and read its review. Everything they were shown is
 * their answer book; a second attempt at the final answered from it must score no better than
 * the blind one, and no explanation or feedback of the final's own bank may be in it.
 */
describe('harvesting the final from everything else a learner can read', () => {
  const harvester = {
    id: 'leak-hal',
    name: 'Hal',
    email: 'hal@leak.test',
    role: 'learner' as const,
  };
  const api = () => createCaller({ db, user: harvester });
  const slotsOf = (presentation: PaperPresentation) =>
    presentation.sections.flatMap((s) =>
      s.entries.flatMap((e) => (e.kind === 'item' ? [e] : e.items)),
    );
  const empty = (itemId: string) => {
    const item = findItem(itemId)?.item;
    if (!item) throw new Error(`no item ${itemId}`);
    return moduleOf(item).emptyResponse(item as never);
  };

  it('finds nothing of the final’s bank, and scores no better than answering blind', async () => {
    await db.insert(schema.user).values(harvester);
    const shown: string[] = [];
    /** Keys read in reviews, by item id: what the learner would copy into the final. */
    const book = new Map<string, unknown>();
    const first = await api().attempt.start({ quizId: 'final-assessment' });

    for (const quiz of quizzes.filter((q) => q.kind === 'practice')) {
      const started = await api().attempt.start({ quizId: quiz.id });
      await api().attempt.submit({ attemptId: started.attemptId });
      const review = await api().attempt.review({ attemptId: started.attemptId });
      shown.push(JSON.stringify(review));
      const ids = new Map(slotsOf(review.presentation).map((e) => [e.slot, e.item.id]));
      for (const item of review.items) {
        const id = ids.get(item.slot);
        if (id && item.key !== null) book.set(id, item.key);
      }
    }
    const review = await api().mastery.reviewSession({});
    shown.push(JSON.stringify(review));
    const checkable = new Set([
      ...course.modules.flatMap((m) => m.lessons.flatMap((l) => l.exercises)),
      ...review.map((i) => i.itemId),
    ]);
    for (const itemId of checkable)
      shown.push(JSON.stringify(await api().practice.check({ itemId, response: empty(itemId) })));
    expect(book.size).toBeGreaterThan(100);

    await api().attempt.submit({ attemptId: first.attemptId });
    const blind = await api().attempt.review({ attemptId: first.attemptId });
    shown.push(JSON.stringify(blind));
    expect(blind.items.every((i) => i.key === null && i.explanation === '')).toBe(true);

    // Nothing of the final's own bank was shown: no explanation, no option's feedback.
    const bank = [
      ...summativeItems.map((i) => i.item),
      ...summativeCases.flatMap((c) => c.case.items),
    ];
    const texts = bank.flatMap((item) => [
      item.explanation,
      ...(item.type === 'choice' || item.type === 'multiple-response'
        ? item.options.map((o) => o.feedback)
        : []),
    ]);
    const all = shown.join('\n');
    for (const text of texts.filter((t) => t.length > 25))
      expect(all.includes(text), `shown: ${text.slice(0, 60)}…`).toBe(false);
    expect(bank.filter((item) => book.has(item.id)).map((i) => i.id)).toEqual([]);

    // The second attempt, every question it can answer from the book answered from it.
    const second = await api().attempt.start({ quizId: 'final-assessment' });
    const copied = Object.fromEntries(
      slotsOf(second.presentation)
        .filter((e) => book.has(e.item.id))
        .map((e) => [e.slot, { response: book.get(e.item.id), base: second.sequence }]),
    );
    if (Object.keys(copied).length > 0)
      await api().attempt.save({
        attemptId: second.attemptId,
        sequence: second.sequence + 1,
        responses: copied,
      });
    const harvested = await api().attempt.submit({ attemptId: second.attemptId });
    expect(Object.keys(copied)).toEqual([]);
    expect(harvested.points).toBeLessThanOrEqual(blind.total.points ?? 0);
  });
});
