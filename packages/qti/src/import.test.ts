import { type ItemDefinition, roundScore, scoreItem, validateItem } from '@alliance/quiz-engine';
import { sampleItem } from '@alliance/quiz-engine/samples';
import { describe, expect, it } from 'vitest';
import {
  allAssignments,
  allPermutations,
  allSubsets,
  fixture,
  fixtureBytes,
  tinyTemplateScore,
} from '../test/helpers';
import { importQti } from './import';
import { qtiReferenceScore } from './scoring';

function importOne(name: string) {
  const preview = importQti({ fileName: name, bytes: fixtureBytes(name) });
  expect(preview.errors).toEqual([]);
  expect(preview.skipped).toEqual([]);
  expect(preview.items).toHaveLength(1);
  const item = preview.items[0];
  if (!item) throw new Error('no item');
  expect(validateItem(item.definition).ok).toBe(true);
  return item;
}

const fraction = (def: ItemDefinition, response: unknown) => {
  const scored = scoreItem(def, response);
  if (!scored.ok) throw new Error(JSON.stringify(scored.issues));
  return roundScore(scored.value.fraction);
};

/** Our fraction of every response equals the QTI score / the highest QTI score. */
function expectSameScores(
  def: ItemDefinition,
  pairs: Array<{ ours: unknown; qti: number }>,
): number {
  const max = Math.max(...pairs.map((p) => p.qti));
  expect(max).toBeGreaterThan(0);
  for (const { ours, qti } of pairs) {
    expect({ response: ours, fraction: fraction(def, ours) }).toEqual({
      response: ours,
      fraction: roundScore(qti / max),
    });
  }
  return max;
}

/** expectSameScores against the tiny template scorer: each response in our shape and QTI's. */
function expectSameAsTemplate(
  fixtureName: string,
  def: ItemDefinition,
  responses: Array<{ ours: unknown; qti: Parameters<typeof tinyTemplateScore>[1] }>,
): number {
  const xml = fixture(fixtureName);
  return expectSameScores(
    def,
    responses.map(({ ours, qti }) => ({ ours, qti: tinyTemplateScore(xml, qti) })),
  );
}

/** Every assignment of targets (or none) to things: as matches or placements, and QTI pairs. */
const pairResponses = (field: 'matches' | 'placements', things: string[], targets: string[]) =>
  allAssignments(things.length, targets).map((a) => ({
    ours: { [field]: Object.fromEntries(things.map((t, i) => [t, a[i] ?? null])) },
    qti: things.flatMap((t, i) => (a[i] ? [`${t} ${a[i]}`] : [])),
  }));

