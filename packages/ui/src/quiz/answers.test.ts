import { describe, expect, it } from 'vitest';
import { afterSave, type KeptAnswer, readKept, reconcile, sameAnswer, writeKept } from './answers';

const a = (response: unknown, extra: Partial<KeptAnswer> = {}): KeptAnswer => ({
  response,
  base: 5,
  ...extra,
});

describe('reconcile: which kept answers still belong on the server after a reload', () => {
  it('resends an answer the server never got', () => {
    const out = reconcile({ q1: a({ choice: 'b' }) }, { q1: { response: { choice: 'a' }, at: 3 } });
    expect(out.keep).toHaveProperty('q1');
    expect(out.overridden).toEqual([]);
  });

  it('gives way to a newer answer from another tab, and says so', () => {
    // Tab A made its answer on sequence 5; tab B wrote q1 at 6.
    const out = reconcile({ q1: a({ choice: 'b' }) }, { q1: { response: { choice: 'c' }, at: 6 } });
    expect(out.keep).toEqual({});
    expect(out.overridden).toEqual(['q1']);
  });

  it('keeps an answer to a slot the other tab did not touch', () => {
    const out = reconcile(
      { q1: a({ choice: 'b' }), q2: a({ text: '42' }) },
      { q1: { response: { choice: 'c' }, at: 6 }, q2: { response: { text: '4' }, at: 2 } },
    );
    expect(Object.keys(out.keep)).toEqual(['q2']);
    expect(out.overridden).toEqual(['q1']);
  });

  it('forgets quietly what the server has: a save whose answer was lost, or the same answer', () => {
    const saved = reconcile(
      { q1: a({ choice: 'b' }, { savedAt: 6 }) },
      { q1: { response: { choice: 'b' }, at: 6 } },
    );
    expect(saved).toEqual({ keep: {}, dropped: ['q1'], overridden: [] });
    // The save was in flight at the reload and committed: its slot is newer than the base.
    const inFlight = reconcile(
      { q1: a({ choice: 'b' }) },
      { q1: { response: { choice: 'b' }, at: 6 } },
    );
    expect(inFlight.dropped).toEqual(['q1']);
  });

  it('keeps an invalid answer shown where no one else answered', () => {
    const out = reconcile({ q1: a({ text: '29,x' }, { invalid: 'not a number' }) }, {});
    expect(out.keep.q1?.invalid).toBe('not a number');
  });
});

describe('afterSave', () => {
  it('marks what the save carried and rebases the rest', () => {
    const kept = { q1: a({ choice: 'b' }), q2: a({ choice: 'c' }) };
    const next = afterSave(kept, { q1: { response: { choice: 'b' } } }, 6);
    expect(next.q1).toMatchObject({ base: 5, savedAt: 6 });
    expect(next.q2).toMatchObject({ base: 6 });
    expect(next.q2?.savedAt).toBeUndefined();
  });

  it('does not mark an answer changed again while the save was in flight', () => {
    const next = afterSave({ q1: a({ choice: 'c' }) }, { q1: { response: { choice: 'b' } } }, 6);
    expect(next.q1).toMatchObject({ base: 6 });
    expect(next.q1?.savedAt).toBeUndefined();
  });
});

describe('storage', () => {
  it('round-trips, and reads nothing from what it cannot parse', () => {
    const kept = { q1: a({ choice: 'b' }, { flagged: true }) };
    expect(readKept(writeKept(kept))).toEqual(kept);
    expect(writeKept({})).toBeNull();
    for (const bad of [null, '', '{', '[]', '{"v":1,"answers":{}}', '{"v":2,"answers":{"q":{}}}'])
      expect(readKept(bad)).toEqual({});
  });

  it('compares answers by content, not key order', () => {
    expect(sameAnswer({ response: { a: 1, b: 2 } }, { response: { b: 2, a: 1 } })).toBe(true);
    expect(sameAnswer({ response: 1, flagged: false }, { response: 1 })).toBe(true);
    expect(sameAnswer({ response: 1, flagged: true }, { response: 1 })).toBe(false);
  });
});
