import type { GlossaryTermInput } from '../src/glossary-types';

export const terms: GlossaryTermInput[] = [
  {
    slug: 'strategic-alliance',
    term: 'Strategic alliance',
    definition:
      'A cooperative arrangement in which two or more firms of comparable strength or with complementary resources bind themselves through agreements to share markets, develop products or technology together, share resources and raise their competitiveness, with their long-term goals in view. Also called a strategic connection or strategic partnership.',
    lesson: 'defining-strategic-alliances',
  },
  {
    slug: 'arms-length-transaction',
    term: "Arm's-length transaction",
    definition:
      'An ordinary market exchange in which goods or services are specified and priced and the buyer could switch to another supplier at little cost. It involves no joint work or shared results, however long the contract runs.',
    lesson: 'defining-strategic-alliances',
  },
  {
    slug: 'yoshino-rangan-conditions',
    term: 'Yoshino–Rangan conditions',
    definition:
      'Three conditions, proposed by Yoshino and Rangan in 1995, that are together necessary and sufficient for a strategic alliance: the partners remain independent, they share the benefits and the control of the alliance, and each keeps contributing in one or more key strategic areas.',
    lesson: 'what-an-alliance-is-not',
  },
  {
    slug: 'shared-control',
    term: 'Shared control',
    definition:
      "The partners' joint control over how an alliance's tasks are performed, so that no partner can simply give orders and decisions must be negotiated. It is the defining feature of alliances and the main reason they are hard to manage.",
    lesson: 'what-an-alliance-is-not',
  },
  {
    slug: 'merger',
    term: 'Merger',
    definition:
      'The combination of two or more firms into a single firm. Because no partner remains independent, a merger is not a strategic alliance.',
    lesson: 'what-an-alliance-is-not',
  },
  {
    slug: 'acquisition',
    term: 'Acquisition (takeover)',
    definition:
      "The purchase of control of one firm by another; a takeover is an acquisition, often made against the wishes of the target's management. The target loses its independence and control is no longer shared, so an acquisition is not a strategic alliance.",
    lesson: 'what-an-alliance-is-not',
  },
  {
    slug: 'foreign-subsidiary',
    term: 'Foreign subsidiary',
    definition:
      "A company abroad that is owned and controlled by its parent firm. There is no independent partner to share benefits and control with, so a multinational's foreign subsidiary is not a strategic alliance.",
    lesson: 'what-an-alliance-is-not',
  },
];
