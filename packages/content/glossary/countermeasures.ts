import type { GlossaryTermInput } from '../src/glossary-types';

export const terms: GlossaryTermInput[] = [
  {
    slug: 'strategic-review',
    term: 'Strategic review',
    definition:
      'A review of an alliance on a fixed date, against explicit goals and exit criteria, led by people who did not make the original decision and counting only future costs and benefits. It is the countermeasure to path dependence.',
    lesson: 'six-countermeasures',
  },
  {
    slug: 'knowledge-boundary',
    term: 'Knowledge boundary',
    definition:
      'An agreed list of the knowledge partners share and the knowledge each keeps protected, which makes guarding core know-how open and accepted rather than covert.',
    lesson: 'six-countermeasures',
  },
  {
    slug: 'dispute-escalation-ladder',
    term: 'Dispute escalation ladder',
    definition:
      'An agreed sequence of levels, from working teams to the steering committee to top leaders, through which an alliance dispute rises, each with a time limit, until it is settled.',
    lesson: 'six-countermeasures',
  },
  {
    slug: 'boundary-spanner',
    term: 'Boundary spanner',
    definition:
      'A person who understands both partner firms and translates between them, bridging differences in language, habits, and expectations.',
    lesson: 'six-countermeasures',
  },
  {
    slug: 'phased-rollout',
    term: 'Phased rollout',
    definition:
      'Starting an alliance with modest projects that deliver results early, while larger ones mature and trust grows, so that operation does not wait for the whole alliance to be ready.',
    lesson: 'six-countermeasures',
  },
  {
    slug: 'alliance-diagnostic-sequence',
    term: 'Alliance diagnostic sequence',
    definition:
      "This course's eight-question method for analyzing an alliance: whether it is an alliance, its form, why the partners allied, its obstacles, the construction stages and integration levels behind them, the countermeasures, and realistic timing.",
    lesson: 'capstone-case',
  },
];
