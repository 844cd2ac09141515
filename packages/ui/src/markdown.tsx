import type { ReactNode } from 'react';

/**
 * A small, safe markdown renderer for authored text (case scenarios, prompts): paragraphs,
 * "- " lists, **bold** and *italic*. It builds React elements from the text — nothing is ever
 * parsed as HTML — so it is safe on any input.
 */
export function Markdown({ text }: { text: string }) {
  const blocks = text.trim().split(/\n{2,}/);
  return (
    <>
      {blocks.map((block, i) => {
        const lines = block.split('\n');
        const key = `${i}-${block.slice(0, 24)}`;
        if (lines.every((line) => /^\s*[-*] /.test(line))) {
          return (
            <ul key={key}>
              {lines.map((line) => (
                <li key={line}>{inline(line.replace(/^\s*[-*] /, ''))}</li>
              ))}
            </ul>
          );
        }
        return <p key={key}>{inline(lines.join(' '))}</p>;
      })}
    </>
  );
}

/** **bold** and *italic* spans; everything else stays text. */
export function inline(text: string): ReactNode[] {
  const out: ReactNode[] = [];
  const pattern = /\*\*(.+?)\*\*|\*(.+?)\*/g;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const at = match.index ?? 0;
    if (at > last) out.push(text.slice(last, at));
    out.push(
      match[1] !== undefined ? <strong key={at}>{match[1]}</strong> : <em key={at}>{match[2]}</em>,
    );
    last = at + match[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}