describe('importing single items', () => {
  it('single choice with match_correct → choice, fraction 1 for the correct option only', () => {
    const { definition, warnings } = importOne('choice-match-correct.xml');
    expect(definition).toMatchObject({
      type: 'choice',
      id: 'choice-1',
      prompt: 'Velora keeps renewing its venture with Brannock. Which obstacle is **at work**?',
      shuffle: true,
      points: 1,
      options: [
        { id: 'A', text: 'Mistiming', fraction: 0 },
        { id: 'B', text: 'Path dependence', fraction: 1 },
        { id: 'C', text: 'Cultural *conflict*', fraction: 0 },
      ],
    });
    expect(warnings).toEqual([]);
    expectSameAsTemplate(
      'choice-match-correct.xml',
      definition,
      [null, 'A', 'B', 'C'].map((c) => ({ ours: { choice: c }, qti: c })),
    );
  });

  it('multiple response with map_response (negative values, default, bounds) → exact sum-of-fractions', () => {
    const { definition, warnings } = importOne('mr-map-response.xml');
    expect(definition).toMatchObject({
      type: 'multiple-response',
      policy: 'sum-of-fractions',
      points: 2,
      options: [
        { id: 'tech', correct: true, fraction: 0.5 },
        { id: 'risk', correct: true, fraction: 0.5 },
        { id: 'market', correct: true, fraction: 0.25 },
        { id: 'profit', correct: false, fraction: -0.5 },
        { id: 'control', correct: false, fraction: -0.25 }, // default-value −0.5 of max 2
        { id: 'tax', correct: false, fraction: -0.25 },
      ],
    });
    expect(warnings).toEqual([]);
    const ids = ['tech', 'risk', 'market', 'profit', 'control', 'tax'];
    const max = expectSameAsTemplate(
      'mr-map-response.xml',
      definition,
      allSubsets(ids).map((s) => ({ ours: { choices: s }, qti: s })),
    );
    expect(max).toBe(2); // the upper bound
    // Worked by hand: tech + risk + market = 2.5 → upper bound 2 → 1; tech + profit = 0 → 0;
    // profit alone = −1 → lower bound 0 → 0; tech + control = 0.5 → 0.25.
    expect(fraction(definition, { choices: ['tech', 'risk', 'market'] })).toBe(1);
    expect(fraction(definition, { choices: ['tech', 'profit'] })).toBe(0);
    expect(fraction(definition, { choices: ['profit'] })).toBe(0);
    expect(fraction(definition, { choices: ['tech', 'control'] })).toBe(0.25);
  });

  it('map_response without a lower bound goes below 0: imported with the closest policy and a warning', () => {
    const preview = importQti({ fileName: 'x.xml', bytes: fixtureBytes('mr-map-unbounded.xml') });
    const item = preview.items[0];
    expect(item?.definition).toMatchObject({
      type: 'multiple-response',
      policy: 'sum-of-fractions',
    });
    expect(item?.warnings.join(' ')).toMatch(
      /scores differ from the QTI item on 1 of 8 responses checked \(e\.g\. picking C: QTI gives -0\.5 of full marks, here 0\)/,
    );
  });

  it('order interaction with match_correct → all-or-nothing ordering in the key order', () => {
    const { definition } = importOne('order.xml');
    expect(definition).toMatchObject({
      type: 'ordering',
      grading: 'all-or-nothing',
      prompt: 'Put the stages of building an alliance in order.',
      items: [{ id: 'decide' }, { id: 'choose' }, { id: 'design' }, { id: 'operate' }],
    });
    expectSameAsTemplate('order.xml', definition, [
      { ours: { order: [] }, qti: null },
      ...allPermutations(['decide', 'choose', 'design', 'operate']).map((order) => ({
        ours: { order },
        qti: order,
      })),
    ]);
  });

  it('match interaction with map_response of 1 per right pair → per-part matching', () => {
    const { definition, warnings } = importOne('match.xml');
    expect(definition).toMatchObject({
      type: 'matching',
      policy: 'per-part',
      points: 3,
      premises: [
        { id: 'vc', match: 'link' },
        { id: 'rbv', match: 'res' },
        { id: 'tc', match: 'cost' },
      ],
      responses: [{ id: 'link' }, { id: 'res' }, { id: 'cost' }, { id: 'price' }],
    });
    expect(warnings.join(' ')).toMatch(/QTI limits how often link, res, cost, price may be used/);
    expectSameAsTemplate(
      'match.xml',
      definition,
      pairResponses('matches', ['vc', 'rbv', 'tc'], ['link', 'res', 'cost', 'price']),
    );
  });

  it('a one-to-many match into buckets → categorize (all-or-nothing under match_correct)', () => {
    const { definition } = importOne('match-buckets.xml');
    // match-buckets.xml is the categorize sample written as a QTI match: its buckets and cards.
    const forms = sampleItem('categorize');
    expect(definition).toMatchObject({
      type: 'categorize',
      policy: 'all-or-nothing',
      buckets: forms.buckets,
      cards: forms.cards,
    });
    expectSameAsTemplate(
      'match-buckets.xml',
      definition,
      pairResponses(
        'placements',
        forms.cards.map((c) => c.id),
        forms.buckets.map((b) => b.id),
      ),
    );
  });

  it('gap match with map_response → inline choice with gap weights 2:1', () => {
    const { definition, warnings } = importOne('gap-match.xml');
    expect(definition).toMatchObject({
      type: 'inline-choice',
      prompt: 'Drag the words into the gaps.',
      text: 'A carmaker and its battery supplier form a {{G1}} alliance; two carmakers sharing a platform form a {{G2}} one.',
      points: 3,
      gaps: [
        { id: 'G1', answer: 'W1', options: [{ id: 'W1' }, { id: 'W2' }, { id: 'W3' }] },
        { id: 'G2', answer: 'W2' },
      ],
    });
    expect(warnings.join(' ')).toMatch(/a word may be chosen in several/);
    expectSameAsTemplate(
      'gap-match.xml',
      definition,
      allAssignments(2, ['W1', 'W2', 'W3'])
        // QTI's match-max="1": a word fills one gap at most.
        .filter(([a, b]) => a === null || a !== b)
        .map(([g1, g2]) => ({
          ours: { gaps: { G1: g1 ?? null, G2: g2 ?? null } },
          qti: [...(g1 ? [`${g1} G1`] : []), ...(g2 ? [`${g2} G2`] : [])],
        })),
    );
  });

  it('inline choice with match_correct → one gap in the text, the instruction as prompt', () => {
    const { definition } = importOne('inline-choice.xml');
    expect(definition).toMatchObject({
      type: 'inline-choice',
      prompt: 'Choose the right word.',
      text: 'A carmaker and its battery supplier form a {{RESPONSE}} alliance.',
      gaps: [
        { id: 'RESPONSE', answer: 'V', options: [{ id: 'V', text: 'vertical' }, { id: 'H' }] },
      ],
    });
    expectSameAsTemplate(
      'inline-choice.xml',
      definition,
      [null, 'V', 'H'].map((v) => ({ ours: { gaps: { RESPONSE: v } }, qti: v })),
    );
  });

  it('string text entry with case-insensitive map entries → short-text patterns', () => {
    const { definition, warnings } = importOne('text-entry-string.xml');
    expect(definition).toMatchObject({
      type: 'short-text',
      prompt: 'The bias that keeps managers on their current strategy is called ____.',
      caseSensitive: false,
      points: 2,
      patterns: [
        { pattern: 'position locking', fraction: 1 },
        { pattern: 'position-locking', fraction: 1 },
        { pattern: 'escalation of commitment', fraction: 0.5 },
      ],
    });
    expect(warnings).toEqual([
      'answers are compared after trimming, folding spaces and Unicode normalisation; QTI compares them exactly',
    ]);
    expectSameAsTemplate(
      'text-entry-string.xml',
      definition,
      [
        '',
        'position locking',
        'Position Locking',
        'POSITION-LOCKING',
        'escalation of commitment',
        'sunk cost',
        'position',
      ].map((text) => ({ ours: { text }, qti: text === '' ? null : text })),
    );
  });

  it('float text entry with qti-equal tolerances (custom rules) → numeric answers', () => {
    const { definition, warnings } = importOne('text-entry-float.xml');
    expect(definition).toMatchObject({
      type: 'numeric',
      answers: [
        { value: 16.8, tolerance: 0.05, toleranceType: 'absolute', fraction: 1 },
        { value: 16.8, tolerance: 0.1, toleranceType: 'relative', fraction: 0.5 },
      ],
    });
    expect(warnings.join(' ')).toMatch(/custom response processing; it was evaluated rule by rule/);
    const xml = fixture('text-entry-float.xml');
    const score = (x: number | null) => {
      const r = qtiReferenceScore(xml, { RESPONSE: x });
      if (!r.ok) throw new Error(r.error);
      return r.score;
    };
    expectSameScores(
      definition,
      [null, 16.8, 16.84, 16.76, 16.9, 15.2, 18.4, 18.5, 15, 0, -16.8].map((x) => ({
        ours: { text: x === null ? '' : String(x) },
        qti: score(x),
      })),
    );
    expect(fraction(definition, { text: '16.9' })).toBe(0.5);
  });

  it('integer text entry with map_response → exact numeric answers with partial credit', () => {
    const { definition } = importOne('text-entry-integer-map.xml');
    expect(definition).toMatchObject({
      type: 'numeric',
      prompt: 'How many months late did the venture open? ____',
      answers: [
        { value: 14, fraction: 1 },
        { value: 13, fraction: 0.5 },
      ],
    });
    expectSameAsTemplate(
      'text-entry-integer-map.xml',
      definition,
      [null, 14, 13, 12, 15, 0].map((x) => ({
        ours: { text: x === null ? '' : String(x) },
        qti: x,
      })),
    );
  });

  it('extended text → essay with a default one-criterion rubric, and a warning', () => {
    const { definition, warnings } = importOne('extended-text.xml');
    expect(definition).toMatchObject({
      type: 'essay',
      points: 4,
      prompt:
        'Advise the board on whether to renew the venture. Use:\n\n- the **obstacle** at work,\n- one countermeasure.',
      rubric: [
        {
          id: 'overall',
          levels: [
            { id: 'not-yet', points: 0 },
            { id: 'meets', points: 4 },
          ],
        },
      ],
    });
    expect(warnings.join(' ')).toMatch(/default one-criterion rubric/);
  });

  it('custom processing it cannot evaluate: scoring from qti-correct-response, with a warning', () => {
    const preview = importQti({ fileName: 'c.xml', bytes: fixtureBytes('custom-unsupported.xml') });
    expect(preview.items[0]?.definition).toMatchObject({
      type: 'choice',
      options: [
        { id: 'A', fraction: 1 },
        { id: 'B', fraction: 0 },
      ],
    });
    expect(preview.items[0]?.warnings).toEqual([
      'its response processing could not be evaluated (the expression <qti-lookup-outcome-value> is not supported); scoring was taken from qti-correct-response only (each interaction right or wrong)',
    ]);
  });
});

