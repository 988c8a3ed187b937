/*
 * Matching a pasted list of state names (a sponsor list or a recorded vote as printed in a
 * UN document) to UN states. Staff paste whatever the source prints: the UN's short names,
 * ISO-style inverted names ("Korea, Republic of"), everyday names ("South Korea", "Turkey"),
 * codes or Korean names. Matching ignores case, accents, punctuation and spacing, and
 * never guesses: a name that fits two states is returned as ambiguous, a name that fits
 * none comes back with the closest names as suggestions.
 */
import { COUNTRY_DATA_BY_ISO3, stateByIso3, UN_STATES, type UnState } from "@/lib/domain/un/states";

export type NameMatch = {
  input: string;
  /** The one state the input names, or null when none or several. */
  state: UnState | null;
  /** More than one when the input is ambiguous ("Congo"). */
  candidates: UnState[];
  /** Closest names when nothing matched, best first, at most 3. */
  suggestions: UnState[];
};

/**
 * Everyday names the country-data package lacks, and ones worth pinning because people
 * paste them (ISO 3166 inverted names, pre-rename names, abbreviations).
 */
const COMMON_VARIANTS: Readonly<Record<string, readonly string[]>> = {
  BHS: ["The Bahamas", "Bahamas, The"],
  BOL: ["Bolivia"],
  BRN: ["Brunei"],
  CIV: ["Ivory Coast", "Cote d'Ivoire"],
  CPV: ["Cape Verde"],
  CZE: ["Czech Republic"],
  FSM: ["Micronesia"],
  GBR: ["UK", "United Kingdom", "Great Britain", "Britain"],
  GMB: ["The Gambia", "Gambia, The", "Gambia (Republic of The)"],
  IRN: ["Iran"],
  KOR: ["South Korea", "Korea, Republic of", "ROK", "Korea, South"],
  LAO: ["Laos"],
  MDA: ["Moldova"],
  MKD: ["Macedonia", "FYROM"],
  NLD: ["Holland", "The Netherlands", "Netherlands"],
  PRK: ["North Korea", "DPRK", "Korea, Democratic People's Republic of", "Korea, North", "Korea DPR"],
  PSE: ["Palestine"],
  RUS: ["Russia"],
  SWZ: ["Swaziland"],
  SYR: ["Syria"],
  TUR: ["Turkey", "Turkiye"],
  TZA: ["Tanzania"],
  USA: ["USA", "United States", "US", "U.S.", "U.S.A.", "America"],
  VAT: ["Vatican", "Vatican City", "Holy See (Vatican City State)"],
  VEN: ["Venezuela"],
  VNM: ["Vietnam"],
};

/**
 * Names that fit more than one state, so staff must choose: "Korea" is either Korea. A
 * wrong guess would put a position on the wrong state. "Congo" is not among them: it is
 * the UN's own short name for the Republic of the Congo, as every UN document prints it.
 */
const AMBIGUOUS_NAMES: Readonly<Record<string, readonly string[]>> = {
  Korea: ["KOR", "PRK"],
};

