/**
 * Whether a letter's addressee line already names its target, so that "To the President
 * of the Republic of Korea" is not followed by ", Government of the Republic of Korea".
 * A government target is named by its state: "Government of the X" is found as "X".
 */
export function addresseeNamesTarget(addressee: string, targetName: string): boolean {
  const named = targetName
    .trim()
    .replace(/^(the\s+)?government\s+of\s+(the\s+)?/i, "")
    .toLowerCase();
  return named !== "" && addressee.toLowerCase().includes(named);
}
