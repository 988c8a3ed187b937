import "server-only";
import { and, asc, desc, eq, inArray, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Executor } from "@/db";
import { campaigns, letters, type NewSignature, organisations, signatures, users } from "@/db/schema";
import { isUuid } from "@/lib/domain/ids";
import { personKey } from "@/lib/domain/import-signatories";
import type { LetterStatus } from "@/lib/domain/letter-lifecycle";
import type {
  LetterSigners,
  SignatureKind,
  SignatureSource,
  SignatureStatus,
  SignatureVisibility,
} from "@/lib/domain/signatures";
import { slugify } from "@/lib/domain/slug";
import { fromSignaturesWithLetters } from "./joins";
import { publicLetter } from "./public-visibility";
import type { SignatoryValues } from "./signing-writes";

/*
 * Signatories in bulk: what an import checks against and writes, and the two CSV
 * exports. Only the staff export selects e-mail addresses; the public export selects
 * confirmed, public signatures of letters the public may see, and public fields only.
 */

const LIVE = ["pending", "confirmed"] as const;

/** Rows per INSERT: 1,000 signatures × 17 columns stays far below PostgreSQL's 65,535 parameters. */
export const IMPORT_CHUNK_SIZE = 1_000;

// ── Import ───────────────────────────────────────────────────────────────────

export type ImportLetterOption = {
  id: string;
  title: string;
  status: LetterStatus;
  campaignTitle: string;
  /** Whether the public may see the letter, and so download its public list. */
  isPublic: boolean;
};

/** What an ImportLetterOption is read from: letters joined to their campaigns. */
const letterOptionColumns = {
  id: letters.id,
  title: letters.title,
  status: letters.status,
  campaignTitle: campaigns.title,
  isPublic: sql<boolean>`(${publicLetter})`,
};

/** Every letter, for the import's letter picker and the exports: collecting ones first, then by campaign. */
export async function listImportLetters(db: Executor): Promise<ImportLetterOption[]> {
  return db
    .select(letterOptionColumns)
    .from(letters)
    .innerJoin(campaigns, eq(campaigns.id, letters.campaignId))
    .orderBy(
      sql`case ${letters.status} when 'collecting' then 0 when 'draft' then 1 when 'sent' then 2 else 3 end`,
      asc(campaigns.title),
      desc(letters.createdAt),
    );
}

export type ImportLetter = {
  id: string;
  slug: string;
  title: string;
  status: LetterStatus;
  whoCanSign: LetterSigners;
  version: number;
  campaignSlug: string;
  campaignTitle: string;
  /** Whether public pages show the letter, so an import must refresh them. */
  isPublic: boolean;
};

/**
 * The letter an import writes to. With `lock`, the letter row is locked for the rest of
 * the transaction, so a signature or a text change arriving meanwhile waits for it.
 */
export async function getImportLetter(
  db: Executor,
  { letterId, lock = false }: { letterId: string; lock?: boolean },
): Promise<ImportLetter | null> {
  if (!isUuid(letterId)) return null;
  const query = db
    .select({
      ...letterOptionColumns,
      slug: letters.slug,
      whoCanSign: letters.whoCanSign,
      version: letters.version,
      campaignSlug: campaigns.slug,
    })
    .from(letters)
    .innerJoin(campaigns, eq(campaigns.id, letters.campaignId))
    .where(eq(letters.id, letterId));
  const [row] = lock ? await query.for("update", { of: letters }) : await query;
  return row ?? null;
}

export type SignedKeys = {
  /** Normalised e-mails of live signatures. */
  emails: string[];
  organisationIds: string[];
  /** Lower-cased names of organisations with a live signature. */
  organisationNames: string[];
  /** personKey() of every live individual signature. */
  people: string[];
  /** Live signatures in all, for the audit log's "before". */
  liveCount: number;
};

