import { z } from 'zod';

/** A stable, URL-safe identifier: lowercase words joined by hyphens. */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens');

export const lessonSchema = z.object({
  slug: slugSchema,
  title: z.string().min(3),
  /** One sentence shown in the outline. */
  summary: z.string().min(10),
  estimatedMinutes: z.number().int().positive().max(60),
  /** Placeholder body until the MDX lessons land: paragraphs of plain prose. */
  body: z.array(z.string().min(20)).min(1),
});

export const moduleSchema = z.object({
  slug: slugSchema,
  title: z.string().min(3),
  summary: z.string().min(10),
  lessons: z.array(lessonSchema).min(1),
});

export const courseSchema = z
  .object({
    slug: slugSchema,
    title: z.string().min(3),
    description: z.string().min(10),
    modules: z.array(moduleSchema).min(1),
  })
  .superRefine((course, ctx) => {
    const seen = new Set<string>();
    for (const [m, mod] of course.modules.entries()) {
      for (const [l, lesson] of mod.lessons.entries()) {
        if (seen.has(lesson.slug)) {
          ctx.addIssue({
            code: 'custom',
            path: ['modules', m, 'lessons', l, 'slug'],
            message: `lesson slug "${lesson.slug}" is used twice`,
          });
        }
        seen.add(lesson.slug);
      }
    }
    const moduleSlugs = course.modules.map((mod) => mod.slug);
    if (new Set(moduleSlugs).size !== moduleSlugs.length) {
      ctx.addIssue({ code: 'custom', path: ['modules'], message: 'module slugs must be unique' });
    }
  });

export type Lesson = z.infer<typeof lessonSchema>;
export type Module = z.infer<typeof moduleSchema>;
export type Course = z.infer<typeof courseSchema>;
