import { describe, expect, it } from 'vitest';
import { createRng } from '../random';
import { sampleItem } from '../samples';
import { categorize } from './categorize';
import { matching, matchingDefinitionSchema } from './matching';

const theories = sampleItem('matching');

describe('matching', () => {
  it('per-pair: right pairs / premises; a distractor is simply wrong', () => {
    const s = matching.score(theories, { matches: { vc: 'link', rbv: 'price', tc: 'cost' } });
    expect(s.fraction).toBeCloseTo(2 / 3, 9);
    expect(s.parts).toEqual({ vc: true, rbv: false, tc: true });
    expect(s.policy).toBe('matching/per-part');
  });

  it('all-or-nothing', () => {
    const strict = { ...theories, policy: 'all-or-nothing' as const };
    expect(
      matching.score(strict, { matches: { vc: 'link', rbv: 'res', tc: 'cost' } }).fraction,
    ).toBe(1);
    expect(matching.score(strict, { matches: { vc: 'link', rbv: 'res' } }).fraction).toBe(0);
  });

  it('lets a response be used twice', () => {
    const s = matching.score(theories, { matches: { vc: 'link', rbv: 'link', tc: null } });
    expect(s.fraction).toBeCloseTo(1 / 3, 9);
    expect(s.steps).toContain('"Transaction cost theory": not answered');
  });

  it('rejects unknown premises and responses', () => {
    expect(matching.parseResponse(theories, { matches: { xx: 'link', vc: 'nope' } })).toEqual({
      ok: false,
      issues: [
        { path: 'matches.xx', message: 'unknown premise "xx"' },
        { path: 'matches.vc', message: 'unknown choice "nope"' },
      ],
    });
  });

  it('catches a premise matched to a response that does not exist', () => {
    const broken = {
      ...theories,
      premises: [...theories.premises, { id: 'x', text: 'X', match: 'gone' }],
    };
    expect(matching.check(broken)).toEqual([
      { path: 'premises[3].match', message: '"gone" is not one of the responses' },
    ]);
  });

  it('reads only the learner’s own answers: a premise id such as valueOf is not answered', () => {
    const tricky = matchingDefinitionSchema.parse({
      ...theories,
      premises: [
        { id: 'valueOf', text: 'Value chain theory', match: 'link' },
        { id: 'toString', text: 'Resource-based view', match: 'res' },
      ],
    });
    const s = matching.score(tricky, { matches: {} });
    expect(s.steps).toEqual([
      '"Value chain theory": not answered',
      '"Resource-based view": not answered',
      '0 of 2 right → 0',
    ]);
    expect(matching.score(tricky, matching.keyResponse(tricky) ?? { matches: {} }).fraction).toBe(
      1,
    );
  });

  it('rejects a response with more entries than premises in one issue', () => {
    const matches = Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`k${i}`, 'link']));
    expect(matching.parseResponse(theories, { matches })).toEqual({
      ok: false,
      issues: [{ path: 'matches', message: 'has 1000 entries for 3 premises' }],
    });
  });

  it('presents no match keys', () => {
    expect(JSON.stringify(matching.present(theories, createRng(1)))).not.toContain('"match":');
  });
});

const forms = sampleItem('categorize');

describe('categorize', () => {
  it('per-card credit, unplaced cards count as wrong', () => {
    const s = categorize.score(forms, {
      placements: { rd: 'contract', jv: 'equity', swap: 'contract' },
    });
    expect(s.fraction).toBe(0.5);
    expect(s.parts).toEqual({ rd: true, jv: true, swap: false, supply: false });
  });

  it('all-or-nothing', () => {
    const strict = { ...forms, policy: 'all-or-nothing' as const };
    expect(
      categorize.score(strict, categorize.keyResponse(strict) ?? { placements: {} }).fraction,
    ).toBe(1);
    expect(categorize.score(strict, { placements: { rd: 'contract' } }).fraction).toBe(0);
  });

  it('shows buckets and shuffled cards, never the bucket of a card', () => {
    const shown = categorize.present(forms, createRng('x'));
    expect(shown.cards.map((c) => Object.keys(c))).toEqual(shown.cards.map(() => ['id', 'text']));
  });
});
