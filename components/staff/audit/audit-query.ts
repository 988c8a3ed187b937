import type { AuditFilter } from "@/db/queries/audit-log";

/** The audit page's address for a filter and page; empty filters and page 1 are left out. */
export function auditHref(filter: AuditFilter, page = 1): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) if (value) params.set(key, value);
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return query ? `/staff/audit?${query}` : "/staff/audit";
}
