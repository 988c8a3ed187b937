import { sql } from "drizzle-orm";
import type { Db } from "@/db";

/** Every text-like column of every table: wherever a piece of personal data could be. */
async function textColumns(db: Db): Promise<Array<{ table: string; column: string }>> {
  const result = await db.execute<{ table: string; column: string }>(sql`
    select table_name as "table", column_name as "column" from information_schema.columns
    where table_schema = 'public' and data_type in ('text', 'character varying', 'jsonb', 'json')
    order by table_name, column_name`);
  return result.rows;
}

/**
 * Where `needle` appears, in any case, in any text-like column of any table: "table.column"
 * for each. Read from the schema the database has, so a table added later is searched too.
 */
export async function whereFound(db: Db, needle: string): Promise<string[]> {
  const found: string[] = [];
  for (const { table, column } of await textColumns(db)) {
    const rows = await db.execute<{ n: number }>(
      sql`select count(*)::int as n from ${sql.identifier(table)} where ${sql.identifier(column)}::text ilike ${`%${needle}%`}`,
    );
    if (Number(rows.rows[0]?.n) > 0) found.push(`${table}.${column}`);
  }
  return found;
}
