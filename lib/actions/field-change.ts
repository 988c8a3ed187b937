/**
 * An audit entry's before and after for a write that changed one field of a record:
 * `{ before: { role: "staff" }, after: { role: "admin" } }`.
 */
export function fieldChange(field: string, change: { before: unknown; after: unknown }) {
  return { before: { [field]: change.before }, after: { [field]: change.after } };
}
