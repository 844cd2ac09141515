import type { ReactElement } from 'react';

/**
 * The course's diagrams as inline SVG: they scale, print, and carry a title and description for
 * screen readers. Colours come from the stylesheet's variables.
 */
export type DiagramName =
  | 'value-chain'
  | 'integration-levels'
  | 'obstacle-map'
  | 'construction-process';

const ink = 'var(--ink)';
const brand = 'var(--brand)';
const soft = 'var(--brand-soft)';
const accent = 'var(--accent)';

function Box({
  x,
  y,
  w,
  h,
  label,
  fill = soft,
}: {
  x: number;
  y: number;
  w: number;
  h: number;
  label: string;
  fill?: string;
}) {
  return (
    <g>
      <rect x={x} y={y} width={w} height={h} rx={6} fill={fill} stroke={brand} />
      <text x={x + w / 2} y={y + h / 2 + 4} textAnchor="middle" fontSize={12} fill={ink}>
        {label}
      </text>
    </g>
  );
}

function ValueChain() {
  const stages = ['Design', 'Production', 'Marketing', 'Delivery', 'Service'];
  const chain = (y: number, firm: string) => (
    <g>
      <text x={10} y={y + 22} fontSize={13} fontWeight={600} fill={ink}>
        {firm}
      </text>
      {stages.map((s, i) => (
        <Box key={s} x={90 + i * 104} y={y} w={96} h={36} label={s} />
      ))}
    </g>
  );
  return (
    <>
      {chain(20, 'Firm A')}
      {chain(120, 'Firm B')}
      <line
        x1={138}
        y1={56}
        x2={138}
        y2={120}
        stroke={accent}
        strokeWidth={3}
        markerEnd="url(#arrow)"
      />
      <text x={146} y={92} fontSize={11} fill={accent}>
        horizontal link: shared R&amp;D
      </text>
      <line
        x1={346}
        y1={56}
        x2={346}
        y2={120}
        stroke={accent}
        strokeWidth={3}
        markerEnd="url(#arrow)"
      />
      <text x={354} y={92} fontSize={11} fill={accent}>
        joint marketing
      </text>
      <Box x={90} y={200} w={200} h={32} label="Supplier's value chain" fill="#fff" />
      <Box x={400} y={200} w={200} h={32} label="Channel's value chain" fill="#fff" />
      <line
        x1={190}
        y1={200}
        x2={190}
        y2={158}
        stroke={brand}
        strokeWidth={2}
        strokeDasharray="5 4"
      />
      <line
        x1={500}
        y1={200}
        x2={500}
        y2={158}
        stroke={brand}
        strokeWidth={2}
        strokeDasharray="5 4"
      />
      <text x={300} y={250} textAnchor="middle" fontSize={11} fill={brand}>
        vertical links: up to suppliers, down to channels
      </text>
    </>
  );
}

function IntegrationLevels() {
  const levels = [
    'Strategy',
    'Tactics',
    'Operation',
    'Organization',
    'Interpersonal relationships',
    'Culture',
  ];
  return (
    <>
      {levels.map((level, i) => (
        <g key={level}>
          <rect
            x={60 + i * 22}
            y={14 + i * 40}
            width={500 - i * 44}
            height={32}
            rx={6}
            fill={i % 2 ? '#fff' : soft}
            stroke={brand}
          />
          <text x={310} y={35 + i * 40} textAnchor="middle" fontSize={13} fill={ink}>
            {i + 1}. {level}
          </text>
        </g>
      ))}
      <text x={600} y={36} fontSize={11} fill={accent}>
        most visible
      </text>
      <text x={600} y={236} fontSize={11} fill={accent}>
        deepest
      </text>
    </>
  );
}

