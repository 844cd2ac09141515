import { index, integer, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { moment, stamp } from './columns';

/**
 * The course structure, synced from packages/content by the seed. Ids are the content's slugs,
 * so URLs and progress rows stay stable across re-seeds. Rows the content no longer has are
 * retired (retired_at set), never deleted: learners' progress on them is kept.
 */
export const courses = pgTable('courses', {
  id: text('id').primaryKey(),
  title: text('title').notNull(),
  description: text('description').notNull(),
  updatedAt: stamp('updated_at'),
});

export const modules = pgTable(
  'modules',
  {
    id: text('id').primaryKey(),
    courseId: text('course_id')
      .notNull()
      .references(() => courses.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    summary: text('summary').notNull(),
    retiredAt: moment('retired_at'),
  },
  (t) => [index('modules_course_position_idx').on(t.courseId, t.position)],
);

export const lessons = pgTable(
  'lessons',
  {
    id: text('id').primaryKey(),
    moduleId: text('module_id')
      .notNull()
      .references(() => modules.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    summary: text('summary').notNull(),
    estimatedMinutes: integer('estimated_minutes').notNull(),
    retiredAt: moment('retired_at'),
  },
  (t) => [uniqueIndex('lessons_module_position_idx').on(t.moduleId, t.position, t.id)],
);
