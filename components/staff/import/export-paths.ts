/** The staff export of a letter's signatures: every field, e-mail addresses included. */
export const staffExportPath = (letterId: string) =>
  `/api/staff/letters/${encodeURIComponent(letterId)}/export`;

/** The public signatory list of a letter as CSV: public fields of listed signatories only. */
export const publicExportPath = (letterId: string) =>
  `/api/letters/${encodeURIComponent(letterId)}/signatories.csv`;
