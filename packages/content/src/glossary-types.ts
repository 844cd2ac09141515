/** A glossary entry as authored in glossary/<module-key>.ts. */
export interface GlossaryTermInput {
  /** URL-safe id, used by <Term slug="…">. */
  slug: string;
  term: string;
  /** One or two sentences, plain text. */
  definition: string;
  /** The lesson (slug) that introduces the term. */
  lesson: string;
}
