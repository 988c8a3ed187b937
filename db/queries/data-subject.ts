import { and, asc, desc, eq, inArray, isNull, ne, or, type SQL, sql } from "drizzle-orm";
import type { Executor, Tx } from "@/db";
import {
  auditLog,
  campaigns,
  emailOutbox,
  emailTokens,
  erasureRequests,
  follows,
  letters,
  organisationMembers,
  organisations,
  signatures,
  users,
} from "@/db/schema";
import { normaliseEmail } from "@/lib/domain/email";
import type { FollowLevel } from "@/lib/domain/following";
import type { LetterStatus } from "@/lib/domain/letter-lifecycle";
import type { OrgRole, SiteRole } from "@/lib/domain/permissions";
import type { RetentionPlan } from "@/lib/domain/personal-data";
import { letterRetentionPlan } from "@/lib/domain/personal-data";
import type { SignatureKind, SignatureStatus, SignatureVisibility } from "@/lib/domain/signatures";
import { SigningRefused, signatoriesFrozen } from "@/lib/domain/signing-rules";
import { postgresRegexLiteral } from "@/lib/domain/text";
import { fromSignaturesWithLetters } from "./joins";
import {
  deleteMailToAddresses,
  eraseNotificationRows,
  forgetAuditAddresses,
  textList,
} from "./personal-data";
import { publicLetter } from "./public-visibility";
import { liveSignature } from "./signing";

/*
 * What the site holds about one e-mail address, for its owner (reached through the link
 * every e-mail carries, lib/server/data-link.ts), and what they may do with it: withdraw
 * a signature from a letter still collecting, and ask for everything to be erased, which
 * staff then do from a queue. Addresses arrive normalised (lib/domain/email.ts), as
 * signatures are matched.
 */

/** One signature tied to the address, as its owner sees it: everything it holds, and where it is. */
export type HeldSignature = {
  id: string;
  kind: SignatureKind;
  /** The name given (the owner's own data), and the organisation signed for. */
  displayName: string;
  organisationName: string | null;
  titleAffiliation: string | null;
  country: string | null;
  /** The address on the signature, as typed; null when it is tied by the account that signed. */
  email: string | null;
  visibility: SignatureVisibility;
  status: SignatureStatus;
  signedAt: Date;
  confirmedAt: Date | null;
  withdrawnAt: Date | null;
  letter: {
    title: string;
    campaignSlug: string;
    letterSlug: string;
    status: LetterStatus;
    /** Whether the public may see the letter (a link to it is offered then). */
    isPublic: boolean;
    retention: RetentionPlan;
  };
  /** An individual's signature, still counted or waiting, on a letter still collecting. */
  canWithdraw: boolean;
};

export type HeldAccount = {
  name: string | null;
  email: string;
  role: SiteRole;
  createdAt: Date;
  organisations: Array<{ name: string; role: OrgRole }>;
};

/** A campaign or letter the address follows (or was asked to confirm following). */
export type HeldFollow = {
  id: string;
  campaignTitle: string;
  campaignSlug: string;
  /** The letter followed; null when the whole campaign is. */
  letter: { title: string; slug: string } | null;
  level: FollowLevel;
  createdAt: Date;
  /** Null while the e-mail asking to confirm it has not been answered. */
  confirmedAt: Date | null;
  /** When the address stopped it: the row, and the address, stay until erased. */
  stoppedAt: Date | null;
};

export type HeldData = {
  signatures: HeldSignature[];
  account: HeldAccount | null;
  /** What the address follows by e-mail, or followed and stopped. */
  follows: HeldFollow[];
  /** The open erasure request for the address, if one is waiting for staff. */
  erasureRequestedAt: Date | null;
};

/** The account whose address this is (accounts keep theirs in lower case). */
async function findAccount(db: Executor, address: string) {
  const [account] = await db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      createdAt: users.createdAt,
    })
    .from(users)
    .where(eq(users.email, address));
  return account ?? null;
}

