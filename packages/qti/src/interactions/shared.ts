import { type ItemDefinition, validateItem } from '@alliance/quiz-engine';
import { IdAllocator, QtiIdAllocator } from '../ids';
import {
  blockMarkdown,
  inlineMarkdown,
  inlineXhtml,
  type MarkdownContext,
  markdownToXhtml,
} from '../markup';
import {
  outcomeNumber,
  type QtiItemModel,
  type QtiResponseDeclaration,
  readNumber,
} from '../model';
import { type CompiledProcessing, type QtiResponses, TEMPLATE_URIS } from '../scoring';
import { describeMismatch, type Probe, verify } from '../verify';
import {
  attr,
  childElements,
  escapeXml,
  firstChild,
  textContent,
  type XmlElement,
  type XmlNode,
} from '../xml';

/**
 * What several interactions share, written once. Reading (QTI → ours): the context an importer
 * works in, `settle` (which keeps the candidate definition that scores as the QTI item does),
 * prompt and choice text, choices, gaps, and chains of response conditions. Writing
 * (ours → QTI): attribute, response declaration and score rule builders, the standard
 * templates, and what each interaction's writer gives back (`Built`).
 */

/** One item read: the definition and its warnings, or why it cannot be imported. */
export type ItemImport =
  | {
      ok: true;
      definition: ItemDefinition;
      warnings: string[];
      stimulusRefs: QtiItemModel['stimulusRefs'];
    }
  | { ok: false; reason: string };

/** What an importer works with: the item, the warnings so far, its processing, our id, prompt. */
export interface Ctx {
  model: QtiItemModel;
  warnings: Set<string>;
  processing: CompiledProcessing;
  /** The item's own processing could not be evaluated: scoring comes from its correct response. */
  fromCorrectOnly: boolean;
  base: { id: string; prompt: string };
}

type Fail = { ok: false; reason: string };
export const fail = (reason: string): Fail => ({ ok: false, reason });

/** A definition to try, named for the warning when it is the closest but not exact. */
export interface Candidate {
  name: string;
  def: Record<string, unknown>;
}

export const clampFraction = (x: number) => Math.max(-1, Math.min(1, x));

/** The QTI score of a response; 0 when the processing throws on it. */
export function safeScore(ctx: Ctx, responses: QtiResponses): number {
  try {
    return ctx.processing.score(responses);
  } catch {
    return 0;
  }
}

/** Our points: our own ALLIANCE_POINTS outcome, else MAXSCORE, else the highest QTI score. */
export function pointsFor(model: QtiItemModel, max: number): number {
  for (const value of [
    outcomeNumber(model, 'ALLIANCE_POINTS'),
    outcomeNumber(model, 'MAXSCORE'),
    max,
  ]) {
    if (value !== undefined && value > 0 && value <= 1000) return value;
  }
  return 1;
}

/**
 * Scores the probes the QTI way, builds the candidate definitions for that maximum, and keeps
 * the first that validates and scores every probe exactly as QTI does; failing that, the
 * fallback candidate, with a warning that says how far it is off.
 */
export function settle(
  ctx: Ctx,
  probes: Probe[],
  makeCandidates: (max: number, scores: number[]) => Candidate[],
  fallback: string,
): ItemImport {
  const scores = probes.map((p) => safeScore(ctx, p.qti));
  const max = Math.max(0, ...scores);
  if (!(max > 0)) {
    return fail('no response earns marks under its response processing, so it cannot be scored');
  }
  const points = pointsFor(ctx.model, max);
  let firstIssues: string | undefined;
  let chosen: { definition: ItemDefinition; name: string; note: string } | undefined;
  let backup: typeof chosen;
  for (const candidate of makeCandidates(max, scores)) {
    const validation = validateItem({ ...ctx.base, points, ...candidate.def });
    if (!validation.ok || !validation.definition) {
      firstIssues ??= validation.issues.map((i) => `${i.path}: ${i.message}`).join('; ');
      continue;
    }
    const check = verify(validation.definition, probes, scores, max);
    if (check.mismatches === 0) {
      return done(ctx, validation.definition);
    }
    const entry = {
      definition: validation.definition,
      name: candidate.name,
      note: describeMismatch(check),
    };
    if (candidate.name === fallback) chosen ??= entry;
    backup ??= entry;
  }
  const pick = chosen ?? backup;
  if (!pick) return fail(`it does not make a valid item: ${firstIssues ?? 'no candidate'}`);
  ctx.warnings.add(
    `${pick.note}; imported with the closest scoring our engine has (${pick.name}) — check it before saving`,
  );
  return done(ctx, pick.definition);
}

