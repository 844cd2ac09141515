import type { CaseDefinitionInput, ItemDefinitionInput } from '@alliance/quiz-engine';
import { levelOptions, obstacleOptions } from './vocabulary';

const IDEA = 'See *The idea* in Six countermeasures.';
const EXAMPLE =
  'See *Worked example: Brenner Hydraulics and Sato Precision* in Six countermeasures.';
const CAP = 'See *The idea* in Capstone case.';
const CAP_EXAMPLE = 'See *Worked example: Halvard Motors and Kiriyama Cells* in Capstone case.';

export const items: ItemDefinitionInput[] = [
  {
    type: 'matching',
    id: 'countermeasures-obstacle-level',
    prompt:
      'In this course’s framework, each obstacle is answered at one level of integration. Match each obstacle to the level at which its countermeasure works.',
    objectives: ['countermeasures.remedy.match'],
    points: 3,
    policy: 'per-part',
    tags: ['countermeasures'],
    explanation:
      'Ask where the mechanism behind each obstacle can be changed. Only top leaders can restructure or end an alliance, so path dependence is answered at the strategic level. Rewards, sharing rules and middle managers’ plans are tactical. Missing structures are organizational. Clashing values are cultural. Trust grows from relationships, so it is interpersonal. Timing is managed by preparing processes and phasing work, which is operational. ' +
      IDEA,
    hints: [
      'For each obstacle, ask who in the alliance can actually change the mechanism behind it, and at what level of the firms that person works.',
      'Pair each obstacle with the main remedy the lesson gives for it, then ask which level that remedy works on: who designs it, and what does it change?',
    ],
    premises: [
      { id: 'path', text: 'Path dependence', match: 'strategic' },
      { id: 'uncoop', text: 'Uncooperative behavior', match: 'tactical' },
      { id: 'lag', text: 'Lagging organization and management', match: 'organizational' },
      { id: 'culture', text: 'Cultural conflict', match: 'cultural' },
      { id: 'trust', text: 'Lack of mutual trust', match: 'interpersonal' },
      { id: 'timing', text: 'Mistiming', match: 'operational' },
    ],
    responses: levelOptions(),
  },
  {
    type: 'matching',
    id: 'countermeasures-obstacle-remedy',
    prompt: 'Match each obstacle to the countermeasure that targets the mechanism behind it.',
    objectives: ['countermeasures.remedy.match'],
    points: 3,
    policy: 'per-part',
    tags: ['countermeasures'],
    explanation:
      'Each countermeasure attacks its obstacle’s mechanism: sunk-cost reasoning (a review that counts only future costs and benefits), unequal rewards and hidden guarding (contribution-based rewards and a knowledge boundary), missing structure (steering committee and alliance managers), clashing styles (cultural assessment, training and boundary spanners), fear of exposure (relationships and small tasks first), slow-growing trust delaying operation (parallel preparation and a phased rollout). The leftover response — asking the original sponsors to prove the decision was right — feeds escalation of commitment instead of curing it. ' +
      IDEA,
    hints: [
      'A countermeasure works only if it attacks what keeps its obstacle going. For each obstacle, name that mechanism first.',
      'For each response, ask which obstacle it would weaken, and whether it might instead feed one. The Compare table in Six countermeasures can help.',
    ],
    premises: [
      { id: 'path', text: 'Path dependence', match: 'review' },
      { id: 'uncoop', text: 'Uncooperative behavior', match: 'rewards' },
      { id: 'lag', text: 'Lagging organization and management', match: 'committee' },
      { id: 'culture', text: 'Cultural conflict', match: 'spanners' },
      { id: 'trust', text: 'Lack of mutual trust', match: 'small' },
      { id: 'timing', text: 'Mistiming', match: 'phased' },
    ],
    responses: [
      {
        id: 'review',
        text: 'A review on a fixed date, led by people who did not make the original decision, counting only future costs and benefits',
      },
      {
        id: 'rewards',
        text: 'Rewards tied to each partner’s contribution, plus an agreed list of shared and protected knowledge',
      },
      {
        id: 'committee',
        text: 'A joint steering committee, an alliance manager on each side and agreed decision rights',
      },
      {
        id: 'spanners',
        text: 'Cultural assessment, training on both sides and people who can translate between the two firms',
      },
      { id: 'small', text: 'Contacts at several levels, open communication and small tasks first' },
      {
        id: 'phased',
        text: 'Preparing processes and staff during negotiation, then a phased rollout with decision deadlines',
      },
      {
        id: 'prove',
        text: 'Asking the managers who set up the alliance to prove their decision was right',
      },
    ],
  },
  {
    type: 'short-text',
    id: 'countermeasures-name-level',
    prompt:
      'A joint venture will take years to reach full trust, so its managers prepare processes, systems and staff while negotiations are still running and plan a phased rollout with early projects. Which obstacle are they countering? (Name it in one or two words.)',
    objectives: ['countermeasures.remedy.match'],
    points: 1,
    tags: ['countermeasures'],
    explanation:
      'Parallel preparation, phasing and decision deadlines are the operational-level countermeasure to mistiming: they stop the operation from waiting for trust that, by Spekman’s benchmark, takes three to four years to build in large alliances. ' +
      IDEA,
    hints: [
      'Ask what would go wrong if the managers simply waited for full trust before starting operations.',
      'Recall Spekman’s three-to-four-year finding and what it can cost an alliance aimed at a particular opportunity. Name the obstacle that describes that risk.',
    ],
    patterns: [
      { pattern: '*mistim*', feedback: 'Right: mistiming, answered at the operational level.' },
      { pattern: '*timing*', feedback: 'Right: mistiming, answered at the operational level.' },
      {
        pattern: '*time*',
        fraction: 0.5,
        feedback:
          'Close: the course calls this obstacle mistiming — the difficulty of getting the timing of an alliance right.',
      },
      {
        pattern: '*trust*',
        fraction: 0,
        feedback:
          'Trust is the reason the timeline is long, but these steps do not build trust; they keep the operation moving while it grows. The obstacle is mistiming.',
      },
    ],
  },
  {
    type: 'choice',
    id: 'countermeasures-trust-remedy',
    prompt:
      'Hollis Foods and Ventana Flavors share recipes in a joint product development alliance. Each side now hides its best formulations, and every meeting opens with lawyers checking what may be disclosed. Contact between the firms runs only through the two heads of R&D. Which countermeasure best fits the main obstacle?',
    objectives: ['countermeasures.remedy.design'],
    points: 2,
    tags: ['countermeasures'],
    explanation:
      'Hiding formulations for fear of exposure, with contact running through two people, signals a lack of mutual trust. Trust is answered at the interpersonal level: contacts at several levels, open communication and small joint tasks on which each side can prove it is reliable. Tighter penalties add to the guarded mood; a steering committee and cultural training answer other obstacles. ' +
      IDEA,
    hints: [
      'Diagnose before you prescribe. What attitude on both sides would explain hiding the best recipes and vetting every disclosure?',
      'Once you have named the obstacle, recall the level at which the course answers it and what works there. Notice how few people talk across the two firms.',
    ],
    options: [
      {
        id: 'small',
        text: 'Pair flavorists from both firms on a small, low-risk joint product first, and build contacts at several levels before larger projects.',
        fraction: 1,
        feedback:
          'Right: the obstacle is lack of trust, answered at the interpersonal level with relationships and small tasks that let each side prove reliable. ' +
          IDEA,
      },
      {
        id: 'penalties',
        text: 'Add heavy contractual penalties for any misuse of disclosed recipes.',
        feedback:
          'A tempting fix, but penalties treat the partner as a likely cheat and deepen the reservations that are the problem. Contracts protect; they do not create trust. ' +
          IDEA,
      },
      {
        id: 'committee',
        text: 'Set up a joint steering committee with agreed decision rights.',
        feedback:
          'That answers lagging organization. Nothing here says decisions stall for lack of structure; the firms are guarding secrets from each other. ' +
          IDEA,
      },
      {
        id: 'training',
        text: 'Run cultural training so each side understands the other’s working style.',
        feedback:
          'That answers cultural conflict. The evidence points to fear of exposure, not to clashing styles. ' +
          IDEA,
      },
    ],
  },
  {
    type: 'multiple-response',
    id: 'countermeasures-path-measures',
    prompt:
      'Arden Chemicals has renewed a weak research alliance three times, each time citing the €30 million already spent. Which measures would counter this path dependence? Select all that apply.',
    objectives: ['countermeasures.remedy.design'],
    points: 2,
    policy: 'right-minus-wrong',
    tags: ['countermeasures'],
    explanation:
      'Path dependence is kept alive by position-locking and escalation of commitment, both fed by sunk costs and by the decision makers’ wish to be proved right. The strategic-level countermeasure is a scheduled review with exit criteria, led by people who did not make the original decision, that counts only future costs and benefits and compares real alternatives. Asking the sponsor to defend the alliance or adding money to show commitment strengthens the bias. ' +
      IDEA,
    hints: [
      'Ask what keeps Arden renewing: the money already spent and the people who backed the deal. Which measures take those out of the decision?',
      'For each measure, ask who would be judging, when, and on which costs. Would the measure make ending the alliance a real option?',
    ],
    options: [
      {
        id: 'fixed-date',
        text: 'Schedule a review on a fixed date with explicit criteria for ending the alliance.',
        correct: true,
        feedback:
          'Yes: a built-in strategic review with exit criteria makes ending the alliance a normal option. ' +
          IDEA,
      },
      {
        id: 'outsiders',
        text: 'Have the review led by directors who were not involved in setting up the alliance.',
        correct: true,
        feedback: `Yes: people who did not make the decision have no need to prove it right. ${IDEA}`,
      },
      {
        id: 'future',
        text: 'Compare continuing with the best alternative partner on future costs and benefits only.',
        correct: true,
        feedback: `Yes: the €30 million is spent whatever Arden decides, so it should not count. ${IDEA}`,
      },
      {
        id: 'sponsor',
        text: 'Ask the executive who championed the alliance to present the case for renewal.',
        correct: false,
        feedback:
          'No: the champion has the strongest need to justify the original decision — the mechanism of escalation of commitment. ' +
          IDEA,
      },
      {
        id: 'more-money',
        text: 'Raise Arden’s investment to show the partner that Arden is committed.',
        correct: false,
        feedback:
          'No: adding money to a failing course in order to justify past spending is escalation of commitment itself. ' +
          IDEA,
      },
    ],
  },
  {
    type: 'choice',
    id: 'countermeasures-cultural-aim',
    prompt:
      'In an alliance between a Dutch engineering firm and a Korean shipbuilder, meetings keep breaking down over how decisions are made. The Dutch managing director proposes the following remedies. Which one reflects the right aim of cultural integration?',
    objectives: ['countermeasures.remedy.design'],
    points: 1,
    tags: ['countermeasures'],
    explanation:
      'Cultural integration aims at mutual understanding and shared norms for the alliance itself, not at one partner adopting the other’s culture or at avoiding contact. Boundary spanners and agreed alliance norms bridge the differences. ' +
      IDEA,
    hints: [
      'Recall the aim of cultural integration in Six countermeasures: what should both partners end up with, and should either give up its own culture?',
      'Ask of each proposal: afterward, would the Dutch and Korean teams understand each other better, and would the alliance have norms both sides accept?',
    ],
    options: [
      {
        id: 'norms',
        text: 'Train both teams on each other’s decision styles and agree shared norms for alliance meetings.',
        fraction: 1,
        feedback:
          'Right: mutual respect and shared alliance norms are the aim of cultural integration. ' +
          IDEA,
      },
      {
        id: 'adopt',
        text: 'Ask the Korean team to adopt the Dutch way of deciding, since the Dutch firm leads the project.',
        feedback:
          'No: making one partner copy the other is a common misconception. It breeds resentment and wastes what the other culture does well. ' +
          IDEA,
      },
      {
        id: 'separate',
        text: 'Keep the teams apart and let them exchange only written reports.',
        feedback:
          'No: avoiding contact hides the conflict without resolving it and starves interpersonal integration. ' +
          IDEA,
      },
      {
        id: 'contract',
        text: 'Write a detailed decision procedure into the contract and enforce it strictly.',
        feedback:
          'Not on its own: clear decision rights help (organizational level), but a rule imposed without understanding each side’s habits leaves the cultural friction in place. ' +
          IDEA,
      },
    ],
  },
  {
    type: 'matching',
    id: 'countermeasures-uncooperative-causes',
    prompt:
      'The tactical-level countermeasure to uncooperative behavior has several parts. Match each cause of uncooperative behavior to the part that answers it.',
    objectives: ['countermeasures.remedy.design'],
    points: 2,
    policy: 'per-part',
    tags: ['countermeasures'],
    explanation:
      'Asymmetric interests are answered by tying rewards to contributions; guarding core competences by an agreed knowledge boundary, which makes protection open instead of covert; managers at different levels seeing the alliance differently by bringing middle managers into planning and writing alliance goals into their targets; and an unbalanced competitive position by revisiting the sharing formula when positions shift. ' +
      IDEA,
    hints: [
      'Each cause of uncooperative behavior has its own mechanism. For each one, ask what exactly the reluctant party wants or fears.',
      'For each response, ask which reason for holding back it removes. Reread the tactical-level paragraph in *The idea* in Six countermeasures.',
    ],
    premises: [
      {
        id: 'asym',
        text: 'One partner grabs short-term gains at the alliance’s expense',
        match: 'rewards',
      },
      { id: 'guard', text: 'Partners hide their core know-how from each other', match: 'boundary' },
      {
        id: 'levels',
        text: 'Top managers back the alliance; middle managers ignore it',
        match: 'middle',
      },
      {
        id: 'balance',
        text: 'One partner’s strength has grown, the other’s has shrunk',
        match: 'revisit',
      },
    ],
    responses: [
      { id: 'rewards', text: 'Tie each partner’s rewards to its actual contribution' },
      { id: 'boundary', text: 'Agree a list of what is shared and what stays protected' },
      {
        id: 'middle',
        text: 'Bring middle managers into joint planning and put alliance goals in their targets',
      },
      { id: 'revisit', text: 'Revisit the benefit-sharing formula when positions shift' },
      { id: 'merge', text: 'Merge the two firms to remove the conflict of interest' },
    ],
  },
  {
    type: 'numeric',
    id: 'countermeasures-phased-output',
    prompt:
      'A battery joint venture plans four production lines, each able to make 25,000 units a year once running. Plan A opens all four lines together in month 42. Plan B, a phased rollout, opens line 1 in month 18 and line 2 in month 30, and opens lines 3 and 4 together in month 42. How many units will Plan B have produced by the end of month 42 that Plan A will not? Assume each line produces evenly from the month it opens. Answer in thousands of units, rounded to the nearest thousand (e.g. 40).',
    objectives: ['countermeasures.remedy.design'],
    points: 2,
    tags: ['countermeasures'],
    explanation:
      'Plan A produces nothing before month 42. Under Plan B, line 1 runs for 42 − 18 = 24 months = 2 years × 25,000 = 50,000 units, and line 2 for 42 − 30 = 12 months = 25,000 units. Total: 75,000 units, i.e. 75 thousand. This is the point of a phased rollout against mistiming: early results arrive while trust and the larger lines mature. ' +
      IDEA,
    hints: [
      'Since all of Plan A’s lines start at month 42, the extra output comes only from Plan B’s lines that open earlier.',
      'For each early line, count the months it runs before month 42, convert that to years, and multiply by 25,000. Lines opening in month 42 add nothing yet.',
    ],
    answers: [
      { value: 75, tolerance: 0.5, feedback: 'Right: 50,000 from line 1 plus 25,000 from line 2.' },
      {
        value: 50,
        tolerance: 0.5,
        fraction: 0,
        feedback:
          'You counted only line 1. Line 2 also runs for 12 months before month 42, adding 25,000 units.',
      },
      {
        value: 100,
        tolerance: 0.5,
        fraction: 0,
        feedback: 'Line 2 runs for only 12 months, not 24: 50,000 + 25,000 = 75,000.',
      },
    ],
  },
  {
    type: 'ordering',
    id: 'countermeasures-capstone-sequence',
    prompt:
      'Put the questions of the alliance diagnostic sequence in the order in which you should ask them.',
    objectives: ['countermeasures.capstone.analyze'],
    points: 2,
    grading: 'relative-next-include-last',
    tags: ['countermeasures'],
    explanation:
      'Analyze before you prescribe. First establish what you are looking at (is it an alliance, what form), then why it exists, then what is going wrong (obstacles), then where each problem started (construction stage) and which integration levels are missing, and only then choose countermeasures and check the timetable against Spekman’s benchmark. ' +
      CAP,
    hints: [
      'The method follows the course: understand the alliance fully before you recommend anything. Which questions must be answered before a remedy makes sense?',
      'Check each adjacent pair: does the second question rely on the answer to the first? Questions about what and why come before questions about what to do.',
    ],
    items: [
      { id: 'alliance', text: 'Is it an alliance? (Yoshino and Rangan’s conditions)' },
      { id: 'form', text: 'What form is it?' },
      { id: 'why', text: 'Why did the partners ally?' },
      { id: 'obstacles', text: 'Which obstacles are at work, with what evidence?' },
      { id: 'stage', text: 'At which construction stage did each problem start?' },
      { id: 'levels', text: 'Which integration levels are missing?' },
      { id: 'remedies', text: 'What should be done, and in what order?' },
      { id: 'timing', text: 'What timing is realistic?' },
    ],
  },
  {
    type: 'inline-choice',
    id: 'countermeasures-capstone-classify',
    prompt:
      'Solen Dairy and Arktis Packaging set up Solark Cartons, a new company owned 60/40, to make milk cartons for Solen’s plants. Both parents stay independent, share the board and keep supplying technology. Complete the analysis.',
    objectives: ['countermeasures.capstone.analyze'],
    points: 2,
    tags: ['countermeasures'],
    text: 'Solark Cartons {{alliance}} Yoshino and Rangan’s conditions. It is an {{form}} alliance that {{entity}}, and it is {{axis}} because it links a packaging supplier to its customer.',
    explanation:
      'Independent parents who share control and benefits and keep contributing meet Yoshino and Rangan’s conditions; a 60/40 split does not make it an acquisition. Shares in a newly created company make it an equity alliance with a new entity (a joint venture). A supplier linked to its customer is a vertical alliance in Porter’s sense. ' +
      CAP,
    hints: [
      'Work through the definition first, then the form: who owns what, whether anything new was created, and where each firm sits in the chain from supplier to customer.',
      'Check whether the parents stay independent and keep contributing despite the 60/40 split, and whether the two firms work at the same stage or at successive stages.',
    ],
    gaps: [
      {
        id: 'alliance',
        options: [
          { id: 'meets', text: 'meets' },
          { id: 'fails', text: 'fails' },
        ],
        answer: 'meets',
        feedback:
          'A majority stake in a joint venture is not a takeover of the partner: both parents stay independent.',
      },
      {
        id: 'form',
        options: [
          { id: 'equity', text: 'equity' },
          { id: 'contractual', text: 'contractual' },
        ],
        answer: 'equity',
        feedback: 'The parents own shares in Solark, so it is an equity alliance.',
      },
      {
        id: 'entity',
        options: [
          { id: 'new', text: 'creates a new entity' },
          { id: 'swap', text: 'rests on an equity swap with no new entity' },
        ],
        answer: 'new',
        feedback: 'Solark is a new company, a joint venture.',
      },
      {
        id: 'axis',
        options: [
          { id: 'vertical', text: 'vertical' },
          { id: 'horizontal', text: 'horizontal' },
        ],
        answer: 'vertical',
        feedback:
          'It links successive stages of the value system, supplier and customer: vertical.',
      },
    ],
  },
  {
    type: 'choice',
    id: 'countermeasures-capstone-priorities',
    prompt:
      'Ardent Pharma and Quillon Bio reviewed their co-development alliance in March 2025 against its original goals, compared alternatives, and decided to continue. The review also found that nobody owns day-to-day decisions, that disputes wait months for the two chief executives, and that the scientists of the two firms distrust each other and clash over working styles. Which move should come first?',
    objectives: ['countermeasures.capstone.recommend'],
    points: 2,
    tags: ['countermeasures'],
    explanation:
      'Put first what is most urgent or what makes the other remedies possible. The strategic question has just been settled by a proper review, so there is no path dependence to treat. Without a steering committee and alliance managers, no one owns the trust-building and cultural work either, so the organizational step comes first and enables the rest. ' +
      CAP,
    hints: [
      'Start from what the March 2025 review has already settled. Which of the remaining problems, if fixed first, would help fix the others?',
      'Reread the review’s findings and ask which one is a missing precondition rather than a symptom, something the other remedies would depend on.',
    ],
    options: [
      {
        id: 'structure',
        text: 'Set up a joint steering committee and name an alliance manager on each side, who then lead the trust and culture work.',
        fraction: 1,
        feedback:
          'Right: the structure is missing, and it is what gives the other remedies an owner. ' +
          CAP,
      },
      {
        id: 'review',
        text: 'Commission another independent strategic review before doing anything else.',
        feedback:
          'A strategic review is the first step when a commitment decision is pending or made from sunk costs, but a proper review has just been done. Another one delays the real work. ' +
          CAP,
      },
      {
        id: 'culture',
        text: 'Start with cultural training for the scientists.',
        fraction: 0.25,
        feedback:
          'Needed, but not first: with nobody owning decisions, training has no one to organize it or follow it up. ' +
          CAP,
      },
      {
        id: 'exit',
        text: 'Prepare to end the alliance, since distrust and culture clashes rarely heal.',
        feedback:
          'No: the review found the alliance worth continuing, and each obstacle found has a countermeasure. Ending it now ignores that evidence. ' +
          CAP,
      },
    ],
  },
];

