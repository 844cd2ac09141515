import { type ItemDefinition, type ItemDefinitionInput, type ItemType, parseItem } from './items';
import type { CaseDefinition } from './quiz';

/** The two words both gaps of the inline-choice sample offer. */
const linkKinds = [
  { id: 'v', text: 'vertical' },
  { id: 'h', text: 'horizontal' },
];

/**
 * One realistic definition per item type, for tests, benchmarks and documentation. Every
 * feedback, explanation and hint carries the marker `KEY-ONLY` so tests can prove none of it
 * reaches a learner before submission.
 */
const raw: ItemDefinitionInput[] = [
  {
    type: 'choice',
    id: 'renewal-obstacle',
    prompt:
      'Velora keeps renewing its R&D venture with Brannock although a better partner has appeared. Which obstacle is at work?',
    objectives: ['obstacles.path-dependence.diagnose'],
    explanation: 'KEY-ONLY Sunk investment and habit keep the venture alive: path dependence.',
    hints: ['KEY-ONLY Look at why the board gives for renewing.'],
    options: [
      {
        id: 'a',
        text: 'Path dependence',
        fraction: 1,
        feedback: 'KEY-ONLY Right: escalation of commitment.',
      },
      {
        id: 'b',
        text: 'Mistiming',
        fraction: -0.25,
        feedback: 'KEY-ONLY The timing is not the issue.',
      },
      {
        id: 'c',
        text: 'Cultural conflict',
        feedback: 'KEY-ONLY Nothing in the case points to culture.',
      },
      { id: 'd', text: 'Lack of trust', feedback: 'KEY-ONLY Both sides still share data.' },
    ],
  },
  {
    type: 'multiple-response',
    id: 'alliance-benefits',
    prompt: 'Which of these are benefits an alliance can bring?',
    objectives: ['benefits.identify'],
    policy: 'right-minus-wrong',
    explanation: 'KEY-ONLY Technology, risk sharing and markets; not guaranteed profit.',
    options: [
      {
        id: 'tech',
        text: 'Access to a partner’s technology',
        correct: true,
        feedback: 'KEY-ONLY Yes.',
      },
      {
        id: 'risk',
        text: 'Sharing the risk of a large project',
        correct: true,
        feedback: 'KEY-ONLY Yes.',
      },
      { id: 'market', text: 'Entry to markets through the partner’s network', correct: true },
      {
        id: 'profit',
        text: 'Guaranteed higher profit',
        correct: false,
        feedback: 'KEY-ONLY Nothing is guaranteed.',
      },
      { id: 'control', text: 'Full control of the partner', correct: false },
    ],
  },
  {
    type: 'ordering',
    id: 'construction-stages',
    prompt: 'Put the stages of building an alliance in order.',
    objectives: ['building.process.order'],
    grading: 'relative-next-exclude-last',
    explanation: 'KEY-ONLY Decide, choose, design, negotiate, operate, evaluate.',
    items: [
      { id: 'decide', text: 'Strategic decision to ally' },
      { id: 'choose', text: 'Partner choice' },
      { id: 'design', text: 'Alliance design' },
      { id: 'negotiate', text: 'Negotiation' },
      { id: 'operate', text: 'Operation' },
      { id: 'evaluate', text: 'Evaluation' },
    ],
  },
  {
    type: 'matching',
    id: 'theory-claims',
    prompt: 'Match each theory to the claim it makes about alliances.',
    objectives: ['theories.match'],
    explanation: 'KEY-ONLY Each theory explains alliances from its own angle.',
    premises: [
      { id: 'vc', text: 'Value chain theory', match: 'link' },
      { id: 'rbv', text: 'Resource-based view', match: 'res' },
      { id: 'tc', text: 'Transaction cost theory', match: 'cost' },
    ],
    responses: [
      { id: 'link', text: 'Firms coordinate or share links of their value chains' },
      { id: 'res', text: 'Firms reach resources they cannot buy or build' },
      { id: 'cost', text: 'A stable partnership is cheaper than repeated market deals' },
      { id: 'price', text: 'Firms ally to fix prices' },
    ],
  },
  {
    type: 'categorize',
    id: 'forms',
    prompt: 'Sort these arrangements into contractual and equity alliances.',
    objectives: ['forms.classify'],
    explanation: 'KEY-ONLY Equity means ownership changes hands.',
    buckets: [
      { id: 'contract', label: 'Contractual' },
      { id: 'equity', label: 'Equity' },
    ],
    cards: [
      { id: 'rd', text: 'Joint R&D agreement', bucket: 'contract' },
      { id: 'jv', text: 'New joint-venture company', bucket: 'equity' },
      { id: 'swap', text: 'Equity swap', bucket: 'equity' },
      { id: 'supply', text: 'Long-term supply contract', bucket: 'contract' },
    ],
  },
  {
    type: 'numeric',
    id: 'delay-cost',
    prompt:
      'The venture costs €1.2 m a month and opened 14 months late. What did the delay cost, in €m?',
    objectives: ['obstacles.mistiming.estimate'],
    explanation: 'KEY-ONLY 14 × 1.2 = 16.8.',
    answers: [
      { value: 16.8, tolerance: 0.05, feedback: 'KEY-ONLY Exactly.' },
      {
        value: 16.8,
        tolerance: 0.1,
        toleranceType: 'relative',
        fraction: 0.5,
        feedback: 'KEY-ONLY Close.',
      },
    ],
  },
  {
    type: 'short-text',
    id: 'name-bias',
    prompt: 'Name the bias that keeps managers on their current strategy.',
    objectives: ['obstacles.path-dependence.define'],
    explanation: 'KEY-ONLY Position-locking bias.',
    patterns: [
      { pattern: 'position*lock*', feedback: 'KEY-ONLY Yes.' },
      { pattern: '*commitment*', fraction: 0.5, feedback: 'KEY-ONLY That is the other one.' },
    ],
  },
  {
    type: 'inline-choice',
    id: 'link-kinds',
    prompt: 'Complete the sentence.',
    objectives: ['forms.horizontal-vertical'],
    text: 'A carmaker and its battery supplier form a {{kind}} alliance; two carmakers sharing a platform form a {{other}} one.',
    explanation: 'KEY-ONLY Supplier–buyer is vertical.',
    gaps: [
      { id: 'kind', options: linkKinds, answer: 'v', feedback: 'KEY-ONLY' },
      { id: 'other', options: linkKinds, answer: 'h' },
    ],
  },
  {
    type: 'essay',
    id: 'advise-board',
    prompt: 'Advise the board on whether to renew the venture.',
    objectives: ['countermeasures.apply'],
    explanation: 'KEY-ONLY A strong answer names the obstacle and a countermeasure.',
    rubric: [
      {
        id: 'diagnosis',
        title: 'Diagnosis',
        levels: [
          { id: 'none', label: 'Missing', points: 0 },
          {
            id: 'sound',
            label: 'Sound',
            points: 2,
            description: 'Names the obstacle with evidence from the case.',
          },
        ],
      },
      {
        id: 'remedy',
        title: 'Remedy',
        levels: [
          { id: 'none', label: 'Missing', points: 0 },
          { id: 'fit', label: 'Fits the obstacle', points: 2 },
        ],
      },
    ],
  },
];

