/** What the content build produces for each lesson (generated/lessons.ts). */
export interface LessonObjective {
  id: string;
  text: string;
}

export interface LessonManifest {
  slug: string;
  title: string;
  module: string;
  order: number;
  minutes: number;
  summary: string;
  objectives: LessonObjective[];
  sources: number[];
  beyondSource: boolean;
  /** Words of prose (components' props not counted). */
  words: number;
  /** The prose as plain text, for search. */
  text: string;
  /** The h2 headings, in order. */
  headings: string[];
  /** Ids in <Exercise id>, slugs in <Term slug>, numbers in <Cite n>, in order of appearance. */
  exercises: string[];
  terms: string[];
  cites: number[];
  /** <Figure name> values. */
  figures: string[];
  /** sha256 of the source; the build recompiles only lessons whose hash changed. */
  hash: string;
  /** The lesson compiled by mdx-bundler: render with getMDXComponent(code) and our components. */
  code: string;
}

/** Components a lesson may use; anything else fails the build. */
export const LESSON_COMPONENTS = [
  'KeyIdea',
  'Definition',
  'Term',
  'Compare',
  'Timeline',
  'Figure',
  'Cite',
  'BeyondSource',
  'Exercise',
] as const;

export const FIGURES = [
  'value-chain',
  'integration-levels',
  'obstacle-map',
  'construction-process',
] as const;

/** The five sections of every lesson, in order (the example's heading continues after the colon). */
export const LESSON_SECTIONS = [
  'Why it matters',
  'The idea',
  'Worked example:',
  'Summary',
  'Check your understanding',
] as const;
