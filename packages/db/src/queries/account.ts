/** What the platform keeps about one person, for "Download my data". */
import { sql } from 'drizzle-orm';
import type { Database } from '../client';

/** Columns that hold a credential, never exported (not even as the owner's own). */
const SECRET_COLUMNS = new Set(['password', 'token', 'access_token', 'refresh_token', 'id_token']);

const withoutSecrets = (rows: Record<string, unknown>[]) =>
  rows.map((row) =>
    Object.fromEntries(Object.entries(row).filter(([column]) => !SECRET_COLUMNS.has(column))),
  );

/**
 * Every row about a person: their account row, then every row of every table with a foreign
 * key to it (found in the catalogue, so a new table is included without a change here), the
 * items of their attempts and the regrades that moved them, and the mail sent to them. Keyed
 * `table` (or `table.column` where a table refers to people twice). Credentials are left out.
 */
export async function personalData(db: Database, { userId }: { userId: string }) {
  const me = await db.execute<Record<string, unknown>>(
    sql`select * from "user" where id = ${userId}`,
  );
  const account = me[0];
  if (!account) return null;
  const references = await db.execute<{ table: string; column: string; refs: number }>(sql`
    select cl.relname as table, a.attname as column,
           count(*) over (partition by cl.relname)::int as refs
    from pg_constraint c
    join pg_class cl on cl.oid = c.conrelid
    join pg_attribute a on a.attrelid = c.conrelid and a.attnum = any (c.conkey)
    where c.contype = 'f' and c.confrelid = '"user"'::regclass
    order by cl.relname, a.attname`);
  const data: Record<string, unknown> = { user: withoutSecrets([account])[0] };
  for (const { table, column, refs } of references) {
    const rows = await db.execute<Record<string, unknown>>(
      sql`select * from ${sql.identifier(table)} where ${sql.identifier(column)} = ${userId}`,
    );
    data[refs > 1 ? `${table}.${column}` : table] = withoutSecrets([...rows]);
  }
  data.attempt_items = [
    ...(await db.execute(sql`
      select i.* from attempt_items i join attempts a on a.id = i.attempt_id
      where a.user_id = ${userId} order by i.attempt_id, i.slot`)),
  ];
  data.attempt_regrades = [
    ...(await db.execute(sql`
      select r.* from attempt_regrades r join attempts a on a.id = r.attempt_id
      where a.user_id = ${userId} order by r.at`)),
  ];
  data.mail = [
    ...(await db.execute(sql`
      select kind, subject, text, created_at, sent_at from mail_outbox
      where lower("to") = lower(${String(account.email)}) order by created_at`)),
  ];
  return data;
}
