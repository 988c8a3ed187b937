import { describe, expect, it } from "vitest";
import { matchStateNames, splitStateList } from "@/lib/domain/un/match-names";
import { stateByIso3 } from "@/lib/domain/un/states";
import { UN_MEMBER_NAMES } from "./un-member-names";

function matchOne(name: string) {
  const [match] = matchStateNames([name]);
  return match;
}

describe("matchStateNames", () => {
  it.each(UN_MEMBER_NAMES)("matches the UN's short name %s to its state", (name) => {
    expect(matchOne(name).state?.name).toBe(name);
  });

  it("reads the UN's short name Congo as the Republic of the Congo, and asks which Korea is meant", () => {
    expect(matchOne("Congo").state?.iso3).toBe("COG");
    const korea = matchOne("Korea");
    expect(korea.state).toBeNull();
    expect(korea.candidates.map((s) => s.iso3)).toEqual(["PRK", "KOR"]);
  });

  it.each([
    ["South Korea", "KOR"],
    ["Korea, Republic of", "KOR"],
    ["ROK", "KOR"],
    ["KOR", "KOR"],
    ["대한민국", "KOR"],
    ["한국", "KOR"],
    ["North Korea", "PRK"],
    ["DPRK", "PRK"],
    ["Korea, Democratic People's Republic of", "PRK"],
    ["북한", "PRK"],
    ["Turkey", "TUR"],
    ["Türkiye", "TUR"],
    ["Turkiye", "TUR"],
    ["터키", "TUR"],
    ["Ivory Coast", "CIV"],
    ["Cote d'Ivoire", "CIV"],
    ["Côte d’Ivoire", "CIV"],
    ["UK", "GBR"],
    ["United Kingdom", "GBR"],
    ["Great Britain", "GBR"],
    ["USA", "USA"],
    ["United States", "USA"],
    ["US", "USA"],
    ["U.S.", "USA"],
    ["Russia", "RUS"],
    ["Iran", "IRN"],
    ["Iran, Islamic Republic of", "IRN"],
    ["Syria", "SYR"],
    ["Laos", "LAO"],
    ["Vietnam", "VNM"],
    ["Bolivia", "BOL"],
    ["Bolivia, Plurinational State of", "BOL"],
    ["Venezuela", "VEN"],
    ["Venezuela, Bolivarian Republic of", "VEN"],
    ["Tanzania", "TZA"],
    ["Tanzania, United Republic of", "TZA"],
    ["Moldova", "MDA"],
    ["Moldova, Republic of", "MDA"],
    ["Micronesia", "FSM"],
    ["Micronesia, Federated States of", "FSM"],
    ["Czech Republic", "CZE"],
    ["Macedonia", "MKD"],
    ["Swaziland", "SWZ"],
    ["Cape Verde", "CPV"],
    ["Holland", "NLD"],
    ["The Netherlands", "NLD"],
    ["Netherlands", "NLD"],
    ["Vatican", "VAT"],
    ["Holy See", "VAT"],
    ["Palestine", "PSE"],
    ["State of Palestine", "PSE"],
    ["Palestine, State of", "PSE"],
    ["Brunei", "BRN"],
    ["Gambia", "GMB"],
    ["The Gambia", "GMB"],
    ["Gambia (Republic of The)", "GMB"],
    ["Bahamas", "BHS"],
    ["The Bahamas", "BHS"],
    ["Guinea Bissau", "GNB"],
    ["Congo, Democratic Republic of the", "COD"],
    ["DR Congo", "COD"],
    ["Republic of the Congo", "COG"],
    ["Guinea", "GIN"],
    ["Equatorial Guinea", "GNQ"],
    ["Niger", "NER"],
    ["Nigeria", "NGA"],
    ["Dominica", "DMA"],
    ["Dominican Republic", "DOM"],
    ["Sudan", "SDN"],
    ["South Sudan", "SSD"],
    ["  republic OF korea ", "KOR"],
    ["REPUBLIC-OF-KOREA", "KOR"],
  ])("matches the variant %s", (name, iso3) => {
    const match = matchOne(name);
    expect(match.state?.iso3).toBe(iso3);
    expect(match.candidates).toEqual([match.state]);
    expect(match.suggestions).toEqual([]);
  });

  it("matches only three-letter codes", () => {
    expect(matchOne("KR").state).toBeNull();
    expect(matchOne("kor").state?.iso3).toBe("KOR");
  });

  it("suggests the closest names for misspelt ones and nothing for a made-up one", () => {
    const [albania, korea, atlantis] = matchStateNames(["Albnia", "Republic of Koria", "Atlantis"]);
    for (const m of [albania, korea, atlantis]) {
      expect(m.state).toBeNull();
      expect(m.candidates).toEqual([]);
      expect(m.suggestions.length).toBeLessThanOrEqual(3);
    }
    expect(albania.suggestions[0]).toBe(stateByIso3("ALB"));
    expect(korea.suggestions[0]).toBe(stateByIso3("KOR"));
    expect(atlantis.suggestions).toEqual([]);
    expect(matchOne("Phillipines").suggestions[0]?.iso3).toBe("PHL");
    expect(matchOne("Bosnia").suggestions[0]?.iso3).toBe("BIH");
  });

  it("matches all 193 names in well under 100 ms", () => {
    matchStateNames(["Albania"]); // builds the index once, as the first request in a process does
    const paste = `${UN_MEMBER_NAMES.slice(0, -1).join(", ")} and ${UN_MEMBER_NAMES.at(-1)}`;
    // The best of a few runs: the machine is shared, and a quadratic slip would fail every run.
    let fastest = Number.POSITIVE_INFINITY;
    let matches = matchStateNames(splitStateList(paste));
    for (let run = 0; run < 5; run++) {
      const started = performance.now();
      matches = matchStateNames(splitStateList(paste));
      fastest = Math.min(fastest, performance.now() - started);
    }
    expect(matches).toHaveLength(193);
    expect(matches.filter((m) => m.state).length).toBe(193);
    expect(fastest).toBeLessThan(100);
  });
});

