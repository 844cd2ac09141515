import {
  type ItemDefinition,
  MULTIPLE_RESPONSE_POLICIES,
  ORDERING_GRADINGS,
  validateItem,
} from '@alliance/quiz-engine';
import { decodeQtiId, IdAllocator } from './ids';
import { blockMarkdown, inlineMarkdown, type MarkdownContext } from './markup';
import {
  outcomeNumber,
  type QtiItemModel,
  type QtiResponseDeclaration,
  readItem,
  readNumber,
} from './model';
import {
  type CompiledProcessing,
  compileProcessing,
  correctResponseProcessing,
  mappedValue,
  type QtiResponses,
} from './scoring';
import { describeMismatch, type Probe, permutations, subsets, tuples, verify } from './verify';
import {
  attr,
  childElements,
  descendants,
  firstChild,
  isElement,
  textContent,
  type XmlElement,
  type XmlNode,
} from './xml';

/**
 * One qti-assessment-item → one of our item definitions, checked response by response against
 * the item's own response processing (see verify.ts). Never throws: what cannot be imported
 * comes back with the reason.
 */

export type ItemImport =
  | {
      ok: true;
      definition: ItemDefinition;
      warnings: string[];
      stimulusRefs: QtiItemModel['stimulusRefs'];
    }
  | { ok: false; reason: string };

/** Interactions we import; any other `qti-…-interaction` makes the item skipped. */
export const SUPPORTED_INTERACTIONS = [
  'qti-choice-interaction',
  'qti-order-interaction',
  'qti-match-interaction',
  'qti-gap-match-interaction',
  'qti-inline-choice-interaction',
  'qti-text-entry-interaction',
  'qti-extended-text-interaction',
] as const;

const IGNORED_INTERACTIONS = new Set(['qti-end-attempt-interaction']);

interface Ctx {
  model: QtiItemModel;
  warnings: Set<string>;
  processing: CompiledProcessing;
  /** The item's own processing could not be evaluated: scoring comes from its correct response. */
  fromCorrectOnly: boolean;
  base: { id: string; prompt: string };
}

type Fail = { ok: false; reason: string };
const fail = (reason: string): Fail => ({ ok: false, reason });

interface Candidate {
  name: string;
  def: Record<string, unknown>;
}

const clampFraction = (x: number) => Math.max(-1, Math.min(1, x));

function safeScore(ctx: Ctx, responses: QtiResponses): number {
  try {
    return ctx.processing.score(responses);
  } catch {
    return 0;
  }
}

