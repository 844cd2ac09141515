import { findItem, glossary } from '@alliance/content';
import { createRng, presentItem } from '@alliance/quiz-engine';
import { lessonComponents, Term } from '@alliance/ui/mdx';
import { getMDXComponent } from 'mdx-bundler/client';
import { Children, type ReactNode } from 'react';
import { ExerciseCheck } from './exercise-check';

// Lessons are compiled at build time; here the compiled code is only evaluated, once per lesson
// and process, not per request.
const evaluated = new Map<string, ReturnType<typeof getMDXComponent>>();

/** <Exercise id>: the item as a learner sees it, with a Check button wired to the API. */
function Exercise({ id }: { id: string }) {
  const entry = findItem(id);
  if (!entry) return null;
  // A fixed seed per item, so the option order is the same on every visit.
  return (
    <ExerciseCheck
      itemId={id}
      presentation={presentItem(entry.item, createRng(`exercise:${id}`))}
    />
  );
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
  Exercise,
  Term: ({ slug, children }: { slug: string; children: ReactNode }) => (
    <Term slug={slug} definition={definitions.get(slug)}>
      {children}
    </Term>
  ),
  h2: ({ children }: { children?: ReactNode }) => (
    <h2 id={headingId(textOf(children))}>{children}</h2>
  ),
};

export function LessonBody({ slug, code }: { slug: string; code: string }) {
  const key = `${slug}:${code.length}:${code.slice(-64)}`;
  let Component = evaluated.get(key);
  if (!Component) {
    Component = getMDXComponent(code);
    evaluated.set(key, Component);
  }
  return (
    <div className="lesson__body">
      <Component components={components} />
    </div>
  );
}
