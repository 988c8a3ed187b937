import { describe, expect, it } from "vitest";
import { addresseeNamesTarget } from "@/lib/domain/addressee";

describe("an addressee line that names its target", () => {
  it.each([
    ["the President of the Republic of Korea", "Government of the Republic of Korea", true],
    ["the President of the Republic of Korea", "Republic of Korea", true],
    ["The Secretary-General of the United Nations", "United Nations", true],
    ["President Moon Jae-in", "Government of the Republic of Korea", false],
    ["The Members of the Human Rights Council", "Government of Fiji", false],
  ])("%s, %s: %s", (addressee, target, names) => {
    expect(addresseeNamesTarget(addressee, target)).toBe(names);
  });
});
