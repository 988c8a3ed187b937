import { describe, expect, it } from "vitest";
import { checkImportRows, guessMapping, readImportFile } from "@/lib/domain/import-signatories";
import { cleanName } from "@/lib/domain/text";
import { signUpSchema } from "@/lib/validations/auth";
import { organisationCreateSchema, targetCreateSchema } from "@/lib/validations/campaigns";
import { individualSignatureSchema } from "@/lib/validations/signing";

/*
 * Names are shown on public pages, lists, feeds and exports: a control character (BEL,
 * ESC) or a bidirectional override (U+202E turns "gpj.exe" round) must not reach them.
 * Every name field is cleaned by one helper before it is checked.
 */

const BEL = "\u0007";
const ESC = "\u001b";
const RLO = "\u202e";
const PDF = "\u202c";
const LRI = "\u2066";
const PDI = "\u2069";
const RLM = "\u200f";
const dirty = `${BEL}Mina${ESC}[31m ${RLO}Okafor${PDF}${LRI}${PDI}${RLM}`;
const cleaned = "Mina[31m Okafor";

describe("cleaning names", () => {
  it("drops control and bidirectional-override characters, keeps letters of every script", () => {
    expect(cleanName(dirty)).toBe(cleaned);
    expect(cleanName("\u202aA\u202bB\u202dC\u2067D\u2068E\u200eF\u061cG")).toBe("ABCDEFG");
    expect(cleanName("  Hana\tTanaka\n ")).toBe("Hana Tanaka");
    // Right-to-left names themselves are untouched; so are joiners some scripts need.
    expect(cleanName("محمد أحمد")).toBe("محمد أحمد");
    expect(cleanName("क्‍ष")).toBe("क्‍ष");
  });

  it("cleans a signatory's name and title when signing", () => {
    const parsed = individualSignatureSchema.parse({
      letterId: "7d3c6f5e-2f7a-4c4a-9a53-1b2f0c5b6a11",
      name: dirty,
      email: "mina@example.org",
      titleAffiliation: `${RLO}Researcher${BEL}`,
      visibility: "public",
    });
    expect(parsed.name).toBe(cleaned);
    expect(parsed.titleAffiliation).toBe("Researcher");
  });

  it("refuses a name that is nothing but such characters as missing", () => {
    const result = individualSignatureSchema.safeParse({
      letterId: "7d3c6f5e-2f7a-4c4a-9a53-1b2f0c5b6a11",
      name: `${RLO}${BEL}${PDF}`,
      email: "mina@example.org",
      visibility: "public",
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["name", "name.required"],
    ]);
  });

  it("cleans organisation, target and user names", () => {
    const organisation = organisationCreateSchema.parse({ name: dirty, shortName: `${RLO}MO${ESC}` });
    expect(organisation.name).toBe(cleaned);
    expect(organisation.shortName).toBe("MO");
    expect(targetCreateSchema.parse({ name: dirty, timeZone: "Asia/Seoul" }).name).toBe(cleaned);
    expect(
      signUpSchema.parse({ name: dirty, email: "mina@example.org", password: "a long password" }).name,
    ).toBe(cleaned);
  });

  it("cleans the names, titles and organisations of an imported list", () => {
    const file = readImportFile(
      [
        "Name,Email,Title,Organisation",
        `"${dirty}",mina@example.org,${RLO}Researcher,${LRI}Open Net${PDI}${BEL}`,
      ].join("\n"),
    );
    if (!file) throw new Error("no header");
    const result = checkImportRows({
      records: file.records,
      mapping: guessMapping(file.headers),
      signed: { emails: new Set(), organisationNames: new Set(), people: new Set() },
    });
    expect(result.good.map((r) => [r.displayName, r.titleAffiliation])).toEqual([
      [cleaned, "Researcher, Open Net"],
    ]);
  });
});
