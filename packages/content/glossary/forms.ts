import type { GlossaryTermInput } from '../src/glossary-types';

export const terms: GlossaryTermInput[] = [
  {
    slug: 'contractual-alliance',
    term: 'Contractual alliance',
    definition:
      'An alliance in which the partners cooperate through agreements made through the market and no ownership changes hands, such as joint R&D, joint product development, long-term supply, co-production, joint marketing, access to distribution channels and services, or standard setting.',
    lesson: 'contractual-alliances',
  },
  {
    slug: 'incomplete-contract',
    term: 'Incomplete contract',
    definition:
      "A contract that cannot specify every future contingency or every aspect of a partner's behavior, such as how much effort it will put in. The gaps must be filled by trust and relationship management.",
    lesson: 'contractual-alliances',
  },
  {
    slug: 'equity-alliance',
    term: 'Equity alliance',
    definition:
      'An alliance that involves ownership, either without a new entity (a minority equity stake or an equity swap) or through a newly founded, jointly owned company (a joint venture).',
    lesson: 'equity-alliances',
  },
  {
    slug: 'minority-equity-stake',
    term: 'Minority equity stake',
    definition:
      "A shareholding in a partner that is too small to give control, often with a board seat or observer. It aligns the partners' interests and signals commitment while both firms stay independent.",
    lesson: 'equity-alliances',
  },
  {
    slug: 'equity-swap',
    term: 'Equity swap',
    definition:
      'An exchange of shares in which each partner acquires a minority stake in the other, also called a cross-shareholding. No new entity is created.',
    lesson: 'equity-alliances',
  },
  {
    slug: 'joint-venture',
    term: 'Joint venture',
    definition:
      'A new company founded and owned jointly by two or more partners, which contribute capital, technology, staff or market access and divide its profits and control according to an agreed formula.',
    lesson: 'equity-alliances',
  },
  {
    slug: 'horizontal-alliance',
    term: 'Horizontal alliance',
    definition:
      "In Porter's classification, an alliance between firms that perform the same kinds of activities, often competitors, who cooperate within the same links of the value chain, as in a joint venture in production or marketing.",
    lesson: 'horizontal-and-vertical-alliances',
  },
  {
    slug: 'vertical-alliance',
    term: 'Vertical alliance',
    definition:
      "In Porter's classification, an alliance that links a firm's value chain with those of its suppliers upstream or its sales channels downstream, as in a long-term supply agreement. Porter calls these connections vertical linkages.",
    lesson: 'horizontal-and-vertical-alliances',
  },
];
