import { count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { ActorDto } from "@/db/queries/users";
import { auditLog, bodyMemberships, positions } from "@/db/schema";
import {
  createBodyDefinition,
  createResolutionDefinition,
  createResolutionTextDefinition,
  createSessionDefinition,
  recordPositionsDefinition,
  retractPositionDefinition,
  updateResolutionTextDefinition,
  updateSessionDefinition,
} from "@/lib/actions/resolutions/definitions";
import {
  type PasteRow,
  type PasteState,
  pasteMembershipsStep,
  pastePositionsStep,
} from "@/lib/actions/resolutions/paste";
import { createTargetDefinition } from "@/lib/actions/targets/definitions";
import { UN_STATES } from "@/lib/domain/un/states";
import { actionRunner, callerOf, formData, ok } from "../helpers/actions";
import { updatedTags } from "../helpers/next-cache";
import { createActor } from "../helpers/signing-fixtures";
import { setupTestDb } from "../helpers/test-db";

vi.mock("next/cache", async (original) => (await import("../helpers/next-cache")).outsideActions(original));

const t = setupTestDb();
let staff: ActorDto;
let member: ActorDto;
let bodyId: string;
let sessionId: string;
let textId: string;
const RESOLUTION = "dprk-human-rights-test";

const run = actionRunner(t, () => staff);
const caller = (actor: ActorDto | null = staff) => callerOf(t, actor);

/** The preview posted back as the form does: each row's name, and what was chosen or typed for it. */
function rowFields(
  rows: PasteRow[],
  fix: (row: PasteRow, index: number) => { pick?: string; other?: string; drop?: boolean } = () => ({}),
): Record<string, string> {
  const fields: Record<string, string> = { rows: String(rows.length) };
  rows.forEach((row, i) => {
    const { pick = row.state?.iso3 ?? "", other = "", drop = false } = fix(row, i);
    fields[`row.${i}.name`] = row.name;
    fields[`row.${i}.pick`] = pick;
    fields[`row.${i}.other`] = other;
    if (drop) fields[`row.${i}.drop`] = "on";
  });
  return fields;
}

const positionsOnText = async () =>
  (await t.db.select({ n: count() }).from(positions).where(eq(positions.textId, textId)))[0].n;

/**
 * 57 UN names and 3 misspelt ones, as a UN document prints a sponsor list: commas, and
 * "and" before the last.
 */
const MISSPELT = { "Republic of Koria": "KOR", Autsria: "AUT", Phillipines: "PHL" } as const;
const CORRECT = UN_STATES.filter(
  (s) => s.status === "member" && !["KOR", "AUT", "PHL", "COG", "COD", "PRK"].includes(s.iso3),
)
  .slice(0, 57)
  .map((s) => s.name);
const NAMES = [...CORRECT.slice(0, 10), "Autsria", ...CORRECT.slice(10, 40), "Republic of Koria"].concat(
  CORRECT.slice(40),
  ["Phillipines"],
);
const SIXTY = `${NAMES.slice(0, -1).join(", ")} and ${NAMES.at(-1)}`;

const cosponsors = (list: string, extra: Record<string, string> = {}) =>
  formData({
    textId,
    listKind: "cosponsor_original",
    occurredOn: "2019-11-14",
    precision: "day",
    sourceUrl: "https://undocs.org/A/C.3/74/L.27",
    sourceLabel: "A/C.3/74/L.27",
    list,
    ...extra,
  });

beforeAll(async () => {
  staff = await createActor(t.db, { name: "Staff", role: "staff" });
  member = await createActor(t.db, { name: "Member" });

  bodyId = (
    await ok(run(createBodyDefinition, { name: "Human Rights Council", shortName: "HRC", kind: "hrc" }))
  ).id;
  const session = await ok(
    run(createSessionDefinition, {
      bodyId,
      kind: "regular",
      number: "43",
      label: "HRC43",
      startsOn: "2020-02-24",
      endsOn: "2020-03-20",
    }),
  );
  sessionId = session.id;
  const title = "Situation of human rights in the Democratic People's Republic of Korea";
  const line = await ok(run(createResolutionDefinition, { bodyId, title, slug: RESOLUTION }));
  const text = await ok(
    run(createResolutionTextDefinition, {
      resolutionId: line.id,
      sessionId,
      title,
      draftSymbol: "A/HRC/43/L.25",
      adoption: "pending",
    }),
  );
  textId = text.id;
});

describe("pasting a 60-name sponsor list", () => {
  let preview: PasteState;

  it("previews every name: 57 matched with their UN names, the 3 misspelt ones with suggestions", async () => {
    expect(NAMES).toHaveLength(60);
    preview = await pastePositionsStep(cosponsors(SIXTY), caller());
    expect(preview.error).toBeUndefined();
    expect(preview.phase).toBe("preview");
    expect(preview.rows).toHaveLength(60);
    const matched = preview.rows.filter((r) => r.status === "matched");
    expect(matched).toHaveLength(57);
    expect(matched.map((r) => r.state?.name)).toEqual(CORRECT);
    const open = preview.rows.filter((r) => r.status !== "matched");
    expect(open.map((r) => r.name).sort()).toEqual(Object.keys(MISSPELT).sort());
    for (const row of open) {
      expect(row.status).toBe("unmatched");
      expect(row.state).toBeNull();
      expect(row.choices.map((c) => c.iso3)).toContain(MISSPELT[row.name as keyof typeof MISSPELT]);
    }
    expect(await positionsOnText()).toBe(0);
  });

  it("refuses to save while names are left unfixed, beside each of them, and saves nothing", async () => {
    const state = await pastePositionsStep(
      cosponsors(SIXTY, { ...rowFields(preview.rows), intent: "save" }),
      caller(),
    );
    expect(state.phase).toBe("preview");
    expect(state.error).toBe("errors.paste.unresolved");
    expect(state.errorValues?.count).toBe(3);
    const flagged = Object.keys(state.fieldErrors ?? {});
    expect(flagged).toHaveLength(3);
    for (const field of flagged) expect(state.fieldErrors?.[field]).toEqual(["errors.paste.fixName"]);
    expect(await positionsOnText()).toBe(0);
  });

  it("a name typed in the preview is matched when checked again", async () => {
    const state = await pastePositionsStep(
      cosponsors(SIXTY, {
        ...rowFields(preview.rows, (row) =>
          row.name === "Autsria" ? { pick: "other", other: "Austria" } : {},
        ),
        intent: "preview",
      }),
      caller(),
    );
    const austria = state.rows.find((r) => r.name === "Autsria");
    expect(austria).toMatchObject({ state: { iso3: "AUT", name: "Austria" }, fixed: true });
    expect(state.fieldErrors).toBeUndefined();
    expect(await positionsOnText()).toBe(0);
  });

  it("once fixed in the preview, saves all 60 positions in one go", async () => {
    const state = await pastePositionsStep(
      cosponsors(SIXTY, {
        ...rowFields(preview.rows, (row) => {
          // One fixed by typing the name, two by picking a suggestion.
          if (row.name === "Autsria") return { pick: "other", other: "Austria" };
          const iso3 = MISSPELT[row.name as keyof typeof MISSPELT];
          return iso3 ? { pick: iso3 } : {};
        }),
        intent: "save",
      }),
      caller(),
    );
    expect(state.error).toBeUndefined();
    expect(state.saved).toBe(60);
    expect(state.phase).toBe("edit");
    expect(state.values.list).toBeUndefined(); // the next paste starts empty
    expect(await positionsOnText()).toBe(60);
    const rok = await t.db.select().from(positions).where(eq(positions.stateIso3, "KOR"));
    expect(rok).toMatchObject([
      { kind: "cosponsor", sponsorship: "original", occurredOn: "2019-11-14", sourceLabel: "A/C.3/74/L.27" },
    ]);
    expect(updatedTags).toEqual(
      expect.arrayContaining([`resolution:${RESOLUTION}`, "resolution-list", "state-list", "state:KOR"]),
    );
    const audit = await t.db.select().from(auditLog).where(eq(auditLog.action, "position.record"));
    expect(audit).toHaveLength(1);
  });
});

describe("bad input is refused beside its field, and nothing is saved", () => {
  it("an empty paste", async () => {
    const before = await positionsOnText();
    for (const list of ["", "  \n , ;  "]) {
      const state = await pastePositionsStep(cosponsors(list, { intent: "save" }), caller());
      expect(state.phase).toBe("edit");
      expect(state.error).toBe("errors.checkFields");
      expect(state.fieldErrors?.list).toEqual(["errors.paste.empty"]);
    }
    expect(await positionsOnText()).toBe(before);
  });

  it("every name left out", async () => {
    const preview = await pastePositionsStep(cosponsors("Japan, Brazil"), caller());
    const state = await pastePositionsStep(
      cosponsors("Japan, Brazil", { ...rowFields(preview.rows, () => ({ drop: true })), intent: "save" }),
      caller(),
    );
    expect(state.fieldErrors?.list).toEqual(["errors.paste.empty"]);
    expect(state.saved).toBeUndefined();
  });

  it("a name that matches two states, left unresolved", async () => {
    const before = await positionsOnText();
    const preview = await pastePositionsStep(cosponsors("Japan, Korea"), caller());
    const korea = preview.rows[1];
    expect(korea).toMatchObject({ name: "Korea", status: "ambiguous", state: null });
    expect(korea.choices.map((c) => c.iso3).sort()).toEqual(["KOR", "PRK"]);
    const state = await pastePositionsStep(
      cosponsors("Japan, Korea", { ...rowFields(preview.rows), intent: "save" }),
      caller(),
    );
    expect(state.error).toBe("errors.paste.unresolved");
    expect(state.fieldErrors).toEqual({ "row.1": ["errors.paste.chooseState"] });
    expect(await positionsOnText()).toBe(before);
  });

  it("a date in the future", async () => {
    const before = await positionsOnText();
    const nextYear = String(new Date().getUTCFullYear() + 1);
    const list = "Japan, Brazil";
    const preview = await pastePositionsStep(
      cosponsors(list, { occurredOn: `${nextYear}-01-01`, precision: "year" }),
      caller(),
    );
    expect(preview.fieldErrors?.occurredOn).toEqual(["errors.date.future"]);
    const state = await pastePositionsStep(
      cosponsors(list, {
        occurredOn: `${nextYear}-01-01`,
        precision: "year",
        ...rowFields(preview.rows),
        intent: "save",
      }),
      caller(),
    );
    expect(state.fieldErrors?.occurredOn).toEqual(["errors.date.future"]);
    expect(state.saved).toBeUndefined();
    // The save itself refuses it too, whatever the form said.
    const direct = await run(recordPositionsDefinition, {
      textId,
      listKind: "cosponsor_original",
      occurredOn: `${nextYear}-06-01`,
      precision: "day",
      stateIso3s: ["JPN"],
    });
    expect(direct).toMatchObject({ ok: false, fieldErrors: { occurredOn: ["errors.date.future"] } });
    expect(await positionsOnText()).toBe(before);
  });

  it("a vote before the body's membership at the session is on record", async () => {
    const state = await pastePositionsStep(
      cosponsors("Japan, Austria", { listKind: "vote_yes", intent: "preview" }),
      caller(),
    );
    expect(state.fieldErrors?.listKind).toEqual(["errors.paste.membershipUnknown"]);
    expect(state.errorValues).toMatchObject({ body: "Human Rights Council", session: "HRC43" });
  });

  it("a vote for a state that is not a member of the body at that session", async () => {
    const members = "Japan, Austria, Republic of Korea and Brazil";
    const pasted = await pasteMembershipsStep(
      formData({ bodyId, sessionId, year: "", list: members }),
      caller(),
    );
    expect(pasted.rows.every((r) => r.state)).toBe(true);
    const saved = await pasteMembershipsStep(
      formData({ bodyId, sessionId, year: "", list: members, ...rowFields(pasted.rows), intent: "save" }),
      caller(),
    );
    expect(saved.saved).toBe(4);
    const [{ n }] = await t.db.select({ n: count() }).from(bodyMemberships);
    expect(n).toBe(4);

    const before = await positionsOnText();
    const votes = "Japan, France and Austria";
    const vote = (extra: Record<string, string>) =>
      cosponsors(votes, { listKind: "vote_yes", occurredOn: "2020-03-20", ...extra });
    const preview = await pastePositionsStep(vote({}), caller());
    expect(preview.fieldErrors).toEqual({ "row.1": ["errors.paste.notMember"] });
    const state = await pastePositionsStep(vote({ ...rowFields(preview.rows), intent: "save" }), caller());
    expect(state.error).toBe("errors.paste.notMembers");
    expect(state.errorValues).toMatchObject({
      states: "France",
      body: "Human Rights Council",
      session: "HRC43",
    });
    expect(state.fieldErrors?.["row.1"]).toEqual(["errors.paste.notMember"]);
    expect(state.saved).toBeUndefined();
    const direct = await run(recordPositionsDefinition, {
      textId,
      listKind: "vote_yes",
      occurredOn: "2020-03-20",
      precision: "day",
      stateIso3s: ["JPN", "FRA"],
    });
    expect(direct).toMatchObject({
      ok: false,
      error: "errors.paste.notMembers",
      errorValues: { states: "France" },
      fieldErrors: { stateIso3s: ["errors.paste.notMembers"] },
    });
    expect(await positionsOnText()).toBe(before);

    // Leaving the outsider out, the members' votes are recorded.
    const fixed = await pastePositionsStep(
      vote({ ...rowFields(preview.rows, (_row, i) => (i === 1 ? { drop: true } : {})), intent: "save" }),
      caller(),
    );
    expect(fixed.saved).toBe(2);
    expect(await positionsOnText()).toBe(before + 2);
  });
});

describe("the rest of the record", () => {
  it("is for staff only: a member's paste is refused before anything is read", async () => {
    const state = await pastePositionsStep(cosponsors(SIXTY), caller(member));
    expect(state).toMatchObject({ error: "errors.notAllowed", rows: [] });
    expect((await pastePositionsStep(cosponsors(SIXTY), caller(null))).error).toBe("errors.signInRequired");
  });

  it("retracts a position with its reason, once", async () => {
    const [rok] = await t.db.select().from(positions).where(eq(positions.stateIso3, "KOR"));
    const first = await run(retractPositionDefinition, { id: rok.id, reason: "Pasted from the wrong list." });
    expect(first.ok).toBe(true);
    expect(updatedTags).toEqual(expect.arrayContaining([`resolution:${RESOLUTION}`, "state:KOR"]));
    const [after] = await t.db.select().from(positions).where(eq(positions.id, rok.id));
    expect(after.retractionReason).toBe("Pasted from the wrong list.");
    const again = await run(retractPositionDefinition, { id: rok.id, reason: "Again." });
    expect(again).toMatchObject({ ok: false, error: "errors.retract.already" });
  });

  it("records a text's adoption, asking for the counts of a recorded vote", async () => {
    const adopt = (fields: Record<string, string>) =>
      run(updateResolutionTextDefinition, {
        id: textId,
        title: "Situation of human rights in the DPRK",
        adoptedOn: "2020-03-20",
        yesCount: "30",
        ...fields,
      });
    const missing = await adopt({ adoption: "recorded_vote" });
    expect(missing).toMatchObject({
      ok: false,
      fieldErrors: { noCount: ["errors.vote.countRequired"], abstainCount: ["errors.vote.countRequired"] },
    });
    const adopted = await adopt({ adoptedSymbol: "A/HRC/RES/43/25", adoption: "without_vote" });
    expect(adopted.ok).toBe(true);
    // Positions are on the text: its states' pages show its symbols too.
    expect(updatedTags).toEqual(expect.arrayContaining([`resolution:${RESOLUTION}`, "state:JPN"]));
  });

  it("corrects a session's dates, and refuses a session that ends before it opens", async () => {
    const endingOn = (endsOn: string) =>
      run(updateSessionDefinition, {
        id: sessionId,
        kind: "regular",
        number: "43",
        label: "HRC43",
        startsOn: "2020-02-24",
        endsOn,
      });
    const wrong = await endingOn("2020-02-01");
    expect(wrong).toMatchObject({ ok: false, fieldErrors: { endsOn: ["errors.session.endsBeforeStart"] } });
    const right = await endingOn("2020-03-13");
    expect(right.ok).toBe(true);
    expect(updatedTags).toContain(`resolution:${RESOLUTION}`);
  });

  it("links a government target to a state the UN lists, and to no other", async () => {
    const target = { name: "Government of Japan", kind: "government", timeZone: "Asia/Tokyo" };
    const unknown = await run(createTargetDefinition, { ...target, stateIso3: "XYZ" });
    expect(unknown).toMatchObject({ ok: false, fieldErrors: { stateIso3: ["errors.state.notFound"] } });
    const linked = await run(createTargetDefinition, { ...target, stateIso3: "jpn" });
    expect(linked.ok).toBe(true);
  });
});
