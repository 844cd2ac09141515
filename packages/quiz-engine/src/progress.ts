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
