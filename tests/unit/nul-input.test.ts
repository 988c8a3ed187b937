import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { auditFilterFrom, listAuditEntries } from "@/db/queries/audit-log";
import { loadCampaignPage } from "@/db/queries/public-campaigns";
import { listSignatories, loadLetterPage } from "@/db/queries/public-letters";
import { loadOrganisationPage } from "@/db/queries/public-organisations";
import { possibleSlugs, publicPageExists } from "@/db/queries/public-visibility";
import { listStaffOrganisations } from "@/db/queries/staff-organisations";
import type { ActorDto } from "@/db/queries/users";
import { campaigns, signatures } from "@/db/schema";
import { createCampaignDefinition } from "@/lib/actions/campaigns/definitions";
import { executeAction } from "@/lib/actions/safe-action";
import { respondToSignatureRequest } from "@/lib/actions/signing/route";
import { cleanSearchText, isPossibleSlug, stripNul } from "@/lib/domain/text";
import {
  createActor,
  createOrganisation,
  individualInput,
  setupOpenLetter,
} from "../helpers/signing-fixtures";

/*
 * U+0000 makes PostgreSQL refuse a statement ("invalid byte sequence for encoding UTF8:
 * 0x00"). Wherever text comes in (an action's input, a JSON body, a slug in the address,
 * a search in the query string) it must be a clear answer or a normal result, never a 500.
 */

vi.mock("next/cache", async (original) => (await import("../helpers/next-cache")).outsideActions(original));

const t = setupOpenLetter();
let staff: ActorDto;
let org: { id: string; slug: string; name: string };

beforeAll(async () => {
  staff = await createActor(t.db, { name: "Staff", role: "staff" });
  org = await createOrganisation(t.db, "Nul Watch");
});

describe("text helpers", () => {
  it("strips U+0000 from every string, however deep, and leaves everything else alone", () => {
    const date = new Date(0);
    const input = {
      title: "A\u0000B",
      list: ["x\u0000", 3, null, { deep: "\u0000y" }],
      when: date,
      flag: true,
      clean: "as is",
    };
    const out = stripNul(input);
    expect(out).toEqual({
      title: "AB",
      list: ["x", 3, null, { deep: "y" }],
      when: date,
      flag: true,
      clean: "as is",
    });
    expect(out.when).toBe(date);
    expect(input.title).toBe("A\u0000B"); // the caller's object is not changed
    const untouched = { a: "fine", b: ["ok"] };
    expect(stripNul(untouched)).toBe(untouched);
    expect(stripNul(42)).toBe(42);
    expect(stripNul(undefined)).toBeUndefined();
  });

  it("keeps a JSON '__proto__' key a plain key", () => {
    const parsed = JSON.parse('{"__proto__": {"role": "admin"}, "name": "a\\u0000"}');
    const out = stripNul(parsed) as Record<string, unknown>;
    expect(out.name).toBe("a");
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect((out as { role?: unknown }).role).toBeUndefined();
    expect(Object.hasOwn(out, "__proto__")).toBe(true);
  });

  it("cleans search text and tells slugs that cannot exist", () => {
    expect(cleanSearchText("a\u0000b\tc\nd\u007f")).toBe("ab c d");
    expect(isPossibleSlug("south-korea")).toBe(true);
    expect(isPossibleSlug("été")).toBe(true);
    expect(isPossibleSlug("")).toBe(false);
    expect(isPossibleSlug("\u0000")).toBe(false);
    expect(isPossibleSlug("a\nb")).toBe(false);
    expect(isPossibleSlug("a".repeat(201))).toBe(false);
    expect(possibleSlugs("a", "b")).toBe(true);
    expect(possibleSlugs("a", "b\u0000")).toBe(false);
  });
});

describe("U+0000 in an action's input", () => {
  it("saves a campaign whose title holds U+0000, without it", async () => {
    const [{ targetId }] = await t.db
      .select({ targetId: campaigns.targetId })
      .from(campaigns)
      .where(eq(campaigns.id, t.campaign.id));
    const result = await executeAction(
      createCampaignDefinition,
      {
        title: "Nul\u0000 title",
        slug: "",
        summary: "Sum\u0000mary",
        status: "draft",
        visibility: "public",
        targetId,
        startedOn: "",
        leadIds: "",
      },
      { actor: staff, ip: "127.0.0.1", db: t.db },
    );
    expect(result.ok, JSON.stringify(result)).toBe(true);
    if (!result.ok) return;
    const [saved] = await t.db.select().from(campaigns).where(eq(campaigns.id, result.data.id));
    expect(saved.title).toBe("Nul title");
    expect(saved.summary).toBe("Summary");
    expect(saved.slug).toBe("nul-title");
  });

  it("signs through the JSON route with 202 when the name holds U+0000", async () => {
    vi.spyOn(console, "info").mockImplementation(() => {});
    const body = individualInput(t.letter.id, { name: "Nul\u0000name", email: "nul@example.org" });
    const request = new Request(`http://localhost/api/letters/${t.letter.id}/signatures`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": "203.0.113.40" },
      body: JSON.stringify(body),
    });
    expect(JSON.stringify(body)).toContain("\\u0000");
    const response = await respondToSignatureRequest(request, t.letter.id, { db: t.db });
    expect(response.status, await response.clone().text()).toBe(202);
    const [row] = await t.db
      .select({ displayName: signatures.displayName })
      .from(signatures)
      .where(eq(signatures.letterId, t.letter.id));
    expect(row.displayName).toBe("Nulname");
  });
});

