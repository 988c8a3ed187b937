import type { SignatureKind, SignatureStatus, SignatureVisibility } from "@/lib/domain/signatures";

/*
 * What a letter's signatures add up to, as campaigners say it: "ICNK, representing over
 * 300 groups, joined by 72 other groups and 10 individuals". The numbers are kept apart
 * from the English sentence so another language can word them its own way.
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
  sentence: string;
};

const numberFormat = new Intl.NumberFormat("en");

function count(n: number, singular: string, plural: string): string {
  return `${numberFormat.format(n)} ${n === 1 ? singular : plural}`;
}

// Each coalition phrase carries its own comma, so even two of them need the serial comma.
function listJoin(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")}, and ${items.at(-1)}`;
}

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

/** The tally in English: "67 organisations and 10 individuals", or led by the signing coalitions. */
export function tallySentence(tally: Omit<Tally, "sentence">): string {
  const { organisations, individuals, coalitions, otherOrganisations } = tally;

  if (coalitions.length === 0) {
    const parts = [];
    if (organisations > 0) parts.push(count(organisations, "organisation", "organisations"));
    if (individuals > 0) parts.push(count(individuals, "individual", "individuals"));
    return parts.length > 0 ? parts.join(" and ") : "No signatures yet";
  }

  const leaders = coalitions.map((c) => {
    const name = c.shortName ? `${c.name} (${c.shortName})` : c.name;
    // A worded label ("over 300") is never a lone "1", so only a bare number can be singular.
    const groups = c.label === "1" ? "group" : "groups";
    return `${name}, representing ${c.label} ${groups}`;
  });
  const joiners = [];
  if (otherOrganisations > 0) joiners.push(count(otherOrganisations, "other group", "other groups"));
  if (individuals > 0) joiners.push(count(individuals, "individual", "individuals"));

  const lead = listJoin(leaders);
  return joiners.length > 0 ? `${lead}, joined by ${joiners.join(" and ")}` : lead;
}
