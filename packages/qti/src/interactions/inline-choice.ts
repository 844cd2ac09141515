import type { InlineChoiceDefinition } from '@alliance/quiz-engine';
import { IdAllocator, QtiIdAllocator } from '../ids';
import { blockMarkdown, inlineXhtml, markdownToXhtml } from '../markup';
import { type Probe, tuples } from '../verify';
import { attr, descendants, escapeXml, isElement, type XmlElement, type XmlNode } from '../xml';
import {
  attrs,
  type Built,
  type Ctx,
  declarationOf,
  declarationXml,
  fail,
  floatValue,
  gappedMarkdown,
  INTERACTION,
  type ItemImport,
  inlineChoiceText,
  isFail,
  list,
  markdownCtx,
  promptXhtml,
  readChoices,
  safeScore,
  setScore,
  settleGaps,
} from './shared';

/**
 * `qti-inline-choice-interaction` (one or several) ⇄ `inline-choice`. Import makes a gap of each
 * interaction: the body blocks from the first to the last gap are the text, the rest the
 * prompt, and each gap's weight comes from its own score. Export writes one interaction per
 * gap and a rule that adds each right gap's share of the points.
 */

/** An inline choice from the item's inline choice interactions, a gap each. */
export function importInlineChoices(ctx: Ctx, interactions: XmlElement[]): ItemImport {
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
    const decl = declarationOf(ctx, el);
    if (isFail(decl)) return decl;
    const options = readChoices(ctx, el, 'qti-inline-choice', 'option', inlineChoiceText);
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
  const shuffle = interactions.some((el) => attr(el, 'shuffle') === 'true');
  return settleGaps(ctx, probes, gaps, text, shuffle, singles);
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

const GAP = /\{\{([A-Za-z0-9_.:-]+)\}\}/g;

/** An inline choice as a qti-inline-choice-interaction per gap and a rule summing their weights. */
export function inlineChoiceXml(item: InlineChoiceDefinition): Built {
  const gapIds = new QtiIdAllocator();
  for (const id of ['SCORE', 'MAXSCORE', 'ALLIANCE_POINTS']) gapIds.get(id); // keep clear of outcomes
  const total = item.gaps.reduce((s, g) => s + g.weight, 0);
  const declarations: string[] = [];
  const interactions = new Map<string, string>();
  for (const gap of item.gaps) {
    const rid = gapIds.get(gap.id);
    const options = new QtiIdAllocator();
    declarations.push(
      declarationXml({
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
