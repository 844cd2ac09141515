export interface LinePoint {
  key: string;
  /** Shown on hover/focus and in the table: e.g. "Forms quiz, 3 Nov". */
  label: string;
  /** 0–100. */
  value: number;
}

/**
 * Scores over time as a line with dots, plus the same figures as a table for screen readers
 * (the picture is hidden from them). Values are percentages.
 */
export function ScoreChart({ points, caption }: { points: LinePoint[]; caption: string }) {
  const width = 640;
  const height = 200;
  const pad = { left: 36, right: 12, top: 12, bottom: 24 };
  const x = (i: number) =>
    pad.left +
    (points.length <= 1 ? 0.5 : i / (points.length - 1)) * (width - pad.left - pad.right);
  const y = (v: number) =>
    pad.top + (1 - Math.min(100, Math.max(0, v)) / 100) * (height - pad.top - pad.bottom);
  const path = points
    .map((p, i) => `${i === 0 ? 'M' : 'L'} ${x(i).toFixed(1)} ${y(p.value).toFixed(1)}`)
    .join(' ');
  return (
    <figure className="score-chart">
      <svg viewBox={`0 0 ${width} ${height}`} aria-hidden="true" className="score-chart__svg">
        {[0, 50, 70, 100].map((tick) => (
          <g key={tick}>
            <line
              x1={pad.left}
              x2={width - pad.right}
              y1={y(tick)}
              y2={y(tick)}
              className={tick === 70 ? 'score-chart__pass' : 'score-chart__grid'}
            />
            <text x={pad.left - 6} y={y(tick) + 4} textAnchor="end" className="score-chart__tick">
              {tick}%
            </text>
          </g>
        ))}
        <path d={path} className="score-chart__line" />
        {points.map((p, i) => (
          <circle key={p.key} cx={x(i)} cy={y(p.value)} r={4} className="score-chart__dot">
            <title>
              {p.label}: {Math.round(p.value)}%
            </title>
          </circle>
        ))}
      </svg>
      <figcaption>{caption}</figcaption>
      {/* A table ignores a 1 px width, so the wrapper is what hides it. */}
      <div className="visually-hidden">
        <table>
          <caption>{caption}</caption>
          <tbody>
            {points.map((p) => (
              <tr key={p.key}>
                <th scope="row">{p.label}</th>
                <td>{Math.round(p.value)}%</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
