import "server-only";
import { and, eq, gt, inArray, isNull, sql } from "drizzle-orm";
import type { Tx } from "@/db";
import { rateLimitCounts, windowStart } from "@/db/queries/rate-limits";
import {
  campaigns,
  emailOutbox,
  emailTokens,
  letters,
  letterTexts,
  type NewSignature,
  organisations,
  rateLimits,
  signatures,
  users,
} from "@/db/schema";
import type { LetterStatus } from "@/lib/domain/letter-lifecycle";
import type { Locale } from "@/lib/domain/locales";
import type { LetterSigners, SignatureVisibility } from "@/lib/domain/signatures";
import {
  needsApproval,
  refuseUnlessOpen,
  type SignerKind,
  SigningRefused,
  signatoriesFrozen,
  signedText,
} from "@/lib/domain/signing-rules";
import { hashToken } from "@/lib/domain/tokens";
import { publicCampaign } from "./public-visibility";
import { qualified } from "./qualified";
import { type LetterRef, liveSignature } from "./signing";

/*
 * Signing's writes. Every one takes the transaction of the action that calls it (PGlite
 * has one connection: never the plain client inside). "One live signature per
 * organisation / per person per letter" is decided by the partial unique indexes, with
 * INSERT … ON CONFLICT DO NOTHING rather than a prior SELECT (which races) or a caught
 * 23505 (which, in PostgreSQL, aborts the whole transaction unless wrapped in a savepoint).
 * A refusal is thrown as SigningRefused (lib/domain/signing-rules), so whatever was
 * written before it rolls back; the rate limits, tokens and e-mails around individual
 * signing are lib/actions/signing/service.ts's.
 */

// The predicates of signatures_live_email_key and signatures_live_org_key, so that
// ON CONFLICT infers those indexes.
const LIVE_EMAIL_INDEX = sql.raw(`status in ('pending', 'confirmed') and email_normalised is not null`);
const LIVE_ORG_INDEX = sql.raw(`status in ('pending', 'confirmed') and organisation_id is not null`);

/** A letter as the signing code needs it, locked against being sent meanwhile. */
export type LetterForSigning = {
  id: string;
  slug: string;
  title: string;
  campaignSlug: string;
  status: LetterStatus;
  whoCanSign: LetterSigners;
  requiresApproval: boolean;
  signingOpensAt: Date | null;
  signingClosesAt: Date | null;
  version: number;
  /** The language of its original, and those of the translations of its current version. */
  originalLocale: string;
  translationLocales: string[];
  /** Its own retention period in months; null: the site's. Signers are told it. */
  retentionMonths: number | null;
};

const letterForSigningColumns = {
  id: letters.id,
  slug: letters.slug,
  title: letters.title,
  campaignSlug: campaigns.slug,
  status: letters.status,
  whoCanSign: letters.whoCanSign,
  requiresApproval: letters.requiresApproval,
  signingOpensAt: letters.signingOpensAt,
  signingClosesAt: letters.signingClosesAt,
  version: letters.version,
  originalLocale: letters.originalLocale,
  translationLocales: sql<string[]>`coalesce((select array_agg(${letterTexts.locale}) from ${letterTexts}
    where ${letterTexts.letterId} = ${qualified(letters.id)}
    and ${letterTexts.letterVersion} = ${qualified(letters.version)}), '{}')`,
  retentionMonths: letters.retentionMonths,
};

/**
 * Reads the letter and takes a share lock on it until the transaction ends: sending the
 * letter (an UPDATE) waits for signings in flight, and a signing that starts after it
 * sees "sent". With `publicOnly`, letters in draft or private campaigns are not found.
 */
async function lockLetter(
  tx: Tx,
  { letterId, publicOnly }: { letterId: string; publicOnly: boolean },
): Promise<LetterForSigning | null> {
  const conditions = [eq(letters.id, letterId)];
  if (publicOnly) conditions.push(publicCampaign);
  const [row] = await tx
    .select(letterForSigningColumns)
    .from(letters)
    .innerJoin(campaigns, eq(campaigns.id, letters.campaignId))
    .where(and(...conditions))
    .for("share", { of: letters });
  return row ?? null;
}