/** The imported item: the definition, the warnings gathered and the stimuli it refers to. */
export function done(ctx: Ctx, definition: ItemDefinition): ItemImport {
  return {
    ok: true,
    definition,
    warnings: [...ctx.warnings],
    stimulusRefs: ctx.model.stimulusRefs,
  };
}

// ── reading text ───────────────────────────────────────────────────────────────────────────

export const INTERACTION = /-interaction$/;

export function markdownCtx(ctx: Ctx, replace?: MarkdownContext['replace']): MarkdownContext {
  return { warnings: ctx.warnings, replace };
}

/** Text of a choice (one line; inner blocks joined). */
function choiceText(ctx: Ctx, el: XmlElement): string {
  return blockMarkdown(el.children, markdownCtx(ctx)).replace(/\n+/g, ' ').trim();
}

/** Text of an inline choice or a gap text (inline markup only). */
export function inlineChoiceText(ctx: Ctx, el: XmlElement): string {
  return inlineMarkdown(el.children, markdownCtx(ctx)).trim();
}

/** The item body as markdown, with the interaction written as `replacement`. */
export function bodyMarkdown(ctx: Ctx, interaction: XmlElement, replacement: string): string {
  const body = ctx.model.body;
  return body
    ? blockMarkdown(
        body.children,
        markdownCtx(ctx, (el) => (el === interaction ? replacement : undefined)),
      )
    : '';
}

/** The item body around a block interaction, plus the interaction's qti-prompt. */
export function blockPrompt(ctx: Ctx, interaction: XmlElement): string {
  const outside = bodyMarkdown(ctx, interaction, '');
  const promptEl = firstChild(interaction, 'qti-prompt');
  const inside = promptEl ? blockMarkdown(promptEl.children, markdownCtx(ctx)) : '';
  return [outside, inside].filter(Boolean).join('\n\n');
}

export const fallbackPrompt = (ctx: Ctx, text: string) =>
  text || ctx.model.title || 'Answer the question.';

/** The response declaration an interaction refers to, or why there is none. */
export function declarationOf(ctx: Ctx, interaction: XmlElement): QtiResponseDeclaration | Fail {
  const id = attr(interaction, 'response-identifier') ?? '';
  const decl = ctx.model.responses.get(id);
  return (
    decl ??
    fail(`<${interaction.name}> refers to "${id}", which no qti-response-declaration declares`)
  );
}

export const isFail = (x: unknown): x is Fail =>
  typeof x === 'object' && x !== null && (x as { ok?: unknown }).ok === false;

export const list = (ids: readonly string[]) => (ids.length ? ids.join(', ') : 'nothing');

/** A choice read: its QTI identifier, our id for it, its text, and its element. */
export interface QtiChoice {
  qti: string;
  id: string;
  text: string;
  el: XmlElement;
}

/**
 * The choices of an interaction (its children named `name`: simple choices, inline choices,
 * gap texts…), with ids unique among them and their text as `text` reads it.
 */
export function readChoices(
  ctx: Ctx,
  parent: XmlElement,
  name: string,
  fallbackId: string,
  text: (ctx: Ctx, el: XmlElement) => string = choiceText,
): QtiChoice[] {
  const local = new IdAllocator();
  return childElements(parent, name).map((el) => {
    const qti = attr(el, 'identifier') ?? '';
    return { qti, id: local.get(qti, fallbackId), text: text(ctx, el), el };
  });
}

