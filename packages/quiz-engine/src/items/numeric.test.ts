import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type NumericDefinition,
  numeric,
  numericDefinitionSchema,
  numericTextIssue,
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

  it('reads a decimal comma, and refuses what goes on like a number instead of reading a unit', () => {
    const near = make({
      answers: [{ value: 1.9, tolerance: 0.01 }],
      units: { accepted: [{ unit: 'm' }], required: false },
    });
    for (const text of ['1,9', '1,9 m', '1.9 m', '1,90']) {
      expect(numeric.parseResponse(near, { text })).toMatchObject({ ok: true });
      expect(score(near, text).fraction).toBe(1);
    }
    for (const text of ['1.2.3', '12 34', '1,2,3', '1.', '1,9,']) {
      expect(numeric.parseResponse(near, { text })).toMatchObject({
        ok: false,
        issues: [{ path: 'text', message: expect.stringContaining(`"${text}" is not a number`) }],
      });
    }
  });
});

describe('numbers as a locale writes them', () => {
  it('reads "1,200" by the decimal mark of the learner’s locale', () => {
    expect(parseNumberWithUnit('1,200')).toEqual({ value: 1200, unit: '' });
    expect(parseNumberWithUnit('1,200', ',')).toEqual({ value: 1.2, unit: '' });
    expect(parseNumberWithUnit('1.200', ',')).toEqual({ value: 1200, unit: '' });
    expect(parseNumberWithUnit('1.200')).toEqual({ value: 1.2, unit: '' });
  });

  it('reads what only one mark can mean the same for every locale', () => {
    for (const decimal of ['.', ','] as const) {
      expect(parseNumberWithUnit('29,0', decimal)?.value).toBe(29);
      expect(parseNumberWithUnit('29.5', decimal)?.value).toBe(29.5);
      expect(parseNumberWithUnit('1.234.567,5', decimal)?.value).toBe(1234567.5);
      expect(parseNumberWithUnit('1,234,567.5', decimal)?.value).toBe(1234567.5);
      expect(parseNumberWithUnit('1\u00a0234,5 €', decimal)).toEqual({ value: 1234.5, unit: '€' });
      expect(parseNumberWithUnit("1'234.5", decimal)?.value).toBe(1234.5);
      expect(parseNumberWithUnit(',5', decimal)?.value).toBe(0.5);
      expect(parseNumberWithUnit('-2,5e3 m', decimal)).toEqual({ value: -2500, unit: 'm' });
    }
  });

  it('stores the comma mark with the answer and scores by it', () => {
    const def = make({ answers: [{ value: 1.2, tolerance: 0 }] });
    expect(numeric.parseResponse(def, { text: ' 1,200 ', decimal: ',' })).toEqual({
      ok: true,
      value: { text: '1,200', decimal: ',' },
    });
    expect(numeric.score(def, { text: '1,200', decimal: ',' }).fraction).toBe(1);
    expect(numeric.score(def, { text: '1,200' }).fraction).toBe(0);
    expect(numeric.parseResponse(def, { text: '1', decimal: ';' })).toMatchObject({ ok: false });
  });

  it('names the problem at the field in words, the same for the runner and the engine', () => {
    expect(numericTextIssue('abc', { unitsExpected: false })).toBe(
      '"abc" is not a number: type digits, such as 29.5',
    );
    expect(numericTextIssue('abc', { unitsExpected: false, decimal: ',' })).toContain('29,5');
    expect(numericTextIssue('12 kg', { unitsExpected: false })).toContain('no unit is expected');
    expect(numericTextIssue('12 kg', { unitsExpected: true })).toBeNull();
    expect(numericTextIssue('  ', { unitsExpected: false })).toBeNull();
    const def = make({});
    expect(numeric.parseResponse(def, { text: 'abc' })).toEqual({
      ok: false,
      issues: [{ path: 'text', message: numericTextIssue('abc', { unitsExpected: false }) }],
    });
  });

  it('reads any grouping of digits the same under both marks or refuses it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 9 }), fc.integer({ min: 0, max: 99 }), (n, d) => {
        const grouped = n.toLocaleString('en-US');
        const german = n.toLocaleString('de-DE');
        const cents = String(d).padStart(2, '0');
        expect(parseNumberWithUnit(`${grouped}.${cents}`)?.value).toBe(Number(`${n}.${cents}`));
        expect(parseNumberWithUnit(`${german},${cents}`, ',')?.value).toBe(Number(`${n}.${cents}`));
      }),
    );
  });
});

describe('numeric responses', () => {
  const def = make({});
  it('rejects what is not a number instead of marking it wrong', () => {
    expect(numeric.parseResponse(def, { text: 'about a hundred' })).toEqual({
      ok: false,
      issues: [
        { path: 'text', message: '"about a hundred" is not a number: type digits, such as 29.5' },
      ],
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
