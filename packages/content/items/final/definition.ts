import type { CaseDefinitionInput, ItemDefinitionInput } from '@alliance/quiz-engine';

const L1 = 'Defining strategic alliances';
const L2 = 'What an alliance is not';

/** The final assessment’s own items for this module: never shown with a key anywhere else. */
export const items: ItemDefinitionInput[] = [
  {
    type: 'choice',
    id: 'final-definition-footbridge-bid',
    prompt:
      'In January 2025 Carrowmore Civil, a Scottish bridge designer, and Oltana Construcciones, a Spanish builder, sign a consortium agreement to bid together for a single footbridge contract in Porto worth €38 million. Carrowmore provides the design team, Oltana the crews and cranes, and profit on the contract is split 50/50. The agreement ends automatically when the bridge is handed over, and neither firm plans any further joint work. Measured against the working definition of a strategic alliance, which element is weakest?',
    objectives: ['definition.concept.explain'],
    points: 1,
    tags: ['final', 'definition'],
    options: [
      {
        id: 'horizon',
        text: 'The horizon: the firms aim at one contract, not at their long-term market position.',
        fraction: 1,
        feedback: `Right. The fourth element asks partners to act with the whole market and their long-term goals in view. A consortium that dissolves after one bridge is aimed at winning a single deal. See *The working definition* in ${L1}.`,
      },
      {
        id: 'partners',
        text: 'The partners: a designer and a builder have too little in common to qualify together.',
        feedback: `Not this one. Different skills are exactly what complementary resources means, and complementary resources are one of the two routes by which firms qualify as partners. See *The working definition* in ${L1}.`,
      },
      {
        id: 'bond',
        text: 'The bond: a consortium agreement is too informal a tie to bind two separate firms.',
        feedback: `Not this one. A signed agreement that sets out who contributes what and how profit is split is a bond in the sense of the definition; no particular legal form is required. See *The working definition* in ${L1}.`,
      },
      {
        id: 'purposes',
        text: 'The purposes: dividing the profit of one contract is not a way of sharing resources.',
        feedback: `Not this one. The firms do pool resources (a design team on one side, crews and cranes on the other). What is missing is a purpose beyond this one job. See *The working definition* in ${L1}.`,
      },
    ],
    explanation: `Check the four elements one at a time. Partners: a designer and a builder hold complementary resources, which is enough. Bond: a signed consortium agreement ties them. Purposes: they share resources to win and deliver the job. Horizon: here the test fails, because the cooperation is built around a single contract and ends with it; nothing in it touches either firm’s long-term position. The arrangement is closer to a one-off joint bid than to a strategic alliance. See *The working definition* and *Strategic cooperation versus ordinary business* in ${L1}.`,
  },
  {
    type: 'inline-choice',
    id: 'final-definition-coach-builders',
    prompt: 'Complete the analyst’s note on the agreement between two coach builders.',
    objectives: ['definition.concept.explain'],
    points: 2,
    tags: ['final', 'definition'],
    text: 'Vendrik Coachworks in the Netherlands and Sørbø Karosseri in Norway each build about 900 coaches a year with engineering teams of similar size. In 2024 they agreed for ten years to run one crash-test center together and to sell each other’s coaches through their dealers in the Benelux and the Nordic countries. Because the two firms bring similar strengths, they qualify as partners through {{route}}, and what they gain is mainly {{gain}}. Running one test center together is an instance of {{center}}, and selling through each other’s dealers is an instance of {{dealers}}. Both serve the broader purpose of {{umbrella}}.',
    gaps: [
      {
        id: 'route',
        options: [
          { id: 'comparable', text: 'comparable strength' },
          { id: 'complementary', text: 'complementary resources' },
          { id: 'control', text: 'one firm’s control of the other' },
        ],
        answer: 'comparable',
        feedback:
          'Two firms of similar size with similar teams qualify by comparable strength; control by one firm would contradict the definition.',
      },
      {
        id: 'gain',
        options: [
          { id: 'scale', text: 'scale' },
          { id: 'skills', text: 'skills that neither firm has' },
          { id: 'ownership', text: 'a share in each other’s ownership' },
        ],
        answer: 'scale',
        feedback:
          'Pooling similar strengths gives scale; combining different strengths is what lets each side do something new. No shares change hands here.',
      },
      {
        id: 'center',
        options: [
          { id: 'resources', text: 'sharing resources' },
          { id: 'markets', text: 'sharing markets' },
          { id: 'develop', text: 'joint product development' },
        ],
        answer: 'resources',
        feedback:
          'One test center used by both firms is a shared resource; nothing in the note says they design a coach together.',
      },
      {
        id: 'dealers',
        options: [
          { id: 'markets', text: 'sharing markets' },
          { id: 'resources', text: 'sharing resources' },
          { id: 'develop', text: 'joint product development' },
        ],
        answer: 'markets',
        feedback: 'Each firm reaches the other’s customers through its dealers: market sharing.',
      },
      {
        id: 'umbrella',
        options: [
          { id: 'compete', text: 'raising their competitiveness' },
          { id: 'prices', text: 'agreeing on common prices' },
          { id: 'merge', text: 'preparing to merge' },
        ],
        answer: 'compete',
        feedback:
          'Raising competitiveness is the umbrella purpose that the other purposes serve; common prices and a merger are not purposes in the definition.',
      },
    ],
    explanation: `The partners element offers two routes: comparable strength, which yields scale, or complementary resources, which lets each side do what it could not do alone. Two builders of similar size with similar teams take the first route. A jointly run test center is resource sharing, and access to each other’s dealer networks is market sharing. The course’s definition treats raising competitiveness as the umbrella purpose that the other three serve. See *The working definition* in ${L1}.`,
  },
  {
    type: 'multiple-response',
    id: 'final-definition-linen-signals',
    prompt:
      'Fenstow Hotels, a chain of 60 hotels, describes its laundry provider, Pressmark Services, as “a strategic partner” in its annual report. Which of these facts, if true, point to an ordinary market transaction rather than strategic cooperation? Select all that apply.',
    objectives: ['definition.concept.distinguish'],
    points: 2,
    policy: 'right-minus-wrong',
    tags: ['final', 'definition'],
    options: [
      {
        id: 'replace',
        text: 'Three other laundries in the region could take over within a month at similar prices.',
        correct: true,
        feedback: `Yes. If the provider can be swapped quickly at little cost, ending the arrangement would not change what Fenstow can do. See *Strategic cooperation versus ordinary business* in ${L1}.`,
      },
      {
        id: 'per-kilo',
        text: 'Pressmark is paid per kilogram washed, and nothing is agreed beyond pick-up times.',
        correct: true,
        feedback: `Yes. A priced service with no joint work or shared results is an exchange of services for money. See *Strategic cooperation versus ordinary business* in ${L1}.`,
      },
      {
        id: 'nine-years',
        text: 'The contract has already run for nine years and was renewed in 2024 for five more.',
        correct: false,
        feedback: `No. Duration does not settle the question either way: a long-running contract can still be a plain purchase. See *Strategic cooperation versus ordinary business* in ${L1}.`,
      },
      {
        id: 'lawyers',
        text: 'The contract runs to 48 pages and was negotiated by both firms’ lawyers over four months.',
        correct: false,
        feedback: `No. How detailed or carefully negotiated a contract is says nothing about whether the cooperation is strategic. See *Strategic cooperation versus ordinary business* in ${L1}.`,
      },
      {
        id: 'tracking',
        text: 'The two firms are jointly developing a linen-tracking system and will share its patents.',
        correct: false,
        feedback: `No. Joint development with shared results points the other way, toward strategic cooperation. See *Strategic cooperation versus ordinary business* in ${L1}.`,
      },
      {
        id: 'size',
        text: 'Pressmark’s annual revenue is less than a twentieth of the revenue of Fenstow.',
        correct: false,
        feedback: `No. Relative size is not part of the test; a small firm can be a strategic partner if its resources complement the larger one. See *The working definition* in ${L1}.`,
      },
    ],
    explanation: `Ask the two questions from the lesson. Would ending the arrangement change what Fenstow can do or where it competes? Not if three other laundries could step in within a month at similar prices. Do the firms work on anything together and share what comes of it? Not if Pressmark is simply paid per kilogram and only pick-up times are agreed. Those two facts point to a transaction. The contract’s length and detail are neutral, the partners’ sizes are irrelevant, and joint development with shared patents would point the opposite way. The annual report’s label decides nothing. See *Strategic cooperation versus ordinary business* in ${L1}.`,
  },
  {
    type: 'categorize',
    id: 'final-definition-three-way-sort',
    prompt:
      'Sort each arrangement: is it a strategic alliance, an ordinary market transaction, or a combination in which one firm owns or absorbs the other?',
    objectives: ['definition.concept.distinguish', 'definition.exclusions.explain'],
    points: 3,
    policy: 'per-part',
    tags: ['final', 'definition'],
    buckets: [
      { id: 'alliance', label: 'Strategic alliance' },
      { id: 'transaction', label: 'Ordinary market transaction' },
      { id: 'owned', label: 'Merger, acquisition or subsidiary' },
    ],
    cards: [
      {
        id: 'toys',
        text: 'A toy maker and a film studio co-design a range of characters over six years and split the licensing income.',
        bucket: 'alliance',
      },
      {
        id: 'meal-kits',
        text: 'A supermarket chain buys 70% of a meal-kit start-up and makes its own finance director the start-up’s chief executive.',
        bucket: 'owned',
      },
      {
        id: 'toner',
        text: 'A printer maker orders toner each quarter from whichever of four suppliers bids lowest.',
        bucket: 'transaction',
      },
      {
        id: 'claims-office',
        text: 'A Spanish insurer opens a wholly owned claims-handling company in Morocco.',
        bucket: 'owned',
      },
      {
        id: 'seeds',
        text: 'Two independently owned seed companies pool their breeders in a joint program and share the new varieties.',
        bucket: 'alliance',
      },
      {
        id: 'waste',
        text: 'A shopping mall signs a ten-year waste-collection contract at a fixed fee per pick-up, cancelable on 60 days’ notice.',
        bucket: 'transaction',
      },
      {
        id: 'dairies',
        text: 'Two regional dairies combine into a single cooperative with one board and one set of accounts.',
        bucket: 'owned',
      },
    ],
    explanation: `Two tests sort the cards. First, do two independent firms remain? The meal-kit deal gives the buyer control, the dairies become one firm, and the claims company belongs to the insurer alone, so none of these three can be an alliance. Second, among arrangements between independent firms, is there joint work with shared results that touches each firm’s position? The toy and film partners and the seed companies pass. The toner orders and the waste contract fail: the supplier is replaceable and nothing is developed or shared, and a ten-year term does not change that. See *Strategic cooperation versus ordinary business* in ${L1} and *What the test rules out* in ${L2}.`,
  },
  {
    type: 'short-text',
    id: 'final-definition-film-condition',
    prompt:
      'Tarrant Polymers and Ogasa Resins, both independently owned, sign a six-year agreement to develop a recyclable packaging film. Each firm seconds 12 chemists to the project for its whole term, and each will sell the finished film in its own region and keep the income. However, the agreement lets Tarrant alone set the budget, choose the project leader and approve every milestone; Ogasa’s managers have no vote. Which of Yoshino and Rangan’s three conditions does the arrangement fail? Name the condition in a few words.',
    objectives: ['definition.conditions.apply'],
    points: 2,
    tags: ['final', 'definition'],
    patterns: [
      {
        pattern: '*control*',
        feedback:
          'Right: the second condition, shared benefits and control. Benefits are shared, but control is held by Tarrant alone.',
      },
      {
        pattern: '*second*',
        feedback:
          'Right: the second condition, shared benefits and control. It is the control half that fails here.',
      },
      {
        pattern: '*benefit*',
        fraction: 0.5,
        feedback:
          'You have found the second condition, but benefits are shared here (each firm keeps its own income). What is missing is shared control.',
      },
      {
        pattern: '*independen*',
        fraction: 0,
        feedback: 'Both firms stay independently owned, so the first condition holds.',
      },
      {
        pattern: '*contribut*',
        fraction: 0,
        feedback:
          'Both firms keep contributing chemists for the whole term, so the third condition holds.',
      },
    ],
    explanation: `Test each condition against the facts. Independence: neither firm has given up its own ownership, so the first condition is met. Continuing contribution: each firm keeps 12 chemists on the project for six years, so condition 3 holds. Shared benefits and control: each firm earns from the film, but Tarrant alone sets the budget, picks the leader and approves milestones, so control is not shared and condition 2 fails. Because each condition is necessary, this one failure is enough to rule the arrangement out. See *Three conditions* and *Why the second condition is the hard one* in ${L2}.`,
  },
  {
    type: 'numeric',
    id: 'final-definition-seafood-count',
    prompt:
      'Sandvær Seafood, a Norwegian salmon farmer, lists six arrangements as “partnerships”: (1) a feed-mill company in Chile that it owns 50/50 with a Chilean feed producer, with a shared board, both parents still sending staff and know-how; (2) a Scottish smokehouse it bought outright in 2023; (3) a five-year research program with an independent vaccine maker, run by a committee with three members from each firm, with scientists from both sides and jointly owned results; (4) ice bought each year from whichever supplier bids lowest; (5) a 9% stake in an independent Japanese distributor that plans launches with Sandvær through a committee of two members from each firm and splits the profit on Sandvær products sold in Japan; (6) a wholly owned sales company in Singapore. How many of the six meet all three of Yoshino and Rangan’s conditions? Give a whole number.',
    objectives: ['definition.conditions.apply'],
    points: 2,
    tags: ['final', 'definition'],
    answers: [
      {
        value: 3,
        tolerance: 0,
        feedback:
          'Right: the Chilean joint company, the vaccine program and the Japanese distributor.',
      },
      {
        value: 2,
        tolerance: 0,
        fraction: 0,
        feedback:
          'You have probably ruled out an arrangement because shares change hands. A jointly owned company and a small stake both leave the partners independent with shared control.',
      },
      {
        value: 4,
        tolerance: 0,
        fraction: 0,
        feedback:
          'You have counted one arrangement too many. The smokehouse and the Singapore company are owned by Sandvær alone, and the ice purchase shares nothing.',
      },
    ],
    explanation: `Run each arrangement through the three conditions. (1) The Chilean feed-mill company is jointly owned: both parents stay independent, share its board and keep contributing, so it passes. (2) The smokehouse was bought outright, so it has lost its independence. (3) The vaccine program passes all three: independent partners, a joint committee and joint results, and continuing contributions of scientists. (4) The ice purchase shares no control, benefits or strategic contribution. (5) A 9% stake leaves the distributor independent, and the joint committee and profit split show shared control and benefits, so it passes. (6) A wholly owned sales company has no independent partner. That makes three. See *Three conditions* and *What the test rules out* in ${L2}.`,
  },
  {
    type: 'choice',
    id: 'final-definition-merger-of-equals',
    prompt:
      'In 2025 Cardew Insurance and Averell Mutual combine into one company, Cardew Averell plc. Each former firm fills half of the new board, the two former chief executives become co-chief executives, and all profits go to the shareholders of the combined company. A manager argues that, because control is split 50/50, the deal meets Yoshino and Rangan’s conditions and is a strategic alliance. What is the main flaw in the argument?',
    objectives: ['definition.exclusions.explain'],
    points: 1,
    tags: ['final', 'definition'],
    options: [
      {
        id: 'one-firm',
        text: 'Only one firm remains, so there are no independent partners to share control between.',
        fraction: 1,
        feedback: `Right. A merger fails the first condition at once: neither firm remains independent. A balanced board inside one company is not control shared between partners. See *What the test rules out* in ${L2}.`,
      },
      {
        id: 'benefits',
        text: 'Control is split 50/50, but benefits are not shared, so the deal fails only the second condition.',
        fraction: 0,
        feedback: `Not the main flaw. The deal fails before the second condition is reached: once the firms combine, there are no longer two partners to share anything. See *Three conditions* in ${L2}.`,
      },
      {
        id: 'regulated',
        text: 'Insurance is a regulated industry in which every combination of firms is treated as a merger.',
        fraction: 0,
        feedback: `Not the flaw. The test does not depend on the industry or on how regulators label deals; it depends on whether independent firms remain. See *What the test rules out* in ${L2}.`,
      },
      {
        id: 'sound',
        text: 'The argument holds: equal board seats show that control is shared, so the conditions are met.',
        fraction: 0,
        feedback: `No. Equal seats on the board of a single company do not make two independent partners. The first condition fails. See *What the test rules out* in ${L2}.`,
      },
    ],
    explanation: `Start with the first condition: do two or more independent firms remain after the deal? In a merger they do not; Cardew and Averell become one company with one set of shareholders. Shared control in the sense of the second condition means control shared between independent partners, so a balanced board inside the merged firm does not meet it. The industry and its regulators are beside the point. See *What the test rules out* in ${L2}.`,
  },
  {
    type: 'multiple-response',
    id: 'final-definition-test-claims',
    prompt:
      'A consultant’s slide summarizes how to apply Yoshino and Rangan’s test. Which of its claims are accurate? Select all that apply.',
    objectives: ['definition.conditions.apply', 'definition.exclusions.explain'],
    points: 2,
    policy: 'right-minus-wrong',
    tags: ['final', 'definition'],
    options: [
      {
        id: 'sufficient',
        text: 'An arrangement meeting all three conditions is an alliance, whatever its legal form or name.',
        correct: true,
        feedback: `Accurate. The conditions are sufficient: the label and the legal form do not decide. See *Three conditions* in ${L2}.`,
      },
      {
        id: 'jv',
        text: 'A jointly owned company can pass, because its parents stay independent and share its control.',
        correct: true,
        feedback: `Accurate. This is one of the borderline cases the lesson resolves: the new entity does not end the parents’ independence. See *What the test rules out* in ${L2}.`,
      },
      {
        id: 'third-only',
        text: 'An arrangement that fails the third condition alone does not count as an alliance.',
        correct: true,
        feedback: `Accurate. Each condition is necessary on its own, so a single failed condition rules the arrangement out. See *Three conditions* in ${L2}.`,
      },
      {
        id: 'minority',
        text: 'A minority shareholding between the partners rules an alliance out, since shares change hands.',
        correct: false,
        feedback: `Not accurate. A small stake leaves the partner independent; the question is whether the partners keep their independence and a shared say, not whether shares move. See *What the test rules out* in ${L2}.`,
      },
      {
        id: 'subsidiary',
        text: 'A foreign subsidiary with its own local managers can count as its parent’s alliance partner.',
        correct: false,
        feedback: `Not accurate. The parent directs its subsidiary, so only one firm is involved and there is no independent partner. See *What the test rules out* in ${L2}.`,
      },
      {
        id: 'benefits-enough',
        text: 'Sharing benefits satisfies the second condition, even if one partner takes all the decisions.',
        correct: false,
        feedback: `Not accurate. The second condition has two halves, shared benefits and shared control; one partner deciding alone fails it. See *Why the second condition is the hard one* in ${L2}.`,
      },
    ],
    explanation: `The three conditions are necessary (failing any one disqualifies) and sufficient (meeting all three qualifies, whatever the name or form). A jointly owned company and a small minority stake both leave the partners independent, so they can pass; a foreign subsidiary cannot, because there is no second independent firm. The second condition asks for shared control as well as shared benefits. See *Three conditions* and *What the test rules out* in ${L2}.`,
  },
  {
    type: 'matching',
    id: 'final-definition-storage-clauses',
    prompt:
      'Solvenna Energy, a Portuguese solar developer, and Kurobane Power Electronics, a Japanese inverter maker, have drafted a seven-year alliance to build a controller for grid batteries. Match each clause of the draft to the Yoshino–Rangan condition it gives evidence for. A response may be used more than once or not at all.',
    objectives: ['definition.conditions.apply'],
    points: 2,
    policy: 'per-part',
    tags: ['final', 'definition'],
    premises: [
      {
        id: 'owners',
        text: 'Both firms remain separately owned, each with its own board and shareholders.',
        match: 'independence',
      },
      {
        id: 'steering',
        text: 'A steering group with equal seats for the two firms approves the yearly plan and budget.',
        match: 'shared',
      },
      {
        id: 'income',
        text: 'Income from the controller is divided 55/45 under a formula both firms have signed.',
        match: 'shared',
      },
      {
        id: 'engineers',
        text: 'Each firm assigns ten engineers to the project in every year of the term.',
        match: 'contribution',
      },
      {
        id: 'law',
        text: 'The draft is governed by Portuguese law, with disputes heard in Lisbon.',
        match: 'none',
      },
    ],
    responses: [
      { id: 'independence', text: 'Independence' },
      { id: 'shared', text: 'Shared benefits and control' },
      { id: 'contribution', text: 'Continuing contribution' },
      { id: 'none', text: 'None of the three conditions' },
    ],
    explanation: `Read each clause for what it proves. Separate ownership and boards show that both firms stay independent (condition 1). The steering group with equal seats is shared control, and the signed income formula is shared benefits (condition 2); a split need not be 50/50 to be shared. Ten engineers from each side in every year is continuing contribution in a key area (condition 3). The choice of law and court is ordinary contract drafting and bears on none of the conditions. See *Three conditions* in ${L2}.`,
  },
  {
    type: 'choice',
    id: 'final-definition-implant-reply',
    prompt:
      'Glenmaddy Orthopedics, an Irish maker of knee implants, signs a two-year agreement with Lathor Additive, a 3D-printing specialist. Engineers from both firms will design a printed implant surface together, the patents will be owned jointly, and the new implant is the centerpiece of Glenmaddy’s plan to enter the US market. Lathor is paid partly per prototype. A manager dismisses the deal as “just a supplier contract”. Which reply is best?',
    objectives: ['definition.concept.distinguish'],
    points: 1,
    tags: ['final', 'definition'],
    options: [
      {
        id: 'strategic',
        text: 'It is strategic: it shapes where Glenmaddy can compete and involves joint design with shared results.',
        fraction: 1,
        feedback: `Right. Both questions from the lesson point the same way: ending it would change Glenmaddy’s prospects in the US, and the firms design together and share the patents. See *Strategic cooperation versus ordinary business* in ${L1}.`,
      },
      {
        id: 'short',
        text: 'It is a transaction: a two-year term is too short for cooperation between firms to count as strategic.',
        fraction: 0,
        feedback: `Duration is not the test in either direction; what matters is the link to the firm’s long-term position and the joint work. See *Strategic cooperation versus ordinary business* in ${L1}.`,
      },
      {
        id: 'per-prototype',
        text: 'It is a transaction: paying Lathor per prototype turns the deal into a purchase of printing services.',
        fraction: 0,
        feedback: `How one partner is paid does not decide the matter. Joint design and jointly owned patents are not features of a purchase. See *Strategic cooperation versus ordinary business* in ${L1}.`,
      },
      {
        id: 'written',
        text: 'It is strategic: a written agreement between two independent firms is enough to make it so.',
        fraction: 0,
        feedback: `The right verdict for the wrong reason. A written contract alone does not make cooperation strategic, as the lesson’s circuit-board purchase shows. See *Worked example: Hallberg Instruments* in ${L1}.`,
      },
    ],
    explanation: `Ask the two questions. Would ending the arrangement change what Glenmaddy can do or where it can compete? Yes: the implant is central to its entry into the US. Is there joint work with shared results over time? Yes: joint design and jointly owned patents. That makes it strategic cooperation, whatever the payment terms. A short term does not make it a transaction, and a written contract alone would not make it strategic. See *Strategic cooperation versus ordinary business* in ${L1}.`,
  },
];

