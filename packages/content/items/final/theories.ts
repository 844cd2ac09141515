import type { CaseDefinitionInput, ItemDefinitionInput } from '@alliance/quiz-engine';

const LV = 'Value chain theory';
const LC = 'Capabilities and knowledge';
const LT = 'Transaction costs and co-opetition';

/** The final assessment’s own items for this module: never shown with a key anywhere else. */
export const items: ItemDefinitionInput[] = [
  {
    type: 'matching',
    id: 'final-theories-link-map',
    prompt:
      'Locate each alliance in the value chains of the firms involved: match it to the description of the links it joins.',
    objectives: ['theories.value-chain.map'],
    points: 2,
    policy: 'per-part',
    tags: ['final', 'theories'],
    premises: [
      {
        id: 'dairies',
        text: 'Two regional dairies run one refrigerated depot and one truck fleet to deliver to supermarkets.',
        match: 'logistics',
      },
      {
        id: 'hub',
        text: 'A bicycle maker and its gear-hub supplier redesign next season’s hub together to fit the maker’s new frames.',
        match: 'upstream',
      },
      {
        id: 'snacks',
        text: 'A snack maker and a convenience-store chain plan promotions and shelf space together from shared sales data.',
        match: 'downstream',
      },
      {
        id: 'vials',
        text: 'Two drug companies run one plant that fills vials with both companies’ vaccines.',
        match: 'operations',
      },
    ],
    responses: [
      {
        id: 'logistics',
        text: 'The same link in both chains, outbound logistics, shared by the partners (horizontal)',
      },
      {
        id: 'upstream',
        text: 'A supplier’s technology development coordinated with the buyer’s product design (vertical)',
      },
      {
        id: 'downstream',
        text: 'A producer’s marketing coordinated with its channel’s selling to end customers (vertical)',
      },
      {
        id: 'operations',
        text: 'The same link in both chains, operations, shared by the partners (horizontal)',
      },
      {
        id: 'procurement',
        text: 'The same link in both chains, procurement, shared by the partners (horizontal)',
      },
    ],
    explanation: `For each alliance, ask where each partner sits. The dairies do the same job and share their delivery link (outbound logistics); the drug companies share production (operations): both are horizontal. The hub supplier sits upstream of the bicycle maker, so their joint redesign coordinates successive stages across a vertical linkage; the store chain is the snack maker’s channel downstream, so joint promotion coordinates marketing with the channel’s selling: both are vertical. None of the four pools purchasing. See *Why alliances follow* and *Mapping an alliance in four steps* in ${LV}.`,
  },
  {
    type: 'choice',
    id: 'final-theories-why-not-build',
    prompt:
      'Bellanti Caffè, a coffee roaster in Turin, is strong in blending and brand marketing but has no way of serving offices in Scandinavia. In 2025 it signs a seven-year agreement under which Fjellvang Vending’s machines in 4,000 Nordic offices will serve Bellanti coffee, with menus and stock levels planned jointly. Value chain theory offers a reason to prefer this agreement to buying vending services at arm’s length, building a vending network of its own, or acquiring Fjellvang. Which reason is it?',
    objectives: ['theories.value-chain.explain'],
    tags: ['final', 'theories'],
    options: [
      {
        id: 'borrow',
        text: 'It lets Bellanti borrow a partner’s strong link under close coordination, without the delay of building or the rigidity of a merger.',
        fraction: 1,
        feedback: `Right. Porter places the alliance between market transactions and mergers: it extends the effective reach of Bellanti’s chain with Fjellvang’s strongest link while both firms stay independent. See *Why alliances follow* in *The idea* in ${LV}.`,
      },
      {
        id: 'tc',
        text: 'It lowers the cost of dealing by replacing a yearly round of tenders for vending services with one stable contract that runs for seven years.',
        feedback: `That is the reasoning of transaction cost theory, a different lens. Value chain theory reasons from activities: which links each firm is strong or weak in, and how an alliance lets it use a partner’s strong ones. See *Transaction cost theory* in ${LT}.`,
      },
      {
        id: 'ownership',
        text: 'It gives Bellanti ownership of Fjellvang’s machines and office contracts once the seven-year term has run out, at no extra cost to Bellanti.',
        feedback: `No. An alliance transfers no ownership; that is what separates it from a merger or an acquisition. See *Why alliances follow* in ${LV}.`,
      },
      {
        id: 'hand-over',
        text: 'It lets Bellanti hand blending, its weakest link, to a partner that performs that link better and more cheaply than Bellanti itself does.',
        feedback: `No. Blending is one of Bellanti’s strong links, and it keeps it. The alliance borrows Fjellvang’s strength where Bellanti is weak, in reaching offices abroad. See *The firm as a chain of activities* in ${LV}.`,
      },
    ],
    explanation: `Value chain theory names three other ways to deal with a weak link: build it up yourself (slow), buy the activity in ordinary market transactions (arm’s length, so close coordination is hard), or merge with a firm strong in it (costly and rigid). An alliance is the fourth way: a long-term agreement beyond normal market dealings and short of a merger, in which Bellanti keeps its strong links and coordinates with Fjellvang’s. Its effective chain then reaches further than the one it owns. See *Why alliances follow* in *The idea* in ${LV}.`,
  },
  {
    type: 'inline-choice',
    id: 'final-theories-warehouse-inline',
    prompt: 'Complete the value chain analysis of the alliance described.',
    objectives: ['theories.value-chain.map', 'theories.value-chain.explain'],
    points: 2,
    tags: ['final', 'theories'],
    text: 'Brockhurst Tools and Selvane Hardware, rival makers of hand tools, agree to run one spare-parts warehouse and one repair service for both brands in Canada. The alliance joins {{links}} of the two firms’ chains, so it is {{direction}}. The advantage it mainly seeks is {{advantage}}, because {{reason}}. Each firm keeps design and branding to itself, and that is where the two {{kept}}.',
    gaps: [
      {
        id: 'links',
        options: [
          { id: 'same', text: 'the same links' },
          { id: 'successive', text: 'successive links' },
          { id: 'every', text: 'nearly every link' },
        ],
        answer: 'same',
        feedback:
          'Warehousing and repair are the same activities in both chains (outbound logistics and service).',
      },
      {
        id: 'direction',
        options: [
          { id: 'horizontal', text: 'horizontal' },
          { id: 'vertical', text: 'vertical' },
        ],
        answer: 'horizontal',
        feedback: 'Sharing the same links of two similar chains is a horizontal alliance.',
      },
      {
        id: 'advantage',
        options: [
          { id: 'cost', text: 'lower cost' },
          { id: 'differentiation', text: 'differentiation' },
        ],
        answer: 'cost',
        feedback:
          'Sharing a facility usually aims at lower cost; differentiation usually comes from closer coordination with a supplier or channel.',
      },
      {
        id: 'reason',
        options: [
          { id: 'fixed', text: 'fixed costs are spread over both firms’ volume' },
          { id: 'designed', text: 'a component is designed around one firm’s products' },
          { id: 'prices', text: 'the two firms agree on what customers will pay' },
        ],
        answer: 'fixed',
        feedback:
          'One warehouse and one repair service for both brands spreads their fixed costs over more volume.',
      },
      {
        id: 'kept',
        options: [
          { id: 'compete', text: 'still compete' },
          { id: 'share', text: 'share costs' },
          { id: 'coordinate', text: 'coordinate a linkage' },
        ],
        answer: 'compete',
        feedback:
          'The links each partner keeps to itself are where it stays independent and usually goes on competing.',
      },
    ],
    explanation: `Follow the mapping steps. Links touched: the warehouse (outbound logistics) and the repair service (service), the same links in both chains, so the alliance is horizontal. Advantage sought: lower cost, from spreading fixed costs over two firms’ volume. What stays outside: design and branding, where the rivals keep competing. Agreeing on prices would be a different and unlawful matter. See *Mapping an alliance in four steps* in ${LV}.`,
  },
  {
    type: 'categorize',
    id: 'final-theories-buy-or-ally',
    prompt:
      'Kilnsey Medical, a maker of dialysis machines, lists what it needs for a new home-dialysis product. Reasoning from the resource-based and knowledge-based views, sort each need by how Kilnsey is most likely to obtain it.',
    objectives: ['theories.capabilities.explain', 'theories.capabilities.apply'],
    points: 2,
    policy: 'per-part',
    tags: ['final', 'theories'],
    buckets: [
      { id: 'buy', label: 'Can be bought on the market' },
      { id: 'ally', label: 'Likely to need a partner' },
    ],
    cards: [
      {
        id: 'tubing',
        text: 'Standard medical-grade tubing, sold by many suppliers at list prices',
        bucket: 'buy',
      },
      {
        id: 'os',
        text: 'A license for a widely used operating system for embedded devices',
        bucket: 'buy',
      },
      {
        id: 'freight',
        text: 'Freight services to ship finished machines to distributors',
        bucket: 'buy',
      },
      {
        id: 'line',
        text: 'A water-purification line already approved by regulators and run by another firm',
        bucket: 'ally',
      },
      {
        id: 'nurses',
        text: 'The judgment of a nursing team that has taught 3,000 patients to dialyze at home',
        bucket: 'ally',
      },
      {
        id: 'reputation',
        text: 'A partner’s long-standing reputation with kidney clinics in Germany',
        bucket: 'ally',
      },
    ],
    explanation: `In the resource-based view, firms hold different resources and many of those resources stay put; the knowledge-based view stresses that experience-based know-how moves with the people who hold it. Standard tubing, a widely licensed operating system, and freight are mobile and sold on open markets. An approved production line, a reputation, and a team’s experience cannot simply be bought and carried off, so Kilnsey’s realistic way to use them is an alliance with their holder. See *The resource-based view* and *The knowledge-based view* in *The idea* in ${LC}.`,
  },
  {
    type: 'choice',
    id: 'final-theories-competence-motive',
    prompt:
      'Vellacourt Instruments wins orders because of how it combines rugged mechanical design, low-power electronics, and calibration software into weather stations that run unattended for years. Standard battery cells are sold by many suppliers, and Vellacourt has no plan to make cells itself. In 2025 it allies with a battery firm whose engineers will shape cells around Vellacourt’s stations from the first sketch, so that its particular combination of skills becomes harder for rivals to match. Which capability argument best explains this alliance?',
    objectives: ['theories.capabilities.apply'],
    points: 2,
    tags: ['final', 'theories'],
    options: [
      {
        id: 'cc',
        text: 'Core competence: the deal deepens the hard-to-copy way Vellacourt combines skills and technologies',
        fraction: 1,
        feedback: `Right. Vellacourt’s edge is its way of integrating mechanics, electronics, and software; the alliance strengthens exactly that combination. See *Core competence* and *Which argument fits a case?* in ${LC}.`,
      },
      {
        id: 'rbv',
        text: 'The resource-based view: Vellacourt needs a resource that is neither for sale on the market nor movable between firms',
        feedback: `Not the best fit. Standard cells are sold by many suppliers, so the resource-based argument (a resource that cannot be bought) is weak here. See *The resource-based view* in ${LC}.`,
      },
      {
        id: 'kbv',
        text: 'The knowledge-based view: the main aim is to absorb the battery firm’s tacit knowledge of cell chemistry',
        feedback: `No. Vellacourt has no plan to make cells, so learning cell chemistry is not its aim. See *The knowledge-based view* in ${LC}.`,
      },
      {
        id: 'tc',
        text: 'Transaction cost theory: one stable partner is cheaper to deal with than a changing set of cell suppliers',
        feedback: `No. The case says nothing about the cost of dealing; the stated goal is a combination that rivals find harder to match. See *Transaction cost theory* in ${LT}.`,
      },
    ],
    explanation: `Read the firm’s stated goal. Vellacourt does not need an asset it cannot buy (cells are widely sold), does not want to learn to make cells, and says nothing about the cost of dealing. It wants its own way of combining mechanics, electronics, and software, the accumulated know-how that sets it apart, to become harder to imitate. Strengthening that combination through a partner is the core competence argument. See *Core competence* and *Which argument fits a case?* in *The idea* in ${LC}.`,
  },
  {
    type: 'numeric',
    id: 'final-theories-max-setup',
    prompt:
      'Calderwick Hotels, a chain of 14 hotels, buys linen laundering through an annual tender. Each year the tender route costs £70,000 for search and tendering, £45,000 for negotiation and legal work, and £120,000 for quality inspections, and there is a 20% chance each year of changing laundry, which costs about £350,000 in disruption and retraining. A four-year alliance with one laundry would remove all these costs but need £165,000 a year of joint coordination, plus a one-time setup cost. What is the largest one-time setup cost at which the alliance would still cost no more per year than the tender route? Answer in thousands of pounds, rounded to the nearest whole number.',
    objectives: ['theories.transaction-costs.apply'],
    points: 3,
    tags: ['final', 'theories'],
    answers: [
      {
        value: 560,
        tolerance: 1,
        feedback:
          'Right: tender route 70 + 45 + 120 + 0.2 × 350 = 305 a year; the alliance may spend 305 − 165 = 140 a year on setup, or 4 × 140 = £560 thousand in all.',
      },
      {
        value: 140,
        tolerance: 1,
        fraction: 0,
        feedback:
          'That is the yearly headroom. The setup cost is spread over the alliance’s four years, so the limit is four times as much.',
      },
      {
        value: 280,
        tolerance: 1,
        fraction: 0,
        feedback:
          'The chance of a change of laundry is missing: 20% a year of £350,000 puts another £70,000 a year on the tender route.',
      },
      {
        value: 1680,
        tolerance: 1,
        fraction: 0,
        feedback:
          'This charges the whole £350,000 to each year. The change happens with a 20% chance, so it adds £70,000 a year on average.',
      },
    ],
    explanation: `Put every cost on a yearly basis. Tender route: 70 + 45 + 120 + 0.2 × 350 = £305 thousand a year. Alliance: 165 a year of coordination plus setup ÷ 4. The alliance costs no more while 165 + setup ÷ 4 ≤ 305, so setup ÷ 4 ≤ 140 and setup ≤ £560 thousand. Above that, other things being equal, transaction cost reasoning favors the tender. See *Transaction cost theory* and the worked example in ${LT}.`,
  },
  {
    type: 'choice',
    id: 'final-theories-coopetition-pick',
    prompt:
      'Four arrangements between rival firms were reported in 2025. Which one is an example of co-opetition as the thesis describes it?',
    objectives: ['theories.coopetition.recognize'],
    tags: ['final', 'theories'],
    options: [
      {
        id: 'cargo',
        text: 'Two rival makers of cargo e-bikes jointly fund city trials to win couriers over to e-bikes, and each sells its own bikes at its own prices.',
        fraction: 1,
        feedback: `Right. The two rivals work together to enlarge demand (persuading couriers to switch) and fight for their shares of it (their own bikes and prices). See *Co-opetition* in *The idea* in ${LT}.`,
      },
      {
        id: 'ferries',
        text: 'Two rival ferry lines on the same crossing agree to charge common fares and to sail on alternate days, so that neither line undercuts the other.',
        feedback: `No. These rivals cooperate to stop competing: common fares and split sailings divide the existing market by agreement. That is price-alliance logic, not co-opetition. See *Telling the two apart* in From cartels to product alliances.`,
      },
      {
        id: 'hops',
        text: 'Two rival brewers each sign a long-term supply contract with the same hop farm, so that neither brewer has to run a tender each harvest season.',
        feedback: `No. Each brewer deals separately with a supplier to save the cost of repeated tenders; the rivals do not cooperate with each other at all. That is transaction cost reasoning. See *Transaction cost theory* in ${LT}.`,
      },
      {
        id: 'library',
        text: 'Two rival software firms each license the same encryption library from a third firm, on the standard terms that the third firm offers to other buyers.',
        feedback: `No. Buying the same input on standard terms is an ordinary market transaction, and the rivals do nothing together. See *Transaction cost theory* in ${LT}.`,
      },
    ],
    explanation: `Co-opetition needs rivals who cooperate and compete at once: they work together to enlarge the market and fight over shares of it. Only the e-bike makers do both. The ferry lines cooperate in order to stop competing, which is cartel logic; the brewers and the software firms deal with a third party one by one and do not cooperate with each other. See *Co-opetition* in *The idea* in ${LT}.`,
  },
  {
    type: 'ordering',
    id: 'final-theories-sourcing-rank',
    prompt:
      'Quarrendon Print buys specialty inks. Its controller compares four ways of dealing with suppliers. Order them from the lowest to the highest expected cost of dealing per year, spreading any one-time setup cost evenly over the arrangement’s life.',
    objectives: ['theories.transaction-costs.apply'],
    points: 2,
    grading: 'absolute-position',
    tags: ['final', 'theories'],
    items: [
      {
        id: 'five',
        text: 'A five-year alliance: €500,000 to set up, then €90,000 a year of coordination',
      },
      {
        id: 'eight',
        text: 'An eight-year alliance: €960,000 to set up, then €85,000 a year of coordination',
      },
      {
        id: 'three',
        text: 'A three-year alliance: €390,000 to set up, then €110,000 a year of coordination',
      },
      {
        id: 'tender',
        text: 'Annual tenders: €200,000 a year for tendering and audits, plus a 25% yearly chance of a €400,000 change of supplier',
      },
    ],
    explanation: `Convert each route to a cost per year. Five-year alliance: 500 ÷ 5 + 90 = €190 thousand. Eight-year alliance: 960 ÷ 8 + 85 = €205 thousand. Three-year alliance: 390 ÷ 3 + 110 = €240 thousand. Annual tenders: 200 + 0.25 × 400 = €300 thousand. The largest setup cost does not make the dearest route: what counts is the setup spread over the arrangement’s life, plus the yearly costs, with uncertain costs weighted by their chance. See the worked example in ${LT}.`,
  },
  {
    type: 'matching',
    id: 'final-theories-lens-evidence',
    prompt:
      'A strategy team must decide whether to renew and widen a six-year alliance. It will examine the decision through each lens in this module. Match each lens to the evidence it would gather first.',
    objectives: ['theories.lenses.match'],
    points: 3,
    policy: 'per-part',
    tags: ['final', 'theories'],
    premises: [
      { id: 'vc', text: 'Value chain theory', match: 'map' },
      { id: 'cap', text: 'Capability and knowledge theories', match: 'lack' },
      { id: 'tc', text: 'Transaction cost theory', match: 'tally' },
      { id: 'coop', text: 'Co-opetition', match: 'market' },
      { id: 'pd', text: 'Path dependence', match: 'record' },
    ],
    responses: [
      {
        id: 'map',
        text: 'A map of both firms’ activities, marking where each is strong or weak and which links the deal touches',
      },
      {
        id: 'lack',
        text: 'A list of the assets, competences, and know-how the firm lacks and could not buy, copy, or license',
      },
      {
        id: 'tally',
        text: 'A yearly tally of search, negotiation, monitoring, and switching costs under each way of dealing',
      },
      {
        id: 'market',
        text: 'A forecast of how far joint effort could grow the market, and where the two firms would still fight for share',
      },
      {
        id: 'record',
        text: 'A record of how long the relationship has run unchanged, and whether alternatives were ever compared',
      },
      {
        id: 'prices',
        text: 'A list of the prices rivals charge, so that the partners can bring their own prices into line',
      },
    ],
    explanation: `Because every lens poses a different question, each calls for different evidence: activities and links (value chain), what cannot be bought or learned alone (capabilities and knowledge), the cost of dealing under each route (transaction costs), the size of the market that rivals could create before dividing it (co-opetition), and signs that the relationship has hardened into a habit (path dependence, the Chinese contribution, which is a warning rather than a reason to ally). Aligning prices with rivals is cartel logic and belongs to no formation theory. See *Choosing a lens* in *The idea* in ${LT}.`,
  },
  {
    type: 'short-text',
    id: 'final-theories-name-lock-in',
    prompt:
      'Ottermere Logistics has renewed its warehousing alliance with the same partner four times since 2009 without comparing alternatives, and its managers call the arrangement “just how we work”. Which idea, added to alliance theory by Chinese scholars, names this tendency of an alliance, once formed, to stiffen into an arrangement that becomes expensive to alter? Answer in two words.',
    objectives: ['theories.lenses.match'],
    tags: ['final', 'theories'],
    patterns: [
      {
        pattern: '*path dependen*',
        feedback:
          'Yes: alliance path dependence, a caution about an alliance’s later life rather than a motive for forming one.',
      },
      {
        pattern: '*path-dependen*',
        feedback: 'Yes: path dependence.',
      },
      {
        pattern: '*lock*in*',
        fraction: 0.5,
        feedback:
          'You have described the effect. The name the thesis gives the idea, proposed by scholars at Shanghai Jiao Tong University, is path dependence.',
      },
      {
        pattern: '*escalat*',
        fraction: 0,
        feedback:
          'Escalation of commitment is one of the biases through which Module 5 shows path dependence at work; the idea itself is path dependence.',
      },
      {
        pattern: '*co*opetition*',
        fraction: 0,
        feedback:
          'Co-opetition explains why rivals cooperate to grow a market; it says nothing about alliances hardening over time.',
      },
      {
        pattern: '*transaction*',
        fraction: 0,
        feedback:
          'Transaction cost theory is a reason to form a stable alliance, not a warning that it may harden.',
      },
    ],
    explanation: `Wang Fanghua, Zhao Changping, and Ge at the Antai School of Management of Shanghai Jiao Tong University, studying the harm alliances can do, proposed the idea of alliance path dependence: an alliance, once in place, tends to stiffen into an arrangement that grows expensive to alter. Renewing four times out of habit, with no look at alternatives, shows the tendency at work. The idea speaks to the risks of an alliance’s later life, not to the reasons for forming one. See *A Chinese contribution: path dependence* in ${LT}.`,
  },
];

