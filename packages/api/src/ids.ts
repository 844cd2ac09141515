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
