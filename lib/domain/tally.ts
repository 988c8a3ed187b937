import type { SignatureKind, SignatureStatus, SignatureVisibility } from "@/lib/domain/signatures";

/*
 * What a letter's signatures add up to, as campaigners say it: "ICNK, representing over
 * 300 groups, joined by 72 other groups and 10 individuals". The numbers are kept apart
 * from the words: wordTally puts a language's words (its catalog's "tally", through
 * lib/i18n/tally.ts) around them. The English `sentence` every Tally carries is a data
 * field of the public API, fixed like the counts; pages word the tally in their language.
 */

export type TallySignature = {
  kind: SignatureKind;
  status: SignatureStatus;
  visibility: SignatureVisibility;
  organisationId: string | null;
  /** How many such signatures this row stands for (a grouped count of individuals); default 1. */
  count?: number;
};

export type TallyCoalitionInput = {
  organisationId: string;
  name: string;
  shortName: string | null;
  declaredMembership: number | null;
  declaredMembershipLabel: string | null;
  /** Current registered member organisations. */
  memberIds: readonly string[];
};

export type TallyInput = {
  signatures: readonly TallySignature[];
  /** Coalitions and networks among the signatories; entries that did not sign are ignored. */
  coalitions: readonly TallyCoalitionInput[];
};

export type TallyCoalition = {
  organisationId: string;
  name: string;
  shortName: string | null;
  /** The coalition's own wording ("over 300"), else the number. */
  label: string;
  declaredMembership: number;
};

export type Tally = {
  organisations: number;
  individuals: number;
  /** Counted signatures whose names are not shown. */
  withheld: number;
  /** The same, organisations and individuals apart: each list says only its own. */
  withheldByKind: { organisations: number; individuals: number };
  coalitions: TallyCoalition[];
  /** Signing organisations that are neither a signing coalition nor a registered member of one. */
  otherOrganisations: number;
  /** Declared memberships plus other organisations; a member that also signed is not counted twice. */
  representedGroups: number;
  /** The tally in English, as the public API gives it (tallySentence); pages word it in their language. */
  sentence: string;
};

/** The numbers of a tally, without its English sentence. */
export type TallyCounts = Omit<Tally, "sentence">;

const numberFormat = new Intl.NumberFormat("en");

type DeclaringCoalition = TallyCoalitionInput & { declaredMembership: number };

/** Counts a letter's confirmed signatures, absorbing members of signing coalitions into the coalition. */
export function tallySignatures({ signatures, coalitions }: TallyInput): Tally {
  // Pending, rejected and withdrawn signatures are not (or no longer) on the letter.
  const confirmed = signatures.filter((s) => s.status === "confirmed");
  const organisationSignatures = confirmed.filter((s) => s.kind === "organisation");
  const weight = (rows: readonly TallySignature[]) => rows.reduce((sum, s) => sum + (s.count ?? 1), 0);
  const individuals = weight(confirmed.filter((s) => s.kind === "individual"));
  // Withheld names still count: at-risk signatories are part of the number, just not the list.
  const withheldRows = confirmed.filter((s) => s.visibility === "name_withheld");
  const withheldByKind = {
    organisations: weight(withheldRows.filter((s) => s.kind === "organisation")),
    individuals: weight(withheldRows.filter((s) => s.kind === "individual")),
  };

  // A coalition leads the sentence by name and declared size only if it signed in the open:
  // one that asked not to be named is counted as one group among the others, and its
  // members that signed count for themselves, so neither its name nor its size shows.
  const signedByName = new Set(
    organisationSignatures.filter((s) => s.visibility !== "name_withheld").map((s) => s.organisationId),
  );
  // Without a declared membership there is nothing to represent; such a network signs as one group.
  const signingCoalitions = coalitions.filter(
    (c): c is DeclaringCoalition =>
      signedByName.has(c.organisationId) && c.declaredMembership !== null && c.declaredMembership > 0,
  );
  const coalitionIds = new Set(signingCoalitions.map((c) => c.organisationId));
  const absorbed = new Set(signingCoalitions.flatMap((c) => c.memberIds));

  const otherOrganisations = organisationSignatures.filter(
    (s) =>
      s.organisationId === null || (!coalitionIds.has(s.organisationId) && !absorbed.has(s.organisationId)),
  ).length;

  const tallied: TallyCoalition[] = signingCoalitions
    .map((c) => ({
      organisationId: c.organisationId,
      name: c.name,
      shortName: c.shortName,
      label: c.declaredMembershipLabel?.trim() || numberFormat.format(c.declaredMembership),
      declaredMembership: c.declaredMembership,
    }))
    .sort((a, b) => b.declaredMembership - a.declaredMembership || a.name.localeCompare(b.name));

  const declared = tallied.reduce((sum, c) => sum + c.declaredMembership, 0);
  const numbers = {
    organisations: organisationSignatures.length,
    individuals,
    withheld: withheldByKind.organisations + withheldByKind.individuals,
    withheldByKind,
    coalitions: tallied,
    otherOrganisations,
    representedGroups: declared + otherOrganisations,
  };
  return { ...numbers, sentence: tallySentence(numbers) };
}

