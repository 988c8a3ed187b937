import { run } from "@/db/queries/run";
import type { LocaleParams } from "@/i18n/route-locale";
import { isUuid } from "@/lib/domain/ids";

/** A staff record page's props: the record's id, and ?created=1 on arriving from its "new" form. */
export type StaffRecordProps = {
  params: LocaleParams<{ id: string }>;
  searchParams: Promise<{ created?: string }>;
};

/** A query of one record by its id, as run() calls it. */
type RecordQuery<T> = Parameters<typeof run<[{ id: string }], Promise<T | null>>>[0];

/**
 * How a staff page loads its record: by the id in its address. An id that cannot be one
 * finds nothing (the page's 404) rather than failing the query.
 */
export function recordLoader<T>(query: RecordQuery<T>): (id: string) => Promise<T | null> {
  return async (id) => (isUuid(id) ? run(query, { id }) : null);
}
