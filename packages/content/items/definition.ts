import type { CaseDefinitionInput, ItemDefinitionInput } from '@alliance/quiz-engine';

const DEF = 'See *The idea* in Defining strategic alliances.';
const DEF_EX = 'See *Worked example: Hallberg Instruments* in Defining strategic alliances.';
const NOT = 'See *The idea* in What an alliance is not.';
const NOT_EX = 'See *Worked example: Marlow Brewing Group* in What an alliance is not.';

export const items: ItemDefinitionInput[] = [
  {
    type: 'matching',
    id: 'definition-announcement-elements',
    prompt:
      'On 4 May 2024 Orsolya Foods, a Hungarian maker of plant-based meals, and Kinnear Dairy, an Irish dairy group, announced a "strategic partnership". Match each sentence of their press release to the element of the working definition of a strategic alliance that it provides evidence for.',
    objectives: ['definition.concept.explain'],
    points: 2,
    policy: 'per-part',
    tags: ['definition'],
    explanation:
      "Read each sentence for what it tells you. Complementary assets (recipes on one side, a cold-chain network on the other) describe the partners. A signed ten-year framework agreement is the bond. Developing a range together and selling it in both firms' markets are the purposes (co-development and market sharing). A plan to lead a market by 2030 shows the long-term horizon. Nothing in the release suggests that one firm controls the other, and control by one firm would contradict the definition rather than support it. " +
      DEF,
    hints: [
      'Recall the four elements of the working definition: who the partners are, what ties them, what they aim at, and how far ahead they look.',
      'Ask of each sentence: does it describe what the firms bring, how they are tied, what they will do together, or how far ahead they plan? Not every response has to be used.',
    ],
    premises: [
      {
        id: 'recipes',
        text: '"Orsolya brings its plant-based recipes; Kinnear brings its cold-chain network across Ireland and the UK."',
        match: 'partners',
      },
      {
        id: 'signed',
        text: '"The ten-year framework agreement was signed today by both chief executives."',
        match: 'bond',
      },
      {
        id: 'together',
        text: '"Together we will develop a chilled range and sell it in both firms\' home markets."',
        match: 'purposes',
      },
      {
        id: 'plan',
        text: '"The partnership is central to both firms\' plan to lead European chilled foods by 2030."',
        match: 'horizon',
      },
    ],
    responses: [
      { id: 'partners', text: 'Partners of comparable strength or with complementary resources' },
      { id: 'bond', text: 'The firms are bound by agreements' },
      {
        id: 'purposes',
        text: 'Purposes: sharing markets, developing together, sharing resources',
      },
      { id: 'horizon', text: 'The whole market and long-term goals are in view' },
      { id: 'control', text: 'One firm directs the other' },
    ],
  },
  {
    type: 'multiple-response',
    id: 'definition-concept-statements',
    prompt:
      "A colleague is drafting the glossary entry on strategic alliances for your firm's strategy handbook. Which of her statements are accurate? Select all that apply.",
    objectives: ['definition.concept.explain'],
    points: 2,
    policy: 'right-minus-wrong',
    tags: ['definition'],
    explanation:
      'Three statements are accurate: the three English terms overlap; partners may qualify either by comparable strength or by complementary resources; and, according to the thesis, the concept was first proposed by J. Hopland of DEC with Roger Nigel. The concept is not fixed (it is treated as dynamic because alliances keep changing), the binding agreements may be plain contracts, and joint development is one of the purposes inside the definition, not a separate category. ' +
      DEF,
    hints: [
      'Reread how the lesson presents the concept itself: where it came from, what it is called in English, and whether scholars have settled its meaning.',
      'Check each statement against the working definition: how many ways does it allow firms to qualify as partners, what kinds of bond does it accept, and which purposes does it list?',
    ],
    options: [
      {
        id: 'terms',
        text: '"Strategic alliance", "strategic connection" and "strategic partnership" are overlapping terms for the same family of arrangements.',
        correct: true,
        feedback:
          'Correct. The English literature uses all three; the course treats them as synonyms. See *A concept still in motion* under *The idea* in Defining strategic alliances.',
      },
      {
        id: 'fixed',
        text: 'Scholars agree on one precise definition that has not changed since the concept was proposed.',
        correct: false,
        feedback:
          'Not accurate. There is still no single agreed meaning; because the content and forms of alliances keep changing, the concept is treated as dynamic. See *The idea* in Defining strategic alliances.',
      },
      {
        id: 'routes',
        text: 'Firms can qualify as partners because they are of comparable strength or because their resources complement each other.',
        correct: true,
        feedback:
          'Correct. The definition names both routes: similar strength (scale) or complementary resources. See *The working definition* in Defining strategic alliances.',
      },
      {
        id: 'shares',
        text: 'The agreements that bind the partners must include an exchange of shares.',
        correct: false,
        feedback:
          'Not accurate. The bond can be a plain contract; shareholdings and joint ventures are only some of the forms. See *The working definition* in Defining strategic alliances.',
      },
      {
        id: 'origin',
        text: 'According to the thesis, the concept was first proposed by J. Hopland, then president of DEC, together with the scholar Roger Nigel.',
        correct: true,
        feedback:
          'Correct, with the caveat the lesson gives: the thesis offers no date or publication, so this is an attribution rather than settled history. See *A concept still in motion* in Defining strategic alliances.',
      },
      {
        id: 'markets-only',
        text: 'An alliance exists to share markets; joint research and development is a separate kind of cooperation.',
        correct: false,
        feedback:
          'Not accurate. Developing products or technology together is one of the purposes named in the definition, alongside sharing markets and resources. See *The working definition* in Defining strategic alliances.',
      },
    ],
  },
  {
    type: 'inline-choice',
    id: 'definition-purposes-gaps',
    prompt: 'Complete the analysis of the Arkwright–Sendai agreement.',
    objectives: ['definition.concept.explain'],
    points: 2,
    tags: ['definition'],
    text: "When Arkwright Pharma and Sendai Biotech pool their laboratories to design a new vaccine, they are pursuing {{lab}}. When each firm sells the other's products through its own hospital sales force, they are {{sales}}. Arkwright has ten times Sendai's revenue, yet the pair still fits the definition, because their resources are {{fit}}.",
    explanation:
      "Pooling laboratories to design a product is joint development. Selling through each other's sales forces is market sharing. Size does not disqualify the pair, because the definition accepts partners of comparable strength or with complementary resources: a large firm with sales reach and a small firm with vaccine science complement each other. " +
      DEF,
    hints: [
      'Each gap asks for something from the working definition: one of the purposes it lists, or the reason two firms can qualify as partners.',
      'Ask what each activity yields: a new product, or reach into new customers. For the size question, recall the two ways the definition lets firms qualify as partners.',
    ],
    gaps: [
      {
        id: 'lab',
        options: [
          { id: 'develop', text: 'joint development' },
          { id: 'markets', text: 'market sharing' },
          { id: 'price', text: 'price coordination' },
        ],
        answer: 'develop',
        feedback:
          'Designing a product together is joint development; price coordination is not one of the purposes in the definition.',
      },
      {
        id: 'sales',
        options: [
          { id: 'markets', text: 'sharing markets' },
          { id: 'develop', text: 'developing technology together' },
          { id: 'merging', text: 'merging their sales operations' },
        ],
        answer: 'markets',
        feedback:
          "Using each other's sales forces gives each firm access to the other's markets; nothing is merged.",
      },
      {
        id: 'fit',
        options: [
          { id: 'complementary', text: 'complementary' },
          { id: 'identical', text: 'identical' },
          { id: 'controlled', text: 'controlled by the larger partner' },
        ],
        answer: 'complementary',
        feedback:
          'Complementary resources are enough; partners need not be of comparable strength, and control by one partner would contradict the definition.',
      },
    ],
  },
  {
    type: 'categorize',
    id: 'definition-strategic-or-routine',
    prompt:
      'Sort each arrangement: is it strategic cooperation, or an ordinary market transaction?',
    objectives: ['definition.concept.distinguish'],
    points: 2,
    policy: 'per-part',
    tags: ['definition'],
    explanation:
      'Apply the two questions from the lesson: would ending the arrangement change what the firm can do or where it competes, and does it involve joint work and shared results over time? The co-developed diagnostic software, the airline route and loyalty deal, and the shared process development all pass. The scanner tender, the monthly flour orders and the canteen contract fail both questions: the supplier is replaceable and no joint work is involved. A long or written contract (the canteen) is still a transaction. ' +
      DEF,
    hints: [
      'Think about what turns cooperation between firms into something strategic rather than everyday buying and selling, whatever the paperwork looks like.',
      'For each card, ask whether the other party could be swapped out easily, and whether the firms actually build something together and share the result.',
    ],
    buckets: [
      { id: 'strategic', label: 'Strategic cooperation' },
      { id: 'transaction', label: 'Ordinary market transaction' },
    ],
    cards: [
      {
        id: 'scanners',
        text: 'A hospital group buys 12 MRI scanners from the winner of a public tender.',
        bucket: 'transaction',
      },
      {
        id: 'software',
        text: 'A scanner maker and an AI firm spend five years co-developing diagnostic software and share the patents.',
        bucket: 'strategic',
      },
      {
        id: 'flour',
        text: 'A bakery chain orders flour each month from whichever mill quotes the lowest price.',
        bucket: 'transaction',
      },
      {
        id: 'airlines',
        text: 'Two regional airlines agree for eight years to coordinate routes and share lounges and a loyalty program.',
        bucket: 'strategic',
      },
      {
        id: 'canteen',
        text: 'A carmaker signs a two-year contract with a caterer to run its staff canteen.',
        bucket: 'transaction',
      },
      {
        id: 'process',
        text: 'A chip designer and a foundry jointly fund and develop a new manufacturing process.',
        bucket: 'strategic',
      },
    ],
  },
  {
    type: 'choice',
    id: 'definition-seven-year-logistics',
    prompt:
      "Pellworth Textiles signs a seven-year contract with a haulier to deliver its goods within Germany. The haulier can be replaced on three months' notice, three other hauliers offer similar prices, and the two firms do no joint planning beyond agreeing delivery slots. Is this a strategic alliance?",
    objectives: ['definition.concept.distinguish'],
    points: 1,
    tags: ['definition'],
    explanation:
      "Length is not the test. Ask whether ending the arrangement would change what Pellworth can do or where it competes (no: three other hauliers could step in at similar prices), and whether there is joint work with shared results (no: only delivery slots are agreed). It is an arm's-length transaction written down as a long contract. " +
      DEF,
    hints: [
      "Recall what makes cooperation strategic: it touches a firm's long-term position. Which facts in the prompt speak to that?",
      'Look closely at how easily the haulier could be replaced and at what the two firms actually do together beyond booking delivery slots.',
    ],
    options: [
      {
        id: 'transaction',
        text: 'No: it is an ordinary market transaction, because the haulier is easily replaced and nothing is developed or shared.',
        fraction: 1,
        feedback:
          "Right. Both tests fail: ending the contract would not change Pellworth's position, and there is no joint work. See *Strategic cooperation versus ordinary business* in Defining strategic alliances.",
      },
      {
        id: 'duration',
        text: 'Yes: a seven-year commitment is long-term, so the cooperation is strategic.',
        fraction: 0,
        feedback:
          "Duration alone does not make cooperation strategic. What matters is whether it touches Pellworth's long-term position and involves joint work. See *Strategic cooperation versus ordinary business* in Defining strategic alliances.",
      },
      {
        id: 'any-agreement',
        text: 'Yes: any binding agreement between two independent firms is a strategic alliance.',
        fraction: 0,
        feedback:
          'Being bound by an agreement is only one element of the definition. The purposes and the long-term horizon must also be present. See *The working definition* in Defining strategic alliances.',
      },
      {
        id: 'size',
        text: 'No: the haulier is far smaller than Pellworth, so the firms are not of comparable strength.',
        fraction: 0,
        feedback:
          'Size is not the reason. Partners may qualify through complementary resources even when their sizes differ. See *The working definition* in Defining strategic alliances.',
      },
    ],
  },
  {
    type: 'choice',
    id: 'definition-conditions-stalled-partner',
    prompt:
      'In 2021 Fenmore Software (customer base) and Rask Analytics (forecasting algorithms) formed a "strategic partnership" to sell a joint planning tool. A joint committee with two members from each firm sets prices, and license revenue is split 50/50. Since early 2023 Rask has stopped improving its algorithms or sending staff to the project; it simply collects its share of the revenue. Both firms remain independently owned. Which of Yoshino and Rangan\'s conditions is no longer met?',
    objectives: ['definition.conditions.apply'],
    points: 2,
    tags: ['definition'],
    explanation:
      'Check the conditions one at a time. Independence: both firms remain independently owned, so condition 1 holds. Shared benefits and control: revenue is still split and the joint committee still sets prices, so condition 2 holds. Continuing contribution: Rask no longer contributes technology or people, so condition 3 fails, and because the conditions are each necessary, the arrangement no longer qualifies as an alliance. ' +
      NOT,
    hints: [
      "Go through Yoshino and Rangan's three conditions one by one and test each against the facts as they stand now, not as they were in 2021.",
      'Sort the facts into ownership, how benefits and decisions are divided, and what each firm still puts in. Then ask which of these the events of 2023 affected.',
    ],
    options: [
      {
        id: 'contribution',
        text: 'The third condition: each partner keeps contributing in a key strategic area.',
        fraction: 1,
        feedback:
          'Right. Rask has stopped contributing technology and people while still taking its share. See *Three conditions* in What an alliance is not.',
      },
      {
        id: 'independence',
        text: 'The first condition: the partners remain independent.',
        fraction: -0.25,
        feedback:
          'Both firms are still independently owned, so independence is intact. See *Three conditions* in What an alliance is not.',
      },
      {
        id: 'shared',
        text: 'The second condition: the partners share benefits and control.',
        fraction: -0.25,
        feedback:
          'Benefits are still split 50/50 and the joint committee still sets prices, so sharing continues. See *Three conditions* in What an alliance is not.',
      },
      {
        id: 'none',
        text: 'None: the contract is still valid, so the arrangement is still an alliance.',
        fraction: 0,
        feedback:
          'A valid contract is not enough. The conditions are each necessary, and one of them has failed. See *Three conditions* in What an alliance is not.',
      },
    ],
  },
  {
    type: 'multiple-response',
    id: 'definition-shared-control-evidence',
    prompt:
      'Darrow Chemicals and Itami Coatings are negotiating an alliance to develop low-emission paints. Which clauses in their draft agreement would show that the second condition, shared benefits and shared control, is met? Select all that apply.',
    objectives: ['definition.conditions.apply'],
    points: 2,
    policy: 'right-minus-wrong',
    tags: ['definition'],
    explanation:
      'The second condition is about dividing the results and jointly steering the work. The steering committee with equal seats (shared control) and the agreed profit split (shared benefits) provide that evidence. A veto for one CEO contradicts shared control. Separate boards and shareholders are evidence for condition 1 (independence), and engineers seconded for five years are evidence for condition 3 (continuing contribution): true of an alliance, but not what this question asks. ' +
      NOT,
    hints: [
      'The question targets only the second condition. Recall its two halves: who gets the gains, and who gets a say in decisions.',
      'Some clauses are true of a healthy alliance but prove a different condition. For each clause, ask which condition it evidences, and whether it gives both sides a say.',
    ],
    options: [
      {
        id: 'committee',
        text: 'A steering committee of four, two from each firm, approves the budget and the project milestones.',
        correct: true,
        feedback:
          'Yes. Equal seats on the body that steers the work is shared control. See *Why the second condition is the hard one* in What an alliance is not.',
      },
      {
        id: 'split',
        text: 'Profits from the new paints are split 55/45 according to a formula both firms have signed.',
        correct: true,
        feedback:
          'Yes. An agreed division of profits is shared benefits; the split need not be equal. See *Three conditions* in What an alliance is not.',
      },
      {
        id: 'veto',
        text: "Darrow's chief executive may overrule any decision of the joint committee.",
        correct: false,
        feedback:
          'No. A one-sided veto is the opposite of shared control. See *Why the second condition is the hard one* in What an alliance is not.',
      },
      {
        id: 'boards',
        text: 'Both firms keep their own boards and shareholders.',
        correct: false,
        feedback:
          'This is evidence for the first condition (independence), not for shared benefits and control. See *Three conditions* in What an alliance is not.',
      },
      {
        id: 'engineers',
        text: 'Each firm seconds eight engineers to the project for five years.',
        correct: false,
        feedback:
          'This is evidence for the third condition (continuing contribution), not the second. See *Three conditions* in What an alliance is not.',
      },
    ],
  },
  {
    type: 'matching',
    id: 'definition-exclusions-match',
    prompt:
      'Match each arrangement to the statement that correctly explains whether it is a strategic alliance.',
    objectives: ['definition.exclusions.explain'],
    points: 2,
    policy: 'per-part',
    tags: ['definition'],
    explanation:
      "A merger combines two firms into one, so no partner remains independent. An acquisition (a takeover included) puts the target under the buyer's control, so control is no longer shared. A wholly owned foreign subsidiary is part of one firm, so there is no second independent partner at all. A jointly owned company passes the test, because its parents remain independent and share its control. Shares changing hands never disqualifies an arrangement by itself, so the statement that alliances must be purely contractual is wrong. " +
      NOT,
    hints: [
      'Apply the three conditions to each arrangement. The deciding question is whether independent firms remain that share control.',
      'For each arrangement, ask how many independent firms are left once it is done, and whether control is shared or held by one owner. The borderline forms in the lesson may help.',
    ],
    premises: [
      {
        id: 'merger',
        text: 'Two regional banks combine into a single bank with one board.',
        match: 'one-firm',
      },
      {
        id: 'takeover',
        text: "A logistics group buys 85% of a rival over the objections of the rival's managers.",
        match: 'control',
      },
      {
        id: 'subsidiary',
        text: 'A Swedish furniture maker opens a wholly owned sales company in Chile.',
        match: 'no-partner',
      },
      {
        id: 'jv',
        text: 'Two chemical firms each own 50% of a new plastics company and share its board.',
        match: 'qualifies',
      },
    ],
    responses: [
      {
        id: 'one-firm',
        text: 'Not an alliance: the firms become one, so no partner stays independent.',
      },
      {
        id: 'control',
        text: 'Not an alliance: the target loses its independence and the buyer takes control.',
      },
      {
        id: 'no-partner',
        text: 'Not an alliance: the unit is controlled by its parent, so there is no independent partner.',
      },
      {
        id: 'qualifies',
        text: 'Can be an alliance: both owners stay independent and share control.',
      },
      {
        id: 'shares',
        text: 'Not an alliance: shares change hands, and alliances are purely contractual.',
      },
    ],
  },
  {
    type: 'choice',
    id: 'definition-majority-stake',
    prompt:
      'Halden Steel buys 70% of Vistula Metals and replaces three of Vistula\'s five board members. Vistula remains a separate company with its own name and accounts, and both firms\' press releases call the deal a "strategic alliance". How should an analyst classify it?',
    objectives: ['definition.exclusions.explain', 'definition.conditions.apply'],
    points: 1,
    tags: ['definition'],
    explanation:
      'Ask whether both firms remain independent and share control. With 70% of the shares and a board majority, Halden controls Vistula: independence (condition 1) is lost, and control is no longer shared (condition 2). A separate legal entity is not the same thing as an independent firm, and labels never decide. It is an acquisition. ' +
      NOT,
    hints: [
      'Run the deal through the three conditions, starting with the first. What does a stake of this size normally give the buyer?',
      "Reread the board figures: how many of Vistula's five seats does Halden now fill? Ask what that means for independence and for shared control.",
    ],
    options: [
      {
        id: 'acquisition',
        text: 'An acquisition, not an alliance: Vistula has lost its independence and Halden controls it.',
        fraction: 1,
        feedback:
          'Right. Control has passed to Halden, so the first two conditions fail. See *What the test rules out* in What an alliance is not.',
      },
      {
        id: 'label',
        text: 'A strategic alliance, because both firms describe it as one.',
        fraction: -0.25,
        feedback:
          'The label never decides; the three conditions do. See *Three conditions* in What an alliance is not.',
      },
      {
        id: 'entity',
        text: 'A strategic alliance, because Vistula is still a separate legal entity.',
        fraction: 0,
        feedback:
          'Separate accounts and a separate name do not mean independence; what matters is who controls the firm. See *What the test rules out* in What an alliance is not.',
      },
      {
        id: 'industry',
        text: 'Not an alliance, because firms in the same industry cannot form alliances.',
        fraction: 0,
        feedback:
          'Competitors can and often do form alliances (you will meet horizontal alliances in Module 2). The problem here is lost independence. See *What the test rules out* in What an alliance is not.',
      },
    ],
  },
  {
    type: 'short-text',
    id: 'definition-subsidiary-lacks',
    prompt:
      "A wholly owned foreign subsidiary fails the very first of Yoshino and Rangan's conditions. In one word, what must the partners keep after an alliance is formed that the subsidiary does not have?",
    objectives: ['definition.exclusions.explain'],
    points: 1,
    tags: ['definition'],
    explanation:
      'The first condition requires two or more firms to remain independent after the alliance is formed. A subsidiary is controlled by its parent, so it has no independence, and with only one firm involved there is nobody to share benefits and control with either. ' +
      NOT,
    hints: [
      'Recall the first of the three conditions: what must be true of each firm after an alliance is formed?',
      'Think about who makes the decisions for a wholly owned unit. The first condition asks each partner to keep something the subsidiary has given up to its parent.',
    ],
    patterns: [
      {
        pattern: '*independen*',
        feedback: 'Right: independence. The subsidiary is controlled by its parent.',
      },
      {
        pattern: '*autonom*',
        feedback: 'Right: autonomy, or independence, is what the first condition requires.',
      },
      {
        pattern: '*control*',
        fraction: 0.5,
        feedback:
          'Close: the subsidiary lacks a say in its own control, but the first condition is stated as independence. Shared control is the second condition.',
      },
    ],
  },
];

