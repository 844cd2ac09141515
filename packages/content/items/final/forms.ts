import type { CaseDefinitionInput, ItemDefinitionInput } from '@alliance/quiz-engine';

const CON = 'Contractual alliances';
const EQ = 'Equity alliances';
const HV = 'Horizontal and vertical alliances';

/** The final assessment’s own items for this module: never shown with a key anywhere else. */
export const items: ItemDefinitionInput[] = [
  {
    type: 'short-text',
    id: 'final-forms-canning-line-type',
    prompt:
      'Breckvale Brewery and Quorrel Ales, two rival craft brewers in Yorkshire, sign a four-year agreement to share one canning line in Leeds. Each brewery books the line on set days to can its own beers, and the two split its maintenance costs. No shares change hands, and each brewery markets and sells its own beer. Which of the seven types of contractual alliance is this? Answer in one or two words.',
    objectives: ['forms.contractual.identify'],
    points: 1,
    tags: ['final', 'forms'],
    patterns: [
      { pattern: '*co*production*', feedback: 'Right: co-production, on shared capacity.' },
      {
        pattern: '*joint production*',
        feedback: 'Right: joint production, that is, co-production.',
      },
      {
        pattern: '*shared production*',
        feedback: 'Right: shared production, that is, co-production.',
      },
      {
        pattern: '*production shar*',
        feedback: 'Right: production sharing, that is, co-production.',
      },
      {
        pattern: '*supply*',
        fraction: 0,
        feedback:
          'Neither brewery supplies the other; they use the same production capacity, each for its own beer.',
      },
      {
        pattern: '*marketing*',
        fraction: 0,
        feedback: 'Each brewery markets its own beer; what the two share is the canning line.',
      },
    ],
    explanation: `Identify what the two brewers put together and where in the business it sits. Here they pool production capacity: one canning line that both use for their own products. That is co-production, which covers both one partner making for the other and both partners using the same capacity. Nothing is supplied from one brewery to the other, nothing is marketed together, and no ownership changes hands, so it is a contractual alliance. See *Seven types* in ${CON}.`,
  },
  {
    type: 'choice',
    id: 'final-forms-electrolyte-lab',
    prompt:
      'Norrveda Batteries and Yamakoshi Materials agree to fund a shared laboratory for five years to study how solid electrolytes degrade, and to share everything they find. No product has yet been specified, and no shares change hands. Which contractual type best describes the agreement?',
    objectives: ['forms.contractual.identify'],
    points: 1,
    tags: ['final', 'forms'],
    options: [
      {
        id: 'rd',
        text: 'Joint research and development',
        fraction: 1,
        feedback: `Right. The partners pool a laboratory and budgets to explore a technology before any product is defined, and share the results. See *Seven types* in ${CON}.`,
      },
      {
        id: 'product',
        text: 'Joint product development',
        fraction: 0,
        feedback: `Joint product development designs a specific product for a target market. Here no product has been specified yet. See *Seven types* in ${CON}.`,
      },
      {
        id: 'coproduction',
        text: 'Co-production',
        fraction: 0,
        feedback: `Co-production shares manufacturing; this agreement covers research only. See *Seven types* in ${CON}.`,
      },
      {
        id: 'distribution',
        text: 'Access to distribution channels and services',
        fraction: 0,
        feedback: `Neither firm sells through the other’s network; the cooperation sits at the research stage, long before selling. See *Seven types* in ${CON}.`,
      },
    ],
    explanation: `The deciding detail is the stage: the partners explore how a class of materials behaves, with no product defined. That is joint research and development. Joint product development starts once a specific product for a market is on the table; co-production and distribution access belong to later stages of the business. See *Seven types* in ${CON}.`,
  },
  {
    type: 'multiple-response',
    id: 'final-forms-contract-weak-points',
    prompt:
      'Tervola Foods has run a three-year joint marketing alliance with Hartlow Snacks, based purely on a contract. Its board asks which weaknesses come with the contractual form itself, as the course weighs that form (drawing on strategy literature beyond the thesis). Which of the following are such weaknesses? Select all that apply.',
    objectives: ['forms.contractual.evaluate'],
    points: 2,
    policy: 'right-minus-wrong',
    tags: ['final', 'forms'],
    options: [
      {
        id: 'effort',
        text: 'Hartlow could scale back its effort cheaply, since it has no capital tied up in the deal.',
        correct: true,
        feedback: `Yes. With no capital at stake, commitment can be shallow: cutting effort costs the partner little. See *Strengths and weaknesses* in ${CON}.`,
      },
      {
        id: 'incomplete',
        text: 'The contract cannot pin down how much care and talent Hartlow puts into the campaigns.',
        correct: true,
        feedback: `Yes. No contract can foresee everything; the gaps of an incomplete contract must be filled by trust. See *Strengths and weaknesses* in ${CON}.`,
      },
      {
        id: 'unwind',
        text: 'Leaving early would mean selling shares or unwinding a company that both firms own together.',
        correct: false,
        feedback: `No. That is the exit problem of equity alliances. A contractual alliance ends with the contract or a termination clause. See *Strengths and weaknesses* in ${CON}.`,
      },
      {
        id: 'setup',
        text: 'Setting the alliance up required months of valuation work and talks about seats on the board.',
        correct: false,
        feedback: `No. Valuations and board seats belong to equity deals; a contract is quick and cheap to set up. See the comparison in ${EQ}.`,
      },
      {
        id: 'scope',
        text: 'Once signed, the scope is hard to narrow down to a single product line or a single region.',
        correct: false,
        feedback: `No. Flexible scope is one of the strengths of contracts, not a weakness. See *Strengths and weaknesses* in ${CON}.`,
      },
      {
        id: 'creep',
        text: 'Hartlow’s stake could creep up until the alliance turned into an acquisition of Tervola.',
        correct: false,
        feedback: `No. In a contractual alliance there is no stake to grow; the risk of a stake turning into control belongs to equity alliances. See *What a shareholding adds* in ${EQ}.`,
      },
    ],
    explanation: `The course presents the contractual form’s weaknesses as the other side of its strengths. Because no capital is tied up, commitment can be shallow and a partner can cut its effort cheaply; and because no contract foresees everything, how hard the partner really works is left to trust. Slow set-up, costly exit and a stake that grows into control are features of equity alliances, and flexible scope is a strength of contracts. See *Strengths and weaknesses* in ${CON}.`,
  },
  {
    type: 'categorize',
    id: 'final-forms-equity-sort',
    prompt:
      'Sort each arrangement into the equity form it takes, or mark it as no alliance at all.',
    objectives: ['forms.equity.distinguish'],
    points: 3,
    policy: 'per-part',
    tags: ['final', 'forms'],
    buckets: [
      { id: 'stake', label: 'Minority stake (one way, no new entity)' },
      { id: 'swap', label: 'Equity swap (no new entity)' },
      { id: 'jv', label: 'Joint venture (new entity)' },
      { id: 'acquisition', label: 'Not an alliance: acquisition' },
    ],
    cards: [
      {
        id: 'biotech',
        text: 'A drug maker buys 6% of a biotech firm and gains a board observer; the biotech buys nothing in return.',
        bucket: 'stake',
      },
      {
        id: 'shipping',
        text: 'Two shipping lines each buy 3% of the other to back a vessel-sharing agreement.',
        bucket: 'swap',
      },
      {
        id: 'wind-farm',
        text: 'A utility and a turbine maker found a company, owned 55/45, to run a wind farm, with three directors from each parent.',
        bucket: 'jv',
      },
      {
        id: 'supplier',
        text: 'A retailer buys 75% of its main supplier and appoints the supplier’s chief executive.',
        bucket: 'acquisition',
      },
      {
        id: 'chip-lab',
        text: 'Three chipmakers set up a research company in which each holds one third of the shares.',
        bucket: 'jv',
      },
      {
        id: 'cells',
        text: 'A carmaker takes 4% of a battery maker, which at the same time takes 2% of the carmaker.',
        bucket: 'swap',
      },
      {
        id: 'reseller',
        text: 'A software group buys 15% of an independent reseller and takes one of its nine board seats.',
        bucket: 'stake',
      },
    ],
    explanation: `Ask three questions in turn. Does one firm gain control of the other? Then it is an acquisition, not an alliance (the 75% purchase with the chief executive appointed by the buyer). Is a new company founded? Then it is a joint venture, whatever the split or the number of parents (the wind-farm company and the chipmakers’ research company). Otherwise shares sit alongside the cooperation with no new entity: a one-way minority stake (the biotech, the reseller) or, when each side buys into the other, an equity swap (the shipping lines, the carmaker and battery maker). See *Two equity forms* and *What a shareholding adds* in ${EQ}.`,
  },
  {
    type: 'numeric',
    id: 'final-forms-lithium-jv-profit',
    prompt:
      'Arbelo Mining and Tessin Chemie found a lithium-refining joint venture, Tessarbo Lithium GmbH, with €150 million of capital. Arbelo contributes €60 million in cash and a refinery site valued at €30 million; Tessin contributes €35 million in cash and an exclusive process license valued at €25 million. Profits are shared in proportion to each parent’s total contribution, although each parent names three of the six directors. If Tessarbo earns an operating profit of €22 million in 2028, how much of it goes to Tessin? State the amount in € million to one decimal place, typing the number without the currency.',
    objectives: ['forms.equity.distinguish'],
    points: 2,
    tags: ['final', 'forms'],
    answers: [
      {
        value: 8.8,
        tolerance: 0.05,
        feedback:
          'Right: Tessin’s €60 million is 40% of €150 million, and 40% of €22 million is €8.8 million.',
      },
      {
        value: 11,
        tolerance: 0.05,
        fraction: 0,
        feedback:
          'That is an even split, which the 3 + 3 board might suggest. The agreed formula divides profit by contribution instead.',
      },
      {
        value: 13.2,
        tolerance: 0.05,
        fraction: 0,
        feedback: 'That is Arbelo’s 60% share, not Tessin’s.',
      },
      {
        value: 8.1,
        tolerance: 0.05,
        fraction: 0,
        feedback:
          'You counted cash only. The site and the license are contributions too, valued at €30 million and €25 million.',
      },
    ],
    explanation: `The parents of a joint venture share its profit according to the formula they negotiated, which here counts every contribution, in cash or in kind. Tessin: €35 million + €25 million = €60 million, which is 60 / 150 = 40% of the capital. Its share of the profit: 0.40 × €22 million = €8.8 million. The 3 + 3 board is a rule about control and does not change the profit formula. See *Two equity forms* and *What a joint venture adds* in ${EQ}.`,
  },
  {
    type: 'choice',
    id: 'final-forms-sensor-stake',
    prompt:
      'Ostrander Medical has a five-year contract under which Pulsark Sensors co-develops and supplies the sensor in Ostrander’s main patient monitor. The joint team works well and already works full time on the project, and no new shared facilities are needed. But Pulsark’s owners have begun courting other monitor makers, and Ostrander wants them to value the joint work and to see Ostrander’s own commitment. Following the course’s advice to climb only as high as the cooperation needs, which step fits best?',
    objectives: ['forms.governance.choose'],
    points: 1,
    tags: ['final', 'forms'],
    options: [
      {
        id: 'stake',
        text: 'Buy a minority stake with a board seat, keeping the current contract.',
        fraction: 1,
        feedback: `Right. A stake gives Pulsark’s owners a financial interest in the joint work and signals Ostrander’s commitment, without the cost of a new entity that the situation does not need. See *What a shareholding adds* in ${EQ}.`,
      },
      {
        id: 'jv',
        text: 'Found a 50/50 joint venture that takes over the sensor team and its laboratory.',
        fraction: 0,
        feedback: `A jointly owned company would give the team a base of its own, but the team is already in place and no facilities are needed; months of negotiation would buy little here. See *What a joint venture adds* in ${EQ}.`,
      },
      {
        id: 'acquire',
        text: 'Buy all of Pulsark, so that no other monitor maker can win it over first.',
        fraction: 0,
        feedback: `Full ownership would end the alliance and is the least reversible rung on the ladder; the problem is commitment, not control. See *Choosing the bond* in ${EQ}.`,
      },
      {
        id: 'keep',
        text: 'Keep the contract as it is, since contracts are cheap and easy to leave.',
        fraction: 0,
        feedback: `Easy exit is exactly the trouble: it does nothing to make Pulsark’s owners value the work or to show Ostrander’s commitment. See *Strengths and weaknesses* in ${CON}.`,
      },
    ],
    explanation: `Name the problem first. The team and facilities are fine; what is missing is the owners’ interest in the joint work and a visible commitment from Ostrander. In the course’s account, a minority stake (often with a board seat) aligns interests and signals commitment without a new entity. A joint venture would add a home the team does not need, an acquisition would end the alliance, and leaving the contract unchanged would not address the problem. See *What a shareholding adds* and *Choosing the bond* in ${EQ}.`,
  },
  {
    type: 'inline-choice',
    id: 'final-forms-algae-advice',
    prompt:
      'Complete the advice to the board of Corriber Foods, which follows the course’s guidance on choosing the bond.',
    objectives: ['forms.governance.choose', 'forms.contractual.evaluate'],
    points: 3,
    tags: ['final', 'forms'],
    text: 'For the ten-month pilot with the algae start-up, a {{pilot}} fits best, because the project is narrow and the two firms {{know}}. Its main weakness is that {{weak}}. If the pilot succeeds and the firms must build and run a €240 million algae plant for 20 years, a {{plant}} would suit better, because it gives the pooled staff and assets {{home}}.',
    gaps: [
      {
        id: 'pilot',
        options: [
          { id: 'contract', text: 'contractual alliance' },
          { id: 'jv', text: 'joint venture' },
          { id: 'acquisition', text: 'full acquisition' },
        ],
        answer: 'contract',
        feedback:
          'A short, narrow trial suits a contract, which can be signed in weeks and ended at little cost. An acquisition would not be an alliance at all.',
      },
      {
        id: 'know',
        options: [
          { id: 'untested', text: 'have not yet worked together' },
          { id: 'board', text: 'already share a board' },
          { id: 'proof', text: 'each need proof of lasting commitment' },
        ],
        answer: 'untested',
        feedback:
          'Testing a relationship before committing more is one of the situations the course assigns to contracts; a need for proof of commitment points to equity instead.',
      },
      {
        id: 'weak',
        options: [
          { id: 'effort', text: 'the start-up can cut its effort at little cost' },
          { id: 'shares', text: 'leaving it would mean selling shares' },
          { id: 'months', text: 'it takes many months to negotiate' },
        ],
        answer: 'effort',
        feedback:
          'Shallow commitment is the contract’s weakness; selling shares and long negotiations belong to equity alliances.',
      },
      {
        id: 'plant',
        options: [
          { id: 'jv', text: 'joint venture' },
          { id: 'order', text: 'one-year purchase order' },
          { id: 'marketing', text: 'joint marketing contract' },
        ],
        answer: 'jv',
        feedback:
          'A large, long-lived joint investment is the classic case for a jointly owned company.',
      },
      {
        id: 'home',
        options: [
          { id: 'home', text: 'a lasting base of their own' },
          { id: 'exit', text: 'a quick and cheap exit' },
          { id: 'control', text: 'control by a single parent' },
        ],
        answer: 'home',
        feedback:
          'A joint venture gives the cooperation its own managers, staff and plant; a quick exit is what it gives up, and control by one parent would end the alliance.',
      },
    ],
    explanation: `Match the bond to the situation. A ten-month pilot between firms that do not yet know each other calls for speed and an easy exit, so a contract fits; its price, in the course’s weighing, is shallow commitment, since the start-up can reduce its effort cheaply. A €240 million plant run for 20 years is a large, long-lived investment that needs dedicated staff and assets, which is where a joint venture earns its complexity. See *Strengths and weaknesses* in ${CON} and *Choosing the bond* in ${EQ}.`,
  },
  {
    type: 'categorize',
    id: 'final-forms-direction-pairs',
    prompt: 'Decide for each alliance whether it is horizontal or vertical.',
    objectives: ['forms.direction.classify'],
    points: 2,
    policy: 'per-part',
    tags: ['final', 'forms'],
    buckets: [
      { id: 'horizontal', label: 'Horizontal' },
      { id: 'vertical', label: 'Vertical' },
    ],
    cards: [
      {
        id: 'flour',
        text: 'A flour mill and a bakery chain plan volumes together and co-develop a high-fiber flour.',
        bucket: 'vertical',
      },
      {
        id: 'ferries',
        text: 'Two rival ferry operators pool their timetables and sell tickets for each other’s crossings.',
        bucket: 'horizontal',
      },
      {
        id: 'sportswear',
        text: 'A sportswear brand gives a chain of 300 sports shops the exclusive first sale of its new range.',
        bucket: 'vertical',
      },
      {
        id: 'quarry',
        text: 'Two cement makers share a quarry, each extracting its own limestone from it.',
        bucket: 'horizontal',
      },
      {
        id: 'steel',
        text: 'A wind-turbine maker reserves ten years of a steel mill’s plate output and shares its designs with the mill.',
        bucket: 'vertical',
      },
      {
        id: 'banking-app',
        text: 'Two regional banks jointly build one mobile-banking app and offer it to their own customers.',
        bucket: 'horizontal',
      },
    ],
    explanation: `Look at what each partner does: if both do the same kind of work, the alliance is horizontal; if what one produces becomes the other’s input, or one sells what the other makes, it is vertical. The ferry operators, the cement makers and the banks do the same work, so their alliances are horizontal. The mill supplies the bakery, the sports shops sell the brand’s goods, and the steel mill supplies the turbine maker: successive stages, so vertical. Joint development (the flour) or shared designs (the steel plate) do not make a supplier relationship horizontal. See *Two directions* in ${HV}.`,
  },
  {
    type: 'matching',
    id: 'final-forms-four-box-match',
    prompt:
      'Classify each arrangement on both axes, governance and direction, or mark it as no alliance. Each response may be used once, more than once, or not at all.',
    objectives: ['forms.two-axes.apply'],
    points: 2,
    policy: 'per-part',
    tags: ['final', 'forms'],
    premises: [
      {
        id: 'mill',
        text: 'A fashion house buys 11% of its main textile mill and takes a seat on the mill’s board.',
        match: 'v-equity',
      },
      {
        id: 'pharmacies',
        text: 'Two rival pharmacy chains run a shared loyalty scheme under a six-year contract.',
        match: 'h-contract',
      },
      {
        id: 'dealers',
        text: 'A farm-machinery maker and its largest dealer group sign a ten-year deal on dealer training and joint service standards.',
        match: 'v-contract',
      },
      {
        id: 'shipyards',
        text: 'Two rival shipyards found a 50/50 company to develop hull coatings for both.',
        match: 'h-equity',
      },
      {
        id: 'cocoa',
        text: 'A chocolate maker buys 100% of the cocoa trader that used to supply it.',
        match: 'acquisition',
      },
    ],
    responses: [
      { id: 'h-contract', text: 'Horizontal, contractual' },
      { id: 'h-equity', text: 'Horizontal, equity' },
      { id: 'v-contract', text: 'Vertical, contractual' },
      { id: 'v-equity', text: 'Vertical, equity' },
      { id: 'acquisition', text: 'Not an alliance: an acquisition' },
    ],
    explanation: `Classify twice, and check first that an alliance exists. For governance, look for shares moving or a new company; for direction, ask whether the partners stand at the same stage or as supplier and customer. The fashion house and its mill are buyer and supplier with a stake (vertical, equity); the pharmacy chains compete with each other and cooperate only by contract (horizontal, contractual); the machinery maker and its dealers are successive stages bound by contract (vertical, contractual); the shipyards are rivals founding a company (horizontal, equity). Buying 100% of the cocoa trader ends its independence, so it is an acquisition, not a vertical alliance. See *Two axes, four boxes* in ${HV} and *Choosing the bond* in ${EQ}.`,
  },
  {
    type: 'choice',
    id: 'final-forms-engine-maintenance',
    prompt:
      'Skyvarde Airways and Havørn Air, rival carriers on Nordic routes, found Vingetek AS, a company they own 50/50, to maintain the engines of both fleets. How should the alliance between Skyvarde and Havørn be classified on both axes?',
    objectives: ['forms.two-axes.apply', 'forms.direction.classify'],
    points: 1,
    tags: ['final', 'forms'],
    options: [
      {
        id: 'h-equity',
        text: 'Horizontal and equity: two rival carriers share ownership of a new company.',
        fraction: 1,
        feedback: `Right. The partners are the two airlines, which perform the same activities, and they found a jointly owned company. See *Two directions* and *Two axes, four boxes* in ${HV}.`,
      },
      {
        id: 'v-equity',
        text: 'Vertical and equity: the new company supplies maintenance to both of its parents.',
        fraction: 0,
        feedback: `Equity is right, but direction is judged between the partners, and both partners are airlines doing the same work. The venture serving its parents does not make the alliance vertical. See *Two directions* in ${HV}.`,
      },
      {
        id: 'h-contract',
        text: 'Horizontal and contractual: the airlines merely agree on how their engines are serviced.',
        fraction: 0,
        feedback: `Direction is right, but founding a jointly owned company is an equity form, a joint venture. See *Two equity forms* in ${EQ}.`,
      },
      {
        id: 'v-contract',
        text: 'Vertical and contractual: maintenance is a support service that each airline buys.',
        fraction: 0,
        feedback: `Both axes are wrong: the partners are rivals doing the same work, and they share ownership of a new company. See *Two axes, four boxes* in ${HV}.`,
      },
    ],
    explanation: `Classify the relationship between the partners, Skyvarde and Havørn. Direction: both run airlines, the same activities, so the alliance is horizontal; joint ventures in production are a typical horizontal form. Governance: they found a company they own 50/50, an equity alliance with a new entity. That the venture then services both parents’ engines does not turn the alliance between the parents into a vertical one. See *Two directions* and *Two axes, four boxes* in ${HV}.`,
  },
];