async function letterOpenTo(tx: Tx, letterId: string, kind: SignerKind, now: Date) {
  return refuseUnlessOpen(await lockLetter(tx, { letterId, publicOnly: true }), kind, now);
}

/** The letter a signature is on, locked; refused once its signatories are frozen (sent). */
async function unfrozenLetter(tx: Tx, letterId: string): Promise<LetterForSigning> {
  const letter = await lockLetter(tx, { letterId, publicOnly: false });
  if (!letter || signatoriesFrozen(letter.status)) throw new SigningRefused("errors.signing.letterFrozen");
  return letter;
}

const refOf = (letter: LetterForSigning): LetterRef => ({
  letterId: letter.id,
  campaignSlug: letter.campaignSlug,
  letterSlug: letter.slug,
  title: letter.title,
});

// ── Organisations ────────────────────────────────────────────────────────────

export type OrganisationSignResult = {
  signatureId: string;
  /** "pending" when the letter needs staff approval. */
  status: "pending" | "confirmed";
  letter: LetterRef;
  organisation: { id: string; slug: string; name: string };
};

/**
 * Signs a letter on an organisation's behalf. The caller has checked that `userId` may
 * sign for it. A second live signature is refused with who signed first, and when.
 */
export async function signForOrganisation(
  tx: Tx,
  {
    letterId,
    organisationId,
    visibility,
    userId,
    textLocale,
    letterVersion,
    now = new Date(),
  }: {
    letterId: string;
    organisationId: string;
    visibility: SignatureVisibility;
    userId: string;
    /** The text the sign page showed (lib/domain/signing-rules signedText). */
    textLocale?: string;
    letterVersion?: number;
    now?: Date;
  },
): Promise<OrganisationSignResult> {
  const letter = await letterOpenTo(tx, letterId, "organisation", now);
  const text = signedText(letter, { textLocale, letterVersion });
  const [organisation] = await tx
    .select({
      id: organisations.id,
      slug: organisations.slug,
      name: organisations.name,
      country: organisations.country,
    })
    .from(organisations)
    .where(eq(organisations.id, organisationId));
  if (!organisation) throw new SigningRefused("errors.signing.organisationRequired", "organisationId");

  const status = letter.requiresApproval ? "pending" : "confirmed";
  const [inserted] = await tx
    .insert(signatures)
    .values({
      letterId,
      kind: "organisation",
      organisationId,
      signedByUserId: userId,
      displayName: organisation.name,
      country: organisation.country,
      visibility,
      status,
      source: "web",
      ...text,
      confirmedAt: now,
      createdAt: now,
      updatedAt: now,
    })
    .onConflictDoNothing({ target: [signatures.letterId, signatures.organisationId], where: LIVE_ORG_INDEX })
    .returning({ id: signatures.id });

  if (!inserted) {
    const [existing] = await tx
      .select({ at: signatures.createdAt, name: users.name, email: users.email })
      .from(signatures)
      .leftJoin(users, eq(users.id, signatures.signedByUserId))
      .where(
        and(eq(signatures.letterId, letterId), eq(signatures.organisationId, organisationId), liveSignature),
      );
    // Only someone who may sign for the organisation gets here: a colleague's name is theirs to see.
    const by = existing?.name ?? existing?.email;
    const at = existing?.at ?? now;
    throw by
      ? new SigningRefused("errors.signing.organisationAlreadySigned", "organisationId", {
          organisation: organisation.name,
          by,
          at,
        })
      : new SigningRefused("errors.signing.organisationAlreadyListed", "organisationId", {
          organisation: organisation.name,
          at,
        });
  }

  return {
    signatureId: inserted.id,
    status,
    letter: refOf(letter),
    organisation: { id: organisation.id, slug: organisation.slug, name: organisation.name },
  };
}

export type WithdrawResult = {
  signatureId: string;
  /** Whether it was on the public list (confirmed) before. */
  wasConfirmed: boolean;
  letter: LetterRef;
  organisation: { id: string; slug: string };
};

