import { describe, expect, it } from "vitest";
import { isSlug, SLUG_MAX, slugify } from "@/lib/domain/slug";

describe("slugify", () => {
  it("makes a lowercase hyphenated slug from a title", () => {
    expect(slugify("Letter to President Moon, 2019")).toBe("letter-to-president-moon-2019");
    expect(slugify("  Stop Crimes in North Korea!  ")).toBe("stop-crimes-in-north-korea");
  });

  it("drops apostrophes instead of splitting the word", () => {
    expect(slugify("Don't Forget")).toBe("dont-forget");
    expect(slugify("People’s Solidarity")).toBe("peoples-solidarity");
  });

  it("drops Latin accents and keeps letters of other scripts", () => {
    expect(slugify("Café Société")).toBe("cafe-societe");
    expect(slugify("북한 인권 시민연합")).toBe("북한-인권-시민연합");
    expect(slugify("北朝鮮 人権")).toBe("北朝鮮-人権");
  });

  it("gives the seed's slugs for the seed's names", () => {
    // What db/seed.ts has always produced: existing rows keep their addresses.
    expect(slugify("Open Door Rights Network")).toBe("open-door-rights-network");
    expect(slugify("Han River Citizens' Alliance")).toBe("han-river-citizens-alliance");
    expect(slugify("O'Brien")).toBe("obrien");
    expect(slugify("Human Rights Watch")).toBe("human-rights-watch");
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
  it("accepts what slugify produces and nothing else", () => {
    expect(isSlug("letter-2019")).toBe(true);
    expect(isSlug("북한-인권")).toBe(true);
    expect(isSlug("Letter")).toBe(false);
    expect(isSlug("a--b")).toBe(false);
    expect(isSlug("-a")).toBe(false);
    expect(isSlug("café")).toBe(false);
    expect(isSlug("")).toBe(false);
    expect(isSlug("a".repeat(SLUG_MAX + 1))).toBe(false);
  });
});
