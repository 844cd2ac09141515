import type { GlossaryTermInput } from '../src/glossary-types';

export const terms: GlossaryTermInput[] = [
  {
    slug: 'organizational-capital',
    term: 'Organizational capital',
    definition:
      'The routines, relationships, and shared know-how that stay with a firm after any single project ends. Knowledge alliances help firms build it by learning from partners.',
    lesson: 'core-competence-and-advantage',
  },
  {
    slug: 'absorptive-capacity',
    term: 'Absorptive capacity',
    definition:
      'A firm’s ability to recognize, take in, and use knowledge from outside, which depends on what it already knows (Cohen and Levinthal, 1990). Without it, a firm learns little even from a strong partner.',
    lesson: 'core-competence-and-advantage',
  },
  {
    slug: 'technology-sharing',
    term: 'Technology sharing',
    definition:
      'The pooling of partners’ technical resources so that complementary strengths bring advanced products to market faster and better, and weaker partners learn from stronger ones without bearing the full cost of development.',
    lesson: 'four-concrete-benefits',
  },
  {
    slug: 'risk-sharing',
    term: 'Risk sharing',
    definition:
      'Spreading the risk of a large or uncertain undertaking across alliance partners so that no single member bears the full impact of a failure or shock.',
    lesson: 'four-concrete-benefits',
  },
  {
    slug: 'sales-network-sharing',
    term: 'Sales-network sharing',
    definition:
      'Entering a new market through a partner’s existing sales network instead of building one, which avoids duplicated investment and lets partners share fixed costs.',
    lesson: 'four-concrete-benefits',
  },
  {
    slug: 'economies-of-scale',
    term: 'Economies of scale',
    definition:
      'The fall in cost per unit that comes from spreading fixed costs, such as development, tooling, and plants, over a larger volume. Alliances can pool volumes to reach a scale no partner could reach alone.',
    lesson: 'four-concrete-benefits',
  },
  {
    slug: 'synergy',
    term: 'Synergy',
    definition:
      'A combined result greater than the sum of what each partner could achieve separately, possible when the partners in an alliance are well integrated.',
    lesson: 'four-concrete-benefits',
  },
  {
    slug: 'consortium',
    term: 'Consortium',
    definition:
      'A group of independent firms that pool resources for a large common undertaking, such as the European aircraft makers that formed Airbus in 1970.',
    lesson: 'four-concrete-benefits',
  },
];
