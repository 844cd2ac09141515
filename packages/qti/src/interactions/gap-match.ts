import { IdAllocator } from '../ids';
import { readNumber } from '../model';
import { type Probe, tuples } from '../verify';
import { attr, childElements, descendants, isElement, type XmlElement } from '../xml';
import {
  blockPrompt,
  type Ctx,
  declarationOf,
  fail,
  gappedMarkdown,
  type ItemImport,
  inlineChoiceText,
  isFail,
  list,
  readChoices,
  safeScore,
  settleGaps,
} from './shared';

/**
 * `qti-gap-match-interaction` → `inline-choice` (import only: an inline choice is exported as
 * inline choice interactions, see inline-choice.ts). Every gap offers every gap text; each
 * gap's weight comes from its mapped value.
 */

/** An inline choice from a gap match with one correct text per gap. */
export function importGapMatch(ctx: Ctx, el: XmlElement): ItemImport {
  const decl = declarationOf(ctx, el);
  if (isFail(decl)) return decl;
  if (childElements(el, 'qti-gap-img').length)
    return fail('image gap texts (qti-gap-img) are not supported');
  const texts = readChoices(ctx, el, 'qti-gap-text', 'option', inlineChoiceText).map((t) => ({
    ...t,
    matchMax: readNumber(attr(t.el, 'match-max')) ?? 1,
  }));
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
  const answers = gaps.map((g) => ({ id: g.id, options: texts, answer: g.answer }));
  return settleGaps(ctx, probes, answers, text, attr(el, 'shuffle') === 'true', singles);
}
