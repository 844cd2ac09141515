import {
  type AttemptRow,
  countAttempts,
  createAttempt,
  currentQuizRef,
  effectiveAccommodation,
  getAttempt,
  listAttemptRegrades,
  listOpenAttempts,
  openAttempt,
  saveResponses,
  submitAttempt,
} from '@alliance/db';
import {
  type AttemptResult,
  type AttemptSettings,
  assemblePaper,
  attemptDeadline,
  canStartAttempt,
  evidenceByObjective,
  explainScore,
  moduleOf,
  newSeed,
  overallGrade,
  type Paper,
  paperSlots,
  presentPaper,
  scoreSlot,
  type Try,
} from '@alliance/quiz-engine';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { entityId } from '../ids';
import { applyEvidence } from '../mastery';
import {
  loadVersion,
  paperOf,
  pinnedAttempt,
  rememberAttempt,
  type SavedAnswer,
  savedAnswer,
  scoreSaved,
} from '../scoring';
import { createTRPCRouter, learnerProcedure, ownAttemptProcedure } from '../trpc';

const id = entityId;

/** Postgres 23505, as thrown by the driver or wrapped by drizzle. */
function isUniqueViolation(error: unknown): boolean {
  const code = (e: unknown) => (e as { code?: string } | null)?.code;
  return code(error) === '23505' || code((error as { cause?: unknown } | null)?.cause) === '23505';
}

const notFound = () => new TRPCError({ code: 'NOT_FOUND', message: 'There is no such attempt.' });

/**
 * Items on the learner's open attempts that give feedback only after submission (deferred). No
 * other route — a lesson's check, a practice quiz — may score them or explain them until then,
 * or a learner could look up the answers in the middle of a final assessment.
 */
