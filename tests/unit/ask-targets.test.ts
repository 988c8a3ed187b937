import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { loadCampaignLinkedTextIds, loadCampaignPage } from "@/db/queries/public-campaigns";
import { createBody, createResolution, createResolutionText, createSession } from "@/db/queries/resolutions";
import { getStaffCampaign } from "@/db/queries/staff-campaigns";
import type { ActorDto } from "@/db/queries/users";
import { asks, askTargets, campaigns, campaignTargets, positions, targets } from "@/db/schema";
import {
  createAskDefinition,
  createCampaignDefinition,
  recordAskOutcomeDefinition,
  updateAskDefinition,
  updateCampaignDefinition,
} from "@/lib/actions/campaigns/definitions";
import { recordPositionsDefinition, retractPositionDefinition } from "@/lib/actions/resolutions/definitions";
import { cacheTags } from "@/lib/domain/cache-tags";
import { askOutcomeOfStates } from "@/lib/domain/un/ask-outcomes";
import { seedDemo } from "@/lib/jobs/seed-demo";
import { actionRunner, auditEntries, ok } from "../helpers/actions";
import { demoActor } from "../helpers/demo";
import { updatedTags } from "../helpers/next-cache";
import { setupTestDb } from "../helpers/test-db";

/*
 * A campaign pressing several targets, and an ask put to them, linked to a resolution
 * text and the position it wants: its outcome per state comes from the positions
 * recorded, before and after the decision point, and follows a retraction; nothing is
 * typed twice.
 */

vi.mock("next/cache", async (original) => (await import("../helpers/next-cache")).outsideActions(original));

const t = setupTestDb();
let staff: ActorDto;
/** Three governments, each linked to its state. */
let france: string;
let germany: string;
let brazil: string;
let textId: string;
let sessionId: string;
let campaignId: string;
let campaignSlug: string;

// The session: 24 February – 20 March 2020, like the Council's 43rd.
const BEFORE = new Date("2020-03-10T12:00:00Z");
const AFTER = new Date("2020-04-15T12:00:00Z");

const run = actionRunner(t, () => staff);

/** The form's fields for a campaign pressing `main` and the `others`, one checkbox each. */
function campaignForm(main: string, others: string[], extra: Record<string, string> = {}) {
  return {
    title: "Co-sponsor the resolution (three governments)",
    slug: "",
    summary: "A test campaign pressing three governments.",
    status: "active",
    visibility: "public",
    targetId: main,
    startedOn: "",
    ...Object.fromEntries(others.map((id) => [`target:${id}`, id])),
    ...extra,
  };
}

/** The ask form posted for the campaign: a title and a day-precision decision, and what the test adds. */
const createAsk = (fields: Record<string, string>) =>
  run(createAskDefinition, { campaignId, title: "An ask", decisionPrecision: "day", ...fields });

const pageAt = async (now: Date) => (await loadCampaignPage(t.db, { slug: campaignSlug, now }))!;
const statesBy = (outcome: string, states: ReadonlyArray<{ iso3: string; outcome: string }>) =>
  states.filter((s) => s.outcome === outcome).map((s) => s.iso3);

beforeAll(async () => {
  await seedDemo(t.db);
  staff = await demoActor(t.db, "staff@answerable.example");

  const government = (slug: string, name: string, stateIso3: string, timeZone: string) =>
    t.db
      .insert(targets)
      .values({ slug, name, stateIso3, timeZone })
      .returning({ id: targets.id })
      .then(([row]) => row.id);
  france = await government("government-of-france", "Government of France", "FRA", "Europe/Paris");
  germany = await government("government-of-germany", "Government of Germany", "DEU", "Europe/Berlin");
  brazil = await government("government-of-brazil", "Government of Brazil", "BRA", "America/Sao_Paulo");

  await t.db.transaction(async (tx) => {
    const body = await createBody(tx, {
      values: { slug: "test-council", name: "Test Council", shortName: "TC", kind: "ga_third_committee" },
    });
    const session = await createSession(tx, {
      values: {
        bodyId: body.id,
        number: 1,
        label: "TC1",
        startsOn: "2020-02-24",
        endsOn: "2020-03-20",
      },
    });
    sessionId = session.id;
    const line = await createResolution(tx, {
      values: { slug: "test-resolution", title: "A test resolution", bodyId: body.id },
    });
    const created = await createResolutionText(tx, {
      values: { resolutionId: line.id, sessionId, title: "A test resolution", draftSymbol: "TC/1/L.1" },
    });
    if (!created.ok) throw new Error("the text was refused");
    textId = created.data.text.id;
  });
});

