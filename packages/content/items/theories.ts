import type { CaseDefinitionInput, ItemDefinitionInput } from '@alliance/quiz-engine';

const LV = 'Value chain theory';
const LC = 'Capabilities and knowledge';
const LT = 'Transaction costs and co-opetition';

export const items: ItemDefinitionInput[] = [
  {
    type: 'choice',
    id: 'theories-value-system',
    prompt:
      "Brisa Foods, a Portuguese maker of frozen meals, is strong in recipe development and brand marketing but has no refrigerated distribution outside Portugal. It signs a ten-year agreement with Kolding Cold Chain, a Danish logistics firm, whose refrigerated network will carry Brisa's meals across Northern Europe, with the two firms planning deliveries jointly. In value chain terms, what has Brisa done?",
    objectives: ['theories.value-chain.explain'],
    tags: ['theories'],
    options: [
      {
        id: 'extend',
        text: 'Extended the effective range of its value chain by coordinating with a partner that is strong in a link where Brisa is weak',
        fraction: 1,
        feedback: `Right. Brisa keeps its strong links (recipes, brand) and borrows Kolding's strong one (cold-chain logistics) through a long-term, jointly planned agreement. See *Why alliances follow* in *The idea* in ${LV}.`,
      },
      {
        id: 'market',
        text: "Bought an activity at arm's length, as in any ordinary market transaction",
        feedback: `No. A ten-year agreement with joint planning goes beyond a normal market transaction; that is exactly how Porter separates alliances from market deals. See *Why alliances follow* in ${LV}.`,
      },
      {
        id: 'merge',
        text: "Merged its value chain with Kolding's into a single chain under one owner",
        feedback: `No. Nothing changes hands; both firms stay independent. Porter places alliances short of a merger. See *Why alliances follow* in ${LV}.`,
      },
      {
        id: 'drop-strong',
        text: 'Handed over the links in which it has a comparative advantage',
        feedback: `The reverse. Brisa hands over nothing it is good at; it contributes its strong links and borrows a partner's strength where it is weak. See *The firm as a chain of activities* in ${LV}.`,
      },
    ],
    explanation: `Map Brisa's chain: strong in design and marketing, weak in outbound logistics abroad. The agreement is long-term and jointly planned, so it is more than a market purchase, and no ownership changes, so it is less than a merger. By coordinating with Kolding's strongest link, Brisa competes with a chain longer than the one it owns: the alliance extends the effective range of its value chain. See *Why alliances follow* in *The idea* in ${LV}.`,
    hints: [
      "Map Brisa's value chain first: which links is it strong in, and which is it missing?",
      "Look at how long the deal runs, how the firms plan together, and whether ownership changes. Where does that place it, and what does it do for the reach of Brisa's chain?",
    ],
  },
  {
    type: 'multiple-response',
    id: 'theories-value-chain-claims',
    prompt:
      "Which of these statements belong to value chain theory's explanation of why firms ally? Select all that apply.",
    objectives: ['theories.value-chain.explain'],
    points: 2,
    policy: 'right-minus-wrong',
    tags: ['theories'],
    options: [
      {
        id: 'differences',
        text: "Competitive advantage comes from differences between firms' value chains: performing some links better or more cheaply than rivals.",
        correct: true,
        feedback: `Correct: this is the starting point of the theory. See *The firm as a chain of activities* in ${LV}.`,
      },
      {
        id: 'system',
        text: "A firm's value chain is embedded in a value system of supplier, channel, and buyer chains.",
        correct: true,
        feedback: `Correct: the value system is where vertical linkages, and vertical alliances, live. See *The value system and its linkages* in ${LV}.`,
      },
      {
        id: 'between',
        text: 'An alliance is a long-term agreement that goes beyond normal market transactions but stops short of a merger.',
        correct: true,
        feedback: `Correct: this is Porter's definition. See *Why alliances follow* in ${LV}.`,
      },
      {
        id: 'tc',
        text: 'Firms ally mainly because repeated contracting on the market is costly.',
        correct: false,
        feedback: `That is transaction cost theory, a different lens. See *Transaction cost theory* in ${LT}.`,
      },
      {
        id: 'kbv',
        text: 'Firms ally mainly to absorb tacit knowledge from their partners.',
        correct: false,
        feedback: `That is the knowledge-based view. See *The knowledge-based view* in ${LC}.`,
      },
      {
        id: 'every-link',
        text: "A good alliance joins every link of both partners' chains.",
        correct: false,
        feedback: `No. An alliance touches some links; each partner keeps others to itself, often the ones where it still competes. See *Mapping an alliance in four steps* in ${LV}.`,
      },
    ],
    explanation: `Value chain theory reasons from activities: advantage comes from differences between chains, chains sit in a value system, and alliances let firms share or coordinate links, which places them between market deals and mergers. Cost-of-dealing and knowledge arguments belong to other theories, and no alliance needs to cover every link. See *The idea* in ${LV}.`,
    hints: [
      'Recall where Porter says competitive advantage comes from, and how he places alliances relative to market deals and mergers.',
      'Some claims come from other lenses in this module. For each, ask whether it speaks of activities, chains and value systems, and whether Porter would really require it.',
    ],
  },
  {
    type: 'categorize',
    id: 'theories-map-links',
    prompt:
      "Map each alliance onto the partners' value chains: does it share the same links of two chains, or coordinate successive links in the value system?",
    objectives: ['theories.value-chain.map'],
    points: 3,
    policy: 'per-part',
    tags: ['theories'],
    buckets: [
      { id: 'same', label: 'Shares the same links (horizontal)' },
      { id: 'successive', label: 'Coordinates successive links (vertical)' },
    ],
    cards: [
      {
        id: 'bottling',
        text: 'Two brewers run one bottling plant for both their beers.',
        bucket: 'same',
      },
      {
        id: 'seats',
        text: "A carmaker and its seat supplier design next year's seats together.",
        bucket: 'successive',
      },
      {
        id: 'airlines',
        text: "Two airlines sell seats on each other's flights and share airport lounges.",
        bucket: 'same',
      },
      {
        id: 'retailer',
        text: 'A clothing brand and a department-store chain agree on five years of joint promotions and shared sales data.',
        bucket: 'successive',
      },
      {
        id: 'salesforce',
        text: 'Two drug makers pool their sales forces to call on the same doctors.',
        bucket: 'same',
      },
      {
        id: 'foundry',
        text: 'A chip designer and a chip foundry co-develop the manufacturing process for a new chip.',
        bucket: 'successive',
      },
    ],
    explanation: `For each alliance ask whose chain each partner's contribution comes from. Bottling, ticket sales and lounges, and sales forces are the same link in two similar chains: the partners share it, a horizontal alliance. Seats from a supplier, a retailer downstream of a brand, and a foundry upstream of a designer are successive stages of the value system joined across vertical linkages: vertical alliances. See *Why alliances follow* and *Mapping an alliance in four steps* in ${LV}.`,
    hints: [
      "For each alliance, ask whether the partners do the same job or whether one partner's output feeds the other's work.",
      'Working closely together does not tell you the direction. Look at what each partner does for a living and where it sits relative to the other in the value system.',
    ],
  },
  {
    type: 'inline-choice',
    id: 'theories-porter-inline',
    prompt: "Complete the summary of Porter's view of alliances.",
    objectives: ['theories.value-chain.explain', 'theories.value-chain.map'],
    points: 2,
    tags: ['theories'],
    text: 'Porter defines an alliance as a long-term agreement that goes beyond {{market}} but stops short of {{merger}}. When two firms share the same activity, such as a warehouse, the alliance is {{share}}. When a firm coordinates with a supplier across what Porter calls a {{link}}, the alliance is {{coordinate}}.',
    gaps: [
      {
        id: 'market',
        options: [
          { id: 'market', text: 'normal market transactions' },
          { id: 'jv', text: 'a joint venture' },
          { id: 'license', text: 'a technology license' },
        ],
        answer: 'market',
        feedback:
          "Alliances start where ordinary market deals end; licenses and joint ventures are themselves kinds of alliance in Porter's list.",
      },
      {
        id: 'merger',
        options: [
          { id: 'merger', text: 'a merger' },
          { id: 'supply', text: 'a supply agreement' },
          { id: 'cartel', text: 'a cartel' },
        ],
        answer: 'merger',
        feedback: 'An alliance stops short of a merger: the partners stay independent.',
      },
      {
        id: 'share',
        options: [
          { id: 'h', text: 'horizontal' },
          { id: 'v', text: 'vertical' },
        ],
        answer: 'h',
        feedback: 'Sharing the same link of two chains is horizontal.',
      },
      {
        id: 'link',
        options: [
          { id: 'vl', text: 'vertical linkage' },
          { id: 'margin', text: 'margin' },
          { id: 'support', text: 'support activity' },
        ],
        answer: 'vl',
        feedback:
          "Porter calls the connections between a firm's chain and its suppliers' or channels' chains vertical linkages.",
      },
      {
        id: 'coordinate',
        options: [
          { id: 'h', text: 'horizontal' },
          { id: 'v', text: 'vertical' },
        ],
        answer: 'v',
        feedback: 'Coordinating successive stages of the value system is vertical.',
      },
    ],
    explanation: `Porter places alliances between normal market transactions and mergers. Partners either share the same activity (horizontal) or coordinate successive activities across a vertical linkage with suppliers or channels (vertical). See *The value system and its linkages* and *Why alliances follow* in *The idea* in ${LV}.`,
    hints: [
      "Recall where Porter places alliances between two other ways of organizing, and the two ways partners can use each other's chains.",
      'For the first two gaps, think of the loosest and tightest ties between firms. For the rest, ask whether the partners do the same activity or successive ones.',
    ],
  },
  {
    type: 'choice',
    id: 'theories-olive-oil',
    prompt:
      'Almazara Ruiz and Oleícola Serrano, two Andalusian olive-oil producers that compete for the same Spanish supermarkets, agree in 2025 to run one bottling line and one export office in Rotterdam together, because neither ships enough to fill a container a week on its own. They keep separate groves, mills, and brands. Which description of the alliance is most accurate?',
    objectives: ['theories.value-chain.map'],
    points: 2,
    tags: ['theories'],
    options: [
      {
        id: 'horizontal-cost',
        text: 'Horizontal: it shares the same links (bottling, outbound logistics, export sales) and seeks lower cost through scale, while the firms still compete on brands',
        fraction: 1,
        feedback: `Right. Same links in two similar chains, shared to fill capacity, with groves, mills, and brands kept separate. See *Mapping an alliance in four steps* in ${LV}.`,
      },
      {
        id: 'vertical',
        text: 'Vertical: bottling follows milling, so the alliance coordinates successive stages',
        feedback: `No. Bottling does follow milling inside each firm's chain, but the alliance joins the same link of two chains, not one firm's chain with a supplier's or channel's. See *Why alliances follow* in ${LV}.`,
      },
      {
        id: 'horizontal-diff',
        text: 'Horizontal, seeking differentiation through a product the two develop together',
        fraction: 0.25,
        feedback: `Partly right: it is horizontal, but nothing new is developed. The motive is cost: neither fills a container alone. See step 3 of *Mapping an alliance in four steps* in ${LV}.`,
      },
      {
        id: 'not-alliance',
        text: 'Not an alliance at all, because the two firms are competitors',
        feedback: `No. Competitors often form horizontal alliances; what they must not do is fix prices. See *Why alliances follow* in ${LV} and *Telling the two apart* in From cartels to product alliances.`,
      },
    ],
    explanation: `Apply the four mapping steps. Links touched: bottling, shipping, and export sales in both chains, so the partners share the same links (horizontal). Advantage sought: lower cost, because volume is too small for either alone. What stays outside: groves, mills, and brands, where the firms keep competing. See *Mapping an alliance in four steps* in ${LV}.`,
    hints: [
      "Work through the lesson's mapping steps: which links does the alliance touch, and in whose chains?",
      'Ask whether the shared bottling line and export office connect matching activities of two similar firms or successive stages, and reread why the firms say they are doing it.',
    ],
  },
  {
    type: 'choice',
    id: 'theories-rbv-why',
    prompt:
      'Greystone Rail needs a signaling-approval team with twenty years of experience with European regulators. Only one firm, Valeur Signalisation, has such a team, and it is not for hire on the market. According to the resource-based view, why does this situation lead Greystone toward an alliance?',
    objectives: ['theories.capabilities.explain'],
    tags: ['theories'],
    options: [
      {
        id: 'immobile',
        text: "Because resources differ widely between firms and cannot move freely, so a firm that needs a partner's resource often cannot simply buy it",
        fraction: 1,
        feedback: `Right. An experienced team is a classic immobile resource; cooperating with its holder extends Greystone's resource base beyond its own boundaries. See *The resource-based view* in ${LC}.`,
      },
      {
        id: 'cheaper',
        text: 'Because an alliance is always cheaper than buying resources on the market',
        feedback: `No. The cost of dealing is transaction cost theory's argument, and here the resource is not for sale at all. See *The resource-based view* in ${LC}.`,
      },
      {
        id: 'identical',
        text: 'Because firms with identical resources must cooperate to avoid price wars',
        feedback: `No. That is the cartel logic of the traditional era; the resource-based view stresses that resources differ between firms. See *The resource-based view* in ${LC}.`,
      },
      {
        id: 'knowledge-only',
        text: "Because knowledge, not resources, is the only source of a firm's value",
        feedback: `No. That overstates the knowledge-based view, and it does not explain why an immobile team pushes Greystone toward a partner. See *The knowledge-based view* in ${LC}.`,
      },
    ],
    explanation: `The resource-based view rests on two facts: resources differ between firms, and they cannot flow freely between them. A seasoned approvals team cannot be bought or hired away, so the practical way to use it is to cooperate with the firm that holds it. See *The resource-based view* in *The idea* in ${LC}.`,
    hints: [
      'Recall the two facts about resources that the resource-based view builds its case on.',
      'Reread the prompt: the team is unique and cannot be hired. What does that say about whether such resources can be bought and moved between firms?',
    ],
  },
  {
    type: 'matching',
    id: 'theories-capability-match',
    prompt: "Match each manager's reason for allying to the capability argument it expresses.",
    objectives: ['theories.capabilities.explain', 'theories.capabilities.apply'],
    points: 2,
    policy: 'per-part',
    tags: ['theories'],
    premises: [
      {
        id: 'use',
        text: '"We need to use their licensed clean-room line. We have no wish to learn to run one ourselves."',
        match: 'rbv',
      },
      {
        id: 'combine',
        text: '"Our edge is how we combine optics, software, and mechanics. This partner makes us better at exactly that combination."',
        match: 'cc',
      },
      {
        id: 'learn',
        text: '"The goal is to learn how their engineers work and to invent something neither of us knows yet."',
        match: 'kbv',
      },
    ],
    responses: [
      { id: 'rbv', text: 'Resource-based view' },
      { id: 'cc', text: 'Core competence' },
      { id: 'kbv', text: 'Knowledge-based view' },
      { id: 'tc', text: 'Transaction cost theory' },
      { id: 'vc', text: 'Value chain theory' },
    ],
    explanation: `Ask what the firm wants from the partner. Using an asset it cannot buy, without learning to make it, is the resource-based view. Strengthening the hard-to-imitate way it combines skills and technologies is core competence. Learning and creating new know-how is the knowledge-based view. None of the statements is about the cost of dealing or about sharing activities. See *Which argument fits a case?* in *The idea* in ${LC}.`,
    hints: [
      'Ask what each manager wants from the partner. The capability arguments differ in the goal they put first.',
      'Distinguish three goals: learning and inventing with a partner, strengthening how a firm blends its own skills, and simply using an asset. Which theory centers on each?',
    ],
  },
  {
    type: 'short-text',
    id: 'theories-name-competence',
    prompt:
      'Capability theory holds that competition between final products is only the surface. Underneath, firms compete on "the knowledge accumulated in an organization, especially about how to coordinate different production skills and combine streams of technology". What is this called? Answer in two words.',
    objectives: ['theories.capabilities.explain'],
    tags: ['theories'],
    patterns: [
      { pattern: '*core competenc*', feedback: 'Yes: core competence.' },
      {
        pattern: '*core capabilit*',
        feedback:
          'Yes: the thesis also calls it core capability; the usual term is core competence.',
      },
      {
        pattern: '*competitive advantage*',
        fraction: 0,
        feedback:
          'Competitive advantage is the result; the accumulated know-how underneath it is core competence.',
      },
      {
        pattern: '*resource*',
        fraction: 0,
        feedback:
          'Resources are the broader category; the coordinating know-how described here is core competence.',
      },
    ],
    explanation: `The definition is Prahalad and Hamel's, quoted by the thesis: core competence, the accumulated knowledge of how to coordinate production skills and integrate technologies. Because it is unique and hard to imitate, firms build it partly by learning from partners. See *Core competence* in *The idea* in ${LC}.`,
    hints: [
      "This term sits beneath a firm's products in capability theory. Recall the definition box in the lesson on capabilities and knowledge.",
      "Think of Prahalad and Hamel's idea of what a firm is fundamentally good at, which alliances can help a firm build by learning from others.",
    ],
  },
  {
    type: 'choice',
    id: 'theories-capability-fit',
    prompt:
      "Vireo Games, a 120-person studio in Montreal, makes mobile games. It wants to learn to build games for virtual-reality headsets, a skill held by a 15-person team at Halden XR in Oslo. Halden will not license its engine tools, which are of little use without the team's experience anyway. Vireo proposes a two-year project in which both teams build one VR title together, each keeping what it learns. Which argument best explains why Vireo allies?",
    objectives: ['theories.capabilities.apply'],
    points: 2,
    tags: ['theories'],
    options: [
      {
        id: 'kbv',
        text: "The knowledge-based view: Vireo's main aim is to absorb tacit know-how and create new knowledge with Halden",
        fraction: 1,
        feedback: `Right. The skill lives in the team's experience, and the project exists so that Vireo learns it and both create something new. See *Which argument fits a case?* in ${LC}.`,
      },
      {
        id: 'rbv',
        text: 'The resource-based view: Vireo needs to use an asset it cannot buy',
        fraction: 0.25,
        feedback: `Partly. Halden's team is indeed an immobile resource, but Vireo does not just want to use it; it wants to learn the skill itself. The knowledge-based view fits best. See *Which argument fits a case?* in ${LC}.`,
      },
      {
        id: 'tc',
        text: 'Transaction cost theory: a stable partnership is cheaper than repeated contracting',
        feedback: `No. Nothing in the case is about repeated deals or their cost; the tools are not for sale at all. See *Transaction cost theory* in ${LT}.`,
      },
      {
        id: 'coop',
        text: 'Co-opetition: the two studios cooperate to create a market they will then divide',
        feedback: `No. The case does not present the studios as rivals growing a shared market; the aim is learning. See *Co-opetition* in ${LT}.`,
      },
    ],
    explanation: `Look at what Vireo wants from Halden: not an asset to use, not cheaper dealing, but a skill held as tacit experience, to be learned by building something together. That is the knowledge-based view's motive; the resource-based view explains why the skill cannot be bought but not why learning is the goal. See *Which argument fits a case?* in *The idea* in ${LC}.`,
    hints: [
      'Ask what Vireo mainly wants from Halden: to use something, to learn something, or to deal more cheaply?',
      "Note that Halden's tools are of little use without the team's experience, and that each studio keeps what it learns. Which argument makes that kind of gain the main goal?",
    ],
  },
  {
    type: 'numeric',
    id: 'theories-tc-estimate',
    prompt:
      'Marenco Foods buys custom printed packaging through annual tenders. Each year this costs €95,000 for search and tendering, €60,000 for negotiation, and €140,000 for quality checks, and there is a 25% chance each year of switching supplier, which costs €400,000 in trial runs. A five-year alliance with one printer would cost €250,000 once to set up plus €120,000 a year for joint coordination. On average, how much would the alliance save per year? Answer in thousands of euros, rounded to the nearest whole number.',
    objectives: ['theories.transaction-costs.apply'],
    points: 2,
    tags: ['theories'],
    answers: [
      {
        value: 225,
        tolerance: 1,
        feedback: 'Right: (95 + 60 + 140 + 0.25 × 400) − (250 / 5 + 120) = 395 − 170 = 225.',
      },
      {
        value: 125,
        tolerance: 1,
        fraction: 0,
        feedback:
          'You left out the expected cost of switching: 25% × €400,000 = €100,000 a year belongs to the market route.',
      },
      {
        value: 25,
        tolerance: 1,
        fraction: 0,
        feedback:
          "You charged the whole setup cost to one year. Spread it over the alliance's five years: €50,000 a year.",
      },
      {
        value: 525,
        tolerance: 1,
        fraction: 0,
        feedback:
          'You counted the full €400,000 switching cost every year. It happens with a 25% chance, so its expected yearly cost is €100,000.',
      },
    ],
    explanation: `Market route per year: 95 + 60 + 140 + 0.25 × 400 = €395 thousand. Alliance per year: the setup spread over five years, 250 / 5 = 50, plus 120 of coordination = €170 thousand. Saving: 395 − 170 = €225 thousand a year. See the worked example in ${LT}.`,
    hints: [
      'Compare the yearly cost of the two routes, and put every cost on a per-year basis before you compare.',
      'Weight the switching cost by its chance of happening, and spread the one-time setup across the five-year life of the deal. Then subtract the alliance total from the tender total.',
    ],
  },
  {
    type: 'multiple-response',
    id: 'theories-tc-conditions',
    prompt:
      'According to transaction cost reasoning, which of these make a stable alliance with a supplier more attractive than buying on the open market? Select all that apply.',
    objectives: ['theories.transaction-costs.apply'],
    points: 2,
    policy: 'right-minus-wrong',
    tags: ['theories'],
    options: [
      {
        id: 'frequent',
        text: 'The firm deals with the same supplier many times a year.',
        correct: true,
        feedback: `Correct: frequent dealings multiply the cost of each round of negotiating and monitoring, which a stable partnership saves. See *Transaction cost theory* in ${LT}.`,
      },
      {
        id: 'slow-contracts',
        text: 'Each new contract takes months of negotiation and legal work.',
        correct: true,
        feedback: `Correct: high contracting costs, and the risk of re-signing, are what an alliance cuts. See *Transaction cost theory* in ${LT}.`,
      },
      {
        id: 'specific',
        text: 'The supplier must invest in tooling that is useful only for this buyer.',
        correct: true,
        feedback: `Correct: assets specific to one relationship make market dealing risky, as the note on Williamson in ${LT} explains.`,
      },
      {
        id: 'specialization',
        text: 'Growing specialization means the firm buys more specialized inputs from more outside firms.',
        correct: true,
        feedback: `Correct: this is the thesis's explanation for the alliance boom from the late 1980s. See *Transaction cost theory* in ${LT}.`,
      },
      {
        id: 'commodity',
        text: 'The input is a standard commodity with many sellers and a posted price.',
        correct: false,
        feedback: `No: a standard commodity is cheap to buy on the market, so there is little transaction cost to save. See *Transaction cost theory* in ${LT}.`,
      },
      {
        id: 'fix',
        text: 'The firm wants to agree purchase prices with rival buyers.',
        correct: false,
        feedback: `No: that is price coordination, a cartel logic, and has nothing to do with saving the costs of dealing with a supplier. See *Telling the two apart* in From cartels to product alliances.`,
      },
    ],
    explanation: `Transaction costs rise with frequent, drawn-out, and relationship-specific dealings, and with the growing number of transactions that specialization brings. Those are the conditions in which a stable alliance saves money. A standard commodity with a posted price has low transaction costs, and colluding with rival buyers is not a transaction cost argument at all. See *Transaction cost theory* in *The idea* in ${LT}.`,
    hints: [
      'Transaction cost theory looks at the cost of finding, negotiating with and monitoring partners. Which conditions make those costs pile up?',
      'For each option, ask whether it would make dealing on the open market more costly or risky. Options that are not about the cost of dealing do not count.',
    ],
  },
  {
    type: 'choice',
    id: 'theories-tc-trend',
    prompt:
      'Between 1985 and 1995 Kendall Electronics went from making 70% of its components in-house to buying 65% of them from outside specialists, and its purchasing department grew from 40 to 150 people. By transaction cost reasoning, what does this trend suggest Kendall should do?',
    objectives: ['theories.transaction-costs.apply'],
    tags: ['theories'],
    options: [
      {
        id: 'alliances',
        text: 'Seek stable partnerships with key suppliers, because more transactions mean higher total transaction costs that alliances can save',
        fraction: 1,
        feedback: `Right. This is the mechanism the thesis uses to explain the alliance boom: specialization multiplied transactions and their costs. See *Transaction cost theory* in ${LT}.`,
      },
      {
        id: 'spot',
        text: 'Buy everything on the open market, since buying from specialists is always cheapest',
        feedback: `No. The growing purchasing department is the visible cost of dealing on the market; the theory asks whether a stable partnership would cut it. See *Transaction cost theory* in ${LT}.`,
      },
      {
        id: 'in-house',
        text: 'Bring all components back in-house, because markets always cost more than hierarchy',
        feedback: `No. The theory compares costs case by case; an alliance sits between market and hierarchy and often beats both for repeated, specialized dealings. See the note on Williamson in ${LT}.`,
      },
      {
        id: 'cartel',
        text: 'Agree component prices with rival buyers to keep costs down',
        feedback: `No. That is a price alliance, unlawful and unrelated to the cost of dealing. See *Telling the two apart* in From cartels to product alliances.`,
      },
    ],
    explanation: `Specialization raised the number of Kendall's transactions, and the cost of handling them (the purchasing department nearly quadrupled). Transaction cost theory predicts that firms in this position turn to stable partnerships that make repeated dealings cheaper, which is how the thesis explains the alliance boom from the late 1980s. See *Transaction cost theory* in *The idea* in ${LT}.`,
    hints: [
      'Think about what buying more from outside specialists does to the number of transactions a firm has to handle.',
      "Treat the purchasing department's growth from 40 to 150 people as evidence. What cost is it measuring, and what does the theory say reduces it?",
    ],
  },
  {
    type: 'choice',
    id: 'theories-coopetition-scooters',
    prompt:
      'Vento and Rapido, rival makers of electric scooters, jointly fund an awareness campaign and a shared network of charging docks in Lisbon, because few commuters consider scooters while charging points are scarce. Each still sells its own scooters at its own prices. Which concept best describes this?',
    objectives: ['theories.coopetition.recognize'],
    tags: ['theories'],
    options: [
      {
        id: 'coop',
        text: 'Co-opetition',
        fraction: 1,
        feedback: `Right. The rivals cooperate to create the market (docks, awareness) and compete to divide it (their own scooters and prices). See *Co-opetition* in ${LT}.`,
      },
      {
        id: 'price',
        text: 'A price alliance',
        feedback: `No. Each firm keeps its own prices; nothing is fixed or divided. See *Telling the two apart* in From cartels to product alliances.`,
      },
      {
        id: 'vertical',
        text: 'A vertical alliance',
        feedback: `No. The two firms do the same activities at the same stage; neither supplies the other. See *Why alliances follow* in ${LV}.`,
      },
      {
        id: 'pd',
        text: 'Path dependence',
        feedback: `No. Path dependence describes an alliance hardening over time, not a reason to form one. See *A Chinese contribution* in ${LT}.`,
      },
    ],
    explanation: `Separate the two zones. Cooperation: charging docks and a campaign that make the market bigger. Competition: scooters and prices, where each fights for its share. Cooperating to create a market and competing to divide it is co-opetition. See *Co-opetition* in *The idea* in ${LT}.`,
    hints: [
      'Notice that the two firms are rivals, yet they pay for some things together. What problem are they solving?',
      'Separate what Vento and Rapido do together from what each does alone. Which concept describes rivals who split their activities that way?',
    ],
  },
  {
    type: 'inline-choice',
    id: 'theories-coopetition-inline',
    prompt: 'Complete the statement of cooperative competition theory.',
    objectives: ['theories.coopetition.recognize'],
    tags: ['theories'],
    text: 'In co-opetition, partners cooperate when they {{first}} a market and compete when they {{second}} it. The theory holds that competition {{relation}} cooperation.',
    gaps: [
      {
        id: 'first',
        options: [
          { id: 'create', text: 'create' },
          { id: 'divide', text: 'divide' },
          { id: 'close', text: 'close' },
        ],
        answer: 'create',
      },
      {
        id: 'second',
        options: [
          { id: 'divide', text: 'divide' },
          { id: 'create', text: 'create' },
          { id: 'regulate', text: 'regulate' },
        ],
        answer: 'divide',
      },
      {
        id: 'relation',
        options: [
          { id: 'not-exclude', text: 'does not exclude' },
          { id: 'excludes', text: 'always excludes' },
          { id: 'replaces', text: 'is replaced by' },
        ],
        answer: 'not-exclude',
      },
    ],
    explanation: `Co-opetition: rivals cooperate to create and enlarge a market, then compete to divide it, because competition does not exclude cooperation, and cooperation can even make competition more efficient. It does not replace competition. See *Co-opetition* in *The idea* in ${LT}.`,
    hints: [
      'Recall the central claim of cooperative competition theory about how rivalry and cooperation relate.',
      'Ask at which stage rivals gain by working together and at which stage their interests clash. For the last gap, recall whether the theory treats the two as opposites.',
    ],
  },
  {
    type: 'categorize',
    id: 'theories-coopetition-zones',
    prompt:
      'Helix Power and Norrcell, rival makers of home batteries, formed an alliance in 2024 to win over German electricians, few of whom yet install home batteries. Sort each activity by whether the two firms cooperate on it (creating the market) or compete on it (dividing the market).',
    objectives: ['theories.coopetition.recognize'],
    points: 2,
    policy: 'per-part',
    tags: ['theories'],
    buckets: [
      { id: 'cooperate', label: 'Cooperate: creating the market' },
      { id: 'compete', label: 'Compete: dividing the market' },
    ],
    cards: [
      { id: 'course', text: 'A joint certification course for electricians', bucket: 'cooperate' },
      {
        id: 'standard',
        text: 'A common safety-test standard proposed to regulators',
        bucket: 'cooperate',
      },
      {
        id: 'campaign',
        text: 'A shared campaign explaining home storage to households',
        bucket: 'cooperate',
      },
      { id: 'price', text: "The price of each firm's battery", bucket: 'compete' },
      { id: 'warranty', text: "Each firm's warranty terms", bucket: 'compete' },
      { id: 'dealers', text: 'Signing up individual electricians as dealers', bucket: 'compete' },
    ],
    explanation: `Activities that enlarge the pie for both (trained installers, a common standard, customer awareness) are where co-opetition partners cooperate. Activities that decide who gets which slice (prices, warranties, dealers) are where they keep competing. See *Co-opetition* in *The idea* in ${LT}.`,
    hints: [
      'Recall the two sides of co-opetition: rivals work together on some things and keep fighting on others.',
      'For each activity, ask whether it grows the market for both firms or decides which firm wins a particular sale or electrician.',
    ],
  },
  {
    type: 'matching',
    id: 'theories-lenses-match',
    prompt: 'Match each theory to the question it leads you to ask about a proposed alliance.',
    objectives: ['theories.lenses.match'],
    points: 3,
    policy: 'per-part',
    tags: ['theories'],
    premises: [
      { id: 'vc', text: 'Value chain theory', match: 'links' },
      { id: 'cap', text: 'Capability and knowledge theories', match: 'cannot-buy' },
      { id: 'tc', text: 'Transaction cost theory', match: 'dealing' },
      { id: 'coop', text: 'Co-opetition', match: 'rival' },
      { id: 'pd', text: 'Path dependence (the Chinese contribution)', match: 'lock-in' },
    ],
    responses: [
      {
        id: 'links',
        text: 'Which activities should we share with or coordinate with the partner?',
      },
      { id: 'cannot-buy', text: 'What do we need that we cannot buy, copy, or learn alone?' },
      { id: 'dealing', text: 'Is a stable partnership cheaper than repeated deals on the market?' },
      { id: 'rival', text: 'Could a competitor help us grow the market before we fight over it?' },
      {
        id: 'lock-in',
        text: 'Once we are in, will the relationship harden and become costly to change?',
      },
      { id: 'price', text: 'Can we agree with competitors on what to charge?' },
    ],
    explanation: `Each lens asks its own question: activities (value chain), what cannot be bought (capabilities and knowledge), the cost of dealing (transaction costs), the rival as partner (co-opetition), and lock-in after formation (path dependence, a warning rather than a reason). Agreeing prices with competitors is cartel logic, not a formation theory. See *Choosing a lens* in *The idea* in ${LT}.`,
    hints: [
      'Each lens looks at an alliance from a different angle. Recall the question each theory puts first.',
      'Use the lens table at the end of the transaction cost lesson. Ask what each theory treats as the main reason, or the main danger, in allying.',
    ],
  },
  {
    type: 'choice',
    id: 'theories-path-dependence-role',
    prompt:
      'A manager lists "path dependence" as a fifth reason to form an alliance, next to the four Western formation theories. What is wrong with that?',
    objectives: ['theories.lenses.match'],
    tags: ['theories'],
    options: [
      {
        id: 'warning',
        text: 'Path dependence explains not why firms ally but a negative effect afterward: an alliance tends to harden into a relationship that is costly to change',
        fraction: 1,
        feedback: `Right. Wang Fanghua, Zhao Changping, and Ge proposed it while analyzing the negative effects of alliances. See *A Chinese contribution* in ${LT}.`,
      },
      {
        id: 'reason',
        text: 'Nothing: firms ally in order to lock themselves onto a stable growth path',
        feedback: `No. Lock-in is the danger the idea describes, not a goal; Module 5 treats it as the first obstacle. See *A Chinese contribution* in ${LT}.`,
      },
      {
        id: 'tc',
        text: 'Path dependence belongs to transaction cost theory, so it is not separate',
        feedback: `No. It was proposed by Chinese scholars as their own contribution, about the negative effects of alliances, not about the cost of dealing. See *A Chinese contribution* in ${LT}.`,
      },
      {
        id: 'eras',
        text: 'Path dependence means alliances must pass through the three historical eras in order',
        feedback: `No. The eras describe the history of alliances in general; path dependence is about a single alliance hardening after it forms. See *A Chinese contribution* in ${LT}.`,
      },
    ],
    explanation: `The four Western theories explain why firms form alliances. The Chinese contribution, alliance path dependence, looks at what happens afterward: the relationship tends to solidify, making change costly. It is a warning, not a motive. See *A Chinese contribution: path dependence* and the lens table in ${LT}.`,
    hints: [
      'Recall where the idea of alliance path dependence came from and what its authors were analyzing.',
      'Ask whether path dependence describes a reason for forming an alliance or something that happens once one is in place.',
    ],
  },
  {
    type: 'essay',
    id: 'theories-essay-propellers',
    prompt:
      "Sørensen Marine, a Danish maker of ship propellers, buys its bronze castings through annual tenders among five foundries. It now proposes a ten-year alliance with Kuroda Castings of Kobe to develop a new lighter alloy together and cast Sørensen's propellers from it. Kuroda's metallurgists hold the casting know-how as experience built over decades; Kuroda will not license it and is not for sale. Sørensen's board asks why it should ally rather than keep tendering or try to buy another foundry.\n\nIn 200–350 words, answer the board using at least two of the formation theories in this module, with evidence from the scenario, and add one warning that the idea of alliance path dependence gives for a ten-year agreement.",
    objectives: ['theories.lenses.match', 'theories.capabilities.apply'],
    points: 4,
    minWords: 150,
    maxWords: 450,
    tags: ['theories'],
    rubric: [
      {
        id: 'theories',
        title: 'Theories applied',
        levels: [
          {
            id: 'none',
            label: 'Missing or wrong',
            points: 0,
            description: 'No theory, or theories misdescribed.',
          },
          {
            id: 'one',
            label: 'One theory',
            points: 2,
            description: 'One theory applied correctly to the scenario.',
          },
          {
            id: 'two',
            label: 'Two or more',
            points: 4,
            description:
              'Two or more theories applied correctly, e.g. knowledge-based view (tacit casting know-how, joint alloy development), transaction costs (annual tenders among five foundries), value chain (Kuroda strong in casting, Sørensen in design).',
          },
        ],
      },
      {
        id: 'evidence',
        title: 'Evidence from the scenario',
        levels: [
          { id: 'none', label: 'None', points: 0 },
          {
            id: 'some',
            label: 'Some',
            points: 1,
            description: 'Cites one fact from the scenario.',
          },
          {
            id: 'strong',
            label: 'Strong',
            points: 2,
            description:
              'Ties each theory to specific facts: tenders, tacit know-how, no license, not for sale.',
          },
        ],
      },
      {
        id: 'warning',
        title: 'Path dependence warning',
        levels: [
          { id: 'none', label: 'Missing', points: 0 },
          {
            id: 'named',
            label: 'Named',
            points: 1,
            description: 'Mentions lock-in without tying it to the agreement.',
          },
          {
            id: 'applied',
            label: 'Applied',
            points: 2,
            description:
              'Explains that a ten-year alliance may harden and be renewed by habit, and suggests a safeguard such as review points or exit terms.',
          },
        ],
      },
    ],
    explanation: `A strong answer might run: Kuroda's casting know-how is tacit and immobile (resource-based and knowledge-based views), so it cannot be bought or licensed, and developing an alloy together creates knowledge neither firm has. Annual tenders among five foundries carry recurring costs of search, negotiation, and qualification that a stable partnership would cut (transaction costs). In value chain terms Sørensen borrows a partner's strongest link, casting, across a vertical linkage. Acquisition is off the table. The warning: over ten years the alliance may harden, so the board should build in reviews and exit terms. See *Choosing a lens* in ${LT} and *Which argument fits a case?* in ${LC}.`,
  },
];

