import { type AnyColumn, getTableName, type SQL, sql } from "drizzle-orm";

/**
 * A column written with its table's name, for the outer side of a correlated subquery.
 * Drizzle writes the columns of a one-table select bare ("id"), and a bare "id" inside
 * `(select count(*) from campaigns where target_id = id)` is the subquery's own id.
 */
export function qualified(column: AnyColumn): SQL {
  return sql`${sql.identifier(getTableName(column.table))}.${sql.identifier(column.name)}`;
}

/**
 * How many rows of `column`'s table point at the outer query's `outer` row (and meet
 * `condition`): a correlated count for a list's select.
 */
export function countOf(column: AnyColumn, outer: AnyColumn, condition?: SQL): SQL<number> {
  const where = condition
    ? sql`${column} = ${qualified(outer)} and ${condition}`
    : sql`${column} = ${qualified(outer)}`;
  return sql<number>`(select count(*) from ${column.table} where ${where})::int`;
}