// ── reading gaps (inline choice and gap match) ─────────────────────────────────────────────

const GAP_MARK = (i: number) => `\ue000gap${i}\ue001`;

/** Markdown of nodes with gap elements as {{id}} markers; literal "{{" in the text is broken up
 * so that it is not read as a gap. */
export function gappedMarkdown(
  ctx: Ctx,
  nodes: readonly XmlNode[],
  gapOf: (el: XmlElement) => number | undefined,
  ids: readonly string[],
): string {
  const text = blockMarkdown(
    nodes,
    markdownCtx(ctx, (el) => {
      const i = gapOf(el);
      return i === undefined ? undefined : GAP_MARK(i);
    }),
  );
  return text
    .replace(/\{\{/g, '{ {')
    .replace(/\ue000gap(\d+)\ue001/g, (_, i: string) => `{{${ids[Number(i)] ?? ''}}}`);
}

/** A gap of an inline choice: its options and the id of the right one. */
interface Gap {
  id: string;
  options: Array<{ id: string; text: string }>;
  answer: string;
}

/**
 * Settles an inline choice of these gaps: weighted by each gap's own score (`singleScores`, as
 * fractions of the maximum), else with equal weights.
 */
export function settleGaps(
  ctx: Ctx,
  probes: Probe[],
  answers: Gap[],
  text: string,
  shuffle: boolean,
  singleScores: (max: number) => number[],
): ItemImport {
  const gaps = answers.map((g) => ({
    id: g.id,
    options: g.options.map((o) => ({ id: o.id, text: o.text })),
    answer: g.answer,
  }));
  return settle(ctx, probes, gapCandidates(gaps, text, shuffle, singleScores), 'equal gaps');
}

function gapCandidates(
  gaps: Gap[],
  text: string,
  shuffle: boolean,
  singleScores: (max: number) => number[],
): (max: number) => Candidate[] {
  return (max) => {
    // Scaled so that the lightest gap weighs 1 (2:1 rather than ⅔:⅓).
    const raw = singleScores(max);
    const least = Math.min(...raw);
    const weights = raw.map((w) => (least > 0 ? Math.round((w / least) * 1e9) / 1e9 : w));
    const base = { type: 'inline-choice', text, shuffle };
    const out: Candidate[] = [];
    if (weights.every((w) => w > 0)) {
      out.push({
        name: 'weighted gaps',
        def: { ...base, gaps: gaps.map((g, i) => ({ ...g, weight: weights[i] })) },
      });
    }
    out.push({
      name: 'equal gaps',
      def: { ...base, gaps: gaps.map((g) => ({ ...g, weight: 1 })) },
    });
    return out;
  };
}

// ── reading condition chains (text entry) ──────────────────────────────────────────────────

/** A branch of a "if the response … then SCORE = c" chain; test null = the else branch. */
interface Branch {
  test: XmlElement | null;
  score: number;
}

function constantScore(rules: XmlElement[]): number | undefined {
  if (rules.length !== 1) return undefined;
  const rule = rules[0];
  if (rule?.name !== 'qti-set-outcome-value' || attr(rule, 'identifier') !== 'SCORE')
    return undefined;
  const [value] = childElements(rule);
  return value?.name === 'qti-base-value' ? readNumber(textContent(value)) : undefined;
}

/** Reads custom processing of the form: [SCORE = 0;] if (test) SCORE = a; else if … else SCORE = c. */
export function conditionChain(rp: XmlElement | undefined): Branch[] | undefined {
  if (!rp) return undefined;
  const rules = childElements(rp);
  const conditions = rules.filter((r) => r.name === 'qti-response-condition');
  const others = rules.filter((r) => r.name !== 'qti-response-condition');
  if (conditions.length !== 1 || others.some((r) => constantScore([r]) !== 0)) return undefined;
  const branches: Branch[] = [];
  for (const branch of childElements(conditions[0] as XmlElement)) {
    const parts = childElements(branch);
    if (branch.name === 'qti-response-else') {
      const score = constantScore(parts);
      if (score === undefined) return undefined;
      branches.push({ test: null, score });
      continue;
    }
    const [test, ...body] = parts;
    const score = constantScore(body);
    if (!test || score === undefined) return undefined;
    branches.push({ test, score });
  }
  return branches;
}

/** The operands of a test on the response: [the other operand] when one is the response. */
export function comparedTo(test: XmlElement, rid: string): XmlElement | undefined {
  const [a, b] = childElements(test);
  const isResponse = (x: XmlElement | undefined) =>
    x?.name === 'qti-variable' && attr(x, 'identifier') === rid;
  if (isResponse(a)) return b;
  if (isResponse(b)) return a;
  return undefined;
}

/** The literal an operand stands for: a base value, or the response's first correct value. */
export function literalOf(
  ctx: Ctx,
  operand: XmlElement | undefined,
  rid: string,
): string | undefined {
  if (!operand) return undefined;
  if (operand.name === 'qti-base-value') return textContent(operand).trim();
  if (operand.name === 'qti-correct' && attr(operand, 'identifier') === rid)
    return ctx.model.responses.get(rid)?.correct[0];
  return undefined;
}

// ── writing ────────────────────────────────────────────────────────────────────────────────

/** What an interaction's writer gives back for the item document. */
export interface Built {
  declarations: string[];
  body: string;
  processing: string;
  /** The highest SCORE the processing gives. */
  maxScore: number;
  scoreOutcome?: Record<string, string>;
}

export const num = (x: number) => String(x);

export function attrs(record: Record<string, string | number | boolean | undefined>): string {
  return Object.entries(record)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
    .join('');
}

/** What a qti-response-declaration says: its correct response and, if any, its mapping. */
export interface Declaration {
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
}

/** A qti-response-declaration with its correct response and, if given, its mapping. */
export function declarationXml(args: Declaration): string {
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

export const setScore = (expression: string) =>
  `<qti-set-outcome-value identifier="SCORE">${expression}</qti-set-outcome-value>`;
export const floatValue = (x: number) =>
  `<qti-base-value base-type="float">${num(x)}</qti-base-value>`;

/** if (test₁) SCORE = s₁ else if … else SCORE = 0. */
export function chainXml(branches: Array<{ test: string; score: number }>, otherwise = 0): string {
  const parts = branches.map(
    (b, i) =>
      `\n      <qti-response-${i === 0 ? 'if' : 'else-if'}>\n        ${b.test}\n        ${setScore(floatValue(b.score))}\n      </qti-response-${i === 0 ? 'if' : 'else-if'}>`,
  );
  const elseBranch = `\n      <qti-response-else>${setScore(floatValue(otherwise))}</qti-response-else>`;
  return `  <qti-response-processing>\n    <qti-response-condition>${parts.join('')}${elseBranch}\n    </qti-response-condition>\n  </qti-response-processing>`;
}

export const template = (name: keyof typeof TEMPLATE_URIS) =>
  `  <qti-response-processing template="${TEMPLATE_URIS[name]}"/>`;

/**
 * An interaction whose one response, RESPONSE, is scored by a standard template (match_correct
 * or map_response); `maxScore` is the highest SCORE that gives (1 for match_correct).
 */
export function byTemplate(
  name: keyof typeof TEMPLATE_URIS,
  body: string,
  declaration: Omit<Declaration, 'id'>,
  maxScore: number,
): Built {
  return {
    declarations: [declarationXml({ id: 'RESPONSE', ...declaration })],
    body,
    processing: template(name),
    maxScore,
  };
}

export function promptXhtml(prompt: string): string {
  return markdownToXhtml(prompt);
}

/**
 * The prompt and a qti-choice-interaction of the options (choice: at most one pick; multiple
 * response: any number), with `q` giving each option's QTI identifier.
 */
export function choiceInteractionXml(
  item: Extract<ItemDefinition, { type: 'choice' | 'multiple-response' }>,
): { body: string; q: (id: string) => string } {
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
  return { body, q };
}
