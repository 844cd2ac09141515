import { z } from 'zod';

/**
 * An id of the bank or the course (item, case, quiz, cohort, attempt): short and URL-safe, as
 * quiz-engine's own ids are, and never a word that would reach an object's prototype.
 */
export const entityId = z
  .string()
  .trim()
  .min(1, 'is required')
  .max(64, 'must be at most 64 characters')
  .regex(/^[A-Za-z0-9_.:-]+$/, 'may contain only letters, digits and _ . : -')
  .refine((id) => !['__proto__', 'constructor', 'prototype'].includes(id), 'is a reserved word');

/** A lesson's slug, as the course files name it. */
export const lessonSlug = z
  .string()
  .min(1, 'is required')
  .max(120, 'is too long')
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lesson slug like "path-dependence"');
