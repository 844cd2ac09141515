import {
  type AttemptRow,
  checkSlot,
  countAttempts,
  createAttempt,
  currentQuizRef,
  type Database,
  effectiveAccommodation,
  getAttempt,
  learnerGrades,
  listAttemptRegrades,
  listAttempts,
  listExpiredAttempts,
  listOpenAttempts,
  openAttempt,
  type StoredAnswer,
  saveResponses,
  submitAttempt,
} from '@alliance/db';
import {
  type AttemptResult,
  type AttemptSettings,
  assemblePaper,
  attemptDurationMs,
  type Certainty,
  canStartAttempt,
  DEADLINE_GRACE_MS,
  evidenceByObjective,
  explainScore,
  isCheckable,
  mayCheckAgain,
  moduleOf,
  newSeed,
  type Paper,
  paperSlots,
  presentPaper,
  type QuizDefinition,
  type QuizGrade,
  readResponse,
  type SlotCheck,
  slotCheck,
  type Try,
} from '@alliance/quiz-engine';
import { TRPCError } from '@trpc/server';
import { refuse } from '../errors';
import {
  type CheckedAnswer,
  loadVersion,
  paperOf,
  pinnedAttempt,
  rememberAttempt,
  type SavedAnswer,
  scoreSaved,
} from '../scoring';
import { gradeOf, refreshQuizGrade } from './grades';
import { applyEvidence } from './mastery';

/**
 * The quiz runner's rules, between the attempt procedures and the queries: starting on purpose,
 * saving what can be saved, checking tries one at a time, submitting once, and closing attempts
 * whose time ran out. Procedures are glue over these; the expiry job calls `submit` too.
 */

type Db = Database;
type User = { id: string };

const noAttempt = () => new TRPCError({ code: 'NOT_FOUND', message: 'There is no such attempt.' });

const staleMessage =
  'This attempt changed in another tab or device. Reload to continue with the latest answers.';
const timeUpMessage = 'Time is up for this attempt: nothing more can be saved or checked.';
const submittedMessage = 'This attempt has already been submitted.';

/** Why a save or a check was not taken, as the error the client reads. */
function refusal(status: 'stale' | 'time-up' | 'submitted' | 'not-found') {
  switch (status) {
    case 'stale':
      return refuse('CONFLICT', 'stale', staleMessage);
    case 'time-up':
      return refuse('CONFLICT', 'time-up', timeUpMessage);
    case 'submitted':
      return refuse('CONFLICT', 'submitted', submittedMessage);
    case 'not-found':
      return noAttempt();
  }
}

/** Postgres 23505, as thrown by the driver or wrapped by drizzle. */
function isUniqueViolation(error: unknown): boolean {
  const code = (e: unknown) => (e as { code?: string } | null)?.code;
  return code(error) === '23505' || code((error as { cause?: unknown } | null)?.cause) === '23505';
}

export const lockedMessage =
  'This question is part of an assessment you have not submitted yet. Submit it first.';

/**
 * Items on the learner's open attempts that give feedback only after submission (deferred). No
 * other route — a lesson's check, a practice quiz — may score them or explain them until then,
 * or a learner could look up the answers in the middle of a final assessment.
 */
export async function itemsLockedByOpenAssessments(
  db: Db,
  userId: string,
  exceptAttemptId?: string,
) {
  const locked = new Set<string>();
  for (const open of await listOpenAttempts(db, { userId })) {
    if (open.id === exceptAttemptId) continue;
    const { paper, settings } = await paperOf(db, open);
    if (settings.behaviour !== 'deferred') continue;
    for (const { item } of paperSlots(paper)) locked.add(item.id);
  }
  return locked;
}

/** The stored answers of an attempt, by slot. */
const answersOf = (row: Pick<AttemptRow, 'responses'>) =>
  row.responses as Record<string, (StoredAnswer & SavedAnswer) | undefined>;

/**
 * What a learner may see of an attempt in progress: the presentation, their own answers (with the
 * sequence of the save that last wrote each), flags, and — for questions they checked — what the
 * check told them, rebuilt from the stored tries (`slotCheck`), so a reload shows it again.
 * Checks of items now locked by an open assessment are left out.
 */
