import { readFileSync } from 'node:fs';
import { bankRecords, course, summativeItems } from '@alliance/content';
import { applyRegrade, type Database, schema } from '@alliance/db';
import { syncBank, syncCourse } from '@alliance/db/node';
import { createTestDatabase } from '@alliance/db/testing';
import { type ChoiceDefinition, caseWithCurrent, quizWithCurrent } from '@alliance/quiz-engine';
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createCaller } from './root';
import { EXERCISES } from './services/practice';
import { code, once } from './test-helpers';

let db: Database;

const learner = { id: 'u-lea', name: 'Lea', email: 'lea@example.test', role: 'learner' as const };
const instructor = {
  id: 'u-ins',
  name: 'Ines',
  email: 'ines@example.test',
  role: 'instructor' as const,
};
const admin = { id: 'u-adm', name: 'Ada', email: 'ada@example.test', role: 'admin' as const };
type Who = { id: string; name: string; email: string; role: 'learner' | 'instructor' | 'admin' };
const links = { web: 'http://learn.a.test', admin: 'http://staff.a.test' };
const as = (user: Who | null) => createCaller({ db, user: user as never, links });
/** The subjects of the notices in the outbox for the learner. */
const noticeSubjects = async () =>
  (
    await db
      .select({ kind: schema.mailOutbox.kind, subject: schema.mailOutbox.subject })
      .from(schema.mailOutbox)
      .where(eq(schema.mailOutbox.to, learner.email))
  )
    .filter((m) => m.kind.startsWith('notice:'))
    .map((m) => m.subject);

beforeAll(async () => {
  ({ db } = await createTestDatabase());
  await syncCourse(db, course);
  await syncBank(db, bankRecords());
  for (const u of [learner, instructor, admin]) await db.insert(schema.user).values(u);
  // Ines teaches Lea: an instructor grades and regrades the learners of their cohorts.
  await db.insert(schema.cohorts).values({ id: 'k', name: 'K' });
  await db.insert(schema.cohortMembers).values([
    { cohortId: 'k', userId: instructor.id, role: 'instructor' },
    { cohortId: 'k', userId: learner.id, role: 'learner' },
  ]);
});

describe('who may author and grade', () => {
  // Every authoring and grading procedure, with input that would otherwise be acceptable.
  const calls: Record<string, (api: ReturnType<typeof as>) => Promise<unknown>> = {
    'authoring.items': (api) => api.authoring.items({}),
    'authoring.item': (api) => api.authoring.item({ itemId: 'x' }),
    'authoring.createItem': (api) =>
      api.authoring.createItem({ itemId: 'sneaky', type: 'choice', moduleId: null }),
    'authoring.saveDraft': (api) =>
      api.authoring.saveDraft({ itemId: 'x', definition: { type: 'choice' } }),
    'authoring.discardDraft': (api) => api.authoring.discardDraft({ itemId: 'x' }),
    'authoring.publish': (api) => api.authoring.publish({ itemId: 'x' }),
    'authoring.retire': (api) => api.authoring.retire({ itemId: 'x', retired: true }),
    'authoring.diff': (api) => api.authoring.diff({ itemId: 'x', from: 1, to: 2 }),
    'authoring.usage': (api) => api.authoring.usage({ itemId: 'x' }),
    'authoring.regradePreview': (api) => api.authoring.regradePreview({ itemId: 'x' }),
    'authoring.regradeApply': (api) =>
      api.authoring.regradeApply({ itemId: 'x', reason: 'because', expected: [] }),
    'quizzes.list': (api) => api.quizzes.list(),
    'quizzes.get': (api) => api.quizzes.get({ quizId: 'final-assessment' }),
    'quizzes.check': (api) => api.quizzes.check({ quizId: 'q', spec: {} }),
    'quizzes.publish': (api) =>
      api.quizzes.publish({ quizId: 'q', spec: {}, moduleId: null, create: true }),
    'cases.list': (api) => api.cases.list(),
    'cases.get': (api) => api.cases.get({ caseId: 'x' }),
    'cases.publish': (api) =>
      api.cases.publish({ caseId: 'x', definition: {}, moduleId: null, create: true }),
    'qti.preview': (api) => api.qti.preview({ fileName: 'a.xml', data: '' }),
    'qti.importFile': (api) => api.qti.importFile({ fileName: 'a.xml', data: '' }),
    'qti.export': (api) => api.qti.export({}),
    'grading.queue': (api) => api.grading.queue({}),
    'grading.essay': (api) => api.grading.essay({ attemptId: 'x', slot: 's1.1' }),
    'grading.grade': (api) =>
      api.grading.grade({ attemptId: 'x', slot: 's1.1', levels: {}, comment: '' }),
  };

  it.each(Object.keys(calls))('%s: 401 anonymous, 403 for a learner', async (name) => {
    const call = calls[name] as (api: ReturnType<typeof as>) => Promise<unknown>;
    expect(await code(call(as(null)))).toBe('UNAUTHORIZED');
    expect(await code(call(as(learner)))).toBe('FORBIDDEN');
  });

  it('lets instructors and admins in', async () => {
    expect(await code(as(instructor).authoring.items({}))).toBe('OK');
    expect(await code(as(admin).grading.queue({}))).toBe('OK');
  });
});

