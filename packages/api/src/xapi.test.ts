import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type ActivityNames,
  isoDuration,
  type LearningEvent,
  toStatement,
  uuidFor,
  xapiStatementSchema,
} from './xapi';

const WEB = 'https://learn.example.com/';
const names: ActivityNames = {
  lessons: new Map([['l1', 'Why alliances fail']]),
  quizzes: new Map([['q1', 'Practice quiz']]),
  items: new Map([
    ['i-choice', { prompt: 'Which?', type: 'choice' }],
    ['i-essay', { prompt: 'Why?', type: 'essay' }],
  ]),
};
const base: LearningEvent = {
  id: '3f1c2a9e-7b4d-4c1e-9a2b-0c6d5e4f3a21',
  userId: 'u-1',
  userName: 'Ann',
  verb: 'completed',
  objectType: 'lesson',
  objectId: 'l1',
  attemptId: null,
  slot: null,
  result: null,
  occurredAt: new Date('2026-11-27T10:00:00Z'),
};
const valid = (statement: unknown) => xapiStatementSchema.safeParse(statement);

describe('toStatement', () => {
  it('says a learner completed a lesson, identified by account, not by email', () => {
    const s = toStatement(base, names, WEB);
    expect(valid(s).success).toBe(true);
    expect(s.verb.id).toBe('http://adlnet.gov/expapi/verbs/completed');
    expect(s.actor).toEqual({
      objectType: 'Agent',
      name: 'Ann',
      account: { homePage: 'https://learn.example.com', name: 'u-1' },
    });
    expect(s.object.id).toBe('https://learn.example.com/activities/lesson/l1');
    expect(s.object.definition.name).toEqual({ 'en-US': 'Why alliances fail' });
    expect(s.timestamp).toBe('2026-11-27T10:00:00.000Z');
  });

  it('says passed or failed for an attempt with a pass mark, with score and duration', () => {
    const attempt: LearningEvent = {
      ...base,
      objectType: 'attempt',
      objectId: 'q1',
      attemptId: 'att_1',
      result: {
        points: 6,
        maxPoints: 8,
        fraction: 0.75,
        pending: false,
        passed: true,
        startedAt: '2026-11-27T09:40:00Z',
        submittedAt: '2026-11-27T09:52:30.5Z',
      },
    };
    const s = toStatement(attempt, names, WEB);
    expect(valid(s).success).toBe(true);
    expect(s.verb.display).toEqual({ 'en-US': 'passed' });
    expect(s.result).toMatchObject({
      score: { scaled: 0.75, raw: 6, min: 0, max: 8 },
      success: true,
      completion: true,
      duration: 'PT12M30.5S',
    });
    expect(s.context?.registration).toBe(uuidFor('attempt', 'att_1'));
    const failed = toStatement(
      { ...attempt, result: { ...(attempt.result as object), passed: false } },
      names,
      WEB,
    );
    expect(failed.verb.display).toEqual({ 'en-US': 'failed' });
  });

  it('leaves the score out while an essay waits for a grade, and marks it provisional', () => {
    const s = toStatement(
      {
        ...base,
        verb: 'answered',
        objectType: 'item',
        objectId: 'i-essay',
        attemptId: 'att_1',
        slot: 's1.2',
        result: { points: 0, maxPoints: 4, fraction: 0, pending: true, picks: null, quizId: 'q1' },
      },
      names,
      WEB,
    );
    expect(valid(s).success).toBe(true);
    expect(s.result).toEqual({
      extensions: { 'https://learn.example.com/xapi/extensions/provisional': true },
    });
    expect(s.object.definition).toMatchObject({ interactionType: 'long-fill-in' });
    expect(xapiStatementSchema.parse(s).context?.contextActivities?.parent?.[0]?.id).toBe(
      'https://learn.example.com/activities/quiz/q1',
    );
  });

  it('gives a choice item its response in xAPI form and its success', () => {
    const s = toStatement(
      {
        ...base,
        verb: 'answered',
        objectType: 'item',
        objectId: 'i-choice',
        attemptId: 'att_1',
        slot: 's1.1',
        result: {
          points: -0.5,
          maxPoints: 2,
          fraction: -0.25,
          pending: false,
          picks: ['b'],
          quizId: 'q1',
        },
      },
      names,
      WEB,
    );
    expect(valid(s).success).toBe(true);
    expect(s.result).toMatchObject({
      score: { scaled: -0.25, raw: -0.5, min: -0.5, max: 2 },
      success: false,
      response: 'b',
    });
  });

  it('makes a valid statement of any event', () => {
    const event = fc.record({
      id: fc.uuid({ version: 4 }),
      userId: fc.string({ minLength: 1, maxLength: 20 }),
      userName: fc.string({ maxLength: 30 }),
      verb: fc.constantFrom('completed', 'answered', 'scored'),
      objectType: fc.constantFrom('lesson', 'attempt', 'item'),
      objectId: fc.string({ minLength: 1, maxLength: 30 }),
      attemptId: fc.option(fc.string({ minLength: 1, maxLength: 20 })),
      slot: fc.option(fc.string({ maxLength: 8 })),
      result: fc.option(
        fc.record(
          {
            points: fc.double({ min: -100, max: 100, noNaN: true }),
            maxPoints: fc.double({ min: -5, max: 100, noNaN: true }),
            fraction: fc.option(fc.double({ min: -3, max: 3, noNaN: true })),
            pending: fc.boolean(),
            passed: fc.option(fc.boolean()),
            picks: fc.option(fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 })),
            quizId: fc.string({ maxLength: 10 }),
            startedAt: fc.constant('2026-01-01T00:00:00Z'),
            submittedAt: fc.constantFrom('2026-01-01T01:02:03Z', 'not a date'),
          },
          { requiredKeys: [] },
        ),
      ),
      occurredAt: fc.date({
        min: new Date('2000-01-01'),
        max: new Date('2100-01-01'),
        noInvalidDate: true,
      }),
    });
    fc.assert(
      fc.property(event, (e) => {
        const parsed = valid(toStatement(e, names, WEB));
        if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues));
      }),
    );
  });
});