function inProgressView(
  row: AttemptRow,
  paper: Paper,
  settings: AttemptSettings,
  { locked, now }: { locked: ReadonlySet<string>; now: Date },
) {
  const answers = answersOf(row);
  const checks: Record<string, SlotCheck> = {};
  for (const { slot, item } of paperSlots(paper)) {
    const tries = (Object.hasOwn(answers, slot) ? answers[slot]?.tries : undefined) ?? [];
    if (!tries.length || !isCheckable(item, settings) || locked.has(item.id)) continue;
    const state = slotCheck(item, tries as Try[], settings);
    if (state.ok) checks[slot] = state.value;
  }
  return {
    attemptId: row.id,
    quizId: row.quizId,
    state: row.state,
    presentation: presentPaper(paper),
    responses: Object.fromEntries(
      Object.entries(answers).map(([slot, answer]) => [
        slot,
        {
          response: answer?.response,
          certainty: answer?.certainty,
          flagged: answer?.flagged === true,
          /** The sequence of the save that last wrote this slot. */
          at: answer?.at ?? 0,
          triesUsed: answer?.tries?.length ?? 0,
        },
      ]),
    ),
    checks,
    /** How the attempt runs (not secret): behaviour, tries, certainty-based marking, layout. */
    settings: {
      behaviour: settings.behaviour,
      tries: settings.behaviour === 'interactive' ? settings.tries : 1,
      penaltyPerTry: settings.penaltyPerTry,
      certaintyBased: settings.certaintyBased,
      layout: settings.layout,
      passMark: settings.passMark,
    },
    sequence: row.sequence,
    startedAt: row.startedAt,
    deadline: row.deadline,
    /**
     * The server's clock when this was read (the database's, or this app server's kept with it):
     * the countdown corrects the browser's clock by the difference.
     */
    now,
    graceMs: DEADLINE_GRACE_MS,
  };
}

/** Whether any slot of the attempt has checked tries (only then can a check be shown). */
const hasTries = (row: Pick<AttemptRow, 'responses'>) =>
  Object.values(answersOf(row)).some((answer) => (answer?.tries?.length ?? 0) > 0);

async function viewOf(db: Db, row: AttemptRow) {
  // What locks an item (an open assessment) matters only where a check would be shown: a fresh
  // attempt skips the query. The time the page says it was read is this server's clock.
  const [{ paper, settings }, locked] = await Promise.all([
    paperOf(db, row),
    hasTries(row) ? itemsLockedByOpenAssessments(db, row.userId, row.id) : new Set<string>(),
  ]);
  return inProgressView(row, paper, settings, { locked, now: new Date() });
}

/** The learner's attempt as they may see it (its `state` says whether it is still open). */
export async function getOwnAttempt(db: Db, user: User, attemptId: string) {
  const row = await getAttempt(db, { attemptId, userId: user.id });
  if (!row) throw noAttempt();
  return viewOf(db, row);
}

// Per quiz version, once per process: how many questions its papers have.
const ranges = new Map<string, { min: number; max: number }>();
const RANGE_SAMPLES = 32;

/**
 * The fewest and most questions a paper of this quiz version has, over a fixed sample of seeds
 * (exact for quizzes without draws of cases; a draw of cases of different sizes makes a range).
 */
function questionRange(quizId: string, version: number, quiz: QuizDefinition) {
  const key = `${quizId}@${version}`;
  const known = ranges.get(key);
  if (known) return known;
  const counts = Array.from(
    { length: RANGE_SAMPLES },
    (_, i) => paperSlots(assemblePaper(quiz, `count-${i}`)).length,
  );
  const range = { min: Math.min(...counts), max: Math.max(...counts) };
  if (ranges.size > 200) ranges.clear();
  ranges.set(key, range);
  return range;
}

/** The settings that apply to this learner: the quiz's, with their accommodation. */
function withAccommodation(
  settings: AttemptSettings,
  accommodation: { timeMultiplier: number; extraAttempts: number },
) {
  return {
    ...settings,
    maxAttempts:
      settings.maxAttempts === null ? null : settings.maxAttempts + accommodation.extraAttempts,
    timeLimitSeconds:
      settings.timeLimitSeconds === null
        ? null
        : Math.round(settings.timeLimitSeconds * accommodation.timeMultiplier),
  };
}

/**
 * A quiz's start page: how it runs for this learner (time limit with their accommodation,
 * attempts used and left, how the grade is taken, the pass mark), the attempt in progress if any,
 * past attempts with their results, the grade so far, and whether a new attempt may start.
 * Reads only: nothing starts here.
 */
