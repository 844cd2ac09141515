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