/** A definition parsed with its defaults, or a throw naming the issues: for fixtures. */
export function parseItemOrThrow(definition: ItemDefinitionInput): ItemDefinition {
  const parsed = parseItem(definition);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.value;
}

/** Every sample, freshly parsed: change them freely. */
export function sampleItems(): ItemDefinition[] {
  return raw.map(parseItemOrThrow);
}

export type SampleItem<T extends ItemType> = Extract<ItemDefinition, { type: T }>;

/**
 * The sample of one type, freshly parsed, with any fields replaced first:
 * `sampleItem('ordering', { id: 'order-aon', grading: 'all-or-nothing' })`. Replacements are
 * parsed with the rest, so defaults apply and an invalid one throws (for a definition that must
 * be broken, spread the sample instead).
 */
export function sampleItem<T extends ItemType>(
  type: T,
  overrides: Partial<Extract<ItemDefinitionInput, { type: T }>> = {},
): SampleItem<T> {
  const definition = raw.find((d) => d.type === type);
  if (definition === undefined) throw new Error(`no ${type} sample`);
  return parseItemOrThrow({ ...definition, ...overrides }) as SampleItem<T>;
}

/** A case with three of the sample items hanging on it. */
export function sampleCase(id = 'velora-brannock', tags: string[] = ['obstacles']): CaseDefinition {
  const items = sampleItems().filter((i) =>
    ['renewal-obstacle', 'delay-cost', 'name-bias'].includes(i.id),
  );
  return {
    id,
    title: 'Velora and Brannock',
    stimulus: 'In 2019 Velora Motors and Brannock Systems set up a joint R&D venture…',
    figures: [
      {
        caption: 'Monthly cost (€m)',
        columns: ['Year', 'Cost'],
        rows: [
          [2019, 1.1],
          [2020, 1.2],
        ],
      },
    ],
    items: items.map((item) => ({ ...item, id: `${id}-${item.id}` })),
    tags,
  };
}
