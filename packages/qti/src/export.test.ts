import { type CaseDefinition, type ItemDefinition, scoreItem } from '@alliance/quiz-engine';
import {
  parseItemOrThrow as item,
  sampleCase,
  sampleItem,
  sampleItems,
} from '@alliance/quiz-engine/samples';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { responsesFor, tinyTemplateScore } from '../test/helpers';
import { exportBlocker, exportItemXml, exportQti, QtiExportError } from './export';
import { importQti } from './import';
import { parseXml } from './xml';

const sample = {
  choice: sampleItem('choice'),
  ordering: sampleItem('ordering'),
  matching: sampleItem('matching'),
  categorize: sampleItem('categorize'),
  inline: sampleItem('inline-choice'),
};

/** Extra definitions so that every exportable policy is exported at least once. */
const variants: ItemDefinition[] = [
  // Right or wrong only: the sample without its penalised option.
  sampleItem('choice', {
    id: 'choice-simple',
    options: sample.choice.options.filter((o) => o.fraction >= 0),
  }),
  item({
    type: 'choice',
    id: 'choice-points',
    prompt: 'Partial credit and a penalty, worth 2 points.',
    points: 2,
    options: [
      { id: 'a', text: 'Best', fraction: 1 },
      { id: 'b', text: 'Penalised', fraction: -0.25 },
      { id: 'c', text: 'Half', fraction: 0.5 },
      { id: '1st', text: 'Nothing' },
    ],
  }),
  ...(['all-or-nothing', 'sum-of-fractions'] as const).map((policy) =>
    sampleItem('multiple-response', { id: `mr-${policy}`, policy, points: 3 }),
  ),
  item({
    type: 'multiple-response',
    id: 'mr-explicit-fractions',
    prompt: 'Weighted picks.',
    policy: 'sum-of-fractions',
    options: [
      { id: 'a', text: 'A', correct: true, fraction: 0.7 },
      { id: 'b', text: 'B', correct: true, fraction: 0.3 },
      { id: 'c', text: 'C', correct: false, fraction: -1 },
      { id: 'd', text: 'D', correct: false, fraction: 0 },
    ],
  }),
  sampleItem('ordering', {
    id: 'order-aon',
    grading: 'all-or-nothing',
    points: 3,
    items: sample.ordering.items.slice(0, 3),
  }),
  // Two premises matched to the same response.
  sampleItem('matching', {
    id: 'match-aon',
    policy: 'all-or-nothing',
    premises: sample.matching.premises.slice(0, 2).map((p) => ({ ...p, match: 'link' })),
  }),
  // One card per bucket.
  sampleItem('categorize', {
    id: 'sort-one-each',
    policy: 'all-or-nothing',
    cards: sample.categorize.cards.filter((c) => c.id === 'rd' || c.id === 'jv'),
  }),
  item({
    type: 'numeric',
    id: 'num-exact',
    prompt: 'Exactly 42.',
    answers: [{ value: 42 }],
  }),
  item({
    type: 'numeric',
    id: 'num-tolerances',
    prompt: 'Geometric, relative on a negative value, and a penalty.',
    points: 4,
    answers: [
      { value: 100, tolerance: 1, toleranceType: 'geometric' },
      { value: -200, tolerance: 0.05, toleranceType: 'relative', fraction: 0.5 },
      { value: -50, tolerance: 0.5, toleranceType: 'geometric', fraction: 0.25 },
      { value: 7, fraction: -0.5 },
    ],
  }),
  item({
    type: 'short-text',
    id: 'text-exact',
    prompt: 'Exact answers, case-sensitive, with a catch-all.',
    caseSensitive: true,
    patterns: [
      { pattern: 'NaCl' },
      { pattern: 'nacl', fraction: 0.5 },
      { pattern: 'a\\*b', fraction: 0.25 },
      { pattern: '*', fraction: -0.25 },
    ],
  }),
  item({
    type: 'short-text',
    id: 'text-wild',
    prompt: 'Wildcards, spaces and regex characters.',
    patterns: [
      { pattern: 'path (dependence)*' },
      { pattern: '*lock-in?', fraction: 0.5 },
      { pattern: 'cost $5.00 \\* 2', fraction: 0.75 },
    ],
  }),
  item({
    type: 'inline-choice',
    id: 'inline-weights',
    prompt: 'Weighted gaps.',
    text: 'First {{g1}}, second {{g2}}, third {{g3}}.\n\nA second paragraph with {{g4}}.',
    gaps: [1, 2, 3, 4].map((n) => ({
      id: `g${n}`,
      options: [
        { id: 'a', text: 'alpha' },
        { id: 'b', text: 'beta' },
      ],
      answer: n % 2 ? 'a' : 'b',
      weight: n === 3 ? 2 : 1,
    })),
  }),
  // One gap, whose answer is its second option.
  sampleItem('inline-choice', {
    id: 'inline-single',
    text: 'Two carmakers sharing a platform form a {{other}} alliance.',
    gaps: sample.inline.gaps.filter((g) => g.id === 'other'),
  }),
];