/** A choice item of the instructor's, created and published with a right and a wrong option. */
async function publishChoice(itemId: string) {
  const api = as(instructor);
  await api.authoring.createItem({ itemId, type: 'choice', moduleId: null });
  const created = await api.authoring.item({ itemId });
  await api.authoring.saveDraft({
    itemId,
    definition: {
      ...(created.definition as Record<string, unknown>),
      options: [
        { id: 'a', text: 'Right', fraction: 1 },
        { id: 'b', text: 'Wrong', fraction: 0 },
      ],
    },
  });
  return api.authoring.publish({ itemId });
}

describe('the item bank', () => {
  it('lists and filters items by text, type, module and lesson', async () => {
    const api = as(instructor);
    const all = await api.authoring.items({});
    expect(all.total).toBe(bankRecords().items.length);
    const essays = await api.authoring.items({ type: 'essay' });
    expect(essays.items.length).toBeGreaterThan(0);
    expect(essays.items.every((i) => i.type === 'essay')).toBe(true);
    const first = all.items[0];
    if (!first) throw new Error('empty bank');
    const word = first.prompt.split(/\s+/).find((w) => w.length > 6) ?? first.id;
    const found = await api.authoring.items({ q: word });
    expect(found.items.map((i) => i.id)).toContain(first.id);
    const lesson = course.modules[2]?.lessons[0];
    if (!lesson) throw new Error('no lesson');
    const inLesson = await api.authoring.items({ lessonId: lesson.slug });
    expect(inLesson.items.length).toBeGreaterThan(0);
    expect(inLesson.total).toBeLessThan(all.total);
    // Wildcards in the search text are taken literally.
    expect((await api.authoring.items({ q: '%%%%' })).total).toBe(0);
  });

  it('creates a draft, reports problems at their fields, refuses to publish it broken, then publishes', async () => {
    const api = as(instructor);
    await api.authoring.createItem({ itemId: 'new-choice', type: 'choice', moduleId: null });
    expect(
      await code(
        api.authoring.createItem({ itemId: 'new-choice', type: 'choice', moduleId: null }),
      ),
    ).toBe('CONFLICT');
    const created = await api.authoring.item({ itemId: 'new-choice' });
    expect(created.status).toBe('draft');
    expect(created.validation).toEqual([]);

    const broken = {
      ...(created.definition as Record<string, unknown>),
      options: [
        { id: 'a', text: 'Right', fraction: 0 },
        { id: 'b', text: 'Wrong', fraction: 1.5 },
      ],
    };
    const saved = await api.authoring.saveDraft({ itemId: 'new-choice', definition: broken });
    expect(saved.issues.map((i) => i.path)).toContain('options[1].fraction');
    expect(await code(api.authoring.publish({ itemId: 'new-choice' }))).toBe('BAD_REQUEST');

    const fixed = {
      ...broken,
      options: [
        { id: 'a', text: 'Right', fraction: 1 },
        { id: 'b', text: 'Wrong', fraction: 0 },
      ],
    };
    expect(
      (await api.authoring.saveDraft({ itemId: 'new-choice', definition: fixed })).issues,
    ).toEqual([]);
    const published = await api.authoring.publish({ itemId: 'new-choice', note: 'first cut' });
    expect(published).toMatchObject({ version: 1, unchanged: false, quizzes: [] });
    const after = await api.authoring.item({ itemId: 'new-choice' });
    expect(after).toMatchObject({ status: 'published', currentVersion: 1, draft: null });
    expect(after.versions[0]).toMatchObject({ version: 1, source: 'author', note: 'first cut' });
    expect(after.audit.map((a) => a.action)).toEqual(['item.publish']);
  });

  it('keeps a published item’s type, and retires and restores it', async () => {
    const api = as(instructor);
    await publishChoice('kept-choice');
    expect(
      await code(
        api.authoring.saveDraft({ itemId: 'kept-choice', definition: { type: 'numeric' } }),
      ),
    ).toBe('BAD_REQUEST');
    await api.authoring.retire({ itemId: 'kept-choice', retired: true, reason: 'duplicate' });
    expect((await api.authoring.item({ itemId: 'kept-choice' })).status).toBe('retired');
    expect(await code(api.authoring.retire({ itemId: 'kept-choice', retired: true }))).toBe(
      'BAD_REQUEST',
    );
    await api.authoring.retire({ itemId: 'kept-choice', retired: false });
    expect((await api.authoring.item({ itemId: 'kept-choice' })).status).toBe('published');
  });

  it('survives the next content sync: an instructor’s version is not undone by npm start', async () => {
    const api = as(instructor);
    const target = (await api.authoring.items({ type: 'short-text' })).items[0];
    if (!target) throw new Error('no short-text item');
    const item = await api.authoring.item({ itemId: target.id });
    const edited = { ...(item.definition as Record<string, unknown>), explanation: 'Edited.' };
    await api.authoring.saveDraft({ itemId: target.id, definition: edited });
    const { version } = await api.authoring.publish({ itemId: target.id });
    const sync = await syncBank(db, bankRecords());
    expect(sync.items.newVersions).toBe(0);
    const [row] = await db.select().from(schema.items).where(eq(schema.items.id, target.id));
    expect(row?.currentVersion).toBe(version);
  });

  it('survives a course-file change to another item of the same quiz', async () => {
    const api = as(instructor);
    // An instructor fixes one item of the theories practice quiz…
    const quiz = await api.quizzes.get({ quizId: 'quiz-theories' });
    const fixed = quiz.spec.sections[0]?.entries.find((e) => e.kind === 'item');
    const other = quiz.spec.sections[0]?.entries.filter((e) => e.kind === 'item')[1];
    if (fixed?.kind !== 'item' || other?.kind !== 'item') throw new Error('no items');
    const item = await api.authoring.item({ itemId: fixed.itemId });
    await api.authoring.saveDraft({
      itemId: fixed.itemId,
      definition: { ...(item.definition as Record<string, unknown>), explanation: 'Fixed.' },
    });
    await api.authoring.publish({ itemId: fixed.itemId });
    // …then the course files change another item of that quiz, and the app restarts.
    const records = bankRecords();
    const edit = (definition: unknown): unknown =>
      JSON.parse(
        JSON.stringify(definition).replaceAll(
          `"id":"${other.itemId}","prompt":"`,
          `"id":"${other.itemId}","prompt":"(reworded) `,
        ),
      );
    const changed = {
      ...records,
      items: records.items.map((i) =>
        i.id === other.itemId ? { ...i, definition: edit(i.definition) } : i,
      ),
      quizzes: records.quizzes.map((q) => ({ ...q, definition: edit(q.definition) })),
    };
    const sync = await syncBank(db, changed, { toCase: caseWithCurrent, toQuiz: quizWithCurrent });
    expect(sync.quizzes.newVersions).toBeGreaterThan(0);
    const after = await api.quizzes.check({
      quizId: 'quiz-theories',
      spec: (await api.quizzes.get({ quizId: 'quiz-theories' })).spec,
    });
    expect(after.issues).toEqual([]);
    const started = await as(admin).attempt.start({ quizId: 'quiz-theories' });
    const review = await as(admin).attempt.submit({ attemptId: started.attemptId });
    expect(review.attemptId).toBe(started.attemptId);
    const stored = await db
      .select({ definition: schema.quizVersions.definition })
      .from(schema.quizVersions)
      .where(eq(schema.quizVersions.quizId, 'quiz-theories'));
    const newest = JSON.stringify(stored.at(-1)?.definition);
    expect(newest).toContain('(reworded)');
    expect(newest).toContain('"explanation":"Fixed."');
  });
});

