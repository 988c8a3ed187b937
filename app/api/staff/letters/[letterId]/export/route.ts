import { getTranslations } from "next-intl/server";
import { csvResponse, notFoundResponse } from "@/app/api/responses";
import { writeAudit } from "@/db/queries/audit-log";
import { getStaffExportLetter, listStaffExportRows } from "@/db/queries/import-export";
import { run } from "@/db/queries/run";
import { getCurrentUser } from "@/lib/auth/session";
import { toCsv } from "@/lib/domain/csv";
import { can } from "@/lib/domain/permissions";
import { clientIp } from "@/lib/server/request";

/*
 * Every signature on a letter with every field, e-mail addresses included, for staff
 * with signature.export_private. The handler checks the session itself: nothing in
 * front of it does. Anyone else gets the same 404 as an unknown letter; taking a copy
 * of people's e-mail addresses is written to the audit log.
 */

const COLUMNS = [
  "id",
  "kind",
  "status",
  "displayName",
  "organisationName",
  "organisationSlug",
  "titleAffiliation",
  "country",
  "email",
  "emailNormalised",
  "visibility",
  "source",
  "letterVersion",
  "textLocale",
  "flags",
  "rejectionReason",
  "isSample",
  "signedByEmail",
  "createdAt",
  "confirmedAt",
  "withdrawnAt",
  "rejectedAt",
  "updatedAt",
] as const;

export async function GET(request: Request, { params }: { params: Promise<{ letterId: string }> }) {
  const user = await getCurrentUser();
  if (!user) {
    const path = new URL(request.url).pathname;
    return Response.redirect(new URL(`/sign-in?callbackUrl=${encodeURIComponent(path)}`, request.url), 303);
  }
  if (!can(user, "signature.export_private")) return notFoundResponse();

  const { letterId } = await params;
  const letter = await run(getStaffExportLetter, { letterId });
  if (!letter) return notFoundResponse();
  const [t, rows] = await Promise.all([
    getTranslations({ locale: "en-GB", namespace: "staffExport" }),
    run(listStaffExportRows, { letterId: letter.id }),
  ]);
  await run(writeAudit, {
    actorUserId: user.id,
    ip: clientIp(request.headers),
    entries: [
      {
        action: "signature.export_private",
        entityType: "letter",
        entityId: letter.id,
        after: { rows: rows.length, withEmail: rows.filter((r) => r.email).length },
      },
    ],
  });

  const csv = toCsv([
    COLUMNS.map((column) => t(`staffColumns.${column}`)),
    ...rows.map((row) => COLUMNS.map((column) => (column === "flags" ? row.flags.join("; ") : row[column]))),
  ]);
  const day = new Date().toISOString().slice(0, 10);
  const filename = `${letter.campaignSlug}--${letter.slug}--signatures-staff-${day}.csv`;
  // E-mail addresses: never kept by a shared cache or the browser's.
  return csvResponse(csv, { filename, cacheControl: "private, no-store" });
}
