import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng } from '../random';
import { type ChoiceDefinition, choice, choiceDefinitionSchema } from './choice';

const def: ChoiceDefinition = choiceDefinitionSchema.parse({
  type: 'choice',
  id: 'q1',
  prompt: 'Which obstacle is at work?',
  options: [
    { id: 'a', text: 'Path dependence', fraction: 1, feedback: 'Yes: the renewal is habit.' },
    { id: 'b', text: 'Mistiming', fraction: -0.25, feedback: 'Timing is fine here.' },
    { id: 'c', text: 'Cultural conflict', fraction: 0.5 },
    { id: 'd', text: 'Lack of trust' },
  ],
});

describe('choice', () => {
  it('scores the chosen option’s fraction, negative included, with its feedback', () => {
    expect(choice.score(def, { choice: 'a' })).toMatchObject({
      fraction: 1,
      feedback: ['Yes: the renewal is habit.'],
      parts: { a: true },
    });
    expect(choice.score(def, { choice: 'b' })).toMatchObject({
      fraction: -0.25,
      parts: { b: false },
    });
    expect(choice.score(def, { choice: 'c' }).fraction).toBe(0.5);
    expect(choice.score(def, { choice: 'd' }).fraction).toBe(0);
    expect(choice.score(def, { choice: null })).toMatchObject({
      fraction: 0,
      steps: ['no answer → 0'],
    });
  });

  it('explains the score', () => {
    expect(choice.score(def, { choice: 'b' }).steps).toEqual(['chose "Mistiming" (−0.25) → -0.25']);
  });

  it('rejects responses it cannot score, precisely', () => {
    expect(choice.parseResponse(def, { choice: 'z' })).toEqual({
      ok: false,
      issues: [{ path: 'choice', message: 'unknown option "z"' }],
    });
    expect(choice.parseResponse(def, { choice: 3 })).toMatchObject({ ok: false });
    expect(choice.parseResponse(def, 'a')).toMatchObject({ ok: false });
    expect(choice.parseResponse(def, { choice: null })).toEqual({
      ok: true,
      value: { choice: null },
    });
  });

  it('catches duplicate option ids and a missing full-mark option', () => {
    const broken = choiceDefinitionSchema.parse({
      ...def,
      options: [
        { id: 'a', text: 'One', fraction: 0.5 },
        { id: 'a', text: 'Two' },
      ],
    });
    expect(choice.check(broken)).toEqual([
      { path: 'options[0].id', message: '"a" is used by another option' },
      { path: 'options[1].id', message: '"a" is used by another option' },
      { path: 'options', message: 'no option is worth full marks (fraction 1)' },
    ]);
  });

  it('presents options without fractions or feedback, same seed same order', () => {
    const shown = choice.present(def, createRng('seed-1'));
    expect(JSON.stringify(shown)).not.toMatch(/fraction|feedback|renewal/);
    expect(choice.present(def, createRng('seed-1'))).toEqual(shown);
    expect(shown.options.map((o) => o.id).sort()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('gives the same score to the same choice however options are ordered', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3 }), fc.string(), (pick, seed) => {
        const shuffled = { ...def, options: createRng(seed).shuffle(def.options) };
        const id = def.options[pick]?.id ?? 'a';
        expect(choice.score(shuffled, { choice: id }).fraction).toBe(
          choice.score(def, { choice: id }).fraction,
        );
      }),
    );
  });
});