/** What a letter's live (pending or confirmed) signatures already cover. */
export async function loadSignedKeys(db: Executor, { letterId }: { letterId: string }): Promise<SignedKeys> {
  const rows = await db
    .select({
      email: signatures.emailNormalised,
      kind: signatures.kind,
      displayName: signatures.displayName,
      titleAffiliation: signatures.titleAffiliation,
      organisationId: signatures.organisationId,
      organisationName: organisations.name,
    })
    .from(signatures)
    .leftJoin(organisations, eq(organisations.id, signatures.organisationId))
    .where(and(eq(signatures.letterId, letterId), inArray(signatures.status, LIVE)));
  const keys: SignedKeys = {
    emails: [],
    organisationIds: [],
    organisationNames: [],
    people: [],
    liveCount: rows.length,
  };
  for (const row of rows) {
    if (row.kind === "individual") keys.people.push(personKey(row.displayName, row.titleAffiliation));
    if (row.email) keys.emails.push(row.email);
    if (row.organisationId) keys.organisationIds.push(row.organisationId);
    if (row.organisationName) keys.organisationNames.push(row.organisationName.toLowerCase());
  }
  return keys;
}

export type OrganisationRef = { id: string; slug: string; name: string };

/**
 * Organisations whose name matches one of `names` exactly, ignoring case, keyed by the
 * lower-cased name. Where two registered organisations share a name, the older one wins.
 */
export async function findOrganisationsByName(
  db: Executor,
  { names }: { names: readonly string[] },
): Promise<Map<string, OrganisationRef>> {
  const wanted = [...new Set(names.map((n) => n.toLowerCase()))];
  const found = new Map<string, OrganisationRef>();
  for (let i = 0; i < wanted.length; i += IMPORT_CHUNK_SIZE) {
    const rows = await db
      .select({ id: organisations.id, slug: organisations.slug, name: organisations.name })
      .from(organisations)
      .where(inArray(sql`lower(${organisations.name})`, wanted.slice(i, i + IMPORT_CHUNK_SIZE)))
      .orderBy(asc(organisations.createdAt), asc(organisations.id));
    for (const row of rows) {
      const key = row.name.toLowerCase();
      if (!found.has(key)) found.set(key, row);
    }
  }
  return found;
}

/**
 * Registers organisations an import names but the site does not know yet, as sample data
 * when the import is. A slug another organisation holds gets "-2", "-3"… instead.
 */
export async function createImportedOrganisations(
  db: Executor,
  {
    organisations: wanted,
    isSample,
  }: { organisations: ReadonlyArray<{ name: string; country: string | null }>; isSample: boolean },
): Promise<OrganisationRef[]> {
  const created: OrganisationRef[] = [];
  let pending = wanted.map((o) => ({ ...o, base: slugify(o.name) || "organisation", attempt: 1 }));
  while (pending.length > 0) {
    // Two names in one file can make the same slug ("A & B", "A B"): number them apart first.
    const inBatch = new Set<string>();
    const batch = pending.map((o) => {
      let attempt = o.attempt;
      let slug = attempt === 1 ? o.base : `${o.base}-${attempt}`;
      while (inBatch.has(slug)) {
        attempt++;
        slug = `${o.base}-${attempt}`;
      }
      inBatch.add(slug);
      return { ...o, attempt, slug };
    });
    const inserted = new Set<string>();
    for (let i = 0; i < batch.length; i += IMPORT_CHUNK_SIZE) {
      const chunk = JSON.stringify(
        batch
          .slice(i, i + IMPORT_CHUNK_SIZE)
          .map((o) => ({ slug: o.slug, name: o.name, country: o.country })),
      );
      // One JSON parameter per chunk, as for signatures below: far faster on PGlite.
      const result = await db.execute<OrganisationRef>(
        sql`insert into ${organisations} ("slug", "name", "country", "kind", "is_sample")
          select r.slug, r.name, r.country, 'ngo', ${isSample}
          from jsonb_to_recordset(${chunk}::jsonb) as r(slug text, name text, country text)
          on conflict ("slug") do nothing
          returning "id", "slug", "name"`,
      );
      for (const row of result.rows) {
        inserted.add(row.slug);
        created.push({ id: row.id, slug: row.slug, name: row.name });
      }
    }
    // The slugs someone else holds: try the next number.
    pending = batch.filter((o) => !inserted.has(o.slug)).map((o) => ({ ...o, attempt: o.attempt + 1 }));
  }
  return created;
}