/** Withdraws an organisation's live signature, while the letter has not been sent. */
export async function withdrawOrganisationSignature(
  tx: Tx,
  {
    signatureId,
    organisationId,
    now = new Date(),
  }: { signatureId: string; organisationId: string; now?: Date },
): Promise<WithdrawResult> {
  const [signature] = await tx
    .select({ letterId: signatures.letterId, organisationSlug: organisations.slug })
    .from(signatures)
    .innerJoin(organisations, eq(organisations.id, signatures.organisationId))
    .where(and(eq(signatures.id, signatureId), eq(signatures.organisationId, organisationId)));
  if (!signature) throw new SigningRefused("errors.signing.signatureNotFound");
  const letter = await unfrozenLetter(tx, signature.letterId);

  const [before] = await tx
    .select({ status: signatures.status })
    .from(signatures)
    .where(eq(signatures.id, signatureId))
    .for("update");
  const [updated] = await tx
    .update(signatures)
    .set({ status: "withdrawn", withdrawnAt: now, updatedAt: now })
    .where(and(eq(signatures.id, signatureId), liveSignature))
    .returning({ id: signatures.id });
  if (!updated) throw new SigningRefused("errors.signing.alreadyWithdrawn");
  return {
    signatureId,
    wasConfirmed: before?.status === "confirmed",
    letter: refOf(letter),
    organisation: { id: organisationId, slug: signature.organisationSlug },
  };
}

// ── Individuals ──────────────────────────────────────────────────────────────
//
// Signing as an individual is the busy path of a rush, so concurrent signings share one
// transaction (lib/actions/signing/service.ts gathers them): two statements for all of
// them, whatever their number, instead of two each.

/** A rate-limit counter: its key and the length of its window. */
type HitKey = { key: string; windowSeconds: number };

/**
 * The letters, locked as lockLetter does (public letters only), and the current count
 * of each rate-limit counter, locked until the transaction ends, in one statement. A
 * counter with no row in its window yet gets one at 0, so it is locked too: until the
 * transaction ends, nobody else counts on it, and the counts hold whatever is decided
 * from them. Counters are taken in one order (by key), so two transactions never wait
 * on each other's counters in a cycle; no count changes here (insertIndividualSignatures
 * adds the hits that were let through).
 */
export async function lockLettersReadingCounts(
  tx: Tx,
  { letterIds, hits, now }: { letterIds: readonly string[]; hits: readonly HitKey[]; now: Date },
): Promise<{ letters: Map<string, LetterForSigning>; counts: Map<string, number> }> {
  const counted =
    hits.length > 0
      ? tx
          .$with("hits", { key: sql<string>`key`.as("key"), count: sql<number>`count`.as("count") })
          .as(rateLimitCounts(hits, now))
      : null;
  const rows = await (counted ? tx.with(counted) : tx)
    .select({
      ...letterForSigningColumns,
      hits: counted
        ? sql<Array<{
            key: string;
            count: number;
          }> | null>`(select json_agg(json_build_object('key', ${counted.key}, 'count', ${counted.count})) from ${counted})`
        : sql<null>`null`,
    })
    .from(letters)
    .innerJoin(campaigns, eq(campaigns.id, letters.campaignId))
    .where(and(inArray(letters.id, [...letterIds]), publicCampaign))
    .orderBy(letters.id)
    .for("share", { of: letters });
  const counts = new Map<string, number>();
  const found = new Map<string, LetterForSigning>();
  for (const { hits: rowHits, ...letter } of rows) {
    for (const hit of rowHits ?? []) counts.set(hit.key, Number(hit.count));
    found.set(letter.id, letter);
  }
  return { letters: found, counts };
}

/**
 * What an individual's signature row takes from the form (and the service); kind,
 * status, source and times are this module's to set. A new column the public form
 * fills is one more name here.
 */
type IndividualSignatureValues = SignatoryValues &
  Pick<NewSignature, "letterId" | "letterVersion" | "textLocale" | "flags"> & {
    id: string;
    /** The language the signer used: their e-mails' from now on. */
    locale: Locale;
  };

/** What a signatory says of themselves, by a form or a row of an imported list. */
export type SignatoryValues = Pick<
  NewSignature,
  "displayName" | "titleAffiliation" | "country" | "email" | "emailNormalised" | "visibility"
