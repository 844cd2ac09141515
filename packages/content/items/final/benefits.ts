import type { CaseDefinitionInput, ItemDefinitionInput } from '@alliance/quiz-engine';

const CC_EXPLAIN = 'benefits.core-competence.explain';
const CC_EVALUATE = 'benefits.core-competence.evaluate';
const FB_IDENTIFY = 'benefits.four-benefits.identify';
const FB_ESTIMATE = 'benefits.four-benefits.estimate';

/** The final assessment's own items for this module: never shown with a key anywhere else. */
export const items: ItemDefinitionInput[] = [
  // ─── Core competence and competitive advantage ─────────────────────────────
  {
    type: 'choice',
    id: 'final-benefits-cc-shorter-route',
    prompt:
      'Tollesby Pumps, a maker of industrial pumps, estimates that building expertise in pump-monitoring software on its own would take about six years. Working with a software partner whose engineers would develop the product alongside Tollesby’s, it expects to get there in three. Which explanation of the shorter timeline fits the thesis’s argument?',
    objectives: [CC_EXPLAIN],
    points: 2,
    tags: ['final', 'benefits'],
    options: [
      {
        id: 'learning',
        text: 'Tollesby learns from the partner and combines complementary strengths instead of growing each one in-house.',
        fraction: 1,
        feedback:
          'Right: mutual learning and the partners’ complementary strengths let a firm raise its capabilities faster than it could alone. See *The speed problem* in Core competence and competitive advantage.',
      },
      {
        id: 'transfer',
        text: 'The contract hands the partner’s competence over to Tollesby outright, so there is little left to learn.',
        feedback:
          'Core competence cannot be bought off the shelf; it has to be learned, accumulated, and linked to what the firm already does. See *The speed problem* in Core competence and competitive advantage.',
      },
      {
        id: 'stop-investing',
        text: 'Once allied, Tollesby can stop investing and gaining experience, because the partner does that for both firms.',
        feedback:
          'The alliance speeds up learning and accumulation; it does not replace them. A firm that stops investing learns little from any partner. See *The speed problem* in Core competence and competitive advantage.',
      },
      {
        id: 'imitate',
        text: 'Software competence is easy to imitate, so copying the partner’s team takes Tollesby very little time.',
        feedback:
          'The thesis stresses the opposite: core competence is valuable because it is unique and hard to imitate, which is why building it alone is slow. See *The speed problem* in Core competence and competitive advantage.',
      },
    ],
    explanation:
      'The thesis’s reasoning runs as follows. Core competence is unique and hard to imitate, so a firm building it alone must develop each capability step by step, which takes years. An alliance opens channels to knowledge the firm lacks and creates a setting in which it can learn, so through mutual learning and complementary strengths it gets there faster. Nothing is handed over ready-made, investment and experience are still needed, and the ease-of-imitation claim reverses the argument. See *The speed problem* in Core competence and competitive advantage.',
  },
  {
    type: 'categorize',
    id: 'final-benefits-cc-build-or-fill',
    prompt:
      'Sort each proposed alliance: will it strengthen the firm’s core competence, or only fill a gap?',
    objectives: [CC_EVALUATE],
    points: 3,
    tags: ['final', 'benefits'],
    policy: 'per-part',
    buckets: [
      { id: 'builds', label: 'Strengthens core competence' },
      { id: 'fills', label: 'Fills a gap only' },
    ],
    cards: [
      {
        id: 'pigment',
        text: 'A paint maker licenses a pigment process exclusively, but the licensor runs it in its own plant and ships the finished pigment.',
        bucket: 'fills',
      },
      {
        id: 'drone-course',
        text: 'A freight forwarder’s staff attend a partner’s course in aerial photography, a skill the forwarder has no plans to use in its business.',
        bucket: 'fills',
      },
      {
        id: 'hearing-chip',
        text: 'A hearing-aid maker’s acoustic engineers work in a partner’s chip lab to design a processor tuned to its own sound algorithms.',
        bucket: 'builds',
      },
      {
        id: 'hull',
        text: 'A shipyard and a propulsion firm co-design a hull-and-propeller system, with the yard’s naval architects on the joint team and the design jointly owned.',
        bucket: 'builds',
      },
      {
        id: 'meal-kits',
        text: 'A grocery chain sells a partner’s ready-made meal kits under its own label, while the partner handles recipes and production.',
        bucket: 'fills',
      },
      {
        id: 'flood',
        text: 'An insurer pairs its actuaries with a weather-analytics start-up to build flood-risk pricing into its own underwriting models.',
        bucket: 'builds',
      },
    ],
    explanation:
      'Apply all three tests, not just one. The hearing-aid maker, the shipyard, and the insurer each send their own people into the work, tie what they learn to what they already do best, and end up with something rivals cannot simply buy. The paint maker passes the rivals test thanks to exclusivity, but it only receives pigment and learns nothing. The freight forwarder does learn, but the skill has no link to its core business, so it will fade. The grocery chain receives finished kits. Each of these three fills a gap. See *Gap-filling versus competence-building* in Core competence and competitive advantage.',
  },
  {
    type: 'inline-choice',
    id: 'final-benefits-cc-sealed-module',
    prompt:
      'Wrenfield Audio, known for its studio headphones, is weighing a chipmaker’s offer to supply a noise-cancelling module as a sealed unit. The chipmaker sells the same module to Wrenfield’s rivals. Complete the evaluation.',
    objectives: [CC_EVALUATE],
    points: 2,
    tags: ['final', 'benefits'],
    text: 'The offer only fills a gap, because Wrenfield would {{learn}}. It also fails the rivals test, since {{rivals}}. A version that could strengthen Wrenfield’s core competence would {{fix}}.',
    gaps: [
      {
        id: 'learn',
        options: [
          { id: 'receive', text: 'receive the module without learning how it works' },
          { id: 'link', text: 'link new knowledge to its own headphone design' },
          { id: 'cheaper', text: 'pay less than it would to build the module itself' },
        ],
        answer: 'receive',
        feedback:
          'A sealed unit is a black box: Wrenfield gets the function but its people come away knowing nothing new.',
      },
      {
        id: 'rivals',
        options: [
          { id: 'same-terms', text: 'competitors can buy the same module on the same terms' },
          { id: 'price', text: 'the module costs more than Wrenfield’s current design' },
          { id: 'volume', text: 'Wrenfield buys too few modules to matter to the chipmaker' },
        ],
        answer: 'same-terms',
        feedback:
          'What any rival can buy on the same terms cannot be the basis of a distinctive advantage.',
      },
      {
        id: 'fix',
        options: [
          {
            id: 'joint-team',
            text: 'put its acoustic engineers on a joint team and tune the module to its own drivers',
          },
          {
            id: 'longer',
            text: 'extend the supply contract for the sealed module from three to seven years',
          },
          {
            id: 'discount',
            text: 'negotiate a volume discount on the sealed modules it buys each year',
          },
        ],
        answer: 'joint-team',
        feedback:
          'Joint work lets Wrenfield learn, and tuning the module to its drivers ties the learning to what it already does best.',
      },
    ],
    explanation:
      'Run the three tests. Does Wrenfield learn? No: a sealed unit delivers a function, not knowledge. Could rivals get the same thing? Yes: the chipmaker sells the module to all of them. Is the learning tied to Wrenfield’s strength? There is no learning to tie. A longer contract or a discount changes the price and the term, but the module stays a black box. Putting Wrenfield’s engineers on a joint team and building the result into its own acoustic design passes the tests. See *Gap-filling versus competence-building* in Core competence and competitive advantage.',
  },
  {
    type: 'multiple-response',
    id: 'final-benefits-cc-knowledge-shift',
    prompt:
      'Dunrath Seeds and a plant-genetics institute have co-produced one hybrid barley variety under a product alliance. They now want to turn their cooperation into a knowledge alliance of the kind the lesson describes. Which features would fit that shift? Select all that apply.',
    objectives: [CC_EXPLAIN],
    points: 2,
    tags: ['final', 'benefits'],
    policy: 'right-minus-wrong',
    options: [
      {
        id: 'learn-link',
        text: 'The main aim becomes learning from each other and linking that knowledge to Dunrath’s own breeding strength.',
        correct: true,
        feedback:
          'Correct: knowledge alliances exist to learn from partners and tie what is learned to the firm’s core competence. See *From product alliances to knowledge alliances* in Core competence and competitive advantage.',
      },
      {
        id: 'loose-network',
        text: 'The cooperation is organized as a loose network resting on long-term reciprocity, not as a one-product deal.',
        correct: true,
        feedback:
          'Correct: the lesson describes knowledge alliances as loose networks based on long-term reciprocity. See *From product alliances to knowledge alliances* in Core competence and competitive advantage.',
      },
      {
        id: 'org-capital',
        text: 'Routines, relationships, and shared know-how are expected to stay with the partners after each project ends.',
        correct: true,
        feedback:
          'Correct: that lasting residue is the organizational capital a knowledge alliance adds. See *From product alliances to knowledge alliances* in Core competence and competitive advantage.',
      },
      {
        id: 'cost-split',
        text: 'The main aim becomes splitting the cost and risk of the next variety, each side keeping its methods to itself.',
        correct: false,
        feedback:
          'Sharing cost and risk around complementary resources is the logic of the product alliance they are leaving behind. See *From product alliances to knowledge alliances* in Core competence and competitive advantage.',
      },
      {
        id: 'transfer-staff',
        text: 'The institute moves its breeding scientists onto Dunrath’s payroll, so that Dunrath owns the competence outright.',
        correct: false,
        feedback:
          'Absorbing the partner’s people ends the alliance rather than deepening it; a knowledge alliance keeps two independent partners learning from each other. See *From product alliances to knowledge alliances* in Core competence and competitive advantage.',
      },
      {
        id: 'clean-break',
        text: 'Each project closes with a clean break, so that no working relationships outlast the variety being developed.',
        correct: false,
        feedback:
          'A knowledge alliance relies on long-term reciprocity and on relationships that outlive single projects. See *From product alliances to knowledge alliances* in Core competence and competitive advantage.',
      },
    ],
    explanation:
      'The lesson contrasts product alliances, which pool complementary resources or spread risk, with knowledge alliances, which aim to learn from a partner and tie what is learned to the firm’s own core competence. Knowledge alliances are loose networks based on long-term reciprocity, and they add organizational capital that remains after any single project. Splitting costs while guarding methods is the old product logic, moving the institute’s scientists to Dunrath is an acquisition of people rather than an alliance, and clean breaks destroy the reciprocity the shift depends on. See *From product alliances to knowledge alliances* in Core competence and competitive advantage.',
  },

  // ─── Four concrete benefits ─────────────────────────────────────────────────
  {
    type: 'matching',
    id: 'final-benefits-fb-reefer-partners',
    prompt:
      'Four firms form an alliance to build and sell refrigerated shipping containers for fruit exports. Match each partner to the concrete benefit its part of the agreement mainly delivers to it.',
    objectives: [FB_IDENTIFY],
    points: 2,
    tags: ['final', 'benefits'],
    policy: 'per-part',
    premises: [
      {
        id: 'castelmar',
        text: 'Castelmar Frio of Portugal, which builds 2,000 containers a year, moves production into the joint plant, which will build 12,000.',
        match: 'scale',
      },
      {
        id: 'aurland',
        text: 'Aurland Kjøling of Norway, the weakest partner in refrigeration electronics, places six engineers in a partner’s control-systems lab.',
        match: 'technology',
      },
      {
        id: 'tamarugo',
        text: 'Tamarugo Logística of Chile, with no presence in Asia, will sell through a partner’s agents in 14 Asian ports.',
        match: 'markets',
      },
      {
        id: 'portavo',
        text: 'Portavo Engineering, short of capital, funds 20% of the 300 million euro development program instead of carrying a program of its own.',
        match: 'risk',
      },
    ],
    responses: [
      { id: 'technology', text: 'Access to technology and shared technical resources' },
      { id: 'risk', text: 'Resisting and sharing risk' },
      { id: 'markets', text: 'New markets through partners’ sales networks' },
      { id: 'scale', text: 'Economies of scale' },
      { id: 'division', text: 'Less competition through dividing markets among partners' },
    ],
    explanation:
      'Look for each benefit’s signal. Castelmar’s volume joins a plant six times its own size, so its fixed costs are spread over far more units: economies of scale. Aurland, the technically weaker partner, learns from a stronger one: access to technology. Tamarugo reaches Asian customers through a partner’s existing agents instead of building its own network: new markets. Portavo, short of capital, carries only a fifth of a large, uncertain program: risk sharing. Dividing markets to soften competition is cartel logic, not one of the four benefits. See *Spotting the benefits in a case* in Four concrete benefits.',
  },
  {
    type: 'choice',
    id: 'final-benefits-fb-board-paper',
    prompt:
      'Stennard Tools, a British maker of cordless garden tools, circulates a board paper on a proposed alliance with a Polish rival. Which claim in the paper does NOT describe one of the four concrete benefits the thesis names?',
    objectives: [FB_IDENTIFY],
    points: 1,
    tags: ['final', 'benefits'],
    options: [
      {
        id: 'home-regions',
        text: 'Agreeing not to sell in each other’s home regions lets both firms keep their prices up.',
        fraction: 1,
        feedback:
          'Right: dividing markets to hold prices is the logic of a cartel, not a benefit the thesis names; its market benefit is entering new markets through a partner’s network. See *3. New markets through partners’ sales networks* in Four concrete benefits.',
      },
      {
        id: 'dealers',
        text: 'Selling through the partner’s dealers in Poland saves us building a second network there.',
        feedback:
          'This is a genuine benefit: new markets through a partner’s sales network, avoiding duplicated investment. See *3. New markets through partners’ sales networks* in Four concrete benefits.',
      },
      {
        id: 'tooling',
        text: 'Splitting the 90 million euro tooling bill means one failed product cannot sink either firm.',
        feedback:
          'This is a genuine benefit: risk sharing, so that no partner bears the full impact of a failure. See *2. Resisting and sharing risk* in Four concrete benefits.',
      },
      {
        id: 'battery-line',
        text: 'Pooling our volumes lets a shared battery line reach a scale that neither firm could reach alone.',
        feedback:
          'This is a genuine benefit: economies of scale from pooled volume. See *4. Economies of scale* in Four concrete benefits.',
      },
    ],
    explanation:
      'Three claims map onto the thesis’s benefits: the Polish dealers are sales-network sharing, the split tooling bill is risk sharing, and the shared battery line is economies of scale. The fourth claim keeps each firm out of the other’s market to protect prices. That reduces competition rather than opening a new market, and it is the kind of arrangement competition law restricts. See *The idea* in Four concrete benefits.',
  },
  {
    type: 'short-text',
    id: 'final-benefits-fb-name-scale',
    prompt:
      'Five regional dairies close their small cheese-packing lines and send all their cheese to one shared packing plant. Its tooling and depreciation are now spread over five times the volume any of them packed alone, and the cost of packing each kilogram falls. Name the concrete benefit at work, in three words.',
    objectives: [FB_IDENTIFY],
    points: 1,
    tags: ['final', 'benefits'],
    patterns: [
      { pattern: 'economies of scale', feedback: 'Correct: economies of scale.' },
      { pattern: '*econom*of scale*', feedback: 'Correct: economies of scale.' },
      { pattern: '*scale econom*', feedback: 'Correct: scale economies are economies of scale.' },
      {
        pattern: '*synerg*',
        fraction: 0,
        feedback:
          'Not quite: synergy is a combined result greater than the sum of the parts. Spreading fixed costs over more volume is economies of scale.',
      },
      {
        pattern: '*risk*',
        fraction: 0,
        feedback:
          'Not here: nothing in the scenario spreads an uncertain investment; the saving comes from spreading fixed costs over more volume, which is economies of scale.',
      },
    ],
    explanation:
      'The tell is fixed costs, tooling and depreciation, spread over a larger volume so that the cost per unit falls. That is the definition of economies of scale, and pooling the dairies’ volume lets the shared plant reach an efficient scale that none of them reached alone. See *4. Economies of scale* in Four concrete benefits.',
  },
  {
    type: 'numeric',
    id: 'final-benefits-fb-abandoned-program',
    prompt:
      'Three shipyards fund an 840 million euro program to develop an ammonia-fueled ship engine, sharing the cost in proportion to the engines each plans to install over ten years: 50, 90, and 60. The program is abandoned after 60% of its budget has been spent, and nothing is recovered. How much does the yard planning 90 engines lose? Answer in million euros, rounded to the nearest million.',
    objectives: [FB_ESTIMATE],
    points: 2,
    tags: ['final', 'benefits'],
    answers: [
      {
        value: 227,
        tolerance: 0.6,
        feedback:
          'Right: 60% of 840 is 504 million euros spent; the yard’s share is 90 / 200 = 45%, and 45% of 504 is about 227 million euros.',
      },
      {
        value: 378,
        tolerance: 0.6,
        fraction: 0,
        feedback:
          '378 million euros is 45% of the full budget. Only 60% of the budget had been spent when the program was abandoned.',
      },
      {
        value: 504,
        tolerance: 0.6,
        fraction: 0,
        feedback:
          '504 million euros is what all three yards lost together. Risk sharing means each bears only its share.',
      },
      {
        value: 168,
        tolerance: 0.6,
        fraction: 0,
        feedback:
          '168 million euros is an equal three-way split of the loss. The cost is shared in proportion to planned engines.',
      },
    ],
    explanation:
      'First find the loss: 60% × 840 = 504 million euros spent and unrecovered. Then the yard’s share: it plans 90 of 50 + 90 + 60 = 200 engines, or 45%. Its loss is 0.45 × 504 = 226.8, about 227 million euros. Alone it would have lost the full 504 million, more than twice as much; sharing the risk means no single yard bears the whole blow. See *2. Resisting and sharing risk* in Four concrete benefits.',
  },
  {
    type: 'numeric',
    id: 'final-benefits-fb-bed-units',
    prompt:
      'Four mid-sized makers of hospital beds plan to build the electric lifting units for their beds in one shared plant instead of each running its own. A lifting-unit plant has fixed costs of 36 million euros a year and a variable cost of 2,200 euros per unit, whoever runs it. One of the four, Marlowe Care Beds, needs 4,500 units a year; together the four need 18,000. How much does Marlowe save per year by using the shared plant? Answer in million euros, rounded to one decimal place.',
    objectives: [FB_ESTIMATE],
    points: 2,
    tags: ['final', 'benefits'],
    answers: [
      {
        value: 27,
        tolerance: 0.05,
        feedback:
          'Right: alone, 36,000,000 / 4,500 + 2,200 = 10,200 euros a unit; shared, 36,000,000 / 18,000 + 2,200 = 4,200 euros; 6,000 euros × 4,500 units = 27 million euros a year.',
      },
      {
        value: 45.9,
        tolerance: 0.05,
        fraction: 0,
        feedback:
          '45.9 million euros is what Marlowe’s 4,500 units cost in a plant of its own. The question asks for the saving.',
      },
      {
        value: 18.9,
        tolerance: 0.05,
        fraction: 0,
        feedback:
          '18.9 million euros is what Marlowe’s units cost in the shared plant. The question asks for the saving.',
      },
      {
        value: 9,
        tolerance: 0.05,
        fraction: 0,
        feedback:
          '9 million euros is Marlowe’s share of the shared plant’s fixed costs. The saving is the fixed cost it no longer carries alone.',
      },
    ],
    explanation:
      'Cost per unit = fixed cost / volume + variable cost. Alone: 36,000,000 / 4,500 = 8,000, plus 2,200 = 10,200 euros. Shared: 36,000,000 / 18,000 = 2,000, plus 2,200 = 4,200 euros. The saving is 6,000 euros a unit, or 6,000 × 4,500 = 27 million euros a year. A shortcut confirms it: alone Marlowe carries the whole 36 million of fixed cost; in the shared plant it carries a quarter of it, 9 million. The variable cost is the same either way. See *Worked example: Voltaris Drive* in Four concrete benefits.',
  },
  {
    type: 'ordering',
    id: 'final-benefits-fb-motor-options',
    prompt:
      'Greywell Bicycles needs 6,000 e-bike motors a year. Rank its four sourcing options by cost per motor, lowest first. Work out each option’s cost per motor from the figures given.',
    objectives: [FB_ESTIMATE],
    points: 3,
    tags: ['final', 'benefits'],
    grading: 'absolute-position',
    items: [
      {
        id: 'three-partners',
        text: 'Joint plant with three partners: fixed costs of 48 million euros a year, 30,000 motors in total, variable cost 760 euros per motor (extra coordination and freight).',
      },
      {
        id: 'supplier',
        text: 'Buy from an outside supplier at 2,450 euros per motor.',
      },
      {
        id: 'one-partner',
        text: 'Joint plant with one partner: fixed costs of 26 million euros a year, 14,000 motors in total, variable cost 700 euros per motor.',
      },
      {
        id: 'alone',
        text: 'Greywell’s own plant: fixed costs of 18 million euros a year, 6,000 motors, variable cost 700 euros per motor.',
      },
    ],
    explanation:
      'Cost per motor = fixed cost / volume + variable cost. Three partners: 48,000,000 / 30,000 = 1,600 + 760 = 2,360 euros. Outside supplier: 2,450 euros. One partner: 26,000,000 / 14,000 ≈ 1,857 + 700 ≈ 2,557 euros. Alone: 18,000,000 / 6,000 = 3,000 + 700 = 3,700 euros. Scale lowers the fixed cost per motor sharply, and the largest plant comes out cheapest even after its higher variable cost. The outside supplier beats the two-partner plant on price alone, though buying finished motors would build no competence. See *4. Economies of scale* and *Worked example: Voltaris Drive* in Four concrete benefits.',
  },
];

