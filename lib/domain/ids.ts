/*
 * Row ids are UUIDs. An id taken from an address or a query string is checked before
 * any query: anything else is "not found", never a database error (PostgreSQL refuses
 * to compare a uuid column with "abc").
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether `id` can be a row id at all. */
export function isUuid(id: string): boolean {
  return UUID.test(id);
}
