import { type ItemDefinition, parseItem, roundScore, scoreItem } from '@alliance/quiz-engine';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allAssignments,
  allPermutations,
  allSubsets,
  fixture,
  tinyTemplateScore,
} from '../test/helpers';
import { exportQti } from './export';
import { importQti } from './import';
import { qtiReferenceScore } from './scoring';

// Property tests explore new cases on every local run; CI replays one fixed set.
if (process.env.CI) fc.configureGlobal({ seed: 20261127 });

const HEAD =
  '<qti-assessment-item xmlns="http://www.imsglobal.org/xsd/imsqtiasi_v3p0" identifier="p" title="p" adaptive="false" time-dependent="false">';
const MAP =
  '<qti-response-processing template="https://purl.imsglobal.org/spec/qti/v3p0/rptemplates/map_response.xml"/>';
const SCORE =
  '<qti-outcome-declaration identifier="SCORE" cardinality="single" base-type="float"/>';

const refScore = (xml: string, response: unknown) => {
  const r = qtiReferenceScore(xml, { RESPONSE: response as string | string[] | null });
  if (!r.ok) throw new Error(r.error);
  return r.score;
};

describe('the reference scorer and the tiny independent one agree on the templates', () => {
  it.each([
    ['choice-match-correct.xml', [null, 'A', 'B', 'C']],
    ['mr-map-response.xml', allSubsets(['tech', 'risk', 'market', 'profit', 'control', 'tax'])],
    ['mr-map-unbounded.xml', allSubsets(['A', 'B', 'C'])],
    ['order.xml', [null, ...allPermutations(['decide', 'choose', 'design', 'operate'])]],
    [
      'match.xml',
      allAssignments(3, ['link', 'res', 'cost', 'price']).map((a) =>
        ['vc', 'rbv', 'tc'].flatMap((p, i) => (a[i] ? [`${p} ${a[i]}`] : [])),
      ),
    ],
    ['gap-match.xml', [[], ['W1 G1'], ['W2 G1', 'W1 G2'], ['W1 G1', 'W2 G2'], ['W3 G2']]],
    [
      'text-entry-string.xml',
      [null, 'position locking', 'POSITION LOCKING', 'x', 'escalation of commitment'],
    ],
    ['text-entry-integer-map.xml', [null, 14, 13, 2]],
  ] as Array<[string, unknown[]]>)('%s', (name, responses) => {
    const xml = fixture(name);
    for (const response of responses) {
      expect({ response, score: refScore(xml, response) }).toEqual({
        response,
        score: tinyTemplateScore(xml, response as string | string[] | null),
      });
    }
  });

  it('reports what it cannot evaluate instead of guessing', () => {
    expect(qtiReferenceScore(fixture('custom-unsupported.xml'), {})).toEqual({
      ok: false,
      error: 'the expression <qti-lookup-outcome-value> is not supported',
    });
    expect(qtiReferenceScore('<oops', {})).toMatchObject({ ok: false });
  });
});

/** Our fraction for a response, or NaN when refused. */
const ours = (def: ItemDefinition, response: unknown) => {
  const s = scoreItem(def, response);
  return s.ok ? roundScore(s.value.fraction) : Number.NaN;
};

/**
 * The safety property: an item imported without a "scores differ" warning scores every
 * response exactly as QTI does (score / max score); one imported with it really differs.
 */
function checkImport(
  xml: string,
  responses: Array<{ ours: unknown; qti: unknown }>,
  /** The responses are every possible one: a warning must then show in them too. */
  exhaustive = true,
): 'exact' | 'warned' | 'skipped' {
  const preview = importQti({ fileName: 'p.xml', bytes: new TextEncoder().encode(xml) });
  const imported = preview.items[0];
  const scores = responses.map((r) => tinyTemplateScore(xml, r.qti as string | string[] | null));
  const max = Math.max(...scores);
  if (!imported) {
    expect(preview.skipped[0]?.reason).toBeDefined();
    if (max > 0) expect(preview.skipped[0]?.reason).not.toMatch(/no response earns marks/);
    return 'skipped';
  }
  expect(max).toBeGreaterThan(0);
  const differs = responses.some(
    (r, i) =>
      Math.abs(ours(imported.definition, r.ours) - roundScore((scores[i] ?? 0) / max)) > 1e-9,
  );
  const warned = imported.warnings.some((w) => w.startsWith('scores differ from the QTI item'));
  if (exhaustive) expect({ warned, differs }).toEqual({ warned: differs, differs });
  else if (differs) expect({ warned, differs }).toEqual({ warned: true, differs });
  return warned ? 'warned' : 'exact';
}

const value = fc.constantFrom(-2, -1, -0.5, 0, 0.25, 0.5, 1, 2, 3);
const bound = fc.option(fc.constantFrom(-1, 0, 0.5, 1, 2, 4), { nil: undefined });