const quizId = 'quiz-obstacles';
/**
 * A learner's submitted attempt with a wrong choice, whose key the instructor then fixes so that
 * choice earns full marks: what each test below starts from.
 */
const keyFixed = once(async () => {
  const api = as(learner);
  const started = await api.attempt.start({ quizId });
  const attemptId = started.attemptId;
  const choice = started.presentation.sections
    .flatMap((s) => s.entries.flatMap((e) => (e.kind === 'item' ? [e] : e.items)))
    .find((e) => e.item.type === 'choice');
  if (!choice) throw new Error('no choice item on the paper');
  const item = await as(instructor).authoring.item({ itemId: choice.item.id });
  const definition = item.definition as ChoiceDefinition;
  const wrong = definition.options.find((o) => o.fraction <= 0);
  if (!wrong) throw new Error('no wrong option');
  await api.attempt.save({
    attemptId,
    sequence: started.sequence + 1,
    responses: { [choice.slot]: { response: { choice: wrong.id }, base: started.sequence } },
  });
  const submitted = await api.attempt.submit({ attemptId });

  // The instructor decides the learner's option deserves full marks.
  const fixed = {
    ...definition,
    options: definition.options.map((o) => ({
      ...o,
      fraction: o.id === wrong.id ? 1 : Math.min(o.fraction, 0),
    })),
  };
  const instructorApi = as(instructor);
  await instructorApi.authoring.saveDraft({ itemId: definition.id, definition: fixed });
  const published = await instructorApi.authoring.publish({
    itemId: definition.id,
    note: 'key fixed',
  });
  return { attemptId, choice, definition, submitted, published };
});

