import type { GlossaryTermInput } from '../src/glossary-types';

export const terms: GlossaryTermInput[] = [
  {
    slug: 'value-chain',
    term: 'Value chain',
    definition:
      "Porter's map of a firm as the sequence of activities it performs to design, produce, market, deliver, and support its product. Competitive advantage comes from performing some of these links better or more cheaply than rivals.",
    lesson: 'value-chain-theory',
  },
  {
    slug: 'value-system',
    term: 'Value system',
    definition:
      "The wider set of linked value chains in which a firm's own chain sits: its suppliers' chains upstream and its distribution channels' and buyers' chains downstream.",
    lesson: 'value-chain-theory',
  },
  {
    slug: 'linkage',
    term: 'Linkage',
    definition:
      'A connection through which the way one activity is performed affects the cost or quality of another. Linkages run inside a firm and, as vertical linkages, between its chain and those of its suppliers and channels.',
    lesson: 'value-chain-theory',
  },
  {
    slug: 'resource-based-view',
    term: 'Resource-based view',
    definition:
      "The theory, developed by Wernerfelt, Grant, Barney, and others from the mid-1980s, that a firm's tangible and intangible resources are its potential capabilities. Because resources differ between firms and cannot move freely, firms ally to use resources they cannot buy.",
    lesson: 'capabilities-and-knowledge',
  },
  {
    slug: 'core-competence',
    term: 'Core competence',
    definition:
      'The knowledge accumulated in an organization about how to coordinate different production skills and combine streams of technology. It is unique and hard to imitate, and firms compete on it beneath the surface of product competition.',
    lesson: 'capabilities-and-knowledge',
  },
  {
    slug: 'knowledge-based-view',
    term: 'Knowledge-based view',
    definition:
      "The theory that knowledge is the key input of production and the most important source of a firm's value. It explains alliances formed to transfer knowledge and create new knowledge together.",
    lesson: 'capabilities-and-knowledge',
  },
  {
    slug: 'transaction-costs',
    term: 'Transaction costs',
    definition:
      'The costs of dealing through the market: finding partners, negotiating and writing contracts, monitoring performance, and renegotiating. Transaction cost theory explains alliances as arrangements that cut these costs for repeated dealings.',
    lesson: 'transaction-costs-and-coopetition',
  },
  {
    slug: 'co-opetition',
    term: 'Co-opetition (cooperative competition)',
    definition:
      'The view that competition does not exclude cooperation: rivals cooperate to create and enlarge a market, then compete to divide it.',
    lesson: 'transaction-costs-and-coopetition',
  },
];
