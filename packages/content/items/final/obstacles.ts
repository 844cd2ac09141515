import type { CaseDefinitionInput, ItemDefinitionInput } from '@alliance/quiz-engine';

const PD_EXPLAIN = 'obstacles.path-dependence.explain';
const PD_DIAGNOSE = 'obstacles.path-dependence.diagnose';
const UC_EXPLAIN = 'obstacles.uncooperative.explain';
const UC_CLASSIFY = 'obstacles.uncooperative.classify';
const OCT_DISTINGUISH = 'obstacles.org-culture-trust.distinguish';
const OCT_EXPLAIN = 'obstacles.org-culture-trust.explain';
const MT_EXPLAIN = 'obstacles.mistiming.explain';
const MT_ESTIMATE = 'obstacles.mistiming.estimate';

/** The final assessment's own items for this module: never shown with a key anywhere else. */
export const items: ItemDefinitionInput[] = [
  // ─── Path dependence ────────────────────────────────────────────────────────
  {
    type: 'choice',
    id: 'final-obstacles-not-warning-sign',
    prompt:
      'Quillfield Packaging has bought recycled board through a supply-and-development alliance with Rudna Pulp since 2014. For the 2025 renewal, its strategy director lists four facts. Which of them is NOT a warning sign of path dependence?',
    objectives: [PD_DIAGNOSE],
    points: 2,
    tags: ['final', 'obstacles'],
    options: [
      {
        id: 'requalify',
        text: 'The review counts the €3 million it would cost to requalify board from another mill.',
        fraction: 1,
        feedback:
          'Right: a switching cost that still lies ahead is a real cost of change and belongs in a forward-looking comparison. Counting it is sound practice, not a symptom. See *Worked example: Valdena Appliances* in Path dependence.',
      },
      {
        id: 'same-team',
        text: 'The review is led by the two directors who negotiated the 2014 agreement themselves.',
        feedback:
          'This is a warning sign: when the people who made the original decision are the only ones judging it, the review is likely to defend that decision. See the warning signs at the end of *The idea* in Path dependence.',
      },
      {
        id: 'target',
        text: 'The recycled-content target was cut from 80% to 65% so that it could be reported as met.',
        feedback:
          'This is a warning sign: moving a target instead of missing it protects the original choice, a typical move of escalation of commitment. See the warning signs at the end of *The idea* in Path dependence.',
      },
      {
        id: 'one-meeting',
        text: 'A rival mill’s lower bid was set aside in a single meeting, with no cost comparison.',
        feedback:
          'This is a warning sign: dismissing an alternative without evaluating it is how path dependence makes a firm pass up a better partner. See *Why it raises the failure rate* in Path dependence.',
      },
    ],
    explanation:
      'The symptoms of path dependence are habit and self-justification: the original deciders reviewing their own choice, targets quietly lowered, and alternatives dismissed unexamined. The requalification estimate is different in kind. It is money Quillfield would really have to spend if it switched, so a sound review must weigh it; what path dependence inflates is the weight of past spending and of the familiar arrangement. See the warning signs at the end of *The idea* and *Worked example: Valdena Appliances* in Path dependence.',
  },
  {
    type: 'numeric',
    id: 'final-obstacles-forward-gap',
    prompt:
      'Brackwater Textiles has spent $64 million over seven years on a fabric-development alliance with Velmar Fibers; $9 million of that went into a test lab that Brackwater keeps whatever it decides. Renewing with Velmar for five years would cost $38 million. Switching to another developer would cost $25 million over the same five years, plus $5 million to requalify fabrics and retrain staff, and a $4 million termination fee owed to Velmar under the current contract. Counting only costs still to come, how much more would renewing cost than switching? Answer in millions of dollars, as a whole number.',
    objectives: [PD_DIAGNOSE],
    points: 2,
    tags: ['final', 'obstacles'],
    answers: [
      {
        value: 4,
        tolerance: 0.5,
        feedback:
          'Right: renewing costs $38 million; switching costs $25 + $5 + $4 = $34 million; renewing costs $4 million more.',
      },
      {
        value: 13,
        tolerance: 0.5,
        fraction: 0,
        feedback:
          'You compared renewal only with the new developer’s fee. Requalification and the termination fee are real costs of switching and must be added to that side.',
      },
      {
        value: 8,
        tolerance: 0.5,
        fraction: 0,
        feedback:
          'You left out the $4 million termination fee. It is paid only if Brackwater switches, so it belongs on the switching side.',
      },
      {
        value: 9,
        tolerance: 0.5,
        fraction: 0,
        feedback:
          'You left out the $5 million for requalifying fabrics and retraining staff, a real future cost of switching.',
      },
      {
        value: 68,
        tolerance: 0.5,
        fraction: 0,
        feedback:
          'You added the $64 million already spent to the renewal side. That money is gone whichever option is chosen, so it belongs in neither column.',
      },
    ],
    explanation:
      'Compare only what each option still requires. Renewing: $38 million. Switching: $25 million + $5 million requalification and retraining + $4 million termination fee = $34 million. Renewing therefore costs $38 − $34 = $4 million more. The $64 million already spent, the test lab included, is sunk: it cannot be recovered by either choice, and the lab stays with Brackwater either way. Real switching costs, by contrast, are the legitimate part of path dependence and must be counted. See *Worked example: Valdena Appliances* in Path dependence.',
  },
  {
    type: 'short-text',
    id: 'final-obstacles-pd-name-bias',
    prompt:
      'Wexcombe Insurance’s claims-software alliance with Datalune Systems meets its targets, and nobody has complained about it. At renewal, the chief operating officer declines to invite other bids: “If we switch and it goes wrong, it’s my name on it, and a tender would tie up my team for months.” Name the bias at work, in two or three words.',
    objectives: [PD_EXPLAIN],
    points: 1,
    tags: ['final', 'obstacles'],
    patterns: [
      {
        pattern: 'position-locking bias',
        feedback: 'Correct: position-locking bias.',
      },
      {
        pattern: '*position*lock*',
        feedback: 'Correct: position-locking bias.',
      },
      {
        pattern: '*status*quo*',
        fraction: 0.5,
        feedback:
          'Close: the wider literature calls a very similar tendency status quo bias, but the course’s name for the behavior path dependence magnifies is position-locking bias.',
      },
      {
        pattern: '*escalat*',
        fraction: 0,
        feedback:
          'Not here: escalation of commitment is a response to bad news and defends past investment. This alliance has produced no bad news; the officer is avoiding risk, responsibility, and work.',
      },
    ],
    explanation:
      'Two clues point to position-locking bias. There is no negative feedback to react to, so this is not escalation of commitment, which needs bad news to start. And the motive is personal: the officer avoids responsibility for a new choice and the extra work of a tender, which are exactly the reasons managers keep the current strategy instead of looking at better ones. See *Position-locking bias* and the Compare table in *The idea* in Path dependence.',
  },

  // ─── Uncooperative behavior ─────────────────────────────────────────────────
  {
    type: 'matching',
    id: 'final-obstacles-uc-endoscope-causes',
    prompt:
      'Fenwright Medical of Britain and Kuroiwa Lens Works of Japan co-develop and sell a single-use endoscope. Match each finding of a 2025 review to the cause of uncooperative behavior it shows.',
    objectives: [UC_CLASSIFY],
    points: 3,
    tags: ['final', 'obstacles'],
    policy: 'per-part',
    premises: [
      {
        id: 'lenses',
        text: 'Kuroiwa ships its lens assemblies pre-aligned and will not let Fenwright’s engineers see the grinding specifications.',
        match: 'guard',
      },
      {
        id: 'repairs',
        text: 'Fenwright sends the lucrative repair contracts to its own service arm, while the joint account pays for loaner devices.',
        match: 'interests',
      },
      {
        id: 'trials',
        text: 'Kuroiwa has absorbed Fenwright’s clinical-trial methods and now runs trials alone; Fenwright, whose share of joint sales slid from 55% to 38%, sends only junior staff to joint meetings.',
        match: 'balance',
      },
      {
        id: 'account-managers',
        text: 'Fenwright’s chief executive calls the endoscope the firm’s flagship, but its hospital account managers, paid on consumables volume, rarely mention it.',
        match: 'levels',
      },
      {
        id: 'sign-off',
        text: 'Kuroiwa’s teams want every design change signed off in a formal review; Fenwright’s settle changes by phone, and each side finds the other’s habit exasperating.',
        match: 'differences',
      },
    ],
    responses: [
      { id: 'balance', text: 'Unbalanced competitive positions' },
      { id: 'interests', text: 'Asymmetric interests' },
      { id: 'guard', text: 'Guarding core competences' },
      { id: 'levels', text: 'Managers at different levels see the alliance differently' },
      { id: 'differences', text: 'Differences in culture, organization, and strategy' },
      { id: 'locking', text: 'Position-locking bias' },
    ],
    explanation:
      'Ask who is holding back and why. Kuroiwa walls off its grinding know-how, the knowledge it is valued for: guarding core competences. Fenwright enlarges its own divided income while the shared account carries the cost: asymmetric interests. Kuroiwa has grown stronger through the alliance while Fenwright’s relative position has fallen, and the weaker side is withdrawing effort: unbalanced competitive positions. Enthusiasm at Fenwright’s top and neglect by its account managers is the gap between managerial levels. Willing teams clashing over how changes are agreed is a difference in organization and culture. No finding concerns keeping an alliance out of habit, so position-locking bias does not apply. See *The idea* and *Worked example: Aldana Solar* in Uncooperative behavior.',
  },
  {
    type: 'multiple-response',
    id: 'final-obstacles-uc-consultant-memo',
    prompt:
      'Dovecote Software and Banfield Telecom have just signed an alliance to co-sell a network-security service. A consultant’s memo to both boards makes six claims about the risk of non-cooperation. Which claims agree with the course? Select all that apply.',
    objectives: [UC_EXPLAIN],
    points: 2,
    tags: ['final', 'obstacles'],
    policy: 'right-minus-wrong',
    options: [
      {
        id: 'no-owner',
        text: 'Neither firm can order the other to cooperate, since each stays independent, with its own owners and plans.',
        correct: true,
        feedback:
          'Correct: an alliance has no single owner who can impose cooperation; that looseness is the starting point of the problem. See *Why it matters* in Uncooperative behavior.',
      },
      {
        id: 'differences',
        text: 'Differences between the two firms in strategy, organization, and culture make holding back easier.',
        correct: true,
        feedback:
          'Correct: looseness combined with the members’ differences is what makes non-cooperation easy and common. See *Why it matters* in Uncooperative behavior.',
      },
      {
        id: 'outcome',
        text: 'If non-cooperation appears and is left to linger, the alliance may miss its goals or even break apart.',
        correct: true,
        feedback:
          'Correct: the thesis warns that unresolved non-cooperation leaves an alliance at best short of its goals and at worst broken up. See *Why it matters* in Uncooperative behavior.',
      },
      {
        id: 'contract',
        text: 'A detailed enough contract rules out non-cooperation, so the boards can set the other warnings aside.',
        correct: false,
        feedback:
          'Non-cooperation mostly takes forms no contract can pin down: second-best engineers, slow answers, data shared only in summary. See *Why it matters* in Uncooperative behavior.',
      },
      {
        id: 'profit',
        text: 'While the service is profitable, both firms’ interests stay aligned, so neither has a reason to hold back.',
        correct: false,
        feedback:
          'A profitable alliance can still breed asymmetric interests: a partner can raise its own share of the divided income at the expense of the shared part. See *2. Asymmetric interests* in Uncooperative behavior.',
      },
      {
        id: 'open',
        text: 'Non-cooperation usually shows up as open disputes, so a partner that raises no complaints is cooperating.',
        correct: false,
        feedback:
          'The reverse is typical: non-cooperation is rarely dramatic, and small, quiet acts of holding back add up. See *Why it matters* in Uncooperative behavior.',
      },
    ],
    explanation:
      'Three claims match the course: independent partners cannot be ordered to cooperate, their differences in strategy, organization, and culture make holding back easy, and non-cooperation that is not resolved quickly leaves the alliance short of its goals or breaks it up. The other three fail. Much of non-cooperation is too small and quiet for a contract to capture, profitability does not remove the pull of asymmetric interests, and the absence of open conflict says little, since holding back is usually undramatic. See *Why it matters* and *The idea* in Uncooperative behavior.',
  },

  // ─── Organization, culture, and trust ───────────────────────────────────────
  {
    type: 'categorize',
    id: 'final-obstacles-oct-bottling-audit',
    prompt:
      'Calderón Bebidas of Mexico and Oberlin Abfülltechnik of Germany run a joint bottling plant in Monterrey. Sort each finding of a 2025 audit under the obstacle it reveals.',
    objectives: [OCT_DISTINGUISH],
    points: 3,
    tags: ['final', 'obstacles'],
    policy: 'per-part',
    buckets: [
      { id: 'org', label: 'Organization and management lagging behind' },
      { id: 'culture', label: 'Cultural conflict' },
      { id: 'trust', label: 'Lack of mutual trust' },
    ],
    cards: [
      {
        id: 'sign-off',
        text: 'Any spending above $50,000 needs approval from both head offices, and nobody at the plant is responsible for chasing it.',
        bucket: 'org',
      },
      {
        id: 'start-up-office',
        text: 'The plant has tripled its bottling lines since 2022 but is still coordinated by the two-person start-up office.',
        bucket: 'org',
      },
      {
        id: 'raising-problems',
        text: 'Oberlin’s engineers raise problems openly in meetings; Calderón’s supervisors take them privately to their superior, and each side finds the other’s way awkward.',
        bucket: 'culture',
      },
      {
        id: 'minutes',
        text: 'Calderón’s managers settle issues by phone as they arise; Oberlin’s insist on written minutes, and each sees the other as disorganized or rigid.',
        bucket: 'culture',
      },
      {
        id: 'concentrate',
        text: 'Calderón shares its syrup formulas only as pre-mixed concentrate, fearing that Oberlin will pass them to other bottling clients.',
        bucket: 'trust',
      },
      {
        id: 'machine-logs',
        text: 'Oberlin reads Calderón’s request to audit the machine logs as groundwork for replacing Oberlin’s equipment.',
        bucket: 'trust',
      },
    ],
    explanation:
      'Ask what would fix each finding. A procedure and someone who owns cross-partner decisions would fix the double approvals, and a structure sized to today’s plant would fix the overloaded start-up office: organizational lag. Understanding of each other’s working styles would fix the clashes over raising problems and recording decisions, because both sides want the plant to work: cultural conflict. Only confidence in the other side’s intentions would fix the guarded formulas and the suspicious reading of the audit request: lack of mutual trust. See *Telling them apart* in Organization, culture, and trust.',
  },
  {
    type: 'ordering',
    id: 'final-obstacles-oct-loop-order',
    prompt:
      'Ravensmoor Bio and Ikeda Fermentation run Fermara, a joint venture making enzyme ingredients. The lesson builds a model, from links the thesis draws, of how lagging organization, cultural conflict, and lack of trust feed one another. Following that model, put these events at Fermara in the order in which they would most plausibly unfold.',
    objectives: [OCT_EXPLAIN],
    points: 2,
    tags: ['final', 'obstacles'],
    grading: 'relative-next-include-last',
    items: [
      {
        id: 'no-forum',
        text: 'Fermara is set up with no joint body for settling disagreements between the two parents’ staff.',
      },
      {
        id: 'unsettled',
        text: 'A dispute over how much batch documentation is needed drags on for months without a decision.',
      },
      {
        id: 'labels',
        text: 'Ravensmoor’s chemists start calling Ikeda’s team “obstructive”; Ikeda’s team calls Ravensmoor’s “careless.”',
      },
      {
        id: 'bad-faith',
        text: 'Each side begins to read the other’s delays and questions as signs of bad faith.',
      },
      {
        id: 'withhold',
        text: 'Both parents share strain data only in summary form and assign fewer senior scientists to Fermara.',
      },
      {
        id: 'stalled',
        text: 'A proposal to create a joint steering committee stalls, because neither parent will let the other chair it.',
      },
    ],
    explanation:
      'The model starts with missing structure: with no body to settle disagreements, a dispute about working practice is never resolved. Unresolved friction hardens into stereotypes of the other side. Once each side has a fixed picture of the other, it interprets the other’s moves as bad faith, and trust drains away. Partners who distrust each other protect their knowledge and withhold effort, and that is uncooperative behavior. Non-cooperation, finally, makes the joint structure that was missing even harder to agree on, which closes the loop. See *How they reinforce one another* in Organization, culture, and trust.',
  },

  // ─── Mistiming ───────────────────────────────────────────────────────────────
  {
    type: 'inline-choice',
    id: 'final-obstacles-mt-grid-window',
    prompt:
      'Norhaven Grid of Denmark and Castellan Cable of Spain sign a large, complex alliance in June 2025 to co-develop and install high-voltage subsea connectors. The offshore grid contracts they are aiming at will be awarded between January 2027 and December 2028. Complete the assessment.',
    objectives: [MT_ESTIMATE],
    points: 3,
    tags: ['final', 'obstacles'],
    text: 'Using Spekman’s range as the thesis reports it, full operation can realistically be expected between {{range}}. Set against the award period, this means the alliance will {{verdict}}. The founding plan promises full operation by mid-2026; a fitting response is to {{response}}.',
    gaps: [
      {
        id: 'range',
        options: [
          { id: 'early', text: 'mid-2026 and mid-2027' },
          { id: 'middle', text: 'mid-2027 and mid-2028' },
          { id: 'late', text: 'mid-2028 and mid-2029' },
        ],
        answer: 'late',
        feedback:
          'Three to four years after June 2025 runs from June 2028 to June 2029. The earlier ranges assume one or two years, far shorter than the range for a large, complex alliance.',
      },
      {
        id: 'verdict',
        options: [
          { id: 'miss-most', text: 'miss most of it, catching at best its final six months' },
          { id: 'half', text: 'be ready in time for roughly half of the contracts' },
          { id: 'all', text: 'be ready before the first contracts are awarded' },
        ],
        answer: 'miss-most',
        feedback:
          'Even the short end of the range, June 2028, leaves only July to December 2028 of a 24-month award period; the long end misses it entirely.',
      },
      {
        id: 'response',
        options: [
          {
            id: 'narrow',
            text: 'narrow the first product or use a simpler form of cooperation early on',
          },
          { id: 'accept', text: 'accept the plan, since both boards have approved its timetable' },
          { id: 'delay', text: 'postpone the signing until the first contracts have been awarded' },
        ],
        answer: 'narrow',
        feedback:
          'A plan far shorter than the range deserves scrutiny; the partners should aim at what they can deliver inside the window. Waiting to sign would push readiness even later.',
      },
    ],
    explanation:
      'Add three to four years to the June 2025 signing: full operation is realistic between June 2028 and June 2029. The award period runs from January 2027 to December 2028, so even the optimistic end of the range catches only its last six months, and the pessimistic end misses it entirely. The plan’s 12 months is therefore two to three years shorter than the range would suggest, and board approval does not make trust and joint organization arrive faster. Narrowing the first product or starting with a simpler form of cooperation lets the partners compete for early contracts; delaying the signing only makes the gap worse. See *How to estimate it in a case* and *Worked example: Pallas Charging* in Mistiming.',
  },
  {
    type: 'numeric',
    id: 'final-obstacles-mt-months-left',
    prompt:
      'Orrinstone Hydrogen and Kazemori Electrolysis sign a large, complex alliance at the start of April 2025 to build electrolyzer stacks for steelworks. The steel producers they target will place their orders from the start of January 2027 to the end of September 2028. Take the short end of Spekman’s range as the earliest realistic date of full operation. At that date, how many months of the ordering period remain? Answer as a whole number of months.',
    objectives: [MT_ESTIMATE],
    points: 2,
    tags: ['final', 'obstacles'],
    answers: [
      {
        value: 6,
        tolerance: 0.5,
        feedback:
          'Right: the start of April 2025 plus three years is the start of April 2028, leaving April to September 2028, six months, of the ordering period.',
      },
      {
        value: 21,
        tolerance: 0.5,
        fraction: 0,
        feedback:
          '21 months is the length of the whole ordering period. The question asks how much of it remains once the alliance can realistically operate.',
      },
      {
        value: 0,
        tolerance: 0.5,
        fraction: 0,
        feedback:
          'With the midpoint or the long end of the range, the window is indeed gone. The question asks about the short end, three years, which still leaves part of the period.',
      },
    ],
    explanation:
      'The short end of Spekman’s range is three years: the start of April 2025 + 36 months = the start of April 2028. The ordering period ends at the end of September 2028, so April, May, June, July, August, and September remain: 6 of its 21 months. That is the best case; at three and a half or four years the alliance would be ready only after the last orders are placed. See *How to estimate it in a case* in Mistiming.',
  },
  {
    type: 'choice',
    id: 'final-obstacles-mt-narrow-scope',
    prompt:
      'Petrova Cosmetics and the retailer Lindby Stores agree to run one joint in-store campaign for a skincare launch, starting five months after signing. A Lindby director objects: “Spekman found that alliances need three to four years to become fully operational, so this timetable is fantasy.” Which assessment fits the lesson best?',
    objectives: [MT_EXPLAIN],
    points: 2,
    tags: ['final', 'obstacles'],
    options: [
      {
        id: 'scope',
        text: 'The finding is about large, complex alliances; a single joint campaign can be running in months.',
        fraction: 1,
        feedback:
          'Right: the lead time grows with the partners, money, technology, and people involved, and a narrow campaign involves little of any. See *Three to four years* in Mistiming.',
      },
      {
        id: 'size',
        text: 'The director is right: trust at the top takes three to four years to build, whatever the alliance’s size.',
        feedback:
          'The finding covers large, complex alliances; narrow agreements such as one joint campaign need far less trust and organization. See *Three to four years* in Mistiming.',
      },
      {
        id: 'legal',
        text: 'The director is right, because the years Spekman observed go mainly into legal and regulatory approvals.',
        feedback:
          'The time goes into organizational relationships and, more slowly, personal networks and trust among top managers, not paperwork. See *Three to four years* in Mistiming.',
      },
      {
        id: 'dated',
        text: 'The finding dates from 1996 and has been overtaken, so today’s alliances can plan on a short lead time.',
        feedback:
          'The age of the survey is no reason to drop it: the lesson treats it as a check on optimistic plans for large, complex alliances. See *How to estimate it in a case* in Mistiming.',
      },
    ],
    explanation:
      'Read the finding’s scope before applying it. Spekman’s three to four years, as the thesis reports it, describes large, complex alliances, where organizational relationships and personal trust among top managers take years to build. A single joint campaign between two firms involves little joint organization and modest commitments, so it can be running within months. The director applies the range to a case it does not describe; the legal explanation misplaces where the time goes; and dismissing the survey as dated throws away a useful check on optimistic plans. See *Three to four years* in Mistiming.',
  },
];