describe('fixing a key and regrading', () => {
  it('pins a submitted attempt to its version when the key changes', async () => {
    const { attemptId, submitted, published } = await keyFixed();
    expect(published.quizzes.map((q) => q.quizId)).toContain(quizId);
    // Until a regrade, the attempt keeps its version and its score.
    const review = await as(learner).attempt.review({ attemptId });
    expect(review.total.points).toBe(submitted.points);
    expect(review.regrades).toEqual([]);
  });

  it('previews every grade that would change, and refuses a stale preview', async () => {
    const { attemptId, choice, definition } = await keyFixed();
    const api = as(instructor);
    const preview = await api.authoring.regradePreview({ itemId: choice.item.id });
    const change = preview.changes.find((c) => c.attemptId === attemptId);
    expect(change).toBeDefined();
    expect((change?.newPoints ?? 0) - (change?.oldPoints ?? 0)).toBeCloseTo(definition.points);
    expect(change?.learnerEmail).toBe(learner.email);
    expect(
      await code(
        api.authoring.regradeApply({ itemId: choice.item.id, reason: 'key fixed', expected: [] }),
      ),
    ).toBe('CONFLICT');
    // Previewing wrote nothing.
    const [row] = await db.select().from(schema.attempts).where(eq(schema.attempts.id, attemptId));
    expect(row?.points).toBe(change?.oldPoints);
  });

  it('applies the regrade in one go; the learner sees the new score and why', async () => {
    const { attemptId, choice, definition } = await keyFixed();
    const api = as(instructor);
    const preview = await api.authoring.regradePreview({ itemId: choice.item.id });
    const masteryOf = () =>
      db
        .select()
        .from(schema.objectiveMastery)
        .where(eq(schema.objectiveMastery.userId, learner.id))
        .then((rows) => rows.filter((r) => definition.objectives.includes(r.objectiveId)));
    const masteryBefore = await masteryOf();
    const result = await api.authoring.regradeApply({
      itemId: choice.item.id,
      reason: 'The key marked the wrong option.',
      expected: preview.changes.map((c) => c.attemptId),
    });
    expect(result.applied).toBe(preview.changes.length);
    // The learner, who sees this quiz's scores, hears the grade moved.
    expect(
      (await noticeSubjects()).filter((s) => /^Your grade on .* changed$/.test(s)),
    ).toHaveLength(1);
    const review = await as(learner).attempt.review({ attemptId });
    const change = preview.changes.find((c) => c.attemptId === attemptId);
    expect(review.total.points).toBe(change?.newPoints);
    expect(review.regrades).toHaveLength(1);
    expect(review.regrades[0]).toMatchObject({
      oldPoints: change?.oldPoints,
      newPoints: change?.newPoints,
      reason: 'The key marked the wrong option.',
    });
    // The learner's grade on the quiz moves with it, and the corrected item enters mastery.
    const [grade] = await db
      .select()
      .from(schema.learnerQuizGrades)
      .where(
        and(
          eq(schema.learnerQuizGrades.userId, learner.id),
          eq(schema.learnerQuizGrades.quizId, quizId),
        ),
      );
    expect(grade?.fraction).toBe(review.total.fraction);
    const masteryAfter = await masteryOf();
    expect(masteryAfter.length).toBeGreaterThan(0);
    for (const row of masteryAfter) {
      const was = masteryBefore.find((b) => b.objectiveId === row.objectiveId);
      expect(row.updatedAt.getTime()).toBeGreaterThan(was?.updatedAt.getTime() ?? 0);
    }
    // Nothing is left to regrade.
    expect((await api.authoring.regradePreview({ itemId: choice.item.id })).changes).toEqual([]);
    const audit = (await api.authoring.item({ itemId: choice.item.id })).audit;
    expect(audit.map((a) => a.action)).toContain('regrade.apply');
  });
});

