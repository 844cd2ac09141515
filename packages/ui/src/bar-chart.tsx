export interface BarDatum {
  key: string;
  label: string;
  /** A group heading shown before the first bar of each group (e.g. the module). */
  group?: string;
  value: number;
}

/**
 * Horizontal bars scaled to `max` (e.g. the number of learners), each with its number, built as
 * a table so screen readers and keyboard users get the figures the bars show.
 */
export function BarChart({
  data,
  max,
  caption,
  valueLabel,
}: {
  data: BarDatum[];
  max: number;
  caption: string;
  valueLabel: string;
}) {
  const scale = max > 0 ? max : Math.max(1, ...data.map((d) => d.value));
  let lastGroup: string | undefined;
  return (
    <table className="bars">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Lesson</th>
          <th scope="col">{valueLabel}</th>
        </tr>
      </thead>
      <tbody>
        {data.flatMap((d) => {
          const rows = [];
          if (d.group && d.group !== lastGroup) {
            lastGroup = d.group;
            rows.push(
              <tr key={`group-${d.key}`} className="bars__group">
                <th colSpan={2} scope="colgroup">
                  {d.group}
                </th>
              </tr>,
            );
          }
          const width = Math.min(100, (Math.max(0, d.value) / scale) * 100);
          rows.push(
            <tr key={d.key}>
              <th scope="row" className="bars__label">
                {d.label}
              </th>
              <td className="bars__cell">
                <span className="bars__bar" style={{ width: `${width}%` }} aria-hidden="true" />
                <span className="bars__value">{d.value}</span>
              </td>
            </tr>,
          );
          return rows;
        })}
      </tbody>
    </table>
  );
}
