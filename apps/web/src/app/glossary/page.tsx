import { findLesson, glossary } from '@alliance/content';
import { Page } from '@alliance/ui';
import Link from 'next/link';

export const metadata = { title: 'Glossary' };

export default function GlossaryPage() {
  const letters = [...new Set(glossary.map((t) => t.term[0]?.toUpperCase() ?? ''))];
  return (
    <Page>
      <h1>Glossary</h1>
      <p className="lead">
        Every term the course defines, once, with the lesson that introduces it.
      </p>
      <nav aria-label="Jump to letter" className="letters">
        {letters.map((letter) => (
          <a key={letter} href={`#letter-${letter}`}>
            {letter}
          </a>
        ))}
      </nav>
      <dl className="glossary">
        {glossary.map((term, i) => {
          const letter = term.term[0]?.toUpperCase() ?? '';
          const first = glossary[i - 1]?.term[0]?.toUpperCase() !== letter;
          const lesson = findLesson(term.lesson)?.lesson;
          return (
            <div key={term.slug}>
              <dt id={term.slug}>
                {first && <span id={`letter-${letter}`} />}
                {term.term}
              </dt>
              <dd>
                {term.definition}{' '}
                {lesson && (
                  <span className="muted">
                    — <Link href={`/lessons/${lesson.slug}`}>{lesson.title}</Link>
                  </span>
                )}
              </dd>
            </div>
          );
        })}
      </dl>
    </Page>
  );
}