>;

/** A confirmation link's stored half: the hash of its token, and when it stops working. */
type ConfirmationTokenValues = { hash: string; expiresAt: Date };

/** A message for the outbox, as the confirmation statement writes it, with its id. */
type ConfirmationMailValues = { id: string; to: string; subject: string; text: string; html: string };

/** One new signature with its confirmation token and e-mail, ids chosen beforehand. */
export type NewIndividualSignature = {
  signature: IndividualSignatureValues;
  token: ConfirmationTokenValues;
  mail: ConfirmationMailValues;
};

/**
 * One statement for a batch of signings: each new signature (unless its address has a
 * live one on the letter, per signatures_live_email_key), with its confirmation token
 * and e-mail, and the hits counted on the rate limits. Returns the ids of the
 * signatures written; for the others (their address had signed already) nothing of
 * theirs was written, hits aside. The counters' rows exist and are locked
 * (lockLettersReadingCounts).
 */
export async function insertIndividualSignatures(
  tx: Tx,
  {
    rows,
    hits,
    now,
  }: {
    rows: readonly NewIndividualSignature[];
    /** How many hits to add to each counter locked, in its current window (0: none). */
    hits: ReadonlyArray<HitKey & { count: number }>;
    now: Date;
  },
): Promise<Set<string>> {
  // Rows travel as one JSON parameter each: a batch's statement is then as quick to
  // build and send whatever its size (json_to_recordset gives each field its type).
  const counters = (list: ReadonlyArray<HitKey & { count: number }>) =>
    JSON.stringify(
      list.map((hit) => ({
        key: hit.key,
        window_start: windowStart(hit.windowSeconds, now).toISOString(),
        n: hit.count,
      })),
    );
  const counted = hits.filter((hit) => hit.count > 0);
  // Counters made at 0 by the lock and given no hit (their signings were refused) go again.
  const unused = hits.filter((hit) => hit.count === 0);
  const counterWrites = [
    counted.length > 0
      ? sql`hit as (
      update ${rateLimits} set count = ${rateLimits.count} + v.n
      from json_to_recordset(${counters(counted)}::json) as v(key text, window_start timestamptz, n int)
      where ${rateLimits.key} = v.key and ${rateLimits.windowStart} = v.window_start
    )`
      : null,
    unused.length > 0
      ? sql`unused as (
      delete from ${rateLimits}
      using json_to_recordset(${counters(unused)}::json) as v(key text, window_start timestamptz, n int)
      where ${rateLimits.key} = v.key and ${rateLimits.windowStart} = v.window_start and ${rateLimits.count} = 0
    )`
      : null,
  ].filter((write) => write !== null);
  const addHits = sql.join(counterWrites, sql`, `);
  if (rows.length === 0) {
    if (counterWrites.length > 0) await tx.execute(sql`with ${addHits} select 1`);
    return new Set();
  }
  const batch = JSON.stringify(
    rows.map(({ signature, token, mail }) => ({
      id: signature.id,
      letter_id: signature.letterId,
      letter_version: signature.letterVersion,
      text_locale: signature.textLocale ?? null,
      display_name: signature.displayName,
      title_affiliation: signature.titleAffiliation ?? null,
      country: signature.country ?? null,
      email: signature.email,
      email_normalised: signature.emailNormalised,
      visibility: signature.visibility,
      flags: signature.flags ?? [],
      locale: signature.locale,
      token_hash: token.hash,
      expires_at: token.expiresAt.toISOString(),
      mail_id: mail.id,
      to_address: mail.to,
      subject: mail.subject,
      text_body: mail.text,
      html_body: mail.html,
    })),
  );
  const at = now.toISOString();
  // Raw SQL throughout: an INSERT … SELECT that drizzle builds must name every column of
  // the table, and a SELECT list cannot say DEFAULT. The tokens and e-mails are written
  // only for the signatures that were, so they select from its CTE.
  const result = await tx.execute<{ id: string }>(sql`
    with v as (
      select * from json_to_recordset(${batch}::json) as v(
        id uuid, letter_id uuid, letter_version int, text_locale text, display_name text, title_affiliation text,
        country text, email text, email_normalised text, visibility text, flags jsonb, locale text,
        token_hash text, expires_at timestamptz, mail_id uuid, to_address text, subject text,
        text_body text, html_body text)
    ), s as (
      insert into ${signatures} (id, letter_id, kind, status, source, letter_version, text_locale, display_name,
        title_affiliation, country, email, email_normalised, visibility, flags, locale, created_at, updated_at)
      select id, letter_id, 'individual', 'pending', 'web', letter_version, text_locale, display_name,
        title_affiliation, country, email, email_normalised, visibility::signature_visibility, flags, locale,
        ${at}::timestamptz, ${at}::timestamptz
      from v
      on conflict (letter_id, email_normalised) where ${LIVE_EMAIL_INDEX} do nothing
      returning id
    )${counterWrites.length > 0 ? sql`, ${addHits}` : sql``}, token as (
      insert into ${emailTokens} (token_hash, purpose, signature_id, expires_at)
      select token_hash, 'confirm_signature', id, expires_at from v where id in (select id from s)
    ), mail as (
      insert into ${emailOutbox} (id, to_address, subject, text_body, html_body, kind, signature_id)
      select mail_id, to_address, subject, text_body, html_body, 'signature_confirmation', id
      from v where id in (select id from s)
    )
    select id from s`);
  return new Set(result.rows.map((row) => row.id));
}