describe('grading essays', () => {
  it('queues essays, refuses an incomplete rubric, and settles the attempt when graded', async () => {
    const api = as(learner);
    const started = await api.attempt.start({ quizId: 'quiz-forms' });
    const slots = started.presentation.sections.flatMap((s) =>
      s.entries.flatMap((e) => (e.kind === 'item' ? [e] : e.items)),
    );
    const essay = slots.find((e) => e.item.type === 'essay');
    if (!essay) throw new Error('quiz-forms has no essay');
    await api.attempt.save({
      attemptId: started.attemptId,
      sequence: started.sequence + 1,
      responses: {
        [essay.slot]: {
          response: { text: 'Equity ties the partners together for longer.' },
          base: started.sequence,
        },
      },
    });
    const submitted = await api.attempt.submit({ attemptId: started.attemptId });
    expect(submitted.pending).toBe(true);

    const grader = as(instructor);
    const queue = await grader.grading.queue({ quizId: 'quiz-forms' });
    const queued = queue.essays.find((e) => e.attemptId === started.attemptId);
    expect(queued).toMatchObject({ slot: essay.slot, learnerName: learner.name });
    const open = await grader.grading.essay({ attemptId: started.attemptId, slot: essay.slot });
    expect(open.text).toContain('Equity');
    expect(open.words).toBe(7);
    const rubric = open.item.rubric;
    expect(
      await code(
        grader.grading.grade({
          attemptId: started.attemptId,
          slot: essay.slot,
          levels: {},
          comment: '',
        }),
      ),
    ).toBe('BAD_REQUEST');
    const best = Object.fromEntries(
      rubric.map((c) => [c.id, c.levels.reduce((a, b) => (b.points > a.points ? b : a)).id]),
    );
    const graded = await grader.grading.grade({
      attemptId: started.attemptId,
      slot: essay.slot,
      levels: best,
      comment: 'Clear and well argued.',
    });
    expect(graded.pending).toBe(false);
    expect(graded.points).toBeGreaterThan(submitted.points ?? 0);
    // The learner hears it is graded (the score is in the review, not the mail).
    expect(await noticeSubjects()).toContain(
      `Your essay on ${(await as(learner).course.quiz({ quizId: 'quiz-forms' })).title} is graded`,
    );
    expect((await grader.grading.queue({ quizId: 'quiz-forms' })).essays).toEqual([]);

    // A regrade previewed before this grade was saved would undo it: it is refused.
    const [row] = await db
      .select()
      .from(schema.attempts)
      .where(eq(schema.attempts.id, started.attemptId));
    if (!row) throw new Error('attempt vanished');
    const stale = await applyRegrade(db, {
      actorId: instructor.id,
      reason: 'previewed before the grade',
      itemId: essay.item.id,
      changes: [
        {
          attemptId: row.id,
          fromVersion: row.quizVersion,
          toVersion: row.quizVersion,
          gradesSeen: {},
          points: 0,
          maxPoints: row.maxPoints ?? 0,
          fraction: 0,
          pending: true,
          result: row.result,
          items: [],
        },
      ],
    });
    expect(stale).toEqual({ ok: false, stale: [row.id] });

    const review = await api.attempt.review({ attemptId: started.attemptId });
    expect(review.total.pending).toBe(false);
    const item = review.items.find((i) => i.slot === essay.slot);
    expect(item?.pending).toBe(false);
    expect(item?.feedback).toContain('Clear and well argued.');
  });

  it('answers 404 for a slot that is not an essay, or an attempt not submitted', async () => {
    const grader = as(instructor);
    expect(await code(grader.grading.essay({ attemptId: 'nope', slot: 's1.1' }))).toBe('NOT_FOUND');
  });
});