export const cases: CaseDefinitionInput[] = [
  {
    id: 'case-theories-ostvik',
    title: 'Ostvik Varme: three decisions in one year',
    tags: ['theories'],
    stimulus: `Ostvik Varme, a maker of heat pumps in Bergen with revenue of NOK 2.4 billion, faced three decisions in 2024.

**Compressors.** Ostvik buys the variable-speed compressors at the heart of its heat pumps through an annual tender among four suppliers. Each change of supplier means months of testing, and noise from poorly matched compressors is customers' most common complaint. Kamura Compressors of Osaka has proposed a seven-year alliance: its engineers would work with Ostvik's control-software team to design a quieter compressor matched to Ostvik's controls, and Kamura would become Ostvik's main compressor supplier. Kamura's know-how in tuning compressor motors for low noise is held by a small team that has refined it over twenty years. Kamura will not license it, and as part of a large industrial group it is not for sale.

**The United Kingdom.** British demand for heat pumps is growing slowly, mainly because few installers are qualified. Ostvik and Frostberg Klimat, its Swedish rival in every Nordic market, plan to fund an installer-training academy in Manchester together and to press jointly for a common British installation standard. Each firm will keep selling its own heat pumps through its own installers at its own prices.

**The board meeting.** Five people spoke:

- Chief financial officer: "The annual tenders eat money. A stable partner would make dealing far cheaper."
- Chief technology officer: "Kamura's know-how lives in their team. We can only learn it by working alongside them and creating something new together."
- Head of strategy: "Kamura is strongest in compressor development; we are strongest in controls and installer networks. Together our chain has no weak link."
- UK sales director: "We need Frostberg to grow the British market before we fight over it."
- A long-serving board member: "Hartig has won our compressor tender twelve years running. Why change anything?"

The table compares the cost of dealing for compressors under each route.`,
    figures: [
      {
        caption: 'Cost of dealing for compressors (NOK million)',
        columns: ['Cost item', 'Annual tenders', 'Alliance with Kamura (7 years)'],
        rows: [
          ['Tendering and negotiation, per year', 3.1, 0],
          ['Qualification testing of new compressors, per year', 4.4, 0],
          ['Expected cost of supply problems when switching, per year', 2.5, 0],
          ['Setup of contracts and joint engineering system, once', 0, 8.4],
          ['Joint engineering and coordination, per year', 0, 3.6],
        ],
      },
    ],
    items: [
      {
        type: 'choice',
        id: 'theories-ostvik-kamura-form',
        prompt:
          'In value chain terms, what kind of alliance would Ostvik form with Kamura, and what advantage does it mainly seek?',
        objectives: ['theories.value-chain.map', 'theories.value-chain.explain'],
        points: 2,
        tags: ['theories', 'case'],
        options: [
          {
            id: 'vertical-diff',
            text: "Vertical: it coordinates a supplier's compressor development with Ostvik's controls across a vertical linkage, seeking differentiation through quieter heat pumps",
            fraction: 1,
            feedback: `Right. Kamura sits upstream in Ostvik's value system, and the goal is a product rivals cannot match, not lower cost. See *Mapping an alliance in four steps* in ${LV}.`,
          },
          {
            id: 'horizontal',
            text: 'Horizontal: both firms make machinery, so they share the same links for scale',
            feedback: `No. Kamura supplies Ostvik; the two perform successive activities, not the same ones. See *Why alliances follow* in ${LV}.`,
          },
          {
            id: 'vertical-cost',
            text: 'Vertical, seeking mainly lower cost through shared scale',
            fraction: 0.5,
            feedback: `Half right: it is vertical, but the aim stated in the case is a quieter compressor matched to Ostvik's controls, which is differentiation through coordination. Scale comes from sharing the same links, which is not what happens here. See step 3 of *Mapping an alliance in four steps* in ${LV}.`,
          },
          {
            id: 'coop',
            text: 'Co-opetition: Ostvik and Kamura cooperate to create a market and then compete to divide it',
            feedback: `No. Kamura and Ostvik are supplier and buyer, not rivals for the same customers. The co-opetition in this case is with Frostberg. See *Co-opetition* in ${LT}.`,
          },
        ],
        explanation: `Map the chains: Kamura's technology development and operations feed Ostvik's product design and procurement, successive stages of the value system joined across a vertical linkage, so the alliance is vertical. The advantage sought is differentiation: a compressor designed around Ostvik's controls makes its heat pumps quieter than rivals'. See *Why alliances follow* and *Mapping an alliance in four steps* in ${LV}.`,
        hints: [
          'Map the two chains: what does Kamura do, what does Ostvik do, and how do their activities connect?',
          'Decide the direction first. Then reread what the joint engineering is meant to produce, and recall the two kinds of advantage the mapping steps name.',
        ],
      },
      {
        type: 'numeric',
        id: 'theories-ostvik-saving',
        prompt:
          "Using the table and the alliance's seven-year life, how much would the Kamura alliance save Ostvik each year in the cost of dealing for compressors? Answer in NOK million per year, to one decimal place.",
        objectives: ['theories.transaction-costs.apply'],
        points: 2,
        tags: ['theories', 'case'],
        answers: [
          {
            value: 5.2,
            tolerance: 0.05,
            feedback: 'Right: (3.1 + 4.4 + 2.5) − (8.4 / 7 + 3.6) = 10.0 − 4.8 = 5.2.',
          },
          {
            value: 6.4,
            tolerance: 0.05,
            fraction: 0,
            feedback:
              'You left out the setup cost. Spread NOK 8.4 million over seven years: 1.2 a year belongs to the alliance.',
          },
          {
            value: -2,
            tolerance: 0.05,
            fraction: 0,
            feedback:
              "You charged the whole setup cost to one year. Spread it over the alliance's seven years.",
          },
          {
            value: 2.7,
            tolerance: 0.05,
            fraction: 0,
            feedback:
              'You left out the expected cost of supply problems (2.5 a year), which belongs to the tender route.',
          },
        ],
        explanation: `Tender route per year: 3.1 + 4.4 + 2.5 = NOK 10.0 million. Alliance per year: setup 8.4 / 7 = 1.2, plus 3.6 of coordination = NOK 4.8 million. Saving: 10.0 − 4.8 = NOK 5.2 million a year. By transaction cost reasoning, the frequent, specialized dealings favor the alliance. See the worked example in ${LT}.`,
        hints: [
          'Work out the yearly cost of each route from the table, then compare the two.',
          'Add the three yearly costs of tendering. For the alliance, spread the one-time setup over its seven years and add the yearly coordination. Then subtract.',
        ],
      },
      {
        type: 'choice',
        id: 'theories-ostvik-frostberg',
        prompt:
          'Which theory best explains the planned cooperation between Ostvik and Frostberg in the United Kingdom?',
        objectives: ['theories.coopetition.recognize'],
        tags: ['theories', 'case'],
        options: [
          {
            id: 'coop',
            text: 'Co-opetition',
            fraction: 1,
            feedback: `Right. The rivals cooperate on installers and a standard, which create the British market, and compete on heat pumps and prices, which divide it. See *Co-opetition* in ${LT}.`,
          },
          {
            id: 'tc',
            text: 'Transaction cost theory',
            feedback: `No. Nothing here is about the cost of repeated dealings between the two; they are growing a market together. See *Transaction cost theory* in ${LT}.`,
          },
          {
            id: 'price',
            text: 'A price alliance',
            feedback: `No. Each firm keeps its own prices and installers. See *Telling the two apart* in From cartels to product alliances.`,
          },
          {
            id: 'kbv',
            text: 'The knowledge-based view',
            feedback: `No. The academy trains third-party installers; the firms are not mainly learning from each other. See *Which argument fits a case?* in ${LC}.`,
          },
        ],
        explanation: `Separate the zones. Cooperation: training installers and pressing for a common standard, which make the British market bigger for both. Competition: each firm's heat pumps, installers, and prices. Rivals cooperating to create a market and competing to divide it is co-opetition. See *Co-opetition* in *The idea* in ${LT}.`,
        hints: [
          'Notice who Frostberg is to Ostvik in the Nordic markets, and what the two plan to do together in Britain.',
          'Separate what the two firms will do jointly in the UK from what each keeps doing alone, and ask what the joint part does to the size of the British market.',
        ],
      },
      {
        type: 'matching',
        id: 'theories-ostvik-voices',
        prompt:
          'Match each speaker at the board meeting to the theory or idea behind what they said.',
        objectives: ['theories.lenses.match'],
        points: 3,
        policy: 'per-part',
        tags: ['theories', 'case'],
        premises: [
          { id: 'cfo', text: 'Chief financial officer', match: 'tc' },
          { id: 'cto', text: 'Chief technology officer', match: 'kbv' },
          { id: 'strategy', text: 'Head of strategy', match: 'vc' },
          { id: 'uk', text: 'UK sales director', match: 'coop' },
          { id: 'board', text: 'Long-serving board member', match: 'pd' },
        ],
        responses: [
          { id: 'tc', text: 'Transaction cost theory' },
          { id: 'kbv', text: 'Knowledge-based view' },
          { id: 'vc', text: 'Value chain theory' },
          { id: 'coop', text: 'Co-opetition' },
          { id: 'pd', text: 'Path dependence' },
          { id: 'cartel', text: 'Price-alliance logic' },
        ],
        explanation: `Cheaper dealing is transaction cost theory; learning tacit know-how and creating new knowledge is the knowledge-based view; combining each side's strongest links is value chain theory; growing the market with a rival before competing is co-opetition. The board member's "why change anything?" after twelve years with Hartig is path dependence, the warning the Chinese scholars added. See *Choosing a lens* in ${LT}.`,
        hints: [
          'Each speaker reasons from a different idea in this module. Recall the question each lens asks.',
          "Focus on what each remark is really about, not on the speaker's job. Remember that one idea in the module describes what can go wrong after an alliance forms.",
        ],
      },
      {
        type: 'choice',
        id: 'theories-ostvik-why-not-license',
        prompt:
          'Kamura will not license its low-noise know-how and is not for sale. Which capability argument best explains why Ostvik should ally rather than keep buying standard compressors?',
        objectives: ['theories.capabilities.apply'],
        points: 2,
        tags: ['theories', 'case'],
        options: [
          {
            id: 'tacit',
            text: 'The know-how is an immobile, tacit resource: only by working alongside Kamura can Ostvik learn it and create new knowledge, strengthening its core competence in matching hardware to controls',
            fraction: 1,
            feedback: `Right. It combines the resource-based view (cannot be bought), the knowledge-based view (learned only by joint work), and core competence (Ostvik's integration skill). See *Which argument fits a case?* in ${LC}.`,
          },
          {
            id: 'cheaper',
            text: 'An alliance is always cheaper than a license',
            feedback: `No. That is a cost argument, and it is misapplied: no license is on offer at all. See *The resource-based view* in ${LC}.`,
          },
          {
            id: 'rivals',
            text: 'Ostvik and Kamura are rivals who must cooperate to grow the market',
            feedback: `No. They are buyer and supplier, not rivals. See *Co-opetition* in ${LT}.`,
          },
          {
            id: 'mobile',
            text: "Resources move freely between firms, so any contract will let Ostvik absorb Kamura's know-how quickly",
            feedback: `No. The resource-based view holds the opposite: resources, especially tacit know-how, do not move freely. See *The resource-based view* in ${LC}.`,
          },
        ],
        explanation: `The know-how is held as experience in a small team, not licensed, and not for sale: an immobile, tacit resource. Capability theory says firms ally to reach such resources, and the knowledge-based view adds that tacit know-how moves only through joint work. Strengthening Ostvik's skill in matching compressors to controls builds core competence. See *Which argument fits a case?* in *The idea* in ${LC}.`,
        hints: [
          "Reread what the case says about where Kamura's know-how lives and whether it can be licensed or bought.",
          'Ask which capability arguments explain why such know-how can be reached only through a partner, and what Ostvik would strengthen on its own side by working with Kamura.',
        ],
      },
      {
        type: 'multiple-response',
        id: 'theories-ostvik-gains',
        prompt:
          'From the capability and knowledge perspective, what could Ostvik realistically expect to gain from the Kamura alliance? Select all that apply.',
        objectives: ['theories.capabilities.apply'],
        points: 2,
        policy: 'right-minus-wrong',
        tags: ['theories', 'case'],
        options: [
          {
            id: 'use',
            text: 'Use of compressor know-how it could neither buy nor license',
            correct: true,
            feedback: `Correct: reaching an immobile resource is the resource-based motive. See *The resource-based view* in ${LC}.`,
          },
          {
            id: 'new',
            text: 'New knowledge, created jointly, about matching compressors to its controls',
            correct: true,
            feedback: `Correct: joint creation of knowledge is the knowledge-based motive. See *The knowledge-based view* in ${LC}.`,
          },
          {
            id: 'competence',
            text: 'A stronger core competence in integrating hardware with control software, which rivals would find hard to copy',
            correct: true,
            feedback: `Correct: the alliance strengthens the very combination of skills that sets Ostvik apart. See *Core competence* in ${LC}.`,
          },
          {
            id: 'ownership',
            text: "Ownership of Kamura's low-noise technology when the alliance ends",
            correct: false,
            feedback: `No. An alliance does not transfer ownership, and Kamura is not for sale; Ostvik gains access and learning, not title. See *The resource-based view* in ${LC}.`,
          },
          {
            id: 'one-way',
            text: "A guarantee that Kamura learns nothing from Ostvik's control software",
            correct: false,
            feedback: `No. Learning in a knowledge alliance flows both ways; protecting core knowledge is a real tension that Module 5 takes up. See *The knowledge-based view* in ${LC}.`,
          },
        ],
        explanation: `Capability theory predicts three gains: access to an immobile resource (resource-based view), jointly created knowledge (knowledge-based view), and a stronger, hard-to-copy core competence. An alliance brings neither ownership of the partner's technology nor one-way learning. See *The idea* in ${LC}.`,
        hints: [
          'Recall what the resource-based view, the knowledge-based view and core competence each say an alliance can give a firm.',
          'Reread the Kamura paragraph: what will Kamura not do with its know-how, and what will the two teams do together? Ask which gains are realistic given that.',
        ],
      },
    ],
  },
];