/** Signatures tied to the address: signed with it (or holding it as a contact), or signed by its account. */
function tiedTo(address: string, accountId: string | null): SQL {
  return or(
    eq(signatures.emailNormalised, address),
    sql`lower(${signatures.email}) = ${address}`,
    accountId ? eq(signatures.signedByUserId, accountId) : undefined,
  )!;
}

/** Everything the site holds about an address (normalised), newest signature first. */
export async function loadHeldData(
  db: Executor,
  { address, siteMonths }: { address: string; siteMonths: number },
): Promise<HeldData> {
  const account = await findAccount(db, address);
  const [rows, memberships, [request], followRows] = await Promise.all([
    fromSignaturesWithLetters(
      db.select({
        id: signatures.id,
        kind: signatures.kind,
        displayName: signatures.displayName,
        organisationName: organisations.name,
        titleAffiliation: signatures.titleAffiliation,
        country: signatures.country,
        email: signatures.email,
        visibility: signatures.visibility,
        status: signatures.status,
        signedAt: signatures.createdAt,
        confirmedAt: signatures.confirmedAt,
        withdrawnAt: signatures.withdrawnAt,
        title: letters.title,
        campaignSlug: campaigns.slug,
        letterSlug: letters.slug,
        letterStatus: letters.status,
        isPublic: sql<boolean>`${publicLetter}`,
        retentionMonths: letters.retentionMonths,
        closedAt: letters.closedAt,
        personalDataErasedAt: letters.personalDataErasedAt,
      }),
    )
      .leftJoin(organisations, eq(organisations.id, signatures.organisationId))
      .where(tiedTo(address, account?.id ?? null))
      .orderBy(desc(signatures.createdAt), asc(letters.title)),
    account
      ? db
          .select({ name: organisations.name, role: organisationMembers.role })
          .from(organisationMembers)
          .innerJoin(organisations, eq(organisations.id, organisationMembers.organisationId))
          .where(eq(organisationMembers.userId, account.id))
          .orderBy(asc(organisations.name))
      : Promise.resolve([]),
    db
      .select({ requestedAt: erasureRequests.requestedAt })
      .from(erasureRequests)
      .where(and(eq(erasureRequests.email, address), eq(erasureRequests.status, "open"))),
    db
      .select({
        id: follows.id,
        campaignTitle: campaigns.title,
        campaignSlug: campaigns.slug,
        letterTitle: letters.title,
        letterSlug: letters.slug,
        level: follows.level,
        createdAt: follows.createdAt,
        confirmedAt: follows.confirmedAt,
        stoppedAt: follows.stoppedAt,
      })
      .from(follows)
      .innerJoin(campaigns, eq(campaigns.id, follows.campaignId))
      .leftJoin(letters, eq(letters.id, follows.letterId))
      .where(eq(follows.emailNormalised, address))
      .orderBy(desc(follows.createdAt)),
  ]);
  return {
    signatures: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      displayName: r.displayName,
      organisationName: r.organisationName,
      titleAffiliation: r.titleAffiliation,
      country: r.country,
      email: r.email,
      visibility: r.visibility,
      status: r.status,
      signedAt: r.signedAt,
      confirmedAt: r.confirmedAt,
      withdrawnAt: r.withdrawnAt,
      letter: {
        title: r.title,
        campaignSlug: r.campaignSlug,
        letterSlug: r.letterSlug,
        status: r.letterStatus,
        isPublic: Boolean(r.isPublic),
        retention: letterRetentionPlan(r, siteMonths),
      },
      canWithdraw:
        r.kind === "individual" &&
        (r.status === "pending" || r.status === "confirmed") &&
        !signatoriesFrozen(r.letterStatus),
    })),
    account: account
      ? {
          name: account.name,
          email: account.email,
          role: account.role,
          createdAt: account.createdAt,
          organisations: memberships,
        }
      : null,
    follows: followRows.map((f) => ({
      id: f.id,
      campaignTitle: f.campaignTitle,
      campaignSlug: f.campaignSlug,
      letter: f.letterTitle && f.letterSlug ? { title: f.letterTitle, slug: f.letterSlug } : null,
      level: f.level,
      createdAt: f.createdAt,
      confirmedAt: f.confirmedAt,
      stoppedAt: f.stoppedAt,
    })),
    erasureRequestedAt: request?.requestedAt ?? null,
  };
}

