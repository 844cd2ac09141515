import type { CaseDefinitionInput, ItemDefinitionInput } from '@alliance/quiz-engine';
import { levelBuckets } from './vocabulary';

const PROCESS = 'See *The idea* in The construction process.';
const PROCESS_EXAMPLE =
  'See *Worked example: Kestrel Aerostructures and Vantor Composites* in The construction process.';
const LEVELS = 'See *The idea* in Six levels of integration.';
const LEVELS_EXAMPLE =
  'See *Worked example: Marisol Hotels and Tidewater Airlines* in Six levels of integration.';

export const items: ItemDefinitionInput[] = [
  {
    type: 'ordering',
    id: 'building-stage-order',
    prompt:
      'Fenwick Foods is about to build an alliance with a packaging firm. Put the six stages of the construction process in the order in which Fenwick should work through them the first time.',
    objectives: ['building.process.order'],
    points: 2,
    grading: 'relative-next-include-last',
    tags: ['building'],
    explanation:
      'Each stage settles a question the next one relies on: first whether to ally at all (strategic decision), then with whom (partner choice), then what exactly to build (design), then what each side commits to (negotiation), then how to run it (operation), and finally whether it delivers (evaluation). Evaluation comes last on the first pass and then feeds back into earlier stages. ' +
      PROCESS,
    hints: [
      'For each stage, ask what it needs to know before it can start. A stage that relies on another stage’s answer has to come after it.',
      'Check each neighboring pair: could the second stage be done without the first one’s answer? Remember the prompt asks about the first pass, before any loop back.',
    ],
    items: [
      { id: 'decide', text: 'Strategic decision: should we ally at all, and for what?' },
      { id: 'choose', text: 'Partner choice: with whom?' },
      { id: 'design', text: 'Design: form, scope, contributions, governance, benefit sharing' },
      { id: 'negotiate', text: 'Negotiation: binding agreements, knowledge rules, exit terms' },
      { id: 'operate', text: 'Operation: staffing, coordination, relationships' },
      {
        id: 'evaluate',
        text: 'Evaluation: measure against objectives; deepen, restructure or end',
      },
    ],
  },
  {
    type: 'matching',
    id: 'building-stage-questions',
    prompt: 'Match each construction stage to the question it settles.',
    objectives: ['building.process.order'],
    points: 2,
    policy: 'per-part',
    tags: ['building'],
    explanation:
      'The strategic decision asks whether an alliance beats building or buying; partner choice asks with whom; design fixes what is built and how benefits are shared; negotiation turns that into commitments, including exit terms; evaluation compares results with the original objectives. The extra response ("How do we fix prices with competitors?") describes a cartel, which is not a stage of building a legitimate alliance. ' +
      PROCESS,
    hints: [
      'Read each stage’s name as a question in itself: what would a firm need to find out at that moment in building an alliance?',
      'Put the stages on a timeline from before any partner exists to after the alliance is running, and match each question to the moment it must be asked. Not every question belongs.',
    ],
    premises: [
      { id: 'decide', text: 'Strategic decision', match: 'route' },
      { id: 'choose', text: 'Partner choice', match: 'whom' },
      { id: 'design', text: 'Design', match: 'shape' },
      { id: 'negotiate', text: 'Negotiation', match: 'commit' },
      { id: 'evaluate', text: 'Evaluation', match: 'deliver' },
    ],
    responses: [
      { id: 'route', text: 'Is an alliance a better route than building internally or acquiring?' },
      {
        id: 'whom',
        text: 'Which firm has complementary resources, compatible goals and a workable culture?',
      },
      { id: 'shape', text: 'Which form, scope, governance bodies and benefit-sharing rules?' },
      { id: 'commit', text: 'What exactly do we sign up to, and how can the alliance end?' },
      {
        id: 'deliver',
        text: 'Is the alliance meeting its objectives, and should it be deepened, restructured or ended?',
      },
      { id: 'cartel', text: 'How do we fix prices with our competitors?' },
    ],
  },
  {
    type: 'inline-choice',
    id: 'building-feedback-loop',
    prompt: 'Complete the description of how the construction process works.',
    objectives: ['building.process.order'],
    points: 2,
    tags: ['building'],
    text: 'The process begins with the {{first}} and, on the first pass, ends with {{last}}. It is best understood as a {{shape}}, because a disappointing review can send the partners back to {{back}}.',
    explanation:
      'The strategic decision comes first because it sets the objectives everything else depends on; evaluation closes the first pass by measuring results against those objectives. Evaluation then feeds back, so the process is a loop: a poor review can send the partners back to redesign (or to renegotiation, or even to a new partner). ' +
      PROCESS,
    hints: [
      'Recall what has to be settled before a firm can even look for a partner, and what happens once results come in.',
      'Ask what a poor review does to the process: does it close it or reopen it? Then pick the earlier step a legitimate alliance could go back to.',
    ],
    gaps: [
      {
        id: 'first',
        options: [
          { id: 'decision', text: 'strategic decision' },
          { id: 'partner', text: 'choice of partner' },
          { id: 'contract', text: 'signing of the contract' },
        ],
        answer: 'decision',
        feedback:
          'Before choosing a partner, a firm must decide whether an alliance is the right route at all.',
      },
      {
        id: 'last',
        options: [
          { id: 'evaluation', text: 'evaluation' },
          { id: 'operation', text: 'operation' },
          { id: 'negotiation', text: 'negotiation' },
        ],
        answer: 'evaluation',
        feedback:
          'Operation is not the end: results must still be measured against the objectives.',
      },
      {
        id: 'shape',
        options: [
          { id: 'loop', text: 'loop' },
          { id: 'line', text: 'one-way sequence' },
        ],
        answer: 'loop',
        feedback:
          'Evaluation feeds back into earlier stages, so the process is a loop, not a line.',
      },
      {
        id: 'back',
        options: [
          { id: 'design', text: 'redesign the alliance' },
          { id: 'cartel', text: 'fix prices together' },
          { id: 'merge', text: 'merge the two firms' },
        ],
        answer: 'design',
        feedback:
          'The loop returns to design, negotiation or partner choice; a merger would end the alliance as an alliance.',
      },
    ],
  },
  {
    type: 'choice',
    id: 'building-exit-terms',
    prompt:
      'Two chemical firms have agreed the form and scope of their joint research alliance. Their lawyers now have to settle which know-how each side may use, how disputes are resolved, and on what terms either side can leave. Which construction stage are they in?',
    objectives: ['building.process.order'],
    points: 1,
    tags: ['building'],
    explanation:
      'Settling binding commitments — knowledge rules, dispute procedures and exit provisions — is the work of negotiation, which turns the agreed design into contracts. The form and scope have already been agreed, so design is behind them, and operation has not yet begun. ' +
      PROCESS,
    hints: [
      'Notice what is already settled in the scenario and what the lawyers are working on now.',
      'Form and scope are agreed, and nothing is running yet. Which stage sits between those two points in the construction process?',
    ],
    options: [
      {
        id: 'negotiation',
        text: 'Negotiation',
        fraction: 1,
        feedback:
          'Right. Negotiation turns the design into binding agreements, including knowledge rules, dispute settlement and exit provisions. ' +
          PROCESS,
      },
      {
        id: 'design',
        text: 'Design',
        feedback:
          'Not quite. Design decides the form, scope, contributions and governance — which the firms have already agreed. Writing the binding terms comes next. ' +
          PROCESS,
      },
      {
        id: 'partner',
        text: 'Partner choice',
        feedback:
          'No: the partner is already chosen. Partner choice screens candidates for fit before anything is designed. ' +
          PROCESS,
      },
      {
        id: 'operation',
        text: 'Operation',
        feedback:
          'No: operation begins once the agreements are signed and the alliance is staffed. Exit terms agreed only during operation usually come too late. ' +
          PROCESS,
      },
    ],
  },
  {
    type: 'categorize',
    id: 'building-stage-symptom',
    prompt:
      'Each problem below surfaced in a different alliance. Sort each one by the construction stage that was most likely handled weakly.',
    objectives: ['building.process.diagnose'],
    points: 3,
    policy: 'per-part',
    tags: ['building'],
    explanation:
      'Trace each symptom to the stage that should have prevented it. No measurable objectives, so nothing to review against → strategic decision. A partner whose division competes head-on, or whose culture was never examined → partner choice. No governance body and no benefit-sharing rule → design. No exit terms or knowledge rules → negotiation. A failing alliance renewed without any review → evaluation. ' +
      PROCESS,
    hints: [
      'A problem often surfaces long after it was planted. For each one, look past the moment it appeared to the stage where it began.',
      'For each problem, name the question that was never properly answered, then ask which stage exists to answer that question.',
    ],
    buckets: [
      { id: 'decide', label: 'Strategic decision' },
      { id: 'choose', label: 'Partner choice' },
      { id: 'design', label: 'Design' },
      { id: 'negotiate', label: 'Negotiation' },
      { id: 'evaluate', label: 'Evaluation' },
    ],
    cards: [
      {
        id: 'no-goals',
        text: 'Three years in, nobody can say whether the alliance is succeeding, because its goals were never written down.',
        bucket: 'decide',
      },
      {
        id: 'rival',
        text: 'The partner’s own division turns out to compete head-on with the product the alliance develops.',
        bucket: 'choose',
      },
      {
        id: 'no-rule',
        text: 'Profits arrive, but there is no rule for splitting them and no joint body to decide.',
        bucket: 'design',
      },
      {
        id: 'no-exit',
        text: 'One partner wants to leave, but the contract says nothing about ending the alliance or who keeps the jointly developed know-how.',
        bucket: 'negotiate',
      },
      {
        id: 'renewed',
        text: 'A loss-making alliance is renewed every year without anyone comparing its results with its objectives.',
        bucket: 'evaluate',
      },
    ],
  },
  {
    type: 'categorize',
    id: 'building-level-practices',
    prompt: 'Sort each alliance practice by the level of integration it works on.',
    objectives: ['building.integration.classify'],
    points: 3,
    policy: 'per-part',
    tags: ['building'],
    explanation:
      'Ask who is joined and by what. Top leaders agreeing goals → strategic. Middle managers turning goals into plans, budgets and sharing rules → tactical. Front-line processes, systems and data → operational. Structures, roles and decision rights → organizational. Personal networks → interpersonal. Values, habits and shared norms → cultural. ' +
      LEVELS,
    hints: [
      'For each practice, look at who takes part and what exactly is being connected between the two firms.',
      'The first three levels follow the hierarchy from the top down to the front line; the other three concern structure, personal ties, and values. Place each practice accordingly.',
    ],
    buckets: levelBuckets(),
    cards: [
      {
        id: 'ceo-goals',
        text: 'The two chief executives meet each quarter to review the alliance’s goals and their firms’ changing strategies.',
        bucket: 'strategic',
      },
      {
        id: 'budget',
        text: 'Department heads from both firms draw up next year’s joint project plan and cost-sharing rule.',
        bucket: 'tactical',
      },
      {
        id: 'systems',
        text: 'The partners link their order systems so that shared customers’ orders flow automatically.',
        bucket: 'operational',
      },
      {
        id: 'committee',
        text: 'A joint steering committee with agreed decision rights is set up, and each firm names an alliance manager.',
        bucket: 'organizational',
      },
      {
        id: 'buddies',
        text: 'Engineers from each firm are paired with a counterpart they can call directly when a problem comes up.',
        bucket: 'interpersonal',
      },
      {
        id: 'norms',
        text: 'Staff from both firms agree shared norms for meetings and decisions after a workshop on each other’s working styles.',
        bucket: 'cultural',
      },
    ],
  },
  {
    type: 'short-text',
    id: 'building-name-level',
    prompt:
      'A joint steering committee, a named alliance manager on each side, clear decision rights and an agreed path for escalating disputes all belong to one level of integration. Name that level (one or two words).',
    objectives: ['building.integration.classify'],
    points: 1,
    tags: ['building'],
    explanation:
      'These are structures that hold the alliance together, so they belong to organizational integration — the level the thesis says it added to the other five. ' +
      LEVELS,
    hints: [
      'Look at what the listed elements have in common. Are they goals, plans, or systems, or something that holds the alliance together?',
      'Recall the level the thesis claims as its own contribution to an earlier five-level scheme; it is the one that supplies roles and decision rights.',
    ],
    patterns: [
      {
        pattern: '*organi*',
        feedback:
          'Right: organizational integration gives the alliance structures, roles and decision rights.',
      },
      {
        pattern: '*tactic*',
        fraction: 0,
        feedback:
          'Tactical integration is about plans, budgets and benefit-sharing rules made by middle managers, not the alliance’s structures.',
      },
      {
        pattern: '*strateg*',
        fraction: 0,
        feedback:
          'Strategic integration joins top leaders around the alliance’s goals; the committee and roles are structures, which is the organizational level.',
      },
    ],
  },
  {
    type: 'choice',
    id: 'building-thesis-addition',
    prompt:
      'The thesis says its six levels of integration add one level to an existing scheme of five. A consultant who wants to credit the thesis’s own contribution should point to which level?',
    objectives: ['building.integration.classify'],
    points: 1,
    tags: ['building'],
    explanation:
      'According to the thesis, it added organizational integration to strategy, tactics, operation, interpersonal relationships and culture; the other five closely follow Kanter’s 1994 scheme. ' +
      LEVELS,
    hints: [
      'Recall which levels the lesson credits to earlier work and which one the thesis claims as its own.',
      'Reread the opening of the lesson on integration levels: it says whose earlier scheme the levels follow, and which one the thesis presents as its own.',
    ],
    options: [
      {
        id: 'org',
        text: 'Organizational integration',
        fraction: 1,
        feedback:
          'Right: the thesis adds organization to the five levels found in earlier work such as Kanter’s. ' +
          LEVELS,
      },
      {
        id: 'culture',
        text: 'Cultural integration',
        feedback: `No: cultural integration is already one of the five earlier levels. ${LEVELS}`,
      },
      {
        id: 'interpersonal',
        text: 'Interpersonal integration',
        feedback: `No: interpersonal integration is one of the five earlier levels. ${LEVELS}`,
      },
      {
        id: 'tactical',
        text: 'Tactical integration',
        feedback:
          'No: tactical integration — middle managers turning goals into plans — is one of the five earlier levels. ' +
          LEVELS,
      },
    ],
  },
  {
    type: 'choice',
    id: 'building-missing-level',
    prompt:
      'Corvane Logistics and Baltis Freight announced a joint freight alliance with great fanfare. A year later their chief executives still meet monthly and agree on the goals, but the regional managers of both firms have drawn up no joint routes, no budgets and no rule for sharing revenue, and each keeps pursuing its own customers. Which level of integration is most clearly missing?',
    objectives: ['building.integration.diagnose'],
    points: 2,
    tags: ['building'],
    explanation:
      'Agreement at the top with no plans, budgets or sharing rules below is the warning sign of missing tactical integration. It is the situation the thesis describes when senior managers see the benefits but middle managers judge the alliance from their own departments and do not cooperate. ' +
      LEVELS,
    hints: [
      'Look at who in the case is cooperating and who is not. At which level of the management hierarchy does the alliance stop?',
      'Compare the levels that follow the management hierarchy with what is missing: no routes, budgets, or revenue rule. Who normally produces those?',
    ],
    options: [
      {
        id: 'tactical',
        text: 'Tactical integration',
        fraction: 1,
        feedback:
          'Right. Middle managers have not turned the agreed goals into joint plans, budgets and sharing rules, so the alliance stays stuck at the top. ' +
          LEVELS,
      },
      {
        id: 'strategic',
        text: 'Strategic integration',
        fraction: -0.25,
        feedback:
          'No: the chief executives meet monthly and agree on the goals, so strategic integration is in place. The gap is below them. ' +
          LEVELS,
      },
      {
        id: 'operational',
        text: 'Operational integration',
        feedback:
          'Not the main gap. Operational integration links front-line processes and systems, but there are not even plans or budgets for the front line to carry out yet. ' +
          LEVELS,
      },
      {
        id: 'cultural',
        text: 'Cultural integration',
        feedback:
          'Nothing in the case shows friction over values or working styles; the managers simply have no joint plans or sharing rule. ' +
          LEVELS,
      },
    ],
  },
  {
    type: 'multiple-response',
    id: 'building-level-signs',
    prompt:
      'Which of these observations from an alliance review are warning signs that a particular integration level is missing? Select all that apply.',
    objectives: ['building.integration.diagnose'],
    points: 2,
    policy: 'right-minus-wrong',
    tags: ['building'],
    explanation:
      'Warning signs point to missing levels: manual workarounds and late data (operational), no owner and stalled decisions (organizational), all contact through one or two people (interpersonal), recurring friction over how things are done (cultural). A disagreement that is settled quickly through the agreed escalation path shows integration working, and a partner keeping its own separate strategy outside the alliance is normal — partners stay independent. ' +
      LEVELS,
    hints: [
      'For each observation, ask whether it shows a gap in how the firms are joined, or simply what a healthy alliance of independent firms looks like.',
      'Check each observation against the warning-sign column of the Compare table in Six levels of integration, and ask which level, if any, it points to.',
    ],
    options: [
      {
        id: 'manual',
        text: 'Orders between the partners are retyped by hand, and shared data arrive two weeks late.',
        correct: true,
        feedback:
          'Yes: manual workarounds and late data are the warning sign of missing operational integration. ' +
          LEVELS,
      },
      {
        id: 'stall',
        text: 'Nobody is responsible for the alliance, so decisions wait for the next board meeting of each firm.',
        correct: true,
        feedback:
          'Yes: no owner and stalled decisions signal missing organizational integration. ' +
          LEVELS,
      },
      {
        id: 'bottleneck',
        text: 'All contact between the firms runs through the two project directors.',
        correct: true,
        feedback:
          'Yes: a single channel of contact signals missing interpersonal integration; if either director leaves, the link breaks. ' +
          LEVELS,
      },
      {
        id: 'escalated',
        text: 'A pricing disagreement went up the agreed escalation path and was settled in a week.',
        correct: false,
        feedback:
          'No: this shows organizational integration working. Disagreements are normal; the warning sign is when there is no path for settling them. ' +
          LEVELS,
      },
      {
        id: 'independent',
        text: 'Each partner keeps its own strategy for products outside the alliance.',
        correct: false,
        feedback:
          'No: partners in an alliance remain independent firms. Strategic integration means agreeing on the alliance’s goals and sharing how strategies change, not merging strategies. ' +
          LEVELS,
      },
    ],
  },
];

