import type { GlossaryTermInput } from '../src/glossary-types';

export const terms: GlossaryTermInput[] = [
  {
    slug: 'path-dependence',
    term: 'Path dependence',
    definition:
      'In alliances, a state in which commitments tied to an earlier alliance decision and its results make change so costly that the firm keeps the alliance on its existing course. It magnifies position-locking bias and escalation of commitment.',
    lesson: 'path-dependence',
  },
  {
    slug: 'position-locking-bias',
    term: 'Position-locking bias',
    definition:
      'The tendency of decision makers to stick with the current strategy instead of choosing a more attractive one, to limit their risk, responsibility, and workload. It needs no bad news to operate.',
    lesson: 'path-dependence',
  },
  {
    slug: 'escalation-of-commitment',
    term: 'Escalation of commitment',
    definition:
      'The response to negative feedback in which managers defend an alliance and commit more resources to it in order to vindicate the time and money they have already invested, even when a better option exists.',
    lesson: 'path-dependence',
  },
  {
    slug: 'sunk-cost',
    term: 'Sunk cost',
    definition:
      'Money or effort already spent that cannot be recovered whichever option is chosen. It should not influence a forward-looking decision, unlike a real future cost of switching.',
    lesson: 'path-dependence',
  },
  {
    slug: 'uncooperative-behavior',
    term: 'Uncooperative behavior',
    definition:
      'A partner withholding the effort, resources, or knowledge the alliance depends on, made easy by the looseness of alliances and the differences between their members. Left unresolved, it makes an alliance fall short or break up.',
    lesson: 'uncooperative-behaviour',
  },
  {
    slug: 'learning-race',
    term: 'Learning race',
    definition:
      'A dynamic in which alliance partners absorb each other’s skills at different speeds, so the faster learner gains bargaining power and may no longer need the alliance. The term comes from the wider alliance literature, not the thesis.',
    lesson: 'uncooperative-behaviour',
  },
  {
    slug: 'asymmetric-interests',
    term: 'Asymmetric interests',
    definition:
      'A cause of non-cooperation arising because part of an alliance’s income is shared and part is divided by contribution, so a partner can raise its own share at the expense of the shared part and of the alliance as a whole.',
    lesson: 'uncooperative-behaviour',
  },
  {
    slug: 'organizational-lag',
    term: 'Organizational lag',
    definition:
      'The obstacle that arises when an alliance’s management structures do not keep pace with its needs. Because partners cannot settle conflicts by command, the alliance needs an agreed management system built on market-like rules.',
    lesson: 'organisation-culture-and-trust',
  },
  {
    slug: 'cultural-conflict',
    term: 'Cultural conflict',
    definition:
      'Friction that arises when partners’ different corporate cultures turn into different management styles. Unintegrated and unresolved, it weakens cohesion and can threaten the alliance’s stability.',
    lesson: 'organisation-culture-and-trust',
  },
  {
    slug: 'mutual-trust',
    term: 'Mutual trust',
    definition:
      'Each partner’s confidence in the other’s intentions and reliability. It is undermined when independent partners misread each other and guard their secrets, so they cooperate only with reservations.',
    lesson: 'organisation-culture-and-trust',
  },
  {
    slug: 'goodwill-trust',
    term: 'Goodwill trust',
    definition:
      'Confidence that a partner will not exploit you or act opportunistically. A distinction from the wider alliance literature, paired with competence trust.',
    lesson: 'organisation-culture-and-trust',
  },
  {
    slug: 'competence-trust',
    term: 'Competence trust',
    definition:
      'Confidence that a partner is able to do what it has promised. A distinction from the wider alliance literature, paired with goodwill trust.',
    lesson: 'organisation-culture-and-trust',
  },
  {
    slug: 'mistiming',
    term: 'Mistiming',
    definition:
      'The obstacle that arises when an alliance becomes fully operational too late for the opportunity it was formed to meet, so the strategy fails or the firm loses openings it could have taken.',
    lesson: 'mistiming',
  },
  {
    slug: 'alliance-lead-time',
    term: 'Alliance lead time',
    definition:
      'The time from founding an alliance to its full operation. According to the thesis, Spekman’s 1996 survey put it at three to four years for large, complex alliances, spent on organizational relationships and on trust among top managers.',
    lesson: 'mistiming',
  },
  {
    slug: 'strategic-window',
    term: 'Strategic window',
    definition:
      'The limited period during which what a market requires and what a firm can offer fit best (Derek Abell, 1978). An alliance is mistimed when its lead time outlasts the window.',
    lesson: 'mistiming',
  },
];
