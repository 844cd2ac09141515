import type { CaseDefinitionInput, ItemDefinitionInput } from '@alliance/quiz-engine';

const CC_EXPLAIN = 'benefits.core-competence.explain';
const CC_EVALUATE = 'benefits.core-competence.evaluate';
const FB_IDENTIFY = 'benefits.four-benefits.identify';
const FB_ESTIMATE = 'benefits.four-benefits.estimate';

export const items: ItemDefinitionInput[] = [
  // ─── Core competence and competitive advantage ─────────────────────────────
  {
    type: 'choice',
    id: 'benefits-cc-home-grown',
    prompt:
      'The founder of Arlen Medical, a mid-sized maker of surgical instruments, tells her board: “Core competence has to be home-grown. An alliance cannot help us build it, so we should only ally for things we don’t care about.” Which reply best reflects the lesson?',
    objectives: [CC_EXPLAIN],
    points: 1,
    tags: ['benefits'],
    options: [
      {
        id: 'faster',
        text: 'Core competence is hard to imitate and slow to build alone; an alliance can speed it up through mutual learning and complementary strengths, provided Arlen links what it learns to what it already does best.',
        fraction: 1,
        feedback:
          'Correct: this is the thesis’s root argument for alliances. See *The speed problem* in Core competence and competitive advantage.',
      },
      {
        id: 'acquire',
        text: 'She is right: core competence can only be obtained by acquiring the firm that has it.',
        feedback:
          'Acquisition is one route, but the lesson shows that alliances let firms learn and accumulate competence faster than alone, without buying anyone. See *The speed problem* in Core competence and competitive advantage.',
      },
      {
        id: 'unnecessary',
        text: 'Alliances make core competence unnecessary, because partners can supply whatever Arlen lacks.',
        feedback:
          'Receiving a partner’s output without learning fills a gap but builds nothing distinctive; in a dynamic environment a firm must rely more, not less, on its own core competences. See *Gap-filling versus competence-building* in Core competence and competitive advantage.',
      },
      {
        id: 'majority',
        text: 'Alliances build core competence only when the firm holds a majority stake in a joint venture.',
        feedback:
          'The form of the alliance is not the test; what matters is whether the firm learns and links the learning to its core competence. Contractual knowledge alliances can do this too. See *From product alliances to knowledge alliances* in Core competence and competitive advantage.',
      },
    ],
    explanation:
      'The thesis’s argument runs: core competence is unique and hard to imitate, so building it alone takes a long time; alliances open channels for mutual learning and combine complementary strengths, so competence grows faster. The founder is right that competence cannot simply be bought off the shelf, and wrong to conclude that alliances cannot help build it. See *The speed problem* in Core competence and competitive advantage.',
    hints: [
      'The founder is half right. Which part of her claim about how competence is built holds up, and which conclusion does the lesson reject?',
      'Think about why core competence takes so long to develop inside one firm, and what a partner could add to that process if the firm learns rather than only receives.',
    ],
  },
  {
    type: 'ordering',
    id: 'benefits-cc-argument-chain',
    prompt:
      'Put the steps of the thesis’s argument for why alliances are worth their risks in logical order, from the starting condition to the final result.',
    objectives: [CC_EXPLAIN],
    points: 2,
    tags: ['benefits'],
    grading: 'relative-next-include-last',
    items: [
      {
        id: 'dynamic',
        text: 'The environment keeps changing, so advantages based on scale or a single product are quickly copied or overtaken.',
      },
      {
        id: 'rely',
        text: 'A firm must rely more and more on its core competences, its unique resources and capabilities.',
      },
      { id: 'slow', text: 'Core competence is hard to imitate, so building it alone is slow.' },
      {
        id: 'channels',
        text: 'An alliance opens channels for mutual learning and combines complementary strengths.',
      },
      {
        id: 'link',
        text: 'The firm links what it learns to its own core competence, which develops faster.',
      },
      {
        id: 'advantage',
        text: 'Faster-growing core competence shows up as competitive advantage.',
      },
    ],
    explanation:
      'Start from the environment: because it is dynamic, firms must rely on core competences; because those are hard to imitate, building them alone is slow; alliances speed the process by opening channels for learning; the learning counts when it is linked to the firm’s own competence; and the end result is competitive advantage. See *The idea* in Core competence and competitive advantage.',
    hints: [
      'Treat the steps as a chain in which each one gives the reason for the next. The prompt tells you where the chain starts and where it ends.',
      'Test each adjacent pair by joining them with “so.” If the sentence sounds backward, with a result coming before its cause, swap them.',
    ],
  },
  {
    type: 'categorize',
    id: 'benefits-cc-sort-proposals',
    prompt:
      'Sort each proposed alliance: will it build the firm’s core competence, or only fill a short-term gap?',
    objectives: [CC_EVALUATE],
    points: 2,
    tags: ['benefits'],
    policy: 'per-part',
    buckets: [
      { id: 'builds', label: 'Builds core competence' },
      { id: 'fills', label: 'Fills a gap only' },
    ],
    cards: [
      {
        id: 'bank',
        text: 'A regional bank co-develops a credit-scoring model with a fintech firm, with six of its own analysts working in the fintech’s team.',
        bucket: 'builds',
      },
      {
        id: 'upholstery',
        text: 'A furniture maker buys finished upholstery from a partner under a five-year contract; the partner keeps its process secret.',
        bucket: 'fills',
      },
      {
        id: 'controller',
        text: 'A drone maker licenses a standard flight controller that its three main rivals also use.',
        bucket: 'fills',
      },
      {
        id: 'seeds',
        text: 'A seed company and a university lab jointly breed drought-resistant varieties, sharing field data with the company’s own breeders.',
        bucket: 'builds',
      },
      {
        id: 'ecommerce',
        text: 'A shoe brand hands its entire online shop to a platform partner and closes its own web team.',
        bucket: 'fills',
      },
      {
        id: 'sensors',
        text: 'A machine-tool maker pairs its engineers with a sensor firm’s to build predictive maintenance into its own machines, jointly owning the interface.',
        bucket: 'builds',
      },
    ],
    explanation:
      'Apply the three questions. Does the firm learn, or only receive? (The bank, seed company, and machine-tool maker put their own people into the work; the furniture maker receives a secret process’s output.) Is the learning linked to what the firm does best? (Predictive maintenance builds on the tool maker’s machines; closing the web team cuts the shoe brand off from learning altogether.) Could rivals get the same thing? (The drone controller is sold to every rival.) See *Gap-filling versus competence-building* in Core competence and competitive advantage.',
    hints: [
      'For each proposal, ask whether the firm’s own people will come away knowing more, or whether the firm simply gets something delivered.',
      'Use the lesson’s three tests: does the firm learn, does the learning connect to its existing strengths, and is the result something competitors could simply buy?',
    ],
  },
  {
    type: 'multiple-response',
    id: 'benefits-cc-learning-conditions',
    prompt:
      'Harrow Instruments, a maker of laboratory balances, plans an alliance with an optics firm to add spectroscopy to its products. Which features of the plan make it more likely that Harrow will actually strengthen its core competence? Select all that apply.',
    objectives: [CC_EVALUATE],
    points: 2,
    tags: ['benefits'],
    policy: 'right-minus-wrong',
    options: [
      {
        id: 'second',
        text: 'Harrow will second eight of its engineers to the joint lab for two years.',
        correct: true,
        feedback:
          'Correct: Harrow learns rather than merely receives, and its engineers build the capacity to absorb new knowledge. See *Gap-filling versus competence-building* in Core competence and competitive advantage.',
      },
      {
        id: 'platform',
        text: 'The spectroscopy will be built into Harrow’s own weighing platform, where Harrow is already strongest.',
        correct: true,
        feedback:
          'Correct: new knowledge linked to an existing core competence compounds. See *Gap-filling versus competence-building* in Core competence and competitive advantage.',
      },
      {
        id: 'interface',
        text: 'Harrow and the partner will jointly own the interface design, which no rival can license.',
        correct: true,
        feedback:
          'Correct: what rivals cannot obtain on the same terms can support a distinctive advantage. See *Gap-filling versus competence-building* in Core competence and competitive advantage.',
      },
      {
        id: 'sealed',
        text: 'The partner will deliver spectroscopy modules as sealed units, and Harrow’s staff will not see the design.',
        correct: false,
        feedback:
          'Sealed modules fill a gap but teach Harrow nothing. See *Gap-filling versus competence-building* in Core competence and competitive advantage.',
      },
      {
        id: 'close-lab',
        text: 'Harrow will close its own small optics research group once the alliance starts, to save costs.',
        correct: false,
        feedback:
          'Closing the group removes the related knowledge Harrow needs to learn from its partner. See the note on absorptive capacity in *The idea* in Core competence and competitive advantage.',
      },
      {
        id: 'rivals',
        text: 'The partner already sells the same module on the same terms to Harrow’s two largest rivals.',
        correct: false,
        feedback:
          'If rivals can get the same thing, it cannot be the basis of a distinctive advantage. See *Gap-filling versus competence-building* in Core competence and competitive advantage.',
      },
    ],
    explanation:
      'An alliance builds core competence when the firm learns (seconded engineers), when the learning is tied to what it already does best (its weighing platform), and when the result is something rivals cannot get (a jointly owned interface). Sealed units, a closed research group, and a module sold to everyone turn the alliance into gap-filling. See *Gap-filling versus competence-building* in Core competence and competitive advantage.',
    hints: [
      'Building competence depends on how Harrow takes part, not just on what it receives. Picture what Harrow’s people will know when the alliance ends.',
      'Check each feature against three questions: does Harrow learn, does the learning attach to its strongest product, and could its rivals obtain the same thing?',
    ],
  },

  // ─── Four concrete benefits ─────────────────────────────────────────────────
  {
    type: 'matching',
    id: 'benefits-fb-match',
    prompt: 'Match each situation to the concrete benefit of alliances it mainly delivers.',
    objectives: [FB_IDENTIFY],
    points: 2,
    tags: ['benefits'],
    policy: 'per-part',
    premises: [
      {
        id: 'pharmacies',
        text: 'A Brazilian cosmetics firm sells in Mexico through its partner’s 1,200 pharmacy outlets instead of building its own.',
        match: 'markets',
      },
      {
        id: 'maintenance',
        text: 'Four regional airlines pool their fleets’ maintenance in one base large enough to run at full capacity.',
        match: 'scale',
      },
      {
        id: 'battery',
        text: 'A small battery-chemistry firm works beside a large carmaker’s engineers and learns mass-production techniques.',
        match: 'technology',
      },
      {
        id: 'wind',
        text: 'Three utilities split the 2.4 billion euro cost of an offshore wind farm so that a failure would threaten none of them.',
        match: 'risk',
      },
    ],
    responses: [
      { id: 'technology', text: 'Access to technology and shared technical resources' },
      { id: 'risk', text: 'Resisting and sharing risk' },
      { id: 'markets', text: 'New markets through partners’ sales networks' },
      { id: 'scale', text: 'Economies of scale' },
      { id: 'prices', text: 'Higher prices through agreed market division' },
    ],
    explanation:
      'Look for each benefit’s signal. Selling through a partner’s outlets is sales-network sharing. Pooled volume filling one facility is economies of scale. A weaker firm learning a stronger partner’s methods is technology access. A large, uncertain investment split so that no partner bears the full loss is risk sharing. Agreeing prices or dividing markets is the logic of the old cartels, which competition law restricts, not one of the four benefits. See *Spotting the benefits in a case* in Four concrete benefits.',
    hints: [
      'Each benefit leaves its own signal. For each situation, ask what the firms are pooling or borrowing from one another.',
      'Ask what each firm would have had to do alone, and which of the four lenses that saved effort falls under. Not every response is something the thesis counts as a benefit.',
    ],
  },
  {
    type: 'choice',
    id: 'benefits-fb-airbus',
    prompt: 'What does the thesis use the example of Airbus to illustrate?',
    objectives: [FB_IDENTIFY],
    points: 1,
    tags: ['benefits'],
    options: [
      {
        id: 'scale',
        text: 'Economies of scale: no single European aircraft maker could match Boeing’s investment and scale, but together they could.',
        fraction: 1,
        feedback:
          'Correct: the thesis places Airbus under economies of scale, as the case of firms pooling resources to reach a scale none could reach alone. See *4. Economies of scale* in Four concrete benefits.',
      },
      {
        id: 'technology',
        text: 'Access to technology: the European makers learned aircraft design from Boeing.',
        feedback:
          'Boeing was the rival, not a partner; the European makers allied with each other to compete against it. See *4. Economies of scale* in Four concrete benefits.',
      },
      {
        id: 'markets',
        text: 'New markets: Airbus sold its aircraft through Boeing’s airline customers.',
        feedback:
          'The example is not about using a partner’s sales network. See *3. New markets through partners’ sales networks* and *4. Economies of scale* in Four concrete benefits.',
      },
      {
        id: 'small-only',
        text: 'That only small firms gain from alliances, since large firms can always go it alone.',
        feedback:
          'The thesis adds the opposite point: even the largest firms, such as General Electric, ally to produce more efficiently. See *4. Economies of scale* in Four concrete benefits.',
      },
    ],
    explanation:
      'In the thesis, Airbus shows that pooling resources lets firms reach a scale none could reach alone: no European maker could invest enough to face Boeing on equal terms, but jointly they could. Sharing the huge cost also spread risk, but the thesis uses the example for scale, and it adds General Electric to show that even giants ally for efficiency. See *4. Economies of scale* in Four concrete benefits.',
    hints: [
      'Recall what the European aircraft makers could not do on their own against Boeing, and which of the four benefits that gap belongs to.',
      'Ask who the partners in Airbus were and who they were up against, then ask what no single one of them could reach alone.',
    ],
  },
  {
    type: 'numeric',
    id: 'benefits-fb-scale-unit-cost',
    prompt:
      'Three makers of agricultural drones each plan to build 5,000 flight units a year. A flight-unit plant has fixed costs of 12 million euros a year and a variable cost of 1,100 euros per unit. If they build all 15,000 units in one shared plant instead of three separate plants, by how much does the cost per unit fall? Answer in euros per unit, rounded to the nearest euro.',
    objectives: [FB_ESTIMATE],
    points: 2,
    tags: ['benefits'],
    answers: [
      {
        value: 1600,
        tolerance: 1,
        feedback:
          'Right: alone, 12,000,000 / 5,000 + 1,100 = 3,500 euros; shared, 12,000,000 / 15,000 + 1,100 = 1,900 euros; the fall is 1,600 euros.',
      },
      {
        value: 1900,
        tolerance: 1,
        fraction: 0,
        feedback:
          '1,900 euros is the shared plant’s cost per unit. The question asks how much the cost falls.',
      },
      {
        value: 3500,
        tolerance: 1,
        fraction: 0,
        feedback:
          '3,500 euros is the cost per unit in a separate plant. The question asks how much the cost falls.',
      },
    ],
    explanation:
      'Cost per unit = fixed cost / volume + variable cost. Separate plant: 12,000,000 / 5,000 = 2,400, plus 1,100 = 3,500 euros. Shared plant: 12,000,000 / 15,000 = 800, plus 1,100 = 1,900 euros. The fall is 3,500 − 1,900 = 1,600 euros per unit. Only the fixed part shrinks with volume, which is why scale matters most in businesses with high fixed costs. See *Worked example: Voltaris Drive* in Four concrete benefits.',
    hints: [
      'Cost per unit is the fixed cost spread over the volume, plus the variable cost. Work it out for one plant alone and for the shared plant.',
      'Divide the 12 million euros by each plant’s volume, add the 1,100 euros in both cases, and subtract the shared figure from the stand-alone one.',
    ],
  },
  {
    type: 'numeric',
    id: 'benefits-fb-risk-share',
    prompt:
      'Four chipmakers fund a 1.6 billion dollar research fab, with stakes of 40%, 25%, 20%, and 15%. If the research fails and the fab is written off, what loss does the partner with the 25% stake bear? Answer in millions of dollars.',
    objectives: [FB_ESTIMATE],
    points: 1,
    tags: ['benefits'],
    answers: [
      {
        value: 400,
        tolerance: 1,
        feedback:
          'Right: 25% of 1,600 million dollars is 400 million dollars, instead of 1,600 million alone.',
      },
      {
        value: 1600,
        tolerance: 1,
        fraction: 0,
        feedback:
          '1,600 million dollars is what a firm building the fab alone would lose. In the alliance, each partner bears only its share.',
      },
    ],
    explanation:
      'With risk sharing, each partner bears the loss in proportion to its stake: 0.25 × 1,600 = 400 million dollars. Alone, the firm would have lost the full 1,600 million, a blow that could threaten its survival. See *2. Resisting and sharing risk* in Four concrete benefits.',
    hints: [
      'When partners share a risk, nobody carries the whole loss. Each one’s part depends on how much of the fab it owns.',
      'Write that partner’s stake as a decimal and multiply it by the total cost of the fab, in millions.',
    ],
  },
  {
    type: 'short-text',
    id: 'benefits-fb-synergy',
    prompt:
      'When well-integrated partners produce a combined result greater than the sum of what each could produce separately, what is this effect called? Answer in one word.',
    objectives: [FB_IDENTIFY],
    points: 1,
    tags: ['benefits'],
    patterns: [
      { pattern: 'synerg*', feedback: 'Correct: synergy.' },
      {
        pattern: '*synerg*',
        feedback: 'Correct: synergy, the whole exceeding the sum of the parts.',
      },
      {
        pattern: '*econom* of scale*',
        fraction: 0,
        feedback:
          'Economies of scale lower unit cost through volume; the effect of the whole exceeding the sum of the parts is synergy.',
      },
    ],
    explanation:
      'Pooling resources can reach an efficient scale; when the partners are also well integrated, their combined result can exceed the sum of their separate efforts. That extra is synergy. See *4. Economies of scale* in Four concrete benefits.',
    hints: [
      'This is not about spreading fixed costs. It is the extra that appears only when the partners’ efforts truly combine, and the lesson gives it a one-word name.',
      'The term appears in the economies-of-scale section of Four concrete benefits, as what well-integrated partners can achieve beyond scale alone.',
    ],
  },
  {
    type: 'essay',
    id: 'benefits-worth-it-essay',
    prompt:
      'The board of Marden Textiles, a mid-sized maker of technical fabrics, has read that more than 60% of strategic alliances fail. One director proposes a rule: “No alliances, ever.” In 200–350 words, argue for or against the rule, using the thesis’s root argument about core competence and at least two of the four concrete benefits, and say what the failure rate should change about how Marden approaches alliances.',
    objectives: [CC_EXPLAIN, FB_IDENTIFY],
    points: 4,
    tags: ['benefits'],
    minWords: 150,
    maxWords: 450,
    rubric: [
      {
        id: 'root',
        title: 'Root argument',
        levels: [
          { id: 'none', label: 'Missing', points: 0 },
          {
            id: 'named',
            label: 'Named',
            points: 1,
            description:
              'Mentions core competence or competitive advantage without explaining the link.',
          },
          {
            id: 'explained',
            label: 'Explained',
            points: 2,
            description:
              'Explains that core competence is slow to build alone and that alliances speed it up through mutual learning linked to the firm’s own strengths.',
          },
        ],
      },
      {
        id: 'benefits',
        title: 'Concrete benefits',
        levels: [
          { id: 'none', label: 'Missing', points: 0 },
          {
            id: 'one',
            label: 'One benefit',
            points: 1,
            description: 'Applies one benefit to Marden.',
          },
          {
            id: 'two',
            label: 'Two or more',
            points: 2,
            description:
              'Applies at least two of technology, risk, markets, and scale to Marden’s situation, plausibly.',
          },
        ],
      },
      {
        id: 'risk',
        title: 'Weighing the failure rate',
        levels: [
          { id: 'none', label: 'Missing', points: 0 },
          {
            id: 'weighed',
            label: 'Weighed',
            points: 1,
            description:
              'Treats the failure rate as a reason to choose and manage alliances carefully (for example, by watching for the six obstacles), not only as a verdict.',
          },
        ],
      },
    ],
    explanation:
      'A strong answer rejects a blanket ban, or accepts it only with a clear argument. It explains the thesis’s root case: core competence is unique and slow to build alone, and alliances speed it up through mutual learning, which shows up as competitive advantage. It applies at least two concrete benefits to Marden, such as access to a partner’s fiber technology, shared development risk, a partner’s foreign sales network, or the scale of a joint plant. And it draws the right lesson from the failure rate: choose alliances that build competence, and manage the six obstacles instead of avoiding alliances altogether. See Core competence and competitive advantage and Four concrete benefits.',
  },
];