export async function itemsLockedByOpenAssessments(
  db: Parameters<typeof getAttempt>[0],
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

export const lockedMessage =
  'This question is part of an assessment you have not submitted yet. Submit it first.';

/** What a learner may see of an attempt in progress: the presentation and their own answers. */
function inProgressView(row: AttemptRow, paper: Paper, settings: AttemptSettings) {
  return {
    attemptId: row.id,
    quizId: row.quizId,
    state: row.state,
    presentation: presentPaper(paper),
    responses: Object.fromEntries(
      Object.entries(row.responses as Record<string, SavedAnswer>).map(([slot, answer]) => [
        slot,
        {
          response: answer.response,
          certainty: answer.certainty,
          triesUsed: answer.tries?.length ?? 0,
        },
      ]),
    ),
    /** How the attempt runs (not secret): behaviour, tries, certainty-based marking, time. */
    settings: {
      behaviour: settings.behaviour,
      tries: settings.behaviour === 'interactive' ? settings.tries : 1,
      penaltyPerTry: settings.penaltyPerTry,
      certaintyBased: settings.certaintyBased,
    },
    sequence: row.sequence,
    startedAt: row.startedAt,
    deadline: row.deadline,
  };
}

export const attemptRouter = createTRPCRouter({
  /**
   * Starts an attempt, or resumes the learner's attempt in progress: the server assembles the
   * paper from a stored seed and returns the presentation only — no key, fraction or feedback.
   */
  start: learnerProcedure.input(z.object({ quizId: id })).mutation(async ({ ctx, input }) => {
    const quiz = await currentQuizRef(ctx.db, { quizId: input.quizId });
    if (!quiz)
      throw new TRPCError({ code: 'NOT_FOUND', message: `There is no quiz "${input.quizId}".` });
    const who = { userId: ctx.user.id, quizId: input.quizId };
    // The current version is parsed once per process (a class starting an exam at once would
    // otherwise fetch and validate its whole definition for every learner).
    const [open, started, accommodation, current] = await Promise.all([
      openAttempt(ctx.db, who),
      countAttempts(ctx.db, who),
      // Accommodations: extra attempts on top of the quiz's, and more time on its limit.
      effectiveAccommodation(ctx.db, { userId: ctx.user.id }),
      loadVersion(ctx.db, quiz.quizId, quiz.version),
    ]);
    if (open) {
      const { paper, settings } = await paperOf(ctx.db, open);
      return inProgressView(open, paper, settings);
    }
    const { settings } = current;
    const allowed = canStartAttempt(
      started,
      settings.maxAttempts === null
        ? settings
        : { ...settings, maxAttempts: settings.maxAttempts + accommodation.extraAttempts },
    );
    if (!allowed.ok)
      throw new TRPCError({
        code: 'FORBIDDEN',
        message: `You cannot start another attempt: ${allowed.reason}.`,
      });
    const seed = newSeed();
    const paper = assemblePaper(current.quiz, seed);
    const startedAt = new Date();
    try {
      const row = await createAttempt(ctx.db, {
        id: `att_${newSeed()}`,
        userId: ctx.user.id,
        quizId: quiz.quizId,
        quizVersion: quiz.version,
        seed,
        startedAt,
        deadline: attemptDeadline(startedAt, settings, accommodation.timeMultiplier),
        timeMultiplier: accommodation.timeMultiplier,
      });
      rememberAttempt(row);
      return inProgressView(row, paper, settings);
    } catch (error) {
      // Two tabs started at once: the database keeps one attempt open; resume that one.
      if (!isUniqueViolation(error)) throw error;
      const winner = await openAttempt(ctx.db, who);
      if (!winner) throw error;
      const pinned = await paperOf(ctx.db, winner);
      return inProgressView(winner, pinned.paper, pinned.settings);
    }
  }),

  /** Resumes an attempt in progress (reload, second device). */
  get: ownAttemptProcedure.input(z.object({ attemptId: id })).query(async ({ ctx, input }) => {
    const row = await getAttempt(ctx.db, { attemptId: input.attemptId, userId: ctx.user.id });
    if (!row) throw notFound();
    const { paper, settings } = await paperOf(ctx.db, row);
    return inProgressView(row, paper, settings);
  }),

  /**
   * Autosave. Each save carries a sequence number higher than the last; a stale one (another
   * tab saved in between) is refused with CONFLICT instead of overwriting.
   */
  save: ownAttemptProcedure
    .input(
      z.object({
        attemptId: id,
        sequence: z.number().int().positive().max(2_000_000_000),
        responses: z
          .record(z.string().max(32), savedAnswer)
          .refine((r) => Object.keys(r).length <= 200, 'too many answers at once'),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const pinned = await pinnedAttempt(ctx.db, {
        attemptId: input.attemptId,
        userId: ctx.user.id,
      });
      if (!pinned) throw notFound();
      const { paper } = await paperOf(ctx.db, pinned);
      const items = new Map(paperSlots(paper).map((s) => [s.slot, s.item]));
      const problems: string[] = [];
      for (const [slot, answer] of Object.entries(input.responses)) {
        const item = items.get(slot);
        if (!item) problems.push(`${slot}: is not on this paper`);
        else if (answer.response !== null && answer.response !== undefined) {
          // Saved answers must be scorable later: the same checks submission makes.
          const parsed = moduleOf(item).parseResponse(item, answer.response);
          if (!parsed.ok)
            problems.push(...parsed.issues.map((i) => `${slot}.${i.path}: ${i.message}`));
        }
      }
      if (problems.length) {
        throw new TRPCError({
          code: 'BAD_REQUEST',
          message: `This answer cannot be saved: ${problems.join('; ')}`,
        });
      }
      // Checked tries are the server's record: the save keeps them (erasing them would undo the
      // penalty and give fresh tries) and changes only the current answer beside them.
      const outcome = await saveResponses(ctx.db, {
        attemptId: pinned.id,
        userId: ctx.user.id,
        sequence: input.sequence,
        responses: input.responses,
      });
      switch (outcome.status) {
        case 'saved':
        case 'duplicate':
          return { sequence: outcome.sequence };
        case 'stale':
          throw new TRPCError({
            code: 'CONFLICT',
            message:
              'This attempt changed in another tab or device. Reload to continue with the latest answers.',
          });
        case 'submitted':
          throw new TRPCError({
            code: 'CONFLICT',
            message: 'This attempt has already been submitted.',
          });
        case 'not-found':
          throw notFound();
      }
    }),

  /**
   * Checks one answer during an interactive or immediate attempt: scores this try on the
   * server, records it, and returns the feedback the policy allows — a hint and the tries left
   * while the learner can still try, the explanation and breakdown once the item is finished.
   */
  check: ownAttemptProcedure
    .input(
      z.object({
        attemptId: id,
        slot: z.string().min(1).max(32),
        sequence: z.number().int().positive().max(2_000_000_000),
        answer: savedAnswer,
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const row = await getAttempt(ctx.db, { attemptId: input.attemptId, userId: ctx.user.id });
      if (!row) throw notFound();
      if (row.state !== 'in-progress')
        throw new TRPCError({
          code: 'CONFLICT',
          message: 'This attempt has already been submitted.',
        });
      const { paper, settings } = await paperOf(ctx.db, row);
      if (settings.behaviour === 'deferred') {
        throw new TRPCError({
          code: 'BAD_REQUEST',
          message: 'This quiz gives feedback after you submit it.',
        });
      }
      const item = paperSlots(paper).find((s) => s.slot === input.slot)?.item;
      if (!item)
        throw new TRPCError({
          code: 'BAD_REQUEST',
          message: `${input.slot} is not on this paper.`,
        });
      if ((await itemsLockedByOpenAssessments(ctx.db, ctx.user.id, row.id)).has(item.id)) {
        throw new TRPCError({ code: 'FORBIDDEN', message: lockedMessage });
      }
      const allowed = settings.behaviour === 'interactive' ? settings.tries : 1;
      const previous = (
        (row.responses as Record<string, SavedAnswer>)[input.slot]?.tries ?? []
      ).slice(0, allowed);
      const plain = { ...settings, behaviour: 'deferred' as const, certaintyBased: false };
      const tryFraction = (attemptTry: Try) => {
        const result = scoreSlot(item, [attemptTry], plain);
        return result.ok ? result.value.fraction : 0;
      };
      const last = previous.at(-1);
      const lastRight = last !== undefined && tryFraction(last) >= 1;
      if (previous.length >= allowed || lastRight) {
        throw new TRPCError({
          code: 'CONFLICT',
          message: 'This question is finished: no tries left.',
        });
      }
      const attemptTry = {
        response: input.answer.response,
        ...(input.answer.certainty ? { certainty: input.answer.certainty } : {}),
      };
      const tries = [...previous, attemptTry];
      const scored = scoreSlot(item, tries, settings);
      const thisTry = scoreSlot(item, [attemptTry], plain);
      if (!scored.ok || !thisTry.ok) {
        const issues = scored.ok ? (thisTry.ok ? [] : thisTry.issues) : scored.issues;
        throw new TRPCError({
          code: 'BAD_REQUEST',
          message: `This answer cannot be checked: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`,
        });
      }
      const outcome = await saveResponses(ctx.db, {
        attemptId: row.id,
        userId: ctx.user.id,
        sequence: input.sequence,
        responses: { [input.slot]: { ...input.answer, tries } },
      });
      if (outcome.status === 'stale' || outcome.status === 'submitted') {
        throw new TRPCError({
          code: 'CONFLICT',
          message:
            'This attempt changed in another tab or device. Reload to continue with the latest answers.',
        });
      }
      if (outcome.status === 'not-found') throw notFound();
      const right = thisTry.value.fraction >= 1;
      const triesLeft = allowed - tries.length;
      const finished = right || triesLeft === 0;
      return {
        sequence: outcome.sequence,
        right,
        finished,
        triesLeft,
        points: scored.value.points,
        maxPoints: scored.value.maxPoints,
        feedback: thisTry.value.feedback,
        parts: thisTry.value.parts,
        hint: finished ? null : (item.hints[tries.length - 1] ?? null),
        penaltyPerTry: settings.behaviour === 'interactive' ? settings.penaltyPerTry : 0,
        explanation: finished ? item.explanation : null,
        breakdown: finished ? explainScore(scored.value) : null,
      };
    }),

  /**
   * Submits and scores on the server. Idempotent: a double click or a retry returns the same
   * result. After the deadline, what was saved before it is what counts.
   */
  submit: ownAttemptProcedure
    .input(z.object({ attemptId: id }))
    .mutation(async ({ ctx, input }) => {
      // The paper comes from the locked row (its pinned quiz version is parsed once per process).
      let attempt: Awaited<ReturnType<typeof paperOf>> | undefined;
      const outcome = await submitAttempt(ctx.db, {
        attemptId: input.attemptId,
        userId: ctx.user.id,
        async score(row, tx) {
          attempt = await paperOf(tx, row);
          const scored = scoreSaved(attempt.paper, attempt.settings, row);
          if (!scored.ok) {
            throw new TRPCError({
              code: 'BAD_REQUEST',
              message: `Some answers cannot be scored: ${scored.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`,
            });
          }
          const late = row.deadline !== null && Date.now() > row.deadline.getTime();
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
          await applyEvidence(tx, {
            userId: ctx.user.id,
            evidence,
            kind: quiz.kind === 'final' ? 'unit-test' : 'quiz',
            at: new Date(),
          });
        },
      });
      if (!outcome) throw notFound();
      const { settings } = attempt ?? (await paperOf(ctx.db, outcome.row));
      const row = outcome.row;
      return {
        attemptId: row.id,
        points: row.points,
        maxPoints: row.maxPoints,
        fraction: row.fraction,
        pending: row.pending,
        reason: row.submitReason,
        alreadySubmitted: outcome.alreadySubmitted,
        grade: {
          method: settings.grading,
          fraction: overallGrade(outcome.submitted, settings.grading),
        },
      };
    }),

  /**
   * The review, once submitted (never before): per item the learner's answer, the key, the
   * feedback earned, the worked explanation and the score breakdown, plus the attempt's total.
   */
  review: ownAttemptProcedure.input(z.object({ attemptId: id })).query(async ({ ctx, input }) => {
    const row = await getAttempt(ctx.db, { attemptId: input.attemptId, userId: ctx.user.id });
    if (!row) throw notFound();
    if (row.state !== 'submitted' || !row.result) {
      throw new TRPCError({
        code: 'PRECONDITION_FAILED',
        message: 'The review opens once the attempt is submitted.',
      });
    }
    const { paper, settings } = await paperOf(ctx.db, row);
    const result = row.result as AttemptResult;
    const scores = new Map(result.items.map((i) => [i.slot, i]));
    // What the quiz's review options allow; a grader's comment on an essay is always shown.
    const saved = row.responses as Record<string, z.infer<typeof savedAnswer>>;
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
      /** Regrades after a key was fixed: when, why, and the points before and after. */
      regrades: await listAttemptRegrades(ctx.db, { attemptId: row.id }),
    };
  }),
});