function ObstacleMap() {
  const pairs = [
    ['Path dependence', 'Review and exit rules'],
    ['Uncooperative behavior', 'Balanced interests and incentives'],
    ['Lagging organization', 'Dedicated alliance management'],
    ['Cultural conflict', 'Cultural integration'],
    ['Lack of mutual trust', 'Trust-building routines'],
    ['Mistiming', 'Phased plan with milestones'],
  ];
  return (
    <>
      <text x={110} y={16} textAnchor="middle" fontSize={12} fontWeight={600} fill={ink}>
        Obstacle
      </text>
      <text x={540} y={16} textAnchor="middle" fontSize={12} fontWeight={600} fill={ink}>
        Countermeasure
      </text>
      {pairs.map(([obstacle, answer], i) => (
        <g key={obstacle}>
          <Box x={10} y={26 + i * 38} w={200} h={30} label={obstacle ?? ''} fill="#fff" />
          <line
            x1={210}
            y1={41 + i * 38}
            x2={400}
            y2={41 + i * 38}
            stroke={accent}
            strokeWidth={2}
            markerEnd="url(#arrow)"
          />
          <Box x={400} y={26 + i * 38} w={280} h={30} label={answer ?? ''} />
        </g>
      ))}
    </>
  );
}

function ConstructionProcess() {
  const stages = [
    'Strategic decision',
    'Partner choice',
    'Design',
    'Negotiation',
    'Operation',
    'Evaluation',
  ];
  return (
    <>
      {stages.map((stage, i) => (
        <g key={stage}>
          <Box x={10 + i * 106} y={60} w={94} h={44} label={stage} />
          {i < stages.length - 1 && (
            <line
              x1={104 + i * 106}
              y1={82}
              x2={116 + i * 106}
              y2={82}
              stroke={brand}
              strokeWidth={2}
              markerEnd="url(#arrow)"
            />
          )}
        </g>
      ))}
      <path
        d="M 593 104 C 593 170, 57 170, 57 108"
        fill="none"
        stroke={accent}
        strokeWidth={2}
        strokeDasharray="6 4"
        markerEnd="url(#arrow)"
      />
      <text x={325} y={180} textAnchor="middle" fontSize={11} fill={accent}>
        evaluation feeds the next decision
      </text>
    </>
  );
}

const DIAGRAMS: Record<
  DiagramName,
  { title: string; description: string; height: number; draw: () => ReactElement }
> = {
  'value-chain': {
    title: 'Horizontal and vertical links between value chains',
    description:
      'Two firms’ value chains linked at the same stages (horizontal), and to suppliers and channels (vertical).',
    height: 260,
    draw: ValueChain,
  },
  'integration-levels': {
    title: 'The six levels of integration',
    description:
      'Strategy, tactics, operation, organization, interpersonal relationships and culture, from the most visible to the deepest.',
    height: 260,
    draw: IntegrationLevels,
  },
  'obstacle-map': {
    title: 'Each obstacle and the countermeasure that answers it',
    description: 'Six obstacles on the left, each linked to its countermeasure on the right.',
    height: 260,
    draw: ObstacleMap,
  },
  'construction-process': {
    title: 'The construction process of an alliance',
    description:
      'Strategic decision, partner choice, design, negotiation, operation and evaluation, with evaluation feeding back.',
    height: 200,
    draw: ConstructionProcess,
  },
};

export function Diagram({ name }: { name: DiagramName }) {
  const diagram = DIAGRAMS[name];
  const titleId = `fig-${name}-title`;
  const descId = `fig-${name}-desc`;
  const Draw = diagram.draw;
  return (
    <svg
      viewBox={`0 0 700 ${diagram.height}`}
      role="img"
      aria-labelledby={`${titleId} ${descId}`}
      className="diagram"
    >
      <title id={titleId}>{diagram.title}</title>
      <desc id={descId}>{diagram.description}</desc>
      <defs>
        <marker
          id="arrow"
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerWidth="7"
          markerHeight="7"
          orient="auto-start-reverse"
        >
          <path d="M 0 0 L 10 5 L 0 10 z" fill={accent} />
        </marker>
      </defs>
      <Draw />
    </svg>
  );
}