export const cases: CaseDefinitionInput[] = [
  {
    id: 'case-benefits-terradrive',
    title: 'Terradrive: three tractor makers go electric',
    tags: ['benefits'],
    stimulus: `In May 2024 three European makers of mid-sized tractors formed **Terradrive**, a joint venture to develop and build electric drivetrains.

- **Bramwell Tractors** (United Kingdom) sells through 310 dealers in Britain and Ireland. It is strong in cab and chassis design but has almost no expertise in electric motors or power electronics.
- **Feldhaus Landtechnik** (Germany) already builds electric motors for its forklift division and brings that know-how, plus 40 motor engineers, to the venture.
- **Roncalli Macchine Agricole** (Italy) specializes in narrow vineyard tractors and sells through 420 dealers in Italy, France, and Spain.

Developing the drivetrain will cost 270 million euros, shared in proportion to each partner's planned annual volume. A drivetrain plant carries fixed costs of 54 million euros a year and a variable cost of 11,000 euros per drivetrain; Terradrive will run a single plant for all three partners.

The partners also agreed that Roncalli's dealers will sell and service Bramwell tractors in France and Spain, and Bramwell's dealers will do the same for Roncalli's vineyard tractors in Britain. Ten Bramwell engineers will work in Feldhaus's motor lab for the first three years, and Bramwell will design its new tractor platform around the drivetrain interface. Roncalli has chosen not to send engineers; it will simply buy finished drivetrains from Terradrive.`,
    figures: [
      {
        caption: 'Planned annual drivetrain volumes from 2027',
        columns: ['Partner', 'Drivetrains per year'],
        rows: [
          ['Bramwell Tractors', 7000],
          ['Feldhaus Landtechnik', 8000],
          ['Roncalli Macchine Agricole', 3000],
          ['Total', 18000],
        ],
      },
      {
        caption: 'Cost figures (euros)',
        columns: ['Item', 'Amount'],
        rows: [
          ['Development cost (one-off)', '270 million'],
          ['Plant fixed cost per year', '54 million'],
          ['Variable cost per drivetrain', '11,000'],
        ],
      },
    ],
    items: [
      {
        type: 'matching',
        id: 'benefits-terradrive-benefits',
        prompt:
          'Match each element of the Terradrive agreement to the concrete benefit it mainly delivers.',
        objectives: [FB_IDENTIFY],
        points: 2,
        tags: ['benefits', 'case'],
        policy: 'per-part',
        premises: [
          {
            id: 'plant',
            text: 'One plant building 18,000 drivetrains a year for all three partners',
            match: 'scale',
          },
          {
            id: 'lab',
            text: 'Bramwell’s ten engineers working in Feldhaus’s motor lab',
            match: 'technology',
          },
          {
            id: 'dealers',
            text: 'Bramwell tractors sold and serviced by Roncalli’s dealers in France and Spain',
            match: 'markets',
          },
          {
            id: 'development',
            text: 'No partner carrying the 270 million euro development bill alone',
            match: 'risk',
          },
        ],
        responses: [
          { id: 'technology', text: 'Access to technology and shared technical resources' },
          { id: 'risk', text: 'Resisting and sharing risk' },
          { id: 'markets', text: 'New markets through partners’ sales networks' },
          { id: 'scale', text: 'Economies of scale' },
          { id: 'control', text: 'Control over the partners’ pricing' },
        ],
        explanation:
          'The shared plant spreads fixed costs over combined volume (scale). Engineers learning in a stronger partner’s lab is technology access. Selling through another partner’s dealers is sales-network sharing. Splitting the development bill spreads risk. Control over partners’ pricing is not an alliance benefit in the thesis, and would raise competition-law concerns. See *Spotting the benefits in a case* in Four concrete benefits.',
        hints: [
          'For each element, ask what a partner would have faced without the alliance, and which of the four benefits removes that burden.',
          'Go back to the lesson on the four concrete benefits: each benefit leaves a typical signal in a case. Also ask whether every response is a benefit the thesis names.',
        ],
      },
      {
        type: 'numeric',
        id: 'benefits-terradrive-dev-share',
        prompt:
          'The 270 million euro development cost is shared in proportion to planned annual volumes. What is Bramwell’s share? Answer in million euros, rounded to the nearest million.',
        objectives: [FB_ESTIMATE],
        points: 2,
        tags: ['benefits', 'case'],
        answers: [
          {
            value: 105,
            tolerance: 0.5,
            feedback: 'Right: 7,000 / 18,000 × 270 = 105 million euros.',
          },
          {
            value: 90,
            tolerance: 0.5,
            fraction: 0,
            feedback:
              '90 million euros is an equal three-way split. The case says the cost is shared in proportion to volumes.',
          },
        ],
        explanation:
          'Bramwell plans 7,000 of the 18,000 drivetrains, a share of 7/18 ≈ 38.9%. Its share of development is 7/18 × 270 = 105 million euros (Feldhaus 120, Roncalli 45). Instead of risking the whole 270 million alone, Bramwell risks 105 million. See *2. Resisting and sharing risk* in Four concrete benefits.',
        hints: [
          'The cost is split by planned volumes, not equally. Find Bramwell’s share of all the planned drivetrains.',
          'Divide Bramwell’s planned annual volume by the total in the volumes table, then multiply that fraction by the 270 million euros.',
        ],
      },
      {
        type: 'numeric',
        id: 'benefits-terradrive-unit-cost',
        prompt:
          'By how much per drivetrain does Roncalli’s cost fall by buying from the joint plant instead of running its own plant at its own volume with the same fixed and variable costs? Answer in euros, rounded to the nearest euro.',
        objectives: [FB_ESTIMATE],
        points: 2,
        tags: ['benefits', 'case'],
        answers: [
          {
            value: 15000,
            tolerance: 1,
            feedback:
              'Right: alone, 54,000,000 / 3,000 + 11,000 = 29,000 euros; jointly, 54,000,000 / 18,000 + 11,000 = 14,000 euros; the fall is 15,000 euros.',
          },
          {
            value: 14000,
            tolerance: 1,
            fraction: 0,
            feedback:
              '14,000 euros is the joint plant’s cost per drivetrain. The question asks how much the cost falls.',
          },
          {
            value: 29000,
            tolerance: 1,
            fraction: 0,
            feedback:
              '29,000 euros is Roncalli’s cost in its own plant. The question asks how much the cost falls.',
          },
        ],
        explanation:
          'Cost per drivetrain = fixed cost / volume + variable cost. Roncalli alone: 54,000,000 / 3,000 = 18,000, plus 11,000 = 29,000 euros. Joint plant: 54,000,000 / 18,000 = 3,000, plus 11,000 = 14,000 euros. The fall is 15,000 euros per drivetrain, more than half the stand-alone cost. See *Worked example: Voltaris Drive* in Four concrete benefits.',
        hints: [
          'Compare Roncalli’s cost per drivetrain in a plant of its own with its cost in the joint plant. The variable cost is the same in both.',
          'Spread the 54 million euros of fixed cost over Roncalli’s own volume, then over the joint plant’s total volume; the gap between the two per-unit figures is the fall.',
        ],
      },
      {
        type: 'ordering',
        id: 'benefits-terradrive-rank',
        prompt:
          'Rank the three partners by how much their cost per drivetrain falls when they use the joint plant instead of a plant of their own (same fixed and variable costs), largest fall first.',
        objectives: [FB_ESTIMATE],
        points: 2,
        tags: ['benefits', 'case'],
        grading: 'absolute-position',
        items: [
          { id: 'roncalli', text: 'Roncalli Macchine Agricole' },
          { id: 'bramwell', text: 'Bramwell Tractors' },
          { id: 'feldhaus', text: 'Feldhaus Landtechnik' },
        ],
        explanation:
          'The variable cost is the same everywhere, so only the fixed cost per unit differs. Alone: Roncalli 54,000,000 / 3,000 = 18,000; Bramwell 54,000,000 / 7,000 ≈ 7,714; Feldhaus 54,000,000 / 8,000 = 6,750 euros. Jointly, each pays 3,000. The falls are about 15,000, 4,714, and 3,750 euros. The smallest partner gains most from scale, which is why the thesis says the benefit matters most for smaller firms. See *4. Economies of scale* in Four concrete benefits.',
        hints: [
          'Every partner pays the same variable cost per drivetrain, so look at the part of the cost that depends on volume.',
          'Work out each partner’s fixed cost per unit if it built alone, using its own volume, and compare it with the joint plant’s figure. Or reason about how volume drives that cost.',
        ],
      },
      {
        type: 'choice',
        id: 'benefits-terradrive-competence',
        prompt:
          'Which partner’s arrangement is most likely to strengthen its core competence, rather than only fill a gap?',
        objectives: [CC_EVALUATE],
        points: 2,
        tags: ['benefits', 'case'],
        options: [
          {
            id: 'bramwell',
            text: 'Bramwell: its engineers learn motor technology in Feldhaus’s lab, and it designs its new platform around the drivetrain interface.',
            fraction: 1,
            feedback:
              'Correct: Bramwell learns rather than receives, and ties the learning to its strength in tractor design. See *Gap-filling versus competence-building* in Core competence and competitive advantage.',
          },
          {
            id: 'roncalli',
            text: 'Roncalli: it gains the largest cost reduction per drivetrain.',
            feedback:
              'Roncalli gains most from scale, but it buys finished drivetrains and sends no engineers, so it learns nothing about electric drives: it fills a gap. See *Gap-filling versus competence-building* in Core competence and competitive advantage.',
          },
          {
            id: 'feldhaus',
            text: 'Feldhaus: it contributes the most technology to the venture.',
            feedback:
              'Contributing knowledge is not the same as building new competence; Feldhaus gains mainly scale and markets for drivetrains it already knows how to make. See *From competence to advantage* in Core competence and competitive advantage.',
          },
          {
            id: 'all',
            text: 'All three equally, because they share one joint venture.',
            feedback:
              'The same alliance can build competence for one partner and only fill a gap for another; it depends on whether each one learns. See *Gap-filling versus competence-building* in Core competence and competitive advantage.',
          },
        ],
        explanation:
          'Apply the three tests to each partner. Bramwell learns (engineers in the lab), links the learning to its core strength (its new platform), and builds an integration that rivals cannot buy. Roncalli receives a finished product without learning, so it fills a gap despite its large cost saving. Feldhaus already has the competence and gains mainly scale. See *Gap-filling versus competence-building* in Core competence and competitive advantage.',
        hints: [
          'Apply the lesson’s tests to each partner in turn: who gains new know-how through its own people, and who connects that know-how to what it already does best?',
          'Reread the last paragraph of the case: what does each partner send into the venture, and what does each plan to do with the drivetrain afterward?',
        ],
      },
    ],
  },
  {
    id: 'case-benefits-jinlan',
    title: 'Jinlan Appliances and Hollmann Küchentechnik',
    tags: ['benefits'],
    stimulus: `**Jinlan Appliances** of Hangzhou makes mid-priced ovens and hobs and sells them through 2,800 retail outlets across China, with annual revenue of 9.6 billion yuan. Only 4% of its sales come from abroad, where it has no sales force of its own. **Hollmann Küchentechnik** of Stuttgart makes premium built-in ovens, with revenue of 780 million euros and 1,900 kitchen-studio dealers across the European Union, but it has no channels in China.

In March 2025 the two firms signed a five-year alliance. Jinlan's outlets will sell Hollmann's ovens in China, and Hollmann's dealers will carry a new Jinlan range in Europe. Each firm had estimated what it would cost to build its own network in the other's market over five years: 120 million euros for Hollmann in China, 95 million euros for Jinlan in Europe. Instead, the partners will jointly fund a shared logistics hub in Rotterdam and a service center in Shanghai, at a total cost of 30 million euros over the five years, split equally.

Jinlan's board wants more than extra sales from the deal: its chairman has said that within five years Jinlan should be able to compete in the premium segment in its own right.`,
    figures: [
      {
        caption: 'Five-year cost of market entry (million euros)',
        columns: ['Route', 'Hollmann into China', 'Jinlan into Europe'],
        rows: [
          ['Build own network', 120, 95],
          ['Alliance: share of joint hub and service center', 15, 15],
        ],
      },
    ],
    items: [
      {
        type: 'inline-choice',
        id: 'benefits-jinlan-gaps',
        prompt: 'Complete the analysis of the Jinlan–Hollmann alliance.',
        objectives: [FB_IDENTIFY],
        points: 2,
        tags: ['benefits', 'case'],
        text: 'The main benefit each firm seeks is {{benefit}}. By using each other’s dealers instead of building new ones, they avoid {{avoid}}. The deal follows the pattern the thesis describes: a firm with a strong {{network}} network trades its spare capacity for a route into international markets.',
        gaps: [
          {
            id: 'benefit',
            options: [
              { id: 'markets', text: 'new markets through the partner’s sales network' },
              { id: 'scale', text: 'economies of scale in production' },
              { id: 'technology', text: 'access to the partner’s technology' },
            ],
            answer: 'markets',
            feedback: 'Each firm enters the other’s home market through the other’s dealers.',
          },
          {
            id: 'avoid',
            options: [
              { id: 'duplicate', text: 'duplicated investment in sales networks' },
              { id: 'law', text: 'competition-law scrutiny' },
              { id: 'contracts', text: 'the need for any contract' },
            ],
            answer: 'duplicate',
            feedback:
              'Sharing networks avoids building a second network and lets the partners share fixed costs.',
          },
          {
            id: 'network',
            options: [
              { id: 'domestic', text: 'domestic' },
              { id: 'international', text: 'international' },
              { id: 'online', text: 'online' },
            ],
            answer: 'domestic',
            feedback:
              'The thesis’s example is a Chinese firm with a strong domestic network but little marketing power abroad.',
          },
        ],
        explanation:
          'The alliance is a swap of sales networks: each side gains a new market without building a network there, avoiding duplicated investment and sharing fixed costs. The thesis describes exactly this pattern: a Chinese firm with a strong domestic network trading its spare domestic sales capacity for a foreign partner’s help abroad. See *3. New markets through partners’ sales networks* in Four concrete benefits.',
        hints: [
          'Look at what each firm lacks in the other’s market, and what it gets from the deal instead of building for itself.',
          'Compare the two routes in the table to see what the partners avoid. For the last gap, reread the first paragraph: where are each firm’s outlets, and where does it have none?',
        ],
      },
      {
        type: 'numeric',
        id: 'benefits-jinlan-savings',
        prompt:
          'Compared with each firm building its own network in the other’s market, how much do the two firms save in total over the five years? Answer in million euros.',
        objectives: [FB_ESTIMATE],
        points: 2,
        tags: ['benefits', 'case'],
        answers: [
          {
            value: 185,
            tolerance: 0.5,
            feedback: 'Right: (120 + 95) − 30 = 185 million euros.',
          },
          {
            value: 215,
            tolerance: 0.5,
            fraction: 0,
            feedback: 'You forgot to subtract the 30 million euros the alliance itself costs.',
          },
          {
            value: 92.5,
            tolerance: 0.5,
            fraction: 0,
            feedback:
              'That is an average per firm. The question asks for the two firms’ total saving.',
          },
        ],
        explanation:
          'Going alone would cost 120 + 95 = 215 million euros. The alliance costs 30 million euros in total (15 each). Total saving: 215 − 30 = 185 million euros (Hollmann saves 105, Jinlan 80). See *3. New markets through partners’ sales networks* in Four concrete benefits.',
        hints: [
          'Compare the total cost of both firms going it alone with the total cost of the alliance route.',
          'Add the two build-your-own figures, then subtract the full joint cost of the hub and service center, counting both firms’ shares.',
        ],
      },
      {
        type: 'choice',
        id: 'benefits-jinlan-learning',
        prompt:
          'Jinlan’s chairman wants the alliance to build lasting capability in the premium segment, not just extra sales. Which addition to the agreement would do most toward that goal?',
        objectives: [CC_EVALUATE, CC_EXPLAIN],
        points: 1,
        tags: ['benefits', 'case'],
        options: [
          {
            id: 'secondment',
            text: 'Station a team of Jinlan’s product and marketing staff inside Hollmann’s European dealer organization, and feed what they learn into Jinlan’s own product planning.',
            fraction: 1,
            feedback:
              'Correct: Jinlan learns from its partner and links the learning to its own competence, the aim of a knowledge alliance. See *From product alliances to knowledge alliances* in Core competence and competitive advantage.',
          },
          {
            id: 'more-sales',
            text: 'Raise the target for Hollmann ovens sold through Jinlan’s outlets in China.',
            feedback:
              'More sales of Hollmann’s products earn Jinlan commission but teach it nothing about the premium segment. See *Gap-filling versus competence-building* in Core competence and competitive advantage.',
          },
          {
            id: 'outsource',
            text: 'Ask Hollmann to handle all of Jinlan’s European marketing under a service contract.',
            feedback:
              'Handing the work to Hollmann fills the gap but leaves Jinlan no more capable than before. See *Gap-filling versus competence-building* in Core competence and competitive advantage.',
          },
          {
            id: 'shorter',
            text: 'Shorten the agreement to two years to limit risk.',
            feedback:
              'A shorter term may reduce exposure, but it also cuts the time for learning; core competence builds slowly even with a partner. See *The speed problem* in Core competence and competitive advantage.',
          },
        ],
        explanation:
          'Capability grows when the firm learns and ties the learning to what it does. Placing Jinlan’s own people inside Hollmann’s premium dealer network, and routing their lessons into Jinlan’s product planning, turns a market-access deal into a knowledge alliance. The other options add sales, outsource the work, or shorten the time available to learn. See *Gap-filling versus competence-building* in Core competence and competitive advantage.',
        hints: [
          'The chairman wants Jinlan to stand on its own in the premium segment. Ask which addition would leave Jinlan itself more capable in five years.',
          'Apply the lesson’s first two tests: does Jinlan learn rather than receive, and does what it learns flow back into its own products?',
        ],
      },
    ],
  },
];