describe('the quiz builder', () => {
  const spec = {
    title: 'Trust drill',
    kind: 'practice',
    settings: { behaviour: 'interactive' },
    sections: [{ id: 'main', entries: [{ kind: 'draw', from: 'items', count: 3 }] }],
  };

  it('opens any stored quiz as a spec that checks clean against the bank', async () => {
    const api = as(instructor);
    const final = await api.quizzes.get({ quizId: 'final-assessment' });
    expect(final.spec.pool.mode).toBe('list');
    const check = await api.quizzes.check({ quizId: 'final-assessment', spec: final.spec });
    expect(check.issues).toEqual([]);
    expect(check.papers?.papers).toBeGreaterThan(1e9);
    expect(check.slots).toBeGreaterThan(16);
  });

  it('refuses to publish what does not check, then publishes version 1 and version 2', async () => {
    const api = as(instructor);
    const bad = {
      ...spec,
      sections: [{ id: 'main', entries: [{ kind: 'item', itemId: 'ghost' }] }],
    };
    const check = await api.quizzes.check({ quizId: 'drill', spec: bad });
    expect(check.issues.map((i) => i.path)).toEqual(['sections[0].entries[0].itemId']);
    expect(
      await code(api.quizzes.publish({ quizId: 'drill', spec: bad, moduleId: null, create: true })),
    ).toBe('BAD_REQUEST');
    expect(
      await api.quizzes.publish({
        quizId: 'drill',
        spec,
        moduleId: 'forms-of-alliance',
        create: true,
      }),
    ).toEqual({ version: 1 });
    expect(
      await code(api.quizzes.publish({ quizId: 'drill', spec, moduleId: null, create: true })),
    ).toBe('CONFLICT');
    expect(
      await api.quizzes.publish({
        quizId: 'drill',
        spec: { ...spec, title: 'Trust drill, again' },
        moduleId: 'forms-of-alliance',
        create: false,
        baseVersion: 1,
      }),
    ).toEqual({ version: 2 });
    // A builder still open on version 1 cannot overwrite version 2.
    expect(
      await code(
        api.quizzes.publish({
          quizId: 'drill',
          spec,
          moduleId: null,
          create: false,
          baseVersion: 1,
        }),
      ),
    ).toBe('CONFLICT');
    // Learners see it, with its settings, and can start it.
    const learnerApi = as(learner);
    expect((await learnerApi.course.quizzes()).map((q) => q.quizId)).toContain('drill');
    const info = await learnerApi.course.quiz({ quizId: 'drill' });
    expect(info).toMatchObject({ title: 'Trust drill, again', moduleId: 'forms-of-alliance' });
    expect(info.settings.behaviour).toBe('interactive');
    const started = await learnerApi.attempt.start({ quizId: 'drill' });
    expect(started.presentation.sections[0]?.entries).toHaveLength(3);
  });
});

describe('the final’s bank stays summative when quizzes are built', () => {
  const finalItem = summativeItems[0]?.item.id ?? '';
  const lessonCheck = [...EXERCISES][0] ?? '';

  it('refuses a practice quiz holding a final item, and a final holding a lesson check', async () => {
    const api = as(instructor);
    const leaky = {
      title: 'Leaky drill',
      kind: 'practice',
      settings: { behaviour: 'interactive' },
      sections: [{ id: 'main', entries: [{ kind: 'item', itemId: finalItem }] }],
    };
    const check = await api.quizzes.check({ quizId: 'leaky', spec: leaky });
    expect(check.ok).toBe(false);
    expect(check.issues.map((i) => i.message)).toEqual([
      `item ${finalItem} of summative final-assessment is also on practice quiz leaky, whose review shows its key`,
    ]);
    expect(
      await code(
        api.quizzes.publish({ quizId: 'leaky', spec: leaky, moduleId: null, create: true }),
      ),
    ).toBe('BAD_REQUEST');

    // The final itself, opened in the builder: a lesson check added, and its review opened.
    const opened = await api.quizzes.get({ quizId: 'final-assessment' });
    const { spec } = opened;
    if (spec.pool.mode !== 'list') throw new Error('the final lists its pool');
    const changed = {
      ...spec,
      settings: { ...spec.settings, reviewShowsKey: true },
      pool: { ...spec.pool, items: [...spec.pool.items, lessonCheck] },
    };
    const issues = (await api.quizzes.check({ quizId: 'final-assessment', spec: changed })).issues;
    expect(new Set(issues.map((i) => i.path))).toEqual(
      new Set(['pool', 'settings.reviewShowsKey']),
    );
    // The lesson check is named as such, and as on each practice quiz that shows it.
    const pool = issues.filter((i) => i.path === 'pool').map((i) => i.message);
    expect(
      pool.every((m) => m.startsWith(`item ${lessonCheck} of summative final-assessment`)),
    ).toBe(true);
    expect(pool).toContain(
      `item ${lessonCheck} of summative final-assessment is a lesson check, which explains it`,
    );
    expect(
      await code(
        api.quizzes.publish({
          quizId: 'final-assessment',
          spec: changed,
          moduleId: null,
          create: false,
          baseVersion: opened.version,
        }),
      ),
    ).toBe('BAD_REQUEST');
    expect((await api.quizzes.get({ quizId: 'final-assessment' })).version).toBe(opened.version);
  });

  it('draws a practice quiz from the whole bank without the final’s items', async () => {
    const api = as(instructor);
    const spec = {
      title: 'Whole-bank drill',
      kind: 'practice',
      settings: { behaviour: 'interactive' },
      sections: [{ id: 'main', entries: [{ kind: 'draw', from: 'items', count: 5 }] }],
    };
    expect(
      await api.quizzes.publish({ quizId: 'whole-bank', spec, moduleId: null, create: true }),
    ).toEqual({ version: 1 });
    const stored = await api.quizzes.get({ quizId: 'whole-bank' });
    if (stored.spec.pool.mode !== 'list') throw new Error('stored pools are lists');
    const held = new Set(summativeItems.map((i) => i.item.id));
    expect(stored.spec.pool.items.length).toBeGreaterThan(50);
    expect(stored.spec.pool.items.filter((id) => held.has(id))).toEqual([]);
  });
});

