import { z } from 'zod';

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens');

const objectiveIdSchema = z
  .string()
  .regex(/^[a-z]+(?:\.[a-z0-9]+(?:-[a-z0-9]+)*){2,}$/, 'must look like module-key.topic.verb');

export const lessonFrontmatterSchema = z.strictObject({
  title: z.string().min(3),
  slug,
  module: slug,
  order: z.number().int().min(1),
  minutes: z.number().int().min(5, 'must be at least 5').max(20, 'must be at most 20'),
  summary: z.string().min(10),
  objectives: z
    .array(z.strictObject({ id: objectiveIdSchema, text: z.string().min(10) }))
    .min(1, 'needs at least one objective')
    .max(3, 'has more than 3 objectives'),
  sources: z.array(z.number().int().min(1).max(10)),
  beyondSource: z.boolean(),
});
