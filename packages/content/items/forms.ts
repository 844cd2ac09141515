import type { CaseDefinitionInput, ItemDefinitionInput } from '@alliance/quiz-engine';

const CON = 'See *The idea* in Contractual alliances.';
const CON_EX = 'See *Worked example: Kestrel Robotics* in Contractual alliances.';
const EQ = 'See *The idea* in Equity alliances.';
const EQ_EX = 'See *Worked example: Kestrel Robotics* in Equity alliances.';
const HV = 'See *The idea* in Horizontal and vertical alliances.';
const HV_EX = 'See *Worked example: Calder Cycles* in Horizontal and vertical alliances.';

export const items: ItemDefinitionInput[] = [
  {
    type: 'matching',
    id: 'forms-contractual-types-match',
    prompt: 'Match each arrangement to the type of contractual alliance it is.',
    objectives: ['forms.contractual.identify'],
    points: 2,
    policy: 'per-part',
    tags: ['forms'],
    explanation:
      "Ask what the partners pool and at which stage of the business. Sharing one canning line is co-production. Agreeing a common interface is standard setting. Selling and servicing through a distributor's stores is access to distribution channels and services. An eight-year purchase commitment with shared forecasts is a long-term supply contract. A shared laboratory studying a class of molecules, before any product is defined, is joint R&D. Joint product development and joint marketing fit none of the five. " +
      CON,
    hints: [
      'Recall the seven contractual types from the lesson. Each arrangement pools something different at a different point in the business, from early research to selling.',
      'Separate exploring a technology with no product in view from designing a specific product, and a one-off purchase from a multi-year commitment with shared plans. Some types go unused.',
    ],
    premises: [
      {
        id: 'canning',
        text: 'Rosslyn Foods and a rival canner share one canning line, each running it for its own brand on set days of the week.',
        match: 'coproduction',
      },
      {
        id: 'interface',
        text: 'Two makers of telecom equipment agree on a common interface so that their base stations work together.',
        match: 'standards',
      },
      {
        id: 'stores',
        text: "A German toolmaker sells its drills, and has them repaired, through a Mexican hardware distributor's 900 stores.",
        match: 'distribution',
      },
      {
        id: 'pigment',
        text: 'A paint maker commits to buy 80% of its pigment from one producer for eight years at an indexed price, with shared demand forecasts.',
        match: 'supply',
      },
      {
        id: 'lab',
        text: 'Two drug firms fund a shared laboratory to study a class of molecules and share whatever they find.',
        match: 'rd',
      },
    ],
    responses: [
      { id: 'coproduction', text: 'Co-production' },
      { id: 'standards', text: 'Standard setting' },
      { id: 'distribution', text: 'Access to distribution channels and services' },
      { id: 'supply', text: 'Long-term supply contract' },
      { id: 'rd', text: 'Joint research and development' },
      { id: 'product', text: 'Joint product development' },
      { id: 'marketing', text: 'Joint marketing' },
    ],
  },
  {
    type: 'choice',
    id: 'forms-contractual-sunscreen',
    prompt:
      'Ferrand Cosmetics and the skincare start-up Lumea sign an agreement to design, test and launch one co-branded sunscreen range by spring 2026, splitting design costs 50/50. Each firm will then sell the range through its own shops. No shares change hands. Which type of alliance is this mainly?',
    objectives: ['forms.contractual.identify'],
    points: 1,
    tags: ['forms'],
    explanation:
      'The core of the agreement is designing a specific product for a defined market, with shared design costs: joint product development. It is not joint R&D, which explores a technology before a product is defined, and selling is left to each firm, so joint marketing is at most a side element. No ownership changes hands, so it is not an equity alliance. ' +
      CON,
    hints: [
      'Ask what the heart of the agreement is: what do the two firms actually do together, and what do they leave to each other?',
      'Note whether a specific product is already defined and who does the selling. Then check whether any ownership changes hands.',
    ],
    options: [
      {
        id: 'product',
        text: 'Joint product development',
        fraction: 1,
        feedback:
          'Right. The partners design one specific product together and share its costs. See *Seven types* in Contractual alliances.',
      },
      {
        id: 'rd',
        text: 'Joint research and development',
        fraction: 0,
        feedback:
          'Joint R&D explores a technology, usually before a product is defined. Here the product is already specified. See *Seven types* in Contractual alliances.',
      },
      {
        id: 'marketing',
        text: 'Joint marketing',
        fraction: 0,
        feedback:
          'Each firm sells through its own shops; the shared work is designing the product. See *Seven types* in Contractual alliances.',
      },
      {
        id: 'jv',
        text: 'An equity joint venture',
        fraction: -0.25,
        feedback:
          'No shares change hands and no company is formed, so this is contractual. See *No one owns anyone* in Contractual alliances.',
      },
    ],
  },
  {
    type: 'multiple-response',
    id: 'forms-contractual-fit',
    prompt:
      'In which of these situations is a contractual alliance likely to fit better than an equity alliance? Select all that apply.',
    objectives: ['forms.contractual.evaluate', 'forms.governance.choose'],
    points: 2,
    policy: 'right-minus-wrong',
    tags: ['forms'],
    explanation:
      'Contracts suit well-defined, time-limited cooperation, fast-moving technologies and trial relationships, because they are quick to set up and cheap to leave. A standard-setting effort among many firms is also naturally contractual. Equity fits when the joint investment is large and long-lived (the 20-year plant) or when hard-to-codify know-how must flow over many years under strong mutual commitment. ' +
      CON +
      ' ' +
      EQ,
    hints: [
      'Weigh what a contract offers, speed and an easy way out, against what ownership offers, deeper commitment. Which situations need which?',
      'Look at the size and time span of each situation and the kind of know-how involved. Ask whether a quick, cheap exit or proof that the partner will stay matters more.',
    ],
    options: [
      {
        id: 'project',
        text: 'Two firms want to co-develop one app feature within 18 months in a technology that changes every year.',
        correct: true,
        feedback:
          "Yes. A narrow, time-limited project in a fast-moving field suits a contract's speed and easy exit. See *Strengths and weaknesses* in Contractual alliances.",
      },
      {
        id: 'trial',
        text: 'The partners have never worked together and want to test the relationship cheaply before committing more.',
        correct: true,
        feedback:
          'Yes. A contract is the natural trial: if the relationship disappoints, exit costs little. See *Strengths and weaknesses* in Contractual alliances.',
      },
      {
        id: 'plant',
        text: 'The partners must jointly finance and run a €400 million plant for the next 20 years.',
        correct: false,
        feedback:
          'A large, long-lived joint investment needs a home and deep commitment: a joint venture fits better. See *Choosing the bond* in Equity alliances.',
      },
      {
        id: 'tacit',
        text: 'The cooperation depends on engineers passing on know-how that cannot be written down, over many years, and each side needs proof that the other will stay.',
        correct: false,
        feedback:
          'Hard-to-codify know-how and the need for proven commitment are classic reasons for equity. See *Choosing the bond* in Equity alliances.',
      },
      {
        id: 'standard',
        text: 'Eight manufacturers want to agree on a common charging connector for their devices.',
        correct: true,
        feedback:
          'Yes. Standard setting among many firms is one of the contractual types, and no one needs to own anyone. See *Seven types* in Contractual alliances.',
      },
    ],
  },
  {
    type: 'choice',
    id: 'forms-contractual-effort-cut',
    prompt:
      'Lumen Audio has a three-year joint marketing contract with the streaming service Tonic, which promises "reasonable promotional efforts" for Lumen\'s headphones. In year two, Tonic signs a bigger deal with a rival headphone maker and quietly moves Lumen\'s promotion to a page few users visit. Leaving the contract early would cost Tonic nothing. Which feature of contractual alliances does this illustrate best?',
    objectives: ['forms.contractual.evaluate'],
    points: 1,
    tags: ['forms'],
    explanation:
      'The contract could not define "reasonable efforts" precisely (an incomplete contract), and because Tonic has no capital tied up in Lumen, cutting its effort costs it little (shallow commitment). This is the weak side of the flexibility that makes contracts attractive. Like Hanbit in the Kestrel example, the partner reallocated effort to a bigger customer. ' +
      CON_EX,
    hints: [
      'Think about the downside of the very features that make contracts attractive. What could this contract not pin down?',
      'Look at two facts: the promise of reasonable efforts, and the fact that leaving would cost Tonic nothing. What do they say about how firmly Tonic is bound?',
    ],
    options: [
      {
        id: 'shallow',
        text: 'Shallow commitment and an incomplete contract: effort cannot be fully specified, and cutting it costs the partner little.',
        fraction: 1,
        feedback:
          "Right. This is the price of a contract's flexibility. See *Strengths and weaknesses* in Contractual alliances.",
      },
      {
        id: 'exit',
        text: 'Contractual alliances are hard to leave, so Lumen is trapped with a poor partner.',
        fraction: -0.25,
        feedback:
          'The opposite is true: contracts are easy to leave. The problem is that this ease lets Tonic drift away. See *Strengths and weaknesses* in Contractual alliances.',
      },
      {
        id: 'not-alliance',
        text: 'The arrangement was never an alliance, because joint marketing is not one of the contractual types.',
        fraction: 0,
        feedback:
          'Joint marketing is one of the seven contractual types. See *Seven types* in Contractual alliances.',
      },
      {
        id: 'slow',
        text: 'Contractual alliances are slow and costly to set up.',
        fraction: 0,
        feedback:
          'Contracts are quick and cheap to set up; set-up is not what went wrong here. See *Strengths and weaknesses* in Contractual alliances.',
      },
    ],
  },
  {
    type: 'choice',
    id: 'forms-contractual-pilot',
    prompt:
      "Orrin Medical, a large device maker, and Pulsewise, a 40-person start-up, want to find out within 12 months whether Pulsewise's sensor can be built into one of Orrin's monitors. Neither firm knows how well the other works, and the sensor technology may be overtaken within three years. Which governance fits best?",
    objectives: ['forms.contractual.evaluate', 'forms.governance.choose'],
    points: 1,
    tags: ['forms'],
    explanation:
      "The project is narrow, time-limited, uncertain and in a fast-moving technology, and the partners do not yet know each other. That is the profile for which a contract's speed, flexibility and easy exit matter most. Equity (a stake or a joint venture) would add commitment and cost that the situation does not yet justify, and an acquisition would end any alliance. " +
      CON +
      ' ' +
      EQ,
    hints: [
      'Match the bond to the situation: how long the project runs, how certain it is, and how well the partners know each other.',
      'Reread the 12-month goal, the untested relationship and the risk that the technology ages fast. How much commitment, and how hard an exit, does that profile justify?',
    ],
    options: [
      {
        id: 'contract',
        text: 'A contractual joint product development agreement with a clear end date.',
        fraction: 1,
        feedback:
          'Right. Speed and easy exit fit a one-year trial in a fast-moving technology. See *Strengths and weaknesses* in Contractual alliances.',
      },
      {
        id: 'jv',
        text: 'A 50/50 joint venture, because a deeper commitment is always safer.',
        fraction: 0,
        feedback:
          'Deeper is not always better. A joint venture takes months to negotiate and is hard to unwind, which suits large, long-term projects. See *Choosing the bond* in Equity alliances.',
      },
      {
        id: 'stake',
        text: 'Orrin takes a 15% stake in Pulsewise before any joint work starts.',
        fraction: 0,
        feedback:
          'A stake may make sense later, once the trial succeeds; now it adds cost without answering the real question. See *Choosing the bond* in Equity alliances.',
      },
      {
        id: 'acquire',
        text: 'Orrin acquires Pulsewise outright.',
        fraction: -0.25,
        feedback:
          'An acquisition is not an alliance, and buying a firm to test one idea is the most expensive and least reversible option. See *Choosing the bond* in Equity alliances.',
      },
    ],
  },
  {
    type: 'categorize',
    id: 'forms-equity-forms-sort',
    prompt: 'Sort each arrangement into the alliance form it represents.',
    objectives: ['forms.equity.distinguish'],
    points: 2,
    policy: 'per-part',
    tags: ['forms'],
    explanation:
      "First ask whether ownership changes hands; if not, the alliance is contractual. If it does, ask whether a new company is created: a stake or a swap creates none, a joint venture does. The steelmakers' research company is a joint venture even though its work is R&D: the activity does not decide the form, the ownership structure does. " +
      EQ,
    hints: [
      'Sort by the legal tie between the firms, not by the activity they cooperate on.',
      'Ask two questions in turn: does anyone take an ownership stake, and if so, is a new company founded?',
    ],
    buckets: [
      { id: 'contract', label: 'Contractual (no ownership)' },
      { id: 'stake', label: 'Equity, no new entity (stake or swap)' },
      { id: 'jv', label: 'Equity, new entity (joint venture)' },
    ],
    cards: [
      {
        id: 'battery',
        text: 'A carmaker buys 5% of a battery start-up and gains a board observer.',
        bucket: 'stake',
      },
      {
        id: 'airlines',
        text: 'Two airlines each buy 2% of the other.',
        bucket: 'stake',
      },
      {
        id: 'plastics',
        text: 'A chemicals group and an oil company found a plastics company, owned 60/40.',
        bucket: 'jv',
      },
      {
        id: 'steel-rd',
        text: 'Two steelmakers set up a jointly owned company to do research on green steel.',
        bucket: 'jv',
      },
      {
        id: 'atms',
        text: "Two banks agree to let each other's customers use their cash machines for ten years.",
        bucket: 'contract',
      },
      {
        id: 'license',
        text: 'A software firm licenses its operating system to a phone maker for a royalty.',
        bucket: 'contract',
      },
    ],
  },
  {
    type: 'short-text',
    id: 'forms-equity-swap-name',
    prompt:
      'Kaldera Telecom buys 4% of Ostrava Networks, and at the same time Ostrava buys 4% of Kaldera. No new company is formed. What is this equity arrangement called? (Two or three words.)',
    objectives: ['forms.equity.distinguish'],
    points: 1,
    tags: ['forms'],
    explanation:
      'When each partner acquires shares in the other, the partners carry out an equity swap (also called an equity exchange or cross-shareholding). It is the reciprocal version of the minority stake; both belong to the equity form that creates no new entity. ' +
      EQ,
    hints: [
      'Recall the two equity forms: one creates a new company and one does not. Which applies here?',
      'Notice that each firm buys into the other at the same time. The equity lesson gives this two-way arrangement its own name.',
    ],
    patterns: [
      { pattern: '*equity swap*', feedback: 'Right: an equity swap.' },
      { pattern: '*share swap*', feedback: 'Right: a share (equity) swap.' },
      { pattern: '*equity exchange*', feedback: 'Right: an equity exchange, or equity swap.' },
      { pattern: '*share exchange*', feedback: 'Right: a share exchange, or equity swap.' },
      { pattern: '*cross*holding*', feedback: 'Right: a cross-shareholding, or equity swap.' },
      { pattern: '*swap*', feedback: 'Right: a swap of shares, that is, an equity swap.' },
      {
        pattern: '*minority*',
        fraction: 0.5,
        feedback:
          'Partly: each side does hold a minority stake, but the point is that the stakes are reciprocal. That is an equity swap.',
      },
      {
        pattern: '*joint venture*',
        fraction: 0,
        feedback: 'No new company is formed, so this is not a joint venture.',
      },
    ],
  },
  {
    type: 'ordering',
    id: 'forms-governance-ladder',
    prompt:
      'Order these ways for Tessaro Foods to work with a packaging firm, from the loosest tie between the two firms to the tightest.',
    objectives: ['forms.governance.choose', 'forms.equity.distinguish'],
    points: 2,
    grading: 'relative-next-include-last',
    tags: ['forms'],
    explanation:
      "Climb the ladder by how much ties the firms together. A spot purchase commits nothing beyond the deal. A contractual alliance adds a multi-year commitment but no ownership. A minority stake adds capital at risk without a new entity. A joint venture adds a jointly owned company with its own staff and accounts. An acquisition ends the partner's independence. Only the three middle rungs are alliances. " +
      EQ,
    hints: [
      'Picture a ladder of ties between two firms, from no commitment beyond a single deal up to one firm owning the other.',
      'For each option, ask how long the commitment lasts, how much capital is at stake, whether a new entity exists, and whether the packaging firm stays independent.',
    ],
    items: [
      { id: 'spot', text: 'Buying trays on the open market from the cheapest bidder' },
      { id: 'contract', text: 'A three-year contract to co-design recyclable trays' },
      { id: 'stake', text: 'An 8% stake in the packaging firm with a board observer' },
      { id: 'jv', text: 'A 50/50 company that designs and makes the trays' },
      { id: 'acquire', text: 'Buying 100% of the packaging firm' },
    ],
  },
  {
    type: 'inline-choice',
    id: 'forms-governance-gaps',
    prompt: 'Complete the comparison of contractual and equity alliances.',
    objectives: ['forms.governance.choose'],
    points: 2,
    tags: ['forms'],
    text: 'Compared with a contractual alliance, an equity alliance usually takes {{time}} to set up, makes leaving {{exit}}, and signals {{commit}} commitment, because {{why}}.',
    explanation:
      'Equity deals need valuations, board seats and decision rules, so they take months rather than weeks. Shares must be sold or a venture unwound to leave, so exit is harder. Because each partner has capital at stake, cheating or drifting away hurts its own investment, which is why equity signals deeper commitment. ' +
      EQ,
    hints: [
      'Think about what changes when a partner puts capital into the cooperation rather than only signing an agreement.',
      'Think through what must be agreed before shares change hands and what must be undone to leave. For the reason, recall that both partners stay independent in an equity alliance.',
    ],
    gaps: [
      {
        id: 'time',
        options: [
          { id: 'longer', text: 'longer' },
          { id: 'shorter', text: 'less time' },
        ],
        answer: 'longer',
        feedback: 'Valuation, board seats and decision rules take months to negotiate.',
      },
      {
        id: 'exit',
        options: [
          { id: 'harder', text: 'harder' },
          { id: 'easier', text: 'easier' },
        ],
        answer: 'harder',
        feedback: 'Shares must be sold or a venture unwound before a partner can leave.',
      },
      {
        id: 'commit',
        options: [
          { id: 'deeper', text: 'deeper' },
          { id: 'weaker', text: 'weaker' },
        ],
        answer: 'deeper',
        feedback: 'Capital at stake makes commitment more credible.',
      },
      {
        id: 'why',
        options: [
          { id: 'capital', text: 'each partner has capital at stake in the cooperation' },
          { id: 'control', text: 'one partner gains control over the other' },
          { id: 'law', text: 'the law forbids partners to end equity alliances' },
        ],
        answer: 'capital',
        weight: 2,
        feedback:
          'Capital at stake is the reason. If one partner gained control, the arrangement would become an acquisition rather than an alliance.',
      },
    ],
  },
  {
    type: 'choice',
    id: 'forms-direction-packaging',
    prompt:
      'Brennan Foods, a frozen-food maker, signs a seven-year agreement with its packaging supplier, Corlett Packaging, to co-design recyclable trays. Engineers from both firms work in one team. How should the alliance be classified by direction?',
    objectives: ['forms.direction.classify'],
    points: 1,
    tags: ['forms'],
    explanation:
      "Ask whether the partners perform the same activities or whether one partner's output feeds the other's input. Corlett supplies packaging to Brennan, so the firms sit at successive stages of the value system: the alliance is vertical. Joint engineering work does not make it horizontal, and governance (here a contract) is a separate axis. " +
      HV,
    hints: [
      'Classify direction by where each partner sits in the value system relative to the other.',
      'Ask what Corlett sells and who buys it. Are the two firms doing the same kind of work, or is one a stage earlier in the chain than the other?',
    ],
    options: [
      {
        id: 'vertical',
        text: "Vertical: it links Brennan's value chain with its supplier's.",
        fraction: 1,
        feedback:
          'Right. Supplier and buyer sit at successive stages; Porter calls such connections vertical linkages. See *Two directions* in Horizontal and vertical alliances.',
      },
      {
        id: 'horizontal-joint',
        text: 'Horizontal: the engineers do the same design work side by side.',
        fraction: -0.25,
        feedback:
          'Joint work is not the test. The firms perform different, successive activities in the value system. See *Two directions* in Horizontal and vertical alliances.',
      },
      {
        id: 'neither',
        text: 'Neither: only equity alliances can be classified as horizontal or vertical.',
        fraction: 0,
        feedback:
          'Direction and governance are independent axes; contracts can be horizontal or vertical too. See *Two axes, four boxes* in Horizontal and vertical alliances.',
      },
      {
        id: 'horizontal-food',
        text: 'Horizontal: both firms serve the food industry.',
        fraction: 0,
        feedback:
          'Serving the same industry does not make firms horizontal partners; what matters is whether they perform the same activities. See *Two directions* in Horizontal and vertical alliances.',
      },
    ],
  },
  {
    type: 'categorize',
    id: 'forms-direction-sort',
    prompt: 'Sort each alliance by direction: horizontal or vertical?',
    objectives: ['forms.direction.classify'],
    points: 2,
    policy: 'per-part',
    tags: ['forms'],
    explanation:
      "For each pair, ask whether the partners perform the same activities (horizontal) or whether one supplies or sells for the other (vertical). Airlines sharing routes, drug firms co-promoting with their sales forces and carmakers co-owning an engine plant do the same things. The foundry supplies the chip designer, the bookstore chain sells the publisher's books, and the mine supplies the steelmaker. Note that the carmakers' plant is equity and the mine's deal a contract: direction does not depend on governance. " +
      HV,
    hints: [
      'Direction depends on where the partners sit relative to each other in the value system, not on whether they sign a contract or share ownership.',
      'Take each pair in turn: do both firms do the same job in the market, or does one sit upstream or downstream of the other?',
    ],
    buckets: [
      { id: 'horizontal', label: 'Horizontal' },
      { id: 'vertical', label: 'Vertical' },
    ],
    cards: [
      {
        id: 'airlines',
        text: "Two regional airlines share routes and sell seats on each other's flights.",
        bucket: 'horizontal',
      },
      {
        id: 'foundry',
        text: 'A chip designer reserves five years of capacity at a foundry and shares its product road map.',
        bucket: 'vertical',
      },
      {
        id: 'books',
        text: 'A publisher gives a bookstore chain exclusive early release of its titles in exchange for prominent display.',
        bucket: 'vertical',
      },
      {
        id: 'pharma',
        text: "Two drug firms promote each other's medicines through their own sales forces.",
        bucket: 'horizontal',
      },
      {
        id: 'engines',
        text: 'Two rival carmakers jointly own a plant that makes engines for both.',
        bucket: 'horizontal',
      },
      {
        id: 'ore',
        text: 'A mining company and a steelmaker sign a 15-year iron-ore supply agreement with joint quality planning.',
        bucket: 'vertical',
      },
    ],
  },
  {
    type: 'matching',
    id: 'forms-two-axes-match',
    prompt:
      'Classify each alliance on both axes: governance (contractual or equity) and direction (horizontal or vertical). A box may be used more than once.',
    objectives: ['forms.two-axes.apply'],
    points: 2,
    policy: 'per-part',
    tags: ['forms'],
    explanation:
      'Classify twice. Governance: do shares change hands or is a company founded? Direction: do the partners do the same activities, or does one supply or sell for the other? The drinks maker and its bottler are successive stages with a stake (vertical, equity); the insurers are rivals founding a company (horizontal, equity); the telecom operators are rivals with a contract (horizontal, contractual); the retailer and the dairy are buyer and supplier with a contract (vertical, contractual); the tire maker supplies carmakers, and a 50/50 company is equity (vertical, equity). ' +
      HV_EX,
    hints: [
      'Classify each alliance twice, answering one question for each axis, and remember that the two axes are independent.',
      'For governance, look for shares or a newly founded company. For direction, ask whether the partners work at the same stage or as buyer and supplier.',
    ],
    premises: [
      {
        id: 'bottler',
        text: 'A soft-drinks maker takes a 15% stake in its main bottler.',
        match: 'v-equity',
      },
      {
        id: 'insurers',
        text: 'Two rival insurers jointly found a claims-processing company.',
        match: 'h-equity',
      },
      {
        id: 'masts',
        text: 'Two rival mobile operators share their masts under a ten-year agreement.',
        match: 'h-contract',
      },
      {
        id: 'dairy',
        text: 'A supermarket chain and a dairy sign a five-year private-label supply deal with joint forecasting.',
        match: 'v-contract',
      },
      {
        id: 'tires',
        text: "A tire maker and a carmaker found a 50/50 company to develop tires for the carmaker's electric models.",
        match: 'v-equity',
      },
    ],
    responses: [
      { id: 'h-contract', text: 'Horizontal, contractual' },
      { id: 'h-equity', text: 'Horizontal, equity' },
      { id: 'v-contract', text: 'Vertical, contractual' },
      { id: 'v-equity', text: 'Vertical, equity' },
    ],
  },
  {
    type: 'multiple-response',
    id: 'forms-two-axes-claims',
    prompt:
      'A new analyst summarizes the module in a few claims. Which of them are correct? Select all that apply.',
    objectives: ['forms.two-axes.apply'],
    points: 2,
    policy: 'right-minus-wrong',
    tags: ['forms'],
    explanation:
      "The two classifications cut across each other, so all four combinations occur: a horizontal alliance can be a marketing contract or a co-owned plant, and a vertical one can be a supply contract or a stake in a supplier. Porter's definition (beyond market transactions, short of a merger) covers both directions. The claims that tie one direction to one governance form, or that make joint work the test of direction, are wrong. " +
      HV,
    hints: [
      'Recall how the two classifications relate to each other, and how Porter places alliances between ordinary deals and mergers.',
      'Check each claim against the four alliances in the Calder Cycles example. Does any real case contradict it?',
    ],
    options: [
      {
        id: 'independent',
        text: 'Knowing how an alliance is governed tells you nothing certain about its direction.',
        correct: true,
        feedback:
          'Correct. Governance and direction are independent axes. See *Two axes, four boxes* in Horizontal and vertical alliances.',
      },
      {
        id: 'supplier-contract',
        text: 'Alliances with suppliers are always contractual.',
        correct: false,
        feedback:
          'A firm can take a stake in a supplier or found a joint venture with it, just as Calder took a stake in Pedalworks on the downstream side. See *Worked example: Calder Cycles* in Horizontal and vertical alliances.',
      },
      {
        id: 'rival-equity',
        text: 'Alliances between competitors always require equity.',
        correct: false,
        feedback:
          'Rivals often cooperate by contract, for example in joint marketing. See *Two axes, four boxes* in Horizontal and vertical alliances.',
      },
      {
        id: 'porter',
        text: "Porter's definition, a long-term agreement beyond normal market transactions but short of a merger, covers both horizontal and vertical alliances.",
        correct: true,
        feedback:
          "Correct. Supply agreements (vertical) and production joint ventures (often horizontal) both fall within it. See *Porter's view of alliances* in Horizontal and vertical alliances.",
      },
      {
        id: 'joint-work',
        text: 'If engineers from both firms work in one team, the alliance is horizontal.',
        correct: false,
        feedback:
          'Joint work occurs in both directions. The test is whether the firms perform the same activities or successive ones. See *Two directions* in Horizontal and vertical alliances.',
      },
      {
        id: 'four',
        text: 'All four combinations of contractual or equity with horizontal or vertical occur in practice.',
        correct: true,
        feedback:
          'Correct. Calder Cycles alone has one alliance in each box. See *Worked example: Calder Cycles* in Horizontal and vertical alliances.',
      },
    ],
  },
];

