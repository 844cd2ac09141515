import type { GlossaryTermInput } from '../src/glossary-types';

export const terms: GlossaryTermInput[] = [
  {
    slug: 'alliance-construction-process',
    term: 'Alliance construction process',
    definition:
      'The six stages through which an alliance is built: strategic decision, partner choice, design, negotiation, operation, and evaluation. Each stage settles questions the later ones rely on, and evaluation feeds back into the earlier stages.',
    lesson: 'the-construction-process',
  },
  {
    slug: 'partner-fit',
    term: 'Partner fit',
    definition:
      'How well a candidate partner suits an alliance: complementary resources, compatible goals, workable cultures and organizations, and a balance of strength that will not tip over once knowledge starts to flow.',
    lesson: 'the-construction-process',
  },
  {
    slug: 'exit-provision',
    term: 'Exit provision',
    definition:
      'A term of the alliance agreement that says how the alliance can end: notice periods, triggers, and who keeps or buys out jointly developed assets and know-how.',
    lesson: 'the-construction-process',
  },
  {
    slug: 'six-levels-of-integration',
    term: 'Six levels of integration',
    definition:
      'The layers at which alliance partners must be joined for cooperation to work: strategy, tactics, operation, organization, interpersonal relationships, and culture. The thesis added organization to an earlier five-level scheme.',
    lesson: 'six-levels-of-integration',
  },
  {
    slug: 'strategic-integration',
    term: 'Strategic integration',
    definition:
      "Joining the partners' top leaders around the alliance's goals, with continuing discussion of how each firm's wider strategy is changing.",
    lesson: 'six-levels-of-integration',
  },
  {
    slug: 'tactical-integration',
    term: 'Tactical integration',
    definition:
      "Joining the partners' middle managers, who turn the alliance's goals into concrete plans, projects, budgets, and rules for sharing costs and benefits.",
    lesson: 'six-levels-of-integration',
  },
  {
    slug: 'operational-integration',
    term: 'Operational integration',
    definition:
      'Giving the people who do the alliance’s daily work shared processes, linked information systems, and timely access to the data, people, and resources they need.',
    lesson: 'six-levels-of-integration',
  },
  {
    slug: 'organizational-integration',
    term: 'Organizational integration',
    definition:
      'Giving the alliance structures of its own, such as a joint steering committee, alliance managers, clear decision rights, and an agreed path for escalating disputes. It is the level the thesis added to the other five.',
    lesson: 'six-levels-of-integration',
  },
  {
    slug: 'interpersonal-integration',
    term: 'Interpersonal integration',
    definition:
      'Building personal networks across the partner firms and their levels, through which problems are solved informally and trust grows.',
    lesson: 'six-levels-of-integration',
  },
  {
    slug: 'cultural-integration',
    term: 'Cultural integration',
    definition:
      "Developing understanding of each partner's values and habits, the skills to bridge them, and shared norms for the alliance. It does not mean one partner adopting the other's culture.",
    lesson: 'six-levels-of-integration',
  },
  {
    slug: 'joint-steering-committee',
    term: 'Joint steering committee',
    definition:
      'A body with members from each partner that meets regularly to steer the alliance, take decisions within agreed rights, and settle issues before they reach the top of either firm.',
    lesson: 'six-levels-of-integration',
  },
  {
    slug: 'alliance-manager',
    term: 'Alliance manager',
    definition:
      'A person named by a partner to own the alliance day to day: coordinating with the other side, tracking progress, and raising problems early.',
    lesson: 'six-levels-of-integration',
  },
];