export async function attemptOverview(db: Db, user: User, quizId: string) {
  const quiz = await currentQuizRef(db, { quizId });
  if (!quiz) throw new TRPCError({ code: 'NOT_FOUND', message: `There is no quiz "${quizId}".` });
  const who = { userId: user.id, quizId };
  const [current, accommodation, rows] = await Promise.all([
    loadVersion(db, quiz.quizId, quiz.version),
    effectiveAccommodation(db, { userId: user.id }),
    listAttempts(db, who),
  ]);
  const settings = withAccommodation(current.settings, accommodation);
  const numbered = [...rows]
    .sort((a, b) => a.startedAt.getTime() - b.startedAt.getTime())
    .map((row, i) => ({ row, number: i + 1 }));
  const open = numbered.find(({ row }) => row.state === 'in-progress');
  const submitted = numbered.filter(({ row }) => row.state === 'submitted');
  const past = submitted.map(({ row, number }) => ({
    attemptId: row.id,
    number,
    startedAt: row.startedAt,
    submittedAt: row.submittedAt,
    reason: row.submitReason,
    points: row.points,
    maxPoints: row.maxPoints,
    fraction: row.fraction,
    pending: row.pending,
    passed: (row.result as AttemptResult | null)?.passed ?? null,
  }));
  const grade = await gradeOf(db, user.id, quizId);
  const allowed = open ? { ok: true as const } : canStartAttempt(rows.length, settings);
  let openView: null | {
    attemptId: string;
    number: number;
    startedAt: Date;
    deadline: Date | null;
    answered: number;
    questions: number;
  } = null;
  if (open) {
    const { paper } = await paperOf(db, open.row);
    const answers = answersOf(open.row);
    const slots = paperSlots(paper);
    openView = {
      attemptId: open.row.id,
      number: open.number,
      startedAt: open.row.startedAt,
      deadline: open.row.deadline,
      answered: slots.filter(({ slot }) => {
        const a = Object.hasOwn(answers, slot) ? answers[slot] : undefined;
        return a?.response !== undefined && a?.response !== null;
      }).length,
      questions: slots.length,
    };
  }
  return {
    quizId: quiz.quizId,
    settings,
    accommodation,
    /** How many questions a paper has: fewest and most (draws of cases can differ). */
    questions: questionRange(quiz.quizId, quiz.version, current.quiz),
    attemptsUsed: rows.length,
    attemptsLeft:
      settings.maxAttempts === null ? null : Math.max(0, settings.maxAttempts - rows.length),
    open: openView,
    past,
    /** The grade as every surface shows it (quiz-engine's `quizGrade`). */
    grade: {
      method: grade.method,
      fraction: grade.fraction,
      passed: grade.passed,
      waiting: grade.waiting,
    },
    canStart: allowed.ok ? { ok: true as const } : { ok: false as const, reason: allowed.reason },
    /** The number the next attempt would have: the learner confirms it when starting. */
    nextAttempt: rows.length + 1,
  };
}

/**
 * Starts an attempt on purpose (a POST from the start page), or resumes the learner's attempt in
 * progress: the server assembles the paper from a stored seed and returns the presentation only.
 * `attemptNumber`, when given, is the attempt the learner chose to start: if it is no longer the
 * next one (another tab started or finished one since the page was read), nothing starts.
 */
