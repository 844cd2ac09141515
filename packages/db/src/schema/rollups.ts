import {
  boolean,
  date,
  doublePrecision,
  pgTable,
  primaryKey,
  smallint,
  text,
} from 'drizzle-orm/pg-core';
import { user } from './auth';
import { quizzes } from './bank';
import { counter, moment, owner, stamp, total } from './columns';

/**
 * Rollups the dashboards read instead of scanning attempts and progress, kept up to date by
 * database triggers in the same transaction as the write they summarise, whichever code path
 * makes it. Each is defined, with its triggers and its `rebuild_*()`, in one file of
 * packages/db/sql (the package README maps tables to files); packages/db/src/rollups.db.test.ts
 * checks every one against a recount.
 *
 * The shared rollups (per quiz, item, cohort: rows every learner's write moves) are split into
 * shards: a writer adds its delta to the row of its own shard (its server process id modulo 16,
 * `rollup_shard()` in sql/helpers.sql), so concurrent submissions to one quiz do not queue on one
 * row lock until commit. Readers sum a key's shards. The sums are exact either way; a delta taken away (a
 * regrade, a deletion) may land on another shard than the one it was added to.
 */
const shard = () => smallint('shard').notNull().default(0);

/** n and the sums of x, x², y, y² and xy over n pairs: what Pearson's r follows from exactly. */
export type PairSums = {
  n: number;
  sx: number;
  sxx: number;
  sy: number;
  syy: number;
  sxy: number;
};

const pairSums = () => ({
  n: counter('n'),
  sx: total('sx'),
  sxx: total('sxx'),
  sy: total('sy'),
  syy: total('syy'),
  sxy: total('sxy'),
});

export const learnerQuizStats = pgTable(
  'learner_quiz_stats',
  {
    userId: owner(),
    quizId: text('quiz_id')
      .notNull()
      .references(() => quizzes.id, { onDelete: 'cascade' }),
    /** Best score fraction over submitted attempts. */
    best: doublePrecision('best'),
    submitted: counter('submitted'),
    /** Submitted attempts below the pass mark. */
    fails: counter('fails'),
  },
  (t) => [primaryKey({ columns: [t.userId, t.quizId] })],
);

export const learnerActivity = pgTable('learner_activity', {
  userId: text('user_id')
    .primaryKey()
    .references(() => user.id, { onDelete: 'cascade' }),
  lessonsCompleted: counter('lessons_completed'),
  lastActive: moment('last_active'),
  /** Most failed attempts on any one quiz. */
  mostFails: counter('most_fails'),
});

/**
 * Running sums per quiz and item over submitted, graded answers: x is the item's score fraction,
 * y the rest of the test — the attempt's points less the item's, as a share of the attempt's max
 * points less the item's (sql/item_stats.sql; Moodle's "rest of the test", made comparable across
 * papers of different length). Facility, SD and the discrimination index (Pearson r of x and y,
 * quiz-engine's `statisticsFromSums`) follow exactly from them, without reading an attempt.
 */
export const itemStats = pgTable(
  'item_stats',
  {
    quizId: text('quiz_id').notNull(),
    itemId: text('item_id').notNull(),
    shard: shard(),
    ...pairSums(),
    /** Answers among the n that recorded picks (the denominator of option shares). */
    picked: counter('picked'),
  },
  (t) => [primaryKey({ columns: [t.quizId, t.itemId, t.shard] })],
);

/**
 * Distractor frequencies: per quiz, item and option, how many answers picked it, and the sum of
 * those attempts' total fractions (so the mean score of the learners who picked it). The option
 * '' counts answers that picked nothing.
 */
export const itemOptionStats = pgTable(
  'item_option_stats',
  {
    quizId: text('quiz_id').notNull(),
    itemId: text('item_id').notNull(),
    optionId: text('option_id').notNull(),
    shard: shard(),
    n: counter('n'),
    sy: total('sy'),
  },
  (t) => [primaryKey({ columns: [t.quizId, t.itemId, t.optionId, t.shard] })],
);

/**
 * Case-level sums, as item_stats but with x the case's score fraction (its items' points over
 * their max) in one attempt; an attempt counts once its case has no answer awaiting a grade.
 */
/** As item_stats, for a case's score: y is the rest of the test without the case. */
export const caseStats = pgTable(
  'case_stats',
  {
    quizId: text('quiz_id').notNull(),
    caseId: text('case_id').notNull(),
    shard: shard(),
    ...pairSums(),
  },
  (t) => [primaryKey({ columns: [t.quizId, t.caseId, t.shard] })],
);

