import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { user } from './auth';
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
  retiredAt: timestamp('retired_at', { withTimezone: true }),
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
    draftUpdatedAt: timestamp('draft_updated_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
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
    createdBy: text('created_by').references(() => user.id, { onDelete: 'set null' }),
    /** What changed, in the author's words. */
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.itemId, t.version] })],
);

export const cases = pgTable('cases', {
  id: text('id').primaryKey(),
  moduleId: text('module_id').references(() => modules.id, { onDelete: 'set null' }),
  currentVersion: integer('current_version').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
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
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
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
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
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
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.quizId, t.version] })],
);