/** The final assessment’s own cases for this module. */
export const cases: CaseDefinitionInput[] = [
  {
    id: 'case-final-theories-solmere',
    title: 'Solmere Hearing: three questions for 2026',
    tags: ['final', 'theories', 'part-2'],
    stimulus: `Solmere Hearing, a maker of hearing aids in Aarhus with revenue of DKK 1.9 billion in 2024, must settle three questions before it adopts its plan for 2026.

**Battery cells.** Solmere buys the rechargeable cells for its aids through an annual tender among three suppliers. Each new supplier’s cells must pass qualification tests that take about five months. Haruse Cells of Nagoya has offered a six-year alliance: its engineers and Solmere’s would jointly design cells shaped to Solmere’s casings, and Haruse would become Solmere’s main supplier. The table sets out what each route would cost in dealing with suppliers. Solmere’s own battery-testing laboratory costs DKK 6.0 million a year and would keep running unchanged whichever route is chosen.

**Streaming.** Customers increasingly want aids that stream sound straight from their phones. The know-how to do this with very little battery drain sits in an eight-person radio team at Kaarna Radio in Tampere, built up over eleven years. Kaarna will not license its design methods and is not for sale. Solmere proposes a three-year project in which the two teams design a streaming chip together, each firm keeping what it learns.

**Poland.** Few Poles with hearing loss wear an aid, largely because few pharmacies offer hearing tests. Solmere and Norvang Audio, its main rival in the Nordic countries, plan to co-fund a program that trains pharmacy staff to run the tests, and to press jointly for the tests to be reimbursed. Both firms will go on selling their own aids, through their own audiologists and at prices each sets alone. Norvang moved its head office from Oslo to Copenhagen in 2023 and now has 2,100 employees.

At the board meeting one director warned that six years with a single cell maker could harden into a habit that nobody questions.`,
    figures: [
      {
        caption: 'Cost of dealing for battery cells (DKK million)',
        columns: ['Item', 'Annual tender route', 'Haruse alliance (6 years)'],
        rows: [
          ['Tenders and contract negotiation, per year', 2.6, 0],
          ['Qualification testing of new cells, per year', 3.8, 0],
          ['Expected cost of supply disruption when switching, per year', 1.9, 0],
          ['Contracts and joint engineering system, set up once', 0, 7.2],
          ['Joint design work and coordination, per year', 0, 3.1],
        ],
      },
    ],
    items: [
      {
        type: 'numeric',
        id: 'final-theories-solmere-cell-saving',
        prompt:
          'From the table, and spreading one-time costs over the alliance’s six years, how much would Solmere save per year on dealing costs for battery cells by choosing the Haruse alliance? Answer in DKK million per year, to one decimal place.',
        objectives: ['theories.transaction-costs.apply'],
        points: 2,
        tags: ['final', 'theories'],
        answers: [
          {
            value: 4,
            tolerance: 0.05,
            feedback:
              'Right: (2.6 + 3.8 + 1.9) − (7.2 ÷ 6 + 3.1) = 8.3 − 4.3 = DKK 4.0 million a year.',
          },
          {
            value: 5.2,
            tolerance: 0.05,
            fraction: 0,
            feedback:
              'The setup cost is missing. Spread over six years, DKK 7.2 million adds 1.2 a year to the alliance route.',
          },
          {
            value: -2,
            tolerance: 0.05,
            fraction: 0,
            feedback:
              'This puts the entire setup cost into one year. Divide it across the six years the alliance runs.',
          },
          {
            value: 2.1,
            tolerance: 0.05,
            fraction: 0,
            feedback:
              'The expected disruption cost of 1.9 a year is missing from the tender route.',
          },
          {
            value: 10,
            tolerance: 0.05,
            fraction: 0,
            feedback:
              'You added the testing laboratory to the tender route only. It costs the same under both routes, so it cancels out of the comparison.',
          },
        ],
        explanation: `Tender route per year: 2.6 + 3.8 + 1.9 = DKK 8.3 million. Alliance per year: setup 7.2 ÷ 6 = 1.2, plus 3.1 of joint engineering and coordination = DKK 4.3 million. Saving: 8.3 − 4.3 = DKK 4.0 million a year. The DKK 6.0 million laboratory runs under either route, so it does not change the difference. Frequent, specialized dealings with long qualification tests are the conditions in which transaction cost reasoning favors a stable partner. See the worked example in ${LT}.`,
      },
      {
        type: 'choice',
        id: 'final-theories-solmere-kaarna',
        prompt:
          'Which argument best explains why Solmere should ally with Kaarna rather than try to buy a streaming design or ready-made chips on the market?',
        objectives: ['theories.capabilities.apply', 'theories.capabilities.explain'],
        points: 2,
        tags: ['final', 'theories'],
        options: [
          {
            id: 'kbv',
            text: 'The knowledge-based view: the know-how is tacit, so Solmere must work alongside Kaarna’s team to learn it and create new knowledge',
            fraction: 1,
            feedback: `Right. The know-how lives in an eight-person team, cannot be licensed, and is not for sale; joint design lets it flow and creates a chip neither firm has. See *The knowledge-based view* and *Which argument fits a case?* in ${LC}.`,
          },
          {
            id: 'tc',
            text: 'Transaction cost theory: one stable partner would be cheaper to deal with than holding a tender for streaming chips among several suppliers each year',
            feedback: `No. Nothing in the case describes repeated tenders for streaming chips; the know-how is not on the market at all. See *Transaction cost theory* in ${LT}.`,
          },
          {
            id: 'coop',
            text: 'Co-opetition: Solmere and Kaarna are rivals in hearing aids who need to grow the market for streaming before they compete to divide it',
            feedback: `No. Kaarna is a radio-design firm, not a rival hearing-aid maker; in this case, co-opetition describes the Polish plan with Norvang. See *Co-opetition* in ${LT}.`,
          },
          {
            id: 'rbv',
            text: 'The resource-based view alone: Solmere wants to use Kaarna’s finished chip as it is, without learning anything from Kaarna’s radio team',
            feedback: `Not the best fit. The know-how is indeed an immobile resource, but the project is about designing together and each firm keeping what it learns, which is the knowledge-based motive. See *Which argument fits a case?* in ${LC}.`,
          },
        ],
        explanation: `Start with where the know-how sits: a small team holds it as experience rather than in any document, and Kaarna will neither license it nor sell itself. The resource-based view explains why it cannot be bought; the knowledge-based view explains the form of the deal: a joint project in which tacit know-how passes between the teams and new knowledge (the chip) is created, with each firm keeping what it learns. That makes learning the dominant motive. See *Which argument fits a case?* in *The idea* in ${LC}.`,
      },
      {
        type: 'categorize',
        id: 'final-theories-solmere-poland-zones',
        prompt:
          'For each part of the Poland plan, decide whether Solmere and Norvang work together on it to grow the market or fight each other on it for shares.',
        objectives: ['theories.coopetition.recognize'],
        points: 2,
        policy: 'per-part',
        tags: ['final', 'theories'],
        buckets: [
          { id: 'cooperate', label: 'Cooperate: creating the market' },
          { id: 'compete', label: 'Compete: dividing the market' },
        ],
        cards: [
          {
            id: 'training',
            text: 'Training pharmacy staff to run hearing tests',
            bucket: 'cooperate',
          },
          {
            id: 'reimburse',
            text: 'Pressing for hearing tests to be reimbursed',
            bucket: 'cooperate',
          },
          { id: 'prices', text: 'The price of each firm’s hearing aids', bucket: 'compete' },
          {
            id: 'audiologists',
            text: 'The audiologists through whom each firm sells',
            bucket: 'compete',
          },
          {
            id: 'models',
            text: 'Which hearing-aid models each firm offers in Poland',
            bucket: 'compete',
          },
        ],
        explanation: `Activities that enlarge the Polish market for both firms (more pharmacies testing, tests paid for) are where the rivals cooperate. Activities that decide which firm wins each customer (prices, audiologists, product range) are where they keep competing. Rivals who join forces to grow a market while fighting over their shares of it are practicing co-opetition. Where Norvang keeps its head office is beside the point. See *Co-opetition* in *The idea* in ${LT}.`,
      },
      {
        type: 'inline-choice',
        id: 'final-theories-solmere-lenses',
        prompt: 'Complete the board paper that names the lens behind each part of the analysis.',
        objectives: ['theories.lenses.match', 'theories.value-chain.map'],
        points: 2,
        tags: ['final', 'theories'],
        text: 'The table of dealing costs for battery cells applies {{table}}. In value chain terms, the Haruse alliance coordinates {{links}} links of the two firms’ chains. The director’s warning about a habit that nobody questions draws on {{warning}}.',
        gaps: [
          {
            id: 'table',
            options: [
              { id: 'tc', text: 'transaction cost theory' },
              { id: 'coop', text: 'co-opetition' },
              { id: 'rbv', text: 'the resource-based view' },
            ],
            answer: 'tc',
            feedback:
              'Comparing the yearly cost of tendering with the cost of a stable partnership is transaction cost reasoning.',
          },
          {
            id: 'links',
            options: [
              { id: 'successive', text: 'successive' },
              { id: 'corresponding', text: 'corresponding' },
            ],
            answer: 'successive',
            feedback:
              'Haruse is a supplier upstream of Solmere, so the alliance joins successive stages of the value system: it is vertical.',
          },
          {
            id: 'warning',
            options: [
              { id: 'pd', text: 'path dependence' },
              { id: 'kbv', text: 'the knowledge-based view' },
              { id: 'vc', text: 'value chain theory' },
            ],
            answer: 'pd',
            feedback:
              'An alliance stiffening into an unquestioned arrangement is what the Chinese idea of alliance path dependence warns about.',
          },
        ],
        explanation: `Each part of the analysis uses its own lens. The cost table compares tendering with a stable partnership: transaction cost theory. Haruse sits upstream as a supplier, so joint cell design coordinates successive links across a vertical linkage. The warning that six years with one cell maker could become an unquestioned habit points to alliance path dependence, a caution about the later life of an alliance. See *Choosing a lens* in ${LT} and *Mapping an alliance in four steps* in ${LV}.`,
      },
      {
        type: 'multiple-response',
        id: 'final-theories-solmere-set-aside',
        prompt:
          'Which facts in the case should the board set aside as irrelevant to its three decisions? Select all that apply.',
        objectives: ['theories.transaction-costs.apply', 'theories.coopetition.recognize'],
        points: 2,
        policy: 'right-minus-wrong',
        tags: ['final', 'theories'],
        options: [
          {
            id: 'lab',
            text: 'The DKK 6.0 million a year that Solmere’s own battery-testing laboratory costs',
            correct: true,
            feedback: `Correct: the laboratory costs the same under both routes, so it cancels out of the comparison. See the worked example in ${LT}.`,
          },
          {
            id: 'office',
            text: 'Norvang’s move of its head office from Oslo to Copenhagen in 2023',
            correct: true,
            feedback: `Correct: where a rival keeps its head office does not change where the two firms cooperate and where they compete. See *Co-opetition* in ${LT}.`,
          },
          {
            id: 'license',
            text: 'The fact that Kaarna will neither license its design methods nor sell itself to a buyer',
            correct: false,
            feedback: `No: this is central. It rules out buying the know-how and points to an alliance. See *The resource-based view* in ${LC}.`,
          },
          {
            id: 'qualification',
            text: 'The five months of qualification tests that each new supplier’s cells have to pass',
            correct: false,
            feedback: `No: long qualification is a cost of switching suppliers, part of the case for a stable partner. See *Transaction cost theory* in ${LT}.`,
          },
          {
            id: 'rival',
            text: 'The fact that Norvang is Solmere’s main rival in the Nordic countries, where both of them sell',
            correct: false,
            feedback: `No: that the two firms are rivals is what makes their Polish program co-opetition rather than an ordinary partnership. See *Co-opetition* in ${LT}.`,
          },
        ],
        explanation: `Keep what bears on each decision and drop the rest. The laboratory runs under either route, so it adds the same to both sides of the cost comparison; the site of Norvang’s head office does not alter the logic of co-opetition. By contrast, Kaarna’s refusal to license or sell, the long qualification tests, and the rivalry with Norvang are exactly the facts that the capability, transaction cost, and co-opetition arguments rest on. See *Choosing a lens* in ${LT}.`,
      },
    ],
  },
];
