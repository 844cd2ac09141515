import type { GlossaryTerm } from './bank';
import type { LessonInfo } from './index';

export type SearchHit =
  | { kind: 'lesson'; slug: string; title: string; module: string; snippet: string; score: number }
  | { kind: 'term'; slug: string; title: string; snippet: string; score: number };

const normalize = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/** Query → distinct words of 2+ letters. */
export function queryWords(query: string): string[] {
  return [
    ...new Set(
      normalize(query)
        .split(/[^\p{L}\p{N}]+/u)
        .filter((w) => w.length >= 2),
    ),
  ].slice(0, 8);
}

function count(haystack: string, word: string): number {
  let n = 0;
  let at = haystack.indexOf(word);
  while (at !== -1) {
    n++;
    at = haystack.indexOf(word, at + word.length);
  }
  return n;
}

/** The sentence-ish stretch of `text` around the first word found, at most ~200 characters. */
export function snippet(text: string, words: string[]): string {
  const lower = normalize(text);
  const at = Math.min(...words.map((w) => lower.indexOf(w)).filter((i) => i >= 0), text.length);
  if (at >= text.length) return text.slice(0, 200);
  const start = Math.max(0, at - 80);
  const end = Math.min(text.length, at + 120);
  return `${start > 0 ? '…' : ''}${text.slice(start, end).trim()}${end < text.length ? '…' : ''}`;
}

/**
 * Keyword search over lessons (title, summary, objectives, prose) and the glossary (term,
 * definition). Every query word must appear; titles weigh most. Accents and case are ignored.
 */
export function searchCourse(
  query: string,
  lessons: readonly LessonInfo[],
  glossary: readonly GlossaryTerm[],
  limit = 20,
): SearchHit[] {
  const words = queryWords(query);
  if (words.length === 0) return [];
  const hits: SearchHit[] = [];
  for (const lesson of lessons) {
    const fields = [
      [normalize(lesson.title), 8],
      [normalize(lesson.summary), 4],
      [normalize(lesson.objectives.map((o) => o.text).join(' ')), 3],
      [normalize(lesson.text), 1],
    ] as const;
    let score = 0;
    let all = true;
    for (const word of words) {
      const s = fields.reduce(
        (sum, [text, weight]) => sum + Math.min(count(text, word), 10) * weight,
        0,
      );
      if (s === 0) all = false;
      score += s;
    }
    if (all)
      hits.push({
        kind: 'lesson',
        slug: lesson.slug,
        title: lesson.title,
        module: lesson.module,
        snippet: snippet(lesson.text, words),
        score,
      });
  }
  for (const term of glossary) {
    const title = normalize(term.term);
    const definition = normalize(term.definition);
    let score = 0;
    let all = true;
    for (const word of words) {
      const s = count(title, word) * 10 + count(definition, word) * 2;
      if (s === 0) all = false;
      score += s;
    }
    if (all)
      hits.push({
        kind: 'term',
        slug: term.slug,
        title: term.term,
        snippet: term.definition,
        score,
      });
  }
  return hits.sort((a, b) => b.score - a.score || a.title.localeCompare(b.title)).slice(0, limit);
}
