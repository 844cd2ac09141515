import type {
  CaseDefinition,
  ItemDefinition,
  MultipleResponseDefinition,
  NumericDefinition,
  ShortTextDefinition,
} from '@alliance/quiz-engine';
import { strToU8, zipSync } from 'fflate';
import { QtiIdAllocator } from './ids';
import { figureXhtml, inlineXhtml, markdownToXhtml } from './markup';
import { TEMPLATE_URIS } from './scoring';
import { escapeXml } from './xml';

/**
 * Our items → QTI 3. Scoring is written with the standard templates where they express our
 * policy exactly (match_correct, map_response), and with plain response rules where they do
 * not (numeric tolerances, wildcard patterns, weighted gaps). A policy QTI cannot express
 * exactly is refused with the reason, never approximated.
 */

const QTI_NAMESPACE = 'http://www.imsglobal.org/xsd/imsqtiasi_v3p0';
const SCHEMA_LOCATION = `${QTI_NAMESPACE} https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqti_asiv3p0p1_v1p0.xsd`;
const CP_NAMESPACE = 'http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1';
const CP_SCHEMA = `${CP_NAMESPACE} https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqtiv3p0_imscpv1p2_v1p0.xsd`;

export class QtiExportError extends Error {}

export interface ExportResult {
  /** A QTI 3 content package: imsmanifest.xml, items/*.xml, stimuli/*.xml. */
  zip: Uint8Array;
  /** Ids of the items and cases written. */
  exported: string[];
  /** What was left out, and why. */
  notExported: Array<{ id: string; reason: string }>;
}

/** Why an item cannot be written as QTI faithfully; null when it can. */
export function exportBlocker(item: ItemDefinition): string | null {
  switch (item.type) {
    case 'multiple-response':
      return ['every-decision-counts', 'halves', 'coverage'].includes(item.policy)
        ? `its policy "${item.policy}" cannot be written with QTI's templates: map_response adds a value per option picked, and this policy is not such a sum (only all-or-nothing, right-minus-wrong and sum-of-fractions are exported)`
        : null;
    case 'ordering':
      return item.grading === 'all-or-nothing'
        ? null
        : `its grading "${item.grading}" cannot be written in QTI: match_correct scores the whole order right or wrong, and map_response ignores positions (only all-or-nothing ordering is exported)`;
    case 'numeric':
      return item.units
        ? 'it has units: a QTI text entry has no units, multipliers or unit penalty'
        : null;
    default:
      return null;
  }
}

// ── small builders ─────────────────────────────────────────────────────────────────────────

const num = (x: number) => String(x);

function attrs(record: Record<string, string | number | boolean | undefined>): string {
  return Object.entries(record)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
    .join('');
}

function responseDecl(args: {
  id: string;
  cardinality: 'single' | 'multiple' | 'ordered';
  baseType: string;
  correct: string[];
  mapping?: {
    entries: Array<{ key: string; value: number; caseSensitive?: boolean }>;
    defaultValue?: number;
    lowerBound?: number;
    upperBound?: number;
  };
}): string {
  const correct = args.correct.length
    ? `\n    <qti-correct-response>${args.correct.map((v) => `<qti-value>${escapeXml(v)}</qti-value>`).join('')}</qti-correct-response>`
    : '';
  const m = args.mapping;
  const mapping = m
    ? `\n    <qti-mapping${attrs({ 'default-value': num(m.defaultValue ?? 0), 'lower-bound': m.lowerBound, 'upper-bound': m.upperBound })}>${m.entries
        .map(
          (e) =>
            `\n      <qti-map-entry${attrs({ 'map-key': e.key, 'mapped-value': num(e.value), 'case-sensitive': e.caseSensitive })}/>`,
        )
        .join('')}\n    </qti-mapping>`
    : '';
  return `  <qti-response-declaration${attrs({ identifier: args.id, cardinality: args.cardinality, 'base-type': args.baseType })}>${correct}${mapping}\n  </qti-response-declaration>`;
}

function outcome(id: string, value: number | undefined, extra: Record<string, string> = {}) {
  const def =
    value === undefined
      ? ''
      : `<qti-default-value><qti-value>${num(value)}</qti-value></qti-default-value>`;
  return `  <qti-outcome-declaration${attrs({ identifier: id, cardinality: 'single', 'base-type': 'float', ...extra })}>${def}</qti-outcome-declaration>`;
}