export async function startAttempt(
  db: Db,
  user: User,
  { quizId, attemptNumber }: { quizId: string; attemptNumber?: number },
) {
  const quiz = await currentQuizRef(db, { quizId });
  if (!quiz) throw new TRPCError({ code: 'NOT_FOUND', message: `There is no quiz "${quizId}".` });
  const who = { userId: user.id, quizId };
  // The current version is parsed once per process (a class starting an exam at once would
  // otherwise fetch and validate its whole definition for every learner).
  const [open, started, accommodation, current] = await Promise.all([
    openAttempt(db, who),
    countAttempts(db, who),
    effectiveAccommodation(db, { userId: user.id }),
    loadVersion(db, quiz.quizId, quiz.version),
  ]);
  if (open) return viewOf(db, open);
  if (attemptNumber !== undefined && attemptNumber !== started + 1)
    throw refuse(
      'CONFLICT',
      'attempt-changed',
      `Attempt ${attemptNumber} is not the next one any more: you have started ${started}. Reload the page to see where you are.`,
    );
  const { settings } = current;
  const allowed = canStartAttempt(started, withAccommodation(settings, accommodation));
  if (!allowed.ok)
    throw refuse(
      'FORBIDDEN',
      'no-attempts-left',
      `You cannot start another attempt: ${allowed.reason}.`,
    );
  const seed = newSeed();
  const paper = assemblePaper(current.quiz, seed);
  try {
    const row = await createAttempt(db, {
      id: `att_${newSeed()}`,
      userId: user.id,
      quizId: quiz.quizId,
      quizVersion: quiz.version,
      seed,
      durationMs: attemptDurationMs(settings, accommodation.timeMultiplier),
      timeMultiplier: accommodation.timeMultiplier,
    });
    rememberAttempt(row);
    // Nothing is checked yet on a new attempt, so nothing can be locked in its view.
    return inProgressView(row, paper, settings, { locked: new Set(), now: row.startedAt });
  } catch (error) {
    // Two tabs started at once: the database keeps one attempt open; resume that one.
    if (!isUniqueViolation(error)) throw error;
    const winner = await openAttempt(db, who);
    if (!winner) throw error;
    return viewOf(db, winner);
  }
}

/** A response's problem in words, for the field it belongs to. */
function problemText(issues: ReadonlyArray<{ path: string; message: string }>): string {
  return issues
    .map((i) => (i.path === 'text' || i.path === '' ? i.message : `${i.path}: ${i.message}`))
    .join('; ');
}

/**
 * Autosave. Every answer that can be read is saved; one that cannot (not a number, an unknown
 * option, a question not on this paper) is named in `rejected` with why, and never blocks the
 * others. Answers made on a stale view of their slot come back in `superseded` with what the
 * slot holds. Refused as a whole only when the attempt changed in another tab (stale), was
 * submitted, or its time ran out.
 */
export async function saveAnswers(
  db: Db,
  user: User,
  input: { attemptId: string; sequence: number; responses: Record<string, SavedAnswer> },
) {
  const pinned = await pinnedAttempt(db, { attemptId: input.attemptId, userId: user.id });
  if (!pinned) throw noAttempt();
  const { paper } = await paperOf(db, pinned);
  const items = new Map(paperSlots(paper).map((s) => [s.slot, s.item]));
  const rejected: Record<string, string> = {};
  const valid: Record<string, SavedAnswer> = {};
  for (const [slot, answer] of Object.entries(input.responses)) {
    const item = items.get(slot);
    if (!item) {
      rejected[slot] = 'is not a question of this attempt';
      continue;
    }
    if (answer.response !== null && answer.response !== undefined) {
      // Saved answers must be scorable later: the same checks submission makes. What is kept is
      // the item type's reading of the answer, never whatever else the request carried.
      const parsed = readResponse(item, answer.response);
      if (!parsed.ok) {
        rejected[slot] = problemText(parsed.issues);
        continue;
      }
      valid[slot] = { ...answer, response: parsed.value };
    } else valid[slot] = answer;
  }
  const outcome = await saveResponses(db, {
    attemptId: pinned.id,
    userId: user.id,
    sequence: input.sequence,
    responses: valid,
    graceMs: DEADLINE_GRACE_MS,
  });
  switch (outcome.status) {
    case 'saved':
    case 'duplicate':
      return {
        sequence: outcome.sequence,
        rejected,
        superseded: Object.fromEntries(
          Object.entries(outcome.superseded).map(([slot, answer]) => [
            slot,
            {
              response: answer.response,
              certainty: answer.certainty as Certainty | undefined,
              flagged: answer.flagged === true,
              at: answer.at ?? 0,
            },
          ]),
        ),
      };
    default:
      throw refusal(outcome.status);
  }
}

/**
 * Checks one answer during an interactive or immediate attempt. Checks on an attempt run one at
 * a time in the database, so exactly the allowed number of tries is ever evaluated and each wrong
 * one is charged; an answer that cannot be read is refused before it could cost a try; the same
 * check resent (a retry) answers again without charging. Returns what the policy lets the learner
 * see (`slotCheck`).
 */
