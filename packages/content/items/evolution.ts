import type { CaseDefinitionInput, ItemDefinitionInput } from '@alliance/quiz-engine';

const L1 = 'From cartels to product alliances';
const L2 = 'Knowledge alliances';

export const items: ItemDefinitionInput[] = [
  {
    type: 'ordering',
    id: 'evolution-eras-order',
    prompt:
      'Put these developments in the order in which they shaped alliances between firms, earliest first.',
    objectives: ['evolution.eras.order'],
    points: 2,
    grading: 'relative-next-include-last',
    tags: ['evolution'],
    items: [
      {
        id: 'price',
        text: 'Makers of nearly identical goods compete mainly on price and form cartels to fix it.',
      },
      {
        id: 'buyers',
        text: "Supply overtakes demand: customers can choose, risks rise, and single firms' resources fall short.",
      },
      {
        id: 'product',
        text: 'Firms pool complementary resources and share risk in product alliances.',
      },
      {
        id: 'knowledge',
        text: 'Knowledge replaces capital as the scarcest factor of production.',
      },
      {
        id: 'virtual',
        text: 'Firms form virtual enterprises and dynamic alliances to exchange and create knowledge.',
      },
    ],
    explanation: `Follow the three eras and, inside each, cause before effect. Traditional era: nearly identical goods made price the only battleground, so firms formed cartels (late nineteenth century). Modern era: after World War II buyer's markets and rising risk left single firms short of resources (the cause), so they formed product alliances (the effect). Emerging era: the knowledge economy made knowledge the scarcest factor (the cause), and knowledge alliances such as virtual enterprises and dynamic alliances followed (the effect). See the timeline in *The idea* in ${L1}.`,
    hints: [
      'Recall the three eras of alliance evolution and the market conditions behind each.',
      'Some items describe a market condition, others the alliances that answered it. A condition must come before the response it caused.',
    ],
  },
  {
    type: 'choice',
    id: 'evolution-proposal-logic',
    prompt:
      'In 2024 two regional cement producers, Aldane Cement and Korvik Baustoffe, propose a "Market Stability Partnership": each will supply only customers in its own half of the region, and both will publish the same delivered price per ton. Neither contributes technology, capacity, or sales channels. Judged by its logic, what kind of alliance is this?',
    objectives: ['evolution.price-vs-product.distinguish'],
    tags: ['evolution'],
    options: [
      {
        id: 'price',
        text: 'A price alliance of the traditional kind, which competition law would forbid',
        fraction: 1,
        feedback: `Right. The partners contribute only their freedom to set prices and to serve customers; customers pay the same or more and get nothing new, and competition between them disappears. That is the cartel logic. See *Telling the two apart* in *The idea* in ${L1}.`,
      },
      {
        id: 'product',
        text: 'A product alliance, because the partners share the risk of a volatile market',
        feedback: `Not quite. A product alliance pools complementary resources to make, develop, or sell something. Here nothing is pooled except pricing and territory, and "stability" for the sellers means higher prices for buyers. See the comparison in *The idea* in ${L1}.`,
      },
      {
        id: 'knowledge',
        text: 'A knowledge alliance, because the partners exchange market information',
        feedback: `No. A knowledge alliance aims to transfer and create know-how that makes each partner more capable. Agreeing on prices and territories creates no new capability. See *The idea* in ${L2}.`,
      },
      {
        id: 'horizontal',
        text: 'A horizontal alliance between competitors, and therefore lawful',
        feedback: `Horizontal describes where the partners sit in the value chain, not whether the alliance is lawful. Many horizontal product alliances are lawful; dividing customers and fixing prices is not. See *Telling the two apart* in ${L1}.`,
      },
    ],
    explanation: `Ask the three questions from *The idea* in ${L1}. What do the partners contribute? Only pricing and territory. What do customers get? The same cement at a price they can no longer bargain over. What happens to competition? It disappears between the two. All three answers point to a price alliance, the logic of the traditional era, which most countries now ban.`,
    hints: [
      'Judge the proposal by what it does, not by its name. What do the two firms actually put into it?',
      'Ask what cement buyers would gain from the deal, and whether Aldane and Korvik would still fight for the same customers afterward.',
    ],
  },
  {
    type: 'matching',
    id: 'evolution-era-drivers',
    prompt: 'Match each era of alliance evolution to the market condition that gave rise to it.',
    objectives: ['evolution.eras.order'],
    points: 2,
    policy: 'per-part',
    tags: ['evolution'],
    premises: [
      { id: 'traditional', text: 'Traditional alliances', match: 'price' },
      { id: 'modern', text: 'Modern alliances', match: 'buyer' },
      { id: 'emerging', text: 'Emerging alliances', match: 'know' },
    ],
    responses: [
      { id: 'price', text: 'Products barely differ, so firms compete mainly on price' },
      {
        id: 'buyer',
        text: "A buyer's market, fast technical change, and rising risk leave single firms short of resources",
      },
      { id: 'know', text: 'Knowledge replaces capital as the most important and scarcest factor' },
      { id: 'law', text: 'Competition law forbids every kind of cooperation between competitors' },
      { id: 'merger', text: 'A wave of mergers leaves few independent firms to ally with' },
    ],
    explanation: `Each era answers a different market condition. Nearly identical goods made price the battleground, so firms fixed prices (traditional). Buyer's markets and rising risk after World War II left firms short of resources, so they pooled them in product alliances (modern). The knowledge economy made know-how the scarcest factor, so firms ally for knowledge (emerging). Competition law banned price alliances, not cooperation in general, and mergers are not alliances at all. See the timeline in *The idea* in ${L1} and *Why knowledge becomes the reason to ally* in ${L2}.`,
    hints: [
      'Each era grew out of a different problem in the market. Recall what firms were short of, or competing on, in each period.',
      'Think about how different the products were, which side of the market held the upper hand, and which factor of production was scarcest.',
    ],
  },
  {
    type: 'categorize',
    id: 'evolution-classify-arrangements',
    prompt: 'Sort each arrangement by the logic it follows.',
    objectives: ['evolution.price-vs-product.distinguish', 'evolution.knowledge-forms.classify'],
    points: 3,
    policy: 'per-part',
    tags: ['evolution'],
    buckets: [
      { id: 'price', label: 'Price alliance' },
      { id: 'product', label: 'Product alliance' },
      { id: 'knowledge', label: 'Knowledge alliance' },
    ],
    cards: [
      {
        id: 'quota',
        text: 'Five salt producers agree annual output quotas to keep the price up.',
        bucket: 'price',
      },
      {
        id: 'territory',
        text: "Two bus operators agree not to run services in each other's towns.",
        bucket: 'price',
      },
      {
        id: 'engine',
        text: 'Two carmakers split the cost of developing an engine that each fits in its own models.',
        bucket: 'product',
      },
      {
        id: 'channel',
        text: "A toolmaker sells a partner's complementary products through its dealers at home, and the partner does the same for it abroad.",
        bucket: 'product',
      },
      {
        id: 'lab',
        text: "A drug developer and a university spin-off run a joint lab to learn each other's screening methods and discover new compounds.",
        bucket: 'knowledge',
      },
      {
        id: 'virtual',
        text: 'Four specialist firms bid for one airport baggage system as a single contractor and disband after handover.',
        bucket: 'knowledge',
      },
    ],
    explanation: `Ask what the partners pool. Quotas and market division pool only pricing freedom: price alliances. A shared engine and swapped sales channels pool complementary resources and risk around products: product alliances. The joint lab exists to transfer and create knowledge, and the one-off bidding network is a virtual enterprise, a form of knowledge alliance built on each member's competence. See *Telling the two apart* in ${L1} and *Two forms* in ${L2}.`,
    hints: [
      'For each arrangement, ask what each partner gives up or brings, and whether customers end up with anything new.',
      'Separate freedom over prices or territory from shared resources around a product, and both of those from arrangements built to learn or to combine competences.',
    ],
  },
  {
    type: 'multiple-response',
    id: 'evolution-law-why',
    prompt:
      'Why did most countries come to restrict price alliances while generally leaving product alliances alone? Select all that apply.',
    objectives: ['evolution.price-vs-product.distinguish'],
    points: 2,
    policy: 'right-minus-wrong',
    tags: ['evolution'],
    options: [
      {
        id: 'monopoly',
        text: 'Price alliances pursue monopoly profits without a merger.',
        correct: true,
        feedback: `Correct: fixing prices lets the members act like a single monopolist. See *Traditional alliances* in *The idea* in ${L1}.`,
      },
      {
        id: 'nothing-new',
        text: 'They raise what customers pay without offering them anything better.',
        correct: true,
        feedback: `Correct: a price alliance only redistributes money from customers to members, whereas a product alliance gives customers something new. See the comparison in ${L1}.`,
      },
      {
        id: 'fair',
        text: 'They break the principle of fair competition by suppressing rivalry among the members.',
        correct: true,
        feedback: `Correct: this is the reason the thesis gives for the legal restrictions. See *Traditional alliances* in ${L1}.`,
      },
      {
        id: 'size',
        text: 'They usually join firms of very different sizes.',
        correct: false,
        feedback: `No: the size of the members is not what makes a cartel harmful; cartels of equals are the classic case. See *The idea* in ${L1}.`,
      },
      {
        id: 'contract',
        text: 'They are contractual rather than equity arrangements.',
        correct: false,
        feedback: `No: the form does not decide. Many lawful product alliances are purely contractual. What matters is what the alliance does to customers and competition. See *Telling the two apart* in ${L1}.`,
      },
      {
        id: 'rivals',
        text: 'Any cooperation between competitors is illegal in itself.',
        correct: false,
        feedback: `No: product alliances between competitors, such as two carmakers sharing an engine, are generally lawful. The law targets cooperation that suppresses competition. See the comparison in ${L1}.`,
      },
    ],
    explanation: `Price alliances aim at monopoly profit, charge customers more for the same goods, and suppress competition among their members, which is why the law restricts them. Size, contractual form, and the mere fact that partners compete do not decide legality: product alliances between competitors are generally lawful because they create value and sharpen competition against other rivals. See *Traditional alliances* and the comparison table in *The idea* in ${L1}.`,
    hints: [
      'Think about how a price alliance affects buyers and the rivalry among its members, and what the members hope to earn.',
      'Keep only reasons that explain why price fixing in particular is harmful. Would the reason also condemn a lawful product alliance between competitors?',
    ],
  },
  {
    type: 'choice',
    id: 'evolution-semi-internalized',
    prompt:
      'Halvorsen Seafoods wants the fish-health know-how of Skjold Aqua Research. The know-how lives in the experience of a 12-person team and cannot be written into a license, and buying Skjold would cost NOK 400 million. Halvorsen proposes instead a three-year program in which teams from both firms run trial farms together, each firm remaining independent. Which phrase best describes how knowledge moves in this arrangement?',
    objectives: ['evolution.knowledge-alliances.explain'],
    tags: ['evolution'],
    options: [
      {
        id: 'semi',
        text: 'Semi-internalized exchange: close, lasting joint work lets tacit know-how flow while both firms stay independent',
        fraction: 1,
        feedback: `Right. Working side by side for three years moves experience-based know-how almost as inside one firm, without Halvorsen having to own Skjold. See *Three ways to get knowledge* in *The idea* in ${L2}.`,
      },
      {
        id: 'market',
        text: 'A market transaction: Halvorsen buys the know-how as it would buy a license',
        feedback: `No. The case says the know-how cannot be written into a license; tacit knowledge moves badly through market purchases. See *Three ways to get knowledge* in ${L2}.`,
      },
      {
        id: 'internal',
        text: 'Full internalization: Halvorsen brings the knowledge under its own ownership',
        feedback: `No. Internalization would mean building the capability in-house or buying Skjold for NOK 400 million, which is exactly the route Halvorsen avoids. See *Three ways to get knowledge* in ${L2}.`,
      },
      {
        id: 'product',
        text: 'A product alliance: the firms share the cost of making a product',
        feedback: `No. No shared product line is involved; the program exists so that Halvorsen learns, which makes it a knowledge alliance. See *The idea* in ${L2}.`,
      },
    ],
    explanation: `Identify the kind of knowledge first: experience held by a team is tacit, so a license cannot carry it. Then compare routes: buying the firm (internalization) is costly, so Halvorsen chooses joint work over time, in which knowledge flows in a semi-internalized way while both firms remain independent. See *Three ways to get knowledge* in *The idea* in ${L2}.`,
    hints: [
      'Start with the kind of knowledge involved: can it be written down, or does it live in people?',
      'Recall the three routes to knowledge in the lesson. Which route does Halvorsen avoid by not buying Skjold, and which can the know-how not travel through?',
    ],
  },
  {
    type: 'inline-choice',
    id: 'evolution-knowledge-inline',
    prompt: 'Complete the explanation of why firms form knowledge alliances.',
    objectives: ['evolution.knowledge-alliances.explain'],
    points: 2,
    tags: ['evolution'],
    text: "In the knowledge economy, {{factor}} replaces capital as the scarcest factor of production. Know-how that lives in people's experience is {{kind}}, so it travels badly through {{route}}. A knowledge alliance exchanges it in a {{state}} way, without either partner having to {{own}} the other.",
    gaps: [
      {
        id: 'factor',
        options: [
          { id: 'knowledge', text: 'knowledge' },
          { id: 'labor', text: 'labor' },
          { id: 'land', text: 'land' },
        ],
        answer: 'knowledge',
        feedback:
          'The thesis says knowledge has replaced capital as the most important and scarcest factor.',
      },
      {
        id: 'kind',
        options: [
          { id: 'tacit', text: 'tacit' },
          { id: 'codified', text: 'codified' },
          { id: 'public', text: 'public' },
        ],
        answer: 'tacit',
        feedback:
          'Knowledge held in experience and routines is tacit; codified knowledge is what can be written down.',
      },
      {
        id: 'route',
        options: [
          { id: 'license', text: 'a license or purchase' },
          { id: 'joint', text: 'joint work over time' },
          { id: 'rotation', text: 'rotating staff between firms' },
        ],
        answer: 'license',
        feedback:
          'Tacit know-how cannot be fully written into a contract, so market purchases carry it badly.',
      },
      {
        id: 'state',
        options: [
          { id: 'semi', text: 'semi-internalized' },
          { id: 'full', text: 'fully internalized' },
          { id: 'arms', text: "arm's-length" },
        ],
        answer: 'semi',
        feedback: 'The thesis calls alliance-based knowledge exchange semi-internalized.',
      },
      {
        id: 'own',
        options: [
          { id: 'acquire', text: 'acquire' },
          { id: 'compete', text: 'compete with' },
          { id: 'supply', text: 'supply' },
        ],
        answer: 'acquire',
        feedback:
          'The alliance avoids the cost of acquiring the partner; both firms stay independent.',
      },
    ],
    explanation: `Knowledge has replaced capital as the scarcest factor. Much of it is tacit, living in people's experience, so it moves badly through licenses and purchases and moves well through joint work. An alliance lets it flow in a semi-internalized way, close to how it moves inside one firm, without the partners having to acquire each other. See *Why knowledge becomes the reason to ally* and *Three ways to get knowledge* in *The idea* in ${L2}.`,
    hints: [
      'Recall what changed in the knowledge economy and why some know-how is hard to buy.',
      'Ask whether know-how held in experience can be written into a document. For the last two gaps, recall where an alliance sits among the three routes to knowledge that the lesson compares.',
    ],
  },
  {
    type: 'choice',
    id: 'evolution-virtual-or-dynamic',
    prompt:
      'In 2025 the city of Graz tenders the design and installation of a district-heating control system. A pump maker, a sensor maker, a software house, an engineering consultancy, and an installer bid jointly under a consortium agreement, presenting one project director to the city and sharing one planning system. They agree to dissolve the arrangement when the system is handed over in 2027. What form of alliance is this?',
    objectives: ['evolution.knowledge-forms.classify'],
    tags: ['evolution'],
    options: [
      {
        id: 'virtual',
        text: 'A virtual enterprise',
        fraction: 1,
        feedback: `Right. Independent firms, each bringing its own competence, act toward the customer as one company for one opportunity and plan to dissolve afterward. See *Two forms* in *The idea* in ${L2}.`,
      },
      {
        id: 'dynamic',
        text: 'A dynamic alliance',
        feedback: `Not quite. A dynamic alliance is a standing network whose members and teams keep being reconfigured from project to project. This network exists for a single tender and ends at handover. See *Two forms* in ${L2}.`,
      },
      {
        id: 'product',
        text: 'A product alliance',
        feedback: `No. A product alliance pools resources around a product line and expects to run for years. This network is organized around the members' competences for one opportunity, the mark of a knowledge-era form. See *Two forms* in ${L2}.`,
      },
      {
        id: 'jv',
        text: 'An equity joint venture',
        feedback: `No. Nothing in the case mentions a jointly owned company or shares changing hands; the firms are bound by a consortium agreement with a planned end. See *Two forms* in ${L2}.`,
      },
    ],
    explanation: `Look for three signs: several independent firms each contributing a competence, a single face to the customer, and a planned end tied to one opportunity. All three are present, so this is a virtual enterprise. A dynamic alliance would be a lasting network that forms new teams for new projects. See *Two forms: virtual enterprises and dynamic alliances* in ${L2}.`,
    hints: [
      'Recall the two forms of knowledge alliance from the lesson and how each is set up.',
      'Reread what the consortium is formed for, how it faces the city, and what is planned for 2027. Then compare that with how long each form is meant to last.',
    ],
  },
  {
    type: 'short-text',
    id: 'evolution-name-form',
    prompt:
      'Riverside Design Network is a standing group of 14 small design and engineering firms. Each year some members leave and others join, and for each client project a different team of three or four members is put together. Which form of knowledge alliance is this? Answer in two words.',
    objectives: ['evolution.knowledge-forms.classify'],
    tags: ['evolution'],
    patterns: [
      {
        pattern: 'dynamic allianc*',
        feedback: 'Yes: a lasting network whose membership and teams keep being reconfigured.',
      },
      { pattern: 'a dynamic allianc*', feedback: 'Yes: a dynamic alliance.' },
      { pattern: 'dynamic', feedback: 'Yes: a dynamic alliance.' },
      {
        pattern: 'virtual*',
        fraction: 0,
        feedback:
          'Not here: a virtual enterprise is built around one opportunity and dissolves afterward, while this network lasts and keeps reconfiguring.',
      },
      {
        pattern: 'product allianc*',
        fraction: 0,
        feedback:
          'No: the network is organized around competences and changing projects, not a product line.',
      },
    ],
    explanation: `The network is standing (it lasts from year to year), its membership changes, and each project gets a different team. Continuous reconfiguration of a lasting network is the mark of a dynamic alliance; a virtual enterprise would be assembled for one opportunity and then dissolve. See *Two forms* in *The idea* in ${L2}.`,
    hints: [
      'Recall the two forms of knowledge alliance and what distinguishes them.',
      'Notice that the group outlives any single project and that its members and teams keep changing. Which of the two forms has that shape?',
    ],
  },
  {
    type: 'multiple-response',
    id: 'evolution-tacit-signs',
    prompt:
      "Pelgrim Instruments, a maker of laboratory scales, wants a partner's expertise in micro-sensors. It is deciding between licensing the partner's technology and forming a knowledge alliance. Which facts point toward a knowledge alliance? Select all that apply.",
    objectives: ['evolution.knowledge-alliances.explain'],
    points: 2,
    policy: 'right-minus-wrong',
    tags: ['evolution'],
    options: [
      {
        id: 'experience',
        text: "The know-how lies mainly in the experience and routines of the partner's engineers.",
        correct: true,
        feedback: `Correct: tacit know-how moves through joint work, not through a license. See *Three ways to get knowledge* in ${L2}.`,
      },
      {
        id: 'create',
        text: 'Pelgrim wants to develop new sensor capabilities together with the partner, not just use a finished technology.',
        correct: true,
        feedback: `Correct: creating new knowledge together is a main aim of a knowledge alliance. See *Why knowledge becomes the reason to ally* in ${L2}.`,
      },
      {
        id: 'acquire',
        text: 'Acquiring the partner would cost far more than the knowledge Pelgrim needs.',
        correct: true,
        feedback: `Correct: this rules out internalization by acquisition and favors the semi-internalized route. See *Three ways to get knowledge* in ${L2}.`,
      },
      {
        id: 'patent',
        text: 'The technology is fully described in a patent that the partner is willing to license.',
        correct: false,
        feedback: `No: codified knowledge travels well through the market, so this fact favors the license. See the comparison in ${L2}.`,
      },
      {
        id: 'once',
        text: 'Pelgrim needs one standard sensor design, delivered once, within three months.',
        correct: false,
        feedback: `No: a one-off, well-specified deliverable is what market purchases do well; a knowledge alliance is a lasting relationship. See the comparison in ${L2}.`,
      },
    ],
    explanation: `A knowledge alliance pays off when the knowledge is tacit, when the aim is to create new capability together, and when owning the partner would cost too much. Codified knowledge and one-off, well-specified needs are better served by the market. See *Three ways to get knowledge* and the comparison in *The idea* in ${L2}.`,
    hints: [
      'Ask which facts favor learning through close, lasting joint work over buying a license.',
      'Sort the facts by whether the know-how can be written down, whether Pelgrim wants to use it or to create with it, and whether buying the partner outright would be worth it.',
    ],
  },
];