describe('lesson checks follow published versions', () => {
  it('shows and scores a lesson’s exercise as instructors last published it', async () => {
    const lesson = course.modules[0]?.lessons[0];
    if (!lesson) throw new Error('no lesson');
    const before = await as(learner).course.lesson({ slug: lesson.slug });
    const [id] = Object.keys(before.exercises);
    if (!id) throw new Error('lesson without exercises');
    const item = await as(instructor).authoring.item({ itemId: id });
    const edited = {
      ...(item.definition as Record<string, unknown>),
      prompt: 'Edited by an instructor: which is it?',
    };
    await as(instructor).authoring.saveDraft({ itemId: id, definition: edited });
    await as(instructor).authoring.publish({ itemId: id });
    const after = await as(learner).course.lesson({ slug: lesson.slug });
    expect(after.exercises[id]?.prompt).toBe('Edited by an instructor: which is it?');
    expect(JSON.stringify(after.exercises)).not.toMatch(
      /"(fraction|correct|feedback|explanation)"/,
    );
  });
});

describe('review options', () => {
  it('keeps the key and feedback out of the review when the quiz says so', async () => {
    await as(instructor).quizzes.publish({
      quizId: 'no-key',
      moduleId: null,
      create: true,
      spec: {
        title: 'No key',
        settings: { reviewShowsKey: false, reviewShowsFeedback: false },
        sections: [{ id: 's', entries: [{ kind: 'draw', from: 'items', count: 4 }] }],
      },
    });
    const api = as(learner);
    const started = await api.attempt.start({ quizId: 'no-key' });
    await api.attempt.submit({ attemptId: started.attemptId });
    const review = await api.attempt.review({ attemptId: started.attemptId });
    expect(review.items.every((i) => i.key === null && i.explanation === '')).toBe(true);
    // Part marks and the worked breakdown would give the key away too; the total stays.
    expect(review.items.every((i) => i.breakdown === '' && Object.keys(i.parts).length === 0)).toBe(
      true,
    );
    expect(review.total.lines).toHaveLength(1);
    expect(review.total.points).not.toBeNull();
  });
});

describe('the case editor', () => {
  it('publishes a new case from bank items, puts them in the bank under it, and weighs it', async () => {
    const api = as(instructor);
    const pick = async (type: 'choice' | 'numeric' | 'ordering') => {
      const found = (await api.authoring.items({ type, status: 'published' })).items.find(
        (i) => i.caseId === null,
      );
      if (!found) throw new Error(`no standalone ${type}`);
      // A case holds copies under ids of its own (an item lives in one place).
      const definition = (await api.authoring.item({ itemId: found.id })).definition as Record<
        string,
        unknown
      >;
      return { ...definition, id: `harbour-${found.id}` };
    };
    const items = [await pick('choice'), await pick('numeric'), await pick('ordering')];
    const definition = {
      title: 'Harbour alliance',
      stimulus: 'Two ports share a terminal.\n\n| Year | TEU (k) |\n|---|---|\n| 2024 | 310 |',
      items,
      points: 6,
    };
    const broken = { ...definition, items: [...items, items[0]] };
    const standalone = (await api.authoring.items({ type: 'short-text' })).items.find(
      (i) => i.caseId === null,
    );
    const shared = (await api.authoring.item({ itemId: String(standalone?.id) })).definition;
    expect(
      await code(
        api.cases.publish({
          caseId: 'harbour',
          definition: { ...definition, items: [...items, shared] },
          moduleId: null,
          create: true,
        }),
      ),
    ).toBe('CONFLICT');
    expect(
      await code(
        api.cases.publish({ caseId: 'harbour', definition: broken, moduleId: null, create: true }),
      ),
    ).toBe('BAD_REQUEST');
    const published = await api.cases.publish({
      caseId: 'harbour',
      definition,
      moduleId: 'six-obstacles',
      create: true,
    });
    expect(published.version).toBe(1);
    const stored = await api.cases.get({ caseId: 'harbour' });
    expect(stored.issues).toEqual([]);
    expect((stored.definition as { points: number }).points).toBe(6);
    const row = await api.authoring.item({ itemId: String(items[0]?.id) });
    expect(row.caseId).toBe('harbour');
    // A quiz built on the case scores it at its weight.
    await as(instructor).quizzes.publish({
      quizId: 'harbour-quiz',
      moduleId: null,
      create: true,
      spec: {
        title: 'Harbour',
        sections: [{ id: 's', entries: [{ kind: 'case', caseId: 'harbour' }] }],
      },
    });
    const started = await as(learner).attempt.start({ quizId: 'harbour-quiz' });
    const submitted = await as(learner).attempt.submit({ attemptId: started.attemptId });
    expect(submitted.maxPoints).toBeCloseTo(6, 6);
    // Detaching an item makes it standalone again.
    await api.cases.publish({
      caseId: 'harbour',
      definition: { ...definition, items: items.slice(0, 2) },
      moduleId: 'six-obstacles',
      create: false,
      baseVersion: 1,
    });
    expect((await api.authoring.item({ itemId: String(items[2]?.id) })).caseId).toBeNull();
  });
});

