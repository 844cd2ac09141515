/**
 * Course progress: how much of an outline a learner has completed, overall and per module.
 * Pure: the caller supplies the outline and the set of completed lesson ids.
 */

export interface OutlineShape {
  modules: ReadonlyArray<{ id: string; lessons: ReadonlyArray<{ id: string }> }>;
}

export interface ProgressCount {
  completed: number;
  total: number;
  /** completed / total in [0, 1]; 0 for an empty outline. */
  fraction: number;
  /** Rounded down, so 100 means every lesson is done. */
  percent: number;
}

export interface ProgressSummary extends ProgressCount {
  modules: Array<ProgressCount & { id: string }>;
  /** The first lesson, in course order, that is not completed; null when all are. */
  nextLessonId: string | null;
}

export function progressCount(completed: number, total: number): ProgressCount {
  if (!Number.isInteger(completed) || !Number.isInteger(total) || completed < 0 || total < 0) {
    throw new RangeError(`progress needs whole, non-negative counts (got ${completed}/${total})`);
  }
  if (completed > total) {
    throw new RangeError(`completed (${completed}) cannot exceed total (${total})`);
  }
  const fraction = total === 0 ? 0 : completed / total;
  return { completed, total, fraction, percent: Math.floor(fraction * 100) };
}

/**
 * Ids in `completed` that are not in the outline (a retired lesson, say) are ignored, so the
 * summary never shows more than 100%.
 */
export function summarizeProgress(
  outline: OutlineShape,
  completed: ReadonlySet<string>,
): ProgressSummary {
  let done = 0;
  let total = 0;
  let nextLessonId: string | null = null;
  const modules = outline.modules.map((mod) => {
    let moduleDone = 0;
    for (const lesson of mod.lessons) {
      if (completed.has(lesson.id)) moduleDone++;
      else nextLessonId ??= lesson.id;
    }
    done += moduleDone;
    total += mod.lessons.length;
    return { id: mod.id, ...progressCount(moduleDone, mod.lessons.length) };
  });
  return { ...progressCount(done, total), modules, nextLessonId };
}

export interface RiskInput {
  lessonsCompleted: number;
  lessonsTotal: number;
  /** The learner's last lesson view or attempt; null: never active. */
  lastActive: Date | null;
  /** Most submitted attempts failed (below the pass mark) on any one quiz. */
  mostFailsOnOneQuiz: number;
  /** Quizzes whose grade (`quizGrade`) is below their pass mark. */
  quizzesBelowPass?: number;
  /**
   * The enrollment window (the due date already moved by the learner's accommodation, see
   * `shiftDays`); without both dates there is no pace to fall behind.
   */
  opensAt: Date | null;
  dueAt: Date | null;
  now: Date;
  /** Days without activity that count as inactive. */
  inactiveDays: number;
  /** How far behind the cohort's pace (as a share of the course) counts as behind. */
  slack?: number;
}

/**
 * Why a learner needs help, in words an instructor can act on — behind the pace the enrollment
 * dates set (the share of lessons done against the share of time gone), inactive for days, or
 * failing a quiz twice, a grade below a pass mark — or nothing.
 */
export function riskReasons(input: RiskInput): string[] {
  const reasons: string[] = [];
  const { opensAt, dueAt, now } = input;
  if (opensAt && dueAt && dueAt > opensAt && now > opensAt && input.lessonsTotal > 0) {
    const expected = Math.min(
      1,
      (now.getTime() - opensAt.getTime()) / (dueAt.getTime() - opensAt.getTime()),
    );
    const done = input.lessonsCompleted / input.lessonsTotal;
    if (done + (input.slack ?? 0.2) < expected)
      reasons.push(
        `behind the pace: ${Math.round(done * 100)}% of lessons done, ${Math.round(expected * 100)}% of the time gone`,
      );
  }
  const day = 86_400_000;
  if (input.lastActive === null) reasons.push('has not started');
  else {
    const idle = Math.floor((now.getTime() - input.lastActive.getTime()) / day);
    if (idle >= input.inactiveDays) reasons.push(`inactive for ${idle} days`);
  }
  if (input.mostFailsOnOneQuiz >= 2)
    reasons.push(`failed a quiz ${input.mostFailsOnOneQuiz} times`);
  const below = input.quizzesBelowPass ?? 0;
  if (below > 0)
    reasons.push(`grade below the pass mark on ${below} quiz${below === 1 ? '' : 'zes'}`);
  return reasons;
}

/** A due date moved later by an accommodation's whole days (null stays null: no due date). */
export function shiftDays(date: Date | null, days: number): Date | null {
  if (date === null) return null;
  return new Date(date.getTime() + Math.max(0, days) * 86_400_000);
}
