import type { CategorizeDefinition, MatchingDefinition } from '@alliance/quiz-engine';
import { QtiIdAllocator } from '../ids';
import { inlineXhtml } from '../markup';
import { readNumber } from '../model';
import { type Probe, tuples } from '../verify';
import { attr, childElements, type XmlElement } from '../xml';
import {
  attrs,
  type Built,
  blockPrompt,
  byTemplate,
  type Ctx,
  type Declaration,
  declarationOf,
  fail,
  fallbackPrompt,
  type ItemImport,
  isFail,
  list,
  promptXhtml,
  readChoices,
  settle,
} from './shared';

/**
 * `qti-match-interaction` (directedPair) ⇄ `matching` and `categorize`. One file for both: an
 * import tries both as candidates (categorize first when a target is the key of several
 * sources, or when our `data-alliance-type` says so), and export writes both the same way:
 * sources against targets, map_response for per-part, match_correct for all-or-nothing.
 */

/** A matching or categorize from a qti-match-interaction with one key target per source. */
export function importMatch(ctx: Ctx, el: XmlElement): ItemImport {
  const decl = declarationOf(ctx, el);
  if (isFail(decl)) return decl;
  const sets = childElements(el, 'qti-simple-match-set');
  if (sets.length !== 2) return fail('a match interaction needs exactly two qti-simple-match-set');
  const read = (set: XmlElement | undefined, fallbackId: string) =>
    (set ? readChoices(ctx, set, 'qti-simple-associable-choice', fallbackId) : []).map((c) => ({
      ...c,
      matchMax: readNumber(attr(c.el, 'match-max')) ?? 1,
    }));
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

/** A matching or categorize as a qti-match-interaction: premises or cards, then targets. */
export function matchXml(item: MatchingDefinition | CategorizeDefinition): Built {
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
  const key: Omit<Declaration, 'id'> = {
    cardinality: 'multiple',
    baseType: 'directedPair',
    correct: pairs,
  };
  if (item.policy === 'all-or-nothing') return byTemplate('match_correct', body, key, 1);
  const entries = pairs.map((pair) => ({ key: pair, value: item.points / things.length }));
  return byTemplate(
    'map_response',
    body,
    { ...key, mapping: { defaultValue: 0, lowerBound: 0, upperBound: item.points, entries } },
    item.points,
  );
}