/** Whether the site holds anything about an address: only then is a link to it e-mailed. */
export async function holdsAddress(db: Executor, { address }: { address: string }): Promise<boolean> {
  const result = await db.execute<{ held: boolean }>(sql`select (
    exists (select 1 from ${signatures} where ${signatures.emailNormalised} = ${address} or lower(${signatures.email}) = ${address})
    or exists (select 1 from ${users} where ${users.email} = ${address})
    or exists (select 1 from ${follows} where ${follows.emailNormalised} = ${address})) as held`);
  return Boolean(result.rows[0]?.held);
}

// ── Withdrawing ──────────────────────────────────────────────────────────────

export type OwnWithdrawal = {
  /** Whether it counted before: the letter's public pages change only then. */
  wasConfirmed: boolean;
  letter: { campaignSlug: string; letterSlug: string; title: string };
};

/**
 * Withdraws an individual's signature made with the address, while its letter still
 * collects. The letter is locked (shared) first, as signing does, so sending it waits.
 */
export async function withdrawOwnSignature(
  tx: Tx,
  { address, signatureId, now = new Date() }: { address: string; signatureId: string; now?: Date },
): Promise<OwnWithdrawal> {
  const [letter] = await tx
    .select({
      status: letters.status,
      campaignSlug: campaigns.slug,
      letterSlug: letters.slug,
      title: letters.title,
    })
    .from(signatures)
    .innerJoin(letters, eq(letters.id, signatures.letterId))
    .innerJoin(campaigns, eq(campaigns.id, letters.campaignId))
    .where(
      and(
        eq(signatures.id, signatureId),
        eq(signatures.kind, "individual"),
        eq(signatures.emailNormalised, address),
      ),
    )
    .for("share", { of: letters });
  if (!letter) throw new SigningRefused("errors.signing.signatureNotFound");
  if (signatoriesFrozen(letter.status)) throw new SigningRefused("errors.signing.letterFrozen");
  const [current] = await tx
    .select({ status: signatures.status })
    .from(signatures)
    .where(and(eq(signatures.id, signatureId), liveSignature))
    .for("update");
  if (!current) throw new SigningRefused("errors.signing.alreadyWithdrawn");
  await tx
    .update(signatures)
    .set({ status: "withdrawn", withdrawnAt: now, updatedAt: now })
    .where(eq(signatures.id, signatureId));
  return { wasConfirmed: current.status === "confirmed", letter };
}

// ── Erasure requests ─────────────────────────────────────────────────────────

/**
 * Records that the address asks for its data to be erased: one open request per address
 * (the database says so), so asking again changes nothing. Returns the request and
 * whether this call made it.
 */
export async function openErasureRequest(
  tx: Tx,
  { address, locale, now = new Date() }: { address: string; locale?: string; now?: Date },
): Promise<{ id: string; created: boolean }> {
  const [made] = await tx
    .insert(erasureRequests)
    .values({ email: address, requestedAt: now, locale })
    .onConflictDoNothing({ target: erasureRequests.email, where: sql.raw(`status = 'open'`) })
    .returning({ id: erasureRequests.id });
  if (made) return { id: made.id, created: true };
  const [open] = await tx
    .select({ id: erasureRequests.id })
    .from(erasureRequests)
    .where(and(eq(erasureRequests.email, address), eq(erasureRequests.status, "open")));
  return { id: open!.id, created: false };
}

