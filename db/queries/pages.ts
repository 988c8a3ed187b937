import type { PgSelect } from "drizzle-orm/pg-core";

/** One page of a list that pages through its rows, `pageSize` to a page. */
export type Page<Row> = {
  rows: Row[];
  /** Every row the list holds, on all pages. */
  total: number;
  /** The page shown, clamped to 1…pageCount. */
  page: number;
  /** At least 1, so "page 1 of 1" holds even for an empty list. */
  pageCount: number;
  pageSize: number;
};

/**
 * Page `page` of a list of `total` rows (counted beforehand, with the same filter), read
 * with `query`, a dynamic select already filtered and ordered; nothing is read when the
 * list is empty. A page out of range is clamped to the first or the last.
 */
export async function readPage<Q extends PgSelect>(
  query: Q,
  { total, page, pageSize }: { total: number; page: number; pageSize: number },
): Promise<Page<Awaited<Q>[number]>> {
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const current = Math.min(Math.max(1, Number.isFinite(page) ? Math.floor(page) : 1), pageCount);
  const rows = total === 0 ? [] : await query.limit(pageSize).offset((current - 1) * pageSize);
  return { rows, total, page: current, pageCount, pageSize };
}
