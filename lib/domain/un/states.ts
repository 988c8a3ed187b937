/*
 * Every UN Member State (193) and non-member observer State (the Holy See and the State of
 * Palestine). Codes, membership, regional groups, Korean names and spellings come from the
 * `world-countries` package (ODbL-1.0, mledoze/countries), so nobody types a country list;
 * only the few places where the UN itself says otherwise are written down here.
 *
 * The package's data is about 1.4 MB: import this module from server code and hand pages
 * the few states they show, never from a client component.
 */
import countries, { type Country } from "world-countries";

export const REGIONAL_GROUPS = [
  "african",
  "asia_pacific",
  "eastern_european",
  "latin_american_caribbean",
  "western_european_others",
] as const;
export type RegionalGroup = (typeof REGIONAL_GROUPS)[number];

export const UN_STATUSES = ["member", "observer"] as const;
export type UnStatus = (typeof UN_STATUSES)[number];

export type UnState = {
  iso3: string;
  iso2: string;
  /** The UN's own short name in English: "Republic of Korea", "Türkiye", "Bolivia (Plurinational State of)". */
  name: string;
  nameKo: string;
  status: UnStatus;
  /** Null for observer states. */
  regionalGroup: RegionalGroup | null;
};

/**
 * The UN's short names where they differ from the package's common name. Source: the UN's
 * list of Member States (un.org/en/about-us/member-states) and its regional groups list
 * (un.org/dgacm/en/content/regional-groups), whose spellings ("Gambia", "Guinea-Bissau")
 * are the ones printed in sponsor lists; for the observers, the UN's non-member States page.
 */
const UN_SHORT_NAMES: Readonly<Record<string, string>> = {
  BOL: "Bolivia (Plurinational State of)",
  BRN: "Brunei Darussalam",
  CIV: "Côte d'Ivoire",
  COD: "Democratic Republic of the Congo",
  COG: "Congo",
  CPV: "Cabo Verde",
  FSM: "Micronesia (Federated States of)",
  GBR: "United Kingdom of Great Britain and Northern Ireland",
  IRN: "Iran (Islamic Republic of)",
  KOR: "Republic of Korea",
  LAO: "Lao People's Democratic Republic",
  MDA: "Republic of Moldova",
  NLD: "Netherlands (Kingdom of the)",
  PRK: "Democratic People's Republic of Korea",
  PSE: "State of Palestine",
  RUS: "Russian Federation",
  STP: "Sao Tome and Principe",
  SYR: "Syrian Arab Republic",
  TZA: "United Republic of Tanzania",
  USA: "United States of America",
  VAT: "Holy See",
  VEN: "Venezuela (Bolivarian Republic of)",
  VNM: "Viet Nam",
};

/**
 * Korean names where the package's common name is wrong or not the one used in Korea:
 * it gives Dominica the Dominican Republic's name, keeps Türkiye's pre-2022 name (터키),
 * uses the North's own name for the DPRK (조선), and names the city, not the Holy See
 * that is the UN observer. The package's names stay searchable as variants.
 */
const KOREAN_NAMES: Readonly<Record<string, string>> = {
  DMA: "도미니카 연방",
  PRK: "북한",
  TUR: "튀르키예",
  VAT: "교황청",
};

/**
 * The package marks the Holy See as a UN member; it is a non-member observer State, as is
 * the State of Palestine (which the package rightly does not mark as a member).
 */
const OBSERVERS: ReadonlySet<string> = new Set(["PSE", "VAT"]);

/** The package's names for the UN regional groups. The United States, an observer in WEOG counted in it for elections, is listed there; Türkiye, in both Asia-Pacific and WEOG, is listed under WEOG, where it votes. */
const GROUP_BY_PACKAGE_NAME: Readonly<Record<Exclude<Country["unRegionalGroup"], "">, RegionalGroup>> = {
  "African Group": "african",
  "Asia and the Pacific Group": "asia_pacific",
  "Eastern European Group": "eastern_european",
  "Latin American and Caribbean Group": "latin_american_caribbean",
  "Western European and Others Group": "western_european_others",
};

function isUnState(c: Country): boolean {
  return c.unMember || OBSERVERS.has(c.cca3);
}

function toUnState(c: Country): UnState {
  const status: UnStatus = OBSERVERS.has(c.cca3) ? "observer" : "member";
  return {
    iso3: c.cca3,
    iso2: c.cca2,
    name: UN_SHORT_NAMES[c.cca3] ?? c.name.common,
    nameKo: KOREAN_NAMES[c.cca3] ?? c.translations.kor?.common.trim() ?? c.name.common,
    status,
    regionalGroup: status === "member" && c.unRegionalGroup ? GROUP_BY_PACKAGE_NAME[c.unRegionalGroup] : null,
  };
}

/** The package's records for the UN states, by ISO alpha-3 code: names and spellings to match pasted lists against. */
export const COUNTRY_DATA_BY_ISO3: ReadonlyMap<string, Country> = new Map(
  countries.filter(isUnState).map((c) => [c.cca3, c]),
);

/** Every UN member and observer state, sorted by name. */
export const UN_STATES: readonly UnState[] = Object.freeze(
  [...COUNTRY_DATA_BY_ISO3.values()].map(toUnState).sort((a, b) => a.name.localeCompare(b.name, "en")),
);

const STATE_BY_ISO3: ReadonlyMap<string, UnState> = new Map(UN_STATES.map((s) => [s.iso3, s]));

/** The state with this ISO 3166-1 alpha-3 code (any case). */
export function stateByIso3(iso3: string): UnState | undefined {
  return STATE_BY_ISO3.get(iso3.trim().toUpperCase());
}
