/*
 * What a form and the schema that reads it must agree on: lengths and field names.
 * Client components import these, so this module imports nothing: a constant beside a
 * schema would bring zod, and through it the server's code, into the browser.
 */

/** Signing: a signer's name and title or affiliation. */
export const NAME_MAX = 200;
export const AFFILIATION_MAX = 200;
/** Staff: the reason given for rejecting signatures. */
export const REASON_MAX = 500;

/**
 * The hidden field that says which language a form was filled in: the language of the
 * e-mails it leads to (lib/validations/fields.ts, requestLocale).
 */
export const LOCALE_FIELD = "locale";

/** The longest response deadline in days: ten years, far beyond any real one. */
export const MAX_DEADLINE_DAYS = 3650;

/**
 * The letter's targets, as a form sends them: one checkbox per target named
 * `letterTarget:<id>`, each with its addressee line `letterAddressee:<id>` (empty: the
 * letter's own addressee line), in the form's order. `targetsShown` says the form had the
 * checkboxes, so that none ticked means none; without it the targets are left as they are.
 */
export const LETTER_TARGET_FIELD = "letterTarget:";
export const LETTER_ADDRESSEE_FIELD = "letterAddressee:";
export const LETTER_TARGETS_SHOWN = "targetsShown";

/** A campaign's other targets' checkboxes: "target:<id>". */
export const CAMPAIGN_TARGET_FIELD = "target:";
/** An ask's targets' checkboxes: "askTarget:<id>". */
export const ASK_TARGET_FIELD = "askTarget:";

/** A non-working day of a target, as the holidays field lists it. */
export type Holiday = { day: string; name: string | null };

/** The holidays as the form writes them, one a line. */
export function formatHolidayLines(holidays: readonly Holiday[]): string {
  return holidays.map((h) => (h.name ? `${h.day} ${h.name}` : h.day)).join("\n");
}