/** The live signature of an address (normalised) on a letter, if any: who signed first. */
export async function findLiveIndividualSignature(
  tx: Tx,
  { letterId, emailNormalised }: { letterId: string; emailNormalised: string },
) {
  const [existing] = await tx
    .select({
      id: signatures.id,
      status: signatures.status,
      confirmedAt: signatures.confirmedAt,
      email: signatures.email,
      displayName: signatures.displayName,
    })
    .from(signatures)
    .where(
      and(eq(signatures.letterId, letterId), eq(signatures.emailNormalised, emailNormalised), liveSignature),
    );
  return existing ?? null;
}

/**
 * A new signing with the address of a signature still waiting for its e-mail link: its
 * details (name, title, country, visibility) and the text it endorses become the new
 * ones, and the new signing's flags are added. Whoever typed the address last is who the owner is asked to confirm,
 * and the confirmation page lets the owner correct it. Nothing changes once confirmed.
 */
export async function replacePendingIndividualDetails(
  tx: Tx,
  {
    signatureId,
    details,
    text,
    flags,
    locale,
    now,
  }: {
    signatureId: string;
    details: PublishedDetails;
    /** The text the new signing was shown: the one the signature now endorses. */
    text?: { textLocale: string; letterVersion: number };
    flags: readonly string[];
    /** The language of the new signing: the signature's e-mails' from now on. */
    locale: Locale;
    now: Date;
  },
): Promise<boolean> {
  const replaced = await tx
    .update(signatures)
    .set({
      ...text,
      displayName: details.displayName,
      titleAffiliation: details.titleAffiliation ?? null,
      country: details.country ?? null,
      visibility: details.visibility,
      locale,
      flags: sql`(select coalesce(jsonb_agg(distinct f), '[]'::jsonb) from jsonb_array_elements_text(${signatures.flags} || ${JSON.stringify(flags)}::jsonb) as f)`,
      updatedAt: now,
    })
    .where(
      and(eq(signatures.id, signatureId), eq(signatures.status, "pending"), isNull(signatures.confirmedAt)),
    )
    .returning({ id: signatures.id });
  return replaced.length > 0;
}

/** Stores another confirmation link for a signature still waiting for one (a resend). */
export async function insertConfirmationToken(
  tx: Tx,
  { signatureId, token }: { signatureId: string; token: ConfirmationTokenValues },
): Promise<void> {
  await tx
    .insert(emailTokens)
    .values({ tokenHash: token.hash, purpose: "confirm_signature", signatureId, expiresAt: token.expiresAt });
}

export type ConfirmResult = {
  /** "awaiting_approval" when staff must approve it before it counts. */
  status: "confirmed" | "awaiting_approval";
  letter: LetterRef;
  /** What the signature shows, as confirmed: for the page to say how it appears. */
  signature: PublishedDetails;
};