const setScore = (expression: string) =>
  `<qti-set-outcome-value identifier="SCORE">${expression}</qti-set-outcome-value>`;
const floatValue = (x: number) => `<qti-base-value base-type="float">${num(x)}</qti-base-value>`;

/** if (test₁) SCORE = s₁ else if … else SCORE = 0. */
function chain(branches: Array<{ test: string; score: number }>, otherwise = 0): string {
  const parts = branches.map(
    (b, i) =>
      `\n      <qti-response-${i === 0 ? 'if' : 'else-if'}>\n        ${b.test}\n        ${setScore(floatValue(b.score))}\n      </qti-response-${i === 0 ? 'if' : 'else-if'}>`,
  );
  const elseBranch = `\n      <qti-response-else>${setScore(floatValue(otherwise))}</qti-response-else>`;
  return `  <qti-response-processing>\n    <qti-response-condition>${parts.join('')}${elseBranch}\n    </qti-response-condition>\n  </qti-response-processing>`;
}

const template = (name: keyof typeof TEMPLATE_URIS) =>
  `  <qti-response-processing template="${TEMPLATE_URIS[name]}"/>`;

interface Built {
  declarations: string[];
  body: string;
  processing: string;
  /** The highest SCORE the processing gives. */
  maxScore: number;
  scoreOutcome?: Record<string, string>;
}

// ── per type ───────────────────────────────────────────────────────────────────────────────

function promptXhtml(prompt: string): string {
  return markdownToXhtml(prompt);
}

function choiceLike(
  item: Extract<ItemDefinition, { type: 'choice' | 'multiple-response' }>,
): Built {
  const ids = new QtiIdAllocator();
  const q = (id: string) => ids.get(id);
  const choices = item.options
    .map(
      (o) =>
        `\n      <qti-simple-choice identifier="${escapeXml(q(o.id))}">${inlineXhtml(o.text)}</qti-simple-choice>`,
    )
    .join('');
  const single = item.type === 'choice';
  const body = `${promptXhtml(item.prompt)}\n    <qti-choice-interaction${attrs({ 'response-identifier': 'RESPONSE', shuffle: item.shuffle, 'max-choices': single ? 1 : 0 })}>${choices}\n    </qti-choice-interaction>`;
  if (item.type === 'choice') {
    const best = item.options.reduce((a, b) => (b.fraction > a.fraction ? b : a));
    const simple =
      item.points === 1 &&
      item.options.every((o) => o.fraction === 0 || o.fraction === 1) &&
      item.options.filter((o) => o.fraction === 1).length === 1;
    if (simple) {
      return {
        declarations: [
          responseDecl({
            id: 'RESPONSE',
            cardinality: 'single',
            baseType: 'identifier',
            correct: [q(best.id)],
          }),
        ],
        body,
        processing: template('match_correct'),
        maxScore: 1,
      };
    }
    return {
      declarations: [
        responseDecl({
          id: 'RESPONSE',
          cardinality: 'single',
          baseType: 'identifier',
          correct: [q(best.id)],
          mapping: {
            defaultValue: 0,
            entries: item.options
              .filter((o) => o.fraction !== 0)
              .map((o) => ({ key: q(o.id), value: o.fraction * item.points })),
          },
        }),
      ],
      body,
      processing: template('map_response'),
      maxScore: item.points,
    };
  }
  const correct = item.options.filter((o) => o.correct).map((o) => q(o.id));
  if (item.policy === 'all-or-nothing') {
    return {
      declarations: [
        responseDecl({ id: 'RESPONSE', cardinality: 'multiple', baseType: 'identifier', correct }),
      ],
      body,
      processing: template('match_correct'),
      maxScore: 1,
    };
  }
  const k = correct.length;
  const value = (def: MultipleResponseDefinition, i: number) => {
    const o = def.options[i];
    if (!o) return 0;
    if (def.policy === 'right-minus-wrong') return (o.correct ? 1 : -1) / k;
    // sum-of-fractions: explicit, or ±1/k.
    return o.fraction ?? (o.correct ? 1 : -1) / k;
  };
  return {
    declarations: [
      responseDecl({
        id: 'RESPONSE',
        cardinality: 'multiple',
        baseType: 'identifier',
        correct,
        mapping: {
          defaultValue: 0,
          lowerBound: 0,
          upperBound: item.points,
          entries: item.options
            .map((o, i) => ({ key: q(o.id), value: value(item, i) * item.points }))
            .filter((e) => e.value !== 0),
        },
      }),
    ],
    body,
    processing: template('map_response'),
    maxScore: item.points,
  };
}