/** The final assessment’s own cases for this module. */
export const cases: CaseDefinitionInput[] = [
  {
    id: 'case-final-definition-kessling',
    title: 'Kessling Pumpen and Dravia Controls',
    tags: ['final', 'definition', 'part-1'],
    stimulus: `Kessling Pumpen GmbH, an industrial pump maker in Kassel, Germany, with 2024 revenue of €520 million, has worked with Dravia Controls d.o.o., a Slovenian maker of motor-control electronics, since 2019. Kessling’s new head of strategy, Miriam Oduya, is preparing a board paper on whether, and since when, Kessling has had an alliance with Dravia. Dravia has had 10 million shares throughout.

- **2019–2020.** Kessling bought standard motor drives from Dravia on one-year purchase orders, each time after comparing quotes from four makers. Dravia won on price both years.
- **2021.** The firms signed an eight-year agreement to co-develop a smart pump controller. Twelve engineers from each firm work in a joint team in Ljubljana, a steering committee with two members from each firm approves budgets and milestones, and income from the controller is split 60/40 in Kessling’s favor. Both firms remained independently owned.
- **2023.** To signal its commitment, Kessling bought 12% of Dravia for €9 million and took one of the seven seats on Dravia’s board. The joint team and the steering committee carried on unchanged.
- **2025.** Kessling bought a further 4.4 million Dravia shares from its founders and now appoints five of the seven board members, including Dravia’s new chief executive. Dravia keeps its name and its own accounts, and Kessling’s press release speaks of “deepening our strategic partnership”.

Miriam’s notes also record that Dravia’s revenue grew from €48 million in 2019 to €95 million in 2024, and that Dravia won a Slovenian innovation award in 2022.`,
    items: [
      {
        type: 'categorize',
        id: 'final-definition-kessling-phases',
        prompt: 'Classify the relationship between Kessling and Dravia in each period.',
        objectives: ['definition.conditions.apply', 'definition.concept.distinguish'],
        points: 2,
        policy: 'per-part',
        tags: ['final', 'definition'],
        buckets: [
          { id: 'transaction', label: 'Ordinary market transaction' },
          { id: 'alliance', label: 'Strategic alliance' },
          { id: 'acquisition', label: 'Acquisition' },
        ],
        cards: [
          {
            id: 'orders',
            text: '2019–2020: yearly purchase orders for standard drives',
            bucket: 'transaction',
          },
          {
            id: 'codev',
            text: '2021–2022: the co-development agreement',
            bucket: 'alliance',
          },
          {
            id: 'stake',
            text: '2023–2024: co-development plus Kessling’s 12% stake',
            bucket: 'alliance',
          },
          {
            id: 'control',
            text: 'From 2025: after the further share purchase',
            bucket: 'acquisition',
          },
        ],
        explanation: `Take the periods in turn. In 2019–2020 Dravia was chosen on price from four bidders for standard parts, with nothing developed or shared: a transaction. From 2021 the firms are independent, share control through the 2 + 2 committee and share income 60/40, and both keep contributing engineers, so all three conditions hold. The 12% stake in 2023 leaves Dravia independent and changes nothing in the joint work, so the alliance continues. In 2025 Kessling gains a majority of the shares and of the board, so Dravia loses its independence and the relationship becomes an acquisition. See *Three conditions* in ${L2} and *Strategic cooperation versus ordinary business* in ${L1}.`,
      },
      {
        type: 'numeric',
        id: 'final-definition-kessling-stake',
        prompt:
          'What percentage of Dravia’s shares does Kessling hold after the 2025 purchase? Give the answer in percent, rounded to the nearest whole number.',
        objectives: ['definition.exclusions.explain'],
        points: 2,
        tags: ['final', 'definition'],
        units: { accepted: [{ unit: '%', multiplier: 1 }], required: false },
        answers: [
          {
            value: 56,
            tolerance: 0.5,
            feedback:
              'Right: 12% of 10 million is 1.2 million shares; adding 4.4 million gives 5.6 million, or 56%.',
          },
          {
            value: 44,
            tolerance: 0.5,
            fraction: 0,
            feedback:
              'That is only the 2025 purchase. Kessling already held 1.2 million shares from 2023.',
          },
          {
            value: 16,
            tolerance: 0.5,
            fraction: 0,
            feedback:
              'You added 4.4 to 12 as if both were percentages. 4.4 million of 10 million shares is 44%.',
          },
        ],
        explanation: `Convert everything to shares. The 2023 stake: 12% × 10 million = 1.2 million shares. The 2025 purchase: 4.4 million shares. Total: 5.6 million of 10 million = 56%. A majority stake, together with the right to appoint five of seven directors and the chief executive, gives Kessling control, which is why the relationship now fails the first condition. See *What the test rules out* in ${L2}.`,
      },
      {
        type: 'choice',
        id: 'final-definition-kessling-2023',
        prompt:
          'A board member asks why the relationship still counted as an alliance after Kessling bought its 12% stake in 2023. Which answer is best?',
        objectives: ['definition.conditions.apply'],
        points: 1,
        tags: ['final', 'definition'],
        options: [
          {
            id: 'independent',
            text: 'The 12% stake and one seat left Dravia independent, and the committee still shared control.',
            fraction: 1,
            feedback: `Right. Owning shares in a partner is compatible with an alliance so long as the partner keeps its independence and decisions stay joint; here both held. See *What the test rules out* in ${L2}.`,
          },
          {
            id: 'price',
            text: 'Kessling paid a fair price of €9 million, so the stake did not change the nature of the relationship.',
            fraction: 0,
            feedback: `The price paid bears on none of the three conditions; a fairly priced stake can still give control if it is large enough. See *Three conditions* in ${L2}.`,
          },
          {
            id: 'split',
            text: 'The 60/40 income split still favored Kessling, which showed that the benefits were still being shared.',
            fraction: 0,
            feedback: `The split shows that benefits are shared, but it does not answer the question the stake raises, which is whether Dravia stayed independent. See *Three conditions* in ${L2}.`,
          },
          {
            id: 'award',
            text: 'Dravia’s 2022 innovation award showed that it was still contributing valuable technology of its own.',
            fraction: 0,
            feedback: `The award is irrelevant to the test. Continuing contribution is shown by the engineers in the joint team, and the stake raises a different question: independence. See *Three conditions* in ${L2}.`,
          },
        ],
        explanation: `The question is whether the stake ended Dravia’s independence or shared control. It did not: 12% and one seat of seven leave Dravia’s owners in charge, and the 2 + 2 steering committee kept running the joint work. A small minority stake is one of the borderline cases that can still be an alliance. The price, the income split and the award do not address independence. See *What the test rules out* in ${L2}.`,
      },
      {
        type: 'multiple-response',
        id: 'final-definition-kessling-evidence',
        prompt:
          'Which facts from the case show that the relationship no longer passes Yoshino and Rangan’s test from 2025? Select all that apply.',
        objectives: ['definition.exclusions.explain', 'definition.conditions.apply'],
        points: 2,
        policy: 'right-minus-wrong',
        tags: ['final', 'definition'],
        options: [
          {
            id: 'majority',
            text: 'Kessling now holds 5.6 million of Dravia’s 10 million shares.',
            correct: true,
            feedback: `Yes. A majority of the shares gives Kessling control, which ends Dravia’s independence. See *What the test rules out* in ${L2}.`,
          },
          {
            id: 'board',
            text: 'Kessling appoints five of the seven directors and Dravia’s chief executive.',
            correct: true,
            feedback: `Yes. Control of the board and of the top job means Kessling decides; control is no longer shared. See *What the test rules out* in ${L2}.`,
          },
          {
            id: 'name',
            text: 'Dravia keeps its own name and publishes its own set of accounts.',
            correct: false,
            feedback: `No. A separate name and accounts do not show independence; what counts is who controls the firm. This fact neither saves the alliance nor shows that it has ended. See *What the test rules out* in ${L2}.`,
          },
          {
            id: 'press',
            text: 'Kessling’s press release describes the deal as deepening a partnership.',
            correct: false,
            feedback: `No. What the firms call the deal is beside the point; only the test counts. See *Three conditions* in ${L2}.`,
          },
          {
            id: 'revenue',
            text: 'Dravia’s revenue roughly doubled between 2019 and 2024, to €95 million.',
            correct: false,
            feedback: `No. Dravia’s growth says nothing about independence, shared control or contribution. See *Three conditions* in ${L2}.`,
          },
          {
            id: 'team',
            text: 'The joint team of engineers in Ljubljana is still working on the controller.',
            correct: false,
            feedback: `No. Ongoing joint work supports the third condition, but it cannot rescue an arrangement that has failed the first. See *Three conditions* in ${L2}.`,
          },
        ],
        explanation: `Only facts about ownership and control show the change: a majority of the shares and the right to appoint most of the board and the chief executive. Together they end Dravia’s independence (condition 1) and with it shared control (condition 2), which makes the 2025 deal an acquisition. The separate name and accounts and the press-release wording are misleading; the revenue growth and the joint team’s work do not touch the first condition. See *What the test rules out* in ${L2}.`,
      },
      {
        type: 'inline-choice',
        id: 'final-definition-kessling-elements',
        prompt:
          'Complete Miriam’s check of the 2021 agreement against the working definition of a strategic alliance.',
        objectives: ['definition.concept.explain'],
        points: 2,
        tags: ['final', 'definition'],
        text: 'Kessling and Dravia qualify as partners because their resources are {{route}}: pumps on one side, control electronics on the other. They are bound by {{bond}}. Designing the controller together serves the purpose of {{purpose}}, and the eight-year term shows that each firm has its {{horizon}} in view.',
        gaps: [
          {
            id: 'route',
            options: [
              { id: 'complementary', text: 'complementary' },
              { id: 'comparable', text: 'of comparable scale' },
              { id: 'identical', text: 'identical' },
            ],
            answer: 'complementary',
            feedback:
              'Different strengths that fit together are complementary resources; the firms differ greatly in size, so comparable strength is not the route here.',
          },
          {
            id: 'bond',
            options: [
              { id: 'agreement', text: 'an eight-year co-development agreement' },
              { id: 'stake', text: 'Kessling’s shareholding in Dravia' },
              { id: 'orders', text: 'yearly purchase orders' },
            ],
            answer: 'agreement',
            feedback:
              'In 2021 the bond is the co-development agreement; the stake came only in 2023, and purchase orders belong to the earlier transactions.',
          },
          {
            id: 'purpose',
            options: [
              { id: 'develop', text: 'developing products together' },
              { id: 'markets', text: 'sharing markets' },
              { id: 'prices', text: 'coordinating prices' },
            ],
            answer: 'develop',
            feedback:
              'Co-developing a controller is joint development; price coordination is not among the purposes of the definition.',
          },
          {
            id: 'horizon',
            options: [
              { id: 'long-term', text: 'long-term business goals' },
              { id: 'next-order', text: 'next purchase order' },
              { id: 'share-price', text: 'current share price' },
            ],
            answer: 'long-term',
            feedback:
              'The horizon element asks partners to act with the whole market and their long-term goals in view.',
          },
        ],
        explanation: `Check the four elements for 2021. Partners: a pump maker and a maker of control electronics bring complementary resources, and Dravia’s much smaller size does not matter. Bond: the eight-year co-development agreement (the stake came later). Purpose: joint development of a product. Horizon: a long commitment aimed at a new product line, not a single order. See *The working definition* in ${L1}.`,
      },
    ],
  },
];