/** The final assessment's own cases for this module. */
export const cases: CaseDefinitionInput[] = [
  {
    id: 'case-final-benefits-aldersund',
    title: 'Aldersund Varme and Haneul Compressor Works',
    tags: ['final', 'benefits', 'part-3'],
    stimulus: `In February 2025 **Aldersund Varme**, a Norwegian maker of heat pumps for apartment blocks with revenue of 410 million euros, and **Haneul Compressor Works** of Changwon, South Korea, a maker of rotary compressors for air conditioners, formed a joint venture to design and build a compressor that works efficiently at minus 25 degrees Celsius. Aldersund knows cold-climate refrigerant circuits; Haneul knows how to make compressors in high volume at low cost.

From 2027 Aldersund expects to need 6,000 of the new compressors a year and Haneul 24,000 for a new residential line. A compressor plant carries fixed costs of 42 million euros a year and a variable cost of 1,300 euros per compressor; the venture will run one plant in Wrocław for both partners. The 150 million euro development cost is split 30% to Aldersund and 70% to Haneul.

Haneul first offered to supply Aldersund with sealed, finished compressors. Aldersund declined. Instead, 14 of its engineers will work in the joint design team in Changwon for three years, the compressor’s control software will be jointly owned, and Aldersund will build its next heat-pump range around it. Aldersund’s 300 installer partners in Scandinavia will also sell and service Haneul’s new residential units, which Haneul has had no way to sell in the Nordic countries.

The venture’s launch press release promised that the shared plant would “halve each partner’s compressor costs.” A brokerage note the same week valued the venture at 600 million euros and praised Haneul’s new chief executive, who took office in January 2025.`,
    figures: [
      {
        caption: 'Planned volumes and costs from 2027',
        columns: ['Item', 'Figure'],
        rows: [
          ['Aldersund compressors per year', '6,000'],
          ['Haneul compressors per year', '24,000'],
          ['Plant fixed cost per year', '42 million euros'],
          ['Variable cost per compressor', '1,300 euros'],
          ['Development cost (one-off)', '150 million euros'],
        ],
      },
    ],
    items: [
      {
        type: 'matching',
        id: 'final-benefits-aldersund-benefits',
        prompt: 'Match each element of the venture to the concrete benefit it mainly delivers.',
        objectives: [FB_IDENTIFY],
        points: 2,
        tags: ['final', 'benefits'],
        policy: 'per-part',
        premises: [
          {
            id: 'plant',
            text: 'One Wrocław plant building 30,000 compressors a year for both partners',
            match: 'scale',
          },
          {
            id: 'design-team',
            text: 'Aldersund’s 14 engineers in the joint design team in Changwon',
            match: 'technology',
          },
          {
            id: 'installers',
            text: 'Haneul’s residential units sold and serviced by Aldersund’s Nordic installers',
            match: 'markets',
          },
          {
            id: 'dev-split',
            text: 'The 150 million euro development bill divided 30/70 between the partners',
            match: 'risk',
          },
        ],
        responses: [
          { id: 'technology', text: 'Access to technology and shared technical resources' },
          { id: 'risk', text: 'Resisting and sharing risk' },
          { id: 'markets', text: 'New markets through partners’ sales networks' },
          { id: 'scale', text: 'Economies of scale' },
          { id: 'valuation', text: 'A higher stock-market valuation of the partners' },
        ],
        explanation:
          'The single plant spreads fixed costs over both partners’ volume: economies of scale. Engineers working beside a partner with complementary know-how is access to technology. Selling through Aldersund’s installers gives Haneul a Nordic market without building a network: new markets. Dividing the development bill means neither partner bears a failure alone: risk sharing. The brokerage valuation is an outside opinion about the venture, not one of the four benefits; set it aside. See *Spotting the benefits in a case* in Four concrete benefits.',
      },
      {
        type: 'numeric',
        id: 'final-benefits-aldersund-haneul-fall',
        prompt:
          'By how much does Haneul’s cost per compressor fall when it uses the shared plant instead of a plant of its own at its own volume, with the same fixed and variable costs? Answer in euros per compressor, rounded to the nearest euro.',
        objectives: [FB_ESTIMATE],
        points: 2,
        tags: ['final', 'benefits'],
        answers: [
          {
            value: 350,
            tolerance: 1,
            feedback:
              'Right: alone, 42,000,000 / 24,000 + 1,300 = 3,050 euros; shared, 42,000,000 / 30,000 + 1,300 = 2,700 euros; the fall is 350 euros.',
          },
          {
            value: 1525,
            tolerance: 1,
            fraction: 0,
            feedback:
              'That is half of Haneul’s stand-alone cost, the saving the press release promised. Work it out from the figures instead: the real fall is much smaller.',
          },
          {
            value: 5600,
            tolerance: 1,
            fraction: 0,
            feedback:
              '5,600 euros is Aldersund’s fall, at 6,000 compressors a year. The question asks about Haneul, at 24,000.',
          },
          {
            value: 2700,
            tolerance: 1,
            fraction: 0,
            feedback:
              '2,700 euros is the shared plant’s cost per compressor. The question asks how much Haneul’s cost falls.',
          },
          {
            value: 3050,
            tolerance: 1,
            fraction: 0,
            feedback:
              '3,050 euros is Haneul’s cost in a plant of its own. The question asks how much that cost falls.',
          },
        ],
        explanation:
          'Cost per compressor = fixed cost / volume + variable cost. Haneul alone: 42,000,000 / 24,000 = 1,750, plus 1,300 = 3,050 euros. Shared plant: 42,000,000 / 30,000 = 1,400, plus 1,300 = 2,700 euros. The fall is 350 euros, about 11%. Haneul already has most of the volume, so adding Aldersund’s 6,000 units changes its fixed cost per unit only a little, and the variable cost does not change at all. See *Worked example: Voltaris Drive* in Four concrete benefits.',
      },
      {
        type: 'multiple-response',
        id: 'final-benefits-aldersund-claims',
        prompt: 'Which statements do the case’s figures support? Select all that apply.',
        objectives: [FB_ESTIMATE, FB_IDENTIFY],
        points: 2,
        tags: ['final', 'benefits'],
        policy: 'right-minus-wrong',
        options: [
          {
            id: 'aldersund-fall',
            text: 'Aldersund’s cost per compressor falls by more than half, from 8,300 to 2,700 euros.',
            correct: true,
            feedback:
              'Correct: alone, 42,000,000 / 6,000 + 1,300 = 8,300 euros; shared, 2,700 euros, a fall of about two thirds. See *4. Economies of scale* in Four concrete benefits.',
          },
          {
            id: 'haneul-tenth',
            text: 'Haneul’s cost per compressor falls by roughly a tenth, far less than the press release suggests.',
            correct: true,
            feedback:
              'Correct: from 3,050 to 2,700 euros, about 11%. Scale helps the partner with the smaller volume most. See *Worked example: Voltaris Drive* in Four concrete benefits.',
          },
          {
            id: 'dev-loss',
            text: 'If the design fails, Aldersund loses 45 million euros of development money rather than 150 million.',
            correct: true,
            feedback:
              'Correct: 30% of 150 million euros is 45 million; the rest of the risk sits with Haneul. See *2. Resisting and sharing risk* in Four concrete benefits.',
          },
          {
            id: 'halve',
            text: 'The press release is accurate: the shared plant roughly halves both partners’ compressor costs.',
            correct: false,
            feedback:
              'The figures contradict it: Aldersund’s cost falls by about two thirds, Haneul’s by about a tenth. A launch claim is no substitute for the calculation. See *Worked example: Voltaris Drive* in Four concrete benefits.',
          },
          {
            id: 'valuation',
            text: 'The 600 million euro valuation shows that the two partners gain about equally from the venture.',
            correct: false,
            feedback:
              'An outside valuation of the venture says nothing about how its benefits are divided between the partners. Set it aside and use the cost figures. See *Spotting the benefits in a case* in Four concrete benefits.',
          },
          {
            id: 'variable',
            text: 'Both partners’ variable cost per compressor falls, because the shared plant is larger.',
            correct: false,
            feedback:
              'The variable cost is 1,300 euros in either plant; scale works by spreading the fixed cost over more units. See *4. Economies of scale* in Four concrete benefits.',
          },
        ],
        explanation:
          'Work from the figures, not the headlines. Aldersund: 8,300 euros alone, 2,700 shared, a fall of about two thirds. Haneul: 3,050 alone, 2,700 shared, a fall of about 11%. So the press release’s “halve each partner’s costs” is wrong for both, in opposite directions. Aldersund’s 30% of development caps its loss at 45 million euros. The variable cost is unchanged; only fixed cost per unit falls. The brokerage valuation is irrelevant to how the gains are shared. Because Haneul gains little from scale, its main gains are the Nordic market and the cold-climate design, a balance worth watching. See *Worked example: Voltaris Drive* in Four concrete benefits.',
      },
      {
        type: 'choice',
        id: 'final-benefits-aldersund-competence',
        prompt:
          'Why is the way Aldersund joined the venture more likely to strengthen its core competence than Haneul’s first offer of sealed, finished compressors?',
        objectives: [CC_EVALUATE],
        points: 2,
        tags: ['final', 'benefits'],
        options: [
          {
            id: 'learn-link',
            text: 'Its engineers learn compressor design first-hand, and it ties that to its own cold-climate circuits.',
            fraction: 1,
            feedback:
              'Right: Aldersund learns rather than receives, links the learning to its existing strength, and co-owns software rivals cannot buy. See *Gap-filling versus competence-building* in Core competence and competitive advantage.',
          },
          {
            id: 'cost',
            text: 'Its cost per compressor falls by more than half, and a falling unit cost is the sign of growing competence.',
            feedback:
              'The scale saving comes from shared volume and would arise just as well if Aldersund bought sealed compressors; cost savings alone build no competence. See *Gap-filling versus competence-building* in Core competence and competitive advantage.',
          },
          {
            id: 'stake',
            text: 'Its 30% share of the development bill gives it a say in the venture, and ownership is what builds competence.',
            feedback:
              'Paying a share of development is risk sharing. What builds competence is whether the firm learns and links the learning to what it does best. See *Gap-filling versus competence-building* in Core competence and competitive advantage.',
          },
          {
            id: 'exclusive',
            text: 'Rivals cannot buy the compressor, so its design becomes distinctive whether or not Aldersund learns from it.',
            feedback:
              'Passing the rivals test is not enough: a firm that receives a black box without learning builds nothing of its own. See *Gap-filling versus competence-building* in Core competence and competitive advantage.',
          },
        ],
        explanation:
          'Apply the three tests. Sealed compressors would have filled a gap: Aldersund would receive a product without learning anything. By sending 14 engineers into the design team, Aldersund learns compressor design; by building its next range around the compressor and co-owning its control software, it links that learning to its strength in cold-climate circuits and holds something rivals cannot buy. The scale saving does not depend on whether Aldersund learns, and paying a share of development is risk sharing, not learning, so neither explains the difference. See *Gap-filling versus competence-building* and *Worked example: Lindqvist Robotics* in Core competence and competitive advantage.',
      },
    ],
  },
];
