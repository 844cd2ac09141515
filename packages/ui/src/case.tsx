import { TableScroll } from './layout';

/** A case's table of figures, as the case defines it. */
export interface CaseFigure {
  caption: string;
  columns: string[];
  rows: Array<Array<string | number>>;
}

/**
 * A case's figures as tables a screen reader can read (caption, column headers), each in a
 * scrolling region reachable by keyboard, so a wide table never widens the page.
 */
export function CaseFigures({
  figures,
  className = 'case__figure',
}: {
  figures: readonly CaseFigure[];
  className?: string;
}) {
  return figures.map((figure) => (
    <TableScroll key={figure.caption} label={figure.caption}>
      <table className={className}>
        <caption>{figure.caption}</caption>
        <thead>
          <tr>
            {figure.columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {figure.rows.map((row) => (
            <tr key={row.join('|')}>
              {row.map((cell, i) => (
                <td key={`${figure.columns[i] ?? i}`}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  ));
}