describe('QTI import and export', () => {
  const fixture = (name: string) =>
    readFileSync(new URL(`../../qti/test/fixtures/${name}`, import.meta.url)).toString('base64');

  it('previews an item without writing it, imports it on confirm, and leaves it out the second time', async () => {
    const api = as(instructor);
    const file = { fileName: 'choice.xml', data: fixture('choice-match-correct.xml') };
    const preview = await api.qti.preview(file);
    expect(preview.items).toHaveLength(1);
    const id = preview.items[0]?.definition.id ?? '';
    expect(preview.items[0]?.exists).toBe(false);
    expect(await code(api.authoring.item({ itemId: id }))).toBe('NOT_FOUND');
    const applied = await api.qti.importFile(file);
    expect(applied).toMatchObject({ items: 1, cases: 0, leftOut: 0 });
    const stored = await api.authoring.item({ itemId: id });
    expect(stored).toMatchObject({ status: 'published', currentVersion: 1 });
    expect(stored.versions[0]?.note).toBe('imported from choice.xml');
    expect((await api.qti.preview(file)).items[0]?.exists).toBe(true);
    expect(await code(api.qti.importFile(file))).toBe('BAD_REQUEST');
  });

  it('explains what it cannot import, and refuses what is not base64', async () => {
    const api = as(instructor);
    const broken = await api.qti.preview({ fileName: 'bad.xml', data: fixture('malformed.xml') });
    expect(broken.items).toEqual([]);
    expect([...broken.errors, ...broken.skipped.map((s) => s.reason)].join(' ')).not.toBe('');
    const hotspot = await api.qti.preview({ fileName: 'h.xml', data: fixture('hotspot.xml') });
    expect(hotspot.skipped[0]?.reason).toMatch(/hotspot/i);
    expect(await code(api.qti.preview({ fileName: 'x.xml', data: 'not base64!' }))).toBe(
      'BAD_REQUEST',
    );
  });

  it('exports the bank as a package that imports back to the same items', async () => {
    const api = as(instructor);
    const exported = await api.qti.export({});
    expect(exported.exported.length).toBeGreaterThan(50);
    expect(exported.notExported.every((n) => n.reason.length > 0)).toBe(true);
    const back = await api.qti.preview({ fileName: exported.fileName, data: exported.data });
    expect(back.errors).toEqual([]);
    // Everything exported is in the bank already, so an import would leave it all out.
    expect(back.items.every((i) => i.exists)).toBe(true);
    expect(back.items.length + back.cases.length).toBeGreaterThan(50);
  });
});

describe('the item analysis', () => {
  it('reads the rollups the submissions, regrades and grades moved (their sums: packages/db rollups.db.test.ts)', async () => {
    // At least the one submission with a choice picked.
    await keyFixed();
    const analysis = await as(instructor).analytics.itemAnalysis({ quizId: 'quiz-obstacles' });
    expect(analysis.items.length).toBeGreaterThan(0);
    // A handful of answers: counted, but too few for figures, and the page says so.
    expect(
      analysis.items.every(
        (i) => i.n > 0 && (i.facility !== null || i.reason?.startsWith('not enough attempts')),
      ),
    ).toBe(true);
    expect(analysis.test.attempts).toBeGreaterThan(0);
    expect(analysis.cases.length).toBeGreaterThan(0);
    // The learner's pick on the regraded choice item is counted against its option.
    const picked = analysis.items.flatMap((i) => i.distractors?.options ?? []);
    expect(picked.reduce((sum, o) => sum + o.count, 0)).toBeGreaterThan(0);
  });

  it('is refused to learners', async () => {
    expect(await code(as(learner).analytics.itemAnalysis({ quizId: 'quiz-obstacles' }))).toBe(
      'FORBIDDEN',
    );
  });
});