export const cases: CaseDefinitionInput[] = [
  {
    id: 'case-definition-nordvik',
    title: 'Nordvik Medical\'s five "partnerships"',
    tags: ['definition'],
    stimulus: `Nordvik Medical A/S, a hearing-aid maker based in Aarhus, Denmark, reported 2024 revenue of DKK 4.8 billion. Its new chief financial officer, Ingrid Sølvsten, wants the board to see how much the firm spends on "strategic partnerships", a phrase the annual report applies to five arrangements. She asks you to check which of them really are strategic alliances.

1. **Ashida Cells (Kobe, Japan), since 2021.** A six-year agreement to co-develop a rechargeable micro-battery. Forty engineers from both firms work in one joint team, and resulting patents are owned jointly. A steering committee with three members from each firm approves budgets and milestones. Both firms remain independently listed companies.
2. **Soundweave AG (Zurich), since March 2024.** Nordvik bought 100% of this hearing-app developer and now runs it as a division; its founders report to Nordvik's chief digital officer.
3. **Nordvik Brasil Ltda (São Paulo), since 2022.** A wholly owned company that imports and sells Nordvik's hearing aids in Brazil.
4. **ClearHear Clinics (Toronto), since 2023.** A five-year agreement with an independently owned chain of 120 audiology clinics. The partners jointly train audiologists, develop and sell a co-branded product line, and split its profit 50/50; a board with two members from each firm manages the line.
5. **Formex (Poznań, Poland), since 2018.** Formex supplies plastic casings under a one-year contract that Nordvik re-tenders every autumn; Formex has won on lowest price six years running. The casings are made to Nordvik's drawings, and several other molders could make them.

The table shows what Nordvik spent on each arrangement in 2024.`,
    figures: [
      {
        caption: "Nordvik Medical's 2024 spending on its five arrangements (DKK million)",
        columns: ['Arrangement', 'Partner or unit', 'Spending 2024 (DKK m)'],
        rows: [
          ['Battery co-development', 'Ashida Cells', 120],
          ['Acquisition and integration', 'Soundweave AG', 310],
          ['Sales company', 'Nordvik Brasil Ltda', 45],
          ['Co-branded product line', 'ClearHear Clinics', 60],
          ['Casing supply', 'Formex', 85],
          ['Total', '', 620],
        ],
      },
    ],
    items: [
      {
        type: 'categorize',
        id: 'definition-nordvik-sort',
        prompt:
          "Sort Nordvik's five arrangements: which are strategic alliances and which are not?",
        objectives: ['definition.conditions.apply'],
        points: 2,
        policy: 'per-part',
        tags: ['definition', 'case'],
        explanation:
          'Run each arrangement through the three conditions. Ashida and ClearHear pass all three: independent partners, shared benefits and control through joint boards, and continuing contributions of technology, people and channels. Soundweave has been acquired (condition 1 fails), Nordvik Brasil is a wholly owned subsidiary with no independent partner, and Formex is a yearly lowest-price tender with nothing shared and no strategic contribution (conditions 2 and 3 fail). ' +
          NOT_EX,
        hints: [
          "Test each of the five arrangements against all three of Yoshino and Rangan's conditions; failing any one of them is enough to rule it out.",
          'For each one, check who owns the other party, whether both sides steer the work and share the results, and whether the other side brings something strategic that could not simply be bought.',
        ],
        buckets: [
          { id: 'alliance', label: 'Strategic alliance' },
          { id: 'not', label: 'Not a strategic alliance' },
        ],
        cards: [
          { id: 'ashida', text: 'Ashida Cells battery co-development', bucket: 'alliance' },
          { id: 'soundweave', text: 'Soundweave AG', bucket: 'not' },
          { id: 'brasil', text: 'Nordvik Brasil Ltda', bucket: 'not' },
          { id: 'clearhear', text: 'ClearHear Clinics product line', bucket: 'alliance' },
          { id: 'formex', text: 'Formex casing supply', bucket: 'not' },
        ],
      },
      {
        type: 'choice',
        id: 'definition-nordvik-soundweave',
        prompt:
          'The annual report calls Soundweave a "technology partner". Which statement best explains why the Soundweave arrangement is not a strategic alliance?',
        objectives: ['definition.exclusions.explain'],
        points: 1,
        tags: ['definition', 'case'],
        explanation:
          'Nordvik owns 100% of Soundweave and its founders report to a Nordvik executive. Soundweave is no longer an independent firm (condition 1), so there is no partner with whom benefits and control could be shared. It is an acquisition. ' +
          NOT,
        hints: [
          "Set the annual report's wording aside and ask which of the three conditions the facts about Soundweave call into question first.",
          'Reread item 2 of the case: what did Nordvik do in March 2024, and to whom do the founders now report?',
        ],
        options: [
          {
            id: 'independence',
            text: 'Soundweave is no longer independent: Nordvik owns and controls it, so it is an acquisition.',
            fraction: 1,
            feedback:
              'Right. Acquisitions fail the first condition, and shared control falls with it. See *What the test rules out* in What an alliance is not.',
          },
          {
            id: 'new',
            text: 'The arrangement is too new: an alliance needs several years of continuing contribution first.',
            fraction: 0,
            feedback:
              'The third condition asks for ongoing contribution, not a minimum age; a brand-new arrangement can be an alliance. See *Three conditions* in What an alliance is not.',
          },
          {
            id: 'apps',
            text: 'Software is not a key strategic area, so the third condition fails.',
            fraction: 0,
            feedback:
              'Technology, software included, is exactly the kind of key strategic area the third condition names. The problem is ownership. See *Three conditions* in What an alliance is not.',
          },
          {
            id: 'foreign',
            text: 'Soundweave is in another country, so it counts as a foreign subsidiary rather than a partner.',
            fraction: 0,
            feedback:
              'Location is not the issue: a Swiss firm could be an alliance partner. Soundweave fails because Nordvik bought it. See *What the test rules out* in What an alliance is not.',
          },
        ],
      },
      {
        type: 'choice',
        id: 'definition-nordvik-formex',
        prompt:
          'Formex has supplied Nordvik for six years. Why is the Formex arrangement not strategic cooperation?',
        objectives: ['definition.concept.distinguish'],
        points: 1,
        tags: ['definition', 'case'],
        explanation:
          "Apply the two questions. Would ending it change what Nordvik can do? No: several other molders could make the casings to Nordvik's drawings. Is there joint work with shared results? No: Formex is chosen each year on price. Six renewals make the relationship long but not strategic. " +
          DEF_EX,
        hints: [
          'Go back to how the first lesson separates strategic cooperation from ordinary business, and apply that test to the casing deal.',
          'Reread item 5: how is Formex chosen each year, who designs the casings, and how many other firms could make them?',
        ],
        options: [
          {
            id: 'transaction',
            text: "It is an arm's-length transaction: the supplier is re-chosen on price every year, is easily replaced, and nothing is developed or shared.",
            fraction: 1,
            feedback:
              "Right. Like Hallberg's circuit-board contract, it is a purchase, however long it has run. See *Worked example: Hallberg Instruments* in Defining strategic alliances.",
          },
          {
            id: 'size',
            text: 'Formex is much smaller than Nordvik, so the firms are not of comparable strength.',
            fraction: 0,
            feedback:
              'Size is not the test; complementary resources would be enough. The problem is that nothing strategic is shared. See *The working definition* in Defining strategic alliances.',
          },
          {
            id: 'equity',
            text: 'No shares have changed hands, and an alliance needs an equity link.',
            fraction: 0,
            feedback:
              'Many alliances are purely contractual (the ClearHear line is one). The absence of shares is not the reason. See *The working definition* in Defining strategic alliances.',
          },
          {
            id: 'renewed',
            text: 'It is strategic cooperation, because six renewals show a long-term relationship.',
            fraction: -0.25,
            feedback:
              "Duration is not the test. Ask whether the arrangement touches Nordvik's long-term position and involves joint work. See *Strategic cooperation versus ordinary business* in Defining strategic alliances.",
          },
        ],
      },
      {
        type: 'multiple-response',
        id: 'definition-nordvik-ashida-evidence',
        prompt:
          "Which facts in the case show that the Ashida arrangement meets Yoshino and Rangan's conditions? Select all that apply.",
        objectives: ['definition.conditions.apply'],
        points: 2,
        policy: 'right-minus-wrong',
        tags: ['definition', 'case'],
        explanation:
          "Match facts to conditions. Both firms remain independently listed (condition 1). The steering committee with three members from each side and the jointly owned patents show shared control and shared benefits (condition 2). The joint team of forty engineers over a six-year agreement shows continuing contribution in technology (condition 3). Spending levels and the partner's nationality say nothing about the conditions. " +
          NOT,
        hints: [
          'Take the three conditions one at a time and look for facts in the Ashida description that speak to each of them.',
          'A fact counts only if it bears on independence, shared benefits and control, or continuing contribution. Ask of each option which condition it supports, if any.',
        ],
        options: [
          {
            id: 'listed',
            text: 'Both firms remain independently listed companies.',
            correct: true,
            feedback:
              'Yes: evidence for condition 1, independence. See *Three conditions* in What an alliance is not.',
          },
          {
            id: 'committee',
            text: 'A steering committee with three members from each firm approves budgets and milestones.',
            correct: true,
            feedback:
              'Yes: evidence for condition 2, shared control. See *Why the second condition is the hard one* in What an alliance is not.',
          },
          {
            id: 'patents',
            text: 'Resulting patents are owned jointly.',
            correct: true,
            feedback:
              'Yes: evidence for condition 2, shared benefits. See *Three conditions* in What an alliance is not.',
          },
          {
            id: 'team',
            text: 'Forty engineers from both firms work in one joint team under a six-year agreement.',
            correct: true,
            feedback:
              'Yes: evidence for condition 3, continuing contribution in technology. See *Three conditions* in What an alliance is not.',
          },
          {
            id: 'spend',
            text: 'Nordvik spent more on Ashida in 2024 than on Formex.',
            correct: false,
            feedback:
              'Spending levels do not bear on any condition; a costly purchase is still a purchase. See *Three conditions* in What an alliance is not.',
          },
          {
            id: 'japan',
            text: 'Ashida is based in another country.',
            correct: false,
            feedback:
              'Nationality is irrelevant to the test; partners can be domestic or foreign. See *Three conditions* in What an alliance is not.',
          },
        ],
      },
      {
        type: 'numeric',
        id: 'definition-nordvik-alliance-share',
        prompt:
          "What percentage of Nordvik's 2024 spending on the five arrangements went to arrangements that really are strategic alliances? Give the answer in percent, rounded to one decimal place.",
        objectives: ['definition.conditions.apply', 'definition.concept.distinguish'],
        points: 2,
        tags: ['definition', 'case'],
        units: { accepted: [{ unit: '%', multiplier: 1 }], required: false },
        explanation:
          'First classify: only Ashida (DKK 120 m) and ClearHear (DKK 60 m) are alliances. Their spending is 120 + 60 = 180. Divide by the total of 620: 180 / 620 = 0.2903, or 29.0%. Counting the Formex tender (265 / 620 = 42.7%) or the Soundweave acquisition (490 / 620 = 79.0%) as alliances is the usual slip. ' +
          NOT_EX,
        hints: [
          'This is a two-step task: first decide which of the five arrangements pass the three conditions, then turn to the spending table.',
          'Add the 2024 spending of only the arrangements that qualify, divide by the total for all five, and multiply by 100.',
        ],
        answers: [
          {
            value: 29.0,
            tolerance: 0.5,
            feedback: 'Right: (120 + 60) / 620 = 29.0%.',
          },
          {
            value: 42.7,
            tolerance: 0.5,
            fraction: 0,
            feedback:
              'You have counted the Formex casing tender as an alliance. It is an ordinary transaction, chosen on price every year.',
          },
          {
            value: 79.0,
            tolerance: 0.5,
            fraction: 0,
            feedback:
              'You have counted the Soundweave acquisition as an alliance. Nordvik owns it outright, so it fails the first condition.',
          },
        ],
      },
    ],
  },
];