/** What a signature shows publicly of its signatory (the e-mail address never). */
export type PublishedDetails = {
  displayName: string;
  titleAffiliation: string | null;
  country: string | null;
  visibility: SignatureVisibility;
};

const publishedColumns = {
  displayName: signatures.displayName,
  titleAffiliation: signatures.titleAffiliation,
  country: signatures.country,
  visibility: signatures.visibility,
};

/**
 * Confirms an individual's signature from the e-mail link's token: single use, within
 * its lifetime, while the letter has not been sent. It then counts, or waits for staff
 * approval when the letter requires it or bot signals were seen.
 */
export async function confirmIndividualSignature(
  tx: Tx,
  {
    token,
    details,
    notifyUpdates,
    now = new Date(),
  }: {
    token: string;
    /** The details as the address's owner corrected them before confirming; none: as signed. */
    details?: PublishedDetails;
    /** Whether the signer hears the letter's news; none: as it was (on). */
    notifyUpdates?: boolean;
    now?: Date;
  },
): Promise<ConfirmResult> {
  const tokenHash = hashToken(token);
  const [claimed] = await tx
    .update(emailTokens)
    .set({ usedAt: now })
    .where(
      and(
        eq(emailTokens.tokenHash, tokenHash),
        eq(emailTokens.purpose, "confirm_signature"),
        isNull(emailTokens.usedAt),
        gt(emailTokens.expiresAt, now),
      ),
    )
    .returning({ signatureId: emailTokens.signatureId });
  if (!claimed?.signatureId) {
    const [known] = await tx
      .select({ usedAt: emailTokens.usedAt })
      .from(emailTokens)
      .where(and(eq(emailTokens.tokenHash, tokenHash), eq(emailTokens.purpose, "confirm_signature")));
    if (!known) throw new SigningRefused("errors.signing.tokenInvalid");
    throw new SigningRefused(known.usedAt ? "errors.signing.tokenUsed" : "errors.signing.tokenExpired");
  }

  const [signature] = await tx
    .select({ letterId: signatures.letterId })
    .from(signatures)
    .where(eq(signatures.id, claimed.signatureId));
  if (!signature) throw new SigningRefused("errors.signing.tokenInvalid");
  // A refusal rolls back the token's use too; it stays as it was.
  const letter = await unfrozenLetter(tx, signature.letterId);

  const [current] = await tx
    .select({
      status: signatures.status,
      confirmedAt: signatures.confirmedAt,
      flags: signatures.flags,
      ...publishedColumns,
    })
    .from(signatures)
    .where(eq(signatures.id, claimed.signatureId))
    .for("update");
  if (!current || current.status === "rejected" || current.status === "withdrawn") {
    throw new SigningRefused("errors.signing.tokenInvalid");
  }
  const { status: _status, confirmedAt: _confirmedAt, flags: _flags, ...shown } = current;
  if (current.confirmedAt !== null) {
    // Confirmed already through another of its links: say where it stands, unchanged.
    return {
      status: current.status === "confirmed" ? "confirmed" : "awaiting_approval",
      letter: refOf(letter),
      signature: shown,
    };
  }

  const wait = needsApproval({ requiresApproval: letter.requiresApproval, flags: current.flags });
  // What the owner of the address saw and corrected on the confirmation page is what is published.
  const published: PublishedDetails = details
    ? {
        displayName: details.displayName,
        titleAffiliation: details.titleAffiliation ?? null,
        country: details.country ?? null,
        visibility: details.visibility,
      }
    : shown;
  await tx
    .update(signatures)
    .set({
      ...published,
      ...(notifyUpdates === undefined ? {} : { notifyUpdates }),
      status: wait ? "pending" : "confirmed",
      confirmedAt: now,
      updatedAt: now,
    })
    .where(eq(signatures.id, claimed.signatureId));
  // Its other links (resent ones) are spent too.
  await tx
    .update(emailTokens)
    .set({ usedAt: now })
    .where(and(eq(emailTokens.signatureId, claimed.signatureId), isNull(emailTokens.usedAt)));
  return { status: wait ? "awaiting_approval" : "confirmed", letter: refOf(letter), signature: published };
}
