'use client';

import {
  CartesianGrid,
  ReferenceLine,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';

/** Items placed by facility (across) and discrimination (up): trouble sits low, or at the edges. */
export function ItemMap({
  items,
}: {
  items: Array<{
    itemId: string;
    facility: number | null;
    discrimination: number | null;
    flagged: boolean;
  }>;
}) {
  const points = items
    .filter((i) => i.facility !== null && i.discrimination !== null)
    .map((i) => ({ x: i.facility, y: i.discrimination, id: i.itemId, flagged: i.flagged }));
  if (points.length === 0)
    return (
      <p className="muted">
        The map appears once items have a discrimination: enough graded answers, and attempts whose
        scores differ. The table below has the figures so far.
      </p>
    );
  return (
    <figure
      className="chart"
      role="img"
      aria-label={`${points.length} items by facility and discrimination; the table below has every figure`}
    >
      <ResponsiveContainer width="100%" height={280}>
        <ScatterChart margin={{ top: 8, right: 16, left: 0, bottom: 16 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis
            type="number"
            dataKey="x"
            name="Facility"
            domain={[0, 100]}
            unit="%"
            label={{ value: 'facility (%)', position: 'insideBottom', offset: -8 }}
          />
          <YAxis
            type="number"
            dataKey="y"
            name="Discrimination"
            domain={[-100, 100]}
            unit="%"
            width={52}
          />
          <ReferenceLine y={0} stroke="#b42318" strokeDasharray="4 4" />
          <ReferenceLine x={20} stroke="#c7792b" strokeDasharray="4 4" />
          <ReferenceLine x={95} stroke="#c7792b" strokeDasharray="4 4" />
          <Tooltip
            formatter={(value) =>
              typeof value === 'number' ? `${value.toFixed(1)}%` : String(value)
            }
            labelFormatter={() => ''}
          />
          <Scatter data={points.filter((p) => !p.flagged)} fill="#1f5f8b" name="Items" />
          <Scatter data={points.filter((p) => p.flagged)} fill="#b42318" name="Flagged" />
        </ScatterChart>
      </ResponsiveContainer>
    </figure>
  );
}