describe("a campaign pressing three targets", () => {
  it("saves the main target and the others in campaign_targets, and reads them back", async () => {
    const created = await ok(run(createCampaignDefinition, campaignForm(france, [germany, brazil])));
    campaignId = created.id;
    const [row] = await t.db.select().from(campaigns).where(eq(campaigns.id, campaignId));
    campaignSlug = row.slug;
    expect(row.targetId).toBe(france);

    const pressed = await t.db
      .select({ id: campaignTargets.targetId })
      .from(campaignTargets)
      .where(eq(campaignTargets.campaignId, campaignId));
    expect(pressed.map((p) => p.id).sort()).toEqual([france, germany, brazil].sort());
    // A published campaign's state pages list the targets it presses.
    expect(updatedTags).toEqual(expect.arrayContaining(["state:FRA", "state:DEU", "state:BRA", "targets"]));

    const staffView = (await getStaffCampaign(t.db, { id: campaignId }))!;
    expect(staffView.targets.map((target) => [target.name, target.main])).toEqual([
      ["Government of France", true],
      ["Government of Brazil", false],
      ["Government of Germany", false],
    ]);
    const page = await pageAt(AFTER);
    expect(page.targets.map((target) => [target.name, target.stateIso3])).toEqual([
      ["Government of France", "FRA"],
      ["Government of Brazil", "BRA"],
      ["Government of Germany", "DEU"],
    ]);
  });

  it("drops a target unticked on edit, and audits the targets before and after", async () => {
    const [row] = await t.db.select().from(campaigns).where(eq(campaigns.id, campaignId));
    const edit = { id: campaignId, editedFrom: row.updatedAt.toISOString(), slug: "" };
    await ok(run(updateCampaignDefinition, campaignForm(france, [germany], edit)));
    expect((await getStaffCampaign(t.db, { id: campaignId }))!.targets.map((x) => x.id).sort()).toEqual(
      [france, germany].sort(),
    );
    expect(updatedTags).toContain("state:BRA");
    const [entry] = await auditEntries(t.db, "campaign.update", campaignId);
    expect((entry.before as { targetIds: string[] }).targetIds.sort()).toEqual(
      [france, germany, brazil].sort(),
    );
    expect((entry.after as { targetIds: string[] }).targetIds.sort()).toEqual([france, germany].sort());

    // And back to three, for what follows.
    const [again] = await t.db.select().from(campaigns).where(eq(campaigns.id, campaignId));
    await ok(
      run(
        updateCampaignDefinition,
        campaignForm(france, [germany, brazil], { ...edit, editedFrom: again.updatedAt.toISOString() }),
      ),
    );
  });
});