/** Our points: our own ALLIANCE_POINTS outcome, else MAXSCORE, else the highest QTI score. */
function pointsFor(model: QtiItemModel, max: number): number {
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
function settle(
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

function done(ctx: Ctx, definition: ItemDefinition): ItemImport {
  return {
    ok: true,
    definition,
    warnings: [...ctx.warnings],
    stimulusRefs: ctx.model.stimulusRefs,
  };
}

// ── text ────────────────────────────────────────────────────────────────────────────────────

const INTERACTION = /-interaction$/;

function markdownCtx(ctx: Ctx, replace?: MarkdownContext['replace']): MarkdownContext {
  return { warnings: ctx.warnings, replace };
}

/** Text of a choice (one line; inner blocks joined). */
function choiceText(ctx: Ctx, el: XmlElement): string {
  return blockMarkdown(el.children, markdownCtx(ctx)).replace(/\n+/g, ' ').trim();
}

/** The item body around a block interaction, plus the interaction's qti-prompt. */
function blockPrompt(ctx: Ctx, interaction: XmlElement): string {
  const body = ctx.model.body;
  const outside = body
    ? blockMarkdown(
        body.children,
        markdownCtx(ctx, (el) => (el === interaction ? '' : undefined)),
      )
    : '';
  const promptEl = firstChild(interaction, 'qti-prompt');
  const inside = promptEl ? blockMarkdown(promptEl.children, markdownCtx(ctx)) : '';
  return [outside, inside].filter(Boolean).join('\n\n');
}

const fallbackPrompt = (ctx: Ctx, text: string) =>
  text || ctx.model.title || 'Answer the question.';

function responseDecl(ctx: Ctx, interaction: XmlElement): QtiResponseDeclaration | Fail {
  const id = attr(interaction, 'response-identifier') ?? '';
  const decl = ctx.model.responses.get(id);
  return (
    decl ??
    fail(`<${interaction.name}> refers to "${id}", which no qti-response-declaration declares`)
  );
}

const isFail = (x: unknown): x is Fail =>
  typeof x === 'object' && x !== null && (x as { ok?: unknown }).ok === false;

const list = (ids: readonly string[]) => (ids.length ? ids.join(', ') : 'nothing');

// ── choice and multiple response ───────────────────────────────────────────────────────────

function importChoice(ctx: Ctx, el: XmlElement): ItemImport {
  const decl = responseDecl(ctx, el);
  if (isFail(decl)) return decl;
  const local = new IdAllocator();
  const options = childElements(el, 'qti-simple-choice').map((c) => {
    const qti = attr(c, 'identifier') ?? '';
    return { qti, id: local.get(qti, 'option'), text: choiceText(ctx, c) };
  });
  const empty = options.find((o) => !o.text);
  if (empty) return fail(`choice "${empty.qti}" has no text (images are not imported)`);
  const shuffle = attr(el, 'shuffle') === 'true';
  ctx.base.prompt = fallbackPrompt(ctx, blockPrompt(ctx, el));
  const rid = decl.identifier;

  if (decl.cardinality === 'single') {
    const probes: Probe[] = [
      { response: { choice: null }, qti: { [rid]: null }, label: 'no answer' },
      ...options.map((o) => ({
        response: { choice: o.id },
        qti: { [rid]: o.qti },
        label: `choosing ${o.qti}`,
      })),
    ];
    return settle(
      ctx,
      probes,
      (max, scores) => [
        {
          name: 'choice',
          def: {
            type: 'choice',
            shuffle,
            options: options.map((o, i) => ({
              id: o.id,
              text: o.text,
              fraction: clampFraction((scores[i + 1] ?? 0) / max),
            })),
          },
        },
      ],
      'choice',
    );
  }

  if (decl.cardinality !== 'multiple') {
    return fail(`a choice interaction with ${decl.cardinality} cardinality is not supported`);
  }
  const maxChoices = readNumber(attr(el, 'max-choices')) ?? 0;
  if (maxChoices > 0 && maxChoices < options.length) {
    ctx.warnings.add(
      `QTI lets a candidate pick at most ${maxChoices} options; our multiple response does not limit picks`,
    );
  }
  const masks = subsets(options.length).filter(
    (m) => maxChoices <= 0 || m.filter(Boolean).length <= maxChoices,
  );
  const probes: Probe[] = masks.map((mask) => {
    const picked = options.filter((_, i) => mask[i]);
    return {
      response: { choices: picked.map((o) => o.id) },
      qti: { [rid]: picked.length ? picked.map((o) => o.qti) : null },
      label: picked.length ? `picking ${list(picked.map((o) => o.qti))}` : 'no answer',
    };
  });
  const single = (qti: string[]) => safeScore(ctx, { [rid]: qti.length ? qti : null });
  const keyQti = decl.correct.filter((c) => options.some((o) => o.qti === c));
  const correct = options.map((o) =>
    keyQti.length ? keyQti.includes(o.qti) : single([o.qti]) > 0,
  );
  const fallback =
    ctx.processing.kind === 'map_response' && !ctx.fromCorrectOnly
      ? 'sum-of-fractions'
      : 'all-or-nothing';
  return settle(
    ctx,
    probes,
    (max) => {
      // Per-option values: the qti-mapping when the template maps, else each option's own score
      // (a wrong option's penalty: what adding it to the key costs).
      const key = options.filter((_, i) => correct[i]).map((o) => o.qti);
      const keyScore = single(key);
      const values = options.map((o) => {
        if (ctx.processing.kind === 'map_response' && decl.mapping)
          return mappedValue(decl, o.qti) / max;
        const alone = single([o.qti]);
        if (alone > 0) return alone / max;
        return key.includes(o.qti) ? 0 : (single([...key, o.qti]) - keyScore) / max;
      });
      const candidates: Candidate[] = [];
      // Simplest first: the first policy that reproduces QTI on every response is kept.
      const order = [
        'all-or-nothing',
        'right-minus-wrong',
        ...MULTIPLE_RESPONSE_POLICIES.filter(
          (p) => p !== 'all-or-nothing' && p !== 'right-minus-wrong',
        ),
      ] as const;
      for (const policy of order) {
        const sum = policy === 'sum-of-fractions';
        candidates.push({
          name: policy,
          def: {
            type: 'multiple-response',
            policy,
            shuffle,
            options: options.map((o, i) => ({
              id: o.id,
              text: o.text,
              correct: sum ? (values[i] ?? 0) > 0 : correct[i] === true,
              ...(sum ? { fraction: clampFraction(values[i] ?? 0) } : {}),
            })),
          },
        });
      }
      return candidates;
    },
    fallback,
  );
}

// ── ordering ───────────────────────────────────────────────────────────────────────────────

function importOrder(ctx: Ctx, el: XmlElement): ItemImport {
  const decl = responseDecl(ctx, el);
  if (isFail(decl)) return decl;
  const local = new IdAllocator();
  const choices = childElements(el, 'qti-simple-choice').map((c) => {
    const qti = attr(c, 'identifier') ?? '';
    return { qti, id: local.get(qti, 'item'), text: choiceText(ctx, c) };
  });
  const byQti = new Map(choices.map((c) => [c.qti, c]));
  const key = decl.correct.map((q) => byQti.get(q));
  if (
    key.length !== choices.length ||
    key.some((c) => c === undefined) ||
    new Set(decl.correct).size !== key.length
  ) {
    return fail(
      'its qti-correct-response does not list every choice once, so the key order is unknown',
    );
  }
  const items = key.filter((c): c is NonNullable<typeof c> => c !== undefined);
  const empty = items.find((c) => !c.text);
  if (empty) return fail(`choice "${empty.qti}" has no text`);
  ctx.base.prompt = fallbackPrompt(ctx, blockPrompt(ctx, el));
  const rid = decl.identifier;
  const probes: Probe[] = [
    { response: { order: [] }, qti: { [rid]: null }, label: 'no answer' },
    ...permutations(items.length).map((perm) => {
      const order = perm.map((i) => items[i]).filter((c): c is NonNullable<typeof c> => !!c);
      return {
        response: { order: order.map((c) => c.id) },
        qti: { [rid]: order.map((c) => c.qti) },
        label: `the order ${list(order.map((c) => c.qti))}`,
      };
    }),
  ];
  const shuffle = attr(el, 'shuffle') === 'true';
  return settle(
    ctx,
    probes,
    () =>
      ORDERING_GRADINGS.map((grading) => ({
        name: grading,
        def: {
          type: 'ordering',
          grading,
          shuffle,
          items: items.map((c) => ({ id: c.id, text: c.text })),
        },
      })),
    'all-or-nothing',
  );
}

// ── matching and categorize ────────────────────────────────────────────────────────────────

function importMatch(ctx: Ctx, el: XmlElement): ItemImport {
  const decl = responseDecl(ctx, el);
  if (isFail(decl)) return decl;
  const sets = childElements(el, 'qti-simple-match-set');
  if (sets.length !== 2) return fail('a match interaction needs exactly two qti-simple-match-set');
  const read = (set: XmlElement | undefined, fallbackId: string) => {
    const local = new IdAllocator();
    return (set ? childElements(set, 'qti-simple-associable-choice') : []).map((c) => ({
      qti: attr(c, 'identifier') ?? '',
      id: local.get(attr(c, 'identifier') ?? '', fallbackId),
      text: choiceText(ctx, c),
      matchMax: readNumber(attr(c, 'match-max')) ?? 1,
    }));
  };
  const sources = read(sets[0], 'premise');
  const targets = read(sets[1], 'response');
  const empty = [...sources, ...targets].find((c) => !c.text);
  if (empty) return fail(`choice "${empty.qti}" has no text`);
  const answers = new Map<string, string[]>();
  for (const pair of decl.correct) {
    const [s, t] = pair.split(' ');
    if (!s || !t) continue;
    answers.set(s, [...(answers.get(s) ?? []), t]);
  }
  const keyIndex: number[] = [];
  for (const s of sources) {
    const ts = answers.get(s.qti) ?? [];
    if (ts.length !== 1) {
      return fail(
        ts.length === 0
          ? `"${s.qti}" has no match in qti-correct-response; our matching needs one for each premise`
          : `"${s.qti}" has ${ts.length} matches in qti-correct-response; ours allows one`,
      );
    }
    const at = targets.findIndex((t) => t.qti === ts[0]);
    if (at === -1) return fail(`the correct match "${s.qti} ${ts[0]}" names an unknown choice`);
    keyIndex.push(at);
  }
  const limited = targets.filter((t) => t.matchMax > 0 && t.matchMax < sources.length);
  if (limited.length) {
    ctx.warnings.add(
      `QTI limits how often ${list(limited.map((t) => t.qti))} may be used; here any choice may be used for several`,
    );
  }
  ctx.base.prompt = fallbackPrompt(ctx, blockPrompt(ctx, el));
  const rid = decl.identifier;
  const probes: Probe[] = tuples(sources.map(() => targets.length)).map((tuple) => {
    const pairs: string[] = [];
    const matches: Record<string, string | null> = {};
    const cards: Record<string, string | null> = {};
    tuple.forEach((t, i) => {
      const s = sources[i];
      const target = targets[t];
      if (!s) return;
      matches[s.id] = target ? target.id : null;
      cards[s.id] = matches[s.id] ?? null;
      if (target) pairs.push(`${s.qti} ${target.qti}`);
    });
    return {
      response: { matches, placements: cards },
      qti: { [rid]: pairs.length ? pairs : null },
      label: pairs.length ? `the pairs ${list(pairs)}` : 'no answer',
    };
  });
  const reused = new Set(keyIndex).size < keyIndex.length;
  const hint = attr(el, 'data-alliance-type');
  const preferCategorize = hint ? hint === 'categorize' : reused;
  const matchingDefs = (['per-part', 'all-or-nothing'] as const).map((policy) => ({
    name: `matching/${policy}`,
    def: {
      type: 'matching',
      policy,
      shuffle: attr(el, 'shuffle') === 'true',
      premises: sources.map((s, i) => ({
        id: s.id,
        text: s.text,
        match: targets[keyIndex[i] ?? 0]?.id ?? '',
      })),
      responses: targets.map((t) => ({ id: t.id, text: t.text })),
    },
  }));
  const categorizeDefs = (['per-part', 'all-or-nothing'] as const).map((policy) => ({
    name: `categorize/${policy}`,
    def: {
      type: 'categorize',
      policy,
      shuffle: attr(el, 'shuffle') === 'true',
      buckets: targets.map((t) => ({ id: t.id, label: t.text })),
      cards: sources.map((s, i) => ({
        id: s.id,
        text: s.text,
        bucket: targets[keyIndex[i] ?? 0]?.id ?? '',
      })),
    },
  }));
  const ordered = preferCategorize
    ? [...categorizeDefs, ...matchingDefs]
    : [...matchingDefs, ...categorizeDefs];
  const policy =
    ctx.processing.kind === 'match_correct' || ctx.fromCorrectOnly ? 'all-or-nothing' : 'per-part';
  const fallback = `${preferCategorize ? 'categorize' : 'matching'}/${policy}`;
  // Probes carry both response shapes (matches and placements); each candidate reads its own.
  return settle(ctx, probes, () => ordered, fallback);
}

// ── gaps: inline choice and gap match ──────────────────────────────────────────────────────

const GAP_MARK = (i: number) => `\ue000gap${i}\ue001`;

/** Markdown of nodes with gap elements as {{id}} markers; literal "{{" in the text is broken up
 * so that it is not read as a gap. */
function gappedMarkdown(
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

function gapCandidates(
  gaps: Array<{ id: string; options: Array<{ id: string; text: string }>; answer: string }>,
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

function importInlineChoices(ctx: Ctx, interactions: XmlElement[]): ItemImport {
  const body = ctx.model.body;
  if (!body) return fail('it has no qti-item-body');
  const gapIds = new IdAllocator();
  const gaps: Array<{
    qti: string;
    id: string;
    options: Array<{ id: string; qti: string; text: string }>;
    answer: string;
    answerQti: string;
  }> = [];
  for (const el of interactions) {
    const decl = responseDecl(ctx, el);
    if (isFail(decl)) return decl;
    const local = new IdAllocator();
    const options = childElements(el, 'qti-inline-choice').map((c) => {
      const qti = attr(c, 'identifier') ?? '';
      return {
        qti,
        id: local.get(qti, 'option'),
        text: inlineMarkdown(c.children, markdownCtx(ctx)).trim(),
      };
    });
    const empty = options.find((o) => !o.text);
    if (empty) return fail(`inline choice "${empty.qti}" has no text`);
    const answerQti = decl.correct[0] ?? '';
    const answer = options.find((o) => o.qti === answerQti);
    if (!answer) return fail(`${decl.identifier} has no correct response among its choices`);
    gaps.push({
      qti: decl.identifier,
      id: gapIds.get(decl.identifier, 'gap'),
      options,
      answer: answer.id,
      answerQti,
    });
  }
  // Body blocks from the first to the last one holding a gap are the text; the rest, the prompt.
  const segments: XmlNode[][] = [];
  let inline: XmlNode[] = [];
  for (const node of body.children) {
    if (isElement(node) && !INTERACTION.test(node.name) && isBlock(node)) {
      if (inline.length) segments.push(inline);
      inline = [];
      segments.push([node]);
    } else inline.push(node);
  }
  if (inline.length) segments.push(inline);
  const holds = segments.map((seg) =>
    seg.some(
      (n) =>
        isElement(n) &&
        (interactions.includes(n) || descendants(n).some((d) => interactions.includes(d))),
    ),
  );
  const first = holds.indexOf(true);
  const last = holds.lastIndexOf(true);
  const gapOf = (el: XmlElement) => {
    const i = interactions.indexOf(el);
    return i === -1 ? undefined : i;
  };
  const ids = gaps.map((g) => g.id);
  const text = gappedMarkdown(ctx, segments.slice(first, last + 1).flat(), gapOf, ids);
  const prompt = [
    blockMarkdown(segments.slice(0, first).flat(), markdownCtx(ctx)),
    blockMarkdown(segments.slice(last + 1).flat(), markdownCtx(ctx)),
  ]
    .filter(Boolean)
    .join('\n\n');
  ctx.base.prompt = prompt || 'Complete the text.';
  const probes: Probe[] = tuples(gaps.map((g) => g.options.length)).map((tuple) => {
    const response: Record<string, string | null> = {};
    const qti: Record<string, string | null> = {};
    const said: string[] = [];
    tuple.forEach((t, i) => {
      const gap = gaps[i];
      const option = gap?.options[t];
      if (!gap) return;
      response[gap.id] = option ? option.id : null;
      qti[gap.qti] = option ? option.qti : null;
      if (option) said.push(`${gap.qti}=${option.qti}`);
    });
    return { response: { gaps: response }, qti, label: said.length ? list(said) : 'no answer' };
  });
  const singles = (max: number) => gaps.map((g) => safeScore(ctx, { [g.qti]: g.answerQti }) / max);
  return settle(
    ctx,
    probes,
    gapCandidates(
      gaps.map((g) => ({
        id: g.id,
        options: g.options.map((o) => ({ id: o.id, text: o.text })),
        answer: g.answer,
      })),
      text,
      interactions.some((el) => attr(el, 'shuffle') === 'true'),
      singles,
    ),
    'equal gaps',
  );
}

const BLOCK_NAMES = new Set([
  'p',
  'div',
  'ul',
  'ol',
  'table',
  'blockquote',
  'pre',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
]);
const isBlock = (el: XmlElement) => BLOCK_NAMES.has(el.name);

function importGapMatch(ctx: Ctx, el: XmlElement): ItemImport {
  const decl = responseDecl(ctx, el);
  if (isFail(decl)) return decl;
  if (childElements(el, 'qti-gap-img').length)
    return fail('image gap texts (qti-gap-img) are not supported');
  const local = new IdAllocator();
  const texts = childElements(el, 'qti-gap-text').map((t) => {
    const qti = attr(t, 'identifier') ?? '';
    return {
      qti,
      id: local.get(qti, 'option'),
      text: inlineMarkdown(t.children, markdownCtx(ctx)).trim(),
      matchMax: readNumber(attr(t, 'match-max')) ?? 1,
    };
  });
  const emptyText = texts.find((t) => !t.text);
  if (emptyText) return fail(`gap text "${emptyText.qti}" has no text`);
  const gapEls = descendants(el, 'qti-gap');
  const gapIds = new IdAllocator();
  const keyOf = new Map<string, string[]>();
  for (const pair of decl.correct) {
    const [t, g] = pair.split(' ');
    if (t && g) keyOf.set(g, [...(keyOf.get(g) ?? []), t]);
  }
  const gaps: Array<{ qti: string; id: string; answer: string; answerQti: string }> = [];
  for (const g of gapEls) {
    const qti = attr(g, 'identifier') ?? '';
    const answers = keyOf.get(qti) ?? [];
    if (answers.length !== 1)
      return fail(
        answers.length === 0
          ? `gap "${qti}" has no correct text in qti-correct-response`
          : `gap "${qti}" has ${answers.length} correct texts; ours allows one`,
      );
    const text = texts.find((t) => t.qti === answers[0]);
    if (!text) return fail(`gap "${qti}" is answered by an unknown text "${answers[0]}"`);
    gaps.push({ qti, id: gapIds.get(qti, 'gap'), answer: text.id, answerQti: text.qti });
  }
  if (gaps.length === 0) return fail('the gap match interaction has no qti-gap');
  const limited = texts.filter((t) => t.matchMax > 0 && t.matchMax < gaps.length);
  if (limited.length) {
    ctx.warnings.add(
      'QTI lets each word fill a limited number of gaps; here each gap is its own dropdown and a word may be chosen in several',
    );
  }
  const content = el.children.filter(
    (n) => !(isElement(n) && ['qti-prompt', 'qti-gap-text', 'qti-gap-img'].includes(n.name)),
  );
  const text = gappedMarkdown(
    ctx,
    content,
    (g) => (g.name === 'qti-gap' ? gapEls.indexOf(g) : undefined),
    gaps.map((g) => g.id),
  );
  ctx.base.prompt = blockPrompt(ctx, el) || 'Complete the text.';
  const rid = decl.identifier;
  const probes: Probe[] = tuples(gaps.map(() => texts.length)).map((tuple) => {
    const response: Record<string, string | null> = {};
    const pairs: string[] = [];
    tuple.forEach((t, i) => {
      const gap = gaps[i];
      const option = texts[t];
      if (!gap) return;
      response[gap.id] = option ? option.id : null;
      if (option) pairs.push(`${option.qti} ${gap.qti}`);
    });
    return {
      response: { gaps: response },
      qti: { [rid]: pairs.length ? pairs : null },
      label: pairs.length ? `the pairs ${list(pairs)}` : 'no answer',
    };
  });
  const singles = (max: number) =>
    gaps.map((g) => safeScore(ctx, { [rid]: [`${g.answerQti} ${g.qti}`] }) / max);
  return settle(
    ctx,
    probes,
    gapCandidates(
      gaps.map((g) => ({
        id: g.id,
        options: texts.map((t) => ({ id: t.id, text: t.text })),
        answer: g.answer,
      })),
      text,
      attr(el, 'shuffle') === 'true',
      singles,
    ),
    'equal gaps',
  );
}

// ── text entry ─────────────────────────────────────────────────────────────────────────────

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
function conditionChain(rp: XmlElement | undefined): Branch[] | undefined {
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
function comparedTo(test: XmlElement, rid: string): XmlElement | undefined {
  const [a, b] = childElements(test);
  const isResponse = (x: XmlElement | undefined) =>
    x?.name === 'qti-variable' && attr(x, 'identifier') === rid;
  if (isResponse(a)) return b;
  if (isResponse(b)) return a;
  return undefined;
}

function literalOf(ctx: Ctx, operand: XmlElement | undefined, rid: string): string | undefined {
  if (!operand) return undefined;
  if (operand.name === 'qti-base-value') return textContent(operand).trim();
  if (operand.name === 'qti-correct' && attr(operand, 'identifier') === rid)
    return ctx.model.responses.get(rid)?.correct[0];
  return undefined;
}

const escapeStars = (text: string) => text.replace(/\*/g, '\\*');

/**
 * An XML Schema pattern made only of literals, `.*`, `[xX]` letter pairs, `\s+` between words
 * and `\s*` at the ends (what we export) → our wildcard pattern and its case sensitivity.
 */
export function wildcardFromRegex(
  pattern: string,
): { pattern: string; caseSensitive: boolean } | undefined {
  let body = pattern;
  if (body.startsWith('\\s*')) body = body.slice(3);
  if (body.endsWith('\\s*') && !body.endsWith('\\\\s*')) body = body.slice(0, -3);
  let out = '';
  let folded = false;
  let exactLetter = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i] ?? '';
    if (c === '.' && body[i + 1] === '*') {
      out += '*';
      i++;
    } else if (c === '\\') {
      const next = body[i + 1] ?? '';
      if (next === 's' && body[i + 2] === '+') {
        out += ' ';
        i += 2;
      } else if ('\\|.?*+(){}-[]^'.includes(next) && next !== '') {
        out += next === '*' ? '\\*' : next;
        i++;
      } else return undefined;
    } else if (c === '[') {
      const m = /^\[(.)(.)\]/u.exec(body.slice(i));
      if (!m?.[1] || !m[2] || m[1].toLowerCase() !== m[2].toLowerCase() || m[1] === m[2])
        return undefined;
      out += m[1].toLowerCase();
      folded = true;
      i += m[0].length - 1;
    } else if ('|?*+(){}'.includes(c)) {
      return undefined;
    } else {
      if (c.toLowerCase() !== c.toUpperCase()) exactLetter = true;
      out += c;
    }
  }
  if (folded && exactLetter) return undefined;
  return out ? { pattern: out, caseSensitive: !folded } : undefined;
}

function importTextEntry(ctx: Ctx, el: XmlElement): ItemImport {
  const decl = responseDecl(ctx, el);
  if (isFail(decl)) return decl;
  if (decl.cardinality !== 'single')
    return fail(`a text entry with ${decl.cardinality} cardinality is not supported`);
  const body = ctx.model.body;
  // The box is shown as ____ in the prompt, or left out when it stands alone in its block.
  const withBlank = body
    ? blockMarkdown(
        body.children,
        markdownCtx(ctx, (x) => (x === el ? '____' : undefined)),
      )
    : '';
  const prompt = withBlank
    .split('\n\n')
    .filter((block) => block.trim() !== '____')
    .join('\n\n');
  ctx.base.prompt = fallbackPrompt(ctx, prompt);
  if (decl.baseType === 'float' || decl.baseType === 'integer') return importNumeric(ctx, decl);
  if (decl.baseType !== 'string')
    return fail(`a text entry of base type ${decl.baseType} is not supported`);
  return importShortText(ctx, decl);
}

function importShortText(ctx: Ctx, decl: QtiResponseDeclaration): ItemImport {
  const rid = decl.identifier;
  interface Raw {
    pattern: string;
    score: number | null; // null = the full score (max)
  }
  let raws: Raw[] = [];
  let caseSensitive = true;
  const mapping = decl.mapping;
  const bounded = (v: number) =>
    Math.min(mapping?.upperBound ?? v, Math.max(mapping?.lowerBound ?? v, v));
  if (ctx.processing.kind === 'map_response' && !ctx.fromCorrectOnly && mapping) {
    raws = mapping.entries.map((e) => ({ pattern: escapeStars(e.key), score: bounded(e.value) }));
    const def = bounded(mapping.defaultValue);
    if (def !== 0) raws.push({ pattern: '*', score: def });
    const modes = new Set(mapping.entries.map((e) => e.caseSensitive));
    caseSensitive = !(modes.size === 1 && modes.has(false));
    if (modes.size > 1)
      ctx.warnings.add(
        'its map entries mix case-sensitive and case-insensitive keys; ours are all case-sensitive',
      );
  } else if (ctx.processing.kind === 'custom' && !ctx.fromCorrectOnly) {
    const chain = conditionChain(ctx.model.processing);
    const modes = new Set<boolean>();
    const read = chain?.map((branch): Raw | undefined => {
      if (branch.test === null) return { pattern: '*', score: branch.score };
      const t = branch.test;
      if (t.name === 'qti-pattern-match') {
        const [only] = childElements(t);
        if (only?.name !== 'qti-variable' || attr(only, 'identifier') !== rid) return undefined;
        const w = wildcardFromRegex(attr(t, 'pattern') ?? '');
        if (!w) return undefined;
        if (/[A-Za-z]/.test(w.pattern)) modes.add(w.caseSensitive);
        return { pattern: w.pattern, score: branch.score };
      }
      if (t.name !== 'qti-match' && t.name !== 'qti-string-match') return undefined;
      if (t.name === 'qti-string-match' && attr(t, 'substring') === 'true') return undefined;
      const literal = literalOf(ctx, comparedTo(t, rid), rid);
      if (literal === undefined) return undefined;
      modes.add(t.name === 'qti-match' || attr(t, 'case-sensitive') !== 'false');
      return { pattern: escapeStars(literal), score: branch.score };
    });
    if (read?.every((r): r is Raw => r !== undefined) && modes.size <= 1) {
      raws = read;
      caseSensitive = !modes.has(false);
    }
  }
  if (raws.length === 0) {
    if (ctx.processing.kind === 'custom' && !ctx.fromCorrectOnly) {
      ctx.warnings.add(
        'its custom response processing is not a list of answers we can read; scoring was taken from qti-correct-response only',
      );
    }
    raws = decl.correct.map((c) => ({ pattern: escapeStars(c), score: null }));
  }
  // Drop later duplicates (the first match wins in both).
  const seen = new Set<string>();
  raws = raws.filter((r) => {
    const k = r.pattern.normalize('NFKC').trim().replace(/\s+/g, ' ');
    const key = caseSensitive ? k : k.toLowerCase();
    if (seen.has(key) || key === '') return false;
    seen.add(key);
    return true;
  });
  ctx.warnings.add(
    'answers are compared after trimming, folding spaces and Unicode normalisation; QTI compares them exactly',
  );
  const texts = new Set<string>(['', 'zzqx', 'another answer']);
  for (const r of raws) {
    for (const fill of ['', 'x', 'ab cd']) {
      const example = r.pattern.replace(/\\\*|\*/g, (m) => (m === '*' ? fill : '*')).trim();
      // Case variants: QTI may compare some keys case-insensitively and others not.
      const lower = example.toLowerCase();
      texts.add(example);
      texts.add(example.toUpperCase());
      texts.add(lower);
      texts.add(lower.charAt(0).toUpperCase() + lower.slice(1));
      texts.add([...lower].map((ch, i) => (i % 2 ? ch.toUpperCase() : ch)).join(''));
      texts.add(`${example}s`);
    }
  }
  for (const c of decl.correct) texts.add(c.trim());
  for (const e of decl.mapping?.entries ?? []) texts.add(e.key.trim());
  const probes: Probe[] = [...texts]
    .filter((t) => t === t.trim() && !/\s\s/.test(t))
    .map((text) => ({
      response: { text },
      qti: { [rid]: text === '' ? null : text },
      label: text === '' ? 'no answer' : `"${text}"`,
    }));
  return settle(
    ctx,
    probes,
    (max) => [
      {
        name: 'patterns',
        def: {
          type: 'short-text',
          caseSensitive,
          patterns: raws.map((r) => ({
            pattern: r.pattern,
            fraction: clampFraction(r.score === null ? 1 : r.score / max),
          })),
        },
      },
    ],
    'patterns',
  );
}

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

function importNumeric(ctx: Ctx, decl: QtiResponseDeclaration): ItemImport {
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

// ── essay ──────────────────────────────────────────────────────────────────────────────────

/** Our own rubric block (see export), read back; undefined for anything else. */
function readRubric(root: XmlElement) {
  for (const block of descendants(root, 'qti-rubric-block')) {
    const criteria = descendants(block, 'li')
      .filter((li) => attr(li, 'data-criterion'))
      .map((li) => ({
        id: attr(li, 'data-criterion') ?? '',
        title: textContent(firstChild(li, 'strong') ?? li).trim(),
        levels: descendants(li, 'li')
          .filter((l) => attr(l, 'data-level'))
          .map((l) => ({
            id: attr(l, 'data-level') ?? '',
            label: textContent(firstChild(l, 'strong') ?? l).trim(),
            points: readNumber(attr(l, 'data-points')) ?? 0,
            description: textContent(
              childElements(l, 'span').find((s) => attr(s, 'class') === 'description') ?? {
                name: 'span',
                attrs: {},
                children: [],
              },
            ).trim(),
          })),
      }));
    if (criteria.length) return criteria;
  }
  return undefined;
}

function importEssay(ctx: Ctx, el: XmlElement): ItemImport {
  ctx.base.prompt = fallbackPrompt(ctx, blockPrompt(ctx, el));
  const points = pointsFor(ctx.model, 1);
  const rubric = readRubric(ctx.model.root);
  if (!rubric) {
    ctx.warnings.add(
      'essays are graded by a person: a default one-criterion rubric was added — review it before saving',
    );
  }
  if (
    ctx.model.processing &&
    childElements(ctx.model.processing).length + (attr(ctx.model.processing, 'template') ? 1 : 0) >
      0
  ) {
    ctx.warnings.add(
      'its automatic response processing was dropped: essays are graded by a person',
    );
  }
  const minWords = readNumber(attr(el, 'data-min-words'));
  const maxWords = readNumber(attr(el, 'data-max-words'));
  const validation = validateItem({
    ...ctx.base,
    points,
    type: 'essay',
    rubric: rubric ?? [
      {
        id: 'overall',
        title: 'Overall',
        levels: [
          { id: 'not-yet', label: 'Not yet', points: 0 },
          { id: 'meets', label: 'Meets expectations', points },
        ],
      },
    ],
    ...(minWords !== undefined ? { minWords } : {}),
    ...(maxWords !== undefined ? { maxWords } : {}),
  });
  if (!validation.ok || !validation.definition) {
    return fail(
      `it does not make a valid item: ${validation.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`,
    );
  }
  return done(ctx, validation.definition);
}

// ── entry point ────────────────────────────────────────────────────────────────────────────

/** Imports one qti-assessment-item (already parsed). `ids` keeps item ids unique across a package. */
export function importItem(root: XmlElement, ids: IdAllocator): ItemImport {
  if (root.name !== 'qti-assessment-item') {
    return fail(`<${root.name}> is not a qti-assessment-item`);
  }
  const model = readItem(root);
  if (!model.body) return fail('it has no qti-item-body');
  const interactions = descendants(model.body).filter((e) => INTERACTION.test(e.name));
  const warnings = new Set<string>();
  const unknown = interactions.filter(
    (e) =>
      !(SUPPORTED_INTERACTIONS as readonly string[]).includes(e.name) &&
      !IGNORED_INTERACTIONS.has(e.name),
  );
  if (unknown.length) {
    return fail(
      `the interaction <${unknown[0]?.name}> is not supported (supported: ${SUPPORTED_INTERACTIONS.join(', ')})`,
    );
  }
  if (interactions.some((e) => IGNORED_INTERACTIONS.has(e.name))) {
    warnings.add('its end-attempt button (qti-end-attempt-interaction) was left out');
  }
  const used = interactions.filter((e) => !IGNORED_INTERACTIONS.has(e.name));
  if (used.length === 0) return fail('it has no interaction to answer');
  const allInline = used.every((e) => e.name === 'qti-inline-choice-interaction');
  if (used.length > 1 && !allInline) {
    return fail(
      `it combines several interactions (${[...new Set(used.map((e) => e.name))].join(', ')}); each of our items asks one question (several inline choices excepted)`,
    );
  }
  if (model.responses.size === 0 && used[0]?.name !== 'qti-extended-text-interaction') {
    return fail('it declares no response (qti-response-declaration)');
  }
  if (
    descendants(root, 'qti-modal-feedback').length ||
    descendants(root, 'qti-feedback-inline').length ||
    descendants(root, 'qti-feedback-block').length
  ) {
    warnings.add('its feedback is not imported');
  }
  if (
    descendants(root, 'qti-template-declaration').length ||
    childElements(root, 'qti-template-processing').length
  ) {
    return fail('items with templates (qti-template-declaration) are not supported');
  }
  const sourceId = model.identifier || 'item';
  const id = ids.get(sourceId, 'item');
  if (id !== decodeQtiId(sourceId)) warnings.add(`its identifier "${sourceId}" became "${id}"`);

  const ctx: Ctx = {
    model,
    warnings,
    processing: { kind: 'none', score: () => 0 },
    fromCorrectOnly: false,
    base: { id, prompt: '' },
  };
  const first = used[0] as XmlElement;
  if (first.name === 'qti-extended-text-interaction') return importEssay(ctx, first);

  const compiled = compileProcessing(model);
  if (compiled.ok && compiled.value.kind !== 'none') {
    ctx.processing = compiled.value;
  } else {
    ctx.processing = correctResponseProcessing(model);
    ctx.fromCorrectOnly = true;
    warnings.add(
      compiled.ok
        ? 'it has no response processing; scoring was taken from qti-correct-response only (each interaction right or wrong)'
        : `its response processing could not be evaluated (${compiled.reason}); scoring was taken from qti-correct-response only (each interaction right or wrong)`,
    );
  }
  if (compiled.ok && compiled.value.kind === 'custom') {
    warnings.add(
      'it uses custom response processing; it was evaluated rule by rule and the scores were checked response by response',
    );
  }

  switch (first.name) {
    case 'qti-choice-interaction':
      return importChoice(ctx, first);
    case 'qti-order-interaction':
      return importOrder(ctx, first);
    case 'qti-match-interaction':
      return importMatch(ctx, first);
    case 'qti-gap-match-interaction':
      return importGapMatch(ctx, first);
    case 'qti-inline-choice-interaction':
      return importInlineChoices(ctx, used);
    case 'qti-text-entry-interaction':
      return importTextEntry(ctx, first);
    default:
      return fail(`the interaction <${first.name}> is not supported`);
  }
}