const notFaithful: ItemDefinition[] = [
  ...(['every-decision-counts', 'halves', 'coverage'] as const).map((policy) =>
    sampleItem('multiple-response', { id: `mr-${policy}`, policy }),
  ),
  sampleItem('ordering', { id: 'order-absolute', grading: 'absolute-position' }),
  item({
    type: 'numeric',
    id: 'num-units',
    prompt: 'With units.',
    answers: [{ value: 1500 }],
    units: { accepted: [{ unit: 'm' }, { unit: 'km', multiplier: 0.001 }] },
  }),
];

/** Same fraction and points for every response; never refused by one and not the other. */
function expectSameScoring(original: ItemDefinition, imported: ItemDefinition) {
  for (const response of responsesFor(original)) {
    const a = scoreItem(original, response);
    const b = scoreItem(imported, response);
    expect({ id: original.id, response, ok: b.ok }).toEqual({
      id: original.id,
      response,
      ok: a.ok,
    });
    if (a.ok && b.ok) {
      expect({
        id: original.id,
        response,
        fraction: b.value.fraction,
        points: b.value.points,
      }).toEqual({ id: original.id, response, fraction: a.value.fraction, points: a.value.points });
    }
  }
}

describe('export then import gives the same scores', () => {
  const samples = sampleItems();
  const exportable = [...samples.filter((s) => s.id !== 'construction-stages'), ...variants];

  it.each(exportable.map((d) => [d.id, d] as const))('%s', (_id, original) => {
    const { zip, exported, notExported } = exportQti([original]);
    expect(notExported).toEqual([]);
    expect(exported).toEqual([original.id]);
    const preview = importQti({ fileName: 'round.zip', bytes: zip });
    expect(preview.errors).toEqual([]);
    expect(preview.skipped).toEqual([]);
    const back = preview.items[0];
    if (!back) throw new Error('nothing imported');
    expect(back.warnings.filter((w) => /differ|could not|closest/.test(w))).toEqual([]);
    expect(back.definition.type).toBe(original.type);
    if (original.type === 'multiple-response' && back.definition.type === 'multiple-response') {
      // The simplest policy that gives the same scores: ±1/k sum-of-fractions is right-minus-wrong.
      const same =
        original.policy === 'sum-of-fractions' &&
        original.options.every((o) => o.fraction === undefined);
      expect(back.definition.policy).toBe(same ? 'right-minus-wrong' : original.policy);
    }
    if (original.type === 'ordering' && back.definition.type === 'ordering') {
      expect(back.definition.grading).toBe(original.grading);
    }
    if (
      'policy' in original &&
      'policy' in back.definition &&
      original.type !== 'multiple-response'
    ) {
      expect(back.definition.policy).toBe(original.policy);
    }
    expect(back.definition.id).toBe(original.id);
    expect(back.definition.points).toBe(original.points);
    expectSameScoring(original, back.definition);
  });

  it('the essay keeps its rubric and word limits', () => {
    const essay = sampleItem('essay');
    const back = importQti({ fileName: 'e.zip', bytes: exportQti([essay]).zip }).items[0];
    expect(back?.definition).toMatchObject({
      type: 'essay',
      prompt: essay.prompt,
      rubric: essay.rubric,
      minWords: 0,
      maxWords: 2000,
    });
    expect(back?.warnings).toEqual([]);
  });

  it('a case comes back as a case: stimulus, figures and items', () => {
    const kase: CaseDefinition = sampleCase();
    const { zip, exported } = exportQti([], [kase]);
    expect(exported).toEqual([...kase.items.map((i) => i.id), kase.id]);
    const preview = importQti({ fileName: 'case.zip', bytes: zip });
    expect(preview.errors).toEqual([]);
    expect(preview.items).toEqual([]);
    const back = preview.cases[0]?.definition;
    expect(back).toMatchObject({
      id: kase.id,
      title: kase.title,
      stimulus: kase.stimulus,
      figures: kase.figures,
    });
    expect(back?.items.map((i) => i.id)).toEqual(kase.items.map((i) => i.id));
    kase.items.forEach((original, i) => {
      const imported = back?.items[i];
      if (!imported) throw new Error('missing case item');
      expectSameScoring(original, imported);
    });
  });
});