/**
 * What a language says in a tally: counts of each kind ("67 organisations"), two things
 * together ("… and …"), a coalition with the groups it represents, a list of coalitions,
 * and the others who joined them.
 */
export type TallyWords = {
  none: string;
  organisations: (count: number) => string;
  individuals: (count: number) => string;
  otherGroups: (count: number) => string;
  both: (first: string, second: string) => string;
  /** A coalition: "ICNK (International Coalition …), representing over 300 groups". */
  coalition: (coalition: { name: string; shortName: string | null; label: string }) => string;
  /** A list of coalitions, item by item: "{list}, {item}", and before the last "{list}, and {item}". */
  listNext: (list: string, item: string) => string;
  listLast: (list: string, item: string) => string;
  joined: (lead: string, joiners: string) => string;
};

/** The tally in a language's words: "67 organisations and 10 individuals", or led by the signing coalitions. */
export function wordTally(tally: TallyCounts, words: TallyWords): string {
  const { organisations, individuals, coalitions, otherOrganisations } = tally;
  const pair = (parts: string[]) => (parts.length === 2 ? words.both(parts[0]!, parts[1]!) : parts.join(""));

  if (coalitions.length === 0) {
    const parts = [];
    if (organisations > 0) parts.push(words.organisations(organisations));
    if (individuals > 0) parts.push(words.individuals(individuals));
    return parts.length > 0 ? pair(parts) : words.none;
  }

  const leaders = coalitions.map((c) => words.coalition(c));
  const joiners = [];
  if (otherOrganisations > 0) joiners.push(words.otherGroups(otherOrganisations));
  if (individuals > 0) joiners.push(words.individuals(individuals));

  const lead = leaders
    .slice(1)
    .reduce(
      (list, item, index) =>
        index === leaders.length - 2 ? words.listLast(list, item) : words.listNext(list, item),
      leaders[0]!,
    );
  return joiners.length > 0 ? words.joined(lead, pair(joiners)) : lead;
}

function count(n: number, singular: string, plural: string): string {
  return `${numberFormat.format(n)} ${n === 1 ? singular : plural}`;
}

/**
 * The API's words: its `sentence` is fixed English, a data field like the counts, so it
 * is worded here and not from the catalog that pages use (tests/unit/tally.test.ts checks
 * the two say the same).
 */
const DATA_WORDS: TallyWords = {
  none: "No signatures yet",
  organisations: (n) => count(n, "organisation", "organisations"),
  individuals: (n) => count(n, "individual", "individuals"),
  otherGroups: (n) => count(n, "other group", "other groups"),
  both: (first, second) => `${first} and ${second}`,
  // A worded label ("over 300") is never a lone "1", so only a bare number can be singular.
  coalition: ({ name, shortName, label }) =>
    `${shortName ? `${name} (${shortName})` : name}, representing ${label} ${label === "1" ? "group" : "groups"}`,
  // Each coalition phrase carries its own comma, so even two of them need the serial comma.
  listNext: (list, item) => `${list}, ${item}`,
  listLast: (list, item) => `${list}, and ${item}`,
  joined: (lead, joiners) => `${lead}, joined by ${joiners}`,
};

/** The tally in English, as the public API gives it: "67 organisations and 10 individuals". */
export function tallySentence(tally: TallyCounts): string {
  return wordTally(tally, DATA_WORDS);
}