/** A name reduced to what matching compares: lower case, no accents, punctuation, spaces or leading "the". */
function normalise(name: string): string {
  const words = name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .normalize("NFC")
    .toLowerCase()
    .replace(/['’‘`ʼ.]/g, "")
    .replace(/&/g, " and ")
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  if (words[0] === "the" && words.length > 1) words.shift();
  return words.join("");
}

/**
 * The forms a name can be compared in: as written, un-inverted ("Korea, Republic of" →
 * "Republic of Korea"), and with a parenthesis moved before the name ("Bolivia
 * (Plurinational State of)" → "Plurinational State of Bolivia") or left out.
 */
function nameForms(name: string): string[] {
  const forms = [name];
  const comma = name.indexOf(",");
  if (comma > 0 && name.indexOf(",", comma + 1) < 0) {
    forms.push(`${name.slice(comma + 1)} ${name.slice(0, comma)}`);
  }
  const paren = /^(.*?)\s*\(([^)]*)\)\s*$/.exec(name);
  if (paren?.[1]) forms.push(`${paren[2]} ${paren[1]}`, paren[1]);
  return [...new Set(forms.map(normalise).filter(Boolean))];
}

type NameIndex = {
  /** The UN short name, the Korean name shown, the ISO alpha-3 code: these win over any variant. */
  exact: Map<string, Set<string>>;
  /** Every other name and spelling. */
  variant: Map<string, Set<string>>;
  /** Names to suggest from, per state: no codes, nothing under four characters. */
  suggestible: { iso3: string; key: string }[];
};

let index: NameIndex | undefined;

function add(map: Map<string, Set<string>>, key: string, iso3: string): void {
  let set = map.get(key);
  if (!set) {
    set = new Set();
    map.set(key, set);
  }
  set.add(iso3);
}

/** Built once, on first use: a few thousand keys over the 195 states. */
function nameIndex(): NameIndex {
  if (index) return index;
  const exact = new Map<string, Set<string>>();
  const variant = new Map<string, Set<string>>();
  const suggestible = new Map<string, string>();
  const isTwoLetterCode = (s: string) => /^[A-Z]{2}$/.test(s);

  for (const state of UN_STATES) {
    const data = COUNTRY_DATA_BY_ISO3.get(state.iso3);
    for (const key of nameForms(state.name)) add(exact, key, state.iso3);
    add(exact, normalise(state.nameKo), state.iso3);
    add(exact, state.iso3.toLowerCase(), state.iso3);

    const variants = [
      ...(COMMON_VARIANTS[state.iso3] ?? []),
      data?.name.common,
      data?.name.official,
      data?.translations.kor?.common,
      data?.translations.kor?.official,
      // The package lists two-letter codes among spellings; only three-letter codes are matched.
      ...(data?.altSpellings.filter((s) => !isTwoLetterCode(s)) ?? []),
    ];
    for (const name of variants) {
      if (!name) continue;
      for (const key of nameForms(name)) add(variant, key, state.iso3);
    }
    for (const name of [state.name, state.nameKo, ...variants]) {
      if (!name || /^[A-Z]{2,3}$/.test(name)) continue;
      const key = normalise(name);
      if (key.length >= 4 || /\p{Script=Hangul}/u.test(key))
        suggestible.set(`${state.iso3}|${key}`, state.iso3);
    }
  }
  for (const [name, codes] of Object.entries(AMBIGUOUS_NAMES)) {
    for (const iso3 of codes) add(exact, normalise(name), iso3);
  }
  index = {
    exact,
    variant,
    suggestible: [...suggestible].map(([k, iso3]) => ({ iso3, key: k.slice(iso3.length + 1) })),
  };
  return index;
}

/** The states a name fits: an exact name in any of its forms first, then any variant. */
function statesFor(name: string): UnState[] {
  const { exact, variant } = nameIndex();
  const forms = nameForms(name);
  for (const map of [exact, variant]) {
    for (const form of forms) {
      const codes = map.get(form);
      if (codes) {
        return [...codes]
          .map((iso3) => stateByIso3(iso3) as UnState)
          .sort((a, b) => a.name.localeCompare(b.name, "en"));
      }
    }
  }
  return [];
}

/** Optimal string alignment distance (Levenshtein plus adjacent swaps), giving up past `max`. */
function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, prevPrev[j - 2] + 1);
      row.push(d);
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    prevPrev = prev;
    prev = row;
  }
  return prev[b.length];
}

/** How alike two keys are, 0 to 1: by edit distance, or by one containing the other ("korea" in "republicofkorea"). */
function similarity(input: string, key: string): number {
  const longer = Math.max(input.length, key.length);
  const shorter = Math.min(input.length, key.length);
  if (shorter >= 4 && (key.includes(input) || input.includes(key))) return 0.7 + (0.3 * shorter) / longer;
  const max = Math.floor(longer * (1 - MIN_SIMILARITY));
  return 1 - editDistance(input, key, max) / longer;
}

/** Below this, a name is too unlike the input to be worth suggesting ("Atlantis" suggests nothing). */
const MIN_SIMILARITY = 0.65;
/** Suggestions trail the best one by at most this much: "Republic of Koria" suggests Korea, not every "Republic of …". */
const SUGGESTION_MARGIN = 0.1;
const MAX_SUGGESTIONS = 3;