/**
 * Over a quiz's fully graded attempts: n, Σ T and Σ T² of the total T in points; with
 * quiz_item_points (the same attempts' Σ x and Σ x² per item, in points) they give Cronbach's
 * alpha exactly.
 */
export const quizScoreStats = pgTable(
  'quiz_score_stats',
  {
    quizId: text('quiz_id').notNull(),
    shard: shard(),
    n: counter('n'),
    st: total('st'),
    stt: total('stt'),
  },
  (t) => [primaryKey({ columns: [t.quizId, t.shard] })],
);

export const quizItemPoints = pgTable(
  'quiz_item_points',
  {
    quizId: text('quiz_id').notNull(),
    itemId: text('item_id').notNull(),
    shard: shard(),
    n: counter('n'),
    sp: total('sp'),
    spp: total('spp'),
  },
  (t) => [primaryKey({ columns: [t.quizId, t.itemId, t.shard] })],
);

/**
 * Per cohort and UTC day, lessons completed and attempts submitted by its learners: kept by
 * triggers on progress and attempts, and moved when a learner joins or leaves the cohort.
 */
export const cohortDaily = pgTable(
  'cohort_daily',
  {
    cohortId: text('cohort_id').notNull(),
    day: date('day').notNull(),
    shard: shard(),
    lessons: counter('lessons'),
    attempts: counter('attempts'),
  },
  (t) => [primaryKey({ columns: [t.cohortId, t.day, t.shard] })],
);

/**
 * Per cohort, objective and mastery level, how many of the cohort's learners stand there (the
 * heat map); learners with no mastery row are "not started" (the cohort's size minus the rest).
 * Kept by triggers on objective_mastery and on membership.
 */
export const cohortMasteryCounts = pgTable(
  'cohort_mastery',
  {
    cohortId: text('cohort_id').notNull(),
    objectiveId: text('objective_id').notNull(),
    level: text('level').notNull(),
    shard: shard(),
    learners: counter('learners'),
  },
  (t) => [primaryKey({ columns: [t.cohortId, t.objectiveId, t.level, t.shard] })],
);

/**
 * Per cohort and lesson, how many of its learners completed the lesson (the completion funnel):
 * kept by triggers on lesson_progress and on membership.
 */
export const cohortLessonDone = pgTable(
  'cohort_lesson_done',
  {
    cohortId: text('cohort_id').notNull(),
    lessonId: text('lesson_id').notNull(),
    shard: shard(),
    learners: counter('learners'),
  },
  (t) => [primaryKey({ columns: [t.cohortId, t.lessonId, t.shard] })],
);

/**
 * Per cohort, quiz and score band (0–10 %, …, 90–100 % of the learner's best), how many learners
 * stand there and the sum of their bests (the score bands and the mean): kept by triggers on
 * learner_quiz_stats and on membership.
 */
export const cohortQuizBands = pgTable(
  'cohort_quiz_bands',
  {
    cohortId: text('cohort_id').notNull(),
    quizId: text('quiz_id').notNull(),
    band: smallint('band').notNull(),
    shard: shard(),
    learners: counter('learners'),
    sumBest: total('sum_best'),
  },
  (t) => [primaryKey({ columns: [t.cohortId, t.quizId, t.band, t.shard] })],
);

/**
 * Each learner's grade on each quiz, as quiz-engine's `quizGrade` decides it (the grading method
 * of the attempts' own versions, pending attempts waiting): written by the app, in the same
 * transaction, by every write that changes a score (a submission, an essay graded, a regrade),
 * because the rule is not restated in SQL. The gradebook, the cohort score bands (a trigger from
 * here keeps `cohort_quiz_bands`) and the at-risk list read it. `rebuildQuizGrades` (api)
 * recomputes it for bulk loads.
 */
export const learnerQuizGrades = pgTable(
  'learner_quiz_grades',
  {
    userId: owner(),
    quizId: text('quiz_id')
      .notNull()
      .references(() => quizzes.id, { onDelete: 'cascade' }),
    /** The grade (0–1); null while every submitted attempt waits for a grader. */
    fraction: doublePrecision('fraction'),
    passed: boolean('passed'),
    method: text('method').notNull(),
    counted: counter('counted'),
    waiting: counter('waiting'),
    updatedAt: stamp('updated_at'),
  },
  (t) => [primaryKey({ columns: [t.userId, t.quizId] })],
);
