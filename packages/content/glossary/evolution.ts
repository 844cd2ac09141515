import type { GlossaryTermInput } from '../src/glossary-types';

export const terms: GlossaryTermInput[] = [
  {
    slug: 'price-alliance',
    term: 'Price alliance (cartel)',
    definition:
      'An agreement among competitors to fix prices, cap output, or divide customers and territories, typical of the traditional era of alliances. It pursues monopoly profit and suppresses competition, so most countries restrict or ban it.',
    lesson: 'from-cartels-to-product-alliances',
  },
  {
    slug: 'buyers-market',
    term: "Buyer's market",
    definition:
      'A market in which supply exceeds demand, so customers can choose and firms must start from what customers want. Its spread after World War II drove the rise of product alliances.',
    lesson: 'from-cartels-to-product-alliances',
  },
  {
    slug: 'product-alliance',
    term: 'Product alliance',
    definition:
      'An alliance in which partners combine complementary resources and share the risk of developing, making, or selling products; the typical form of the modern era after World War II.',
    lesson: 'from-cartels-to-product-alliances',
  },
  {
    slug: 'knowledge-economy',
    term: 'Knowledge economy',
    definition:
      'An economy in which knowledge has replaced capital as the most important and scarcest factor of production, which leads firms to ally mainly to reach and create knowledge.',
    lesson: 'knowledge-alliances',
  },
  {
    slug: 'knowledge-alliance',
    term: 'Knowledge alliance',
    definition:
      'An alliance whose main purpose is to transfer knowledge between the partners and to create new knowledge together; the typical form of the emerging era.',
    lesson: 'knowledge-alliances',
  },
  {
    slug: 'tacit-knowledge',
    term: 'Tacit knowledge',
    definition:
      'Know-how held in the experience and routines of people and teams. It cannot be fully written down or put into a contract, so it moves mainly through working together.',
    lesson: 'knowledge-alliances',
  },
  {
    slug: 'semi-internalized-exchange',
    term: 'Semi-internalized exchange',
    definition:
      'The way knowledge moves in an alliance: through close, lasting joint work, almost as inside one firm, while the partners stay independent. It sits between buying knowledge on the market and owning it through in-house development or acquisition.',
    lesson: 'knowledge-alliances',
  },
  {
    slug: 'virtual-enterprise',
    term: 'Virtual enterprise',
    definition:
      'A temporary network of independent firms, each contributing its core competence, that acts toward the customer like a single company to seize one market opportunity and dissolves when that opportunity has been served.',
    lesson: 'knowledge-alliances',
  },
  {
    slug: 'dynamic-alliance',
    term: 'Dynamic alliance',
    definition:
      'A standing network of partners whose membership and tasks are reconfigured as the market changes, with a different subset of members teaming up for each new opportunity.',
    lesson: 'knowledge-alliances',
  },
];
