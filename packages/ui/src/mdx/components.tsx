import type { ReactNode } from 'react';
import { Diagram, type DiagramName } from './figures';

/**
 * The components lessons may use (packages/content/AUTHORING.md). Server-safe: no state, no
 * effects. `Exercise` is supplied by the app, since it talks to the API.
 */

export function KeyIdea({ children }: { children: ReactNode }) {
  return (
    <aside className="key-idea" aria-label="Key idea">
      <span className="key-idea__label">Key idea</span>
      <div>{children}</div>
    </aside>
  );
}

export function Definition({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="definition">
      <dfn>{term}</dfn>
      <div>{children}</div>
    </div>
  );
}

/** A glossary word: links to its entry, and shows the definition on hover or keyboard focus. */
export function Term({
  slug,
  children,
  definition,
}: {
  slug: string;
  children: ReactNode;
  definition?: string;
}) {
  return (
    <a className="term" href={`/glossary#${slug}`}>
      {children}
      {definition && (
        <span className="term__tip" role="tooltip">
          {definition}
        </span>
      )}
    </a>
  );
}

export function Compare({
  leftTitle,
  rightTitle,
  rows,
}: {
  leftTitle: string;
  rightTitle: string;
  rows: string[][];
}) {
  return (
    <div className="compare">
      <table>
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">Aspect</span>
            </th>
            <th scope="col">{leftTitle}</th>
            <th scope="col">{rightTitle}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([aspect, left, right]) => (
            <tr key={aspect}>
              <th scope="row">{aspect}</th>
              <td>{left}</td>
              <td>{right}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function Timeline({
  events,
}: {
  events: Array<{ period: string; title: string; text: string }>;
}) {
  return (
    <ol className="timeline">
      {events.map((event) => (
        <li key={event.title} className="timeline__event">
          <span className="timeline__period">{event.period}</span>
          <strong className="timeline__title">{event.title}</strong>
          <p>{event.text}</p>
        </li>
      ))}
    </ol>
  );
}

export function Figure({ name, caption }: { name: DiagramName; caption: string }) {
  return (
    <figure className="figure">
      <Diagram name={name} />
      <figcaption>{caption}</figcaption>
    </figure>
  );
}

export function Cite({ n }: { n: number }) {
  return (
    <sup className="cite">
      <a href={`/references#ref-${n}`} aria-label={`Source ${n}`}>
        [{n}]
      </a>
    </sup>
  );
}

export function BeyondSource({ children }: { children: ReactNode }) {
  return (
    <aside className="beyond-source" aria-label="Beyond the source">
      <span className="beyond-source__label">Beyond the source</span>
      <div>{children}</div>
    </aside>
  );
}

/** Every lesson component but Exercise, keyed as lessons name them. */
export const lessonComponents = {
  KeyIdea,
  Definition,
  Term,
  Compare,
  Timeline,
  Figure,
  Cite,
  BeyondSource,
};