/** An open request as staff see it: the address, and what erasing it will do. */
export type ErasureRequestEntry = {
  id: string;
  email: string;
  requestedAt: Date;
  /** Signatures that go. */
  signatures: number;
  /** Of those, counted ones on letters already sent: those letters' counts change, and say why. */
  onSentLetters: number;
  /** Organisation signatures that keep their place and lose the address or the signer. */
  organisationSignatures: number;
  hasAccount: boolean;
};

/** The open requests, oldest first: the queue staff work through. */
export async function listOpenErasureRequests(db: Executor): Promise<ErasureRequestEntry[]> {
  const requests = await db
    .select({
      id: erasureRequests.id,
      email: erasureRequests.email,
      requestedAt: erasureRequests.requestedAt,
    })
    .from(erasureRequests)
    .where(eq(erasureRequests.status, "open"))
    .orderBy(asc(erasureRequests.requestedAt));
  return Promise.all(
    requests.map(async (r) => {
      const plan = await planErasure(db, { address: r.email! });
      return {
        id: r.id,
        email: r.email!,
        requestedAt: r.requestedAt,
        signatures: plan.individual.length,
        onSentLetters: plan.individual.filter((s) => s.removedFromSentLetter).length,
        organisationSignatures: plan.organisation.length,
        hasAccount: plan.accountId !== null,
      };
    }),
  );
}

/** What erasing an address touches, read before anything changes. */
async function planErasure(db: Executor, { address }: { address: string }) {
  const account = await findAccount(db, address);
  const rows = await fromSignaturesWithLetters(
    db.select({
      id: signatures.id,
      kind: signatures.kind,
      status: signatures.status,
      email: signatures.email,
      letterId: letters.id,
      letterStatus: letters.status,
      campaignSlug: campaigns.slug,
      letterSlug: letters.slug,
    }),
  ).where(tiedTo(address, account?.id ?? null));
  const individual = rows
    .filter((r) => r.kind === "individual")
    .map((r) => ({
      ...r,
      // A counted signature on a letter sent already leaves a record that changed: the letter says so.
      removedFromSentLetter: r.status === "confirmed" && signatoriesFrozen(r.letterStatus),
    }));
  return {
    accountId: account?.id ?? null,
    individual,
    organisation: rows.filter((r) => r.kind === "organisation"),
  };
}

/** What erasing an address did, for the audit log and the staff: counts only, never whose. */
export type ErasureOutcome = {
  signaturesDeleted: number;
  /** Counted signatures taken off letters already sent: each such letter says so. */
  removedFromSentLetters: number;
  organisationSignatures: number;
  account: number;
  /** Audit entries about the signatures and the account whose IP address went. */
  auditEntries: number;
} & Record<string, number>;

/**
 * What else holds an address, erased by name once the signatures and the account are
 * done: each step gets every form of the address seen (as typed, normalised) and returns
 * how many rows it changed. New tables that keep addresses (followers, notifications)
 * add a step here.
 */
export type AddressErasureStep = {
  name: string;
  erase: (tx: Tx, scope: { addresses: readonly string[] }) => Promise<number>;
};

export const ADDRESS_ERASURE_STEPS: readonly AddressErasureStep[] = [
  {
    name: "emails",
    erase: (tx, { addresses }) => deleteMailToAddresses(tx, { addresses, unlessHeld: false }),
  },
  { name: "auditMentions", erase: (tx, { addresses }) => scrubAuditMentions(tx, addresses) },
  // Everything the address follows, and the news sent or due to it.
  { name: "following", erase: (tx, { addresses }) => eraseNotificationRows(tx, { emails: addresses }) },
];

export type ErasureResult =
  | {
      state: "done";
      outcome: ErasureOutcome;
      changedLetters: Array<{ campaignSlug: string; letterSlug: string }>;
    }
  | { state: "not_open" }
  | { state: "last_admin" };

/** The address a disabled, erased account gets: unique, and no one's. */
const erasedAccountEmail = (id: string) => `erased-${id}@erased.invalid`;

