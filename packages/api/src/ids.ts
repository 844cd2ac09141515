import { idSchema } from '@alliance/quiz-engine';
import { z } from 'zod';

/**
 * An id of the bank or the course (item, case, quiz, cohort, attempt): quiz-engine's id rule
 * (short, URL-safe, never a word that would reach an object's prototype), after trimming.
 */
export const entityId = z.string().trim().min(1, 'is required').pipe(idSchema);

/** A lesson's slug, as the course files name it. */
export const lessonSlug = z
  .string()
  .min(1, 'is required')
  .max(120, 'is too long')
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lesson slug like "path-dependence"');

/** The longest search text a list takes (items, cases, people). */
export const SEARCH_TEXT_MAX = 200;

/** A list's search text. */
export const searchText = z
  .string()
  .max(SEARCH_TEXT_MAX, `must be at most ${SEARCH_TEXT_MAX} characters`);