describe('xapiStatementSchema', () => {
  const good = toStatement(base, names, WEB);

  it.each([
    ['an id that is not a UUID', { ...good, id: 'att_1' }],
    ['an agent with two identifiers', { ...good, actor: { ...good.actor, mbox: 'mailto:a@b.c' } }],
    ['an agent with none', { ...good, actor: { objectType: 'Agent', name: 'Ann' } }],
    ['a relative activity id', { ...good, object: { ...good.object, id: '/lessons/l1' } }],
    ['a scaled score above 1', { ...good, result: { score: { scaled: 1.5 } } }],
    ['a raw score above the max', { ...good, result: { score: { raw: 9, min: 0, max: 8 } } }],
    ['a property xAPI does not define', { ...good, grade: 'A' }],
    ['a timestamp without a time zone', { ...good, timestamp: '2026-11-27T10:00:00' }],
    ['a display keyed by no language', { ...good, verb: { ...good.verb, display: { x: 'done' } } }],
    ['a duration that is not ISO 8601', { ...good, result: { duration: '12 minutes' } }],
  ])('refuses %s', (_, statement) => {
    expect(valid(statement).success).toBe(false);
  });
});

describe('helpers', () => {
  it('gives the same UUID for the same attempt and a different one for another', () => {
    expect(uuidFor('attempt', 'a')).toBe(uuidFor('attempt', 'a'));
    expect(uuidFor('attempt', 'a')).not.toBe(uuidFor('attempt', 'b'));
    expect(uuidFor('attempt', 'a')).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });

  it('writes durations in ISO 8601', () => {
    expect(isoDuration(0)).toBe('PT0S');
    expect(isoDuration(750_500)).toBe('PT12M30.5S');
    expect(isoDuration(3_600_000 + 1000)).toBe('PT1H1S');
    expect(isoDuration(-5)).toBe('PT0S');
  });
});
