import type { CaseDefinitionInput, ItemDefinitionInput } from '@alliance/quiz-engine';

const PD_EXPLAIN = 'obstacles.path-dependence.explain';
const PD_DIAGNOSE = 'obstacles.path-dependence.diagnose';
const UC_EXPLAIN = 'obstacles.uncooperative.explain';
const UC_CLASSIFY = 'obstacles.uncooperative.classify';
const OCT_DISTINGUISH = 'obstacles.org-culture-trust.distinguish';
const OCT_EXPLAIN = 'obstacles.org-culture-trust.explain';
const MT_EXPLAIN = 'obstacles.mistiming.explain';
const MT_ESTIMATE = 'obstacles.mistiming.estimate';

export const items: ItemDefinitionInput[] = [
  // ─── Path dependence ────────────────────────────────────────────────────────
  {
    type: 'matching',
    id: 'obstacles-pd-bias-match',
    prompt:
      'In 2024 the board of Tolland Foods, a British maker of ready meals, discusses whether to renew its nine-year co-packing alliance with Orla Dairies. Match each director’s remark to what it reveals.',
    objectives: [PD_EXPLAIN],
    points: 2,
    tags: ['obstacles'],
    policy: 'per-part',
    premises: [
      {
        id: 'habit',
        text: '“We have always worked with Orla, and a tender would tie up management for months. Let’s just renew.”',
        match: 'locking',
      },
      {
        id: 'vindicate',
        text: '“After the £12 million we have put into the joint line, we cannot let one bad year make that look like a mistake.”',
        match: 'escalation',
      },
      {
        id: 'switching',
        text: '“Moving to another co-packer would cost about £2 million to requalify recipes and retrain staff; that belongs in our comparison.”',
        match: 'real-cost',
      },
      {
        id: 'no-look',
        text: '“Nobody here has looked at another co-packer since 2015, and I see no reason to start now.”',
        match: 'locking',
      },
    ],
    responses: [
      { id: 'locking', text: 'Position-locking bias' },
      { id: 'escalation', text: 'Escalation of commitment' },
      { id: 'real-cost', text: 'A legitimate cost of change that should be weighed' },
      { id: 'trust', text: 'Lack of mutual trust' },
    ],
    explanation:
      'Ask what each remark is protecting. The first and fourth keep the current strategy simply to avoid the risk, effort, and responsibility of looking elsewhere: position-locking bias, which needs no bad news to operate. The second defends the alliance because of money already spent, in response to a bad year: escalation of commitment. The third is not a bias at all; a real switching cost is part of the forward-looking comparison and must be counted. Nothing in the remarks concerns suspicion of Orla, so lack of trust does not apply. See *The idea* (position-locking bias, escalation of commitment, and the Compare table) in Path dependence.',
    hints: [
      'Think about what is driving each director. Is the remark looking back at a past decision, clinging to what feels safe, or looking ahead at what a change would really involve?',
      'Separate the two biases by their trigger: one needs bad news to start, the other needs none. And not every cost of change is a bias; ask whether a cost is real and still to come.',
    ],
  },
  {
    type: 'multiple-response',
    id: 'obstacles-pd-warning-signs',
    prompt:
      'Ravnsborg Shipping has run a joint booking platform with Corvo Lines since 2016. Which of these facts are warning signs of path dependence? Select all that apply.',
    objectives: [PD_DIAGNOSE],
    points: 2,
    tags: ['obstacles'],
    policy: 'right-minus-wrong',
    options: [
      {
        id: 'renewed',
        text: 'The agreement has been renewed three times, each time without comparing it with any other option.',
        correct: true,
        feedback:
          'Correct: renewal out of habit, without a real review, is the classic sign of position-locking bias. See the warning signs at the end of *The idea* in Path dependence.',
      },
      {
        id: 'sunk',
        text: 'The platform’s sponsor argues that the €19 million already spent is the main reason to continue.',
        correct: true,
        feedback:
          'Correct: citing sunk investment as a reason to continue is escalation of commitment. See *The idea* in Path dependence.',
      },
      {
        id: 'rejected',
        text: 'A rival platform offering lower fees was rejected in one meeting, without a cost comparison.',
        correct: true,
        feedback:
          'Correct: dismissing alternatives without serious evaluation is a warning sign; path dependence makes firms pass up better partners. See *The idea* in Path dependence.',
      },
      {
        id: 'targets',
        text: 'The platform’s targets were lowered twice so that it could still be reported as on track.',
        correct: true,
        feedback:
          'Correct: moving targets instead of missing them protects the original decision, a sign of escalation. See the warning signs in *The idea* in Path dependence.',
      },
      {
        id: 'migration',
        text: 'Ravnsborg estimates that moving its bookings to another platform would cost €4 million, and includes this in its review.',
        correct: false,
        feedback:
          'Not a warning sign: a real switching cost belongs in a forward-looking comparison. Counting it is good practice; what path dependence distorts is the weight given to money already spent. See *Worked example: Valdena Appliances* in Path dependence.',
      },
      {
        id: 'summary-data',
        text: 'Corvo has started sharing its booking data only in summary form.',
        correct: false,
        feedback:
          'This points to guarded knowledge or a lack of trust, which belong to other obstacles, not to path dependence. See *The idea* in Uncooperative behavior and in Organization, culture, and trust.',
      },
    ],
    explanation:
      'Path dependence shows itself through habit and self-justification: renewals without review, sunk costs offered as reasons, alternatives dismissed unexamined, and targets moved to protect the original decision. Counting a real switching cost is the correct way to compare options, and partners withholding data is a sign of a different obstacle. See the list of warning signs at the end of *The idea* in Path dependence.',
    hints: [
      'Path dependence shows up as habit and self-justification. For each fact, ask whether it keeps the alliance going for reasons that look backward rather than ahead.',
      'Separate costs that still lie ahead from money that is already gone, and ask whether each fact belongs to path dependence or to a different obstacle covered elsewhere in the module.',
    ],
  },
  {
    type: 'ordering',
    id: 'obstacles-pd-escalation-order',
    prompt:
      'Put the steps of an escalation-of-commitment cycle in the order the lesson describes them, as they might unfold in a joint research venture between two chemical firms.',
    objectives: [PD_EXPLAIN],
    points: 2,
    tags: ['obstacles'],
    grading: 'relative-next-include-last',
    items: [
      { id: 'decide', text: 'The firm decides to ally and makes its first investment.' },
      { id: 'shortfall', text: 'Results fall short of the plan.' },
      {
        id: 'reinterpret',
        text: 'The managers who backed the alliance reinterpret the bad news and point to what has already been invested.',
      },
      { id: 'more', text: 'More money, people, or time are committed to rescue the alliance.' },
      {
        id: 'harder',
        text: 'The amount already spent grows, which makes the next retreat even harder to justify.',
      },
    ],
    explanation:
      'Escalation begins with a commitment and is triggered by negative feedback. The backers then defend the decision by pointing to past spending, add resources to rescue it, and so enlarge the sunk amount, which makes the next retreat harder and restarts the cycle. The last step must come last because it is what closes the loop. See the numbered cycle under *Escalation of commitment* in *The idea* in Path dependence.',
    hints: [
      'Read the steps as a chain of cause and effect: each one should be a reaction to the step before it.',
      'For each step, ask what must already have happened for it to make sense. Then check that the step you put last is the one that would set the loop going again.',
    ],
  },
  {
    type: 'numeric',
    id: 'obstacles-pd-forward-cost',
    prompt:
      'Ridgeway Pharma has spent $58 million on a drug-delivery alliance with Calloway Labs. Continuing requires $34 million more over four years. Switching to a rival partner, Nereus Bio, would cost $22 million over the same four years plus a one-off $7 million to transfer the work. Ignoring sunk costs, by how much is switching cheaper than continuing? Answer in millions of dollars, as a whole number.',
    objectives: [PD_DIAGNOSE],
    points: 2,
    tags: ['obstacles'],
    answers: [
      {
        value: 5,
        tolerance: 0.5,
        feedback:
          'Right: continuing costs $34 million; switching costs $22 + $7 = $29 million; the difference is $5 million. The $58 million is spent either way.',
      },
      {
        value: 12,
        tolerance: 0.5,
        fraction: 0,
        feedback:
          'You left out the $7 million transfer cost. A real switching cost belongs in the comparison; only the sunk $58 million is excluded.',
      },
      {
        value: 63,
        tolerance: 0.5,
        fraction: 0,
        feedback:
          'You added the $58 million already spent to the cost of continuing. That money cannot be recovered whichever option is chosen, so it belongs in neither column.',
      },
    ],
    explanation:
      'Compare only future costs. Continuing: $34 million. Switching: $22 million + $7 million transfer = $29 million. Difference: $34 − $29 = $5 million in favor of switching. The $58 million already spent is a sunk cost; letting it tip the decision is exactly the escalation of commitment that path dependence magnifies. See *Worked example: Valdena Appliances* in Path dependence.',
    hints: [
      'Compare only the money each option still requires from now on. Spending that cannot be recovered either way does not belong in the comparison.',
      'Add up every future cost of switching, one-off costs included, and subtract that total from the future cost of continuing. Leave the $58 million out entirely.',
    ],
  },
  {
    type: 'short-text',
    id: 'obstacles-pd-name-behavior',
    prompt:
      'After two disappointing years, a director of a logistics alliance says: “We have invested too much in this venture to pull out now.” Name the behavior, in two or three words, that path dependence magnifies here.',
    objectives: [PD_EXPLAIN],
    points: 1,
    tags: ['obstacles'],
    patterns: [
      {
        pattern: '*escalat* of commitment*',
        feedback: 'Correct: escalation of commitment.',
      },
      {
        pattern: '*escalat*commitment*',
        feedback: 'Correct: escalating commitment is the same behavior.',
      },
      {
        pattern: '*commitment escalation*',
        feedback: 'Correct: commitment escalation is the same behavior.',
      },
      {
        pattern: '*increas* commitment*',
        feedback:
          'Correct: “increasing commitment” is how some translations render escalation of commitment.',
      },
      {
        pattern: '*sunk cost*',
        fraction: 0.5,
        feedback:
          'Close: the remark does rest on a sunk cost, but the behavior the lesson names is escalation of commitment.',
      },
      {
        pattern: '*position*lock*',
        fraction: 0,
        feedback:
          'Not quite: position-locking bias keeps the status quo to avoid risk and effort. This remark responds to bad news by defending past investment, which is escalation of commitment.',
      },
    ],
    explanation:
      'The trigger is negative feedback (two disappointing years) and the argument is the investment already made. That combination defines escalation of commitment: managers defend an alliance to vindicate the time and money they put into it. See *Escalation of commitment* in *The idea* in Path dependence.',
    hints: [
      'Notice what prompts the remark: two disappointing years. Path dependence magnifies two behaviors, and only one of them is a reaction to bad news.',
      'The director defends the venture by pointing to what has been put in. Look in the lesson’s Compare table for the behavior whose trigger is negative feedback.',
    ],
  },

  // ─── Uncooperative behavior ─────────────────────────────────────────────────
  {
    type: 'categorize',
    id: 'obstacles-uc-classify',
    prompt:
      'Aubrac Aerostructures of France and Hallgren Composites of Sweden jointly make carbon-fiber wing panels. Sort each piece of evidence under the cause of uncooperative behavior it shows.',
    objectives: [UC_CLASSIFY],
    points: 3,
    tags: ['obstacles'],
    policy: 'per-part',
    buckets: [
      { id: 'balance', label: 'Unbalanced competitive positions' },
      { id: 'interests', label: 'Asymmetric interests' },
      { id: 'guard', label: 'Guarding core competences' },
      { id: 'levels', label: 'Managers at different levels see the alliance differently' },
      { id: 'differences', label: 'Differences in culture, organization, and strategy' },
    ],
    cards: [
      {
        id: 'learned',
        text: 'Hallgren has learned Aubrac’s assembly methods and now bids for wing contracts on its own, while Aubrac still depends on Hallgren’s resin.',
        bucket: 'balance',
      },
      {
        id: 'repairs',
        text: 'Aubrac books repair work on the joint panels through its own service arm and keeps the margin, while the joint account pays for the spare parts.',
        bucket: 'interests',
      },
      {
        id: 'formula',
        text: 'Hallgren delivers its resin pre-mixed and refuses to disclose the formula, even to Aubrac’s quality engineers.',
        bucket: 'guard',
      },
      {
        id: 'plant',
        text: 'Aubrac’s chief executive praises the alliance in every speech, but its plant managers, judged on local utilization, schedule the joint panels last.',
        bucket: 'levels',
      },
      {
        id: 'consensus',
        text: 'Hallgren’s team expects decisions by consensus after long discussion; Aubrac’s managers expect the most senior person present to decide on the spot.',
        bucket: 'differences',
      },
      {
        id: 'bonus',
        text: 'Each partner earns a bonus on the panels it sells itself, so Aubrac’s sales team pushes its own sales and neglects joint customers.',
        bucket: 'interests',
      },
    ],
    explanation:
      'Ask who is holding back and why. A partner that has gained strength through the alliance while the other falls behind shows an unbalanced position. A partner taking more of the divided income at the expense of the shared part (repairs, bonuses) shows asymmetric interests. Secret formulas are barriers around core competence. Enthusiasm at the top and foot-dragging in the plants is the gap between managerial levels. Willing people clashing over how decisions are made is a difference in culture and organization. See *The idea* and *Worked example: Aldana Solar* in Uncooperative behavior.',
    hints: [
      'For each card, identify who is dragging their feet and what motivates them. The same kind of foot-dragging can have very different roots.',
      'Check whether the reluctance comes from a whole firm or from one level inside a firm, and whether it concerns relative strength, divided income, know-how, or ways of working.',
    ],
  },
  {
    type: 'choice',
    id: 'obstacles-uc-looseness',
    prompt:
      'Why, according to the thesis, is uncooperative behavior so much easier in a strategic alliance than between departments of a single firm?',
    objectives: [UC_EXPLAIN],
    points: 1,
    tags: ['obstacles'],
    options: [
      {
        id: 'loose',
        text: 'An alliance is loose, with no single owner to impose cooperation, and its members differ in strategy, organization, and culture.',
        fraction: 1,
        feedback:
          'Correct: looseness plus differences between independent members make non-cooperation easy. See *Why it matters* in Uncooperative behavior.',
      },
      {
        id: 'unenforceable',
        text: 'Alliance contracts cannot be enforced in court, so partners face no consequences.',
        feedback:
          'Not so: alliance contracts are normally enforceable. The problem is that no contract can specify every act of cooperation, so partners can hold back while keeping to its letter. See *Why it matters* in Uncooperative behavior.',
      },
      {
        id: 'unequal',
        text: 'Alliances are usually formed between firms of very unequal size, so the smaller one resents the larger.',
        feedback:
          'Alliances typically join firms of comparable strength or complementary resources. Imbalance can develop later (cause 1), but it is not the general reason. See *1. Unbalanced competitive positions* in Uncooperative behavior.',
      },
      {
        id: 'competitors',
        text: 'Alliance partners are always direct competitors, so each wants the other to fail.',
        feedback:
          'Many alliances are vertical, between a firm and its suppliers or channels, and even rivals ally because cooperation serves them. See *Why it matters* in Uncooperative behavior.',
      },
    ],
    explanation:
      'Inside one firm, a superior can order departments to cooperate. In an alliance, each partner stays independent, with its own owners and plans, and the members differ in strategy, organization, and culture. Nothing forces cooperation, so it is easy to withhold. See *Why it matters* in Uncooperative behavior.',
    hints: [
      'Compare who can give orders in each setting. What happens inside one company when two departments refuse to work together?',
      'Think about the structure of an alliance: who, if anyone, can impose cooperation on its members, and how alike are those members once they have signed?',
    ],
  },
  {
    type: 'choice',
    id: 'obstacles-uc-levels',
    prompt:
      'Dorrance Logistics signed a warehouse-sharing alliance with a rival, and its chief executive champions it. Eighteen months later, Dorrance’s regional depot managers, whose bonuses depend on their own depots’ occupancy, still send their best customers to Dorrance-only warehouses. Which cause of uncooperative behavior is at work?',
    objectives: [UC_CLASSIFY],
    points: 1,
    tags: ['obstacles'],
    options: [
      {
        id: 'levels',
        text: 'Managers at different levels see the alliance differently',
        fraction: 1,
        feedback:
          'Correct: the top is committed, but middle managers judge the alliance by their own department’s targets, so it stalls in execution. See *4. Managers at different levels see the alliance differently* in Uncooperative behavior.',
      },
      {
        id: 'interests',
        text: 'Asymmetric interests between the partners',
        feedback:
          'Asymmetric interests concern one partner taking more of the alliance’s divided income at the other’s expense. Here the conflict is inside Dorrance, between its top and its depot managers. See *2. Asymmetric interests* in Uncooperative behavior.',
      },
      {
        id: 'balance',
        text: 'Unbalanced competitive positions',
        feedback:
          'Nothing in the scenario says one partner has grown stronger at the other’s expense. See *1. Unbalanced competitive positions* in Uncooperative behavior.',
      },
      {
        id: 'culture',
        text: 'Differences in culture between the partners',
        feedback:
          'The problem is not a clash of working styles between the two firms but an incentive gap within one of them. See *5. Differences in culture, organization, and strategy* in Uncooperative behavior.',
      },
    ],
    explanation:
      'The tell is the contrast between an enthusiastic chief executive and depot managers measured on their own depots. That is cause 4: senior managers see the alliance’s value, middle managers judge it by departmental targets, so the alliance lives only at the strategic level. The remedy lies inside Dorrance, in its incentives, not in negotiation with the partner. See *4. Managers at different levels see the alliance differently* in Uncooperative behavior.',
    hints: [
      'Look at where the resistance sits. Is it between the two partner firms, or inside one of them?',
      'Compare how the chief executive and the depot managers are each judged. What does each of them personally gain from the alliance?',
    ],
  },
  {
    type: 'inline-choice',
    id: 'obstacles-uc-solbox-outlook',
    prompt:
      'Return to the SolBox alliance between Aldana Solar and Vonk Power Systems from the lesson. Complete the assessment.',
    objectives: [UC_EXPLAIN],
    points: 2,
    tags: ['obstacles'],
    text: 'Vonk’s refusal to share firmware source code comes from {{cause}}. Because the partners have left it unaddressed for months, the thesis would warn that the alliance will at best {{best}} and at worst {{worst}}. The fitting first step is to {{remedy}}.',
    gaps: [
      {
        id: 'cause',
        options: [
          { id: 'guard', text: 'guarding core competences' },
          { id: 'levels', text: 'a gap between managerial levels' },
          { id: 'interests', text: 'asymmetric interests' },
        ],
        answer: 'guard',
        feedback:
          'The firmware is Vonk’s core knowledge, and the barrier around it is what strains cooperation (cause 3).',
      },
      {
        id: 'best',
        options: [
          { id: 'short', text: 'fall short of its expected results' },
          { id: 'fine', text: 'carry on unaffected' },
          { id: 'merge', text: 'turn into a merger' },
        ],
        answer: 'short',
        feedback:
          'Unresolved non-cooperation means, at best, an alliance that falls short of its goals.',
      },
      {
        id: 'worst',
        options: [
          { id: 'break', text: 'break up' },
          { id: 'slow', text: 'grow more slowly' },
          { id: 'renegotiate', text: 'be renegotiated on better terms' },
        ],
        answer: 'break',
        feedback: 'At worst, non-cooperation that is not resolved quickly breaks the alliance up.',
      },
      {
        id: 'remedy',
        options: [
          {
            id: 'knowledge',
            text: 'agree which knowledge is shared and which is protected',
          },
          { id: 'bonus', text: 'change Aldana’s regional sales bonuses' },
          { id: 'split', text: 'change how SolBox income is split' },
        ],
        answer: 'knowledge',
        feedback:
          'Each cause needs its own remedy; for guarded know-how, the partners must define what is shared and what is protected.',
      },
    ],
    explanation:
      'Identify the cause first: the source code is Vonk’s core competence, so this is cause 3. The thesis warns that non-cooperation not resolved quickly and effectively leaves an alliance at best short of its goals and at worst broken up. Because each cause calls for a different remedy, the answer to guarded know-how is an agreement on which knowledge is shared and which protected; the bonus and income-split fixes answer causes 4 and 2. See *Worked example: Aldana Solar* in Uncooperative behavior.',
    hints: [
      'Work in order: decide why Vonk holds back, recall the thesis’s warning about non-cooperation that drags on, and pick the fix that targets that same cause.',
      'Ask what the firmware means to Vonk’s value as a partner, and reread the end of *Why it matters* in Uncooperative behavior for the mildest and the most severe outcome.',
    ],
  },

  // ─── Organization, culture, and trust ───────────────────────────────────────
  {
    type: 'matching',
    id: 'obstacles-oct-distinguish',
    prompt:
      'Larkspur Foods of the United States and Kanto Seika of Japan run a joint snack plant in Thailand. Match each finding from a 2024 review to the obstacle it reveals.',
    objectives: [OCT_DISTINGUISH],
    points: 2,
    tags: ['obstacles'],
    policy: 'per-part',
    premises: [
      {
        id: 'approval',
        text: 'Nobody at the plant can approve a recipe change; every request goes to both head offices, and the last one took eleven weeks.',
        match: 'org',
      },
      {
        id: 'meetings',
        text: 'Larkspur’s managers announce decisions in meetings; Kanto’s managers expect proposals to be agreed informally beforehand and feel ambushed.',
        match: 'culture',
      },
      {
        id: 'blends',
        text: 'Kanto’s flavor chemists share recipes only as finished blends, fearing that Larkspur will reuse them in its American brands.',
        match: 'trust',
      },
      {
        id: 'misread',
        text: 'Larkspur reads Kanto’s slow approval of the marketing plan as a sign that Kanto wants to leave the venture.',
        match: 'trust',
      },
      {
        id: 'liaison',
        text: 'The plant has grown from one line to six but is still run by a two-person liaison team designed for the pilot.',
        match: 'org',
      },
    ],
    responses: [
      { id: 'org', text: 'Organization and management lagging behind' },
      { id: 'culture', text: 'Cultural conflict' },
      { id: 'trust', text: 'Lack of mutual trust' },
      { id: 'timing', text: 'Mistiming' },
    ],
    explanation:
      'Ask what would fix each symptom. A procedure or structure would fix the approval bottleneck and the undersized liaison team: organizational lag. Understanding of each other’s working styles would fix the clash over how decisions are made: cultural conflict. Only confidence in the other side’s intentions would fix the guarded recipes and the misreading of slow approval: lack of trust. Nothing here concerns the alliance’s lead time versus its market window, so mistiming does not apply. See *Telling them apart* in Organization, culture, and trust.',
    hints: [
      'These three obstacles look alike from a distance. Think about what kind of change would make each finding go away.',
      'Sort by remedy: would a clear procedure or body fix it, would learning how the partner likes to work fix it, or only faith that the partner means well?',
    ],
  },
  {
    type: 'multiple-response',
    id: 'obstacles-oct-reinforce',
    prompt:
      'Which statements correctly describe how organizational lag, cultural conflict, and lack of trust interact in an alliance? Select all that apply.',
    objectives: [OCT_EXPLAIN],
    points: 2,
    tags: ['obstacles'],
    policy: 'right-minus-wrong',
    options: [
      {
        id: 'stereotypes',
        text: 'Without a structure for settling disputes, cultural frictions stay unresolved and harden into stereotypes about the other side.',
        correct: true,
        feedback:
          'Correct: missing structure lets small cultural frictions persist. See *How they reinforce one another* in Organization, culture, and trust.',
      },
      {
        id: 'bad-faith',
        text: 'Stereotypes lead partners to read each other’s moves as bad faith, which erodes trust.',
        correct: true,
        feedback:
          'Correct: this is the step from cultural conflict to distrust. See *How they reinforce one another* in Organization, culture, and trust.',
      },
      {
        id: 'holdback',
        text: 'Low trust leads partners to guard their knowledge and hold back effort, which is uncooperative behavior.',
        correct: true,
        feedback:
          'Correct: distrust feeds non-cooperation, which in turn makes joint structures harder to agree on. See *How they reinforce one another* in Organization, culture, and trust.',
      },
      {
        id: 'committee',
        text: 'Once a joint steering committee exists, cultural conflict and distrust disappear on their own.',
        correct: false,
        feedback:
          'A committee addresses organizational lag, but styles and suspicions need their own work; treating only one obstacle usually lets the others undo the progress. See *How they reinforce one another* in Organization, culture, and trust.',
      },
      {
        id: 'honest',
        text: 'Cultural conflict is harmless as long as the partners trust each other’s honesty.',
        correct: false,
        feedback:
          'Honest partners can still clash over working styles, and unresolved conflicts escalate until they threaten the alliance. See *Cultural conflict* in Organization, culture, and trust.',
      },
      {
        id: 'independent',
        text: 'The three obstacles are independent of one another, so they are best tackled one at a time, starting with the cheapest.',
        correct: false,
        feedback:
          'They form a loop, so fixing one in isolation rarely holds. See *How they reinforce one another* in Organization, culture, and trust.',
      },
    ],
    explanation:
      'The three obstacles form a loop: missing structure leaves cultural frictions unresolved; unresolved frictions harden into stereotypes; stereotypes make partners read each other as acting in bad faith; distrust leads them to guard knowledge and hold back, which is uncooperative behavior; and non-cooperation makes joint structures harder to agree on. That is why they usually have to be addressed together. See *How they reinforce one another* in Organization, culture, and trust.',
    hints: [
      'The lesson describes these obstacles as feeding one another. Look for statements that trace a real link in that chain.',
      'For each statement, ask whether it describes a genuine cause-and-effect link among structure, style, and suspicion, and whether it claims more than a single fix could deliver.',
    ],
  },
  {
    type: 'choice',
    id: 'obstacles-oct-market-rules',
    prompt:
      'The two parents of a packaging joint venture disagree about the prices at which the venture buys from each of them. The venture’s general manager asks the larger parent’s chief executive to “simply decide.” Why does the thesis see this as a sign that the alliance’s organization is lagging behind?',
    objectives: [OCT_DISTINGUISH],
    points: 1,
    tags: ['obstacles'],
    options: [
      {
        id: 'market-rules',
        text: 'Conflicts of interest between independent partners cannot be settled by command; the alliance needs an agreed management system that works by market rules.',
        fraction: 1,
        feedback:
          'Correct: an alliance runs on a mix of administrative and market mechanisms, so it needs its own agreed system for settling conflicts. See *Organization and management that lag behind* in Organization, culture, and trust.',
      },
      {
        id: 'smaller',
        text: 'Because the smaller parent should always have the final say, to protect it from the larger one.',
        feedback:
          'Handing the decision to either parent is still settlement by command. The point is an agreed procedure, not a different boss. See *Organization and management that lag behind* in Organization, culture, and trust.',
      },
      {
        id: 'court',
        text: 'Because pricing disputes between partners should be taken to court.',
        feedback:
          'Litigation is a last resort that usually ends cooperation. The thesis calls for a sound management system inside the alliance. See *Organization and management that lag behind* in Organization, culture, and trust.',
      },
      {
        id: 'lower',
        text: 'Because the decision should be delegated to a lower-level manager of the larger parent, who knows the details.',
        feedback:
          'Moving the order down the hierarchy of one parent is still command. Independent partners need rules they both accept. See *Organization and management that lag behind* in Organization, culture, and trust.',
      },
    ],
    explanation:
      'Inside one firm a superior can settle a conflict by decision. In an alliance no partner can order the others about, so conflicts must be settled through an agreed system built on market-like rules. A venture that falls back on asking one parent to decide has not built that system: its organization lags behind its needs. See the Compare table in *Organization and management that lag behind* in Organization, culture, and trust.',
    hints: [
      'Think about who holds authority in a venture owned by two independent firms. Can either parent simply give the other orders?',
      'Compare how a conflict is settled inside one company with how it must be settled between partners. Does any choice change the method, not just who decides?',
    ],
  },

  // ─── Mistiming ───────────────────────────────────────────────────────────────
  {
    type: 'numeric',
    id: 'obstacles-mt-window-gap',
    prompt:
      'Morava Rail Systems and Keisei Signal sign a large, complex alliance in September 2025 to develop a digital signaling system. The main tenders for upgrading Europe’s rail corridors are expected to close in March 2028. Using the midpoint of Spekman’s range (three and a half years) for full operation, by how many months will the alliance miss the close of the tenders? Give a whole number of months.',
    objectives: [MT_ESTIMATE],
    points: 2,
    tags: ['obstacles'],
    answers: [
      {
        value: 12,
        tolerance: 0.5,
        feedback:
          'Right: September 2025 plus 42 months is March 2029, twelve months after the tenders close.',
      },
      {
        value: 6,
        tolerance: 0.5,
        fraction: 0.5,
        feedback:
          'You used three years, the short end of the range (September 2028). The question asks for the midpoint, three and a half years.',
      },
      {
        value: 18,
        tolerance: 0.5,
        fraction: 0.5,
        feedback:
          'You used four years, the long end of the range (September 2029). The question asks for the midpoint, three and a half years.',
      },
    ],
    explanation:
      'Add the lead time to the founding date: September 2025 + 3.5 years (42 months) = March 2029. The window closes in March 2028, so the alliance misses it by 12 months. Even the short end of the range (September 2028) misses it by 6 months, so the alliance is mistimed whatever its plan says. See *How to estimate it in a case* in Mistiming.',
    hints: [
      'Start from the signing date, add the lead time the question specifies, and compare the date you get with the close of the tenders.',
      'Turn three and a half years into months, add them to September 2025, then count the months between March 2028 and that date.',
    ],
  },
  {
    type: 'multiple-response',
    id: 'obstacles-mt-tradeoff',
    prompt:
      'Dunmore Energy and a partner expect their large offshore-wind alliance to need about four years to become fully operational. Which statements about this lead time are consistent with the lesson? Select all that apply.',
    objectives: [MT_EXPLAIN],
    points: 2,
    tags: ['obstacles'],
    policy: 'right-minus-wrong',
    options: [
      {
        id: 'room',
        text: 'It gives managers time to find and solve problems before they become crises.',
        correct: true,
        feedback:
          'Correct: this is the benefit of a long lead time. See *What the long lead time buys and costs* in Mistiming.',
      },
      {
        id: 'stretch',
        text: 'It stretches out strategic decision-making, so the market the alliance targets may have moved on by the time it is ready.',
        correct: true,
        feedback:
          'Correct: in a fast-changing environment, the strategy can fail or opportunities can be lost. See *What the long lead time buys and costs* in Mistiming.',
      },
      {
        id: 'trust',
        text: 'Much of the time goes into personal networks and trust among top managers, not only into formal structures.',
        correct: true,
        feedback:
          'Correct: the slower component is the trust top managers must build before committing fully. See *Three to four years* in Mistiming.',
      },
      {
        id: 'lawyers',
        text: 'The lead time comes mainly from legal and regulatory approval, so better lawyers would remove it.',
        correct: false,
        feedback:
          'The thesis attributes the time to organizational relationships and to trust between top managers, not to legal paperwork. See *Three to four years* in Mistiming.',
      },
      {
        id: 'first-year',
        text: 'A well-written plan can safely assume full operation within the first year.',
        correct: false,
        feedback:
          'Plans written at signing tend to assume trust and organization will be ready at once; Spekman’s range is a check on that optimism. See *How to estimate it in a case* in Mistiming.',
      },
      {
        id: 'small',
        text: 'Long lead times matter only for small alliances; large ones have the resources to avoid them.',
        correct: false,
        feedback:
          'The reverse: the three-to-four-year finding is about large, complex alliances. See *Three to four years* in Mistiming.',
      },
    ],
    explanation:
      'Spekman’s finding, as the thesis reports it, is that large, complex alliances typically need three to four years to become fully operational, mostly because of the time needed to build organizational relationships and, more slowly, trust among top managers. The lead time gives room to solve problems but stretches strategic decisions, so the target market can move on. See *What the long lead time buys and costs* in Mistiming.',
    hints: [
      'In the lesson a long lead time has both an upside and a downside. Also recall where the years actually go.',
      'Check each statement against what Spekman found: which kind of alliance the finding covers, and what the years are mainly spent building.',
    ],
  },
  {
    type: 'choice',
    id: 'obstacles-mt-trust-stage',
    prompt:
      'Ten months after signing, two partners in a large medical-devices alliance have set up a joint committee, connected their IT systems, and staffed a shared office. Their chief executives have met twice, and neither firm has yet assigned its best engineers. How close is the alliance to full operation?',
    objectives: [MT_EXPLAIN],
    points: 1,
    tags: ['obstacles'],
    options: [
      {
        id: 'far',
        text: 'Not close: the slower part of the work, personal networks and trust among top managers, has barely begun, so full operation is probably still years away.',
        fraction: 1,
        feedback:
          'Correct: senior people rarely commit their best resources until they know their counterparts, and that takes longest. See *Three to four years* in Mistiming.',
      },
      {
        id: 'almost',
        text: 'Almost there: the organizational relationships are in place, and those account for most of the three to four years.',
        feedback:
          'Organizational relationships are only one component, and not the slowest one. See *Three to four years* in Mistiming.',
      },
      {
        id: 'done',
        text: 'Already operational, because a committee, systems, and staff exist.',
        feedback:
          'Structures are necessary but not sufficient: the alliance is not fully operational while the partners hold back their best resources. See *Three to four years* in Mistiming.',
      },
      {
        id: 'technology',
        text: 'It cannot be judged, because the lead time depends only on the technology involved.',
        feedback:
          'The lesson traces the lead time to organizational relationships and trust, not mainly to technology. See *Three to four years* in Mistiming.',
      },
    ],
    explanation:
      'The lead time has two components: setting up organizational relationships, which this alliance has done quickly, and building personal networks and trust among top managers, which is slower and has hardly started. Until that trust exists, partners hold back their best people, so full operation is likely still far off. See *Three to four years* in Mistiming.',
    hints: [
      'Recall the two things the three to four years are spent building, and check how far along this alliance is on each.',
      'Look closely at the last sentence. What does it say about how well the top people know each other, and which part of the lead time is the slower one?',
    ],
  },

  // ─── Across the module ───────────────────────────────────────────────────────
  {
    type: 'categorize',
    id: 'obstacles-six-sort',
    prompt:
      'A consultant reviewing a dozen troubled alliances noted the symptoms below. Sort each one under the obstacle it most clearly shows.',
    objectives: [OCT_DISTINGUISH, PD_DIAGNOSE],
    points: 3,
    tags: ['obstacles'],
    policy: 'per-part',
    buckets: [
      { id: 'path', label: 'Path dependence' },
      { id: 'uncooperative', label: 'Uncooperative behavior' },
      { id: 'org', label: 'Organization lagging behind' },
      { id: 'culture', label: 'Cultural conflict' },
      { id: 'trust', label: 'Lack of mutual trust' },
      { id: 'timing', label: 'Mistiming' },
    ],
    cards: [
      {
        id: 'renew',
        text: 'A venture is renewed for the fourth time because “we have put too much into it to stop.”',
        bucket: 'path',
      },
      {
        id: 'share',
        text: 'One partner routes joint orders through its own subsidiary to keep a larger share of the profit.',
        bucket: 'uncooperative',
      },
      {
        id: 'owner',
        text: 'The alliance has tripled in size, but no one is responsible for decisions that affect both partners.',
        bucket: 'org',
      },
      {
        id: 'styles',
        text: 'One partner’s engineers document every change in advance; the other’s change first and document later, and each calls the other unprofessional.',
        bucket: 'culture',
      },
      {
        id: 'suspicion',
        text: 'Each partner reads the other’s questions about its process as an attempt to copy it.',
        bucket: 'trust',
      },
      {
        id: 'late',
        text: 'A joint product launches a year after the buying season it was designed for.',
        bucket: 'timing',
      },
    ],
    explanation:
      'Match each symptom to its signature. Self-justifying renewal is path dependence; grabbing more of the divided income is uncooperative behavior (asymmetric interests); decisions with no owner are organizational lag; clashing working styles between willing people are cultural conflict; reading the partner’s moves as hostile is a lack of trust; a product that arrives after its window is mistiming. See the Figure in *Why it matters* in Path dependence, and *Telling them apart* in Organization, culture, and trust.',
    hints: [
      'Each obstacle leaves its own signature. For each symptom, ask what is really going wrong before you reach for a label.',
      'Separate the two obstacles about an alliance’s course over time from the four about how partners work together, then ask what would fix each symptom.',
    ],
  },
];