/** The states whose names are closest to an unmatched input, best first. */
function suggestionsFor(name: string): UnState[] {
  const input = normalise(name);
  if (!input) return [];
  const best = new Map<string, number>();
  for (const { iso3, key } of nameIndex().suggestible) {
    const score = similarity(input, key);
    if (score >= MIN_SIMILARITY && score > (best.get(iso3) ?? 0)) best.set(iso3, score);
  }
  const top = Math.max(0, ...best.values());
  return [...best]
    .filter(([, score]) => score >= top - SUGGESTION_MARGIN)
    .map(([iso3, score]) => ({ state: stateByIso3(iso3) as UnState, score }))
    .sort((a, b) => b.score - a.score || a.state.name.localeCompare(b.state.name, "en"))
    .slice(0, MAX_SUGGESTIONS)
    .map((s) => s.state);
}

/** Matches each name to a state: one state, several candidates (ambiguous), or none with suggestions. */
export function matchStateNames(names: readonly string[]): NameMatch[] {
  return names.map((input) => {
    const states = statesFor(input);
    if (states.length === 1) return { input, state: states[0], candidates: states, suggestions: [] };
    if (states.length > 1) return { input, state: null, candidates: states, suggestions: [] };
    return { input, state: null, candidates: [], suggestions: suggestionsFor(input) };
  });
}

/** Whether a comma-separated piece is the tail of an inverted name: "Republic of", "Democratic Republic of the", "The". */
function isInvertedTail(piece: string): boolean {
  return /^(the|.*\bof(\s+the)?)$/i.test(piece.trim());
}

/** Splits on commas outside parentheses. */
function splitOnCommas(line: string): string[] {
  const pieces: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === "(") depth++;
    else if (ch === ")") depth = Math.max(0, depth - 1);
    else if (ch === "," && depth === 0) {
      pieces.push(line.slice(start, i));
      start = i + 1;
    }
  }
  pieces.push(line.slice(start));
  return pieces;
}

/**
 * A piece holding " and " is one name ("Trinidad and Tobago") or the list's last two
 * ("Zambia and Zimbabwe"). It stays whole when it names a state, or when no split names
 * one but the whole is close to a name with "and" in it ("Trinidad and Tobgo"); otherwise
 * it is split, preferring the split where most sides name a state.
 */
function splitFinalAnd(piece: string): string[] {
  if (!/\sand\s/i.test(piece) || statesFor(piece).length > 0) return [piece];
  const splits: { pair: [string, string]; named: number }[] = [];
  for (const m of piece.matchAll(/\s+and\s+/gi)) {
    const at = m.index ?? 0;
    const pair: [string, string] = [piece.slice(0, at).trim(), piece.slice(at + m[0].length).trim()];
    splits.push({ pair, named: pair.filter((p) => statesFor(p).length > 0).length });
  }
  const best = splits.reduce((a, b) => (b.named > a.named ? b : a));
  if (best.named === 0 && suggestionsFor(piece).some((s) => /\sand\s/.test(s.name))) return [piece];
  return best.pair.filter(Boolean).flatMap(splitFinalAnd);
}

/** Strips what surrounds a name in a printed list: bullets, numbering, a leading "and", a full stop. */
function cleanPiece(piece: string): string {
  return piece
    .trim()
    .replace(/^(?:[-–—•·*▪◦]+|\(?\d{1,3}[.)]|\(?[a-z][.)])\s+/i, "")
    .replace(/^and\s+/i, "")
    .replace(/[.;:]+$/, "")
    .trim();
}

/**
 * Splits a pasted list into names, as UN documents print them ("Albania, Andorra, …
 * and Zimbabwe"), or one per line, or separated by semicolons or bullets. Keeps inverted
 * names ("Korea, Republic of") and parentheses ("Bolivia (Plurinational State of)") whole.
 */
export function splitStateList(paste: string): string[] {
  const names: string[] = [];
  for (const line of paste.split(/[\n\r;•]+/)) {
    const pieces: string[] = [];
    for (const raw of splitOnCommas(line)) {
      const piece = raw.trim();
      if (pieces.length > 0 && isInvertedTail(piece)) pieces[pieces.length - 1] += `, ${piece}`;
      else pieces.push(piece);
    }
    for (const piece of pieces) {
      const cleaned = cleanPiece(piece);
      if (cleaned) names.push(...splitFinalAnd(cleaned).map(cleanPiece).filter(Boolean));
    }
  }
  return names;
}
