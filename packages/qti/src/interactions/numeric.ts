import type { NumericDefinition } from '@alliance/quiz-engine';
import { type QtiResponseDeclaration, readNumber } from '../model';
import type { Probe } from '../verify';
import { attr, type XmlElement } from '../xml';
import {
  attrs,
  type Built,
  type Ctx,
  chainXml,
  clampFraction,
  comparedTo,
  conditionChain,
  declarationXml,
  fail,
  floatValue,
  type ItemImport,
  literalOf,
  num,
  promptXhtml,
  settle,
  template,
} from './shared';

/**
 * `qti-text-entry-interaction` with a float or integer response ⇄ `numeric`. Import reads map
 * entries as exact answers and qti-equal chains as answers with absolute or relative
 * tolerances; our geometric tolerance is written, and read back, as asymmetric absolute
 * bounds. Items with units are not exported. text-entry.ts reads the prompt and hands numeric
 * entries here.
 */

interface RawAnswer {
  value: number;
  tolerance: number;
  toleranceType: 'absolute' | 'relative' | 'geometric';
  score: number | null;
}

/** A qti-equal test → our answer (tolerance modes absolute and relative, in percent). */
function answerFromEqual(test: XmlElement, value: number, score: number): RawAnswer | undefined {
  const mode = attr(test, 'tolerance-mode') ?? 'exact';
  const t = (attr(test, 'tolerance') ?? '0').trim().split(/\s+/).map(Number);
  const t0 = t[0] ?? 0;
  const t1 = t[1] ?? t0;
  if (!Number.isFinite(t0) || !Number.isFinite(t1) || t0 < 0 || t1 < 0) return undefined;
  if (mode === 'exact' || (t0 === 0 && t1 === 0))
    return { value, tolerance: 0, toleranceType: 'absolute', score };
  if (mode === 'absolute') {
    if (Math.abs(t0 - t1) <= 1e-12 * Math.max(1, t0)) {
      return { value, tolerance: t0, toleranceType: 'absolute', score };
    }
    // Our geometric interval [a/(1+t), a(1+t)] written as absolute bounds (as we export it):
    // the far side is |a|·t, the near side |a|·t/(1+t).
    if (value !== 0) {
      const size = Math.abs(value);
      const far = value > 0 ? t1 : t0;
      const near = value > 0 ? t0 : t1;
      const g = far / size;
      if (Math.abs(near - (size * g) / (1 + g)) <= 1e-9 * size) {
        return { value, tolerance: g, toleranceType: 'geometric', score };
      }
    }
    return { value, tolerance: Math.min(t0, t1), toleranceType: 'absolute', score };
  }
  if (mode === 'relative' && value >= 0) {
    return { value, tolerance: Math.min(t0, t1) / 100, toleranceType: 'relative', score };
  }
  return undefined;
}