describe('what cannot be imported', () => {
  it('an unknown interaction is skipped with its name', () => {
    const preview = importQti({ fileName: 'hotspot.xml', bytes: fixtureBytes('hotspot.xml') });
    expect(preview.items).toEqual([]);
    expect(preview.skipped).toHaveLength(1);
    expect(preview.skipped[0]?.reason).toMatch(
      /^the interaction <qti-hotspot-interaction> is not supported/,
    );
  });

  it('malformed XML is reported with its line and column', () => {
    const preview = importQti({ fileName: 'malformed.xml', bytes: fixtureBytes('malformed.xml') });
    expect(preview.items).toEqual([]);
    expect(preview.errors).toEqual([
      "malformed.xml: malformed XML at line 8, column 3: Expected closing tag 'p' (opened in line 7, col 5) instead of closing tag 'qti-item-body'.",
    ]);
  });

  it('a DOCTYPE (entities, XXE) is refused before parsing', () => {
    const preview = importQti({ fileName: 'doctype.xml', bytes: fixtureBytes('doctype.xml') });
    expect(preview.items).toEqual([]);
    expect(preview.errors[0]).toMatch(/DOCTYPE or entity declaration was found; these are refused/);
  });

  it('an XML file over 1 MB is refused with the limit', () => {
    const big = new TextEncoder().encode(
      `<qti-assessment-item identifier="x">${'<p>padding</p>'.repeat(80_000)}</qti-assessment-item>`,
    );
    const preview = importQti({ fileName: 'big.xml', bytes: big });
    expect(preview.errors).toEqual([
      `big.xml is ${big.length.toLocaleString('en-US')} bytes; the limit for an XML file is 1 MB (1,048,576 bytes)`,
    ]);
  });

  it('a zip over 5 MB is refused with the limit, without unpacking it', () => {
    const bytes = new Uint8Array(5 * 1024 * 1024 + 1);
    bytes.set([0x50, 0x4b, 0x03, 0x04]);
    const preview = importQti({ fileName: 'big.zip', bytes });
    expect(preview.errors).toEqual([
      'big.zip is 5,242,881 bytes; the limit for a package is 5 MB (5,242,880 bytes)',
    ]);
  });

  it('QTI 2.x, tests, stimuli and non-UTF-8 files each get a clear message', () => {
    const enc = (s: string) => new TextEncoder().encode(s);
    expect(
      importQti({ fileName: 'a.xml', bytes: enc('<assessmentItem identifier="a"/>') }).errors,
    ).toEqual(['a.xml: <assessmentItem> is QTI 2.x; only QTI 3 (qti-assessment-item) is read']);
    expect(
      importQti({ fileName: 't.xml', bytes: enc('<qti-assessment-test identifier="t"/>') })
        .skipped[0]?.reason,
    ).toMatch(/import the content package/);
    expect(
      importQti({ fileName: 's.xml', bytes: fixtureBytes('stimulus.xml') }).skipped[0]?.reason,
    ).toMatch(/a shared stimulus alone has no items/);
    expect(
      importQti({ fileName: 'b.xml', bytes: new Uint8Array([0x3c, 0xff, 0xfe, 0x41]) }).errors,
    ).toEqual(['b.xml is not UTF-8 text']);
    expect(importQti({ fileName: 'e.xml', bytes: enc('') }).errors[0]).toMatch(
      /^e\.xml: malformed XML/,
    );
  });

  it('items combining interactions, or without a key, are skipped with the reason', () => {
    const item = (body: string, decls = '') =>
      new TextEncoder().encode(
        `<qti-assessment-item xmlns="http://www.imsglobal.org/xsd/imsqtiasi_v3p0" identifier="x" title="x">${decls}<qti-item-body>${body}</qti-item-body></qti-assessment-item>`,
      );
    const composite = importQti({
      fileName: 'c.xml',
      bytes: item(
        '<qti-choice-interaction response-identifier="A"><qti-simple-choice identifier="a">a</qti-simple-choice></qti-choice-interaction><p><qti-text-entry-interaction response-identifier="B"/></p>',
        '<qti-response-declaration identifier="A" cardinality="single" base-type="identifier"/><qti-response-declaration identifier="B" cardinality="single" base-type="string"/>',
      ),
    });
    expect(composite.skipped[0]?.reason).toMatch(
      /combines several interactions \(qti-choice-interaction, qti-text-entry-interaction\)/,
    );
    const noKey = importQti({
      fileName: 'k.xml',
      bytes: item(
        '<qti-order-interaction response-identifier="R"><qti-simple-choice identifier="a">a</qti-simple-choice><qti-simple-choice identifier="b">b</qti-simple-choice></qti-order-interaction>',
        '<qti-response-declaration identifier="R" cardinality="ordered" base-type="identifier"/>',
      ),
    });
    expect(noKey.skipped[0]?.reason).toMatch(/key order is unknown/);
  });

  it('identifiers are made safe and unique', () => {
    const xml = fixture('choice-match-correct.xml')
      .replace('identifier="choice-1"', 'identifier="constructor"')
      .replace('identifier="A"', 'identifier="ä b"')
      .replace('<qti-simple-choice identifier="C">', '<qti-simple-choice identifier="a_b">');
    const preview = importQti({ fileName: 'x.xml', bytes: new TextEncoder().encode(xml) });
    const def = preview.items[0]?.definition;
    expect(def?.id).toBe('constructor_');
    expect(def?.type === 'choice' && def.options.map((o) => o.id)).toEqual(['a_b', 'B', 'a_b-2']);
    expect(preview.items[0]?.warnings).toContain(
      'its identifier "constructor" became "constructor_"',
    );
  });
});
