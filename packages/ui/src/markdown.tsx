import type { ReactNode } from 'react';
import { TableScroll } from './layout';

/**
 * A small, safe markdown renderer for authored text (case scenarios, prompts): paragraphs,
 * "- " lists, pipe tables (`| a | b |` over `|---|---|`), **bold** and *italic*. It builds React elements from the text — nothing is ever
 * parsed as HTML — so it is safe on any input.
 */
export function Markdown({ text }: { text: string }) {
  const blocks = text.trim().split(/\n{2,}/);
  return (
    <>
      {blocks.map((block, i) => {
        const lines = block.split('\n');
        const key = `${i}-${block.slice(0, 24)}`;
        const table = pipeTable(lines);
        if (table) {
          return (
            <TableScroll key={key} label={table.head.join(', ')}>
              <table className="data-table md-table">
                <thead>
                  <tr>
                    {table.head.map((cell, c) => (
                      <th key={c} scope="col">
                        {inline(cell)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {table.rows.map((row, r) => (
                    <tr key={r}>
                      {row.map((cell, c) => (
                        <td key={c}>{inline(cell)}</td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          );
        }
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

/** A block of `| a | b |` lines whose second line is `|---|---|`, split into cells; else null. */
export function pipeTable(lines: string[]): { head: string[]; rows: string[][] } | null {
  if (lines.length < 2 || !lines.every((line) => /^\s*\|.*\|\s*$/.test(line))) return null;
  const cells = (line: string) =>
    line
      .trim()
      .slice(1, -1)
      .split('|')
      .map((cell) => cell.trim());
  const separator = cells(lines[1] ?? '');
  if (!separator.every((cell) => /^:?-{3,}:?$/.test(cell))) return null;
  const head = cells(lines[0] ?? '');
  const rows = lines.slice(2).map((line) => {
    const row = cells(line);
    return head.map((_, c) => row[c] ?? '');
  });
  return { head, rows };
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
