import { describe, expect, it } from "vitest";
import { isSlug, SLUG_MAX, slugify } from "@/lib/domain/slug";

describe("slugify", () => {
  it.each([
    // A lowercase hyphenated slug from a title.
    ["Letter to President Moon, 2019", "letter-to-president-moon-2019"],
    ["  Stop Crimes in North Korea!  ", "stop-crimes-in-north-korea"],
    // Apostrophes are dropped instead of splitting the word.
    ["Don't Forget", "dont-forget"],
    ["People’s Solidarity", "peoples-solidarity"],
    // Latin accents are dropped; letters of other scripts are kept.
    ["Café Société", "cafe-societe"],
    ["북한 인권 시민연합", "북한-인권-시민연합"],
    ["北朝鮮 人権", "北朝鮮-人権"],
    // The seed's names keep the slugs db/seed.ts has always given them: existing rows keep their addresses.
    ["Open Door Rights Network", "open-door-rights-network"],
    ["Han River Citizens' Alliance", "han-river-citizens-alliance"],
    ["O'Brien", "obrien"],
    ["Human Rights Watch", "human-rights-watch"],
  ])("slugify(%j) is %j", (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  it("cuts at the maximum length without a trailing hyphen", () => {
    const slug = slugify(`${"a".repeat(99)} b`);
    expect(slug).toBe("a".repeat(99));
    expect(slugify("word ".repeat(50)).length).toBeLessThanOrEqual(SLUG_MAX);
    expect(slugify("word ".repeat(50))).not.toMatch(/-$/);
  });

  it("never ends on half a surrogate pair", () => {
    const slug = slugify(`${"a".repeat(99)}𠀀`);
    expect(slug).toBe("a".repeat(99));
  });

  it("is empty when nothing usable is left", () => {
    expect(slugify("!!! — ???")).toBe("");
    expect(slugify("")).toBe("");
  });

  it("leaves its own output unchanged", () => {
    for (const title of ["Letter to President Moon, 2019", "북한 인권", "Café", "İstanbul"]) {
      const slug = slugify(title);
      expect(slugify(slug)).toBe(slug);
    }
  });
});

describe("isSlug", () => {
  it.each(["letter-2019", "북한-인권"])("accepts what slugify produces: %j", (value) => {
    expect(isSlug(value)).toBe(true);
  });

  it.each(["Letter", "a--b", "-a", "café", "", "a".repeat(SLUG_MAX + 1)])(
    "and nothing else: refuses %j",
    (value) => {
      expect(isSlug(value)).toBe(false);
    },
  );
});