describe('property: map_response imports score as QTI does, or say they do not', () => {
  it('multiple response', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(value, { nil: undefined }), { minLength: 2, maxLength: 6 }),
        value,
        bound,
        bound,
        fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
        (values, defaultValue, lower, upper, correctFlags) => {
          const ids = values.map((_, i) => `o${i}`);
          const correct = ids.filter((_, i) => correctFlags[i]);
          const xml = `${HEAD}<qti-response-declaration identifier="RESPONSE" cardinality="multiple" base-type="identifier"><qti-correct-response>${correct.map((c) => `<qti-value>${c}</qti-value>`).join('')}</qti-correct-response><qti-mapping default-value="${defaultValue}"${lower === undefined ? '' : ` lower-bound="${lower}"`}${upper === undefined ? '' : ` upper-bound="${upper}"`}>${values
            .map((v, i) =>
              v === undefined ? '' : `<qti-map-entry map-key="o${i}" mapped-value="${v}"/>`,
            )
            .join(
              '',
            )}</qti-mapping></qti-response-declaration>${SCORE}<qti-item-body><qti-choice-interaction response-identifier="RESPONSE" max-choices="0">${ids
            .map((id) => `<qti-simple-choice identifier="${id}">Option ${id}</qti-simple-choice>`)
            .join('')}</qti-choice-interaction></qti-item-body>${MAP}</qti-assessment-item>`;
          checkImport(
            xml,
            allSubsets(ids).map((s) => ({ ours: { choices: s }, qti: s })),
          );
        },
      ),
      { numRuns: 150 },
    );
  });

  it('single choice', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(value, { nil: undefined }), { minLength: 2, maxLength: 5 }),
        value,
        bound,
        bound,
        (values, defaultValue, lower, upper) => {
          const ids = values.map((_, i) => `c${i}`);
          const xml = `${HEAD}<qti-response-declaration identifier="RESPONSE" cardinality="single" base-type="identifier"><qti-correct-response><qti-value>c0</qti-value></qti-correct-response><qti-mapping default-value="${defaultValue}"${lower === undefined ? '' : ` lower-bound="${lower}"`}${upper === undefined ? '' : ` upper-bound="${upper}"`}>${values
            .map((v, i) =>
              v === undefined ? '' : `<qti-map-entry map-key="c${i}" mapped-value="${v}"/>`,
            )
            .join(
              '',
            )}</qti-mapping></qti-response-declaration>${SCORE}<qti-item-body><qti-choice-interaction response-identifier="RESPONSE" max-choices="1"><qti-prompt>Pick.</qti-prompt>${ids
            .map((id) => `<qti-simple-choice identifier="${id}">Option ${id}</qti-simple-choice>`)
            .join('')}</qti-choice-interaction></qti-item-body>${MAP}</qti-assessment-item>`;
          checkImport(
            xml,
            [null, ...ids].map((c) => ({ ours: { choice: c }, qti: c })),
          );
        },
      ),
      { numRuns: 150 },
    );
  });

  it('matching pairs', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(value, { nil: undefined }), { minLength: 9, maxLength: 9 }),
        value,
        bound,
        bound,
        (values, defaultValue, lower, upper) => {
          const premises = ['p0', 'p1', 'p2'];
          const targets = ['t0', 't1', 't2'];
          const pairs = premises.flatMap((p) => targets.map((t) => `${p} ${t}`));
          const xml = `${HEAD}<qti-response-declaration identifier="RESPONSE" cardinality="multiple" base-type="directedPair"><qti-correct-response><qti-value>p0 t0</qti-value><qti-value>p1 t1</qti-value><qti-value>p2 t2</qti-value></qti-correct-response><qti-mapping default-value="${defaultValue}"${lower === undefined ? '' : ` lower-bound="${lower}"`}${upper === undefined ? '' : ` upper-bound="${upper}"`}>${pairs
            .map((k, i) =>
              values[i] === undefined
                ? ''
                : `<qti-map-entry map-key="${k}" mapped-value="${values[i]}"/>`,
            )
            .join(
              '',
            )}</qti-mapping></qti-response-declaration>${SCORE}<qti-item-body><qti-match-interaction response-identifier="RESPONSE" max-associations="3"><qti-prompt>Match.</qti-prompt><qti-simple-match-set>${premises
            .map(
              (p) =>
                `<qti-simple-associable-choice identifier="${p}" match-max="1">${p}</qti-simple-associable-choice>`,
            )
            .join('')}</qti-simple-match-set><qti-simple-match-set>${targets
            .map(
              (t) =>
                `<qti-simple-associable-choice identifier="${t}" match-max="0">${t}</qti-simple-associable-choice>`,
            )
            .join(
              '',
            )}</qti-simple-match-set></qti-match-interaction></qti-item-body>${MAP}</qti-assessment-item>`;
          checkImport(
            xml,
            allAssignments(3, targets).map((a) => ({
              ours: { matches: Object.fromEntries(premises.map((p, i) => [p, a[i] ?? null])) },
              qti: premises.flatMap((p, i) => (a[i] ? [`${p} ${a[i]}`] : [])),
            })),
          );
        },
      ),
      { numRuns: 100 },
    );
  });

  it('string text entry', () => {
    const words = ['Paris', 'paris', 'PARIS', 'Lyon', 'lyon', 'Nice'];
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...words), { minLength: 1, maxLength: 4 }),
        fc.array(value, { minLength: 4, maxLength: 4 }),
        fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
        fc.constantFrom(0, -0.5, 0.5),
        (keys, values, sensitive, defaultValue) => {
          const xml = `${HEAD}<qti-response-declaration identifier="RESPONSE" cardinality="single" base-type="string"><qti-correct-response><qti-value>${keys[0]}</qti-value></qti-correct-response><qti-mapping default-value="${defaultValue}">${keys
            .map(
              (k, i) =>
                `<qti-map-entry map-key="${k}" mapped-value="${values[i]}" case-sensitive="${sensitive[i]}"/>`,
            )
            .join(
              '',
            )}</qti-mapping></qti-response-declaration>${SCORE}<qti-item-body><p>Where? <qti-text-entry-interaction response-identifier="RESPONSE"/></p></qti-item-body>${MAP}</qti-assessment-item>`;
          checkImport(
            xml,
            ['', ...words, 'Marseille'].map((w) => ({
              ours: { text: w },
              qti: w === '' ? null : w,
            })),
            false, // the importer also checks other spellings (LYON, Lyons…)
          );
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('property: export then import keeps every score', () => {
  const fractionArb = fc.constantFrom(-1, -0.5, -0.25, 0, 0.2, 0.5, 1);
  it('choice and multiple response with random fractions and points', () => {
    fc.assert(
      fc.property(
        fc.array(fractionArb, { minLength: 2, maxLength: 6 }),
        fc.constantFrom(1, 2, 2.5, 10),
        fc.constantFrom('choice', 'all-or-nothing', 'right-minus-wrong', 'sum-of-fractions'),
        (fractions, points, kind) => {
          const options = fractions.map((f, i) => ({
            id: `o${i}`,
            text: `Option ${i}`,
            fraction: f,
          }));
          options[0] = { id: 'o0', text: 'Option 0', fraction: 1 };
          const raw =
            kind === 'choice'
              ? { type: 'choice', id: 'rt', prompt: 'Pick.', points, options }
              : {
                  type: 'multiple-response',
                  id: 'rt',
                  prompt: 'Pick.',
                  points,
                  policy: kind,
                  options: options.map((o) => ({
                    id: o.id,
                    text: o.text,
                    correct: o.fraction > 0,
                    ...(kind === 'sum-of-fractions' ? { fraction: o.fraction } : {}),
                  })),
                };
          const parsed = parseItem(raw);
          if (!parsed.ok) return; // e.g. positive fractions below 1 in total
          const def = parsed.value;
          const back = importQti({ fileName: 'rt.zip', bytes: exportQti([def]).zip }).items[0];
          expect(back?.warnings.filter((w) => w.startsWith('scores differ'))).toEqual([]);
          if (def.type !== 'choice' && def.type !== 'multiple-response') throw new Error(def.type);
          const ids = def.options.map((o) => o.id);
          const responses =
            def.type === 'choice'
              ? [null, ...ids].map((c) => ({ choice: c }))
              : allSubsets(ids).map((s) => ({ choices: s }));
          for (const r of responses) {
            const a = scoreItem(def, r);
            const b = back ? scoreItem(back.definition, r) : undefined;
            expect(b?.ok && a.ok && [b.value.fraction, b.value.points]).toEqual(
              a.ok && [a.value.fraction, a.value.points],
            );
          }
        },
      ),
      { numRuns: 120 },
    );
  });

  it('numeric answers with every tolerance type', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            value: fc.integer({ min: -500, max: 500 }).map((x) => x / 4),
            tolerance: fc.constantFrom(0, 0.01, 0.1, 0.5, 2),
            toleranceType: fc.constantFrom('absolute', 'relative', 'geometric'),
            fraction: fc.constantFrom(1, 0.5, 0.25, -0.5),
          }),
          { minLength: 1, maxLength: 3 },
        ),
        fc.array(
          fc.integer({ min: -2000, max: 2000 }).map((x) => x / 8),
          { maxLength: 30 },
        ),
        (answers, extra) => {
          const parsed = parseItem({
            type: 'numeric',
            id: 'n',
            prompt: 'How much?',
            answers: [{ ...answers[0], fraction: 1 }, ...answers.slice(1)],
          });
          if (!parsed.ok) return;
          const def = parsed.value;
          const back = importQti({ fileName: 'n.zip', bytes: exportQti([def]).zip }).items[0];
          if (!back) throw new Error('not imported');
          expect(back.warnings.filter((w) => w.startsWith('scores differ'))).toEqual([]);
          for (const x of extra) {
            expect({ x, f: ours(back.definition, { text: String(x) }) }).toEqual({
              x,
              f: ours(def, { text: String(x) }),
            });
          }
        },
      ),
      { numRuns: 120 },
    );
  });
});
