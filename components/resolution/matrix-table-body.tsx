import { matrixBodyHtml, type PackedRow } from "@/components/resolution/matrix-body";
import type { MarkHtml } from "@/components/resolution/position-mark";

/**
 * The matrix's rows, built from packed cells as one HTML string (matrix-body.ts says
 * why): thousands of cells rendered as React elements cost the server more than the page.
 */
export function MatrixTableBody({ rows, marks }: { rows: PackedRow[]; marks: MarkHtml }) {
  // biome-ignore lint/security/noDangerouslySetInnerHtml: built by matrixBodyHtml from escaped text only, for speed (matrix-body.ts).
  return <tbody dangerouslySetInnerHTML={{ __html: matrixBodyHtml(rows, marks) }} />;
}