function orderingXml(item: Extract<ItemDefinition, { type: 'ordering' }>): Built {
  const ids = new QtiIdAllocator();
  const choices = item.items
    .map(
      (c) =>
        `\n      <qti-simple-choice identifier="${escapeXml(ids.get(c.id))}">${inlineXhtml(c.text)}</qti-simple-choice>`,
    )
    .join('');
  return {
    declarations: [
      responseDecl({
        id: 'RESPONSE',
        cardinality: 'ordered',
        baseType: 'identifier',
        correct: item.items.map((c) => ids.get(c.id)),
      }),
    ],
    body: `${promptXhtml(item.prompt)}\n    <qti-order-interaction${attrs({ 'response-identifier': 'RESPONSE', shuffle: item.shuffle })}>${choices}\n    </qti-order-interaction>`,
    processing: template('match_correct'),
    maxScore: 1,
  };
}

function assignmentXml(item: Extract<ItemDefinition, { type: 'matching' | 'categorize' }>): Built {
  const things =
    item.type === 'matching'
      ? item.premises.map((p) => ({ id: p.id, text: p.text, answer: p.match }))
      : item.cards.map((c) => ({ id: c.id, text: c.text, answer: c.bucket }));
  const targets =
    item.type === 'matching'
      ? item.responses.map((r) => ({ id: r.id, text: r.text }))
      : item.buckets.map((b) => ({ id: b.id, text: b.label }));
  const sourceIds = new QtiIdAllocator();
  const targetIds = new QtiIdAllocator();
  const pairs = things.map((t) => `${sourceIds.get(t.id)} ${targetIds.get(t.answer)}`);
  const set = (list: Array<{ id: string; text: string }>, ids: QtiIdAllocator, matchMax: number) =>
    `\n      <qti-simple-match-set>${list
      .map(
        (c) =>
          `\n        <qti-simple-associable-choice${attrs({ identifier: ids.get(c.id), 'match-max': matchMax })}>${inlineXhtml(c.text)}</qti-simple-associable-choice>`,
      )
      .join('')}\n      </qti-simple-match-set>`;
  const body = `${promptXhtml(item.prompt)}\n    <qti-match-interaction${attrs({
    'response-identifier': 'RESPONSE',
    shuffle: item.shuffle,
    'max-associations': things.length,
    'data-alliance-type': item.type,
  })}>${set(things, sourceIds, 1)}${set(targets, targetIds, 0)}\n    </qti-match-interaction>`;
  if (item.policy === 'all-or-nothing') {
    return {
      declarations: [
        responseDecl({
          id: 'RESPONSE',
          cardinality: 'multiple',
          baseType: 'directedPair',
          correct: pairs,
        }),
      ],
      body,
      processing: template('match_correct'),
      maxScore: 1,
    };
  }
  return {
    declarations: [
      responseDecl({
        id: 'RESPONSE',
        cardinality: 'multiple',
        baseType: 'directedPair',
        correct: pairs,
        mapping: {
          defaultValue: 0,
          lowerBound: 0,
          upperBound: item.points,
          entries: pairs.map((key) => ({ key, value: item.points / things.length })),
        },
      }),
    ],
    body,
    processing: template('map_response'),
    maxScore: item.points,
  };
}

/** A pattern's text with `\*` as a star (for map keys and the correct response). */
const unescapeStars = (pattern: string) => pattern.replace(/\\\*/g, '*');
const hasWildcard = (pattern: string) => /(^|[^\\])\*/.test(pattern);

/** Our wildcard pattern → an XML Schema pattern matching what ours matches (trimmed, spaces
 * folded, case folded unless case-sensitive). Unicode normalisation has no equivalent. */
export function wildcardToXsd(pattern: string, caseSensitive: boolean): string {
  const folded = pattern.normalize('NFKC').trim().replace(/\s+/g, ' ');
  let out = '\\s*';
  for (let i = 0; i < folded.length; i++) {
    const c = folded[i] ?? '';
    if (c === '\\' && folded[i + 1] === '*') {
      out += '\\*';
      i++;
    } else if (c === '*') out += '.*';
    else if (c === ' ') out += '\\s+';
    else if ('\\|.?+(){}[]^*'.includes(c)) out += `\\${c}`;
    else if (!caseSensitive && c.toLowerCase() !== c.toUpperCase() && c.length === 1) {
      const lower = c.toLowerCase();
      const upper = c.toUpperCase();
      out += lower.length === 1 && upper.length === 1 ? `[${lower}${upper}]` : c;
    } else out += c;
  }
  return `${out}\\s*`;
}

