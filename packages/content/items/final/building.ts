import type { CaseDefinitionInput, ItemDefinitionInput } from '@alliance/quiz-engine';
import { levelBuckets, levelOptions, stageBuckets, stageOptions } from '../vocabulary';

const ORDER = 'building.process.order';
const TRACE = 'building.process.diagnose';
const CLASSIFY = 'building.integration.classify';
const MISSING = 'building.integration.diagnose';

/** The final assessment's own items for this module: never shown with a key anywhere else. */
export const items: ItemDefinitionInput[] = [
  // ─── The construction process ───────────────────────────────────────────────
  {
    type: 'ordering',
    id: 'final-building-stage-sequence',
    prompt:
      'Pellridge Seeds, a Kansas seed company, wants drought-tolerant wheat traits and is building an alliance with Anwara Genomics. Its project log lists six steps, shuffled below. Put them in the order in which the construction process would have Pellridge take them on its first pass.',
    objectives: [ORDER],
    points: 2,
    tags: ['final', 'building'],
    grading: 'relative-next-include-last',
    items: [
      {
        id: 'routes',
        text: 'The board weighs licensing traits, growing its own genomics lab, and allying, and sets yield targets for 2028.',
      },
      {
        id: 'screen',
        text: 'Four genomics firms are screened for complementary know-how, compatible goals, and a stable balance of strength.',
      },
      {
        id: 'shape',
        text: 'The two firms settle the form of the alliance, each side’s contribution, a joint steering committee, and the royalty split.',
      },
      {
        id: 'sign',
        text: 'Lawyers put in writing which trait data stay protected, how disputes are settled, and how either side can leave.',
      },
      {
        id: 'run',
        text: 'Breeders from both firms start joint field trials, and each firm names a full-time alliance manager.',
      },
      {
        id: 'review',
        text: 'Trial yields are compared with the 2028 targets, and the firms decide whether to widen the alliance.',
      },
    ],
    explanation:
      'Each step relies on an answer the step before it supplies. Pellridge must first decide that allying beats licensing or building, and what it wants from the deal (strategic decision); only then can it judge which candidate fits (partner choice). With a partner chosen, the firms shape what they are building, including contributions, governance, and the royalty split (design), and then turn that shape into binding terms on protected data, disputes, and exit (negotiation). Joint trials and staffing follow (operation), and the results can be judged only against the targets set at the start (evaluation), which closes the first pass and may loop back. See *The idea* in The construction process.',
  },
  {
    type: 'matching',
    id: 'final-building-memo-questions',
    prompt:
      'Hallowfield Foods keeps a log of open questions while it builds a frozen-meals alliance with Brezina Packaging. Match each logged question to the construction stage whose job it is to settle it. A stage may be used more than once.',
    objectives: [ORDER],
    points: 3,
    tags: ['final', 'building'],
    policy: 'per-part',
    premises: [
      {
        id: 'routes',
        text: 'Would a long supply contract, or buying a small tray plant outright, serve us better than a joint development deal?',
        match: 'decide',
      },
      {
        id: 'rival',
        text: 'Brezina is launching its own ready-meal brand. Could it become our competitor once it learns our recipes?',
        match: 'choose',
      },
      {
        id: 'form',
        text: 'Should the alliance be a contractual deal or a jointly owned company, and who pays for the new sealing line?',
        match: 'design',
      },
      {
        id: 'savings',
        text: 'How will the savings from the lighter tray be shared between the two firms?',
        match: 'design',
      },
      {
        id: 'leave',
        text: 'If Brezina is sold to a competitor, how much notice do we need to give to leave, and on what terms?',
        match: 'negotiate',
      },
      {
        id: 'rota',
        text: 'Which of our engineers will spend two days a week at Brezina’s plant, and who coordinates them?',
        match: 'operate',
      },
      {
        id: 'target',
        text: 'Two years in, has the tray cut our packaging cost per meal by the 15% we aimed for?',
        match: 'evaluate',
      },
    ],
    responses: stageOptions(),
    explanation:
      'Read each question as a stage’s own question. Comparing a contract, an acquisition, and an alliance is the strategic decision: should we ally at all? Whether Brezina’s plans could turn it into a rival is a test of fit and of the balance of strength, so it belongs to partner choice. The form, who pays for what, and how savings are shared are all design. Notice periods and terms for leaving are exit provisions, which negotiation writes into the agreement. Staffing and coordinating the engineers is operation, and checking the 15% aim is evaluation. See *The idea* in The construction process.',
  },
  {
    type: 'inline-choice',
    id: 'final-building-review-loop',
    prompt:
      'Corriston Tiles, a British tile maker, and Velasco Hornos, a Spanish kiln builder, run a joint product development alliance for low-energy kilns. Their 2025 evaluation turns up three findings. Complete the note on where each finding sends the partners.',
    objectives: [ORDER, TRACE],
    points: 3,
    tags: ['final', 'building'],
    text: 'Velasco now supplies 70% of the engineering hours, yet costs are still split 50/50 and no rule covers the license income from other tile makers, so the partners go back to {{split}}. Velasco has agreed to be bought in 2026 by a direct rival of Corriston; if Corriston wants to continue the work, it must return to {{buyer}}. A quarrel over warranty claims dragged on for five months because the agreement contains no procedure for settling disputes, a gap that traces to {{quarrel}}.',
    gaps: [
      {
        id: 'split',
        options: [
          { id: 'design', text: 'design' },
          { id: 'operation', text: 'operation' },
          { id: 'evaluation', text: 'evaluation' },
        ],
        answer: 'design',
        feedback:
          'Each side’s contribution and how benefits are shared are set in design; the partners then write the new split into their agreement.',
      },
      {
        id: 'buyer',
        options: [
          { id: 'partner', text: 'partner choice' },
          { id: 'design', text: 'design' },
          { id: 'operation', text: 'operation' },
        ],
        answer: 'partner',
        feedback:
          'A partner owned by a direct rival no longer offers compatible goals or a stable balance of strength, so the question “with whom?” is open again.',
      },
      {
        id: 'quarrel',
        options: [
          { id: 'negotiation', text: 'negotiation' },
          { id: 'operation', text: 'operation' },
          { id: 'decision', text: 'the strategic decision' },
        ],
        answer: 'negotiation',
        feedback:
          'How disputes are settled is one of the binding terms negotiation must agree; the quarrel merely surfaced during operation.',
      },
    ],
    explanation:
      'Evaluation does not end the process; it sends the partners back to whichever stage owns the question that is now open. A split that no longer matches contributions, and income with no sharing rule, reopen design. A partner about to be owned by a direct rival reopens partner choice, because the fit the alliance was built on is disappearing. A dispute with no agreed procedure for settling it points to a gap left in negotiation: the quarrel showed up during operation, but no operating effort can supply a procedure the agreement never contained. See *The idea* and *Worked example: Kestrel Aerostructures and Vantor Composites* in The construction process.',
  },
  {
    type: 'categorize',
    id: 'final-building-symptom-roots',
    prompt:
      'A consultant has audited seven troubled alliances. For each finding, choose the stage of construction where the weakness most likely began.',
    objectives: [TRACE],
    points: 3,
    tags: ['final', 'building'],
    policy: 'per-part',
    buckets: stageBuckets(),
    cards: [
      {
        id: 'unpriced',
        text: 'Two years in, the board learns that buying a small specialist outright would have been cheaper, an option nobody had priced.',
        bucket: 'decide',
      },
      {
        id: 'outgrown',
        text: 'The partner, three times larger, absorbed the know-how it wanted within a year and then lost interest.',
        bucket: 'choose',
      },
      {
        id: 'styles',
        text: 'The two management teams clash over how decisions are made; neither had looked at how the other firm is run before signing.',
        bucket: 'choose',
      },
      {
        id: 'staff-share',
        text: 'One partner supplies most of the staff but receives the same share of income, and no joint body exists to revisit the split.',
        bucket: 'design',
      },
      {
        id: 'field-data',
        text: 'A quarrel over field data has run for months, because the agreement says nothing about settling disputes or reusing data.',
        bucket: 'negotiate',
      },
      {
        id: 'on-loan',
        text: 'The contract and structure are sound, but the alliance is staffed by people on loan a few hours a week, and middle managers treat it as a side project.',
        bucket: 'operate',
      },
      {
        id: 'slide-deck',
        text: 'The alliance has been extended for a third term on the strength of activity charts; nobody has set its results against the original targets.',
        bucket: 'evaluate',
      },
    ],
    explanation:
      'Look past the moment each problem appeared to the question that nobody properly answered. An alternative nobody priced means the strategic decision never compared the routes. A partner that outgrows the deal, and cultures never examined, are failures of partner choice, which should test the balance of strength and whether cultures can work together. Contributions and income out of step, with no body to fix it, are design gaps. Silence on disputes and data use is a gap in negotiation. Part-time staff and indifferent middle managers show an alliance that was signed but never properly run, a weakness of operation. Renewal without comparing results with targets is weak evaluation. See the Compare table in *The idea* in The construction process.',
  },
  {
    type: 'choice',
    id: 'final-building-hidden-root',
    prompt:
      'Drummore Optics, a Scottish maker of lidar lenses, signed a joint development agreement with Heikkinen Photonics of Finland in 2023, a week after Drummore’s chief executive met Heikkinen’s founder at a trade fair and dropped the other shortlisted firms. The agreement set up a steering committee, measurable milestones, and an exit clause. In 2025 Heikkinen launched its own lidar module for the carmakers Drummore supplies, and cooperation collapsed. Where did the problem most likely start?',
    objectives: [TRACE],
    points: 2,
    tags: ['final', 'building'],
    options: [
      {
        id: 'choose',
        text: 'Partner choice: Heikkinen’s own plans went unexamined',
        fraction: 1,
        feedback:
          'Right: a partner that can turn into a rival in your own market fails the test of compatible goals and balanced strength, and Drummore skipped the screening that would have shown it. See *The idea* in The construction process.',
      },
      {
        id: 'negotiate',
        text: 'Negotiation: its exit clause was written too loosely',
        feedback:
          'The agreement did have an exit clause, and a clause only governs how the alliance ends; it cannot make an incompatible partner compatible. See *The idea* in The construction process.',
      },
      {
        id: 'operate',
        text: 'Operation: the two teams built few close working ties',
        feedback:
          'Closer ties would not have changed Heikkinen’s plan to sell its own module; the case gives no evidence about daily working either. See *The idea* in The construction process.',
      },
      {
        id: 'evaluate',
        text: 'Evaluation: the first review was scheduled far too late',
        feedback:
          'An earlier review might have spotted the threat sooner, but the conflict of interest was present from the day the partner was picked. See *The idea* in The construction process.',
      },
    ],
    explanation:
      'The design and negotiation were sound: a steering committee, measurable milestones, and an exit clause. What was missing was the screening. Drummore dropped its other candidates after one meeting, so nobody asked whether Heikkinen’s goals were compatible or whether the balance of strength would hold once know-how began to flow. The collapse surfaced in operation, but it was planted at partner choice, much as Kestrel avoided a candidate whose division competed with it. See *The idea* and *Worked example: Kestrel Aerostructures and Vantor Composites* in The construction process.',
  },

  // ─── Six levels of integration ──────────────────────────────────────────────
  {
    type: 'categorize',
    id: 'final-building-practice-levels',
    prompt:
      'Quayle Seafoods of Canada and Iturbe Pesca of Spain run a joint export alliance for frozen shellfish. Place each of their practices under the integration level it strengthens.',
    objectives: [CLASSIFY],
    points: 3,
    tags: ['final', 'building'],
    policy: 'per-part',
    buckets: levelBuckets(),
    cards: [
      {
        id: 'chairs',
        text: 'The two chairmen meet twice a year to compare where each firm’s wider strategy is heading and to restate the alliance’s goals.',
        bucket: 'strategic',
      },
      {
        id: 'plan',
        text: 'Regional export managers of both firms agree the yearly shipping plan, the marketing budget, and how freight savings are split.',
        bucket: 'tactical',
      },
      {
        id: 'tracking',
        text: 'Cold-store staff at both ports scan pallets into one shared tracking system, so each side sees stock levels as they change.',
        bucket: 'operational',
      },
      {
        id: 'escalation',
        text: 'A written escalation path sends any unresolved dispute from the port teams to the alliance managers and then to a joint committee.',
        bucket: 'organizational',
      },
      {
        id: 'rights',
        text: 'A decision-rights table states how much each alliance manager may spend without approval from head office.',
        bucket: 'organizational',
      },
      {
        id: 'inspectors',
        text: 'Quality inspectors from both firms call each other directly to sort out a rejected batch before anything is filed.',
        bucket: 'interpersonal',
      },
      {
        id: 'habits',
        text: 'After a workshop on how each firm treats deadlines, staff write a short code of alliance habits that both sides endorse.',
        bucket: 'cultural',
      },
    ],
    explanation:
      'Look at who is being connected and through what. The chairmen aligning goals and strategies work at the strategic level. Middle managers turning goals into a plan, a budget, and a sharing rule are tactical. Front-line staff sharing one system and live data are operational. An escalation path and a decision-rights table are structures that give the alliance its own frame: organizational, the level the thesis adds. Inspectors who solve problems through direct personal contact show interpersonal integration. A code of habits built on understanding each other’s ways is cultural, and it asks neither firm to adopt the other’s culture. See *The idea* in Six levels of integration.',
  },
  {
    type: 'choice',
    id: 'final-building-tactical-step',
    prompt:
      'Tregarth Pharmacies, a chain of 240 British pharmacies, and Rostrup Distribution, a Danish wholesaler, have an alliance for a shared own-brand range. Four steps are proposed for 2026. Which step works mainly at the tactical level of integration?',
    objectives: [CLASSIFY],
    points: 2,
    tags: ['final', 'building'],
    options: [
      {
        id: 'range-plan',
        text: 'Category managers of both firms agree the range plan, promotion budget, and margin split.',
        fraction: 1,
        feedback:
          'Right: middle managers turning the alliance’s goals into plans, budgets, and rules for sharing benefits is the tactical level. See *The idea* in Six levels of integration.',
      },
      {
        id: 'summit',
        text: 'The two chief executives hold a yearly summit to restate the alliance’s goals and direction.',
        feedback:
          'Top leaders agreeing on goals work at the strategic level, one layer above the plans and budgets that tactics supply. See *The idea* in Six levels of integration.',
      },
      {
        id: 'stock-feed',
        text: 'Stock data from Rostrup’s depots flow automatically into every pharmacy’s ordering screen.',
        feedback:
          'An automatic feed of stock data to front-line staff is operational integration. See *The idea* in Six levels of integration.',
      },
      {
        id: 'committee',
        text: 'A steering committee with set decision rights meets each month to deal with escalations.',
        feedback:
          'A committee with decision rights is a structure of the alliance itself, which is the organizational level. See *The idea* in Six levels of integration.',
      },
    ],
    explanation:
      'The first three levels follow the management hierarchy: top leaders (strategic), middle managers (tactical), and front-line staff (operational). Category managers are middle managers, and a range plan, a promotion budget, and a margin split are exactly the plans, budgets, and sharing rules the tactical level produces. The summit is strategic, the stock feed is operational, and the committee with decision rights is organizational. See *The idea* in Six levels of integration.',
  },
  {
    type: 'short-text',
    id: 'final-building-missing-level-name',
    prompt:
      'Millbourne Brewing and Kowalczyk Malting have run a malt-supply and recipe alliance since 2022. The chief executives agree on its goals, a joint plan and budget exist, orders flow through linked systems, a steering committee meets monthly, and meetings are friendly. But when Millbourne’s brewing director left in May 2025, the two firms went six weeks without working contact, because nearly every exchange had passed through him and his counterpart at Kowalczyk. Which level of integration was missing? Answer in one word.',
    objectives: [MISSING],
    points: 1,
    tags: ['final', 'building'],
    patterns: [
      {
        pattern: '*interpersonal*',
        feedback: 'Correct: interpersonal integration was missing.',
      },
      {
        pattern: '*relationship*',
        feedback: 'Correct: the level of interpersonal relationships was missing.',
      },
      {
        pattern: '*organi*',
        fraction: 0,
        feedback:
          'The steering committee meets monthly, so the alliance has a structure; the gap is in the personal networks below it.',
      },
      {
        pattern: '*cultur*',
        fraction: 0,
        feedback:
          'Nothing points to friction over values or habits; meetings are friendly. The gap is that contact ran through two people.',
      },
      {
        pattern: '*operat*',
        fraction: 0,
        feedback:
          'Orders flow through linked systems, so operational integration is in place. The gap is in personal networks.',
      },
    ],
    explanation:
      'Check each level against the facts. Strategy (agreed goals), tactics (a joint plan and budget), operations (linked systems), and organization (a monthly steering committee) are all in place, and friendly meetings give no sign of cultural friction. The warning sign is that nearly all contact ran through one or two people, so the link broke when one of them left. That is missing interpersonal integration: personal ties that reach across both firms and down through their hierarchies, so that problems get solved before they turn formal. See the Compare table in *The idea* in Six levels of integration.',
  },
  {
    type: 'multiple-response',
    id: 'final-building-levels-in-place',
    prompt:
      'Teversham Instruments, a British maker of weather sensors, and Ibeji Telecom of Nigeria sell weather data to farmers over Ibeji’s mobile network. A 2025 review reports: the chief executives talk monthly and neither has been surprised by the other’s plans; regional managers have a joint sales plan, a shared budget, and an agreed revenue split; sensor readings reach Ibeji’s billing platform as hand-uploaded spreadsheets, often two days late; nobody is named to run the alliance, so decisions wait for the chief executives’ monthly call; engineers and sales staff at several levels know their counterparts and sort out small problems directly; and every quarter the same friction returns over Ibeji’s long meetings and Teversham’s terse emails. At which levels is the alliance clearly working? Select all that apply.',
    objectives: [MISSING],
    points: 2,
    tags: ['final', 'building'],
    policy: 'right-minus-wrong',
    options: [
      {
        id: 'strategic',
        text: 'Strategic',
        correct: true,
        feedback:
          'Yes: regular contact at the top and no surprises about each other’s plans show strategic integration working. See *The idea* in Six levels of integration.',
      },
      {
        id: 'tactical',
        text: 'Tactical',
        correct: true,
        feedback:
          'Yes: a joint plan, a shared budget, and an agreed revenue split mean middle managers have turned the goals into plans. See *The idea* in Six levels of integration.',
      },
      {
        id: 'operational',
        text: 'Operational',
        correct: false,
        feedback:
          'No: data moved by hand and arriving two days late point to a gap in operational integration. See the Compare table in Six levels of integration.',
      },
      {
        id: 'organizational',
        text: 'Organizational',
        correct: false,
        feedback:
          'No: with nobody running the alliance, decisions stall until the chief executives talk, the warning sign of missing organizational integration. See the Compare table in Six levels of integration.',
      },
      {
        id: 'interpersonal',
        text: 'Interpersonal',
        correct: true,
        feedback:
          'Yes: contacts at several levels who solve small problems directly are interpersonal integration at work. See *The idea* in Six levels of integration.',
      },
      {
        id: 'cultural',
        text: 'Cultural',
        correct: false,
        feedback:
          'No: the same friction over how things are done, returning every quarter, is the warning sign of missing cultural integration. See the Compare table in Six levels of integration.',
      },
    ],
    explanation:
      'Read each fact against a level’s warning sign. No surprises at the top means strategic integration is working; a joint plan, budget, and revenue split mean tactical integration is working; and direct contact between counterparts at several levels means interpersonal integration is working. Manual uploads and late data signal missing operational integration, decisions that wait for the top signal missing organizational integration, and recurring friction over working habits signals missing cultural integration. See the Compare table in *The idea* in Six levels of integration.',
  },
  {
    type: 'matching',
    id: 'final-building-sign-level',
    prompt:
      'Each observation below comes from a different alliance review. Match it to the level of integration whose absence it most clearly signals.',
    objectives: [MISSING, CLASSIFY],
    points: 3,
    tags: ['final', 'building'],
    policy: 'per-part',
    premises: [
      {
        id: 'press',
        text: 'One partner learns from a press release that the other is entering the alliance’s market on its own.',
        match: 'strategic',
      },
      {
        id: 'no-budget',
        text: 'The chief executives announced a joint launch, but six months later no department has a budget line or a target for it.',
        match: 'tactical',
      },
      {
        id: 'retype',
        text: 'Warehouse clerks retype every shared order from one firm’s system into the other’s.',
        match: 'operational',
      },
      {
        id: 'waiting',
        text: 'A pricing question has waited eleven weeks because nobody in either firm is responsible for the alliance.',
        match: 'organizational',
      },
      {
        id: 'formality',
        text: 'Every joint project review ends in the same argument about how formal a decision must be before work starts.',
        match: 'cultural',
      },
    ],
    responses: levelOptions(),
    explanation:
      'Each level has its own warning sign. Being surprised by a partner’s strategic move means the leaders are not sharing how their strategies change: strategic. A launch agreed at the top with no plans or budgets below is the gap the thesis describes between senior and middle managers: tactical. Retyped orders are a manual workaround: operational. A question that waits because nobody owns the alliance is a missing structure: organizational. The same argument about how things are done, returning at every review, is cultural friction. None of the observations shows contact running through one or two people, so interpersonal is left unused. See the Compare table in *The idea* in Six levels of integration.',
  },
];

