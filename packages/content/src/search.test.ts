import { describe, expect, it } from 'vitest';
import type { GlossaryTerm } from './bank';
import type { LessonInfo } from './index';
import { queryWords, searchCourse, snippet } from './search';

const lesson = (slug: string, title: string, text: string): LessonInfo => ({
  slug,
  title,
  module: 'm',
  order: 1,
  minutes: 5,
  summary: `About ${title}.`,
  objectives: [],
  sources: [],
  beyondSource: false,
  words: 100,
  text,
  headings: [],
  exercises: [],
  terms: [],
  cites: [],
  figures: [],
  hash: '',
});
const lessons = [
  lesson(
    'path-dependence',
    'Path dependence',
    'Managers keep a failing alliance alive out of habit and sunk cost.',
  ),
  lesson('mistiming', 'Mistiming', 'Alliances take three to four years to run; the path is long.'),
];
const glossary: GlossaryTerm[] = [
  {
    slug: 'escalation',
    term: 'Escalation of commitment',
    definition: 'Sticking with a failing course to justify past investment.',
    lesson: 'path-dependence',
    module: 'm',
  },
];

describe('searchCourse', () => {
  it('ranks a title match above a passing mention', () => {
    expect(searchCourse('path', lessons, glossary).map((h) => h.slug)).toEqual([
      'path-dependence',
      'mistiming',
    ]);
  });

  it('needs every word, ignoring case and accents', () => {
    expect(searchCourse('FAILING Álliance', lessons, glossary).map((h) => h.slug)).toEqual([
      'path-dependence',
    ]);
    expect(searchCourse('failing years', lessons, glossary)).toEqual([]);
  });

  it('finds glossary terms', () => {
    expect(searchCourse('escalation', lessons, glossary)).toEqual([
      expect.objectContaining({ kind: 'term', slug: 'escalation' }),
    ]);
  });

  it('ignores empty and one-letter queries', () => {
    expect(searchCourse(' a ', lessons, glossary)).toEqual([]);
    expect(queryWords('Path, path; DEPENDENCE!')).toEqual(['path', 'dependence']);
  });

  it('cuts a snippet around the first match', () => {
    const long = `${'x '.repeat(100)}the needle sits here ${'y '.repeat(100)}`;
    expect(snippet(long, ['needle'])).toMatch(/^….*needle sits here.*…$/);
  });
});