/** The final assessment’s own cases for this module. */
export const cases: CaseDefinitionInput[] = [
  {
    id: 'case-final-forms-havbro',
    title: 'Havbro Blades and a plant for old blades',
    tags: ['final', 'forms', 'part-1'],
    stimulus: `Havbro Blades A/S, a maker of wind-turbine blades in Esbjerg, Denmark, reported 2024 revenue of DKK 6.1 billion. Its strategy team is reviewing three alliances and a proposal for a fourth.

- **2020, Fukane Resins (Yokkaichi, Japan).** An eight-year agreement commits Fukane to supply 14,000 metric tons of epoxy resin a year at a price indexed to oil, with shared demand forecasts and a joint quality team that meets every quarter.
- **2022, Kvarne Blade Systems (Sweden).** Havbro and Kvarne, its closest rival in blade making, share one coating line in Esbjerg, each booking it in set weeks for its own blades, and split its running costs. No shares changed hands.
- **2023, Aldermoor Turbines (Scotland).** Aldermoor, which fits Havbro blades to its turbines, bought 7% of Havbro, and Havbro bought 5% of Aldermoor. No company was formed.

In 2025 Havbro and Kvarne began planning a plant in Esbjerg to recycle old blades, with a working life of 25 years. It depends on a pyrolysis process that Kvarne’s 30 engineers know well but have never fully written down, and each firm wants proof that the other will stay for the long haul. **Option A** is a joint venture, Rekvind ApS: Havbro would put in DKK 300 million in cash and a site valued at DKK 120 million, Kvarne DKK 200 million in cash and a process license valued at DKK 130 million. Profits would follow the contributions, and each parent would name three of the six directors. Planned operating profit is DKK 85 million a year from 2028. **Option B** is a two-year tolling contract under which Kvarne would recycle Havbro’s blades at its small pilot site.

A consultant’s memo adds that Kvarne’s share price fell 11% in 2024 and that the two chief executives studied together in Aarhus.`,
    items: [
      {
        type: 'matching',
        id: 'final-forms-havbro-axes',
        prompt:
          'Classify each of Havbro’s arrangements on both axes. Each response may be used once, more than once, or not at all.',
        objectives: ['forms.two-axes.apply', 'forms.direction.classify'],
        points: 2,
        policy: 'per-part',
        tags: ['final', 'forms'],
        premises: [
          { id: 'fukane', text: 'Fukane resin agreement (2020)', match: 'v-contract' },
          { id: 'coating', text: 'Kvarne coating line (2022)', match: 'h-contract' },
          { id: 'aldermoor', text: 'Aldermoor share exchange (2023)', match: 'v-equity' },
          { id: 'rekvind', text: 'Rekvind joint venture (Option A)', match: 'h-equity' },
        ],
        responses: [
          { id: 'h-contract', text: 'Horizontal, contractual' },
          { id: 'h-equity', text: 'Horizontal, equity' },
          { id: 'v-contract', text: 'Vertical, contractual' },
          { id: 'v-equity', text: 'Vertical, equity' },
          { id: 'acquisition', text: 'Not an alliance: an acquisition' },
        ],
        explanation: `Place each arrangement on both axes. Fukane supplies Havbro’s raw material under an agreement with no shares: vertical, contractual. Kvarne is a rival blade maker and the coating line is shared by contract: horizontal, contractual. Aldermoor buys Havbro’s blades, so it sits downstream, and the two firms hold shares in each other: vertical, equity. Rekvind would be a company founded by the two rivals: horizontal, equity. Stakes of 5% and 7% give no control, so none of these is an acquisition. See *Two axes, four boxes* in ${HV}.`,
      },
      {
        type: 'choice',
        id: 'final-forms-havbro-fukane-type',
        prompt:
          'Which type of contractual alliance is the 2020 agreement with Fukane Resins mainly?',
        objectives: ['forms.contractual.identify'],
        points: 1,
        tags: ['final', 'forms'],
        options: [
          {
            id: 'supply',
            text: 'Long-term supply contract',
            fraction: 1,
            feedback: `Right. A multi-year commitment to supply, with agreed volumes, a pricing rule, shared forecasts and joint quality work. See *Seven types* in ${CON}.`,
          },
          {
            id: 'product',
            text: 'Joint product development',
            fraction: 0,
            feedback: `The joint quality team improves an existing input; no new product is being designed together. See *Seven types* in ${CON}.`,
          },
          {
            id: 'coproduction',
            text: 'Co-production',
            fraction: 0,
            feedback: `Fukane makes resin and Havbro makes blades; they do not share production capacity. Resin is supplied as an input. See *Seven types* in ${CON}.`,
          },
          {
            id: 'distribution',
            text: 'Access to distribution channels and services',
            fraction: 0,
            feedback: `Neither firm sells through the other’s network; the agreement concerns Havbro’s inputs. See *Seven types* in ${CON}.`,
          },
        ],
        explanation: `Fukane commits to supply a set volume every year for eight years, with a price rule, shared forecasts and joint work on quality. Those features are what make a supply relationship strategic rather than a routine purchase, and together they define a long-term supply contract. The joint quality team is a common feature of such contracts and does not turn them into joint product development. See *Seven types* in ${CON}.`,
      },
      {
        type: 'choice',
        id: 'final-forms-havbro-aldermoor-form',
        prompt: 'Which form does the 2023 arrangement between Havbro and Aldermoor take?',
        objectives: ['forms.equity.distinguish'],
        points: 1,
        tags: ['final', 'forms'],
        options: [
          {
            id: 'swap',
            text: 'An equity swap: minority stakes in both directions and no new entity.',
            fraction: 1,
            feedback: `Right. Reciprocal minority stakes with no company formed are an equity swap. See *Two equity forms* in ${EQ}.`,
          },
          {
            id: 'jv',
            text: 'A joint venture: the two firms now own parts of one shared business together.',
            fraction: 0,
            feedback: `No company was founded; the two firms simply hold shares in each other, which is not what a joint venture is. See *Two equity forms* in ${EQ}.`,
          },
          {
            id: 'one-way',
            text: 'A one-way minority stake by Aldermoor, since Havbro’s 5% is too small to count.',
            fraction: 0,
            feedback: `Both stakes count, whatever their size; shares moved in both directions, which makes it a swap. See *Two equity forms* in ${EQ}.`,
          },
          {
            id: 'merger',
            text: 'A partial merger, since each firm now owns a piece of the other company.',
            fraction: 0,
            feedback: `Stakes of 5% and 7% leave both firms independent, so nothing has merged; the arrangement remains an alliance. See *What a shareholding adds* in ${EQ}.`,
          },
        ],
        explanation: `Ask whether ownership changes hands and whether a new company is created. Shares moved in both directions (7% and 5%) and no company was formed: an equity swap, that is, minority stakes running both ways. Stakes this small leave each firm in charge of itself, so the arrangement remains an alliance. See *Two equity forms* in ${EQ}.`,
      },
      {
        type: 'numeric',
        id: 'final-forms-havbro-rekvind-profit',
        prompt:
          'If Havbro chooses Option A and Rekvind meets its plan, how much of Rekvind’s planned annual operating profit would go to Havbro? State the amount in DKK million to one decimal place, typing the number without the currency.',
        objectives: ['forms.equity.distinguish'],
        points: 2,
        tags: ['final', 'forms'],
        answers: [
          {
            value: 47.6,
            tolerance: 0.05,
            feedback:
              'Right: Havbro contributes 300 + 120 = DKK 420 million of 750, or 56%, and 56% of DKK 85 million is DKK 47.6 million.',
          },
          {
            value: 42.5,
            tolerance: 0.05,
            fraction: 0,
            feedback:
              'That is an even split, which the 3 + 3 board might suggest. Rekvind would divide profit by contribution instead.',
          },
          {
            value: 37.4,
            tolerance: 0.05,
            fraction: 0,
            feedback: 'That is Kvarne’s 44% share, not Havbro’s.',
          },
          {
            value: 51,
            tolerance: 0.05,
            fraction: 0,
            feedback:
              'You counted cash only (300 of 500). The site and the license are contributions too.',
          },
        ],
        explanation: `Add up each parent’s contribution in cash and in kind. Havbro: 300 + 120 = DKK 420 million. Kvarne: 200 + 130 = DKK 330 million. Total: DKK 750 million, so Havbro’s share is 420 / 750 = 56%. Its profit: 0.56 × 85 = DKK 47.6 million. The 3 + 3 board governs decisions, not the profit formula. See *Two equity forms* and *What a joint venture adds* in ${EQ}.`,
      },
      {
        type: 'choice',
        id: 'final-forms-havbro-bond',
        prompt:
          'Applying the course’s guidance on choosing the bond, which option fits the recycling plant better, and for what reason?',
        objectives: ['forms.governance.choose', 'forms.contractual.evaluate'],
        points: 2,
        tags: ['final', 'forms'],
        options: [
          {
            id: 'jv',
            text: 'Option A: a long-lived plant and unwritten know-how call for the commitment of a joint venture.',
            fraction: 1,
            feedback: `Right. In the course’s account, equity makes sense for large, long-lived investments, know-how no contract can specify and a need for proof that the partner will stay; all three are present. See *Choosing the bond* in ${EQ}.`,
          },
          {
            id: 'speed',
            text: 'Option B: a contract is quicker to set up, and speed matters most for a plant meant to run 25 years.',
            fraction: 0,
            feedback: `A contract is quicker, but speed is not what a 25-year plant most needs, and a two-year contract at a pilot site gives neither firm proof of commitment. See *Strengths and weaknesses* in ${CON}.`,
          },
          {
            id: 'share-price',
            text: 'Option B: Kvarne’s falling share price makes holding shared ownership with it too risky.',
            fraction: 0,
            feedback: `The share-price fall is a distraction: it says nothing about the investment’s size, the know-how or the commitment the plant requires. See *Choosing the bond* in ${EQ}.`,
          },
          {
            id: 'friends',
            text: 'Option A: the chief executives’ old friendship means a joint venture will be easy to agree.',
            fraction: 0,
            feedback: `The verdict is defensible, but the reason is not: the executives’ history is irrelevant, and joint ventures take months of negotiation whoever leads the firms. See *What a joint venture adds* in ${EQ}.`,
          },
        ],
        explanation: `Weigh the situation against the course’s guidance. The plant is a large investment with a 25-year life; it depends on know-how that Kvarne’s engineers have never written down; and each firm wants proof that the other will stay. Each of these points toward equity, and a jointly owned company would give the pooled engineers and assets a permanent base. The two-year tolling contract offers speed and an easy exit, which matter less here. Kvarne’s share price and the executives’ school days are irrelevant to the choice. See *Choosing the bond* in ${EQ}.`,
      },
    ],
  },
];
