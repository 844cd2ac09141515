import type { CaseDefinitionInput, ItemDefinitionInput } from '@alliance/quiz-engine';

const L1 = 'From cartels to product alliances';
const L2 = 'Knowledge alliances';

/** The final assessment’s own items for this module: never shown with a key anywhere else. */
export const items: ItemDefinitionInput[] = [
  {
    type: 'ordering',
    id: 'final-evolution-paper-market-sequence',
    prompt:
      'An economic historian sums up how the market for printing paper changed over about 130 years in the five statements below. Put them in the order that the thesis’s account of alliance evolution implies, earliest first.',
    objectives: ['evolution.eras.order'],
    points: 2,
    grading: 'relative-next-include-last',
    tags: ['final', 'evolution'],
    items: [
      {
        id: 'alike',
        text: 'Printers cannot tell one mill’s sheets from another’s, so each order goes to whoever quotes lowest that week.',
      },
      {
        id: 'floor',
        text: 'The mills agree a floor price per ton and assign one another the printers in each region.',
      },
      {
        id: 'glut',
        text: 'Unsold stock piles up, and printers now pick among dozens of grades by finish, weight, and brightness.',
      },
      {
        id: 'pool',
        text: 'A new coated grade needs more capital, chemistry, and sales reach than one mill has, so two mills develop it together and split the risk.',
      },
      {
        id: 'learn',
        text: 'Mills run short less of money than of fiber scientists and process engineers, and they team up chiefly to learn from one another.',
      },
    ],
    explanation: `Place each statement in its era, and inside an era put the market condition before the alliance it called forth. Traditional era: interchangeable goods leave price as the only weapon, so the mills answer with a cartel (floor price, shared-out customers). Modern era: after World War II supply outruns demand and buyers choose by features; new products then demand more resources and risk than one firm can carry, so firms pool complementary resources in product alliances. Emerging era: know-how, not capital, becomes the scarcest factor, and firms ally mainly to learn. See the timeline in *The idea* in ${L1} and *Why knowledge becomes the reason to ally* in ${L2}.`,
  },
  {
    type: 'choice',
    id: 'final-evolution-tile-objection',
    prompt:
      'Krosnik Ceramika and Wielbark Dachy, the two largest makers of clay roof tiles in Poland, announce a “Quality Roof Initiative” for 2025 with the four elements below. Which element would most likely lead a competition authority to object?',
    objectives: ['evolution.price-vs-product.distinguish'],
    tags: ['final', 'evolution'],
    options: [
      {
        id: 'floor',
        text: 'Tiles carrying the joint quality label will be sold by both firms at an agreed minimum price per square meter.',
        fraction: 1,
        feedback: `Right. An agreed minimum price between the two leading rivals adds nothing for buyers and removes price rivalry between them: the logic of a price alliance, which the law restricts. See *Traditional alliances* in *The idea* in ${L1}.`,
      },
      {
        id: 'lab',
        text: 'The firms will split the PLN 14 million cost of one shared laboratory that tests how tiles stand up to frost and thaw.',
        feedback: `Not this one. Sharing the cost of a test laboratory pools resources and lowers the cost of better products; that is product-alliance logic, which is generally lawful. See the comparison in *The idea* in ${L1}.`,
      },
      {
        id: 'design',
        text: 'Engineers from both firms will design a lighter interlocking tile that neither firm could have developed on its own.',
        feedback: `Not this one. Joint development that gives customers a product neither firm could make alone is the typical product alliance and sharpens competition against other tile makers. See *Modern alliances* in ${L1}.`,
      },
      {
        id: 'rivals',
        text: 'Krosnik and Wielbark are direct competitors for the same builders’ merchants across the whole Polish market.',
        feedback: `Being rivals is not in itself the problem: product alliances between competitors are generally lawful. What the law targets is cooperation that suppresses competition, such as fixing prices. See the comparison table in ${L1}.`,
      },
    ],
    explanation: `Judge each element by what it does, not by the initiative’s name. The shared laboratory and the joint tile design pool complementary resources and give buyers something better: product-alliance logic, generally lawful even between competitors. The agreed minimum price pools nothing but the freedom to set prices, raises what buyers pay, and ends price rivalry between the two largest makers: price-alliance logic, which most countries restrict. See *Telling the two apart* in *The idea* in ${L1}.`,
  },
  {
    type: 'multiple-response',
    id: 'final-evolution-tractor-evidence',
    prompt:
      'Harlund Tractors and Moravec Agro, two rival tractor makers, notify a competition authority of an agreement signed in 2025. Which facts from their filing support classifying it as a product alliance rather than a price alliance? Select all that apply.',
    objectives: ['evolution.price-vs-product.distinguish'],
    points: 2,
    policy: 'right-minus-wrong',
    tags: ['final', 'evolution'],
    options: [
      {
        id: 'contribute',
        text: 'Harlund brings its hybrid drivetrain and Moravec its electronic steering, which the other lacks.',
        correct: true,
        feedback: `Correct: the partners contribute complementary technologies, not just their freedom to set prices. See *Telling the two apart* in ${L1}.`,
      },
      {
        id: 'customers',
        text: 'Farmers would be offered a hybrid model that neither firm could bring to market by itself.',
        correct: true,
        feedback: `Correct: customers get a product that would not otherwise exist, the mark of a product alliance. See the comparison in *The idea* in ${L1}.`,
      },
      {
        id: 'compete',
        text: 'The pair expect to win orders from the larger makers that now lead the hybrid segment.',
        correct: true,
        feedback: `Correct: a product alliance sharpens competition against other rivals instead of suppressing it. See the comparison in ${L1}.`,
      },
      {
        id: 'name',
        text: 'The filing describes the agreement as a “technology cooperation framework” between the firms.',
        correct: false,
        feedback: `No: a name is no guide, since a cartel can call itself a cooperation agreement too. Judge what the agreement does. See *Telling the two apart* in ${L1}.`,
      },
      {
        id: 'independent',
        text: 'Both firms will remain independent companies, each keeping its own board, shareholders, and brand.',
        correct: false,
        feedback: `No: the members of a price cartel stay independent as well, so this fact does not separate the two kinds. See *Telling the two apart* in ${L1}.`,
      },
      {
        id: 'size',
        text: 'The two firms are of similar size, each with annual sales of roughly €900 million in recent years.',
        correct: false,
        feedback: `No: the partners’ size says nothing about whether they pool resources or fix prices. See *The idea* in ${L1}.`,
      },
    ],
    explanation: `Apply the three questions. What do the partners contribute? Complementary technologies (drivetrain and steering). What do customers get? A model neither could build alone. What happens to competition? It sharpens against the segment leaders. All three point to a product alliance. The agreement’s name, the partners’ independence, and their size are true of price cartels as often as of product alliances, so they prove nothing. See *Telling the two apart* in *The idea* in ${L1}.`,
  },
  {
    type: 'categorize',
    id: 'final-evolution-license-or-ally',
    prompt:
      'Pellmar Optics, a maker of laser lens coatings, needs know-how that another firm holds. Each fact below would, taken on its own, favor one route to that knowledge. Sort the facts by the route they favor.',
    objectives: ['evolution.knowledge-alliances.explain'],
    points: 2,
    policy: 'per-part',
    tags: ['final', 'evolution'],
    buckets: [
      { id: 'market', label: 'Buy it on the market (for example, a license)' },
      { id: 'alliance', label: 'Form a knowledge alliance' },
    ],
    cards: [
      {
        id: 'patent',
        text: 'The method is set out in a granted patent, with drawings and full test data.',
        bucket: 'market',
      },
      {
        id: 'once',
        text: 'Pellmar needs one finished software routine, delivered once to a fixed specification.',
        bucket: 'market',
      },
      {
        id: 'fee',
        text: 'The holder offers the coating recipe under a standard license at a published fee.',
        bucket: 'market',
      },
      {
        id: 'judgment',
        text: 'The know-how lies in the judgment of technicians who have tuned the process for fifteen years.',
        bucket: 'alliance',
      },
      {
        id: 'create',
        text: 'Pellmar hopes to develop, together with the holder, coatings that neither firm can make today.',
        bucket: 'alliance',
      },
      {
        id: 'side-by-side',
        text: 'The skill has passed to newcomers only when they work beside the experts for months.',
        bucket: 'alliance',
      },
    ],
    explanation: `Ask what kind of knowledge is involved and what Pellmar wants to do with it. Codified knowledge (a patented method, a recipe offered on standard terms, a one-off routine built to a fixed specification) passes well through a market purchase. Tacit know-how held in experience, which moves only when people work together, and the aim of creating new capability jointly favor a knowledge alliance, where exchange is semi-internalized. See *Three ways to get knowledge* and the comparison in *The idea* in ${L2}.`,
  },
  {
    type: 'short-text',
    id: 'final-evolution-semi-internalized-term',
    prompt:
      'For three years, engineers from Ravensholt Foods and a flavor-science start-up share one laboratory. Experience-based know-how passes between them almost as it would inside a single company, yet neither firm owns any part of the other. The thesis has a hyphenated term for the state in which knowledge is exchanged in such an alliance. Give the term (one hyphenated word).',
    objectives: ['evolution.knowledge-alliances.explain'],
    tags: ['final', 'evolution'],
    patterns: [
      {
        pattern: 'semi*internali*',
        feedback:
          'Yes: semi-internalized. The knowledge flows almost as inside one firm while both partners stay independent.',
      },
      {
        pattern: '*internali*',
        fraction: 0,
        feedback:
          'Not quite: full internalization would mean building the know-how in-house or buying the start-up. The alliance stops halfway.',
      },
      {
        pattern: 'tacit*',
        fraction: 0,
        feedback:
          'Tacit describes the kind of knowledge being moved. The question asks for the state in which the alliance exchanges it.',
      },
      {
        pattern: '*market*',
        fraction: 0,
        feedback:
          'No: a market purchase is the route the alliance avoids, because tacit know-how travels badly through licenses.',
      },
    ],
    explanation: `The thesis describes alliance-based knowledge exchange as semi-internalized: because the partners’ staff work together for years within a joint setup, experience-based know-how moves nearly as freely as inside a single company, and yet neither side buys any stake in the other. It sits between buying on the market and internalizing by building or acquiring. See *Three ways to get knowledge* in *The idea* in ${L2}.`,
  },
  {
    type: 'numeric',
    id: 'final-evolution-build-vs-ally',
    prompt:
      'Quenby Acoustics wants the know-how to design noise-cancelling software for its headphones. Building it in-house would mean hiring 16 specialists at an average cost of £95,000 a year each for three years, plus £1.4 million of test equipment. The alternative is a three-year joint laboratory with an audio-software firm, with a budget of £3.2 million of which Quenby pays 55%. How much lower is Quenby’s outlay on the alliance route than on building in-house? Answer in £ million, to two decimal places.',
    objectives: ['evolution.knowledge-alliances.explain'],
    points: 2,
    tags: ['final', 'evolution'],
    answers: [
      {
        value: 4.2,
        tolerance: 0.01,
        feedback: 'Right: (16 × 0.095 × 3 + 1.4) − 0.55 × 3.2 = 5.96 − 1.76 = £4.20 million.',
      },
      {
        value: 2.76,
        tolerance: 0.005,
        fraction: 0,
        feedback:
          'You subtracted the whole laboratory budget. Quenby pays only 55% of it: 0.55 × 3.2 = £1.76 million.',
      },
      {
        value: 2.8,
        tolerance: 0.005,
        fraction: 0,
        feedback:
          'You left out the £1.4 million of test equipment, which belongs to the in-house route.',
      },
      {
        value: 1.16,
        tolerance: 0.005,
        fraction: 0,
        feedback:
          'You counted the specialists for one year only. They are needed for three years: 16 × 0.095 × 3 = £4.56 million.',
      },
    ],
    explanation: `In-house: 16 specialists × £0.095 million × 3 years = £4.56 million, plus £1.4 million of equipment = £5.96 million. Alliance: Quenby’s 55% of £3.2 million = £1.76 million. Difference: 5.96 − 1.76 = £4.20 million. The figures illustrate the lesson’s point that internalizing knowledge is slow or costly, while an alliance lets tacit know-how flow through joint work without either firm owning the other. See *Three ways to get knowledge* and the worked example in ${L2}.`,
  },
  {
    type: 'inline-choice',
    id: 'final-evolution-postwar-inline',
    prompt: 'Complete the account of how the second era of alliances began.',
    objectives: ['evolution.eras.order', 'evolution.price-vs-product.distinguish'],
    points: 2,
    tags: ['final', 'evolution'],
    text: 'After World War II, supply in market after market {{supply}} demand, so the upper hand passed to {{side}}. A new product now called for more money, technology, and market knowledge than one firm usually had, and one failed launch could ruin the firm that attempted it. The typical answer was to {{response}}, which the thesis calls a {{name}} alliance. Unlike the cartels before them, such alliances tend to {{effect}} competition against other rivals.',
    gaps: [
      {
        id: 'supply',
        options: [
          { id: 'overtook', text: 'caught up with and overtook' },
          { id: 'behind', text: 'fell ever further behind' },
          { id: 'law', text: 'was held by law at the level of' },
        ],
        answer: 'overtook',
        feedback:
          'Output first matched and then outran what customers wanted, turning a seller’s market into a buyer’s market.',
      },
      {
        id: 'side',
        options: [
          { id: 'buyers', text: 'buyers' },
          { id: 'sellers', text: 'sellers' },
          { id: 'regulators', text: 'regulators' },
        ],
        answer: 'buyers',
        feedback:
          'Once goods were abundant, customers picked and chose, and firms had to design around their wishes.',
      },
      {
        id: 'response',
        options: [
          { id: 'pool', text: 'pool complementary resources and share risk' },
          { id: 'quota', text: 'agree minimum prices and output quotas' },
          { id: 'merge', text: 'merge into one national champion per industry' },
        ],
        answer: 'pool',
        feedback:
          'Firms short of resources combined what each had and shared the risk; price fixing was the earlier, traditional logic.',
      },
      {
        id: 'name',
        options: [
          { id: 'product', text: 'product' },
          { id: 'price', text: 'price' },
          { id: 'knowledge', text: 'knowledge' },
        ],
        answer: 'product',
        feedback:
          'Pooling resources to develop, make, or sell products is a product alliance; knowledge alliances belong to the later, emerging era.',
      },
      {
        id: 'effect',
        options: [
          { id: 'sharpen', text: 'sharpen' },
          { id: 'suppress', text: 'suppress' },
          { id: 'freeze', text: 'freeze' },
        ],
        answer: 'sharpen',
        feedback:
          'A product alliance gives customers something new and makes the partners stronger rivals to other firms; cartels suppress competition.',
      },
    ],
    explanation: `After World War II supply overtook demand and a buyer’s market took hold. Competition, technical change, and risk rose together, so single firms often lacked the resources to reach their goals. They answered by pooling complementary resources and sharing risk in product alliances, which, unlike price cartels, sharpen competition against other rivals. See *Modern alliances: the product alliance* and the comparison in *The idea* in ${L1}.`,
  },
  {
    type: 'matching',
    id: 'final-evolution-form-signs',
    prompt:
      'An analyst notes one telling sign about each of four arrangements between firms. Using the course’s working distinction between the forms of knowledge alliance, and telling both apart from older forms, match each sign to the form it best indicates.',
    objectives: ['evolution.knowledge-forms.classify'],
    points: 2,
    policy: 'per-part',
    tags: ['final', 'evolution'],
    premises: [
      {
        id: 'tender',
        text: 'Five firms answer one hospital tender as one bidder under a single project lead, and their agreement lapses at handover.',
        match: 'virtual',
      },
      {
        id: 'circle',
        text: 'A circle of twelve firms has lasted nine years; members come and go, and each client gets a different team of three or four.',
        match: 'dynamic',
      },
      {
        id: 'plant',
        text: 'Two firms build one plant to make a component that both will fit in their own product ranges for the next decade.',
        match: 'product',
      },
      {
        id: 'bids',
        text: 'Three firms settle in advance which of them will bid for each municipal contract, and at what price.',
        match: 'price',
      },
    ],
    responses: [
      { id: 'virtual', text: 'Virtual enterprise' },
      { id: 'dynamic', text: 'Dynamic alliance' },
      { id: 'product', text: 'Product alliance' },
      { id: 'price', text: 'Price alliance' },
      { id: 'acquisition', text: 'Acquisition' },
    ],
    explanation: `A temporary network that faces one customer as a single firm for one opportunity and then ends is, in the course’s working distinction, a virtual enterprise. A long-lived network that keeps changing its members and reshuffling its teams is a dynamic alliance. A jointly built plant serving both partners’ product lines for years pools resources around products: a product alliance. Deciding in advance who bids and at what price is price-alliance logic. Nothing in any sign involves one firm buying another. See *Two forms: virtual enterprises and dynamic alliances* in ${L2} and *Telling the two apart* in ${L1}.`,
  },
  {
    type: 'choice',
    id: 'final-evolution-eras-overlap',
    prompt:
      'In 2024 two European carmakers agree to co-develop a battery platform that each will fit in its own models, splitting the €1.1 billion cost. A commentator writes: “A product alliance in the knowledge economy is a throwback. By the thesis’s account, that era is over.” How does the claim stand against the thesis’s account?',
    objectives: ['evolution.eras.order'],
    tags: ['final', 'evolution'],
    options: [
      {
        id: 'overlap',
        text: 'It is wrong: the eras overlap, and product alliances remain common while the emphasis shifts toward knowledge alliances.',
        fraction: 1,
        feedback: `Right. The eras describe where the center of gravity lies, not clean breaks; the arrival of knowledge alliances left product alliances in widespread use. See *An evolution, not a replacement* in ${L2}.`,
      },
      {
        id: 'replace',
        text: 'It is right: in the thesis’s account each new era retires the alliance forms of the era before it, as cartels were retired.',
        feedback: `No. Even cartels were not simply retired: price fixing became illegal and is still prosecuted. The thesis describes a shift in emphasis, and product alliances remain common. See *Telling the two apart* in ${L1}.`,
      },
      {
        id: 'capital',
        text: 'It is right: once know-how overtakes capital as the scarcest input, sharing the cost of development stops mattering to firms.',
        feedback: `No. Knowledge becoming the scarcest factor does not make cost and risk irrelevant; firms still share both in product alliances, as this €1.1 billion project shows. See *Why knowledge becomes the reason to ally* in ${L2}.`,
      },
      {
        id: 'reverse',
        text: 'It is wrong, but for another reason: the thesis says product alliances are now steadily displacing knowledge alliances.',
        feedback: `Wrong direction. The thesis sees the drift running the other way, from product alliances toward knowledge alliances, with both still in use. See *An evolution, not a replacement* in ${L2}.`,
      },
    ],
    explanation: `The three eras mark shifts in the typical form of alliance, not the end of earlier forms. The thesis sees the weight moving slowly from product alliances toward knowledge alliances, but product alliances are still widespread. A shared battery platform, splitting cost and risk, is an ordinary modern-era product alliance formed in the knowledge economy, and nothing in the account rules it out. See *An evolution, not a replacement* in ${L2} and *Telling the two apart* in ${L1}.`,
  },
  {
    type: 'choice',
    id: 'final-evolution-misleading-name',
    prompt:
      'The Lindholt Virtual Engineering Alliance was founded in 2016 by nine small engineering firms and is still active. Its membership changes a little every year, with one or two firms departing and new ones admitted, and for every client project a different group of three or four members forms the team. Using the course’s working distinction, which form of knowledge alliance is it?',
    objectives: ['evolution.knowledge-forms.classify'],
    tags: ['final', 'evolution'],
    options: [
      {
        id: 'dynamic',
        text: 'A dynamic alliance, whatever its name suggests',
        fraction: 1,
        feedback: `Right. A standing network whose membership changes and which puts together a new team for each project is a dynamic alliance; the word “virtual” in its name does not decide the form. See *Two forms* in *The idea* in ${L2}.`,
      },
      {
        id: 'virtual-name',
        text: 'A virtual enterprise, exactly as its own name states',
        feedback: `No. Judge the form by how the network works, not by its name. A virtual enterprise is built for one opportunity and ends with it; this network has lasted since 2016. See *Two forms* in ${L2}.`,
      },
      {
        id: 'virtual-independent',
        text: 'A virtual enterprise, since its members are independent firms',
        feedback: `No. Members stay independent in both forms, so independence does not separate them. What does is lifespan and shape: one opportunity and a planned end, or a lasting network that keeps reconfiguring. See *Two forms* in ${L2}.`,
      },
      {
        id: 'product',
        text: 'A product alliance, because it has run for many years',
        feedback: `No. Lasting for years does not make it a product alliance; the network is organized around members’ competences and changing projects, not around one product line. See *Two forms* in ${L2}.`,
      },
    ],
    explanation: `Set the name aside and read the structure: a network that has existed for years, whose membership changes and which forms a different team for each project. In the course’s working distinction that is a dynamic alliance. A virtual enterprise, by contrast, is put together for a single opportunity, presents one face to the customer, and disbands when the job is done. See *Two forms: virtual enterprises and dynamic alliances* in ${L2}.`,
  },
];

