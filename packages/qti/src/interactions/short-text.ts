import type { ShortTextDefinition } from '@alliance/quiz-engine';
import type { QtiResponseDeclaration } from '../model';
import type { Probe } from '../verify';
import { attr, childElements, escapeXml } from '../xml';
import {
  attrs,
  type Built,
  byTemplate,
  type Ctx,
  chainXml,
  clampFraction,
  comparedTo,
  conditionChain,
  declarationXml,
  type ItemImport,
  literalOf,
  promptXhtml,
  settle,
} from './shared';

/**
 * `qti-text-entry-interaction` with a string response ⇄ `short-text`. Import reads map entries
 * (case-insensitive keys, a default-value as a final `*`) or chains of qti-match,
 * qti-string-match and qti-pattern-match; export writes map_response for literal patterns and
 * a qti-pattern-match chain for wildcards (spaces as `\s+`, case as `[aA]`). text-entry.ts
 * reads the prompt and hands string entries here.
 */

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

/** A short text from a string text entry: its map entries or its chain of matches. */
export function importShortText(ctx: Ctx, decl: QtiResponseDeclaration): ItemImport {
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

/** A short text as a text entry: map_response for literal patterns, a qti-pattern-match chain
 * for wildcards. */
export function shortTextXml(item: ShortTextDefinition): Built {
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
    const entries = listed.map((p) => ({
      key: unescapeStars(p.pattern),
      value: p.fraction * item.points,
      caseSensitive: item.caseSensitive,
    }));
    const mapping = { defaultValue: (catchAll?.fraction ?? 0) * item.points, entries };
    return byTemplate(
      'map_response',
      body,
      { cardinality: 'single', baseType: 'string', correct, mapping },
      item.points,
    );
  }
  return {
    declarations: [
      declarationXml({ id: 'RESPONSE', cardinality: 'single', baseType: 'string', correct }),
    ],
    body,
    processing: chainXml(
      listed.map((p) => ({
        test: `<qti-pattern-match pattern="${escapeXml(wildcardToXsd(p.pattern, item.caseSensitive))}"><qti-variable identifier="RESPONSE"/></qti-pattern-match>`,
        score: p.fraction * item.points,
      })),
      (catchAll?.fraction ?? 0) * item.points,
    ),
    maxScore: item.points,
  };
}