describe("U+0000 and other impossible slugs in an address", () => {
  const now = new Date();

  it("is simply not found by the public pages' loaders", async () => {
    for (const slug of ["\u0000", `${t.campaign.slug}\u0000`, "x".repeat(201), "a\u0001b"]) {
      expect(await loadCampaignPage(t.db, { slug, now })).toBeNull();
      expect(await loadOrganisationPage(t.db, { slug, now })).toBeNull();
      expect(await loadLetterPage(t.db, { campaignSlug: t.campaign.slug, letterSlug: slug, now })).toBeNull();
      expect(await loadLetterPage(t.db, { campaignSlug: slug, letterSlug: t.letter.slug, now })).toBeNull();
    }
    // The real ones still are found.
    expect(await loadCampaignPage(t.db, { slug: t.campaign.slug, now })).not.toBeNull();
    expect(await loadOrganisationPage(t.db, { slug: org.slug, now })).not.toBeNull();
    expect(
      await loadLetterPage(t.db, { campaignSlug: t.campaign.slug, letterSlug: t.letter.slug, now }),
    ).not.toBeNull();
  });

  it("does not exist for the server's missing-page check, which asks no query for it", async () => {
    expect(await publicPageExists(t.db, { kind: "campaign", campaignSlug: "\u0000" })).toBe(false);
    expect(await publicPageExists(t.db, { kind: "organisation", organisationSlug: "a\u0000" })).toBe(false);
    expect(
      await publicPageExists(t.db, { kind: "letter", campaignSlug: t.campaign.slug, letterSlug: "\u0000" }),
    ).toBe(false);
    expect(await publicPageExists(t.db, { kind: "campaign", campaignSlug: t.campaign.slug })).toBe(true);
    const noQueries = new Proxy({} as typeof t.db, {
      get() {
        throw new Error("no query expected");
      },
    });
    expect(await publicPageExists(noQueries, { kind: "campaign", campaignSlug: "\u0000" })).toBe(false);
    expect(await publicPageExists(noQueries, { kind: "campaign", campaignSlug: "y".repeat(201) })).toBe(
      false,
    );
  });
});

describe("U+0000 in a search or filter", () => {
  it("searches a letter's signatories without it", async () => {
    const all = await listSignatories(t.db, { letterId: t.letter.id, kind: "individual" });
    const page = await listSignatories(t.db, { letterId: t.letter.id, kind: "individual", query: "\u0000" });
    expect(page.total).toBe(all.total);
    const named = await listSignatories(t.db, {
      letterId: t.letter.id,
      kind: "individual",
      query: "Nul\u0000",
    });
    expect(named.total).toBe(0); // the signature above is still pending confirmation
  });

  it("searches staff organisations without it", async () => {
    const found = await listStaffOrganisations(t.db, { search: "Nul\u0000 Watch" });
    expect(found.items.map((o) => o.id)).toEqual([org.id]);
    expect((await listStaffOrganisations(t.db, { search: "\u0000" })).total).toBeGreaterThan(0);
  });

  it("filters the audit log without it", async () => {
    const { filter } = auditFilterFrom({
      actor: "\u0000",
      action: "campaign\u0000.",
      entityType: "\u0000",
      entityId: "\u0000",
    });
    expect(filter).toEqual({
      actor: undefined,
      action: "campaign.",
      entityType: undefined,
      entityId: undefined,
      from: undefined,
      to: undefined,
    });
    const page = await listAuditEntries(t.db, { filter });
    expect(page.entries.some((e) => e.action === "campaign.create")).toBe(true);
    // A filter built in code is cleaned too.
    const direct = await listAuditEntries(t.db, {
      filter: { actor: "\u0000", action: "\u0000", entityType: "\u0000x", entityId: "\u0000" },
    });
    expect(direct.total).toBe(0);
  });
});