function shortTextXml(item: ShortTextDefinition): Built {
  const best = item.patterns.find((p) => p.fraction === 1) ?? item.patterns[0];
  const example = best ? unescapeStars(best.pattern.replace(/(^|[^\\])\*/g, '$1')) : '';
  const interaction = `\n    <p><qti-text-entry-interaction${attrs({ 'response-identifier': 'RESPONSE', 'expected-length': 30 })}/></p>`;
  const body = `${promptXhtml(item.prompt)}${interaction}`;
  const patterns = item.patterns;
  const last = patterns[patterns.length - 1];
  const catchAll = last && last.pattern.trim() === '*' ? last : undefined;
  const listed = catchAll ? patterns.slice(0, -1) : patterns;
  const correct = example ? [example] : [];
  if (!listed.some((p) => hasWildcard(p.pattern))) {
    return {
      declarations: [
        responseDecl({
          id: 'RESPONSE',
          cardinality: 'single',
          baseType: 'string',
          correct,
          mapping: {
            defaultValue: (catchAll?.fraction ?? 0) * item.points,
            entries: listed.map((p) => ({
              key: unescapeStars(p.pattern),
              value: p.fraction * item.points,
              caseSensitive: item.caseSensitive,
            })),
          },
        }),
      ],
      body,
      processing: template('map_response'),
      maxScore: item.points,
    };
  }
  return {
    declarations: [
      responseDecl({ id: 'RESPONSE', cardinality: 'single', baseType: 'string', correct }),
    ],
    body,
    processing: chain(
      listed.map((p) => ({
        test: `<qti-pattern-match pattern="${escapeXml(wildcardToXsd(p.pattern, item.caseSensitive))}"><qti-variable identifier="RESPONSE"/></qti-pattern-match>`,
        score: p.fraction * item.points,
      })),
      (catchAll?.fraction ?? 0) * item.points,
    ),
    maxScore: item.points,
  };
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

function numericXml(item: NumericDefinition): Built {
  const best = item.answers.find((a) => a.fraction === 1) ?? item.answers[0];
  const correct = best ? [num(best.value)] : [];
  const body = `${promptXhtml(item.prompt)}\n    <p><qti-text-entry-interaction${attrs({ 'response-identifier': 'RESPONSE', 'expected-length': 12 })}/></p>`;
  const declarations = [
    responseDecl({ id: 'RESPONSE', cardinality: 'single', baseType: 'float', correct }),
  ];
  const only = item.answers[0];
  if (item.answers.length === 1 && only && only.tolerance === 0 && only.fraction === 1) {
    return { declarations, body, processing: template('match_correct'), maxScore: 1 };
  }
  return {
    declarations,
    body,
    processing: chain(
      item.answers.map((a) => ({ test: equalTest(a), score: a.fraction * item.points })),
    ),
    maxScore: item.points,
  };
}

const GAP = /\{\{([A-Za-z0-9_.:-]+)\}\}/g;

function inlineChoiceXml(item: Extract<ItemDefinition, { type: 'inline-choice' }>): Built {
  const gapIds = new QtiIdAllocator();
  for (const id of ['SCORE', 'MAXSCORE', 'ALLIANCE_POINTS']) gapIds.get(id); // keep clear of outcomes
  const total = item.gaps.reduce((s, g) => s + g.weight, 0);
  const declarations: string[] = [];
  const interactions = new Map<string, string>();
  for (const gap of item.gaps) {
    const rid = gapIds.get(gap.id);
    const options = new QtiIdAllocator();
    declarations.push(
      responseDecl({
        id: rid,
        cardinality: 'single',
        baseType: 'identifier',
        correct: [options.get(gap.answer)],
      }),
    );
    interactions.set(
      gap.id,
      `<qti-inline-choice-interaction${attrs({ 'response-identifier': rid, shuffle: item.shuffle })}>${gap.options
        .map(
          (o) =>
            `<qti-inline-choice identifier="${escapeXml(options.get(o.id))}">${escapeXml(o.text)}</qti-inline-choice>`,
        )
        .join('')}</qti-inline-choice-interaction>`,
    );
  }
  const inline = (text: string) => {
    let out = '';
    let last = 0;
    for (const m of text.matchAll(GAP)) {
      const at = m.index ?? 0;
      out += inlineXhtml(text.slice(last, at));
      out += interactions.get(m[1] ?? '') ?? escapeXml(m[0]);
      last = at + m[0].length;
    }
    return out + inlineXhtml(text.slice(last));
  };
  const rules = item.gaps
    .map((gap) => {
      const rid = gapIds.get(gap.id);
      return `\n    <qti-response-condition>\n      <qti-response-if>\n        <qti-match><qti-variable identifier="${escapeXml(rid)}"/><qti-correct identifier="${escapeXml(rid)}"/></qti-match>\n        ${setScore(`<qti-sum><qti-variable identifier="SCORE"/>${floatValue((gap.weight / total) * item.points)}</qti-sum>`)}\n      </qti-response-if>\n    </qti-response-condition>`;
    })
    .join('');
  return {
    declarations,
    body: `${promptXhtml(item.prompt)}\n    ${markdownToXhtml(item.text, inline)}`,
    processing: `  <qti-response-processing>\n    ${setScore(floatValue(0))}${rules}\n  </qti-response-processing>`,
    maxScore: item.points,
  };
}

function essayXml(item: Extract<ItemDefinition, { type: 'essay' }>): Built {
  const criteria = item.rubric
    .map(
      (c) =>
        `<li data-criterion="${escapeXml(c.id)}"><strong>${escapeXml(c.title)}</strong><ul>${c.levels
          .map(
            (l) =>
              `<li${attrs({ 'data-level': l.id, 'data-points': l.points })}><strong>${escapeXml(l.label)}</strong> (${num(l.points)} points)${l.description ? ` <span class="description">${escapeXml(l.description)}</span>` : ''}</li>`,
          )
          .join('')}</ul></li>`,
    )
    .join('');
  const rubric = `\n    <qti-rubric-block use="scoring" view="scorer"><qti-content-body><ul>${criteria}</ul></qti-content-body></qti-rubric-block>`;
  return {
    declarations: [
      responseDecl({ id: 'RESPONSE', cardinality: 'single', baseType: 'string', correct: [] }),
    ],
    body: `${promptXhtml(item.prompt)}\n    <qti-extended-text-interaction${attrs({
      'response-identifier': 'RESPONSE',
      'data-min-words': item.minWords || undefined,
      'data-max-words': item.maxWords,
    })}/>${rubric}`,
    processing: '',
    maxScore: item.points,
    scoreOutcome: { 'external-scored': 'human' },
  };
}

function build(item: ItemDefinition): Built {
  switch (item.type) {
    case 'choice':
    case 'multiple-response':
      return choiceLike(item);
    case 'ordering':
      return orderingXml(item);
    case 'matching':
    case 'categorize':
      return assignmentXml(item);
    case 'numeric':
      return numericXml(item);
    case 'short-text':
      return shortTextXml(item);
    case 'inline-choice':
      return inlineChoiceXml(item);
    case 'essay':
      return essayXml(item);
  }
}

const titleOf = (item: ItemDefinition) => {
  const line = item.prompt.replace(/[*_]/g, '').split('\n')[0]?.trim() ?? item.id;
  return line.length > 80 ? `${line.slice(0, 77)}…` : line || item.id;
};

/**
 * One item as a QTI 3 qti-assessment-item document. Throws QtiExportError (with the reason)
 * for an item QTI cannot express faithfully; see exportBlocker.
 */
export function exportItemXml(
  item: ItemDefinition,
  options: {
    identifier?: string;
    stimulus?: { identifier: string; href: string; title: string };
  } = {},
): string {
  const blocker = exportBlocker(item);
  if (blocker) throw new QtiExportError(`${item.id}: ${blocker}`);
  const built = build(item);
  const identifier = options.identifier ?? new QtiIdAllocator().get(item.id);
  const outcomes = [
    outcome('SCORE', 0, built.scoreOutcome),
    outcome('MAXSCORE', built.maxScore),
    // Our points, when SCORE is not on that scale (match_correct gives 1): our own outcome,
    // which other systems ignore and our import reads back.
    ...(built.maxScore !== item.points ? [outcome('ALLIANCE_POINTS', item.points)] : []),
  ];
  const stimulus = options.stimulus
    ? [`  <qti-assessment-stimulus-ref${attrs(options.stimulus)}/>`]
    : [];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<qti-assessment-item xmlns="${QTI_NAMESPACE}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${SCHEMA_LOCATION}"${attrs({ identifier, title: titleOf(item), adaptive: false, 'time-dependent': false })}>`,
    ...built.declarations,
    ...outcomes,
    ...stimulus,
    `  <qti-item-body>\n    ${built.body}\n  </qti-item-body>`,
    ...(built.processing ? [built.processing] : []),
    '</qti-assessment-item>',
    '',
  ].join('\n');
}

/** A case's scenario and figures as a qti-assessment-stimulus document. */
export function exportStimulusXml(kase: CaseDefinition, identifier: string): string {
  const figures = kase.figures.map((f) => figureXhtml(f)).join('\n    ');
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<qti-assessment-stimulus xmlns="${QTI_NAMESPACE}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${SCHEMA_LOCATION}"${attrs({ identifier, title: kase.title })}>`,
    `  <qti-stimulus-body>\n    ${markdownToXhtml(kase.stimulus)}${figures ? `\n    ${figures}` : ''}\n  </qti-stimulus-body>`,
    '</qti-assessment-stimulus>',
    '',
  ].join('\n');
}

