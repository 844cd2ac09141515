const LEVELS = ['not-started', 'attempted', 'familiar', 'proficient', 'mastered'] as const;
const LABEL: Record<(typeof LEVELS)[number], string> = {
  'not-started': 'Not started',
  attempted: 'Attempted',
  familiar: 'Familiar',
  proficient: 'Proficient',
  mastered: 'Mastered',
};

/**
 * Objectives (rows, by module) × mastery levels (columns): each cell is how many learners stand
 * there, shaded by the share of the cohort. A table first, so every figure is readable as is.
 */
export function MasteryHeatMap({
  rows,
  learners,
  modules,
}: {
  rows: Array<{
    objectiveId: string;
    text: string;
    module: string;
    levels: Record<string, number>;
  }>;
  learners: number;
  modules: Record<string, string>;
}) {
  if (learners === 0) return <p className="muted">No learners yet.</p>;
  let lastModule = '';
  return (
    <div className="table-scroll">
      <table className="data-table heat-map">
        <caption className="visually-hidden">
          Learners at each mastery level, per objective (of {learners})
        </caption>
        <thead>
          <tr>
            <th scope="col">Objective</th>
            {LEVELS.map((level) => (
              <th key={level} scope="col" className="num">
                {LABEL[level]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.flatMap((row) => {
            const header =
              row.module !== lastModule ? (
                <tr key={`m:${row.module}`} className="heat-map__module">
                  <th scope="colgroup" colSpan={LEVELS.length + 1}>
                    {modules[row.module] ?? row.module}
                  </th>
                </tr>
              ) : null;
            lastModule = row.module;
            const line = (
              <tr key={row.objectiveId}>
                <th scope="row" className="heat-map__objective">
                  {row.text}
                </th>
                {LEVELS.map((level) => {
                  const n = row.levels[level] ?? 0;
                  // Five shades, by share of the cohort.
                  const shade = n === 0 ? 0 : Math.min(5, 1 + Math.floor((n / learners) * 5));
                  return (
                    <td key={level} className={`num heat heat--${level} heat--${shade}`}>
                      {n}
                    </td>
                  );
                })}
              </tr>
            );
            return header ? [header, line] : [line];
          })}
        </tbody>
      </table>
    </div>
  );
}
