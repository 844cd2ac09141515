import { glossary } from '@alliance/content';
import type { ItemPresentation } from '@alliance/quiz-engine';
import { lessonComponents, Term } from '@alliance/ui/mdx';
import { getMDXComponent } from 'mdx-bundler/client';
import { Children, type ReactNode } from 'react';
import { ExerciseCheck, type SavedExercise } from './exercise-check';

// Lessons are compiled at build time; here the compiled code is only evaluated, once per lesson
// and process, not per request.
const evaluated = new Map<string, ReturnType<typeof getMDXComponent>>();

/** <Exercise id>: the item as a learner sees it, with a Check button wired to the API. */
function exercise(
  presentations: Record<string, ItemPresentation>,
  saved: Record<string, SavedExercise>,
) {
  return function Exercise({ id }: { id: string }) {
    const presentation = presentations[id];
    return presentation ? (
      <ExerciseCheck itemId={id} presentation={presentation} saved={saved[id]} />
    ) : null;
  };
}

const definitions = new Map(glossary.map((t) => [t.slug, t.definition]));

/** An id for a heading's text, shared with the table of contents. */
export const headingId = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

const textOf = (children: ReactNode): string =>
  Children.toArray(children)
    .map((child) => (typeof child === 'string' || typeof child === 'number' ? String(child) : ''))
    .join('');

const components = {
  ...lessonComponents,
  Term: ({ slug, children }: { slug: string; children: ReactNode }) => (
    <Term slug={slug} definition={definitions.get(slug)}>
      {children}
    </Term>
  ),
  h2: ({ children }: { children?: ReactNode }) => (
    <h2 id={headingId(textOf(children))}>{children}</h2>
  ),
};

export function LessonBody({
  slug,
  code,
  exercises,
  saved,
}: {
  slug: string;
  code: string;
  /** Each exercise's presentation, from the item's current published version. */
  exercises: Record<string, ItemPresentation>;
  /** The learner's last checked answer to each, with what the check said. */
  saved: Record<string, SavedExercise>;
}) {
  const key = `${slug}:${code.length}:${code.slice(-64)}`;
  let Component = evaluated.get(key);
  if (!Component) {
    Component = getMDXComponent(code);
    evaluated.set(key, Component);
  }
  return (
    <div className="lesson__body">
      <Component components={{ ...components, Exercise: exercise(exercises, saved) }} />
    </div>
  );
}