export async function checkAnswer(
  db: Db,
  user: User,
  input: { attemptId: string; slot: string; sequence: number; answer: CheckedAnswer },
) {
  const row = await getAttempt(db, { attemptId: input.attemptId, userId: user.id });
  if (!row) throw noAttempt();
  if (row.state !== 'in-progress') throw refuse('CONFLICT', 'submitted', submittedMessage);
  const { paper, settings } = await paperOf(db, row);
  if (settings.behaviour === 'deferred')
    throw refuse('BAD_REQUEST', 'not-checkable', 'This quiz gives feedback after you submit it.');
  const item = paperSlots(paper).find((s) => s.slot === input.slot)?.item;
  if (!item)
    throw new TRPCError({ code: 'BAD_REQUEST', message: `${input.slot} is not on this paper.` });
  if (!isCheckable(item, settings))
    throw refuse(
      'BAD_REQUEST',
      'not-checkable',
      'Your instructor reads and grades this answer after you submit: there is nothing to check.',
    );
  if ((await itemsLockedByOpenAssessments(db, user.id, row.id)).has(item.id))
    throw refuse('FORBIDDEN', 'locked', lockedMessage);
  // An answer that cannot be read never costs a try; the try keeps the type's reading of it.
  const parsed = readResponse(item, input.answer.response);
  if (!parsed.ok)
    throw refuse(
      'BAD_REQUEST',
      'invalid-answer',
      `This answer cannot be checked: ${problemText(parsed.issues)}`,
    );
  const attemptTry: Try = {
    response: parsed.value,
    ...(input.answer.certainty ? { certainty: input.answer.certainty } : {}),
  };
  if (settings.certaintyBased && !attemptTry.certainty)
    throw refuse('BAD_REQUEST', 'invalid-answer', 'Say how sure you are before you check.');
  const outcome = await checkSlot(db, {
    attemptId: row.id,
    userId: user.id,
    slot: input.slot,
    sequence: input.sequence,
    answer: attemptTry,
    graceMs: DEADLINE_GRACE_MS,
    evaluate: (_locked, tries) => {
      const may = mayCheckAgain(item, tries as Try[], settings);
      return may.ok
        ? { accept: true as const, tries: [...tries, attemptTry], verdict: null }
        : { accept: false as const, verdict: may.reason };
    },
  });
  switch (outcome.status) {
    case 'checked':
    case 'duplicate': {
      const state = slotCheck(item, outcome.tries as Try[], settings);
      if (!state.ok)
        throw refuse(
          'BAD_REQUEST',
          'invalid-answer',
          `This answer cannot be checked: ${problemText(state.issues)}`,
        );
      return { sequence: outcome.sequence, ...state.value };
    }
    case 'refused':
      throw outcome.verdict === 'finished'
        ? refuse('CONFLICT', 'finished', 'This question is finished: no tries left.')
        : refuse('BAD_REQUEST', 'not-checkable', 'This question cannot be checked.');
    default:
      throw refusal(outcome.status);
  }
}

/**
 * Submits and scores on the server, once: a double click, a retry or the expiry job get the
 * stored result. After the deadline (on the database's clock) it is `time-up`, scored on what
 * was saved, which the server took only until the deadline and its grace.
 */
export async function submit(db: Db, { attemptId, userId }: { attemptId: string; userId: string }) {
  let attempt: Awaited<ReturnType<typeof paperOf>> | undefined;
  let grade: QuizGrade | undefined;
  const outcome = await submitAttempt(db, {
    attemptId,
    userId,
    async score(row, tx, late) {
      attempt = await paperOf(tx, row);
      const scored = scoreSaved(attempt.paper, attempt.settings, row);
      if (!scored.ok) {
        throw new TRPCError({
          code: 'BAD_REQUEST',
          message: `Some answers cannot be scored: ${scored.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`,
        });
      }
      return { reason: late ? 'time-up' : 'submitted', ...scored.value };
    },
    async afterSubmit(tx, row, quiz) {
      // Mastery moves in the same transaction: a practice quiz counts as a Khan "quiz", the
      // final assessment as a unit test; essays still waiting for a grader do not count yet.
      if (!attempt) throw new Error('a submission was scored without its paper');
      const result = row.result as AttemptResult;
      const items = new Map(paperSlots(attempt.paper).map((s) => [s.slot, s.item]));
      const evidence = evidenceByObjective(
        result.items
          .filter((i) => !i.pending)
          .map((i) => ({
            objectives: items.get(i.slot)?.objectives ?? [],
            fraction: Math.max(0, i.fraction),
            maxPoints: i.maxPoints,
          })),
      );
      // The learner's grade on the quiz, stored in the same transaction (the gradebook and the
      // score bands read it), read beside the mastery update on the one connection.
      [, grade] = await Promise.all([
        applyEvidence(tx, {
          userId,
          evidence,
          kind: quiz.kind === 'final' ? 'unit-test' : 'quiz',
          at: new Date(),
        }),
        refreshQuizGrade(tx, userId, row.quizId),
      ]);
    },
  });
  if (!outcome) throw noAttempt();
  const row = outcome.row;
  grade ??= await gradeOf(db, userId, row.quizId);
  return {
    attemptId: row.id,
    points: row.points,
    maxPoints: row.maxPoints,
    fraction: row.fraction,
    pending: row.pending,
    reason: row.submitReason,
    alreadySubmitted: outcome.alreadySubmitted,
    grade: { method: grade.method, fraction: grade.fraction, passed: grade.passed },
  };
}