export const cases: CaseDefinitionInput[] = [
  {
    id: 'case-evolution-kessler',
    title: 'Kessler Kabelwerke: 120 years of alliances',
    tags: ['evolution'],
    stimulus: `Kessler Kabelwerke, founded in Duisburg in 1884, makes power cable. Its history runs through all three eras of alliance evolution.

In 1903 Kessler joined the Lower Rhine Cable Convention with six other cable makers. Their cables were nearly interchangeable, and price wars had pushed two members close to bankruptcy. The convention set a minimum price per kilometer and gave each member a fixed share of annual sales. It was dissolved in 1958, when West Germany's new competition law came into force.

By the mid-1970s the utilities that buy high-voltage cable could choose among many suppliers and were demanding cables that would last longer under heavier loads. In 1976 Kessler and Vandermeer Kunststoffen, a Dutch polymer maker, agreed to develop cross-linked polyethylene (XLPE) insulation together. Vandermeer brought polymer chemistry; Kessler brought cable design and its customer relationships. Each firm would sell the resulting products in its own markets.

In 2021 Kessler formed OffshoreLink with three partners: Nordsø Marine, a Danish operator of cable-laying ships; Fjellstad Subsea, a Norwegian subsea-engineering firm; and Sensiq, a Berlin start-up in fiber-optic sensing. Under a consortium agreement they bid as a single contractor, with one project office and a shared data platform, for the €310 million grid connection of a North Sea wind farm, and won. Engineers from all four firms are jointly designing a temperature-monitoring system built into the cable, which none of them could have designed alone. The consortium agreement ends when the connection is commissioned in 2025.

In 2023, at a trade fair, the sales director of Rheinkabel, Kessler's main domestic rival, suggested that the two firms "keep the market orderly": in a large utility's coming onshore cable tenders, neither would bid below €210 per meter.`,
    figures: [
      {
        caption: "Kessler's alliances at a glance",
        columns: ['Year', 'Arrangement', 'Partners', 'Money at stake'],
        rows: [
          [1903, 'Lower Rhine Cable Convention', 'Six other cable makers', 'Minimum price per km'],
          [
            1976,
            'XLPE insulation project',
            'Vandermeer Kunststoffen',
            'Development budget DM 56 m',
          ],
          [
            2021,
            'OffshoreLink consortium',
            'Nordsø Marine, Fjellstad Subsea, Sensiq',
            'Contract €310 m',
          ],
          [2023, 'Rheinkabel proposal', 'Rheinkabel', 'Floor bid €210 per m'],
        ],
      },
      {
        caption: 'XLPE development, 1976 (DM million)',
        columns: ['Route', 'Total development budget', "Kessler's share of the cost"],
        rows: [
          ['Kessler alone', 48, '100%'],
          ['Alliance with Vandermeer', 56, '45%'],
        ],
      },
    ],
    items: [
      {
        type: 'choice',
        id: 'evolution-kessler-convention',
        prompt:
          'What kind of alliance was the Lower Rhine Cable Convention, and why did it end in 1958?',
        objectives: ['evolution.price-vs-product.distinguish', 'evolution.eras.order'],
        tags: ['evolution', 'case'],
        options: [
          {
            id: 'price-law',
            text: 'A traditional price alliance: with nearly identical cables, the members fixed prices and shares; postwar competition law ended it',
            fraction: 1,
            feedback: `Right. Interchangeable products, a minimum price, and sales quotas are the cartel pattern of the traditional era, and the law that ended it is the kind of restriction the thesis describes. See *Traditional alliances* in *The idea* in ${L1}.`,
          },
          {
            id: 'product',
            text: 'A product alliance: the members shared the risk of the cable business',
            feedback: `No. The members pooled no technology, capacity, or channels; they agreed on prices and sales shares. See *Telling the two apart* in ${L1}.`,
          },
          {
            id: 'price-market',
            text: "A price alliance that ended because the buyer's market made it unnecessary",
            fraction: 0.25,
            feedback: `Half right. It was a price alliance, but the case says it was dissolved when the new competition law came into force, not because the members no longer wanted it. See *Traditional alliances* in ${L1}.`,
          },
          {
            id: 'knowledge',
            text: 'A knowledge alliance: the members shared know-how about making cable',
            feedback: `No. Nothing in the case shows know-how being transferred or created; the convention governed prices and quantities. See *The idea* in ${L2}.`,
          },
        ],
        explanation: `Read the evidence: nearly interchangeable products, a minimum price, fixed shares of sales. That is a price alliance, the typical form of the traditional era. Because such agreements pursue monopoly profit and suppress competition, most countries came to restrict them, and in this case West Germany's 1958 law ended it. See *Traditional alliances* in *The idea* in ${L1}.`,
        hints: [
          'The question has two parts: what kind of alliance it was, and why it ended. Check both halves of each option against the case.',
          "Reread the 1903 paragraph: what did the convention set, and how similar were the members' cables? Then note exactly what happened in 1958.",
        ],
      },
      {
        type: 'numeric',
        id: 'evolution-kessler-saving',
        prompt:
          "Using the 1976 figures, by how much did the alliance reduce Kessler's own development outlay compared with developing XLPE insulation alone? Answer in DM million, to one decimal place.",
        objectives: ['evolution.price-vs-product.distinguish'],
        points: 2,
        tags: ['evolution', 'case'],
        answers: [
          {
            value: 22.8,
            tolerance: 0.1,
            feedback: 'Right: 48 − 0.45 × 56 = 48 − 25.2 = 22.8 DM million.',
          },
          {
            value: 25.2,
            tolerance: 0.1,
            fraction: 0,
            feedback:
              "That is Kessler's share of the alliance budget (0.45 × 56), not the saving. Subtract it from the 48 million Kessler would have spent alone.",
          },
          {
            value: 8,
            tolerance: 0.1,
            fraction: 0,
            feedback:
              "That is the difference between the two total budgets. The question asks about Kessler's own outlay: 48 alone against 45% of 56 in the alliance.",
          },
        ],
        explanation: `Alone, Kessler would have paid the whole DM 48 million. In the alliance the budget is larger (DM 56 million, because coordinating two firms costs something), but Kessler pays only 45% of it: 0.45 × 56 = DM 25.2 million. The saving is 48 − 25.2 = DM 22.8 million, and Vandermeer carries the rest of the risk. Sharing cost and risk is the core logic of the product alliance. See *Modern alliances* in *The idea* and the worked example in ${L1}.`,
        hints: [
          "The question is about Kessler's own outlay, not the size of the project. Compare what Kessler alone would pay with what it pays as a partner.",
          "Use the 1976 table: work out what Kessler's 45% of the joint budget comes to in DM, then take that away from the cost of going alone.",
        ],
      },
      {
        type: 'choice',
        id: 'evolution-kessler-offshorelink',
        prompt: 'Which form of alliance is OffshoreLink?',
        objectives: ['evolution.knowledge-forms.classify'],
        tags: ['evolution', 'case'],
        options: [
          {
            id: 'virtual',
            text: 'A virtual enterprise',
            fraction: 1,
            feedback: `Right. Four independent specialists act toward the customer as one contractor for one project and will dissolve at commissioning. See *Two forms* in *The idea* in ${L2}.`,
          },
          {
            id: 'dynamic',
            text: 'A dynamic alliance',
            feedback: `No. A dynamic alliance is a standing network that keeps forming new teams; OffshoreLink was built for one contract and ends in 2025. See *Two forms* in ${L2}.`,
          },
          {
            id: 'product',
            text: 'A product alliance like the 1976 XLPE project',
            feedback: `No. OffshoreLink is organized around four different competences for one opportunity and centers on creating new knowledge (the monitoring system), not on a shared product line. See *Two forms* in ${L2}.`,
          },
          {
            id: 'price',
            text: 'A price alliance, because the partners submitted a single bid',
            feedback: `No. The partners do not compete for this work separately; combining complementary competences into one offer creates something none could supply alone, which is the opposite of fixing prices. See *Telling the two apart* in ${L1}.`,
          },
        ],
        explanation: `Check the signs of a virtual enterprise: independent firms each bringing a core competence (cable, ships, subsea engineering, sensing), one face to the customer (a single contractor with one project office), and a planned end tied to one opportunity (commissioning in 2025). All are present. See *Two forms: virtual enterprises and dynamic alliances* in ${L2}.`,
        hints: [
          'Recall the signs of the two knowledge-alliance forms and how each differs from a product alliance.',
          'Reread the 2021 paragraph: how the four firms face the customer, what they came together for, and when the agreement ends.',
        ],
      },
      {
        type: 'multiple-response',
        id: 'evolution-kessler-knowledge-evidence',
        prompt:
          'Which facts in the case mark OffshoreLink as an emerging-era knowledge alliance rather than a product alliance like the 1976 project? Select all that apply.',
        objectives: ['evolution.knowledge-alliances.explain'],
        points: 2,
        policy: 'right-minus-wrong',
        tags: ['evolution', 'case'],
        options: [
          {
            id: 'codesign',
            text: 'Engineers from four firms are jointly designing a system none of them could have designed alone.',
            correct: true,
            feedback: `Correct: creating new knowledge together is the main aim of a knowledge alliance. See *Why knowledge becomes the reason to ally* in ${L2}.`,
          },
          {
            id: 'competences',
            text: 'Each partner contributes a distinct specialist competence to one project.',
            correct: true,
            feedback: `Correct: the network is organized around competences, as virtual enterprises are. See *Two forms* in ${L2}.`,
          },
          {
            id: 'end',
            text: 'The arrangement has a planned end when the project is commissioned.',
            correct: true,
            feedback: `Correct: knowledge-era forms expect to change or end, unlike product alliances built to run a product line for years. See *Two forms* in ${L2}.`,
          },
          {
            id: 'risk',
            text: 'The partners share the cost and risk of the project.',
            correct: false,
            feedback: `Sharing cost and risk is true here, but it does not distinguish the eras: it is the defining logic of the product alliance too. See *Modern alliances* in ${L1}.`,
          },
          {
            id: 'size',
            text: 'The contract is worth far more than the 1976 development budget.',
            correct: false,
            feedback: `Size does not decide the era; a small joint lab can be a knowledge alliance and a huge joint plant a product alliance. See *The idea* in ${L2}.`,
          },
        ],
        explanation: `Look for what separates the eras, not what they share. Joint creation of new knowledge, a network built from distinct competences, and a planned end are marks of the emerging era. Sharing cost and risk is common to product and knowledge alliances, and the money at stake says nothing about the logic. See *The idea* in ${L2}.`,
        hints: [
          'A fact counts only if it is true of OffshoreLink but not typical of a product alliance. Features both kinds share do not help.',
          'Recall what a knowledge alliance mainly aims at, what its networks are built around, and how long it expects to run, then check each fact against those.',
        ],
      },
      {
        type: 'choice',
        id: 'evolution-kessler-rheinkabel',
        prompt: "How should Kessler's chief executive judge Rheinkabel's 2023 proposal?",
        objectives: ['evolution.price-vs-product.distinguish'],
        points: 2,
        tags: ['evolution', 'case'],
        options: [
          {
            id: 'refuse',
            text: 'As a return to the price-alliance logic: it would raise prices to the utility without offering anything new, it is unlawful, and Kessler should refuse',
            fraction: 1,
            feedback: `Right. An agreed floor on bids divides what the customer pays and suppresses competition, exactly like the 1903 convention; it is illegal, whatever it is called. See *Telling the two apart* in ${L1}.`,
          },
          {
            id: 'product',
            text: 'As a modern product alliance: both firms would share the risk of low tender prices',
            feedback: `No. The firms would pool no resources and offer the customer nothing new; "risk of low prices" is simply competition. See the comparison in *The idea* in ${L1}.`,
          },
          {
            id: 'independent',
            text: 'As acceptable, because both firms would remain independent, so it counts as a strategic alliance',
            feedback: `No. Staying independent is one condition of an alliance, but it does not make price fixing lawful or useful; the logic of the agreement decides. See *Telling the two apart* in ${L1}.`,
          },
          {
            id: 'knowledge',
            text: 'As a knowledge alliance, because the firms would exchange information about their bids',
            feedback: `No. Sharing bid prices creates no capability; it is coordination of prices. See *The idea* in ${L2}.`,
          },
        ],
        explanation: `Apply the three questions. The firms would contribute only their freedom to bid; the utility would pay more for the same cable; competition between the two would vanish. That is the traditional price-alliance logic, which competition law forbids, and the eras overlap precisely in that such proposals still appear and are still prosecuted. See *Telling the two apart* in *The idea* in ${L1}.`,
        hints: [
          "Compare the proposal with the arrangements earlier in Kessler's history. Which one does it most resemble, and what happened to that one?",
          'Ask what each firm would contribute, what the utility would pay, and whether the two rivals would still compete for the tenders.',
        ],
      },
      {
        type: 'matching',
        id: 'evolution-kessler-conditions',
        prompt: `Match each of Kessler Kabelwerke's arrangements to the market condition that best explains why it was formed.`,
        objectives: ['evolution.eras.order'],
        points: 2,
        policy: 'per-part',
        tags: ['evolution', 'case'],
        premises: [
          { id: 'convention', text: 'Lower Rhine Cable Convention (1903)', match: 'price' },
          { id: 'xlpe', text: 'XLPE project with Vandermeer (1976)', match: 'buyer' },
          { id: 'offshore', text: 'OffshoreLink (2021)', match: 'know' },
        ],
        responses: [
          { id: 'price', text: 'Nearly identical products, so competition mainly on price' },
          {
            id: 'buyer',
            text: 'Customers with many suppliers demand better products, and development is too risky for one firm',
          },
          { id: 'know', text: 'The work needs know-how spread across several specialist firms' },
          { id: 'law', text: 'Competition law requires firms to cooperate on large contracts' },
        ],
        explanation: `Each arrangement answers its era's condition. The convention responded to price wars among makers of interchangeable cable (traditional). The XLPE project responded to demanding customers in a buyer's market and to development risk (modern). OffshoreLink responded to a job whose know-how is spread across specialists (emerging). No law requires cooperation; competition law restricts price alliances. See the timeline in *The idea* in ${L1}.`,
        hints: [
          'Each arrangement answered the market conditions of its own era. Place each one in its era first.',
          'Use the year and the details of each paragraph: how alike were the products, how much choice did buyers have, and whose know-how did the work need?',
        ],
      },
    ],
  },
];