/** The final assessment's own cases for this module. */
export const cases: CaseDefinitionInput[] = [
  {
    id: 'case-final-building-wrexley',
    title: 'Wrexley Robotics and Tornabene Logistica',
    tags: ['final', 'building', 'part-4'],
    stimulus: `In March 2022 **Wrexley Robotics**, a Leeds-based builder of warehouse picking robots (revenue £210 million), decided to ally rather than write its own software for fashion returns (about £30 million and four years) or buy a specialist (more than £90 million). Its board set three targets for December 2024: robots running in 12 partner warehouses, picking cost per item down 30%, and a returns product it could sell to other operators from 2025.

Wrexley screened five logistics operators over five months and chose **Tornabene Logistica** of Milan, which runs 38 warehouses and handles returns for 60 fashion brands but builds no robots. The contractual alliance signed in November 2022 created a joint steering committee that meets monthly, named an alliance manager on each side, split costs 60/40, listed the software and data each side keeps, and fixed a review for January 2025 with an exit clause. The two chief executives review progress each quarter and still back the targets.

Then the installations began. The steering committee set the installation schedule without consulting Tornabene’s warehouse managers, whose bonuses depend on daily throughput; most refused to take picking lines offline, and no joint plan or budget covered the lost volume. Wrexley’s robots cannot read Tornabene’s warehouse management system, so pick lists are exported to spreadsheets each night and loaded by hand. Apart from the two alliance managers, almost nobody at either firm knows anyone at the other.

The firms work in different languages, but staff on both sides describe meetings as good-humored and their working styles as alike. Wrexley’s share price fell 22% in 2023, in line with listed robotics firms as interest rates rose.`,
    figures: [
      {
        caption: 'Wrexley–Tornabene alliance: targets and results, December 2024',
        columns: ['Measure', 'Target', 'Actual'],
        rows: [
          ['Partner warehouses with robots running', 12, 4],
          ['Reduction in picking cost per item', '30%', '11%'],
          ['Alliance spending to date (£ million)', 16.0, 17.2],
          ['Hours for a pick list to reach the robots', 'under 1', 14],
        ],
      },
    ],
    items: [
      {
        type: 'choice',
        id: 'final-building-wrexley-weak-stage',
        prompt:
          'Most of the problems in the case grew from one construction stage that was handled weakly. Which stage?',
        objectives: [TRACE],
        points: 2,
        tags: ['final', 'building'],
        options: [
          {
            id: 'operate',
            text: 'Operation',
            fraction: 1,
            feedback:
              'Right: the agreement was sound, but the work was coordinated without the warehouse managers, the systems were left unconnected, and few relationships were built. See *The idea* in The construction process.',
          },
          {
            id: 'decide',
            text: 'Strategic decision',
            feedback:
              'Wrexley compared building, buying, and allying and set three measurable targets, which is what this stage should deliver. See *The idea* in The construction process.',
          },
          {
            id: 'choose',
            text: 'Partner choice',
            feedback:
              'Five operators were screened over five months, and Tornabene brings complementary volume without competing in robots. See *The idea* in The construction process.',
          },
          {
            id: 'negotiate',
            text: 'Negotiation',
            feedback:
              'The agreement lists what each side keeps, fixes a review date, and includes an exit clause, so negotiation did its job. See *The idea* in The construction process.',
          },
        ],
        explanation:
          'Work through the stages in order. The strategic decision weighed the alternatives and left measurable targets; partner choice was a real screening; design created a committee, alliance managers, and a cost split; negotiation settled knowledge rules, a review date, and exit terms. The trouble began once the work started: a schedule imposed on warehouse managers who were never brought in, robots that cannot read the partner’s system, and contact limited to two people. Staffing, coordination, and relationship building are the business of operation, the stage where, as the lesson says, most alliances succeed or fail. See *The idea* in The construction process.',
      },
      {
        type: 'multiple-response',
        id: 'final-building-wrexley-missing-levels',
        prompt:
          'Which levels of integration are clearly missing in the Wrexley–Tornabene alliance? Select all that apply.',
        objectives: [MISSING],
        points: 2,
        tags: ['final', 'building'],
        policy: 'right-minus-wrong',
        options: [
          {
            id: 'tactical',
            text: 'Tactical',
            correct: true,
            feedback:
              'Yes: the warehouse managers were left out of any joint plan, and no budget covers the lost volume. See *The idea* in Six levels of integration.',
          },
          {
            id: 'operational',
            text: 'Operational',
            correct: true,
            feedback:
              'Yes: systems that cannot talk to each other, nightly spreadsheets, and 14-hour delays point to a gap in operational integration. See the Compare table in Six levels of integration.',
          },
          {
            id: 'interpersonal',
            text: 'Interpersonal',
            correct: true,
            feedback:
              'Yes: all contact runs through the two alliance managers. See the Compare table in Six levels of integration.',
          },
          {
            id: 'organizational',
            text: 'Organizational',
            correct: false,
            feedback:
              'No: a monthly steering committee and an alliance manager on each side are in place. See *The idea* in Six levels of integration.',
          },
          {
            id: 'cultural',
            text: 'Cultural',
            correct: false,
            feedback:
              'Not on this evidence: different languages are not a warning sign in themselves, and staff describe meetings as good-humored and their styles as alike. See the Compare table in Six levels of integration.',
          },
          {
            id: 'strategic',
            text: 'Strategic',
            correct: false,
            feedback:
              'No: the two chief executives meet each quarter and still back the targets. See *The idea* in Six levels of integration.',
          },
        ],
        explanation:
          'Diagnose from warning signs, not from impressions. Agreement at the top with no plan or budget for the warehouse managers signals missing tactical integration. Manual workarounds and late data signal missing operational integration. Contact through only two people signals missing interpersonal integration. The committee and alliance managers show organizational integration in place, the chief executives’ quarterly reviews show strategic integration, and the different languages must be set aside because the case reports no friction over how things are done. See the Compare table in *The idea* in Six levels of integration.',
      },
      {
        type: 'numeric',
        id: 'final-building-wrexley-cost-per-site',
        prompt:
          'At the January 2025 review, the partners compare results with the targets. The plan budgeted £16.0 million for 12 warehouses. Actual spending per warehouse now running is how many times the planned spending per warehouse? Give the multiple rounded to one decimal place (for example 1.5).',
        objectives: [TRACE],
        points: 2,
        tags: ['final', 'building'],
        answers: [
          {
            value: 3.2,
            tolerance: 0.05,
            feedback:
              'Right: £17.2 million ÷ 4 = £4.3 million per warehouse against £16.0 million ÷ 12 ≈ £1.33 million, about 3.2 times.',
          },
          {
            value: 1.1,
            tolerance: 0.05,
            fraction: 0,
            feedback:
              'That compares total spending with the total budget (17.2 ÷ 16.0). The question asks about spending per warehouse actually running: 4.3 ÷ 1.33 ≈ 3.2.',
          },
          {
            value: 0.3,
            tolerance: 0.05,
            fraction: 0,
            feedback:
              'That is the share of the warehouse target reached (4 of 12). The question asks about spending per warehouse.',
          },
        ],
        explanation:
          'Planned spending per warehouse = £16.0 million ÷ 12 ≈ £1.33 million. Actual spending per warehouse running = £17.2 million ÷ 4 = £4.3 million. The ratio is 4.3 ÷ 1.33 ≈ 3.2. The review can make this comparison calmly because the strategic decision left written, measurable targets; the gap itself points to the stalled installations, not to the way the alliance was planned. See *The idea* and *Worked example: Kestrel Aerostructures and Vantor Composites* in The construction process.',
      },
      {
        type: 'categorize',
        id: 'final-building-wrexley-stage-facts',
        prompt: 'Place each fact from the case under the construction stage it belongs to.',
        objectives: [ORDER],
        points: 3,
        tags: ['final', 'building'],
        policy: 'per-part',
        buckets: stageBuckets(),
        cards: [
          {
            id: 'routes',
            text: 'Weighing in-house software and an acquisition against an alliance',
            bucket: 'decide',
          },
          {
            id: 'screening',
            text: 'Screening five logistics operators over five months',
            bucket: 'choose',
          },
          {
            id: 'no-robots',
            text: 'Preferring a partner with large returns volume that builds no robots of its own',
            bucket: 'choose',
          },
          {
            id: 'committee',
            text: 'A monthly steering committee and a 60/40 cost split',
            bucket: 'design',
          },
          {
            id: 'terms',
            text: 'A list of what each side keeps, a review date, and an exit clause',
            bucket: 'negotiate',
          },
          {
            id: 'spreadsheets',
            text: 'Installation schedules and nightly spreadsheet uploads',
            bucket: 'operate',
          },
          {
            id: 'january',
            text: 'Comparing the December 2024 results with the three targets',
            bucket: 'evaluate',
          },
        ],
        explanation:
          'Ask which question each fact answers. Weighing the routes answers “should we ally at all?” (strategic decision). Screening candidates, and preferring a complementary partner that does not compete in robots, answer “with whom?” (partner choice). Governance bodies and each side’s share of costs are design. What each side keeps, when the alliance is reviewed, and how it can end are negotiated terms. Schedules and daily data handling are operation, and setting results against targets is evaluation. See *The idea* in The construction process.',
      },
      {
        type: 'inline-choice',
        id: 'final-building-wrexley-remedies',
        prompt:
          'The January 2025 review recommends three steps. Choose the level of integration at which each one works.',
        objectives: [CLASSIFY],
        points: 2,
        tags: ['final', 'building'],
        text: 'Draw Tornabene’s warehouse managers into a joint rollout plan, with a budget for the lost volume and targets that count robot lines ({{plan}} level). Build an interface so that pick lists flow from Tornabene’s system to the robots as orders arrive ({{interface}} level). Pair shift leaders from both firms and rotate engineers through each other’s sites ({{people}} level).',
        gaps: [
          {
            id: 'plan',
            options: levelOptions({ lowerCase: true }),
            answer: 'tactical',
            feedback: 'Plans, budgets, and targets for middle managers are the tactical level.',
          },
          {
            id: 'interface',
            options: levelOptions({ lowerCase: true }),
            answer: 'operational',
            feedback:
              'Connecting the two firms’ systems so front-line staff get data in time is operational.',
          },
          {
            id: 'people',
            options: levelOptions({ lowerCase: true }),
            answer: 'interpersonal',
            feedback:
              'Personal networks across the firms and their levels are interpersonal integration.',
          },
        ],
        explanation:
          'Each step targets one of the three missing levels. The warehouse managers are middle managers, and giving them a plan, a budget, and targets is tactical integration. An interface that links the two firms’ systems gives front-line staff timely data, which is operational integration. Pairing shift leaders and rotating engineers builds networks beyond the two alliance managers, which is interpersonal integration. See *The idea* and *Worked example: Marisol Hotels and Tidewater Airlines* in Six levels of integration.',
      },
    ],
  },
];