describe('exporting', () => {
  it('reports what QTI cannot express, with the reason, and writes the rest', () => {
    const samples = sampleItems();
    const { exported, notExported } = exportQti([...samples, ...notFaithful]);
    expect(exported).toHaveLength(samples.length - 1);
    expect(notExported.map((n) => n.id)).toEqual([
      'construction-stages',
      'mr-every-decision-counts',
      'mr-halves',
      'mr-coverage',
      'order-absolute',
      'num-units',
    ]);
    expect(notExported[0]?.reason).toMatch(
      /grading "relative-next-exclude-last" cannot be written in QTI: match_correct scores the whole order/,
    );
    expect(notExported[1]?.reason).toMatch(/policy "every-decision-counts" cannot be written/);
    expect(notExported[5]?.reason).toMatch(/units/);
    expect(() => exportItemXml(notFaithful[0] as ItemDefinition)).toThrow(QtiExportError);
  });

  it('refuses an id used twice and a case with nothing exportable', () => {
    const [first] = sampleItems();
    if (!first) throw new Error('no sample');
    const kase: CaseDefinition = { ...sampleCase(), items: [notFaithful[3] as ItemDefinition] };
    const { exported, notExported } = exportQti([first, first], [kase]);
    expect(exported).toEqual([first.id]);
    expect(notExported).toEqual([
      { id: first.id, reason: 'another item in this export has the same id' },
      { id: 'order-absolute', reason: expect.stringMatching(/absolute-position/) },
      { id: kase.id, reason: 'none of its items can be exported' },
    ]);
  });

  it('writes a QTI 3 package: manifest, one file per item, stimuli; the same bytes every time', () => {
    const kase = sampleCase();
    const a = exportQti(sampleItems(), [kase]);
    const b = exportQti(sampleItems(), [kase]);
    expect(a.zip).toEqual(b.zip);
    const files = unzipSync(a.zip);
    expect(Object.keys(files).sort()).toEqual(
      [
        'imsmanifest.xml',
        'stimuli/velora-brannock.xml',
        ...a.exported.filter((id) => id !== kase.id).map((id) => `items/${id}.xml`),
      ].sort(),
    );
    const manifest = new TextDecoder().decode(files['imsmanifest.xml']);
    expect(manifest).toContain('type="imsqti_stimulus_xmlv3p0"');
    expect(manifest).toContain(
      '<resource identifier="item-velora-brannock-delay-cost" type="imsqti_item_xmlv3p0" href="items/velora-brannock-delay-cost.xml"><file href="items/velora-brannock-delay-cost.xml"/><dependency identifierref="stimulus-velora-brannock"/></resource>',
    );
    for (const [name, data] of Object.entries(files)) {
      const parsed = parseXml(new TextDecoder().decode(data));
      expect({ name, ok: parsed.ok }).toEqual({ name, ok: true });
    }
  });

  it('template scoring of the exported XML, read by the tiny independent scorer, equals ours', () => {
    const cases: Array<[ItemDefinition, (r: unknown) => string | string[] | null]> = [];
    for (const def of [...sampleItems(), ...variants]) {
      if (exportBlocker(def)) continue;
      const xml = exportItemXml(def);
      if (!/rptemplates\/(match_correct|map_response)/.test(xml)) continue;
      const toQti = (r: unknown): string | string[] | null => {
        const x = r as Record<string, unknown>;
        if ('choice' in x) return (x.choice as string | null) ?? null;
        if ('choices' in x) return x.choices as string[];
        if ('order' in x) return x.order as string[];
        if ('matches' in x || 'placements' in x) {
          const a = (x.matches ?? x.placements) as Record<string, string | null>;
          return Object.entries(a).flatMap(([k, v]) => (v ? [`${k} ${v}`] : []));
        }
        if ('text' in x) return (x.text as string) || null;
        throw new Error('unexpected response');
      };
      cases.push([def, toQti]);
      const maxScore = Number(
        /identifier="MAXSCORE"[^>]*><qti-default-value><qti-value>([^<]+)/.exec(xml)?.[1],
      );
      for (const response of responsesFor(def)) {
        const ours = scoreItem(def, response);
        if (!ours.ok) continue;
        // Text answers are compared exactly by QTI: only those with no spaces to fold.
        const q = toQti(response);
        if (typeof q === 'string' && q !== q.trim()) continue;
        const qti = tinyTemplateScore(xml, q) / maxScore;
        expect({ id: def.id, response, fraction: Math.round(qti * 1e9) / 1e9 }).toEqual({
          id: def.id,
          response,
          fraction: ours.value.fraction,
        });
      }
    }
    expect(cases.map(([d]) => d.type).sort()).toEqual(
      expect.arrayContaining([
        'choice',
        'multiple-response',
        'matching',
        'categorize',
        'ordering',
        'short-text',
      ]),
    );
  });
});