export const cases: CaseDefinitionInput[] = [
  {
    id: 'case-building-tessaro-brightwell',
    title: 'Tessaro Medical and Brightwell Analytics',
    tags: ['building'],
    stimulus: `In January 2021 Tessaro Medical, an Italian maker of infusion pumps with revenue of €640 million, decided it needed software that could connect its pumps to hospital networks. Its chief executive met Dana Whitfield, founder of Brightwell Analytics, a Boston software firm with 180 employees, at a conference in February. Three weeks later Tessaro dropped its two other candidates, and in March the firms signed a contractual joint product development alliance. No one compared the alliance with building the software in-house or buying a small software firm, and the only stated goal was "a connected pump as soon as possible".

The agreement was drafted in six weeks. It set a joint budget of €18.0 million for 2021–2022 and eight development milestones, but it said nothing about who would own the jointly written code, and it had no review date or exit clause. No joint body was set up: Tessaro's project lead reported to Tessaro's head of engineering in Milan and Brightwell's to Whitfield in Boston. The engineers used different development tools and exchanged files by email, so test results often reached the other side a week late. Apart from the two project leads, almost nobody knew anyone at the other firm.

By December 2022 spending had reached €23.4 million and three of the eight milestones had been met. In early 2023 Brightwell offered a version of the platform to a rival pump maker, arguing that it owned the code it had written. Tessaro's board, which had never set targets for the alliance, could not say whether it was failing.`,
    figures: [
      {
        caption: 'Tessaro–Brightwell alliance: plan and actual, 2021–2022',
        columns: ['Measure', 'Plan', 'Actual (Dec 2022)'],
        rows: [
          ['Joint budget (€ million)', 18.0, 23.4],
          ['Development milestones met', 8, 3],
          ['Days for test results to reach the partner', 1, 7],
          ['Joint governance bodies', 'not specified', 0],
        ],
      },
    ],
    items: [
      {
        type: 'choice',
        id: 'case-building-tessaro-ip-stage',
        prompt:
          'The 2023 dispute over who owns the jointly written code grew most directly from a weakness at which construction stage?',
        objectives: ['building.process.diagnose'],
        points: 2,
        tags: ['building', 'case'],
        explanation:
          'Ownership of jointly developed know-how is one of the binding terms that negotiation must settle, along with review dates and exit provisions. The agreement was drafted in six weeks and said nothing about code ownership, so the dispute traces to negotiation. ' +
          PROCESS,
        hints: [
          'Separate when the dispute appeared from where it was planted. Which document should have settled who owns the code?',
          'Reread what the six-week agreement left out, and ask which stage is responsible for the terms a contract must contain.',
        ],
        options: [
          {
            id: 'negotiation',
            text: 'Negotiation',
            fraction: 1,
            feedback:
              'Right: the contract never settled who owns jointly written code, a term negotiation must fix. ' +
              PROCESS,
          },
          {
            id: 'operation',
            text: 'Operation',
            feedback:
              'The dispute surfaced during operation, but its cause lies earlier: no operating practice can fix a contract that is silent on ownership. ' +
              PROCESS,
          },
          {
            id: 'partner',
            text: 'Partner choice',
            feedback:
              'The rushed partner choice is a weakness too, but even a well-chosen partner needs a contract that says who owns joint code. ' +
              PROCESS,
          },
          {
            id: 'evaluation',
            text: 'Evaluation',
            feedback:
              'Evaluation measures results against objectives; it cannot settle ownership of code. ' +
              PROCESS,
          },
        ],
      },
      {
        type: 'categorize',
        id: 'case-building-tessaro-symptoms',
        prompt: 'Sort each fact from the case by the construction stage where the weakness began.',
        objectives: ['building.process.diagnose'],
        points: 3,
        policy: 'per-part',
        tags: ['building', 'case'],
        explanation:
          'No comparison with in-house development or acquisition and a vague goal → strategic decision. Dropping the other candidates after one conference meeting → partner choice. No joint body and project leads reporting only inside their own firms → design. No ownership, review or exit terms → negotiation. A board that cannot tell whether the alliance is failing → evaluation, which had no objectives to measure against. ' +
          PROCESS_EXAMPLE,
        hints: [
          'For each fact, ask which stage’s question was skipped or rushed, not when the trouble finally showed up.',
          'Reread the Compare table in The construction process for what each stage settles when handled well, and look for the fact showing that each of those things was missing.',
        ],
        buckets: [
          { id: 'decide', label: 'Strategic decision' },
          { id: 'choose', label: 'Partner choice' },
          { id: 'design', label: 'Design' },
          { id: 'negotiate', label: 'Negotiation' },
          { id: 'evaluate', label: 'Evaluation' },
        ],
        cards: [
          {
            id: 'goal',
            text: 'The only goal was "a connected pump as soon as possible", and no other route was compared.',
            bucket: 'decide',
          },
          {
            id: 'conference',
            text: 'The other two candidates were dropped three weeks after a conference meeting.',
            bucket: 'choose',
          },
          {
            id: 'nobody',
            text: 'No joint body was set up; each project lead reported only inside their own firm.',
            bucket: 'design',
          },
          {
            id: 'no-exit',
            text: 'The agreement had no review date and no exit clause.',
            bucket: 'negotiate',
          },
          {
            id: 'board',
            text: 'In 2023 the board could not say whether the alliance was failing.',
            bucket: 'evaluate',
          },
        ],
      },
      {
        type: 'numeric',
        id: 'case-building-tessaro-overrun',
        prompt:
          'Tessaro finally runs an evaluation. Using the figures table, by what percentage had joint spending exceeded the 2021–2022 budget by December 2022? Give a percentage rounded to the nearest whole percent (enter just the number, e.g. 12).',
        objectives: ['building.process.diagnose'],
        points: 2,
        tags: ['building', 'case'],
        explanation:
          'Overrun = (actual − budget) / budget = (23.4 − 18.0) / 18.0 = 5.4 / 18.0 = 0.30, that is 30%. Evaluation compares results with the goals set earlier; here the budget is one of the few figures the partners did fix. ' +
          PROCESS,
        hints: [
          'An overrun is the extra spending measured against what was planned. Find both figures in the table.',
          'Subtract the budget from actual spending, then divide that difference by the budget, not by the actual figure, and express the result as a percentage.',
        ],
        answers: [
          { value: 30, tolerance: 0.5, feedback: 'Right: (23.4 − 18.0) / 18.0 = 30%.' },
          {
            value: 23,
            tolerance: 0.5,
            fraction: 0,
            feedback:
              'You divided the overrun by actual spending (5.4 / 23.4). An overrun is measured against the budget: 5.4 / 18.0 = 30%.',
          },
          {
            value: 130,
            tolerance: 0.5,
            fraction: 0,
            feedback:
              'That is actual spending as a share of the budget. The overrun is the excess: 130% − 100% = 30%.',
          },
        ],
      },
      {
        type: 'multiple-response',
        id: 'case-building-tessaro-levels',
        prompt:
          'Which integration levels are clearly missing in the Tessaro–Brightwell alliance? Select all that apply.',
        objectives: ['building.integration.diagnose'],
        points: 2,
        policy: 'right-minus-wrong',
        tags: ['building', 'case'],
        explanation:
          'Look for each level’s warning sign. Files by email and week-old test results → operational. No joint body, leads reporting only inside their firms → organizational. Almost nobody knows anyone at the other firm beyond the two leads → interpersonal. The case gives no evidence of friction over values or working styles, so cultural integration cannot be judged missing from the facts given, and the two chief executives did agree to ally. ' +
          LEVELS,
        hints: [
          'For each level, look for a concrete fact in the case that matches its warning sign. A level counts as missing only if the case shows it.',
          'Reread the second paragraph closely and tie each problem there to one level. Then check whether the case offers any fact at all for each remaining option.',
        ],
        options: [
          {
            id: 'operational',
            text: 'Operational',
            correct: true,
            feedback:
              'Yes: different tools, files by email and week-old test results are the warning signs of missing operational integration. ' +
              LEVELS,
          },
          {
            id: 'organizational',
            text: 'Organizational',
            correct: true,
            feedback: `Yes: no joint body and no one who owns the alliance as a whole. ${LEVELS}`,
          },
          {
            id: 'interpersonal',
            text: 'Interpersonal',
            correct: true,
            feedback: `Yes: all contact runs through the two project leads. ${LEVELS}`,
          },
          {
            id: 'cultural',
            text: 'Cultural',
            correct: false,
            feedback:
              'Not from the evidence given: nothing in the case describes clashing values or working styles. Diagnose from warning signs, not from the fact that the firms are in different countries. ' +
              LEVELS,
          },
        ],
      },
      {
        type: 'choice',
        id: 'case-building-tessaro-remedy',
        prompt:
          'Tessaro and Brightwell agree to continue. Which of these proposed steps works mainly at the operational level of integration?',
        objectives: ['building.integration.classify', 'building.integration.diagnose'],
        points: 2,
        tags: ['building', 'case'],
        explanation:
          'Operational integration gives the people who do the work shared processes, linked systems and timely data. A shared development environment with automatic test reports does exactly that. The steering committee is organizational, the code-ownership agreement belongs to negotiation (and the tactical rules for sharing benefits), and the exchange visits are interpersonal. ' +
          LEVELS_EXAMPLE,
        hints: [
          'Recall which people and what kind of connections the operational level covers, then ask which step touches those directly.',
          'Reread how the engineers exchanged files and test results in the case, and ask which proposed step targets that problem.',
        ],
        options: [
          {
            id: 'tools',
            text: 'Move both teams onto one development environment that shares test results automatically.',
            fraction: 1,
            feedback:
              'Right: shared tools and timely data for the people doing the work are operational integration. ' +
              LEVELS,
          },
          {
            id: 'committee',
            text: 'Set up a joint steering committee with agreed decision rights.',
            feedback:
              'A steering committee is a structure for the alliance — organizational integration, also badly needed here. ' +
              LEVELS,
          },
          {
            id: 'ownership',
            text: 'Sign an addendum on who owns jointly written code.',
            feedback:
              'This repairs a negotiation gap and sets a rule for sharing the alliance’s benefits; it does not change how the engineers work day to day. ' +
              PROCESS,
          },
          {
            id: 'visits',
            text: 'Send ten engineers from each side for a month at the other firm.',
            feedback:
              'Exchange visits build personal networks — interpersonal integration. They help, but the daily flow of files and test data still depends on the tools. ' +
              LEVELS,
          },
        ],
      },
    ],
  },
];