describe("an ask linked to a text, wanting co-sponsorship", () => {
  let askId: string;
  let germanyPositionId: string;

  it("is decided at the session: its decision date is the session's last day", async () => {
    const created = await ok(
      createAsk({
        title: "Co-sponsor the test resolution at TC1",
        description: "",
        venue: "",
        decisionOn: "",
        sessionId,
        resolutionTextId: textId,
        wantedPosition: "cosponsor",
      }),
    );
    askId = created.id;
    const [ask] = await t.db.select().from(asks).where(eq(asks.id, askId));
    expect(ask).toMatchObject({ decisionOn: "2020-03-20", decisionPrecision: "day", sessionId });
    // Naming no target, it is put to all the campaign's.
    expect(await t.db.select().from(askTargets).where(eq(askTargets.askId, askId))).toEqual([]);
    expect(await loadCampaignLinkedTextIds(t.db, { slug: campaignSlug })).toEqual([textId]);
  });

  it("is pending for every targeted state before any position is recorded", async () => {
    const ask = (await pageAt(BEFORE)).asks.find((a) => a.id === askId)!;
    expect(ask.session).toMatchObject({ label: "TC1", startsOn: "2020-02-24", endsOn: "2020-03-20" });
    expect(ask.derived).toMatchObject({ met: 0, notMet: 0, pending: 3, outcome: "pending" });
  });

  it("is met by the two states recorded as co-sponsors; the third is pending, then not met", async () => {
    const recorded = await ok(
      run(recordPositionsDefinition, {
        textId,
        listKind: "cosponsor_original",
        occurredOn: "2020-03-01",
        precision: "day",
        sourceUrl: "https://example.org/sponsors",
        sourceLabel: "",
        stateIso3s: ["FRA", "DEU"],
      }),
    );
    expect(recorded.count).toBe(2);
    // Position writes expire every page whose asks are linked to the text.
    expect(updatedTags).toEqual(
      expect.arrayContaining([cacheTags.resolutionText(textId), cacheTags.campaign(campaignSlug)]),
    );
    [{ id: germanyPositionId }] = await t.db
      .select({ id: positions.id })
      .from(positions)
      .where(and(eq(positions.textId, textId), eq(positions.stateIso3, "DEU")));

    const before = (await pageAt(BEFORE)).asks.find((a) => a.id === askId)!;
    expect(statesBy("met", before.derived!.states)).toEqual(["FRA", "DEU"]);
    expect(statesBy("pending", before.derived!.states)).toEqual(["BRA"]);
    expect(before.derived).toMatchObject({ met: 2, notMet: 0, pending: 1 });
    expect(before.outcome).toBe("pending");
    // Before the session's last day it is pending on the page too, not awaiting an outcome.
    expect(before.status).toBe("pending");

    const after = await pageAt(AFTER);
    const decided = after.asks.find((a) => a.id === askId)!;
    expect(statesBy("met", decided.derived!.states)).toEqual(["FRA", "DEU"]);
    expect(statesBy("not_met", decided.derived!.states)).toEqual(["BRA"]);
    expect(decided.outcome).toBe("partially_met");
    expect(decided.status).toBe("partially_met");
    // The timeline and the home card read the same derived outcome.
    expect(after.timeline.find((e) => e.askId === askId && e.kind === "ask_decision")?.outcome).toBe(
      "partially_met",
    );

    // The staff page shows the same.
    const staffAsk = (await getStaffCampaign(t.db, { id: campaignId, now: AFTER }))!.asks.find(
      (a) => a.id === askId,
    )!;
    expect(staffAsk.derived).toMatchObject({ met: 2, notMet: 1, pending: 0, outcome: "partially_met" });
  });

  it("follows a retraction: the state goes back to pending before the decision, not met after", async () => {
    await ok(run(retractPositionDefinition, { id: germanyPositionId, reason: "Wrong state on the list" }));
    expect(updatedTags).toContain(cacheTags.resolutionText(textId));
    const before = (await pageAt(BEFORE)).asks.find((a) => a.id === askId)!;
    expect(statesBy("pending", before.derived!.states)).toEqual(["BRA", "DEU"]);
    const after = (await pageAt(AFTER)).asks.find((a) => a.id === askId)!;
    expect(statesBy("met", after.derived!.states)).toEqual(["FRA"]);
    expect(statesBy("not_met", after.derived!.states)).toEqual(["BRA", "DEU"]);
  });

  it("counts only the targets it names when it names some", async () => {
    const [ask] = await t.db.select().from(asks).where(eq(asks.id, askId));
    await ok(
      run(updateAskDefinition, {
        id: askId,
        title: ask.title,
        decisionPrecision: "day",
        sessionId,
        resolutionTextId: textId,
        wantedPosition: "cosponsor",
        [`askTarget:${france}`]: france,
      }),
    );
    const page = await pageAt(AFTER);
    expect(page.asks.find((a) => a.id === askId)?.derived).toMatchObject({
      met: 1,
      notMet: 0,
      pending: 0,
      outcome: "met",
    });
    // The campaign may not drop a target one of its asks is put to.
    const [row] = await t.db.select().from(campaigns).where(eq(campaigns.id, campaignId));
    const dropped = await run(
      updateCampaignDefinition,
      campaignForm(germany, [brazil], { id: campaignId, editedFrom: row.updatedAt.toISOString(), slug: "" }),
    );
    expect(dropped).toMatchObject({
      ok: false,
      fieldErrors: { targetIds: ["errors.campaign.targetNamedByAsk"] },
    });
  });

  it("refuses a typed outcome: it is derived from the positions", async () => {
    const typed = await run(recordAskOutcomeDefinition, {
      id: askId,
      outcome: "met",
      outcomeOn: "2020-03-20",
      outcomeSourceUrl: "https://example.org/outcome",
    });
    expect(typed).toMatchObject({ ok: false, error: "errors.ask.outcomeDerived" });
  });
});

