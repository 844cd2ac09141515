import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ItemDefinition } from '@alliance/quiz-engine';
import { parseXml, textContent, type XmlElement } from '../src/xml';

/** Test support: fixtures, a second, deliberately tiny QTI template scorer, and responses. */

const fixturePath = (name: string) => join(import.meta.dirname, 'fixtures', name);
export const fixture = (name: string) => readFileSync(fixturePath(name), 'utf8');
export const fixtureBytes = (name: string) => new Uint8Array(readFileSync(fixturePath(name)));

const kids = (el: XmlElement, name: string) =>
  el.children.filter((c): c is XmlElement => typeof c !== 'string' && c.name === name);

/**
 * An independent reading of the two standard templates, straight from the QTI 3 text:
 * match_correct — SCORE 1 when RESPONSE matches qti-correct-response, else 0;
 * map_response — SCORE 0 when RESPONSE is NULL, else the sum of the mapped values of the
 * distinct values given (default-value for unmapped ones), kept within lower/upper bound.
 * Only RESPONSE and only these two templates; written apart from src/scoring.ts on purpose.
 */
export function tinyTemplateScore(
  xml: string,
  response: string | number | string[] | null,
): number {
  const parsed = parseXml(xml);
  if (!parsed.ok) throw new Error(parsed.error);
  const root = parsed.root;
  const decl = kids(root, 'qti-response-declaration').find(
    (d) => d.attrs.identifier === 'RESPONSE',
  );
  const rp = kids(root, 'qti-response-processing')[0];
  if (!decl || !rp) throw new Error('needs RESPONSE and response processing');
  const template = (rp.attrs.template ?? '').split('/').pop()?.replace('.xml', '');
  const cardinality = decl.attrs.cardinality;
  const baseType = decl.attrs['base-type'];
  const norm = (v: string | number) => {
    const s = String(v).trim().split(/\s+/).join(' ');
    return baseType === 'float' || baseType === 'integer' ? String(Number(s)) : s;
  };
  const isNull =
    response === null || response === '' || (Array.isArray(response) && response.length === 0);
  if (isNull) return 0;
  const given = (Array.isArray(response) ? response : [response]).map(norm);
  if (template === 'match_correct') {
    const correctEl = kids(decl, 'qti-correct-response')[0];
    const correct = correctEl ? kids(correctEl, 'qti-value').map((v) => norm(textContent(v))) : [];
    if (cardinality === 'ordered') return given.join('|') === correct.join('|') ? 1 : 0;
    return [...given].sort().join('|') === [...correct].sort().join('|') ? 1 : 0;
  }
  if (template === 'map_response') {
    const mapping = kids(decl, 'qti-mapping')[0];
    if (!mapping) throw new Error('map_response needs a qti-mapping');
    const entries = kids(mapping, 'qti-map-entry').map((e) => ({
      key: norm(e.attrs['map-key'] ?? ''),
      value: Number(e.attrs['mapped-value']),
      insensitive: e.attrs['case-sensitive'] === 'false',
    }));
    const lookup = (v: string) =>
      entries.find((e) => (e.insensitive ? e.key.toLowerCase() === v.toLowerCase() : e.key === v))
        ?.value ?? Number(mapping.attrs['default-value'] ?? 0);
    let sum = 0;
    for (const v of new Set(given)) sum += lookup(v);
    if (mapping.attrs['lower-bound'] !== undefined)
      sum = Math.max(Number(mapping.attrs['lower-bound']), sum);
    if (mapping.attrs['upper-bound'] !== undefined)
      sum = Math.min(Number(mapping.attrs['upper-bound']), sum);
    return sum;
  }
  throw new Error(`unknown template ${template}`);
}

/** Every subset of a list (small lists only). */
export function allSubsets<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let mask = 0; mask < 2 ** items.length; mask++) {
    out.push(items.filter((_, i) => (mask & (1 << i)) !== 0));
  }
  return out;
}

export function allPermutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((x, i) =>
    allPermutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [x, ...rest]),
  );
}

/** Each slot one of its options or null: every combination. */
export function allAssignments<T>(slots: number, options: readonly T[]): Array<Array<T | null>> {
  let out: Array<Array<T | null>> = [[]];
  for (let i = 0; i < slots; i++) {
    out = out.flatMap((prefix) => [null, ...options].map((o) => [...prefix, o]));
  }
  return out;
}

/**
 * Responses to an item, in our shape: the key, the empty response and many wrong or partial
 * ones (all of them where the space is small).
 */
export function responsesFor(def: ItemDefinition): unknown[] {
  switch (def.type) {
    case 'choice':
      return [{ choice: null }, ...def.options.map((o) => ({ choice: o.id }))];
    case 'multiple-response':
      return allSubsets(def.options.map((o) => o.id)).map((choices) => ({ choices }));
    case 'ordering': {
      const ids = def.items.map((i) => i.id);
      const perms = allPermutations(ids).slice(0, 800);
      return [{ order: [] }, ...perms.map((order) => ({ order }))];
    }
    case 'matching':
      return allAssignments(
        def.premises.length,
        def.responses.map((r) => r.id),
      ).map((a) => ({
        matches: Object.fromEntries(def.premises.map((p, i) => [p.id, a[i] ?? null])),
      }));
    case 'categorize':
      return allAssignments(
        def.cards.length,
        def.buckets.map((b) => b.id),
      ).map((a) => ({
        placements: Object.fromEntries(def.cards.map((c, i) => [c.id, a[i] ?? null])),
      }));
    case 'numeric': {
      const texts = new Set<string>(['', '0', '1', '-1', '999']);
      for (const a of def.answers) {
        const w = a.toleranceType === 'absolute' ? a.tolerance : Math.abs(a.value) * a.tolerance;
        for (const k of [0, 0.5, 0.99, 1.01, 3]) {
          texts.add(String(a.value + k * w));
          texts.add(String(a.value - k * w));
        }
      }
      return [...texts].map((text) => ({ text }));
    }
    case 'short-text': {
      const texts = new Set<string>(['', 'nothing like it', 'zz']);
      for (const p of def.patterns) {
        for (const fill of ['', 'x', 'ab cd']) {
          const t = p.pattern.replace(/\\\*|\*/g, (m) => (m === '*' ? fill : '*')).trim();
          texts.add(t);
          texts.add(t.toUpperCase());
          texts.add(`${t}!`);
        }
      }
      return [...texts].map((text) => ({ text }));
    }
    case 'inline-choice': {
      const combos = def.gaps.reduce<Array<Record<string, string | null>>>(
        (acc, gap) =>
          acc.flatMap((prefix) =>
            [null, ...gap.options.map((o) => o.id)].map((o) => ({ ...prefix, [gap.id]: o })),
          ),
        [{}],
      );
      return combos.map((gaps) => ({ gaps }));
    }
    case 'essay':
      return [{ text: '' }, { text: 'The board should renew with conditions.' }];
  }
}