export const cases: CaseDefinitionInput[] = [
  {
    id: 'case-countermeasures-veridian-kobayashi',
    title: 'Veridian Therapeutics and Kobayashi Pharma',
    tags: ['countermeasures'],
    stimulus: `In July 2022 Veridian Therapeutics, a U.S. biotech firm with 420 employees, and Kobayashi Pharma, a Japanese drugmaker with revenue of ¥310 billion, signed a five-year co-promotion alliance for Veridian's new diabetes drug, Glucara, in Japan. No shares changed hands. Kobayashi committed 300 sales representatives to spend 40% of their time on Glucara; in return it receives 45% of Glucara's gross profit in Japan.

Kobayashi's representatives, however, earn bonuses only on Kobayashi's own products, and call logs for 2023 show they spent 18% of their time on Glucara. Sales in 2023 reached ¥7.8 billion against a plan of ¥12.0 billion.

Veridian, for its part, sends updated clinical data to Kobayashi several weeks after filing it with U.S. regulators, because its lawyers fear Kobayashi could use the data for a competing compound in its own pipeline. Kobayashi's medical staff now double-check every figure Veridian sends. Contact between the firms is limited to a quarterly video call between the alliance's two sponsors; no one else has met a counterpart.

Other parts of the alliance work. A joint steering committee meets monthly and settles issues quickly, and each firm has a full-time alliance manager. In January 2024 Veridian's board reviewed the alliance against its original goals, compared it with switching to another partner, and decided to continue. Staff on both sides describe meetings as courteous and productive.`,
    figures: [
      {
        caption: 'Glucara co-promotion in Japan, 2023',
        columns: ['Measure', 'Commitment or plan', 'Actual'],
        rows: [
          ['Kobayashi sales representatives', 300, 300],
          ['Share of representatives’ time on Glucara', '40%', '18%'],
          ['Glucara sales in Japan (¥ billion)', 12.0, 7.8],
          ['Delay in sharing updated clinical data (weeks)', 0, 6],
        ],
      },
    ],
    items: [
      {
        type: 'choice',
        id: 'case-countermeasures-veridian-bonus',
        prompt:
          'The representatives’ bonuses reward only Kobayashi’s own products. Which obstacle does this show, and at which level does its countermeasure work?',
        objectives: ['countermeasures.remedy.match'],
        points: 2,
        tags: ['countermeasures', 'case'],
        explanation:
          'Kobayashi collects 45% of Glucara’s profit while its people are rewarded only for its own products, so the interests of the partners diverge in daily selling: uncooperative behavior caused by asymmetric interests. It is answered at the tactical level, where rewards and sharing rules are set. ' +
          IDEA,
        hints: [
          'Think about what the bonus scheme makes the representatives do, and whose interest that serves compared with the alliance’s.',
          'Once you have named the obstacle, ask which level of integration sets rewards and incentive rules, and check the case for which levels already work.',
        ],
        options: [
          {
            id: 'uncoop-tactical',
            text: 'Uncooperative behavior, answered at the tactical level',
            fraction: 1,
            feedback:
              'Right: asymmetric interests drive non-cooperation, and rewards are set at the tactical level. ' +
              IDEA,
          },
          {
            id: 'uncoop-strategic',
            text: 'Uncooperative behavior, answered at the strategic level',
            fraction: 0.25,
            feedback:
              'The obstacle is right, but the top leaders already agree; the fix lies in bonuses and sharing rules, which are tactical. ' +
              IDEA,
          },
          {
            id: 'trust-interpersonal',
            text: 'Lack of mutual trust, answered at the interpersonal level',
            feedback:
              'Trust is an issue in this case, but it concerns the clinical data. The representatives are not suspicious of Veridian; they are paid to sell something else. ' +
              IDEA,
          },
          {
            id: 'lag-organizational',
            text: 'Lagging organization and management, answered at the organizational level',
            feedback:
              'The steering committee and alliance managers work well, so the structure is not the problem. ' +
              IDEA,
          },
        ],
      },
      {
        type: 'numeric',
        id: 'case-countermeasures-veridian-fte',
        prompt:
          'To size the problem the new reward scheme must fix: by how many full-time-equivalent representatives did Kobayashi’s effort on Glucara in 2023 fall short of its commitment? Answer as a number of representatives, rounded to the nearest whole number.',
        objectives: ['countermeasures.remedy.design'],
        points: 2,
        tags: ['countermeasures', 'case'],
        explanation:
          'Committed effort = 300 × 40% = 120 full-time equivalents; actual = 300 × 18% = 54. Shortfall = 120 − 54 = 66 (equivalently 300 × 22 percentage points). A contribution-based reward scheme should close this gap, for example by putting Glucara sales into the representatives’ bonuses. ' +
          IDEA,
        hints: [
          'Turn the percentages into full-time equivalents: a share of time multiplied by the number of representatives.',
          'Work out committed and actual effort from the table, using 40% and 18% of the 300 representatives, and take the difference.',
        ],
        answers: [
          { value: 66, tolerance: 0.5, feedback: 'Right: 300 × (0.40 − 0.18) = 66.' },
          {
            value: 54,
            tolerance: 0.5,
            fraction: 0,
            feedback:
              '54 is the effort Kobayashi actually gave. The shortfall is 120 committed − 54 actual = 66.',
          },
          {
            value: 120,
            tolerance: 0.5,
            fraction: 0,
            feedback:
              '120 is the committed effort. Subtract the actual 54 to get the shortfall: 66.',
          },
        ],
      },
      {
        type: 'matching',
        id: 'case-countermeasures-veridian-remedies',
        prompt: 'Match each problem in the case to the countermeasure that best answers it.',
        objectives: ['countermeasures.remedy.design'],
        points: 3,
        policy: 'per-part',
        tags: ['countermeasures', 'case'],
        explanation:
          'The bonus problem needs a contribution-based reward (tactical). Veridian’s delayed data reflect fear of misuse of core knowledge: an agreed knowledge boundary makes clear what is shared at once and what stays protected (tactical). The double-checking and a single channel of contact call for relationships at several levels (interpersonal). A steering committee and a strategic review already exist and work, so those responses are distractors. ' +
          EXAMPLE,
        hints: [
          'For each problem, name the obstacle behind it first, then look for the remedy aimed at that mechanism.',
          'Ask what really drives each problem: thin contact between people, fear that data will be misused, or how pay is set. Then find the remedy that changes that driver.',
        ],
        premises: [
          {
            id: 'bonus',
            text: 'Representatives spend 18% of their time on Glucara instead of 40%',
            match: 'reward',
          },
          {
            id: 'data',
            text: 'Veridian holds back clinical data for fear of misuse',
            match: 'boundary',
          },
          {
            id: 'checks',
            text: 'Kobayashi double-checks every figure; only two sponsors ever talk',
            match: 'relations',
          },
        ],
        responses: [
          { id: 'reward', text: 'Put Glucara sales into the representatives’ bonus targets' },
          {
            id: 'boundary',
            text: 'Agree which clinical data are shared at once and which stay protected',
          },
          {
            id: 'relations',
            text: 'Pair medical and sales staff across the firms and meet at several levels',
          },
          { id: 'committee', text: 'Set up a joint steering committee' },
          { id: 'review', text: 'Commission an independent strategic review with exit options' },
        ],
      },
      {
        type: 'multiple-response',
        id: 'case-countermeasures-veridian-levels',
        prompt:
          'At which levels of integration should the partners act now? Select all that apply.',
        objectives: ['countermeasures.remedy.design', 'countermeasures.remedy.match'],
        points: 2,
        policy: 'right-minus-wrong',
        tags: ['countermeasures', 'case'],
        explanation:
          'The evidence shows uncooperative behavior (bonuses, withheld data) and lack of trust (double-checking, one channel of contact), so the partners should act at the tactical and interpersonal levels. The steering committee works (organizational), the board has just run a proper review (strategic), and meetings are courteous (cultural). ' +
          IDEA,
        hints: [
          'Act only where the case shows a problem. For each level, look for evidence that it is failing or that it already works.',
          'Reread the last paragraph for what works and the second and third for what does not. Which obstacles do those problems show, and at which levels are they answered?',
        ],
        options: [
          {
            id: 'tactical',
            text: 'Tactical',
            correct: true,
            feedback: `Yes: rewards and knowledge-sharing rules answer the uncooperative behavior. ${IDEA}`,
          },
          {
            id: 'interpersonal',
            text: 'Interpersonal',
            correct: true,
            feedback: `Yes: relationships beyond the two sponsors answer the lack of trust. ${IDEA}`,
          },
          {
            id: 'organizational',
            text: 'Organizational',
            correct: false,
            feedback: `No: the steering committee and alliance managers already work well. ${IDEA}`,
          },
          {
            id: 'strategic',
            text: 'Strategic',
            correct: false,
            feedback:
              'No: the board has just reviewed the alliance against its goals and alternatives — exactly the strategic countermeasure to path dependence. ' +
              IDEA,
          },
          {
            id: 'cultural',
            text: 'Cultural',
            correct: false,
            feedback:
              'Not on the evidence: meetings are courteous and productive. A Japanese and an American firm are not automatically in cultural conflict. ' +
              IDEA,
          },
        ],
      },
    ],
  },
  {
    id: 'case-countermeasures-capstone-lupra',
    title: 'Capstone: LuPra Energy Storage',
    tags: ['countermeasures', 'capstone'],
    stimulus: `Lumora Solar, a German maker of solar inverters with revenue of €1.4 billion, and Pradhan Power Systems, an Indian maker of battery packs with revenue of US$310 million, founded LuPra Energy Storage in Pune in April 2020. Lumora holds 51% of the shares and Pradhan 49%. Each parent appoints three of the six directors, and major decisions need both sides' consent. Lumora contributed €120 million and the control software for its hybrid inverters; Pradhan contributed the plant site, its battery-pack assembly know-how and access to its 600 dealers across India. Both parents remain independent companies and have committed to supply technology to LuPra until at least 2030. The goal: integrated home storage systems for India, and later for Europe. Lumora wanted a foothold in a fast-growing market and a share of the cost of a new plant; Pradhan wanted inverter technology it could not develop quickly on its own.

The partners moved fast. India had announced production incentives with an application deadline, so Lumora chose Pradhan after five weeks of talks, without meeting other candidates or visiting Pradhan's dealers. The agreement, signed in March 2020, set targets of first shipments in October 2021, 60,000 units a year by 2023 and break-even in 2024. It contained no review date, no exit clause, and no schedule of which technology each side would share.

Four years on, the picture is mixed. Demand in India is strong and Pradhan's dealers know the market, but:

- First shipments left the plant in February 2023, 16 months late. A rival launched a cheaper system in India in 2022.
- Lumora supplies its software only in compiled form, fearing that Pradhan could copy its inverter control. LuPra's engineers must wait for Munich whenever the software needs adapting to Indian grid conditions.
- Pradhan's dealers earn a 12% margin on Pradhan's own stand-alone battery packs and 7% on LuPra systems, and mostly sell the packs.
- Managers at Lumora's Munich plant, whose budgets pay for the engineers seconded to LuPra, call the venture "a drain" and have recalled four of the nine engineers.
- Pradhan's finance director suspects Lumora of overcharging LuPra for inverter modules and has hired outside auditors; Lumora has responded by sharing less cost data.
- The Munich team sends 40-page specifications and expects decisions in writing; the Pune team prefers to settle issues in conversation and adjust as it goes. Each side privately calls the other "rigid" or "unreliable".
- Neither parent has an alliance manager. LuPra's board meets twice a year, mainly to approve accounts, and operating disputes go to the two chief executives; the median dispute takes 77 days to settle.

In January 2024 Lumora's board approved a further €40 million for LuPra "to protect the €120 million already invested". It did not compare this with an offer from a Korean storage maker to supply complete systems for the European market at 15% below LuPra's projected cost. Pradhan has not yet agreed to match the new funding, and the two chief executives meet next month.`,
    figures: [
      {
        caption: 'LuPra Energy Storage: plan and actual',
        columns: ['Measure', 'Plan (March 2020)', 'Actual'],
        rows: [
          ['First shipments', 'October 2021', 'February 2023'],
          ['Units sold in 2023', 60000, 14000],
          ['Net result 2023 (€ million)', -6, -21],
          ['Lumora engineers seconded to LuPra', 9, 5],
          ['Median days to settle an operating dispute', 'not specified', 77],
        ],
      },
    ],
    items: [
      {
        type: 'multiple-response',
        id: 'case-countermeasures-lupra-classify',
        prompt: 'Which statements correctly describe LuPra Energy Storage? Select all that apply.',
        objectives: ['countermeasures.capstone.analyze'],
        points: 2,
        policy: 'right-minus-wrong',
        tags: ['countermeasures', 'capstone', 'case'],
        explanation:
          'Both parents stay independent, share control (three directors each, consent for major decisions) and benefits, and keep contributing technology until 2030, so LuPra meets Yoshino and Rangan’s conditions. The parents own shares in a newly created company, so it is an equity alliance with a new entity — a joint venture. A 51% stake in a venture is not an acquisition of Pradhan, and nothing suggests price fixing. Lumora’s aims include technology-led market entry and risk sharing; Pradhan seeks technology access, which the resource-based view explains. ' +
          CAP,
        hints: [
          'Test each statement against the first paragraph of the case: who owns what, who controls what, and what each parent wanted.',
          'Test the definition’s conditions one at a time against the case, and be precise about which company the shares are held in and what each parent lacked before the deal.',
        ],
        options: [
          {
            id: 'conditions',
            text: 'It meets Yoshino and Rangan’s three conditions for a strategic alliance.',
            correct: true,
            feedback:
              'Yes: independent parents, shared control and benefits, continuing contributions. ' +
              CAP,
          },
          {
            id: 'equity-jv',
            text: 'It is an equity alliance in which the partners created a new entity.',
            correct: true,
            feedback: `Yes: both parents hold shares in LuPra, a new company. ${CAP}`,
          },
          {
            id: 'technology',
            text: 'For Pradhan, the main benefit sought is access to technology it could not develop quickly alone.',
            correct: true,
            feedback:
              'Yes: the inverter software is the resource Pradhan lacks; for Lumora, a new market and shared cost. ' +
              CAP,
          },
          {
            id: 'acquisition',
            text: 'Because Lumora holds 51%, LuPra is really an acquisition, not an alliance.',
            correct: false,
            feedback:
              'No: Lumora owns a majority of the venture, not of Pradhan. Both parents remain independent and share control through the board. ' +
              CAP,
          },
          {
            id: 'contractual',
            text: 'It is a contractual alliance, because the parents did not buy shares in each other.',
            correct: false,
            feedback:
              'No: an equity alliance does not require cross-shareholdings; owning shares in a new joint venture is the other equity form. ' +
              CAP,
          },
        ],
      },
      {
        type: 'matching',
        id: 'case-countermeasures-lupra-obstacles',
        prompt: 'Match each piece of evidence from the case to the obstacle it shows most clearly.',
        objectives: ['countermeasures.capstone.analyze'],
        points: 3,
        policy: 'per-part',
        tags: ['countermeasures', 'capstone', 'case'],
        explanation:
          'Funding to protect money already spent, without weighing the Korean offer → path dependence (escalation of commitment). Dealers paid more to sell the partner’s rival product → uncooperative behavior (asymmetric interests). No alliance manager, a board that only approves accounts, 77-day disputes → lagging organization and management. Written specifications versus conversation, "rigid" versus "unreliable" → cultural conflict. Auditors and shrinking cost data → lack of mutual trust. An 18-month target for a large, complex venture, overtaken by a rival → mistiming. ' +
          CAP_EXAMPLE,
        hints: [
          'Each obstacle leaves its own trace. For each piece of evidence, ask what is really driving it before you pick a label.',
          'Ask what would fix each item: a fairer reward, a structure, mutual understanding, confidence, a forward-looking review, or a realistic timetable. That points to the obstacle.',
        ],
        premises: [
          {
            id: 'funding',
            text: '€40 million approved "to protect the €120 million already invested"',
            match: 'path',
          },
          {
            id: 'dealers',
            text: 'Dealers earn 12% on Pradhan’s own packs and 7% on LuPra systems',
            match: 'uncoop',
          },
          {
            id: 'disputes',
            text: 'No alliance manager; the median dispute takes 77 days',
            match: 'lag',
          },
          {
            id: 'specs',
            text: '40-page specifications versus settling issues in conversation',
            match: 'culture',
          },
          {
            id: 'auditors',
            text: 'Outside auditors hired; Lumora shares less cost data in return',
            match: 'trust',
          },
          {
            id: 'target',
            text: 'First shipments targeted 18 months after founding; a rival launched first',
            match: 'timing',
          },
        ],
        responses: obstacleOptions(),
      },
      {
        type: 'numeric',
        id: 'case-countermeasures-lupra-spekman',
        prompt:
          'Spekman’s survey, as cited in the thesis, found that large, complex alliances take three to four years from founding to operation. Using the midpoint of that range, how many months later than the founding plan’s October 2021 target (18 months after founding) should realistic planners have expected first shipments? Answer in months, rounded to the nearest whole month.',
        objectives: ['countermeasures.capstone.analyze'],
        points: 2,
        tags: ['countermeasures', 'capstone', 'case'],
        explanation:
          'Midpoint of three to four years = 3.5 years = 42 months after founding. The plan allowed 18 months, so realistic planners would have expected first shipments 42 − 18 = 24 months later than planned — around April 2023. The actual date, February 2023, falls inside Spekman’s range: the plan, not the plant, was the problem. ' +
          CAP_EXAMPLE,
        hints: [
          'Find the midpoint of Spekman’s three-to-four-year range and express it as months after founding.',
          'Convert three and a half years to months, then subtract the 18 months the founding plan allowed.',
        ],
        answers: [
          { value: 24, tolerance: 0.5, feedback: 'Right: 42 − 18 = 24 months.' },
          {
            value: 24,
            tolerance: 6,
            fraction: 0.5,
            feedback:
              'You used one end of the range (36 or 48 months). The midpoint is 42 months, so 42 − 18 = 24.',
          },
          {
            value: 16,
            tolerance: 0.5,
            fraction: 0,
            feedback:
              '16 months is how late the plant actually was. The question asks how late a realistic plan would have put it: 42 − 18 = 24.',
          },
        ],
      },
      {
        type: 'inline-choice',
        id: 'case-countermeasures-lupra-levels',
        prompt:
          'Complete the recovery plan by choosing the level of integration at which each countermeasure works.',
        objectives: ['countermeasures.capstone.recommend'],
        points: 3,
        tags: ['countermeasures', 'capstone', 'case'],
        text: 'Make the €40 million conditional on an independent review of future costs and benefits, including the Korean offer ({{funding}} level). Align dealer margins with LuPra’s contribution and agree a schedule of shared and protected software ({{dealers}} level). Name an alliance manager on each side and give a steering committee decision rights ({{structure}} level). Train both teams on each other’s decision styles and agree meeting norms ({{styles}} level). Pair finance and engineering staff across the firms and open the cost books to a joint team ({{trust}} level). Phase the European launch so that each stage delivers before the next is funded ({{phasing}} level).',
        explanation:
          'Each remedy works where its obstacle’s mechanism sits: the funding decision belongs to top leaders (strategic); rewards and knowledge-sharing rules are tactical; committees and roles are organizational; decision styles and norms are cultural; relationships and openness between people are interpersonal; phasing the work is operational. ' +
          IDEA,
        hints: [
          'For each remedy, ask which obstacle it answers, then recall the level the course pairs with that obstacle.',
          'Ask who would carry out each remedy: top leaders, middle managers, or the people running the plant. Or does it build structures, ties between people, or shared norms?',
        ],
        gaps: [
          {
            id: 'funding',
            options: levelOptions({ lowerCase: true }),
            answer: 'strategic',
            feedback:
              'Only top leaders can decide to commit more money or change course: strategic.',
          },
          {
            id: 'dealers',
            options: levelOptions({ lowerCase: true }),
            answer: 'tactical',
            feedback: 'Rewards and sharing rules are set by middle managers: tactical.',
          },
          {
            id: 'structure',
            options: levelOptions({ lowerCase: true }),
            answer: 'organizational',
            feedback: 'Roles and decision bodies are structures: organizational.',
          },
          {
            id: 'styles',
            options: levelOptions({ lowerCase: true }),
            answer: 'cultural',
            feedback: 'Decision styles and shared norms: cultural.',
          },
          {
            id: 'trust',
            options: levelOptions({ lowerCase: true }),
            answer: 'interpersonal',
            feedback: 'Trust grows from relationships between people: interpersonal.',
          },
          {
            id: 'phasing',
            options: levelOptions({ lowerCase: true }),
            answer: 'operational',
            feedback: 'Phasing the work and preparing processes: operational.',
          },
        ],
      },
      {
        type: 'choice',
        id: 'case-countermeasures-lupra-first-move',
        prompt:
          'The two chief executives meet next month. What should be the first item on their agenda?',
        objectives: ['countermeasures.capstone.recommend'],
        points: 2,
        tags: ['countermeasures', 'capstone', 'case'],
        explanation:
          'A commitment decision made from sunk costs is pending: the €40 million. Put first what is most urgent and shapes everything else. An independent review on future costs and benefits, including the Korean offer and exit options, decides whether the other countermeasures are worth funding at all; if the venture continues, structure, rewards, trust and culture work follow. ' +
          CAP,
        hints: [
          'Ask which decision cannot wait until after the meeting, and whether the other fixes depend on its outcome.',
          'Reread the paragraph about the January 2024 funding: what reason did Lumora’s board give, and what did it fail to compare?',
        ],
        options: [
          {
            id: 'review',
            text: 'Make the €40 million conditional on an independent review that compares continuing with the Korean offer on future costs and benefits, with exit options on the table.',
            fraction: 1,
            feedback:
              'Right: the pending commitment rests on sunk-cost reasoning, and the review decides whether the other remedies are worth funding. ' +
              CAP,
          },
          {
            id: 'release',
            text: 'Release the €40 million quickly, so that the €120 million already invested is not lost.',
            feedback:
              'No: this is escalation of commitment. The €120 million is spent whatever happens; only future costs and benefits should count. ' +
              CAP,
          },
          {
            id: 'committee',
            text: 'Set up a steering committee and appoint alliance managers.',
            fraction: 0.25,
            feedback:
              'Needed, and probably the second step, but it should follow the decision on whether and how to continue, which the pending €40 million forces now. ' +
              CAP,
          },
          {
            id: 'terminate',
            text: 'Announce the end of the venture and accept the Korean offer.',
            feedback:
              'Premature: demand in India is strong and Pradhan’s dealers know the market. The Korean offer covers Europe only. Decide after a proper comparison, not before. ' +
              CAP,
          },
        ],
      },
      {
        type: 'essay',
        id: 'case-countermeasures-lupra-memo',
        prompt:
          'Write a memo (350–700 words) to the chief executives of Lumora and Pradhan. Diagnose what is going wrong at LuPra with evidence from the case, trace the problems to the construction stages and integration levels where they started, and recommend a prioritized, realistically timed plan of countermeasures.',
        objectives: ['countermeasures.capstone.recommend', 'countermeasures.capstone.analyze'],
        points: 6,
        minWords: 350,
        maxWords: 900,
        tags: ['countermeasures', 'capstone', 'case'],
        explanation:
          'A strong memo: (1) names all six obstacles with evidence — path dependence (€40 million to protect €120 million, Korean offer ignored), uncooperative behavior with its causes (compiled software: guarding core competence; dealer margins: asymmetric interests; Munich managers recalling engineers: managers at different levels), lagging organization (no alliance manager, 77-day disputes), cultural conflict (written specifications versus conversation), lack of trust (auditors, less cost data), mistiming (18-month plan against Spekman’s three to four years); (2) traces them to weak stages — a rushed strategic decision and partner choice driven by the incentive deadline, a design with no operating governance, a negotiation with no review date, exit clause or technology schedule, no evaluation — and to missing tactical, operational, organizational, interpersonal and cultural integration; (3) recommends one countermeasure per obstacle at its level; (4) puts the strategic review of the pending €40 million first, then structure, then the tactical, interpersonal and cultural work, and phases the European launch with realistic dates. ' +
          CAP,
        rubric: [
          {
            id: 'diagnosis',
            title: 'Diagnosis of the obstacles',
            levels: [
              {
                id: 'missing',
                label: 'Missing',
                points: 0,
                description: 'No obstacles named, or names without evidence.',
              },
              {
                id: 'partial',
                label: 'Partial',
                points: 1,
                description: 'Two or three obstacles named with some evidence from the case.',
              },
              {
                id: 'sound',
                label: 'Sound',
                points: 2,
                description: 'At least five obstacles named, each with evidence from the case.',
              },
              {
                id: 'thorough',
                label: 'Thorough',
                points: 3,
                description:
                  'All six obstacles with evidence, including the specific causes of the uncooperative behavior.',
              },
            ],
          },
          {
            id: 'roots',
            title: 'Construction stages and integration levels',
            levels: [
              {
                id: 'missing',
                label: 'Missing',
                points: 0,
                description: 'No link to the construction process or integration levels.',
              },
              {
                id: 'partial',
                label: 'Partial',
                points: 1,
                description:
                  'Names some weak stages or missing levels, without tying them to the evidence.',
              },
              {
                id: 'sound',
                label: 'Sound',
                points: 2,
                description:
                  'Traces the main problems to weak stages (e.g. rushed partner choice, no review or exit terms) and to the missing integration levels.',
              },
            ],
          },
          {
            id: 'remedies',
            title: 'Countermeasures',
            levels: [
              {
                id: 'missing',
                label: 'Missing',
                points: 0,
                description: 'No remedies, or generic advice not tied to obstacles.',
              },
              {
                id: 'partial',
                label: 'Partial',
                points: 1,
                description: 'Some remedies fit their obstacles; levels are not identified.',
              },
              {
                id: 'sound',
                label: 'Sound',
                points: 2,
                description:
                  'A fitting countermeasure for most obstacles, each at the right level.',
              },
              {
                id: 'thorough',
                label: 'Thorough',
                points: 3,
                description:
                  'A fitting countermeasure for every obstacle at the right level, specific to LuPra’s facts.',
              },
            ],
          },
          {
            id: 'priorities',
            title: 'Priorities and timing',
            levels: [
              { id: 'missing', label: 'Missing', points: 0, description: 'No order or timetable.' },
              {
                id: 'partial',
                label: 'Partial',
                points: 1,
                description:
                  'An order is given but not justified, or the timetable ignores how long trust takes.',
              },
              {
                id: 'sound',
                label: 'Sound',
                points: 2,
                description:
                  'Puts the review of the pending €40 million first, justifies the sequence, and sets a phased, realistic timetable.',
              },
            ],
          },
        ],
      },
    ],
  },
];
