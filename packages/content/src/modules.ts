/** The course and its eight modules, in order. Lessons come from lessons/<module-slug>/*.mdx. */
export const COURSE = {
  slug: 'strategic-alliances',
  title: 'Strategic Alliances — why they fail and how to make them work',
  description:
    'Strategic alliances let firms share markets, technology, and risk without merging, yet by one estimate more than 60% of them fail. This course explains what alliances are, why firms form them, the six obstacles that sink them, and how to build and manage an alliance as a system so that it delivers lasting competitive advantage.',
} as const;

export interface ModuleInfo {
  slug: string;
  /** Short key used in objective, item and case ids. */
  key: string;
  title: string;
  summary: string;
}

export const MODULES: readonly ModuleInfo[] = [
  {
    slug: 'what-is-an-alliance',
    key: 'definition',
    title: 'What a strategic alliance is',
    summary:
      'Pin down what counts as a strategic alliance, where the term comes from, and which arrangements between firms fall outside it.',
  },
  {
    slug: 'forms-of-alliance',
    key: 'forms',
    title: 'Forms of alliance',
    summary:
      'Tell contractual from equity alliances, and horizontal from vertical ones, and see what each form commits the partners to.',
  },
  {
    slug: 'evolution-of-alliances',
    key: 'evolution',
    title: 'How alliances evolved',
    summary:
      'Follow alliances from nineteenth-century cartels through product alliances to the knowledge alliances of today.',
  },
  {
    slug: 'why-firms-ally',
    key: 'theories',
    title: 'Why firms form alliances',
    summary:
      'Four theories explain why firms ally: the value chain, capabilities and knowledge, transaction costs, and co-opetition.',
  },
  {
    slug: 'six-obstacles',
    key: 'obstacles',
    title: 'Why alliances fail: six obstacles',
    summary:
      'More than 60% of alliances fail; learn the six obstacles behind that figure and how to spot each in a real situation.',
  },
  {
    slug: 'why-alliances-are-worth-it',
    key: 'benefits',
    title: 'Why alliances are still worth it',
    summary:
      'Despite the risks, alliances build core competence and bring four concrete benefits that firms cannot easily get alone.',
  },
  {
    slug: 'building-an-alliance',
    key: 'building',
    title: 'Building an alliance as a system',
    summary:
      'Treat an alliance as a system: the whole construction process, and the six levels at which partners must integrate.',
  },
  {
    slug: 'making-alliances-work',
    key: 'countermeasures',
    title: 'Making alliances work',
    summary:
      'Answer each obstacle with a countermeasure at the right level of integration, then put the whole course to work on a capstone case.',
  },
];