export const cases: CaseDefinitionInput[] = [
  {
    id: 'case-forms-corvina',
    title: 'Corvina Caffè and its partners',
    tags: ['forms'],
    stimulus: `Corvina Caffè S.p.A., a coffee roaster in Trieste with 2024 revenue of €260 million, has built four alliances in four years.

- **2021, Altamira Exporters (Huila, Colombia).** Under an eight-year agreement, Altamira, a grower-owned exporter, supplies 3,000 metric tons of green coffee a year at the market price plus a 12% quality premium. Corvina's agronomists run a joint program with Altamira's farmers to raise yields and quality.
- **2022, Hausmann Kaffee (Bremen, Germany).** Corvina and Hausmann, a roaster of similar size and a direct competitor, agreed on a common capsule format that fits both firms' machines, and launched it with a shared €4 million advertising campaign in Austria and Switzerland. Each firm makes and sells its own capsules.
- **2023, Hausmann Kaffee.** To deepen the relationship, Corvina bought 9% of Hausmann for €27 million and Hausmann bought 6% of Corvina for €19 million. No new company was formed; each firm gained one non-executive seat on the other's board.
- **2024, Espressa Bar Group (Milan).** Corvina paid €11 million for 12% of this independent chain of 140 cafés, which agreed to serve Corvina coffee exclusively for ten years.

By 2025 the shared capsule format has taken off, and neither roaster has enough capacity. The two boards are weighing a jointly owned capsule plant, Capsula Nord S.r.l., near Villach in Austria. Corvina's chief executive, Paola Benedetti, favors the joint venture. Her operations director would rather pay Hausmann to make capsules for Corvina on Hausmann's existing lines under a five-year co-production contract. Either way, Hausmann's engineers, who know the capsule-sealing technology best, would run the production. The tables summarize both options.`,
    figures: [
      {
        caption: 'Option 1: Capsula Nord joint venture (proposal)',
        columns: ['Item', 'Value'],
        rows: [
          ['Share capital (€ million)', 64],
          ['Corvina stake (%)', 55],
          ['Hausmann stake (%)', 45],
          ['Planned output from 2027 (million capsules a year)', 900],
          ['Expected operating profit per capsule (€)', 0.021],
          ['Profit sharing', 'In proportion to the stakes'],
          ['Board seats (Corvina / Hausmann)', '3 / 3, chair rotating yearly'],
        ],
      },
      {
        caption: 'Option 2: co-production contract with Hausmann (alternative)',
        columns: ['Item', 'Value'],
        rows: [
          ['Term (years)', 5],
          ['Capacity available to Corvina (million capsules a year)', 350],
          ['Price Corvina pays per capsule (€)', 0.064],
          ['Time to first delivery', 'About 3 months'],
        ],
      },
    ],
    items: [
      {
        type: 'matching',
        id: 'forms-corvina-classify',
        prompt:
          "Classify each of Corvina's four existing alliances on both axes. A box may be used more than once.",
        objectives: ['forms.two-axes.apply', 'forms.direction.classify'],
        points: 3,
        policy: 'per-part',
        tags: ['forms', 'case'],
        explanation:
          "Altamira supplies Corvina's raw material under a contract: vertical, contractual. The 2022 deal with Hausmann joins two roasters doing the same activities, with no shares: horizontal, contractual. The 2023 share exchange is between the same rivals and involves ownership: horizontal, equity. Espressa is Corvina's sales channel downstream, and Corvina holds 12% of it: vertical, equity. At 12%, Espressa stays independent, so it is not an acquisition. " +
          HV_EX,
        hints: [
          'Place each alliance on both axes separately: first how it is bound, then where the partner sits relative to Corvina.',
          'Reread each bullet for two facts: whether any shares change hands, and what the partner does compared with Corvina. Check too whether any stake is big enough to give control.',
        ],
        premises: [
          { id: 'altamira', text: 'Altamira Exporters (2021)', match: 'v-contract' },
          {
            id: 'format',
            text: 'Hausmann capsule format and campaign (2022)',
            match: 'h-contract',
          },
          { id: 'shares', text: 'Hausmann share exchange (2023)', match: 'h-equity' },
          { id: 'espressa', text: 'Espressa Bar Group (2024)', match: 'v-equity' },
        ],
        responses: [
          { id: 'h-contract', text: 'Horizontal, contractual' },
          { id: 'h-equity', text: 'Horizontal, equity' },
          { id: 'v-contract', text: 'Vertical, contractual' },
          { id: 'v-equity', text: 'Vertical, equity' },
          { id: 'acquisition', text: 'Not an alliance: an acquisition' },
        ],
      },
      {
        type: 'multiple-response',
        id: 'forms-corvina-2022-types',
        prompt:
          'Which types of contractual alliance does the 2022 arrangement between Corvina and Hausmann combine? Select all that apply.',
        objectives: ['forms.contractual.identify'],
        points: 2,
        policy: 'right-minus-wrong',
        tags: ['forms', 'case'],
        explanation:
          "Agreeing on a capsule format that fits both firms' machines is standard setting, and the shared €4 million campaign is joint marketing. Each firm makes and sells its own capsules, so there is no co-production (yet: that is what Option 2 would add), no supply relationship, and no joint research. " +
          CON,
        hints: [
          'Look only at what the two roasters actually did together in 2022, and match each part of it to one of the seven contractual types.',
          'Split the 2022 deal into its pieces and ask what each one pools. Note what each firm still does on its own, and whether either firm supplies the other.',
        ],
        options: [
          {
            id: 'standard',
            text: 'Standard setting',
            correct: true,
            feedback:
              "Yes. A common format that works with both firms' machines is a technical standard. See *Seven types* in Contractual alliances.",
          },
          {
            id: 'marketing',
            text: 'Joint marketing',
            correct: true,
            feedback:
              'Yes. The shared advertising campaign is joint marketing. See *Seven types* in Contractual alliances.',
          },
          {
            id: 'coproduction',
            text: 'Co-production',
            correct: false,
            feedback:
              'Not in 2022: each firm makes its own capsules. Co-production is what Option 2 proposes. See *Seven types* in Contractual alliances.',
          },
          {
            id: 'supply',
            text: 'Long-term supply contract',
            correct: false,
            feedback:
              "Neither firm supplies the other. Corvina's supply alliance is the one with Altamira. See *Seven types* in Contractual alliances.",
          },
          {
            id: 'rd',
            text: 'Joint research and development',
            correct: false,
            feedback:
              'The case describes agreeing on a format and promoting it, not joint research. See *Seven types* in Contractual alliances.',
          },
        ],
      },
      {
        type: 'choice',
        id: 'forms-corvina-swap',
        prompt: 'Which form does the 2023 share exchange between Corvina and Hausmann take?',
        objectives: ['forms.equity.distinguish'],
        points: 1,
        tags: ['forms', 'case'],
        explanation:
          'Each firm bought shares in the other (9% and 6%) and no new company was formed: an equity swap, the reciprocal form of the minority stake. Neither stake gives control, so both firms stay independent and it is not an acquisition. ' +
          EQ,
        hints: [
          'Recall the two equity forms and the question that separates them.',
          'Reread the 2023 bullet: in which direction did the shares move, was any company formed, and does either stake give control?',
        ],
        options: [
          {
            id: 'swap',
            text: 'An equity swap: equity alliance with no new entity.',
            fraction: 1,
            feedback:
              'Right. Reciprocal minority stakes, no new company. See *Two equity forms* in Equity alliances.',
          },
          {
            id: 'jv',
            text: 'A joint venture, because both firms now own part of a shared business.',
            fraction: -0.25,
            feedback:
              'A joint venture is a newly founded company. Here each firm owns part of the other, and no company was created. See *Two equity forms* in Equity alliances.',
          },
          {
            id: 'acquisition',
            text: 'A partial acquisition of Hausmann by Corvina.',
            fraction: 0,
            feedback:
              'A 9% stake gives no control, so Hausmann stays independent; this is an alliance, not an acquisition. See *What a shareholding adds* in Equity alliances.',
          },
          {
            id: 'contract',
            text: 'A contractual alliance, because the board seats are granted by agreement.',
            fraction: 0,
            feedback:
              'Shares change hands, so it is an equity alliance whatever agreements accompany them. See *Two equity forms* in Equity alliances.',
          },
        ],
      },
      {
        type: 'numeric',
        id: 'forms-corvina-jv-profit',
        prompt:
          'If Capsula Nord meets its plan, what annual operating profit would Corvina receive as its share? Give the answer in € million, rounded to one decimal place (enter the number only).',
        objectives: ['forms.equity.distinguish'],
        points: 2,
        tags: ['forms', 'case'],
        explanation:
          "In a joint venture the parents divide profits by an agreed formula, here in proportion to the stakes. Total profit = 900 million capsules × €0.021 = €18.9 million. Corvina's 55% share = 18.9 × 0.55 = €10.395 million, or 10.4. The equal board seats do not change the profit split. " +
          EQ_EX,
        hints: [
          "Start from the Option 1 table: work out the venture's total yearly operating profit, then ask how it is shared between the parents.",
          "Multiply planned output by profit per capsule, then apply the rule in the *Profit sharing* row, using Corvina's stake rather than the board seats.",
        ],
        answers: [
          {
            value: 10.4,
            tolerance: 0.05,
            feedback: 'Right: 900 m × €0.021 = €18.9 m, and 55% of that is €10.4 m.',
          },
          {
            value: 18.9,
            tolerance: 0.05,
            fraction: 0,
            feedback: "That is the venture's whole profit. Corvina receives only its 55% share.",
          },
          {
            value: 9.45,
            tolerance: 0.05,
            fraction: 0,
            feedback:
              'You split the profit 50/50, perhaps because of the equal board seats. Profits follow the stakes: 55% for Corvina.',
          },
          {
            value: 8.5,
            tolerance: 0.05,
            fraction: 0,
            feedback: "That is Hausmann's 45% share, not Corvina's.",
          },
        ],
      },
      {
        type: 'essay',
        id: 'forms-corvina-recommendation',
        prompt:
          "Advise Corvina's board: should the new capsule capacity come from the Capsula Nord joint venture (Option 1) or from the five-year co-production contract with Hausmann (Option 2)? Make a recommendation, justify it by weighing commitment, flexibility and control with evidence from the case and its figures, and name one risk that comes from Hausmann being a horizontal partner, with a safeguard against it. (200–400 words.)",
        objectives: ['forms.governance.choose', 'forms.two-axes.apply'],
        points: 4,
        tags: ['forms', 'case'],
        minWords: 150,
        maxWords: 500,
        explanation:
          "Either option can be defended; the grade depends on the reasoning. A strong answer for the joint venture points to the large, long-lived investment (€64 million of capital, 900 million capsules a year from 2027), to capacity that the contract cannot supply (350 million capsules), to a stable home for Hausmann's sealing engineers, and to the commitment that the existing equity swap already signals; it accepts slower set-up and harder exit. A strong answer for the contract stresses speed (first deliveries in about three months), low commitment while demand is still new, and easy exit, and accepts less capacity, dependence on Hausmann's lines, and shallower commitment. Either way, the horizontal risk is that Hausmann is a direct competitor: capacity may be favored for its own capsules, and cost or know-how can leak to a rival. Safeguards include guaranteed volume clauses, ring-fenced data, and clear governance (the rotating chair and 3 / 3 board). " +
          EQ +
          ' ' +
          HV,
        rubric: [
          {
            id: 'recommendation',
            title: 'Recommendation and governance reasoning',
            levels: [
              {
                id: 'missing',
                label: 'Missing',
                points: 0,
                description: 'No clear recommendation.',
              },
              {
                id: 'partial',
                label: 'Partial',
                points: 1,
                description:
                  'Recommends an option but weighs only one of commitment, flexibility and control.',
              },
              {
                id: 'strong',
                label: 'Strong',
                points: 2,
                description:
                  'Recommends an option and weighs commitment, flexibility and control, accepting the drawbacks of the choice.',
              },
            ],
          },
          {
            id: 'evidence',
            title: 'Use of the case and its figures',
            levels: [
              {
                id: 'missing',
                label: 'Missing',
                points: 0,
                description: 'No reference to the case.',
              },
              {
                id: 'general',
                label: 'General',
                points: 1,
                description: 'Refers to the case in general terms only.',
              },
              {
                id: 'specific',
                label: 'Specific',
                points: 2,
                description:
                  'Uses specific figures, such as 900 versus 350 million capsules, €64 million of capital or three months to first delivery, and the existing equity swap.',
              },
            ],
          },
          {
            id: 'horizontal',
            title: 'Horizontal-partner risk and safeguard',
            levels: [
              { id: 'missing', label: 'Missing', points: 0, description: 'No risk named.' },
              {
                id: 'risk',
                label: 'Risk only',
                points: 1,
                description:
                  'Names a risk of working with a direct competitor, such as leaking know-how or favoring its own capsules.',
              },
              {
                id: 'safeguard',
                label: 'Risk and safeguard',
                points: 2,
                description:
                  'Names such a risk and a fitting safeguard, such as guaranteed volumes, ring-fenced data or board rules.',
              },
            ],
          },
        ],
      },
    ],
  },
];