describe("splitStateList", () => {
  it("splits a list as UN documents print it, with the final 'and'", () => {
    expect(splitStateList("Albania, Andorra, Australia and Zimbabwe")).toEqual([
      "Albania",
      "Andorra",
      "Australia",
      "Zimbabwe",
    ]);
    expect(splitStateList("A, B, C and D")).toEqual(["A", "B", "C", "D"]);
    expect(splitStateList("Albania, Andorra, and Zimbabwe.")).toEqual(["Albania", "Andorra", "Zimbabwe"]);
  });

  it("keeps names with 'and' in them whole", () => {
    expect(
      splitStateList(
        "Bosnia and Herzegovina, Trinidad and Tobago, Zambia and Saint Vincent and the Grenadines",
      ),
    ).toEqual([
      "Bosnia and Herzegovina",
      "Trinidad and Tobago",
      "Zambia",
      "Saint Vincent and the Grenadines",
    ]);
    expect(splitStateList("Albnia and Andorra")).toEqual(["Albnia", "Andorra"]);
    expect(splitStateList("Albania, Trinidad and Tobgo")).toEqual(["Albania", "Trinidad and Tobgo"]);
  });

  it("keeps inverted names and parentheses whole", () => {
    expect(
      splitStateList(
        "Albania, Korea, Republic of, Bolivia, Plurinational State of, Bolivia (Plurinational State of), Gambia, The, Andorra and Congo, Democratic Republic of the",
      ),
    ).toEqual([
      "Albania",
      "Korea, Republic of",
      "Bolivia, Plurinational State of",
      "Bolivia (Plurinational State of)",
      "Gambia, The",
      "Andorra",
      "Congo, Democratic Republic of the",
    ]);
  });

  it("splits on newlines, semicolons and bullets, and drops empty entries", () => {
    expect(
      splitStateList("Albania\r\n\n  Andorra  \n• Australia\n- Austria; Belgium;\n1. Canada\n\n"),
    ).toEqual(["Albania", "Andorra", "Australia", "Austria", "Belgium", "Canada"]);
    expect(splitStateList("")).toEqual([]);
    expect(splitStateList(" ,\n ; ")).toEqual([]);
  });
});