export const cases: CaseDefinitionInput[] = [
  {
    id: 'case-obstacles-brisa',
    title: 'Brisa Motors and Tamura Drive Systems',
    tags: ['obstacles'],
    stimulus: `In January 2016 **Brisa Motors**, a Portuguese maker of light commercial vans with annual revenue of 2.3 billion euros, formed a joint research and development venture with **Tamura Drive Systems** of Osaka to develop a hybrid drivetrain for delivery vans. Each partner paid half of the budget. The founding plan promised a production-ready drivetrain by January 2018, 24 months after founding. The timing mattered: several European cities were due to introduce low-emission zones from 2019, and fleet operators were expected to replace much of their delivery fleets in 2018 and 2019.

The venture took longer than planned. Setting up the joint engineering office and agreeing test procedures took until late 2017, and Tamura's board released its newest motor designs only after a pilot project in 2018. The drivetrain entered production in February 2020. By then several rivals were selling fully electric vans, and most fleet buyers had skipped hybrids altogether.

The agreement came up for renewal in 2019 and again in 2022. Both times Brisa renewed it without inviting other offers. In 2022 **Voss Elektrik**, a German supplier, offered Brisa a ready-made electric drivetrain. At the board meeting that year, Brisa's chief technology officer, who had championed the venture from the start, argued: "We have put 94 million euros into this venture. Abandoning it now would tell the market we wasted it." Another director added: "A tender would tie up our engineering managers for a year, and Tamura is a known quantity." The finance director tabled the comparison below, including a one-off cost of 9 million euros to re-engineer Brisa's vans for the Voss drivetrain. The board renewed the Tamura venture until 2027.`,
    figures: [
      {
        caption: 'Brisa’s spending on the Tamura venture to date (million euros)',
        columns: ['Period', 'Brisa’s share of spending'],
        rows: [
          ['2016–2019', 51],
          ['2020–2022', 43],
          ['Total', 94],
        ],
      },
      {
        caption: 'Brisa’s options for 2023–2027 (million euros)',
        columns: [
          'Option',
          'Development spending 2023–2027',
          'One-off switching cost',
          'Ready for production',
        ],
        rows: [
          ['Renew the Tamura venture (Brisa’s half)', 48, 0, '2026 (target)'],
          ['Switch to the Voss drivetrain', 31, 9, '2024'],
        ],
      },
    ],
    items: [
      {
        type: 'choice',
        id: 'obstacles-brisa-renewal',
        prompt:
          'Which obstacle best explains the board’s 2022 decision to renew the Tamura venture?',
        objectives: [PD_DIAGNOSE],
        points: 1,
        tags: ['obstacles', 'case'],
        options: [
          {
            id: 'path',
            text: 'Path dependence',
            fraction: 1,
            feedback:
              'Correct: renewal without review, sunk spending offered as a reason, and an alternative dismissed unexamined are the warning signs. See *The idea* in Path dependence.',
          },
          {
            id: 'timing',
            text: 'Mistiming',
            feedback:
              'Mistiming explains why the hybrid drivetrain arrived after its window, not why the board kept the venture in 2022 despite a better offer. See *The idea* in Mistiming.',
          },
          {
            id: 'trust',
            text: 'Lack of mutual trust',
            feedback:
              'The case shows Brisa trusting Tamura, if anything too readily (“a known quantity”). See *Lack of mutual trust* in Organization, culture, and trust.',
          },
          {
            id: 'uncooperative',
            text: 'Uncooperative behavior',
            feedback:
              'Tamura’s slow release of designs was part of normal trust-building and had ended by 2018; the renewal decision is about Brisa’s own board. See *The idea* in Uncooperative behavior.',
          },
        ],
        explanation:
          'Look at the reasons given for renewing: the 94 million euros already spent, the effort of a tender, and familiarity with Tamura. Those are the marks of path dependence, through escalation of commitment and position-locking bias, and the result is a firm passing up a possibly better partner. See *The idea* in Path dependence.',
        hints: [
          'Focus on the 2022 board meeting, not on the late launch. What reasons did the directors give for keeping the venture?',
          'Reread what the chief technology officer and the other director said, and how the board handled the Voss offer. Which obstacle do those reasons point to?',
        ],
      },
      {
        type: 'matching',
        id: 'obstacles-brisa-remarks',
        prompt: 'Match each element of the 2022 board discussion to what it represents.',
        objectives: [PD_EXPLAIN, PD_DIAGNOSE],
        points: 2,
        tags: ['obstacles', 'case'],
        policy: 'per-part',
        premises: [
          {
            id: 'cto',
            text: 'The chief technology officer: “We have put 94 million euros into this venture. Abandoning it now would tell the market we wasted it.”',
            match: 'escalation',
          },
          {
            id: 'director',
            text: 'The director: “A tender would tie up our engineering managers for a year, and Tamura is a known quantity.”',
            match: 'locking',
          },
          {
            id: 'finance',
            text: 'The finance director’s 9 million euros for re-engineering the vans',
            match: 'real-cost',
          },
        ],
        responses: [
          { id: 'escalation', text: 'Escalation of commitment' },
          { id: 'locking', text: 'Position-locking bias' },
          { id: 'real-cost', text: 'A legitimate cost of change' },
          { id: 'interests', text: 'Asymmetric interests' },
        ],
        explanation:
          'The technology chief, who championed the venture, defends it by pointing to past spending and his own credibility: escalation of commitment. The director prefers the status quo to avoid effort and risk: position-locking bias. The re-engineering cost is a real future cost of switching and belongs in the comparison. No partner is taking more than its share of divided income, so asymmetric interests do not apply. See the Compare table in *The idea* in Path dependence.',
        hints: [
          'Ask what each speaker is trying to protect or to measure. Not every argument against switching is a bias.',
          'Separate an argument that leans on money already spent from a preference for the familiar that needs no bad news, and ask whether a figure is a cost that still lies ahead.',
        ],
      },
      {
        type: 'numeric',
        id: 'obstacles-brisa-forward',
        prompt:
          'Using only forward-looking figures from the options table, how much more would renewing the Tamura venture cost Brisa over 2023–2027 than switching to Voss? Answer in million euros, as a whole number.',
        objectives: [PD_DIAGNOSE],
        points: 2,
        tags: ['obstacles', 'case'],
        answers: [
          {
            value: 8,
            tolerance: 0.5,
            feedback: 'Right: 48 − (31 + 9) = 8 million euros.',
          },
          {
            value: 17,
            tolerance: 0.5,
            fraction: 0,
            feedback:
              'You left out the 9 million euros of switching cost. A real cost of change must be counted; only sunk spending is excluded.',
          },
          {
            value: 102,
            tolerance: 0.5,
            fraction: 0,
            feedback:
              'You included the 94 million euros already spent. It is gone whichever option Brisa chooses, so it belongs in neither column.',
          },
        ],
        explanation:
          'Renewing costs Brisa 48 million euros. Switching costs 31 million euros plus the one-off 9 million euros, 40 million in total. Renewing is therefore 8 million euros more expensive, and Voss would also be ready two years earlier. The 94 million euros spent to date is sunk and must not enter the comparison. See *Worked example: Valdena Appliances* in Path dependence.',
        hints: [
          'Use only the options table for 2023–2027. Money spent to date is gone whichever way the board decides.',
          'Total the switching option, development spending plus its one-off cost, and subtract that from what renewing would cost over the same years.',
        ],
      },
      {
        type: 'numeric',
        id: 'obstacles-brisa-lead-time',
        prompt:
          'The founding plan allowed 24 months from founding to a production-ready drivetrain. Using the midpoint of Spekman’s range for large, complex alliances, how many months longer should realistic planners have expected? Give a whole number of months.',
        objectives: [MT_ESTIMATE],
        points: 2,
        tags: ['obstacles', 'case'],
        answers: [
          {
            value: 18,
            tolerance: 0.5,
            feedback: 'Right: the midpoint is 3.5 years, or 42 months; 42 − 24 = 18 months.',
          },
          {
            value: 12,
            tolerance: 0.5,
            fraction: 0.5,
            feedback:
              'You used three years (36 months), the short end of the range. The midpoint is 42 months.',
          },
          {
            value: 24,
            tolerance: 0.5,
            fraction: 0.5,
            feedback:
              'You used four years (48 months), the long end of the range. The midpoint is 42 months.',
          },
        ],
        explanation:
          'Spekman’s survey, as the thesis reports it, puts the time from founding to full operation of large, complex alliances at three to four years, so the midpoint is 3.5 years = 42 months. The plan allowed 24 months, which is 18 months too optimistic. A realistic plan would have pointed to mid-2019, and the venture in fact reached production in February 2020. See *How to estimate it in a case* in Mistiming.',
        hints: [
          'Find the midpoint of Spekman’s three-to-four-year range and express it in months.',
          'Convert the midpoint to months, then subtract the 24 months the founding plan allowed.',
        ],
      },
      {
        type: 'choice',
        id: 'obstacles-brisa-window',
        prompt:
          'Which statement best explains why the hybrid drivetrain sold poorly after its 2020 launch?',
        objectives: [MT_EXPLAIN, MT_ESTIMATE],
        points: 2,
        tags: ['obstacles', 'case'],
        options: [
          {
            id: 'window',
            text: 'A realistic lead time put full operation between early 2019 and early 2020, at or after the end of the 2018–2019 fleet renewals the venture was aimed at; by 2020 buyers had moved on to electric vans. This is mistiming.',
            fraction: 1,
            feedback:
              'Correct: the alliance’s calendar ran past the market’s window. See the worked example in Mistiming.',
          },
          {
            id: 'renewal',
            text: 'The 2019 renewal locked Brisa into the venture and caused the delay. This is path dependence.',
            feedback:
              'The renewal came after most of the delay had already happened; path dependence explains the later decisions to keep the venture, not the late launch. See *The idea* in Path dependence.',
          },
          {
            id: 'refusal',
            text: 'Tamura never shared its motor designs, so the drivetrain was technically weak. This is uncooperative behavior.',
            feedback:
              'The case says Tamura released its designs after a 2018 pilot, the slow trust-building the lesson describes, and nothing says the drivetrain was weak. See *Three to four years* in Mistiming.',
          },
          {
            id: 'fifty',
            text: 'The 50/50 funding split made decisions impossible. This is organizational lag.',
            feedback:
              'An equal split does not by itself block decisions, and the case reports no decision deadlock. See *Organization and management that lag behind* in Organization, culture, and trust.',
          },
        ],
        explanation:
          'Founded in January 2016, a large, complex alliance could realistically expect full operation between January 2019 and January 2020. The opportunity it targeted, fleet renewals ahead of the 2019 low-emission zones, peaked in 2018–2019. The venture arrived in 2020, after buyers had switched to electric vans: the long lead time cost it its strategic window. See *What the long lead time buys and costs* and the worked example in Mistiming.',
        hints: [
          'Ask when the fleet buyers the venture aimed at were expected to buy, and when a realistic alliance of this size could have been ready.',
          'Add Spekman’s range to the January 2016 founding, then set the result beside the years fleet operators were due to replace their vans, and what they bought by 2020.',
        ],
      },
    ],
  },
  {
    id: 'case-obstacles-kellgren',
    title: 'Carrow Automotive Systems and Kellgren Sensors',
    tags: ['obstacles'],
    stimulus: `In April 2021 **Carrow Automotive Systems**, a Detroit supplier of driver-assistance systems with revenue of 3.8 billion dollars, and **Kellgren Sensors**, a 400-person lidar maker in Linköping, Sweden, signed a five-year alliance to co-develop a compact lidar unit for mid-priced cars. Kellgren contributed its laser-scanning design; Carrow contributed its software and its contracts with carmakers. Of the profit on joint units, 20% goes to a shared fund for testing and warranty costs, and 80% is split according to the number of units each partner places with customers.

By 2024 the alliance was in trouble. Carrow's engineers had learned enough about lidar integration to set up a small in-house sensor team, and Kellgren's share of joint-unit placements had fallen steadily (see the table). Kellgren began shipping its scanning modules as sealed units and stopped inviting Carrow's engineers to its Linköping lab. Carrow's sales team began placing joint units with carmakers under a separate Carrow contract, which counted them as Carrow placements while warranty repairs were charged to the shared fund.

Carrow's chief executive still calls the alliance "central to our strategy," but its plant managers, measured on cost per unit, keep buying cheaper radar units from an outside supplier for two vehicle programs that were meant to use the joint lidar. The alliance has no joint steering committee: disputes go to the two chief executives, and the typical wait for a decision is ten weeks. Kellgren's engineers expect every design change to be agreed in writing after a full review; Carrow's engineers make changes first and document them later, and each side calls the other "slow" or "sloppy." Kellgren's managers now assume that every question Carrow asks about the module is an attempt to copy it, and Carrow reads the sealed modules as proof that Kellgren is preparing to leave.`,
    figures: [
      {
        caption: 'Kellgren’s share of joint-unit placements',
        columns: ['Year', 'Kellgren share', 'Carrow share'],
        rows: [
          [2021, '50%', '50%'],
          [2022, '44%', '56%'],
          [2023, '35%', '65%'],
          [2024, '28%', '72%'],
        ],
      },
    ],
    items: [
      {
        type: 'matching',
        id: 'obstacles-kellgren-causes',
        prompt: 'Match each fact from the case to the cause of uncooperative behavior it shows.',
        objectives: [UC_CLASSIFY],
        points: 3,
        tags: ['obstacles', 'case'],
        policy: 'per-part',
        premises: [
          {
            id: 'inhouse',
            text: 'Carrow builds an in-house sensor team while Kellgren’s share falls from 50% to 28%.',
            match: 'balance',
          },
          {
            id: 'contract',
            text: 'Carrow places joint units under its own contract but charges warranty repairs to the shared fund.',
            match: 'interests',
          },
          {
            id: 'sealed',
            text: 'Kellgren ships sealed modules and closes its lab to Carrow’s engineers.',
            match: 'guard',
          },
          {
            id: 'radar',
            text: 'Carrow’s plant managers keep buying outside radar units although their chief executive calls the alliance central.',
            match: 'levels',
          },
          {
            id: 'documentation',
            text: 'Kellgren agrees changes in writing first; Carrow changes first and documents later.',
            match: 'differences',
          },
        ],
        responses: [
          { id: 'balance', text: 'Unbalanced competitive positions' },
          { id: 'interests', text: 'Asymmetric interests' },
          { id: 'guard', text: 'Guarding core competences' },
          { id: 'levels', text: 'Managers at different levels see the alliance differently' },
          { id: 'differences', text: 'Differences in culture, organization, and strategy' },
          { id: 'path', text: 'Path dependence' },
        ],
        explanation:
          'Carrow has grown stronger through the alliance while Kellgren’s relative position has weakened: unbalanced positions. Booking units to itself while loading costs onto the shared fund maximizes Carrow’s divided income at the alliance’s expense: asymmetric interests. Sealed modules are a barrier around Kellgren’s core competence. The gap between Carrow’s chief executive and its plant managers is cause 4. The documentation clash is a difference in organization and culture. Nothing in the case is about renewing out of habit, so path dependence does not apply. See *The idea* in Uncooperative behavior.',
        hints: [
          'For each fact, ask who is holding back or taking more, and what drives them. Several causes can be at work in one alliance at once.',
          'Check whether the problem lies between the two firms or inside one of them, and whether it concerns relative strength, divided income, protected knowledge, or habits.',
        ],
      },
      {
        type: 'categorize',
        id: 'obstacles-kellgren-three',
        prompt:
          'Sort these facts from the case under the obstacle each reveals: organizational lag, cultural conflict, or lack of mutual trust.',
        objectives: [OCT_DISTINGUISH],
        points: 2,
        tags: ['obstacles', 'case'],
        policy: 'per-part',
        buckets: [
          { id: 'org', label: 'Organization lagging behind' },
          { id: 'culture', label: 'Cultural conflict' },
          { id: 'trust', label: 'Lack of mutual trust' },
        ],
        cards: [
          { id: 'committee', text: 'The alliance has no joint steering committee.', bucket: 'org' },
          {
            id: 'wait',
            text: 'Disputes go to the two chief executives and wait about ten weeks for a decision.',
            bucket: 'org',
          },
          {
            id: 'slow-sloppy',
            text: 'Each side calls the other’s engineering practice “slow” or “sloppy.”',
            bucket: 'culture',
          },
          {
            id: 'copy',
            text: 'Kellgren assumes every question about the module is an attempt to copy it.',
            bucket: 'trust',
          },
          {
            id: 'leave',
            text: 'Carrow reads the sealed modules as proof that Kellgren is preparing to leave.',
            bucket: 'trust',
          },
        ],
        explanation:
          'Ask what would fix each symptom. A steering body and a procedure would fix the missing committee and the ten-week waits: organizational lag. Mutual understanding of working styles would fix the “slow” versus “sloppy” dispute: cultural conflict. Only confidence in the other side’s intentions would fix the assumption of copying and the reading of sealed modules as an exit plan: lack of trust. See *Telling them apart* in Organization, culture, and trust.',
        hints: [
          'For each fact, imagine the remedy. Would a rule or a joint body, an understanding of how the other side works, or faith in its intentions make it go away?',
          'Missing structure, friction between willing people, and suspicion of motives each leave a different trace. Ask which trace each fact leaves.',
        ],
      },
      {
        type: 'choice',
        id: 'obstacles-kellgren-trigger',
        prompt:
          'Kellgren’s sealed modules are the most visible sign of trouble. Which earlier development in the case most plausibly set them off?',
        objectives: [UC_EXPLAIN, OCT_EXPLAIN],
        points: 2,
        tags: ['obstacles', 'case'],
        options: [
          {
            id: 'balance',
            text: 'Carrow’s new in-house sensor team and Kellgren’s falling share: Kellgren saw itself losing ground and started guarding its core knowledge.',
            fraction: 1,
            feedback:
              'Correct: a breaking balance of strength gives the weaker partner reason to protect its know-how, and those barriers then breed distrust. See *1. Unbalanced competitive positions* and *3. Guarding core competences* in Uncooperative behavior.',
          },
          {
            id: 'documentation',
            text: 'The different documentation habits of the two engineering teams.',
            feedback:
              'The clash of styles adds friction, but it does not explain why Kellgren would seal its modules and close its lab. See *Telling them apart* in Organization, culture, and trust.',
          },
          {
            id: 'radar',
            text: 'Carrow’s plant managers buying outside radar units.',
            feedback:
              'That hurts joint volumes, but it is an internal incentive problem at Carrow; it does not threaten Kellgren’s know-how. See *4. Managers at different levels see the alliance differently* in Uncooperative behavior.',
          },
          {
            id: 'committee',
            text: 'The lack of a joint steering committee.',
            feedback:
              'Missing structure lets problems fester, but on its own it gives Kellgren no reason to protect its design. See *How they reinforce one another* in Organization, culture, and trust.',
          },
        ],
        explanation:
          'Trace the sequence: as Carrow learned lidar integration and built its own team, Kellgren’s share fell from 50% to 28%. A partner that sees the balance of strength tilting against it has every reason to guard its core competence, and the sealed modules followed. Carrow then read them as an exit plan, deepening distrust on both sides. Unresolved, this spiral can break the alliance up. See *Uncooperative behavior* (causes 1 and 3) and *How they reinforce one another* in Organization, culture, and trust.',
        hints: [
          'Ask what Kellgren feared when it sealed its modules and closed its lab. What had changed in its position before that?',
          'Reread the placements table and ask how Kellgren’s position moved from 2021 to 2024. Which development would give a partner reason to protect what it knows?',
        ],
      },
      {
        type: 'essay',
        id: 'obstacles-kellgren-memo',
        prompt:
          'Write a memo of 200–350 words to both chief executives. Diagnose the alliance: name at least three causes of uncooperative behavior with evidence from the case, explain how organizational lag, cultural conflict, and lack of trust are reinforcing one another here, and say what is likely to happen if nothing changes.',
        objectives: [UC_CLASSIFY, OCT_EXPLAIN],
        points: 4,
        tags: ['obstacles', 'case'],
        minWords: 150,
        maxWords: 450,
        rubric: [
          {
            id: 'causes',
            title: 'Causes of uncooperative behavior',
            levels: [
              { id: 'none', label: 'Missing or wrong', points: 0 },
              {
                id: 'partial',
                label: 'Partial',
                points: 1,
                description:
                  'Names one or two causes, or names causes without evidence from the case.',
              },
              {
                id: 'sound',
                label: 'Sound',
                points: 2,
                description:
                  'Names at least three of the five causes, each tied to a specific fact (falling share, own contracts, sealed modules, plant managers, documentation habits).',
              },
            ],
          },
          {
            id: 'loop',
            title: 'How the obstacles reinforce one another',
            levels: [
              { id: 'none', label: 'Missing', points: 0 },
              {
                id: 'listed',
                label: 'Listed',
                points: 1,
                description: 'Identifies the three obstacles but treats them separately.',
              },
              {
                id: 'linked',
                label: 'Linked',
                points: 2,
                description:
                  'Explains the loop: no structure to settle disputes, so style clashes persist; stereotypes turn into distrust; distrust drives guarding and holding back.',
              },
            ],
          },
          {
            id: 'outlook',
            title: 'Consequences',
            levels: [
              { id: 'none', label: 'Missing', points: 0 },
              {
                id: 'stated',
                label: 'Stated',
                points: 1,
                description:
                  'States that unresolved non-cooperation leaves the alliance at best short of its goals and at worst broken up.',
              },
            ],
          },
        ],
        explanation:
          'A strong memo works through the five causes with evidence: unbalanced positions (Carrow’s in-house team, Kellgren’s share down to 28%), asymmetric interests (own contracts, warranty costs charged to the shared fund), guarded competence (sealed modules, closed lab), the gap between Carrow’s chief executive and its plant managers, and differences in engineering culture. It then shows the loop: with no steering committee and ten-week waits, the style clash is never settled; each side’s stereotype of the other turns into suspicion; suspicion drives Kellgren’s guarding and Carrow’s reading of it as an exit plan. Finally, it warns that non-cooperation left unresolved makes the alliance fall short or break up. See Uncooperative behavior and Organization, culture, and trust.',
      },
    ],
  },
];