/** A numeric from a float or integer text entry: its map entries or its chain of qti-equal. */
export function importNumeric(ctx: Ctx, decl: QtiResponseDeclaration): ItemImport {
  const rid = decl.identifier;
  let raws: RawAnswer[] = [];
  const mapping = decl.mapping;
  if (ctx.processing.kind === 'map_response' && !ctx.fromCorrectOnly && mapping) {
    const bounded = (v: number) =>
      Math.min(mapping.upperBound ?? v, Math.max(mapping.lowerBound ?? v, v));
    raws = mapping.entries.flatMap((e) => {
      const value = readNumber(e.key);
      return value === undefined
        ? []
        : [{ value, tolerance: 0, toleranceType: 'absolute' as const, score: bounded(e.value) }];
    });
    if (bounded(mapping.defaultValue) !== 0)
      ctx.warnings.add(
        'its default-value scores every other number; our numeric answers cannot say "any other number"',
      );
  } else if (ctx.processing.kind === 'custom' && !ctx.fromCorrectOnly) {
    const chain = conditionChain(ctx.model.processing);
    const read = chain?.map((branch) => {
      if (branch.test === null) return branch.score === 0 ? null : undefined;
      const t = branch.test;
      if (t.name !== 'qti-equal' && t.name !== 'qti-match') return undefined;
      const literal = readNumber(literalOf(ctx, comparedTo(t, rid), rid));
      if (literal === undefined) return undefined;
      return t.name === 'qti-match'
        ? { value: literal, tolerance: 0, toleranceType: 'absolute' as const, score: branch.score }
        : answerFromEqual(t, literal, branch.score);
    });
    if (read?.every((r) => r !== undefined)) raws = read.filter((r): r is RawAnswer => r !== null);
  }
  if (raws.length === 0) {
    if (ctx.processing.kind === 'custom' && !ctx.fromCorrectOnly) {
      ctx.warnings.add(
        'its custom response processing is not a list of answers with tolerances we can read; scoring was taken from qti-correct-response only',
      );
    }
    raws = decl.correct.flatMap((c) => {
      const value = readNumber(c);
      return value === undefined
        ? []
        : [{ value, tolerance: 0, toleranceType: 'absolute' as const, score: null }];
    });
  }
  if (raws.length === 0) return fail('it has no numeric correct response');
  const integer = decl.baseType === 'integer';
  const numbers = new Set<number>([0, 1, -1, 12345.678, -0.5]);
  for (const a of raws) {
    const width =
      a.toleranceType === 'absolute'
        ? a.tolerance
        : a.toleranceType === 'relative'
          ? Math.abs(a.value) * a.tolerance
          : Math.abs(a.value) * a.tolerance;
    for (const k of [0, 0.5, 0.999, 1.001, 2, 10]) {
      numbers.add(a.value + k * width);
      numbers.add(a.value - k * width);
    }
    numbers.add(a.value + 1);
    numbers.add(a.value - 1);
    numbers.add(-a.value);
  }
  if (raws.some((a) => a.toleranceType === 'geometric')) {
    ctx.warnings.add(
      'a tolerance was read as geometric (a/(1+t) … a·(1+t)) from its absolute bounds',
    );
  }
  const probes: Probe[] = [
    { response: { text: '' }, qti: { [rid]: null }, label: 'no answer' },
    // On a 1e-9 grid: what a person can type, clear of floating-point noise at the bounds.
    ...[...new Set([...numbers].map((x) => Math.round(x * 1e9) / 1e9 + 0))]
      .filter((x) => Number.isFinite(x) && (!integer || Number.isInteger(x)))
      .map((x) => ({ response: { text: String(x) }, qti: { [rid]: x }, label: String(x) })),
  ];
  return settle(
    ctx,
    probes,
    (max) => [
      {
        name: 'numeric answers',
        def: {
          type: 'numeric',
          answers: raws.map((a) => ({
            value: a.value,
            tolerance: a.tolerance,
            toleranceType: a.toleranceType,
            fraction: clampFraction(a.score === null ? 1 : a.score / max),
          })),
        },
      },
    ],
    'numeric answers',
  );
}

/** Why a numeric cannot be written: a text entry has no units. */
export function numericBlocker(item: NumericDefinition): string | null {
  return item.units
    ? 'it has units: a QTI text entry has no units, multipliers or unit penalty'
    : null;
}

/** Our tolerance → a qti-equal test on the response. */
function equalTest(answer: NumericDefinition['answers'][number]): string {
  const a = answer.value;
  const t = answer.tolerance;
  const value = floatValue(a);
  const variable = '<qti-variable identifier="RESPONSE"/>';
  if (t === 0) return `<qti-equal tolerance-mode="exact">${variable}${value}</qti-equal>`;
  let mode = 'absolute';
  let low = t;
  let high = t;
  if (answer.toleranceType === 'relative') {
    if (a >= 0) {
      mode = 'relative';
      low = t * 100;
      high = t * 100;
    } else {
      low = Math.abs(a) * t;
      high = low;
    }
  } else if (answer.toleranceType === 'geometric') {
    const far = Math.abs(a) * t;
    const near = Math.abs(a) - Math.abs(a) / (1 + t);
    low = a >= 0 ? near : far;
    high = a >= 0 ? far : near;
  }
  const tolerance = low === high ? num(low) : `${num(low)} ${num(high)}`;
  return `<qti-equal${attrs({ 'tolerance-mode': mode, tolerance })}>${variable}${value}</qti-equal>`;
}

/** A numeric as a text entry scored by match_correct (one exact answer) or a qti-equal chain. */
export function numericXml(item: NumericDefinition): Built {
  const best = item.answers.find((a) => a.fraction === 1) ?? item.answers[0];
  const correct = best ? [num(best.value)] : [];
  const body = `${promptXhtml(item.prompt)}\n    <p><qti-text-entry-interaction${attrs({ 'response-identifier': 'RESPONSE', 'expected-length': 12 })}/></p>`;
  const declarations = [
    declarationXml({ id: 'RESPONSE', cardinality: 'single', baseType: 'float', correct }),
  ];
  const only = item.answers[0];
  if (item.answers.length === 1 && only && only.tolerance === 0 && only.fraction === 1) {
    return { declarations, body, processing: template('match_correct'), maxScore: 1 };
  }
  return {
    declarations,
    body,
    processing: chainXml(
      item.answers.map((a) => ({ test: equalTest(a), score: a.fraction * item.points })),
    ),
    maxScore: item.points,
  };
}
