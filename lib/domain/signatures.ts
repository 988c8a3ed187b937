/*
 * What a signature can be, each list once: db/schema.ts builds its Postgres enums from
 * these, and the signing rules, the tally, the import and the forms read the same lists.
 */

/** Who a letter accepts (letters.who_can_sign). */
export const LETTER_SIGNERS = ["organisations", "individuals", "both"] as const;
export type LetterSigners = (typeof LETTER_SIGNERS)[number];

export const SIGNATURE_KINDS = ["organisation", "individual"] as const;
export type SignatureKind = (typeof SIGNATURE_KINDS)[number];

/** "name_withheld": counted, and listed without the signer's name. */
export const SIGNATURE_VISIBILITIES = ["public", "name_withheld"] as const;
export type SignatureVisibility = (typeof SIGNATURE_VISIBILITIES)[number];

export const SIGNATURE_STATUSES = ["pending", "confirmed", "rejected", "withdrawn"] as const;
export type SignatureStatus = (typeof SIGNATURE_STATUSES)[number];

/** Where a signature came from: the public form, a spreadsheet import, or typed in by staff. */
export const SIGNATURE_SOURCES = ["web", "import", "staff"] as const;
export type SignatureSource = (typeof SIGNATURE_SOURCES)[number];