/**
 * The outbox's addresses that are this one once normalised (with a "+tag", dots in a
 * Gmail address, capitals), found by their domain: normalising is not SQL's to do.
 */
async function outboxVariants(tx: Tx, address: string): Promise<string[]> {
  const domain = address.slice(address.lastIndexOf("@") + 1);
  const domains = domain === "gmail.com" ? ["gmail.com", "googlemail.com"] : [domain];
  const rows = await tx.execute<{ to: string }>(sql`select distinct lower(${emailOutbox.toAddress}) as "to"
    from ${emailOutbox} where lower(split_part(${emailOutbox.toAddress}, '@', 2)) in ${textList(domains)}`);
  return rows.rows.map((r) => r.to).filter((to) => normaliseEmail(to) === address);
}

/**
 * Erases what the site holds about the address of an open request, in the caller's
 * transaction: the request is locked first, so two staff cannot both handle it. An
 * individual's signatures are deleted (a counted one on a letter already sent adds one
 * to that letter's "removed at the signer's request"); an organisation's signature
 * keeps its place and loses the address and the person who signed; an account keeps its
 * place in the audit log, disabled, with no name, address or password; then each
 * ADDRESS_ERASURE_STEPS step (e-mails to the address, the audit log's mentions of it).
 * The request then keeps only what was done.
 */
export async function eraseForRequest(
  tx: Tx,
  {
    requestId,
    handledBy,
    now = new Date(),
    steps = ADDRESS_ERASURE_STEPS,
  }: { requestId: string; handledBy: string | null; now?: Date; steps?: readonly AddressErasureStep[] },
): Promise<ErasureResult> {
  const [request] = await tx
    .select({ email: erasureRequests.email })
    .from(erasureRequests)
    .where(and(eq(erasureRequests.id, requestId), eq(erasureRequests.status, "open")))
    .for("update");
  if (!request?.email) return { state: "not_open" };
  const address = request.email;
  const plan = await planErasure(tx, { address });

  if (plan.accountId) {
    const [admins] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(users)
      .where(and(eq(users.role, "admin"), isNull(users.disabledAt), ne(users.id, plan.accountId)));
    const [own] = await tx.select({ role: users.role }).from(users).where(eq(users.id, plan.accountId));
    if (own?.role === "admin" && (admins?.n ?? 0) === 0) return { state: "last_admin" };
  }

  // Addresses to forget, as typed on signatures and in the outbox, before anything goes.
  const addresses = new Set([address, ...(await outboxVariants(tx, address))]);
  for (const row of [...plan.individual, ...plan.organisation]) {
    if (row.email) addresses.add(row.email.trim().toLowerCase());
  }

  const removed = new Map<string, number>();
  for (const row of plan.individual) {
    if (row.removedFromSentLetter) removed.set(row.letterId, (removed.get(row.letterId) ?? 0) + 1);
  }
  for (const [letterId, count] of removed) {
    await tx
      .update(letters)
      .set({ removedOnRequest: sql`${letters.removedOnRequest} + ${count}` })
      .where(eq(letters.id, letterId));
  }
  const individualIds = plan.individual.map((r) => r.id);
  if (individualIds.length > 0) await tx.delete(signatures).where(inArray(signatures.id, individualIds));
  const organisationIds = plan.organisation.map((r) => r.id);
  if (organisationIds.length > 0) {
    await tx
      .update(signatures)
      .set({
        email: sql`case when ${signatures.emailNormalised} = ${address} or lower(${signatures.email}) = ${address} then null else ${signatures.email} end`,
        emailNormalised: sql`case when ${signatures.emailNormalised} = ${address} or lower(${signatures.email}) = ${address} then null else ${signatures.emailNormalised} end`,
        signedByUserId: plan.accountId
          ? sql`case when ${signatures.signedByUserId} = ${plan.accountId} then null else ${signatures.signedByUserId} end`
          : signatures.signedByUserId,
        updatedAt: now,
      })
      .where(inArray(signatures.id, organisationIds));
  }

  let auditEntries = await forgetAuditAddresses(tx, { signatureIds: [...individualIds, ...organisationIds] });
  if (plan.accountId) {
    await tx.delete(organisationMembers).where(eq(organisationMembers.userId, plan.accountId));
    await tx.delete(emailTokens).where(eq(emailTokens.userId, plan.accountId));
    await tx
      .update(users)
      .set({
        email: erasedAccountEmail(plan.accountId),
        name: null,
        image: null,
        passwordHash: null,
        emailVerified: null,
        disabledAt: now,
        sessionVersion: sql`${users.sessionVersion} + 1`,
        updatedAt: now,
      })
      .where(eq(users.id, plan.accountId));
    const forgotten = await tx
      .update(auditLog)
      .set({ ip: null })
      .where(and(eq(auditLog.actorUserId, plan.accountId), sql`${auditLog.ip} is not null`))
      .returning({ id: auditLog.id });
    auditEntries += forgotten.length;
  }
  const outcome: ErasureOutcome = {
    signaturesDeleted: individualIds.length,
    removedFromSentLetters: [...removed.values()].reduce((a, b) => a + b, 0),
    organisationSignatures: organisationIds.length,
    account: plan.accountId ? 1 : 0,
    auditEntries,
  };
  for (const step of steps) outcome[step.name] = await step.erase(tx, { addresses: [...addresses] });
  await tx
    .update(erasureRequests)
    .set({ status: "done", email: null, handledAt: now, handledBy, outcome })
    .where(eq(erasureRequests.id, requestId));
  const changed = new Map<string, { campaignSlug: string; letterSlug: string }>();
  for (const row of plan.individual) {
    if (row.status === "confirmed")
      changed.set(row.letterId, { campaignSlug: row.campaignSlug, letterSlug: row.letterSlug });
  }
  return { state: "done", outcome, changedLetters: [...changed.values()] };
}

