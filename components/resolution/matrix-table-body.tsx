"use client";

import { useMemo } from "react";
import { matrixBodyHtml, type PackedRow } from "@/components/resolution/matrix-body";
import type { MarkHtml } from "@/components/resolution/position-mark";

/**
 * The matrix's rows, built from packed cells (matrix-body.ts says why). Rendered on the
 * server as HTML; in the browser the same string is rebuilt once, so hydration touches one
 * element instead of thousands.
 */
export function MatrixTableBody({ rows, marks }: { rows: PackedRow[]; marks: MarkHtml }) {
  const html = useMemo(() => matrixBodyHtml(rows, marks), [rows, marks]);
  // biome-ignore lint/security/noDangerouslySetInnerHtml: built by matrixBodyHtml from escaped text only, for speed (matrix-body.ts).
  return <tbody dangerouslySetInnerHTML={{ __html: html }} />;
}