/** The final assessment's own cases for this module. */
export const cases: CaseDefinitionInput[] = [
  {
    id: 'case-final-obstacles-brantley',
    title: 'Brantley Irrigation Systems and Ombrella Sensori',
    tags: ['final', 'obstacles', 'part-3'],
    stimulus: `In September 2017 **Brantley Irrigation Systems**, a Nebraska maker of precision-irrigation controllers with revenue of 620 million dollars, formed a development alliance with **Ombrella Sensori**, a 300-person soil-sensor maker in Bologna. Together they would build a platform that waters fields according to measured soil moisture. Ombrella contributed its sensors and firmware; Brantley contributed its controllers and its dealer network across the Great Plains. By the end of 2024 Brantley had spent 38 million dollars on the alliance, and the platform had reached 40% of its planned sales.

The agreement was renewed in 2021 on the recommendation of Brantley’s vice president for products, who had negotiated it in 2017; no other supplier was consulted. For the 2025 renewal, Ombrella asks for 19 million dollars over four years to finish a second-generation sensor. **Quarrington Instruments**, a Canadian sensor maker, has offered a finished sensor line for 14 million dollars over the same four years; moving to it would cost Brantley about 3 million dollars to redesign and recertify its controllers. The board set Quarrington’s offer aside at a single meeting.

The vice president argues: “We have put 38 million dollars into Ombrella. Walking away now throws all of that away.” The chief financial officer adds that switching would force Brantley to write off the 38 million dollars it has capitalized, “a loss we would have to explain to shareholders.”

The review turned up other facts. Ombrella releases firmware updates only as compiled files and will not show Brantley’s engineers the source code, even to fix faults in the field. Ombrella books sensor maintenance through its own service company and keeps the fees, while warranty replacements are charged to the joint account. Brantley’s regional sales managers, whose bonuses depend on margins from its older timer-based controllers, rarely show dealers the new platform. Finally, a wet 2024 season cut irrigation-equipment sales across the whole industry by about 15%.`,
    figures: [
      {
        caption: 'The 2025 choice (million dollars; fees cover 2025–2028)',
        columns: ['Item', 'Renew with Ombrella', 'Switch to Quarrington'],
        rows: [
          ['Development or license fee', 19, 14],
          ['Redesign and recertification', 0, 3],
          ['Spent on the alliance, 2017–2024', 38, 38],
        ],
      },
    ],
    items: [
      {
        type: 'multiple-response',
        id: 'final-obstacles-brantley-warning-signs',
        prompt:
          'Which facts in the case are warning signs of path dependence? Select all that apply.',
        objectives: [PD_DIAGNOSE],
        points: 2,
        tags: ['final', 'obstacles'],
        policy: 'right-minus-wrong',
        options: [
          {
            id: 'renewal',
            text: 'The 2021 renewal was recommended by the manager who had negotiated the deal, and no other supplier was consulted.',
            correct: true,
            feedback:
              'Correct: a renewal without a real review, judged by the original decision maker, is a classic sign of position-locking bias. See the warning signs at the end of *The idea* in Path dependence.',
          },
          {
            id: 'sunk',
            text: 'The vice president presents the 38 million dollars already spent as the reason to continue.',
            correct: true,
            feedback:
              'Correct: offering past spending as a reason to stay, after disappointing results, is escalation of commitment. See *Escalation of commitment* in Path dependence.',
          },
          {
            id: 'dismissed',
            text: 'The board set Quarrington’s offer aside at a single meeting.',
            correct: true,
            feedback:
              'Correct: dismissing an alternative without evaluation is how path dependence makes a firm miss a better partner. See *Why it raises the failure rate* in Path dependence.',
          },
          {
            id: 'redesign',
            text: 'Brantley estimates that moving to Quarrington would cost 3 million dollars in redesign.',
            correct: false,
            feedback:
              'Not a warning sign: a real, future switching cost belongs in the comparison and should be counted. See *Worked example: Valdena Appliances* in Path dependence.',
          },
          {
            id: 'weather',
            text: 'Irrigation-equipment sales fell by about 15% across the industry in the wet 2024 season.',
            correct: false,
            feedback:
              'An industry-wide dip in one season says nothing about how Brantley is deciding on its alliance; set it aside. See *The idea* in Path dependence.',
          },
          {
            id: 'firmware',
            text: 'Ombrella will not show Brantley’s engineers its firmware source code.',
            correct: false,
            feedback:
              'This is a problem, but of another kind: a partner guarding its core competence, a cause of uncooperative behavior. See *3. Guarding core competences* in Uncooperative behavior.',
          },
        ],
        explanation:
          'Three facts show the habit and self-justification of path dependence: a renewal decided by the deal’s own architect with no alternatives consulted, sunk spending offered as a reason to stay, and a rival offer dismissed unexamined. The redesign cost is a legitimate part of the comparison, the wet season is an industry-wide event unrelated to how Brantley decides, and the closed source code belongs to a different obstacle. See the warning signs at the end of *The idea* in Path dependence.',
      },
      {
        type: 'numeric',
        id: 'final-obstacles-brantley-forward-cost',
        prompt:
          'Counting only money still to be spent, how much more would renewing with Ombrella cost Brantley over the four years than switching to Quarrington? Answer in millions of dollars, as a whole number; enter a negative number if renewing would be cheaper.',
        objectives: [PD_DIAGNOSE],
        points: 2,
        tags: ['final', 'obstacles'],
        answers: [
          {
            value: 2,
            tolerance: 0.5,
            feedback:
              'Right: renewing costs 19 million dollars; switching costs 14 + 3 = 17 million dollars; renewing costs 2 million more.',
          },
          {
            value: 5,
            tolerance: 0.5,
            fraction: 0,
            feedback:
              'You left out the 3 million dollars of redesign and recertification. It is a real cost of switching and belongs on that side.',
          },
          {
            value: -36,
            tolerance: 0.5,
            fraction: 0,
            feedback:
              'You treated the write-off as a cost of switching. It only records money already spent; no cash is paid out by switching, and the 38 million dollars is gone either way.',
          },
          {
            value: 40,
            tolerance: 0.5,
            fraction: 0,
            feedback:
              'You added the 38 million dollars already spent to the renewal side. It is sunk, so it belongs in neither column.',
          },
        ],
        explanation:
          'Renewing requires 19 million dollars. Switching requires 14 million dollars for Quarrington’s sensor line plus 3 million dollars of redesign and recertification, 17 million in all. Renewing therefore costs 19 − 17 = 2 million dollars more. The 38 million dollars already spent is sunk. The chief financial officer’s write-off changes how that past spending is reported, not what either option will cost from now on, so it must be set aside too. Quality, risk, and timing still matter, but the money comparison is close and slightly favors switching. See *Worked example: Valdena Appliances* in Path dependence.',
      },
      {
        type: 'matching',
        id: 'final-obstacles-brantley-causes',
        prompt: 'Match each fact from the case to the behavior or cause it shows.',
        objectives: [UC_CLASSIFY, PD_EXPLAIN],
        points: 3,
        tags: ['final', 'obstacles'],
        policy: 'per-part',
        premises: [
          {
            id: 'firmware',
            text: 'Ombrella releases firmware only as compiled files, even to fix faults in the field.',
            match: 'guard',
          },
          {
            id: 'service',
            text: 'Ombrella keeps the maintenance fees while warranty replacements are charged to the joint account.',
            match: 'interests',
          },
          {
            id: 'sales-managers',
            text: 'Brantley’s regional sales managers, paid on margins from older controllers, rarely show dealers the platform.',
            match: 'levels',
          },
          {
            id: 'vice-president',
            text: 'After weak sales, the vice president defends the alliance by pointing to the 38 million dollars already spent.',
            match: 'escalation',
          },
        ],
        responses: [
          { id: 'guard', text: 'Guarding core competences' },
          { id: 'interests', text: 'Asymmetric interests' },
          { id: 'levels', text: 'Managers at different levels see the alliance differently' },
          { id: 'balance', text: 'Unbalanced competitive positions' },
          { id: 'escalation', text: 'Escalation of commitment' },
          { id: 'culture', text: 'Differences in culture, organization, and strategy' },
        ],
        explanation:
          'Ombrella protects the firmware it is valued for: guarding core competences. Keeping the service fees while loading warranty costs onto the joint account raises Ombrella’s divided income at the expense of the shared part: asymmetric interests. Brantley’s sales managers judge the platform by their own bonuses, not by the strategy the top agreed: the gap between managerial levels. The vice president’s defense follows bad news and rests on sunk money: escalation of commitment. The case gives no sign that one partner has outgrown the other, and no clash of working styles, so the two remaining responses are unused. See *The idea* in Uncooperative behavior and *Escalation of commitment* in Path dependence.',
      },
      {
        type: 'choice',
        id: 'final-obstacles-brantley-remedy',
        prompt:
          'Brantley’s board wants the platform in front of its dealers. Which step addresses the cause of the regional sales managers’ behavior?',
        objectives: [UC_CLASSIFY, UC_EXPLAIN],
        points: 2,
        tags: ['final', 'obstacles'],
        options: [
          {
            id: 'bonus',
            text: 'Revise Brantley’s own bonuses so platform sales pay as well as older controllers.',
            fraction: 1,
            feedback:
              'Right: the managers are responding to their own incentives, so the remedy lies inside Brantley, not in talks with Ombrella. See *4. Managers at different levels see the alliance differently* in Uncooperative behavior.',
          },
          {
            id: 'split',
            text: 'Renegotiate with Ombrella how the joint account’s fees and warranty costs are divided.',
            feedback:
              'That answers Ombrella’s asymmetric interests, a separate problem. It would not change what Brantley pays its own sales managers for. See *2. Asymmetric interests* in Uncooperative behavior.',
          },
          {
            id: 'source',
            text: 'Insist that Ombrella open its firmware source code to Brantley’s field engineers.',
            feedback:
              'That targets guarded know-how at Ombrella, not the sales managers’ reluctance at Brantley. See *3. Guarding core competences* in Uncooperative behavior.',
          },
          {
            id: 'weather',
            text: 'Wait for a normal growing season, since the weak sales reflect the wet 2024 weather.',
            feedback:
              'The wet season hit the whole industry in one year; it does not explain why Brantley’s own managers steer dealers away from the platform. See *4. Managers at different levels see the alliance differently* in Uncooperative behavior.',
          },
        ],
        explanation:
          'Each cause of non-cooperation needs its own remedy. The sales managers hold back because their bonuses reward the older controllers: the alliance lives at Brantley’s top but stalls below it. Only Brantley can fix that, by changing its own incentives. Renegotiating the joint account and demanding source code address Ombrella’s behavior, and blaming the weather leans on a fact that does not explain the managers’ choices. Left unresolved, this kind of non-cooperation keeps the alliance short of its goals. See *4. Managers at different levels see the alliance differently* and *Worked example: Aldana Solar* in Uncooperative behavior.',
      },
    ],
  },
];
