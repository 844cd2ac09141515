import { describe, expect, it } from 'vitest';
import { createRng } from '../random';
import { sampleItem } from '../samples';
import { essay, essayDefinitionSchema, gradeEssay } from './essay';
import { inlineChoice, inlineChoiceDefinitionSchema } from './inline-choice';

// The sample's two gaps, the second weighing three times the first.
const gaps = sampleItem('inline-choice', {
  gaps: sampleItem('inline-choice').gaps.map((g) => (g.id === 'other' ? { ...g, weight: 3 } : g)),
});

describe('inline choice', () => {
  it('rejects an option that is not text without throwing, e.g. { toString: 1 }', () => {
    const raw = JSON.parse('{"gaps":{"kind":{"toString":1},"other":["v"]}}');
    expect(inlineChoice.parseResponse(gaps, raw)).toEqual({
      ok: false,
      issues: [
        { path: 'gaps.kind', message: 'must be an option id or null' },
        { path: 'gaps.other', message: 'must be an option id or null' },
      ],
    });
  });

  it('reads only the learner’s own answers: a gap id such as toString is left empty', () => {
    const tricky = inlineChoiceDefinitionSchema.parse({
      ...gaps,
      text: 'A {{toString}} alliance.',
      gaps: [{ ...gaps.gaps[0], id: 'toString', feedback: 'Equity means shares.' }],
    });
    expect(inlineChoice.score(tricky, { gaps: {} })).toMatchObject({
      fraction: 0,
      feedback: [],
      steps: ['gap toString: empty', '0 of 1 gap weight right → 0'],
    });
  });

  it('rejects more entries than gaps in one issue', () => {
    const many = Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`g${i}`, 'v']));
    expect(inlineChoice.parseResponse(gaps, { gaps: many })).toEqual({
      ok: false,
      issues: [{ path: 'gaps', message: 'has 500 entries for 2 gaps' }],
    });
  });

  it('credits each gap by weight', () => {
    const s = inlineChoice.score(gaps, { gaps: { kind: 'h', other: 'h' } });
    expect(s.fraction).toBe(0.75);
    expect(s.feedback).toEqual(['KEY-ONLY']);
    expect(s.parts).toEqual({ kind: false, other: true });
  });

  it('splits the text into segments without answers', () => {
    const shown = inlineChoice.present(gaps, createRng('s'));
    expect(shown.segments.map((s) => s.kind)).toEqual(['text', 'gap', 'text', 'gap', 'text']);
    expect(JSON.stringify(shown)).not.toMatch(/answer|weight|feedback|KEY-ONLY/);
  });

  it('checks that text and gaps agree', () => {
    const broken = { ...gaps, text: 'Only {{ghost}}.' };
    expect(inlineChoice.check(broken)).toEqual([
      { path: 'gaps[0].id', message: 'the text has no {{kind}}' },
      { path: 'gaps[1].id', message: 'the text has no {{other}}' },
      { path: 'text', message: '{{ghost}} has no gap definition' },
    ]);
  });

  it('rejects unknown gaps and options', () => {
    expect(inlineChoice.parseResponse(gaps, { gaps: { kind: 'zz', nope: 'v' } })).toMatchObject({
      ok: false,
      issues: [
        { path: 'gaps.kind', message: 'unknown option "zz"' },
        { path: 'gaps.nope', message: 'unknown gap "nope"' },
      ],
    });
  });
});

const memo = essayDefinitionSchema.parse({
  type: 'essay',
  id: 'e',
  prompt: 'Advise the board.',
  maxWords: 5,
  rubric: [
    {
      id: 'diag',
      title: 'Diagnosis',
      levels: [
        { id: 'no', label: 'Missing', points: 0 },
        { id: 'ok', label: 'Sound', points: 2 },
        { id: 'top', label: 'Precise', points: 4 },
      ],
    },
    {
      id: 'fix',
      title: 'Remedy',
      levels: [
        { id: 'no', label: 'Missing', points: 0 },
        { id: 'yes', label: 'Tied to the obstacle', points: 2 },
      ],
    },
  ],
});

describe('essay', () => {
  it('is pending until graded, and 0 when empty', () => {
    expect(essay.score(memo, { text: 'Renew with care.' })).toMatchObject({
      fraction: 0,
      pending: true,
    });
    expect(essay.score(memo, { text: '  ' })).toMatchObject({ fraction: 0 });
    expect(essay.score(memo, { text: '  ' }).pending).toBeUndefined();
  });

  it('grades against the rubric: points earned / points possible', () => {
    const graded = gradeEssay(memo, {
      levels: { diag: 'ok', fix: 'yes' },
      comment: 'Good remedy.',
    });
    expect(graded).toMatchObject({
      ok: true,
      value: { feedback: ['Good remedy.'], parts: { diag: false, fix: true } },
    });
    expect(graded.ok && graded.value.fraction).toBeCloseTo(4 / 6, 9);
  });

  it('needs a known level for every criterion', () => {
    expect(gradeEssay(memo, { levels: { diag: 'great' } })).toEqual({
      ok: false,
      issues: [
        { path: 'levels.diag', message: 'unknown level "great"' },
        { path: 'levels.fix', message: 'choose a level for "Remedy"' },
      ],
    });
  });

  it('reads only the grader’s own choices: a criterion id such as toString needs a level', () => {
    const tricky = essayDefinitionSchema.parse({
      ...memo,
      rubric: [{ ...memo.rubric[0], id: 'toString' }],
    });
    expect(gradeEssay(tricky, { levels: {} })).toEqual({
      ok: false,
      issues: [{ path: 'levels.toString', message: 'choose a level for "Diagnosis"' }],
    });
  });

  it('enforces the word limit on responses', () => {
    expect(essay.parseResponse(memo, { text: 'one two three four five six' })).toEqual({
      ok: false,
      issues: [{ path: 'text', message: 'has 6 words; the limit is 5' }],
    });
  });
});