/** The final assessment’s own cases for this module. */
export const cases: CaseDefinitionInput[] = [
  {
    id: 'case-final-evolution-ardlow',
    title: 'Ardlow Glass: three proposals in one spring',
    tags: ['final', 'evolution', 'part-2'],
    stimulus: `Ardlow Glass, founded in Doncaster in 1952, makes toughened glass for commercial greenhouses. In 2024 it had revenue of £74 million, an operating profit of £4.8 million, and 410 employees. Growers can choose among nine suppliers, and many now buy on how much light the glass lets through rather than on price alone.

In March 2025 Ardlow’s board received three proposals.

**The Growers’ Supply Accord.** Penhallow Glazing, Ardlow’s largest British rival, suggested that both firms quote large growers the same price of £31 per square meter and stop bidding for each other’s existing customers. Penhallow’s letter stressed that the Accord would be a formal contract drafted by a leading law firm, that both companies would stay fully independent, and that it would “bring stability to growers”.

**The diffuse-coating project.** Wexmoor Coatings, a Belgian maker of optical coatings, proposed developing together a coating that scatters sunlight evenly across a crop. Wexmoor would contribute its coating chemistry; Ardlow would contribute its tempering lines and its relationships with 600 growers. The three-year development budget is £7.5 million, of which Ardlow would pay 40%. Ardlow’s engineers estimate that developing a comparable coating alone would cost £6.2 million. Each firm would sell the coated glass under its own name in its home markets.

**The Haverley consortium.** Haverley Fresh is tendering a £26 million contract to build a glazed vertical farm near York. Ardlow, the lighting firm Fennick Lumen, the robotics start-up Corrow Automation, and an engineering consultancy would submit a joint bid as a single contractor, led by one project director and working from a shared design model. Engineers from all four would jointly develop a control system linking glass, lights, and robots. The consortium agreement would end at handover in 2027.

Closing the meeting, a non-executive director remarked that Wexmoor’s share price had fallen 18% over the past year.`,
    items: [
      {
        type: 'choice',
        id: 'final-evolution-ardlow-accord',
        prompt: 'How should Ardlow’s board classify and judge the Growers’ Supply Accord?',
        objectives: ['evolution.price-vs-product.distinguish'],
        points: 2,
        tags: ['final', 'evolution'],
        options: [
          {
            id: 'price',
            text: 'As a price alliance: it fixes what growers pay for unchanged glass and ends rivalry between the two firms, so the law forbids it',
            fraction: 1,
            feedback: `Right. Each firm would give up its freedom to price and to pursue the other’s customers, and put in nothing else; growers gain nothing and rivalry between Ardlow and its largest British rival ends. That is the cartel logic the law restricts. See *Telling the two apart* in *The idea* in ${L1}.`,
          },
          {
            id: 'lawful',
            text: 'As a lawful alliance: both firms would stay fully independent, and a leading law firm would draft the formal contract setting out its terms',
            feedback: `No. Independence and careful drafting are beside the point: price cartels are made up of independent firms too, and a well-written contract does not make price fixing lawful. See *Telling the two apart* in ${L1}.`,
          },
          {
            id: 'product',
            text: 'As a product alliance: it shares the risk of volatile prices and, as Penhallow says, would bring stability to the growers it supplies',
            feedback: `No. A product alliance combines what each partner is good at to make something new; here nothing is combined, and “stability” for the sellers means a fixed price for the buyers. See the comparison in *The idea* in ${L1}.`,
          },
          {
            id: 'knowledge',
            text: 'As a knowledge alliance: the two firms would exchange information about their prices and their customers across Britain',
            feedback: `No. Swapping price and customer information creates no new capability for either firm; it only coordinates what growers pay. See *The idea* in ${L2}.`,
          },
        ],
        explanation: `Set aside what the letter stresses (a formal contract, independence, “stability”) and ask the three questions. What would each firm put in? Nothing beyond giving up its freedom to price and to pursue the other’s customers. What do growers get? The same glass at a fixed price. What happens to competition? It ends between Ardlow and its largest British rival. That is a price alliance, the traditional-era logic that most countries restrict by law. See *Traditional alliances* and *Telling the two apart* in *The idea* in ${L1}.`,
      },
      {
        type: 'numeric',
        id: 'final-evolution-ardlow-coating-saving',
        prompt:
          'By how much would the Wexmoor alliance reduce Ardlow’s own development outlay compared with developing a comparable coating alone? Answer in £ million, to one decimal place.',
        objectives: ['evolution.price-vs-product.distinguish'],
        points: 2,
        tags: ['final', 'evolution'],
        answers: [
          {
            value: 3.2,
            tolerance: 0.05,
            feedback: 'Right: 6.2 − 0.40 × 7.5 = 6.2 − 3.0 = £3.2 million.',
          },
          {
            value: 3,
            tolerance: 0.05,
            fraction: 0,
            feedback:
              'This is what Ardlow would pay into the joint budget (40% of £7.5 million). Take it away from the £6.2 million that working alone would cost.',
          },
          {
            value: 1.3,
            tolerance: 0.05,
            fraction: 0,
            feedback:
              'This compares the two project budgets. What matters is Ardlow’s own spending: £6.2 million alone against 40% of £7.5 million as a partner.',
          },
          {
            value: 4.5,
            tolerance: 0.05,
            fraction: 0,
            feedback:
              'That is Wexmoor’s share of the budget (60% of £7.5 million). Ardlow pays 40%.',
          },
        ],
        explanation: `Alone, Ardlow would pay the whole £6.2 million. The joint budget is bigger (£7.5 million), yet Ardlow’s 40% share comes to only £3.0 million. Its own outlay drops by 6.2 − 3.0 = £3.2 million, and a failed project would leave 60% of the loss with Wexmoor. Pooling complementary resources and sharing risk is the core of the product alliance. The fall in Wexmoor’s share price says nothing about this logic. See *Modern alliances* in *The idea* and the worked example in ${L1}.`,
      },
      {
        type: 'ordering',
        id: 'final-evolution-ardlow-era-order',
        prompt:
          'Order the three proposals by the era of alliance evolution whose typical logic each one follows, earliest era first.',
        objectives: ['evolution.eras.order'],
        tags: ['final', 'evolution'],
        grading: 'absolute-position',
        items: [
          { id: 'accord', text: 'The Growers’ Supply Accord' },
          { id: 'coating', text: 'The diffuse-coating project with Wexmoor' },
          { id: 'haverley', text: 'The Haverley consortium' },
        ],
        explanation: `All three proposals arrive in 2025, so order them by logic, not by date. Fixing a price and sharing out customers follows the price-fixing pattern typical of the traditional era (from the late nineteenth century). Pooling complementary resources and sharing the risk of a new product is the product-alliance logic of the modern era (after World War II). A network built around several firms’ competences that jointly creates new knowledge for one opportunity belongs to the emerging era of knowledge alliances. See the timeline in *The idea* in ${L1}.`,
      },
      {
        type: 'multiple-response',
        id: 'final-evolution-ardlow-haverley-signs',
        prompt:
          'Which facts in the case mark the Haverley consortium as a virtual enterprise, in the course’s working distinction, rather than a product alliance? Select all that apply.',
        objectives: ['evolution.knowledge-forms.classify', 'evolution.knowledge-alliances.explain'],
        points: 2,
        policy: 'right-minus-wrong',
        tags: ['final', 'evolution'],
        options: [
          {
            id: 'one-face',
            text: 'Toward Haverley the four firms would appear as a single bidder led by one project director.',
            correct: true,
            feedback: `Correct: presenting one face to the customer, as if the network were one firm, is a sign of a virtual enterprise. See *Two forms* in *The idea* in ${L2}.`,
          },
          {
            id: 'end',
            text: 'The agreement is tied to one contract and would end at handover in 2027.',
            correct: true,
            feedback: `Correct: a virtual enterprise is built for one opportunity and has a planned end. See *Two forms* in ${L2}.`,
          },
          {
            id: 'create',
            text: 'Engineers from all four would jointly develop a control system that none of them has yet.',
            correct: true,
            feedback: `Correct: creating new knowledge from several firms’ competences is what knowledge alliances are for. See *Why knowledge becomes the reason to ally* in ${L2}.`,
          },
          {
            id: 'value',
            text: 'The contract is worth £26 million, more than five times the operating profit Ardlow made in 2024.',
            correct: false,
            feedback: `No: the money at stake does not decide the form. A small network can be a virtual enterprise and a huge shared plant a product alliance. See *The idea* in ${L2}.`,
          },
          {
            id: 'headcount',
            text: 'Ardlow, which now has 410 employees, has been making greenhouse glass in Doncaster since 1952.',
            correct: false,
            feedback: `No: Ardlow’s size and long history are background. They say nothing about how the consortium is organized or how long it will last. See *Two forms* in ${L2}.`,
          },
        ],
        explanation: `Look for the marks of a virtual enterprise: independent firms that each contribute a competence (glass, lighting, robotics, engineering), a single bidder and project director facing the customer, an end fixed by one contract (handover in 2027), and knowledge created together (the control system). The contract’s value and Ardlow’s size and age are true or false of product alliances alike, so they do not help. See *Two forms: virtual enterprises and dynamic alliances* in ${L2}.`,
      },
    ],
  },
];
