import type { CaseDefinitionInput, ItemDefinitionInput } from '@alliance/quiz-engine';
import { levelBuckets, levelOptions, obstacleOptions } from '../vocabulary';

const MATCH = 'countermeasures.remedy.match';
const DESIGN = 'countermeasures.remedy.design';
const ANALYZE = 'countermeasures.capstone.analyze';
const RECOMMEND = 'countermeasures.capstone.recommend';

/** The final assessment's own items for this module: never shown with a key anywhere else. */
export const items: ItemDefinitionInput[] = [
  // ─── Six countermeasures ────────────────────────────────────────────────────
  {
    type: 'matching',
    id: 'final-countermeasures-measure-obstacle',
    prompt:
      'Bergamin Textiles of Italy and Varhaug Wool of Norway run a joint product development alliance for technical outdoor fabrics. Their new alliance managers have drafted five measures. Match each measure to the obstacle it is designed to counter.',
    objectives: [MATCH],
    points: 3,
    tags: ['final', 'countermeasures'],
    policy: 'per-part',
    premises: [
      {
        id: 'review',
        text: 'A review in March 2026, led by two non-executive directors, that weighs continuing against a rival mill’s offer on costs still to come',
        match: 'path',
      },
      {
        id: 'schedule',
        text: 'A schedule naming which dye recipes are shared and which stay with each firm, plus a profit split tied to each side’s inputs',
        match: 'uncoop',
      },
      {
        id: 'ladder',
        text: 'A rule that any dispute unresolved after ten days goes to the alliance managers and then to a joint committee',
        match: 'lag',
      },
      {
        id: 'capsule',
        text: 'Designers from both firms paired on one small capsule collection before they tackle the main range',
        match: 'trust',
      },
      {
        id: 'first-line',
        text: 'Launching one fabric line in 2026 while the rest of the range is still being developed',
        match: 'timing',
      },
    ],
    responses: obstacleOptions(),
    explanation:
      'Identify the mechanism each measure attacks. A dated review, run by reviewers with no stake in the original choice and counting only costs still ahead, breaks the sunk-cost reasoning of path dependence. A list of shared and protected recipes, together with rewards tied to inputs, removes the reasons for holding back, so it answers uncooperative behavior. An escalation rule gives the alliance a management system of its own, the answer to lagging organization. A small first task on which each side can prove reliable builds trust. Delivering one line early while the rest matures keeps the operation from waiting for trust, the answer to mistiming. No measure aims at cultural conflict, so that response is left over. See *The idea* in Six countermeasures.',
  },
  {
    type: 'categorize',
    id: 'final-countermeasures-measure-level',
    prompt:
      'Cresswell Water, a British water utility, and Idrovia Pumps of Italy are repairing a troubled leak-detection alliance. Following the course’s pairing of obstacles with integration levels, sort each measure by the level at which it works.',
    objectives: [MATCH],
    points: 3,
    tags: ['final', 'countermeasures'],
    policy: 'per-part',
    buckets: levelBuckets(),
    cards: [
      {
        id: 'exit-criteria',
        text: 'Exit criteria agreed by both boards, with a review on a fixed date that sets aside the money already spent',
        bucket: 'strategic',
      },
      {
        id: 'targets',
        text: 'Leak-reduction goals of the alliance written into the yearly targets of both firms’ regional managers',
        bucket: 'tactical',
      },
      {
        id: 'fees',
        text: 'Service fees divided in line with the field hours each firm actually supplies',
        bucket: 'tactical',
      },
      {
        id: 'manager',
        text: 'A named alliance manager on each side, able to approve spending up to £200,000 without head office',
        bucket: 'organizational',
      },
      {
        id: 'spanner',
        text: 'An engineer who has worked at both firms briefs each team on how the other prefers to reach decisions',
        bucket: 'cultural',
      },
      {
        id: 'contacts',
        text: 'Regular contact between counterparts at three levels and a small joint task before the large one',
        bucket: 'interpersonal',
      },
      {
        id: 'pilot',
        text: 'Sensors fitted in one district while the contracts for the remaining districts are still being finalized',
        bucket: 'operational',
      },
    ],
    explanation:
      'Place each measure by the obstacle it answers. Exit criteria and a forward-looking review counter path dependence, and only top leaders can end or restructure an alliance: strategic. Alliance goals in managers’ targets and fees tied to contributions counter uncooperative behavior: tactical. An alliance manager with decision rights counters lagging organization: organizational. A person who understands both firms and translates between them is a boundary spanner, the answer to cultural conflict: cultural. Contacts at several levels and a small first task build trust: interpersonal. Starting in one district while negotiations continue counters mistiming: operational. See the Compare table in *The idea* in Six countermeasures.',
  },
  {
    type: 'choice',
    id: 'final-countermeasures-long-lead',
    prompt:
      'Kelderman Offshore of the Netherlands and Soroya Cables of Japan formed a large, complex joint venture in 2025 to run cable-laying vessels. Both boards accept that trust between the partners will take years to mature, yet their first customers need laying capacity within two years. Which plan best counters the obstacle this creates?',
    objectives: [DESIGN],
    points: 2,
    tags: ['final', 'countermeasures'],
    options: [
      {
        id: 'phase',
        text: 'Train crews during talks, refit one vessel first, and set decision deadlines.',
        fraction: 1,
        feedback:
          'Right: parallel preparation, a phased rollout, and decision deadlines keep the operation moving while trust grows, the operational answer to mistiming. See *The idea* in Six countermeasures.',
      },
      {
        id: 'survey',
        text: 'Order no vessels until a trust survey shows that both partners are ready to commit.',
        feedback:
          'Waiting for trust is exactly what the countermeasure avoids: the customers’ two-year window would close long before the survey turned positive. See *The idea* in Six countermeasures.',
      },
      {
        id: 'one-year',
        text: 'Announce a one-year launch date for the whole fleet to signal urgency to both teams.',
        feedback:
          'A tighter deadline does not make trust or joint organization arrive faster; it sets up a mistimed plan that is bound to slip. See *The idea* in Six countermeasures.',
      },
      {
        id: 'penalties',
        text: 'Write steep penalties into the contract for any delay that either partner causes.',
        feedback:
          'Penalties treat the partner as a likely offender and can deepen mistrust; they do not bring first results forward. See *The idea* in Six countermeasures.',
      },
    ],
    explanation:
      'The obstacle is mistiming: by Spekman’s survey as cited in the thesis, a large, complex alliance typically takes three to four years to reach operation, but the customers need capacity within two. Trust cannot be hurried, so the countermeasure stops the operation from waiting for it: prepare people and systems during negotiations, start with one modest project that can deliver early, and set deadlines for key decisions. Waiting for a trust survey, compressing the whole plan, or adding penalties either lose the window or make the relationship worse. See *The idea* in Six countermeasures.',
  },
  {
    type: 'multiple-response',
    id: 'final-countermeasures-lag-measures',
    prompt:
      'Pinemoor Bakeries of Ireland and Lützow Ofenbau of Germany co-develop energy-saving ovens. Every disagreement, down to the color of a control panel, waits for the two chief executives, who meet twice a year. Which measures counter this obstacle? Select all that apply.',
    objectives: [DESIGN],
    points: 2,
    tags: ['final', 'countermeasures'],
    policy: 'right-minus-wrong',
    options: [
      {
        id: 'committee',
        text: 'A joint steering committee that meets monthly with agreed decision rights',
        correct: true,
        feedback:
          'Yes: a committee with decision rights takes routine choices away from the chief executives. See *The idea* in Six countermeasures.',
      },
      {
        id: 'managers',
        text: 'A named alliance manager in each firm who owns the day-to-day decisions',
        correct: true,
        feedback:
          'Yes: someone who owns the alliance is the core of organizational integration. See *The idea* in Six countermeasures.',
      },
      {
        id: 'ladder',
        text: 'A written escalation ladder stating who settles a dispute at each step',
        correct: true,
        feedback:
          'Yes: an agreed path for disputes, written before the next one arrives, stops every issue from climbing to the top. See *The idea* in Six countermeasures.',
      },
      {
        id: 'quarterly',
        text: 'Chief executives’ meetings held every quarter instead of twice a year',
        correct: false,
        feedback:
          'It shortens the queue but keeps every decision at the top; the alliance still lacks its own machinery for deciding. See *The idea* in Six countermeasures.',
      },
      {
        id: 'training',
        text: 'Training for the oven engineers on each other’s business cultures',
        correct: false,
        feedback:
          'Cultural training answers cultural conflict, and nothing in the case describes friction over values or habits. See *The idea* in Six countermeasures.',
      },
      {
        id: 'fines',
        text: 'A contract clause that fines the partner who holds up a decision',
        correct: false,
        feedback:
          'Fines do not create anyone with the authority to decide; they add a new source of dispute. See *The idea* in Six countermeasures.',
      },
    ],
    explanation:
      'Decisions piling up at the top show lagging organization and management. Neither partner can command the other, and the alliance is governed partly by administration and partly by bargaining, so it needs its own machinery for deciding: a steering committee with decision rights, an alliance manager on each side, and an escalation ladder. More frequent top-level meetings leave the bottleneck in place, cultural training targets a different obstacle, and fines add conflict without adding authority. See *The idea* and *Worked example: Brenner Hydraulics and Sato Precision* in Six countermeasures.',
  },
  {
    type: 'short-text',
    id: 'final-countermeasures-boundary-name',
    prompt:
      'Corbel Audio and Mizuhara Acoustics co-develop noise-cancelling headphones. Mizuhara’s engineers send only summary test results, because they fear Corbel will copy their driver-tuning methods. The alliance managers propose a short, agreed document that lists what each side shares, such as interface specifications and raw test data, and what stays protected, such as the tuning methods. What does the course call this tool? Answer in two words.',
    objectives: [DESIGN],
    points: 1,
    tags: ['final', 'countermeasures'],
    patterns: [
      {
        pattern: '*knowledge boundar*',
        feedback: 'Correct: a knowledge boundary.',
      },
      {
        pattern: '*boundar*',
        fraction: 0.5,
        feedback:
          'Close: the course’s term is knowledge boundary, an agreed statement of open and protected know-how.',
      },
      {
        pattern: 'nda',
        fraction: 0,
        feedback:
          'A confidentiality agreement protects secrets but does not say what the partners will openly share. The course’s tool is a knowledge boundary.',
      },
      {
        pattern: '*non*disclosure*',
        fraction: 0,
        feedback:
          'A confidentiality agreement protects secrets but does not say what the partners will openly share. The course’s tool is a knowledge boundary.',
      },
    ],
    explanation:
      'Mizuhara is guarding a core competence, one of the causes of uncooperative behavior. The tactical countermeasure is a knowledge boundary: an agreed statement of which know-how is open to the partner and which is kept back, so that protection becomes explicit instead of hidden. Once the tuning methods are explicitly protected, Mizuhara has no reason to hold back the raw test data, as Sato did once its calibration methods were protected. See *The idea* and *Worked example: Brenner Hydraulics and Sato Precision* in Six countermeasures.',
  },
  {
    type: 'numeric',
    id: 'final-countermeasures-contribution-split',
    prompt:
      'Trevanion Foods and Ocampo Flavors split the profit of their joint snack range 50/50, as agreed in 2022. By 2025 Ocampo supplies €4.2 million of the alliance’s €6.0 million of yearly inputs (staff, recipes, and plant time) and has started to hold back its best flavorists. The alliance managers propose to tie rewards to contributions by splitting profit in proportion to each side’s yearly inputs. On the 2025 profit of €2.5 million, how much more would Ocampo receive under the new split than under the old one? Give your answer in thousands of euros, to the nearest thousand.',
    objectives: [DESIGN],
    points: 2,
    tags: ['final', 'countermeasures'],
    answers: [
      {
        value: 500,
        tolerance: 1,
        feedback:
          'Right: Ocampo’s share rises from 50% to 4.2 ÷ 6.0 = 70%, so it receives €1,750 thousand instead of €1,250 thousand, €500 thousand more.',
      },
      {
        value: 1750,
        tolerance: 1,
        fraction: 0,
        feedback:
          '€1,750 thousand is Ocampo’s whole share under the new split. The question asks how much more that is than its 50% share of €1,250 thousand.',
      },
      {
        value: 1200,
        tolerance: 1,
        fraction: 0,
        feedback:
          'You compared inputs (€4.2 million against an even €3.0 million). The question asks about shares of the €2.5 million profit.',
      },
    ],
    explanation:
      'Ocampo’s share of inputs is €4.2 million ÷ €6.0 million = 70%. Under the new split it receives 70% × €2.5 million = €1.75 million; under the old split, 50% × €2.5 million = €1.25 million. The difference is €0.5 million, or 500 thousand euros. Tying rewards to actual contributions removes a reason for holding back effort, and the formula should be revisited when contributions shift again. See *The idea* in Six countermeasures.',
  },

  // ─── Capstone case ──────────────────────────────────────────────────────────
  {
    type: 'ordering',
    id: 'final-countermeasures-analysis-steps',
    prompt:
      'An analyst is reviewing the rail-signal alliance between Elsworth Rail and Kovač Signal Systems. Following the course’s alliance diagnostic sequence, put her six working steps in the order the method takes them.',
    objectives: [ANALYZE],
    points: 2,
    tags: ['final', 'countermeasures'],
    grading: 'relative-next-include-last',
    items: [
      {
        id: 'test',
        text: 'Confirm that the two firms remain independent, divide control and benefits, and go on contributing technology',
      },
      {
        id: 'form',
        text: 'Classify the alliance as contractual or equity, and as horizontal or vertical',
      },
      {
        id: 'motives',
        text: 'Set out which theories explain the deal and what each firm hoped to gain from it',
      },
      {
        id: 'obstacles',
        text: 'List the obstacles at work, each one backed by a fact from the case',
      },
      {
        id: 'roots',
        text: 'Trace each obstacle to a weak construction stage and a missing integration level',
      },
      {
        id: 'plan',
        text: 'Propose countermeasures in order of urgency and test the timetable against Spekman’s range',
      },
    ],
    explanation:
      'The method analyzes before it prescribes. It first establishes what the case is: an alliance at all (Yoshino and Rangan’s three conditions), then its form. Next it asks why the partners allied, then which obstacles are at work, with evidence. Each obstacle is traced to the stage where it started and the level that is missing, and only then are remedies chosen, ranked, and checked against a realistic timetable. A remedy proposed before the diagnosis has nothing to aim at. See *The idea* in Capstone case.',
  },
  {
    type: 'inline-choice',
    id: 'final-countermeasures-case-classify',
    prompt:
      'Marwick Paper, a British maker of paper packaging, and Sundqvist Pulp of Sweden each own half of a new company that turns Sundqvist’s pulp into molded-fiber trays for Marwick’s customers. Both parents stay independent and keep supplying know-how. In 2025 Marwick’s board approves more money for the venture “because we have already put £45 million in,” without looking at a rival pulp supplier’s offer. Complete the analysis.',
    objectives: [ANALYZE, MATCH],
    points: 2,
    tags: ['final', 'countermeasures'],
    text: 'The venture is {{form}} that created a separate company. It is {{axis}}, because pulp making and tray making are successive stages. The board’s reasoning is a sign of {{obstacle}}, which is answered at the {{level}} level.',
    gaps: [
      {
        id: 'form',
        options: [
          { id: 'equity', text: 'an equity alliance' },
          { id: 'contractual', text: 'a contractual alliance' },
        ],
        answer: 'equity',
        feedback:
          'Both parents hold stock in the company they created, so the alliance is equity-based.',
      },
      {
        id: 'axis',
        options: [
          { id: 'vertical', text: 'vertical' },
          { id: 'horizontal', text: 'horizontal' },
        ],
        answer: 'vertical',
        feedback:
          'A supplier of pulp linked to a maker of trays joins successive stages: vertical.',
      },
      {
        id: 'obstacle',
        options: [
          { id: 'path', text: 'path dependence' },
          { id: 'trust', text: 'lack of mutual trust' },
          { id: 'timing', text: 'mistiming' },
        ],
        answer: 'path',
        feedback:
          'Committing more money to justify money already spent, with no alternative considered, is escalation of commitment, part of path dependence.',
      },
      {
        id: 'level',
        options: [
          { id: 'strategic', text: 'strategic' },
          { id: 'tactical', text: 'tactical' },
          { id: 'organizational', text: 'organizational' },
        ],
        answer: 'strategic',
        feedback:
          'Restructuring or ending an alliance is a decision reserved for top leaders, so the review that answers path dependence is strategic.',
      },
    ],
    explanation:
      'The parents hold shares in a company set up for the purpose, so this is an equity alliance in the form of a joint venture. Because the venture links pulp supply to the next stage of production, it is vertical. The board defends further spending by pointing to the £45 million already invested and ignores an alternative, which is escalation of commitment, part of path dependence. The countermeasure is a strategic review that looks only at costs and benefits still to come, run by reviewers with no stake in the original choice. See *The idea* in Capstone case and *The idea* in Six countermeasures.',
  },
  {
    type: 'choice',
    id: 'final-countermeasures-timing-first',
    prompt:
      'Quarmby Hydrogen and Eskelinen Electrolysis founded a large, complex joint venture in January 2025. Its plan promises full operation by January 2026, and next month the venture is due to sign supply contracts with three steelmakers that promise deliveries from that date. A review also finds no alliance manager on either side and some friction over meeting styles. No vote on further investment is pending. Which move should come first?',
    objectives: [RECOMMEND],
    points: 2,
    tags: ['final', 'countermeasures'],
    options: [
      {
        id: 'replan',
        text: 'Re-plan a phased start on realistic dates before any supply contract is signed.',
        fraction: 1,
        feedback:
          'Right: the contracts would lock in a date years earlier than Spekman’s range suggests, and that commitment is due next month. See *The idea* in Capstone case.',
      },
      {
        id: 'managers',
        text: 'Appoint an alliance manager on each side and set up a joint steering committee.',
        fraction: 0.25,
        feedback:
          'Needed soon, but signing contracts on an unrealistic date next month would do more lasting harm. See *The idea* in Capstone case.',
      },
      {
        id: 'review',
        text: 'Commission an independent strategic review of whether to continue the venture.',
        feedback:
          'A review comes first when a commitment is pending on sunk-cost grounds; here no investment vote is pending and nothing suggests the venture itself is doubtful. See *The idea* in Capstone case.',
      },
      {
        id: 'workshops',
        text: 'Run joint workshops on the two firms’ meeting styles before the next board session.',
        feedback:
          'The friction is real but not urgent, and workshops would not stop the contracts from committing the venture to an impossible date. See *The idea* in Capstone case.',
      },
    ],
    explanation:
      'Put first the decision that is most urgent and shapes the rest. By Spekman’s finding, as cited in the thesis, a large, complex venture founded in January 2025 would realistically reach operation between 2028 and 2029, not in 2026. Signing delivery contracts on the 2026 date would turn a planning error into broken promises to customers, so the timetable must be redone, with a phased start, before anything is signed. Structure and cultural work follow; a strategic review is not the priority, because no commitment is being made on the strength of past spending. See *The idea* in Capstone case.',
  },
  {
    type: 'multiple-response',
    id: 'final-countermeasures-evidence-claims',
    prompt:
      'Whitlock Cosmetics and Verrerie Sauveterre co-develop refillable glass jars. The facts: Sauveterre’s engineers share mold drawings only as low-resolution images; disputes over defect rates have waited four months because neither firm has anyone responsible for the alliance; the first jar sold 8% below forecast in a year when the whole cosmetics market shrank by 9%; the two firms are in different countries and work in different languages; and Whitlock’s board renewed the alliance last year after outside directors compared it with two other suppliers. A consultant’s draft makes five claims. Which claims are backed by evidence in these facts? Select all that apply.',
    objectives: [ANALYZE],
    points: 2,
    tags: ['final', 'countermeasures'],
    policy: 'right-minus-wrong',
    options: [
      {
        id: 'guarding',
        text: 'Guarding of core know-how is causing uncooperative behavior.',
        correct: true,
        feedback:
          'Yes: sharing only low-resolution drawings is a partner protecting what it is valued for. See *The idea* in Capstone case.',
      },
      {
        id: 'lag',
        text: 'The alliance’s organization and management lag behind its needs.',
        correct: true,
        feedback:
          'Yes: disputes waiting four months because nobody owns the alliance are the sign of lagging organization. See *The idea* in Capstone case.',
      },
      {
        id: 'sales',
        text: 'The sales miss shows the partners are failing to cooperate.',
        correct: false,
        feedback:
          'Set this aside: a miss of 8% in a market that shrank by 9% is explained by the market, so it is no evidence about how the partners work together. See *The idea* in Capstone case.',
      },
      {
        id: 'languages',
        text: 'Working across two countries and languages is a cultural conflict.',
        correct: false,
        feedback:
          'Different countries are not evidence of conflict; the facts report no friction over how things are done. See *The idea* in Capstone case.',
      },
      {
        id: 'path',
        text: 'Path dependence kept the alliance alive and the renewal should be reversed.',
        correct: false,
        feedback:
          'The renewal followed a review by outsiders that compared real alternatives, which is the countermeasure to path dependence, not a symptom of it. See *The idea* in Capstone case.',
      },
    ],
    explanation:
      'Every claim in a diagnosis needs evidence from the case. The drawings shared only as low-resolution images support guarding of core know-how, and disputes left for months with nobody responsible support lagging organization. A sales miss in line with a shrinking market is not evidence against the partners, two countries and languages do not by themselves show cultural conflict, and a renewal after an outside review of alternatives is the opposite of path dependence. See *The idea* in Capstone case.',
  },
];

