import { describe, expect, it } from 'vitest';
import { summarize } from './stats';

describe('summarize', () => {
  it('takes nearest-rank percentiles', () => {
    expect(summarize([5, 1, 4, 2, 3, 10, 6, 7, 8, 9])).toEqual({
      median: 5,
      p90: 9,
      p95: 10,
      min: 1,
    });
    expect(summarize([7])).toEqual({ median: 7, p90: 7, p95: 7, min: 7 });
  });

  it('refuses an empty run', () => {
    expect(() => summarize([])).toThrow(RangeError);
  });
});
