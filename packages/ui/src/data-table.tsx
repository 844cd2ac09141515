import Link from 'next/link';
import type { ReactNode } from 'react';

/** One column of a `DataTable`: its heading, how a row fills it, and whether it holds numbers. */
export interface Column<Row> {
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  /** Numbers are set right-aligned in tabular figures, heading and cells alike. */
  num?: boolean;
  /** The column names its row: its cells are `<th scope="row">`. */
  rowHeader?: boolean;
  /** A class for the column's cells, row by row (after `num`'s). */
  className?: (row: Row) => string | undefined;
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
  captionVisible = false,
  className,
  scroll = true,
}: {
  caption: string;
  columns: ReadonlyArray<Column<Row>>;
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** Shows the caption to everyone, not only to screen readers. */
  captionVisible?: boolean;
  /** More classes for the table, after `data-table` ("diff"). */
  className?: string;
  /** Without the sideways-scrolling box, for a narrow table set in a column of its own. */
  scroll?: boolean;
}) {
  const numeric = (column: Column<Row>) => (column.num ? 'num' : undefined);
  const cellClass = (column: Column<Row>, row: Row) =>
    [numeric(column), column.className?.(row)].filter(Boolean).join(' ') || undefined;
  const table = (
    <table className={className ? `data-table ${className}` : 'data-table'}>
      <caption className={captionVisible ? undefined : 'visually-hidden'}>{caption}</caption>
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
            {columns.map((column, i) =>
              column.rowHeader ? (
                <th key={i} scope="row" className={cellClass(column, row)}>
                  {column.cell(row)}
                </th>
              ) : (
                <td key={i} className={cellClass(column, row)}>
                  {column.cell(row)}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
  return scroll ? <div className="table-scroll">{table}</div> : table;
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