describe("refusals", () => {
  it("wants a position with a text, and a text with a position", async () => {
    expect(await createAsk({ wantedPosition: "cosponsor" })).toMatchObject({
      ok: false,
      fieldErrors: { resolutionTextId: ["errors.ask.textRequired"] },
    });
    expect(await createAsk({ resolutionTextId: textId })).toMatchObject({
      ok: false,
      fieldErrors: { wantedPosition: ["errors.ask.wantedRequired"] },
    });
    expect(await createAsk({ resolutionTextId: textId, wantedPosition: "abstain" })).toMatchObject({
      ok: false,
      fieldErrors: { wantedPosition: ["errors.choice.invalid"] },
    });
  });

  it("takes a session or a typed date, not both", async () => {
    expect(await createAsk({ sessionId, decisionOn: "2020-03-01" })).toMatchObject({
      ok: false,
      fieldErrors: { decisionOn: ["errors.ask.sessionOrDate"] },
    });
  });

  it("puts an ask only to the campaign's own targets", async () => {
    const [other] = await t.db
      .insert(targets)
      .values({ slug: "government-of-chile", name: "Government of Chile", stateIso3: "CHL" })
      .returning({ id: targets.id });
    expect(await createAsk({ [`askTarget:${other.id}`]: other.id })).toMatchObject({
      ok: false,
      fieldErrors: { targetIds: ["errors.ask.targetNotInCampaign"] },
    });
  });

  it("refuses a text or session that does not exist", async () => {
    const missing = "00000000-0000-4000-8000-000000000000";
    expect(await createAsk({ resolutionTextId: missing, wantedPosition: "vote_yes" })).toMatchObject({
      ok: false,
      fieldErrors: { resolutionTextId: ["errors.resolutionText.notFound"] },
    });
    expect(await createAsk({ sessionId: missing })).toMatchObject({
      ok: false,
      fieldErrors: { sessionId: ["errors.session.notFound"] },
    });
  });
});

describe("the demo story", () => {
  it("shows the Republic of Korea as not meeting the General Assembly ask, with no outcome typed", async () => {
    const page = (await loadCampaignPage(t.db, {
      slug: "south-korea-north-korea-human-rights",
      now: new Date(),
    }))!;
    const ask = page.asks.find((a) => a.title.startsWith("Re-join the sponsors"))!;
    expect(ask.derived?.states).toEqual([{ iso3: "KOR", name: "Republic of Korea", outcome: "not_met" }]);
    expect(ask.outcome).toBe("not_met");
    expect(ask.outcomeSourceUrl).toBeNull();
  });
});

describe("an ask's outcome from its states'", () => {
  it("is pending while any state is, or when no targeted target has a state", () => {
    expect(askOutcomeOfStates([])).toBe("pending");
    expect(askOutcomeOfStates(["met", "pending", "not_met"])).toBe("pending");
  });

  it("is met when every state met it, not met when none did, partially met otherwise", () => {
    expect(askOutcomeOfStates(["met", "met"])).toBe("met");
    expect(askOutcomeOfStates(["not_met", "not_met"])).toBe("not_met");
    expect(askOutcomeOfStates(["met", "not_met"])).toBe("partially_met");
  });
});
