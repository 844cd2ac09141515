import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { actor, moment, stamp } from './columns';
import { lessons, modules } from './course';

/**
 * The item bank, versioned. A row in items / cases / quizzes names the thing and its current
 * version; every version's definition is kept in *_versions as it was (jsonb, validated by
 * quiz-engine's schemas), so an attempt pinned to a version is never rewritten. A new version is
 * made only when the definition's hash changes.
 *
 * Two writers make versions: the content sync (`source = 'content'`) and instructors in apps/admin
 * (`source = 'author'`). The sync compares the course files with the last version *it* wrote, so
 * an instructor's edit survives every `npm start` until the course file itself changes.
 */
export const objectives = pgTable('objectives', {
  id: text('id').primaryKey(),
  lessonId: text('lesson_id')
    .notNull()
    .references(() => lessons.id, { onDelete: 'cascade' }),
  text: text('text').notNull(),
  retiredAt: moment('retired_at'),
});

export const items = pgTable(
  'items',
  {
    id: text('id').primaryKey(),
    moduleId: text('module_id').references(() => modules.id, { onDelete: 'set null' }),
    /** Set for items that belong to a case. */
    caseId: text('case_id'),
    type: text('type').notNull(),
    /** The published version learners get; null until the first publish. */
    currentVersion: integer('current_version'),
    /** draft (never published) | published | retired (kept for history, drawn by no new quiz) */
    status: text('status').notNull().default('published'),
    /** Work in progress, possibly invalid; publishing validates it into a new version. */
    draft: jsonb('draft'),
    draftUpdatedAt: moment('draft_updated_at'),
    createdAt: stamp(),
    updatedAt: stamp('updated_at'),
  },
  (t) => [index('items_module_idx').on(t.moduleId)],
);

export const itemVersions = pgTable(
  'item_versions',
  {
    itemId: text('item_id')
      .notNull()
      .references(() => items.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    definition: jsonb('definition').notNull(),
    /** Objective ids, copied out of the definition for joins. */
    objectives: text('objectives').array().notNull().default(sql`'{}'::text[]`),
    hash: text('hash').notNull(),
    /** content | author */
    source: text('source').notNull().default('content'),
    createdBy: actor('created_by'),
    /** What changed, in the author's words. */
    note: text('note'),
    createdAt: stamp(),
  },
  (t) => [primaryKey({ columns: [t.itemId, t.version] })],
);

export const cases = pgTable('cases', {
  id: text('id').primaryKey(),
  moduleId: text('module_id').references(() => modules.id, { onDelete: 'set null' }),
  currentVersion: integer('current_version').notNull(),
  createdAt: stamp(),
  updatedAt: stamp('updated_at'),
});

export const caseVersions = pgTable(
  'case_versions',
  {
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    /** The whole case, its items included, as it was. */
    definition: jsonb('definition').notNull(),
    hash: text('hash').notNull(),
    /** content | author */
    source: text('source').notNull().default('content'),
    createdAt: stamp(),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.version] })],
);

export const quizzes = pgTable('quizzes', {
  id: text('id').primaryKey(),
  moduleId: text('module_id').references(() => modules.id, { onDelete: 'set null' }),
  /** practice | final */
  kind: text('kind').notNull(),
  title: text('title').notNull(),
  currentVersion: integer('current_version').notNull(),
  createdAt: stamp(),
  updatedAt: stamp('updated_at'),
});

export const quizVersions = pgTable(
  'quiz_versions',
  {
    quizId: text('quiz_id')
      .notNull()
      .references(() => quizzes.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    /** The whole quiz (sections, pool) and its attempt settings, as they were. */
    definition: jsonb('definition').notNull(),
    settings: jsonb('settings').notNull(),
    hash: text('hash').notNull(),
    /** content | author (an instructor published an item it holds) */
    source: text('source').notNull().default('content'),
    createdAt: stamp(),
  },
  (t) => [primaryKey({ columns: [t.quizId, t.version] })],
);