/** An imported signature: the columns an import sets; the database fills in the rest. */
export type ImportedSignature = Required<
  SignatoryValues &
    Pick<
      NewSignature,
      "letterId" | "kind" | "organisationId" | "status" | "source" | "letterVersion" | "isSample"
    >
> & { confirmedAt: Date };

/** The columns written, with the SQL type each has in the JSON record set. */
const IMPORTED_COLUMNS: ReadonlyArray<[keyof ImportedSignature, { name: string }, string]> = [
  ["letterId", signatures.letterId, "uuid"],
  ["kind", signatures.kind, "signature_kind"],
  ["organisationId", signatures.organisationId, "uuid"],
  ["displayName", signatures.displayName, "text"],
  ["titleAffiliation", signatures.titleAffiliation, "text"],
  ["country", signatures.country, "text"],
  ["email", signatures.email, "text"],
  ["emailNormalised", signatures.emailNormalised, "text"],
  ["visibility", signatures.visibility, "signature_visibility"],
  ["status", signatures.status, "signature_status"],
  ["source", signatures.source, "signature_source"],
  ["letterVersion", signatures.letterVersion, "integer"],
  ["isSample", signatures.isSample, "boolean"],
  ["confirmedAt", signatures.confirmedAt, "timestamptz"],
];

const insertColumns = sql.raw(IMPORTED_COLUMNS.map(([, column]) => `"${column.name}"`).join(", "));
const recordColumns = sql.raw(IMPORTED_COLUMNS.map(([key]) => `"${key}"`).join(", "));
const recordTypes = sql.raw(IMPORTED_COLUMNS.map(([key, , type]) => `"${key}" ${type}`).join(", "));

/**
 * Inserts signatures IMPORT_CHUNK_SIZE rows at a time; call inside the import's one
 * transaction. Each chunk travels as one JSON parameter unpacked by jsonb_to_recordset:
 * on PGlite that is several times faster than binding 14 parameters per row.
 */
export async function insertSignaturesInChunks(
  tx: Executor,
  { rows }: { rows: readonly ImportedSignature[] },
): Promise<number> {
  for (let i = 0; i < rows.length; i += IMPORT_CHUNK_SIZE) {
    const chunk = JSON.stringify(rows.slice(i, i + IMPORT_CHUNK_SIZE));
    await tx.execute(
      sql`insert into ${signatures} (${insertColumns})
        select ${recordColumns} from jsonb_to_recordset(${chunk}::jsonb) as r(${recordTypes})`,
    );
  }
  return rows.length;
}

// ── Export ───────────────────────────────────────────────────────────────────

export type ExportLetter = { id: string; slug: string; title: string; campaignSlug: string };

/** Every field of every signature, for staff: the only export with e-mail addresses. */
export type StaffExportRow = {
  id: string;
  kind: SignatureKind;
  status: SignatureStatus;
  displayName: string;
  organisationName: string | null;
  organisationSlug: string | null;
  titleAffiliation: string | null;
  country: string | null;
  email: string | null;
  emailNormalised: string | null;
  visibility: SignatureVisibility;
  source: SignatureSource;
  letterVersion: number;
  /** The language of the text signed; null when not signed on this site. */
  textLocale: string | null;
  flags: string[];
  rejectionReason: string | null;
  isSample: boolean;
  signedByEmail: string | null;
  createdAt: Date;
  confirmedAt: Date | null;
  withdrawnAt: Date | null;
  rejectedAt: Date | null;
  updatedAt: Date;
};