/**
 * Declines an open request, in the caller's transaction (the request locked first, as
 * when erasing): nothing is erased, the request keeps the reason, and drops the address
 * once the caller has the answer it must send. Returns the address and language to write
 * the answer to, or null when the request is not open.
 */
export async function declineErasureRequest(
  tx: Tx,
  {
    requestId,
    handledBy,
    reason,
    now = new Date(),
  }: { requestId: string; handledBy: string | null; reason: string; now?: Date },
): Promise<{ address: string; locale: string } | null> {
  const [request] = await tx
    .select({ email: erasureRequests.email, locale: erasureRequests.locale })
    .from(erasureRequests)
    .where(and(eq(erasureRequests.id, requestId), eq(erasureRequests.status, "open")))
    .for("update");
  if (!request?.email) return null;
  await tx
    .update(erasureRequests)
    .set({ status: "declined", email: null, handledAt: now, handledBy, declineReason: reason })
    .where(eq(erasureRequests.id, requestId));
  return { address: request.email, locale: request.locale };
}

/**
 * Replaces the addresses wherever an audit entry's recorded values mention them (an
 * account's sign-up, a change staff made): the entry stays, the address does not.
 */
async function scrubAuditMentions(tx: Tx, addresses: readonly string[]): Promise<number> {
  if (addresses.length === 0) return 0;
  const pattern = addresses.map(postgresRegexLiteral).join("|");
  const scrub = (column: typeof auditLog.before | typeof auditLog.after) =>
    sql`case when ${column}::text ~* ${pattern} then regexp_replace(${column}::text, ${pattern}, '[erased]', 'gi')::jsonb else ${column} end`;
  const rows = await tx
    .update(auditLog)
    .set({ before: scrub(auditLog.before), after: scrub(auditLog.after) })
    .where(or(sql`${auditLog.before}::text ~* ${pattern}`, sql`${auditLog.after}::text ~* ${pattern}`))
    .returning({ id: auditLog.id });
  return rows.length;
}
