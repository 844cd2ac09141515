import { doublePrecision, integer, text, timestamp } from 'drizzle-orm/pg-core';
import { user } from './auth';

/**
 * The column kinds our tables repeat, written once. better-auth's own tables (auth.ts) keep the
 * shapes its adapter expects and do not use these.
 */

/** A moment, with its time zone. */
export const moment = (name: string) => timestamp(name, { withTimezone: true });

/** When the row was made, or when what it records happened: set by the database. */
export const stamp = (name = 'created_at') => moment(name).notNull().defaultNow();

/** The person a row belongs to: it goes when their account does. */
export const owner = (name = 'user_id') =>
  text(name)
    .notNull()
    .references(() => user.id, { onDelete: 'cascade' });

/** Who did something: the row stays, without the name, when their account goes. */
export const actor = (name: string) =>
  text(name).references(() => user.id, { onDelete: 'set null' });

/** A count kept by the database, from 0. */
export const counter = (name: string) => integer(name).notNull().default(0);

/** A running sum kept by the database, from 0. */
export const total = (name: string) => doublePrecision(name).notNull().default(0);