/** What a public signatory list shows: never an e-mail, and only names their signatories let be shown. */
export type PublicExportRow = {
  displayName: string;
  titleAffiliation: string | null;
  country: string | null;
  kind: SignatureKind;
};

/** The letter with this id that `visible` admits; null when there is none. */
async function getExportLetter(db: Executor, letterId: string, visible?: SQL): Promise<ExportLetter | null> {
  if (!isUuid(letterId)) return null;
  const [row] = await db
    .select({ id: letters.id, slug: letters.slug, title: letters.title, campaignSlug: campaigns.slug })
    .from(letters)
    .innerJoin(campaigns, eq(campaigns.id, letters.campaignId))
    .where(and(eq(letters.id, letterId), visible));
  return row ?? null;
}

/** Any letter, for the staff export; null when there is none with this id. */
export function getStaffExportLetter(db: Executor, { letterId }: { letterId: string }) {
  return getExportLetter(db, letterId);
}

/** A letter the public may see; null for drafts, private or draft campaigns, and unknown ids. */
export function getPublicExportLetter(db: Executor, { letterId }: { letterId: string }) {
  return getExportLetter(db, letterId, publicLetter);
}

const signer = alias(users, "signer");

/** What a StaffExportRow is read from: signatures left-joined to organisations and signer. */
const staffExportColumns = {
  id: signatures.id,
  kind: signatures.kind,
  status: signatures.status,
  displayName: signatures.displayName,
  organisationName: organisations.name,
  organisationSlug: organisations.slug,
  titleAffiliation: signatures.titleAffiliation,
  country: signatures.country,
  email: signatures.email,
  emailNormalised: signatures.emailNormalised,
  visibility: signatures.visibility,
  source: signatures.source,
  letterVersion: signatures.letterVersion,
  textLocale: signatures.textLocale,
  flags: signatures.flags,
  rejectionReason: signatures.rejectionReason,
  isSample: signatures.isSample,
  signedByEmail: signer.email,
  createdAt: signatures.createdAt,
  confirmedAt: signatures.confirmedAt,
  withdrawnAt: signatures.withdrawnAt,
  rejectedAt: signatures.rejectedAt,
  updatedAt: signatures.updatedAt,
};

/** Both exports' order: organisations first, then by name. */
const kindThenName = [asc(signatures.kind), asc(signatures.displayName)];

/** Every signature on a letter with every field, organisations first, then by name. */
export async function listStaffExportRows(
  db: Executor,
  { letterId }: { letterId: string },
): Promise<StaffExportRow[]> {
  if (!isUuid(letterId)) return [];
  return db
    .select(staffExportColumns)
    .from(signatures)
    .leftJoin(organisations, eq(organisations.id, signatures.organisationId))
    .leftJoin(signer, eq(signer.id, signatures.signedByUserId))
    .where(eq(signatures.letterId, letterId))
    .orderBy(...kindThenName, asc(signatures.createdAt), asc(signatures.id));
}

/**
 * The public signatory list of a letter the public may see: confirmed signatures whose
 * signatories chose to be listed, organisations first, then by name. Empty for any other letter.
 */
export async function listPublicExportRows(
  db: Executor,
  { letterId }: { letterId: string },
): Promise<PublicExportRow[]> {
  if (!isUuid(letterId)) return [];
  return fromSignaturesWithLetters(
    db.select({
      displayName: signatures.displayName,
      titleAffiliation: signatures.titleAffiliation,
      country: signatures.country,
      kind: signatures.kind,
    }),
  )
    .where(
      and(
        eq(signatures.letterId, letterId),
        eq(signatures.status, "confirmed"),
        eq(signatures.visibility, "public"),
        publicLetter,
      ),
    )
    .orderBy(...kindThenName, asc(signatures.id));
}