/**
 * Closes attempts whose time ran out without waiting for the learner to come back: each is
 * submitted as `time-up` and scored on what was saved, exactly as the learner's own submit would
 * (so rollups, mastery and dashboards move the same way). Safe with several app instances: a
 * submission locks its attempt, and one already closed is left as it is. Returns how many it
 * closed.
 */
export async function closeExpiredAttempts(db: Db, { limit = 100 }: { limit?: number } = {}) {
  const expired = await listExpiredAttempts(db, { graceMs: DEADLINE_GRACE_MS, limit });
  let closed = 0;
  for (const { id, userId } of expired) {
    const result = await submit(db, { attemptId: id, userId }).catch((error: unknown) => {
      console.error(`closing expired attempt ${id} failed:`, error);
      return null;
    });
    if (result && !result.alreadySubmitted) closed++;
  }
  return closed;
}

/**
 * The review of a submitted attempt (never before): per item the learner's answer and, as the
 * quiz's review options allow, the key, the feedback earned, the worked explanation and the score
 * breakdown; the attempt's total; the learner's grade on the quiz now; and its regrades.
 */
export async function reviewAttempt(db: Db, user: User, attemptId: string) {
  const row = await getAttempt(db, { attemptId, userId: user.id });
  if (!row) throw noAttempt();
  if (row.state !== 'submitted' || !row.result) {
    throw new TRPCError({
      code: 'PRECONDITION_FAILED',
      message: 'The review opens once the attempt is submitted.',
    });
  }
  const { paper, settings } = await paperOf(db, row);
  const result = row.result as AttemptResult;
  const scores = new Map(result.items.map((i) => [i.slot, i]));
  // What the quiz's review options allow; a grader's comment on an essay is always shown.
  const saved = row.responses as Record<string, SavedAnswer>;
  return {
    attemptId: row.id,
    quizId: row.quizId,
    presentation: presentPaper(paper),
    items: paperSlots(paper).map(({ slot, item }) => {
      const score = scores.get(slot);
      return {
        slot,
        response: saved[slot]?.response ?? null,
        key: settings.reviewShowsKey ? moduleOf(item).keyResponse(item) : null,
        explanation: settings.reviewShowsFeedback ? item.explanation : '',
        feedback:
          settings.reviewShowsFeedback || item.type === 'essay' ? (score?.feedback ?? []) : [],
        // Right/wrong marks per part, and the worked breakdown, would give the key away.
        parts: settings.reviewShowsKey ? (score?.parts ?? {}) : {},
        points: score?.points ?? 0,
        maxPoints: score?.maxPoints ?? item.points,
        pending: score?.pending ?? false,
        breakdown: score && settings.reviewShowsKey ? explainScore(score) : '',
      };
    }),
    total: {
      points: row.points,
      maxPoints: row.maxPoints,
      fraction: row.fraction,
      pending: row.pending,
      lines: settings.reviewShowsKey ? result.breakdown : result.breakdown.slice(-1),
    },
    submittedAt: row.submittedAt,
    reason: row.submitReason,
    /** The learner's grade on the quiz now, over all their attempts (the stored quizGrade). */
    grade: (await learnerGrades(db, { userId: user.id })).get(row.quizId) ?? null,
    /** Regrades after a key was fixed: when, why, and the points before and after. */
    regrades: await listAttemptRegrades(db, { attemptId: row.id }),
  };
}