/** The final assessment's own cases for this module. */
export const cases: CaseDefinitionInput[] = [
  {
    id: 'case-final-countermeasures-northwake',
    title: 'Northwake Drives: Brännvik Marine and Ribalta Baterías',
    tags: ['final', 'countermeasures', 'part-4'],
    stimulus: `In October 2021 **Brännvik Marine**, a Gothenburg maker of electric outboard motors with revenue of SEK 3.2 billion, and **Ribalta Baterías**, a Valencia maker of marine battery packs with revenue of €290 million, founded **Northwake Drives**, a 50/50 joint venture that builds complete electric drive systems for ferries and workboats. Both parents remain independent and keep supplying technology. The founding plan promised the first ferry drive in April 2023, 18 months after founding. It was delivered in November 2024.

A review in spring 2025 found the following. Ribalta releases its cell-management software to Northwake only as compiled files, so Brännvik’s engineers cannot tune the drives for each ferry. Ribalta’s sales managers earn commission on stand-alone battery packs but not on Northwake systems, and rarely offer the systems to shipyards. Northwake has no alliance manager and no steering committee: every dispute waits for the two chief executives, who meet twice a year. Brännvik’s engineers want open debate before anything is decided, while Ribalta’s wait for the highest-ranking manager in the room to rule; Brännvik staff find Ribalta high-handed, and Ribalta staff find Brännvik slow.

In May 2025 Brännvik’s board is about to approve SEK 420 million for a second production line, “so that the SEK 610 million we have already invested is not wasted.” It has not examined an offer from a Finnish drive maker to supply complete systems.

Two further facts came up. Marine battery prices fell about 20% across the industry in 2024, and Northwake’s first customer, a Norwegian ferry operator, rated the drive’s quietness nine out of ten.`,
    figures: [
      {
        caption: 'Northwake Drives: plan and outcome',
        columns: ['Measure', 'Founding plan', 'Actual'],
        rows: [
          ['First ferry drive delivered', 'April 2023', 'November 2024'],
          ['Months from founding to first delivery', 18, 37],
          ['Median days to settle a dispute', 'not set', 64],
          ['Brännvik’s investment to date (SEK million)', 'not set', 610],
        ],
      },
    ],
    items: [
      {
        type: 'matching',
        id: 'final-countermeasures-northwake-remedies',
        prompt:
          'For each finding of the 2025 review, choose the countermeasure aimed at what is driving it.',
        objectives: [DESIGN],
        points: 3,
        tags: ['final', 'countermeasures'],
        policy: 'per-part',
        premises: [
          {
            id: 'software',
            text: 'Ribalta releases its cell-management software only as compiled files',
            match: 'boundary',
          },
          {
            id: 'commission',
            text: 'Ribalta’s sales managers earn nothing on Northwake systems',
            match: 'targets',
          },
          {
            id: 'disputes',
            text: 'Every dispute waits for the twice-yearly meeting of the chief executives',
            match: 'structure',
          },
          {
            id: 'styles',
            text: 'Open debate on one side, rulings by the highest-ranking manager on the other',
            match: 'norms',
          },
          {
            id: 'line',
            text: 'SEK 420 million about to be approved to avoid “wasting” SEK 610 million',
            match: 'review',
          },
        ],
        responses: [
          {
            id: 'boundary',
            text: 'An agreed list of software and data that are shared and those that stay protected',
          },
          {
            id: 'targets',
            text: 'Northwake sales written into the targets and commission of Ribalta’s sales managers',
          },
          {
            id: 'structure',
            text: 'A steering committee with decision rights and an alliance manager on each side',
          },
          {
            id: 'norms',
            text: 'Workshops on how each firm decides, followed by written rules for joint meetings',
          },
          {
            id: 'review',
            text: 'An independent review comparing the line with the Finnish offer on future costs and benefits',
          },
          {
            id: 'penalties',
            text: 'Contract penalties for any partner found withholding technology',
          },
          {
            id: 'reprice',
            text: 'A cut in Northwake’s transfer prices to follow the 20% fall in battery prices',
          },
        ],
        explanation:
          'Compiled software is Ribalta guarding a core competence; a knowledge boundary makes protection open and agreed, so the rest can be shared. Commission that ignores Northwake leads Ribalta’s middle managers to judge the venture by their own department’s results, a cause of uncooperative behavior; putting alliance sales into their targets aligns them. Disputes waiting for the top show lagging organization, answered by a committee, decision rights, and alliance managers. Clashing decision styles are cultural conflict, answered by mutual understanding and shared norms. Spending to protect sunk money is escalation of commitment, answered by an independent, forward-looking review. Penalties deepen mistrust, and the industry-wide price fall says nothing about how the partners cooperate, so both responses are distractors. See *The idea* in Six countermeasures.',
      },
      {
        type: 'choice',
        id: 'final-countermeasures-northwake-first',
        prompt:
          'The two chief executives meet next week. Which item belongs at the top of their agenda?',
        objectives: [RECOMMEND],
        points: 2,
        tags: ['final', 'countermeasures'],
        options: [
          {
            id: 'review',
            text: 'Hold the SEK 420 million until outsiders have weighed the Finnish offer.',
            fraction: 1,
            feedback:
              'Right: a vote justified by past spending is imminent, and the outcome of the review determines whether any other remedy is worth paying for. See *The idea* in Capstone case.',
          },
          {
            id: 'approve',
            text: 'Approve the SEK 420 million quickly, so the SEK 610 million is not written off.',
            feedback:
              'This is escalation of commitment: the SEK 610 million is spent whatever the board decides, and only future costs and benefits should count. See *The idea* in Capstone case.',
          },
          {
            id: 'committee',
            text: 'Set up a steering committee and appoint an alliance manager for each side.',
            fraction: 0.25,
            feedback:
              'Useful, and a strong candidate for second place, but it only makes sense once the partners know whether Northwake goes on, and the vote makes that question urgent. See *The idea* in Capstone case.',
          },
          {
            id: 'prices',
            text: 'Renegotiate battery transfer prices in line with the 20% industry-wide fall.',
            feedback:
              'The price fall hit the whole industry and is not one of Northwake’s obstacles; set it aside when ranking the remedies. See *The idea* in Capstone case.',
          },
        ],
        explanation:
          'Rank the remedies by how pressing each is and by which ones unlock the rest. A vote to commit SEK 420 million is imminent and is being justified by money already spent, while a real alternative sits unexamined. A review by outsiders that weighs only what lies ahead, set against the Finnish offer, has to come first: if the venture continues, the structural, tactical, and cultural remedies follow; if it does not, they are moot. Approving quickly repeats the bias, the committee belongs in second place, and the battery price fall is a distraction. See *The idea* and *Worked example: Halvard Motors and Kiriyama Cells* in Capstone case.',
      },
      {
        type: 'numeric',
        id: 'final-countermeasures-northwake-spekman',
        prompt:
          'According to the thesis, Spekman’s 1996 survey put the time a large, complex alliance needs between founding and operation at three to four years. Taking the lower figure as the shortest realistic time from founding to first delivery, by how many months did the founding plan fall short of it? Answer in months, as a whole number.',
        objectives: [ANALYZE],
        points: 2,
        tags: ['final', 'countermeasures'],
        answers: [
          {
            value: 18,
            tolerance: 0.5,
            feedback:
              'Right: the short end is 36 months; the plan allowed 18, so it was at least 18 months too short.',
          },
          {
            value: 19,
            tolerance: 0.5,
            fraction: 0,
            feedback:
              '19 months is how late the drive actually was (37 − 18). The question compares the plan with Spekman’s range: 36 − 18 = 18.',
          },
          {
            value: 30,
            tolerance: 0.5,
            fraction: 0,
            feedback:
              'You used the long end of the range (48 months). The question asks for the short end: 36 − 18 = 18.',
          },
          {
            value: 24,
            tolerance: 0.5,
            fraction: 0,
            feedback:
              'You used the midpoint of the range (42 months). The question asks for the short end: 36 − 18 = 18.',
          },
        ],
        explanation:
          'Three years is 36 months. The founding plan allowed 18 months, so even by the most optimistic reading of Spekman’s range it was 36 − 18 = 18 months too short. The actual delivery at 37 months sits inside the three-to-four-year range, so the venture’s pace was normal and the plan was the mistake, a case of mistiming. See *The idea* and *Worked example: Halvard Motors and Kiriyama Cells* in Capstone case.',
      },
      {
        type: 'inline-choice',
        id: 'final-countermeasures-northwake-levels',
        prompt:
          'The review team drafts four remedies. For each, choose the integration level it acts on.',
        objectives: [MATCH],
        points: 2,
        tags: ['final', 'countermeasures'],
        text: 'Hold back the SEK 420 million until outsiders have compared the second line with the Finnish offer ({{review}} level). Pay Ribalta’s sales managers commission on Northwake systems as well as on packs ({{commission}} level). Create a steering committee with decision rights, run by a named alliance manager from each parent ({{structure}} level). Hold joint sessions in which the engineers learn how the other firm reaches decisions, then write down how alliance meetings will be run ({{styles}} level).',
        gaps: [
          {
            id: 'review',
            options: levelOptions({ lowerCase: true }),
            answer: 'strategic',
            feedback:
              'Committing new money or changing course is for top leaders, which places the review at the strategic level.',
          },
          {
            id: 'commission',
            options: levelOptions({ lowerCase: true }),
            answer: 'tactical',
            feedback:
              'Pay schemes and targets set for middle managers belong to the tactical level.',
          },
          {
            id: 'structure',
            options: levelOptions({ lowerCase: true }),
            answer: 'organizational',
            feedback:
              'A committee and named managers give the alliance its own structure, which is organizational.',
          },
          {
            id: 'styles',
            options: levelOptions({ lowerCase: true }),
            answer: 'cultural',
            feedback:
              'Learning how the other side decides and agreeing common meeting rules is cultural.',
          },
        ],
        explanation:
          'Match each remedy to the place where its obstacle can actually be changed. The funding review counters path dependence and belongs to top leaders: strategic. Commission that rewards Northwake sales counters uncooperative behavior: tactical. A committee and alliance managers counter lagging organization: organizational. Training and shared meeting norms counter cultural conflict: cultural. See the Compare table in *The idea* in Six countermeasures.',
      },
      {
        type: 'multiple-response',
        id: 'final-countermeasures-northwake-evidence',
        prompt:
          'Which facts in the case are evidence of an obstacle that the recovery plan must address? Select all that apply.',
        objectives: [ANALYZE],
        points: 2,
        tags: ['final', 'countermeasures'],
        policy: 'right-minus-wrong',
        options: [
          {
            id: 'software',
            text: 'Ribalta releases its cell-management software only as compiled files.',
            correct: true,
            feedback:
              'Yes: Ribalta is protecting the know-how it is valued for, which drives uncooperative behavior. See *The idea* in Capstone case.',
          },
          {
            id: 'styles',
            text: 'Each side calls the other’s way of reaching decisions slow or high-handed.',
            correct: true,
            feedback:
              'Yes: recurring friction over how decisions are made is cultural conflict. See *The idea* in Capstone case.',
          },
          {
            id: 'board',
            text: 'Brännvik’s board cites money already spent as the reason for more funding.',
            correct: true,
            feedback:
              'Yes: justifying new money by sunk spending is escalation of commitment, part of path dependence. See *The idea* in Capstone case.',
          },
          {
            id: 'prices',
            text: 'Marine battery prices fell by about 20% across the whole industry in 2024.',
            correct: false,
            feedback:
              'Set this aside: an industry-wide price change says nothing about how these partners cooperate or decide. See *The idea* in Capstone case.',
          },
          {
            id: 'quiet',
            text: 'The first customer gave the drive’s quietness a rating of nine out of ten.',
            correct: false,
            feedback:
              'A good product rating is welcome but is not evidence of any obstacle, nor proof that the alliance is healthy. See *The idea* in Capstone case.',
          },
        ],
        explanation:
          'A diagnosis rests on evidence that points to a mechanism. Compiled software shows Ribalta guarding its core competence; the clash over decision styles shows cultural conflict; the board’s appeal to the SEK 610 million shows escalation of commitment. The industry-wide price fall and the customer’s rating of the product are true but irrelevant to how the partners cooperate, so a careful analyst sets them aside. See *The idea* in Capstone case.',
      },
    ],
  },
];
