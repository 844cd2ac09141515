import { describe, expect, it } from 'vitest';
import {
  type NumericDefinition,
  numeric,
  numericDefinitionSchema,
  parseNumberWithUnit,
} from './numeric';

const make = (fields: Partial<Record<string, unknown>>): NumericDefinition =>
  numericDefinitionSchema.parse({
    type: 'numeric',
    id: 'n',
    prompt: 'How much?',
    answers: [{ value: 100 }],
    ...fields,
  });
const score = (def: NumericDefinition, text: string) => numeric.score(def, { text });

describe('numeric tolerance', () => {
  it('absolute: a ± t', () => {
    const def = make({ answers: [{ value: 100, tolerance: 2 }] });
    expect(score(def, '102').fraction).toBe(1);
    expect(score(def, '97.9').fraction).toBe(0);
  });

  it('relative: a ± |a|·t', () => {
    const def = make({ answers: [{ value: -200, tolerance: 0.05, toleranceType: 'relative' }] });
    expect(score(def, '-210').fraction).toBe(1);
    expect(score(def, '-189.9').fraction).toBe(0);
  });

  it('geometric: [a/(1+t), a·(1+t)]', () => {
    const def = make({ answers: [{ value: 100, tolerance: 1, toleranceType: 'geometric' }] });
    expect(score(def, '50').fraction).toBe(1);
    expect(score(def, '200').fraction).toBe(1);
    expect(score(def, '49.9').fraction).toBe(0);
    expect(score(def, '-100').fraction).toBe(0);
  });

  it('tries answers in order: the first match wins', () => {
    const def = make({
      answers: [
        { value: 100, tolerance: 1, fraction: 1, feedback: 'Exactly.' },
        { value: 100, tolerance: 10, fraction: 0.5, feedback: 'Close: check the rounding.' },
      ],
    });
    expect(score(def, '100.5')).toMatchObject({ fraction: 1, feedback: ['Exactly.'] });
    expect(score(def, '108')).toMatchObject({
      fraction: 0.5,
      feedback: ['Close: check the rounding.'],
    });
  });

  it('reads thousands separators and the minus sign', () => {
    expect(parseNumberWithUnit('1,200.5')).toEqual({ value: 1200.5, unit: '' });
    expect(parseNumberWithUnit('1 200 EUR')).toEqual({ value: 1200, unit: 'EUR' });
    expect(parseNumberWithUnit('\u22123e2')).toEqual({ value: -300, unit: '' });
    expect(parseNumberWithUnit('abc')).toBeNull();
  });
});

describe('numeric units', () => {
  const def = make({
    answers: [{ value: 1500, tolerance: 1 }],
    units: { accepted: [{ unit: 'm' }, { unit: 'km', multiplier: 0.001 }], penalty: 0.25 },
  });

  it('converts through the multiplier', () => {
    expect(score(def, '1.5 km')).toMatchObject({
      fraction: 1,
      steps: ['1.5 km = 1500 m', '1500 is within 1500 ± 1 (1)'],
    });
    expect(score(def, '1500 m').fraction).toBe(1);
  });

  it('costs the penalty for a missing or unknown unit', () => {
    expect(score(def, '1500').fraction).toBe(0.75);
    expect(score(def, '1500 miles')).toMatchObject({
      fraction: 0.75,
      parts: { value: true, unit: false },
    });
  });

  it('does not penalise when units are optional', () => {
    const optional = { ...def, units: def.units ? { ...def.units, required: false } : undefined };
    expect(score(optional, '1500').fraction).toBe(1);
  });

  it('rejects a decimal comma instead of reading "1,9" as 1 with a unit ",9"', () => {
    const near = make({
      answers: [{ value: 1, tolerance: 0.5 }],
      units: { accepted: [{ unit: 'm' }], required: false },
    });
    for (const text of ['1,9', '1,9 m', '1.2.3', '12 34']) {
      expect(numeric.parseResponse(near, { text })).toEqual({
        ok: false,
        issues: [{ path: 'text', message: `"${text}" is not a number` }],
      });
    }
    expect(parseNumberWithUnit('1,9')).toBeNull();
    expect(numeric.parseResponse(near, { text: '1.9 m' })).toMatchObject({ ok: true });
  });
});

describe('numeric responses', () => {
  const def = make({});
  it('rejects what is not a number instead of marking it wrong', () => {
    expect(numeric.parseResponse(def, { text: 'about a hundred' })).toEqual({
      ok: false,
      issues: [{ path: 'text', message: '"about a hundred" is not a number' }],
    });
    expect(numeric.parseResponse(def, { text: '100 kg' })).toMatchObject({ ok: false });
    expect(numeric.parseResponse(def, { text: '  ' })).toEqual({ ok: true, value: { text: '' } });
    expect(numeric.parseResponse(def, { text: 5 })).toMatchObject({ ok: false });
  });

  it('has a key that scores 1, with units', () => {
    const withUnits = make({ answers: [{ value: 2 }], units: { accepted: [{ unit: 'kg' }] } });
    const key = numeric.keyResponse(withUnits);
    expect(key).toEqual({ text: '2 kg' });
    expect(key && numeric.score(withUnits, key).fraction).toBe(1);
  });
});
