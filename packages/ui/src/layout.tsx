import type { ReactNode } from 'react';

export function Page({ children, narrow = false }: { children: ReactNode; narrow?: boolean }) {
  return <main className={narrow ? 'page page--narrow' : 'page'}>{children}</main>;
}

export function Card({
  children,
  as: Tag = 'section',
}: {
  children: ReactNode;
  as?: 'section' | 'article' | 'div';
}) {
  return <Tag className="card">{children}</Tag>;
}

export function Badge({
  children,
  tone = 'neutral',
}: {
  children: ReactNode;
  tone?: 'neutral' | 'success' | 'accent';
}) {
  return <span className={`badge badge--${tone}`}>{children}</span>;
}

/**
 * A wide table's box: it scrolls sideways on narrow screens, and keyboard users can focus it to
 * scroll it (a named region, so screen readers say what it holds).
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
    <section className="table-scroll" aria-label={label} tabIndex={0}>
      {children}
    </section>
  );
}

/**
 * The document of either app: its language, a skip link to the content for keyboard users, the
 * app's own header, then the page.
 */
export function AppDocument({ header, children }: { header: ReactNode; children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#content">
          Skip to content
        </a>
        {header}
        <div id="content">{children}</div>
      </body>
    </html>
  );
}