/**
 * A QTI 3 content package of items and cases (each case: a shared stimulus and its items).
 * Items QTI cannot express faithfully are listed in notExported with the reason.
 */
export function exportQti(items: ItemDefinition[], cases: CaseDefinition[] = []): ExportResult {
  const files: Record<string, Uint8Array> = {};
  const resources: string[] = [];
  const exported: string[] = [];
  const notExported: ExportResult['notExported'] = [];
  const itemIds = new QtiIdAllocator();
  const stimulusIds = new QtiIdAllocator();
  const seen = new Set<string>();

  const addItem = (
    item: ItemDefinition,
    stimulus?: { identifier: string; href: string; title: string; resource: string },
  ): boolean => {
    if (seen.has(item.id)) {
      notExported.push({ id: item.id, reason: 'another item in this export has the same id' });
      return false;
    }
    seen.add(item.id);
    const blocker = exportBlocker(item);
    if (blocker) {
      notExported.push({ id: item.id, reason: blocker });
      return false;
    }
    const identifier = itemIds.get(item.id);
    const path = `items/${identifier}.xml`;
    files[path] = strToU8(
      exportItemXml(item, {
        identifier,
        stimulus: stimulus && {
          identifier: stimulus.identifier,
          href: stimulus.href,
          title: stimulus.title,
        },
      }),
    );
    const dependency = stimulus
      ? `<dependency identifierref="${escapeXml(stimulus.resource)}"/>`
      : '';
    resources.push(
      `    <resource identifier="item-${escapeXml(identifier)}" type="imsqti_item_xmlv3p0" href="${escapeXml(path)}"><file href="${escapeXml(path)}"/>${dependency}</resource>`,
    );
    exported.push(item.id);
    return true;
  };

  for (const item of items) addItem(item);
  for (const kase of cases) {
    const identifier = stimulusIds.get(kase.id);
    const path = `stimuli/${identifier}.xml`;
    const resource = `stimulus-${identifier}`;
    const ref = { identifier, href: `../${path}`, title: kase.title, resource };
    const written = kase.items.filter((item) => addItem(item, ref)).length;
    if (written === 0) {
      notExported.push({ id: kase.id, reason: 'none of its items can be exported' });
      continue;
    }
    files[path] = strToU8(exportStimulusXml(kase, identifier));
    resources.push(
      `    <resource identifier="${escapeXml(resource)}" type="imsqti_stimulus_xmlv3p0" href="${escapeXml(path)}"><file href="${escapeXml(path)}"/></resource>`,
    );
    exported.push(kase.id);
  }

  files['imsmanifest.xml'] = strToU8(
    [
      '<?xml version="1.0" encoding="UTF-8"?>',
      `<manifest xmlns="${CP_NAMESPACE}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${CP_SCHEMA}" identifier="alliance-academy-export">`,
      '  <metadata><schema>QTI Package</schema><schemaversion>3.0.0</schemaversion></metadata>',
      '  <organizations/>',
      '  <resources>',
      ...resources,
      '  </resources>',
      '</manifest>',
      '',
    ].join('\n'),
  );
  // A fixed date: the same items always give the same bytes.
  const zip = zipSync(files, { level: 6, mtime: new Date(Date.UTC(2000, 0, 1)) });
  return { zip, exported, notExported };
}
