import { describe, expect, it } from "vitest";
import { REGIONAL_GROUPS, stateByIso3, UN_STATES } from "@/lib/domain/un/states";
import { UN_MEMBER_NAMES, UN_MEMBER_NAMES_BY_GROUP } from "./un-member-names";

describe("UN_STATES", () => {
  const members = UN_STATES.filter((s) => s.status === "member");
  const observers = UN_STATES.filter((s) => s.status === "observer");

  it("holds the 193 Member States and the 2 observer States", () => {
    expect(members).toHaveLength(193);
    expect(observers.map((s) => s.name).sort()).toEqual(["Holy See", "State of Palestine"]);
    expect(new Set(UN_STATES.map((s) => s.iso3)).size).toBe(195);
  });

  it("names every Member State as the UN does", () => {
    expect(members.map((s) => s.name).sort()).toEqual([...UN_MEMBER_NAMES].sort());
  });

  it("is sorted by name", () => {
    const names = UN_STATES.map((s) => s.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "en")));
  });

  it("puts every member in exactly one regional group, as the UN's list does", () => {
    // DGACM's list: African 54, Asia-Pacific 54 (Kiribati included; Türkiye counted in WEOG,
    // where it votes), Eastern European 23, GRULAC 33, WEOG 28 plus the United States.
    const sizes = Object.fromEntries(
      REGIONAL_GROUPS.map((g) => [g, members.filter((s) => s.regionalGroup === g).length]),
    );
    expect(sizes).toEqual({
      african: 54,
      asia_pacific: 54,
      eastern_european: 23,
      latin_american_caribbean: 33,
      western_european_others: 29,
    });
    for (const group of REGIONAL_GROUPS) {
      const names = members.filter((s) => s.regionalGroup === group).map((s) => s.name);
      expect(names.sort(), group).toEqual([...UN_MEMBER_NAMES_BY_GROUP[group]].sort());
    }
    expect(observers.every((s) => s.regionalGroup === null)).toBe(true);
  });

  it("places the states whose group is not geographic", () => {
    expect(stateByIso3("TUR")?.regionalGroup).toBe("western_european_others");
    expect(stateByIso3("ISR")?.regionalGroup).toBe("western_european_others");
    expect(stateByIso3("USA")?.regionalGroup).toBe("western_european_others");
    expect(stateByIso3("KIR")?.regionalGroup).toBe("asia_pacific");
    expect(stateByIso3("CYP")?.regionalGroup).toBe("asia_pacific");
  });

  it("carries ISO codes and Korean names", () => {
    expect(stateByIso3("kor")).toMatchObject({
      iso3: "KOR",
      iso2: "KR",
      name: "Republic of Korea",
      nameKo: "한국",
      status: "member",
      regionalGroup: "asia_pacific",
    });
    expect(stateByIso3("PRK")).toMatchObject({
      iso2: "KP",
      name: "Democratic People's Republic of Korea",
      nameKo: "북한",
    });
    expect(stateByIso3("VAT")).toMatchObject({ name: "Holy See", nameKo: "교황청", status: "observer" });
    expect(stateByIso3("PSE")).toMatchObject({ iso2: "PS", status: "observer", regionalGroup: null });
    expect(stateByIso3("TUR")?.nameKo).toBe("튀르키예");
    // The package gives Dominica the Dominican Republic's Korean name; each keeps its own.
    expect(stateByIso3("DMA")?.nameKo).not.toBe(stateByIso3("DOM")?.nameKo);
    for (const s of UN_STATES) {
      expect(s.iso3).toMatch(/^[A-Z]{3}$/);
      expect(s.iso2).toMatch(/^[A-Z]{2}$/);
      expect(s.nameKo, s.name).toMatch(/\p{Script=Hangul}/u);
    }
    expect(new Set(UN_STATES.map((s) => s.nameKo)).size).toBe(195);
  });

  it("finds nothing for a code that is not a UN state", () => {
    expect(stateByIso3("TWN")).toBeUndefined();
    expect(stateByIso3("XKX")).toBeUndefined();
    expect(stateByIso3("")).toBeUndefined();
  });
});
