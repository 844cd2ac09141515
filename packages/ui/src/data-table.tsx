import Link from 'next/link';
import type { ReactNode } from 'react';

/** One column of a `DataTable`: its heading, how a row fills it, and whether it holds numbers. */
export interface Column<Row> {
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  /** Numbers are set right-aligned in tabular figures, heading and cells alike. */
  num?: boolean;
}

/**
 * A list of records as a table: a caption for screen readers, headings in `<th scope="col">`,
 * and a box that scrolls sideways on a narrow screen.
 */
export function DataTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
}: {
  caption: string;
  columns: ReadonlyArray<Column<Row>>;
  rows: readonly Row[];
  rowKey: (row: Row) => string;
}) {
  const numeric = (column: Column<Row>) => (column.num ? 'num' : undefined);
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column, i) => (
              <th key={i} scope="col" className={numeric(column)}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((column, i) => (
                <td key={i} className={numeric(column)}>
                  {column.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A record's name, linking to it, with its id under it. */
export function NamedLink({
  href,
  name,
  id,
  children,
}: {
  href: string;
  name: ReactNode;
  id: string;
  /** Anything to set beside the name (another link). */
  children?: ReactNode;
}) {
  return (
    <>
      <Link href={href}>{name}</Link>
      {children}
      <span className="data-table__sub">
        <code>{id}</code>
      </span>
    </>
  );
}
