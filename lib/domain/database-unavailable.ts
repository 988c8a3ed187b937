/**
 * The digest a page's error carries when the database could not be reached (set in
 * db/availability.ts): the error page then says so instead of "something went wrong".
 */
export const DATABASE_UNAVAILABLE_DIGEST = "DATABASE_UNAVAILABLE";
