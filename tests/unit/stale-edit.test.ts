import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { letterFormValues } from "@/components/staff/letters/letter-values";
import { getStaffCampaign } from "@/db/queries/staff-campaigns";
import { getStaffLetter } from "@/db/queries/staff-letters";
import type { ActorDto } from "@/db/queries/users";
import { campaigns, letters } from "@/db/schema";
import { updateCampaignDefinition } from "@/lib/actions/campaigns/definitions";
import { latestSave } from "@/lib/actions/latest-save";
import { updateLetterDefinition } from "@/lib/actions/letters/definitions";
import { seedDemo } from "@/lib/jobs/seed-demo";
import { actionRunner } from "../helpers/actions";
import { demoActor } from "../helpers/demo";
import { setupTestDb } from "../helpers/test-db";

/*
 * Two people editing one record: the later save from a form drawn before the earlier
 * save is refused, and nothing it carried is written.
 */

vi.mock("next/cache", async (original) => (await import("../helpers/next-cache")).outsideActions(original));

const t = setupTestDb();
let staff: ActorDto;

beforeAll(async () => {
  await seedDemo(t.db);
  staff = await demoActor(t.db, "staff@answerable.example");
});

const run = actionRunner(t, () => staff);

describe("editing a campaign", () => {
  async function form(changes: Record<string, string>) {
    const [row] = await t.db.select().from(campaigns);
    const c = (await getStaffCampaign(t.db, { id: row!.id }))!;
    return {
      values: {
        id: c.id,
        title: c.title,
        summary: c.summary,
        status: c.status,
        visibility: c.visibility,
        targetId: c.target.id,
        startedOn: c.startedOn ?? "",
        leadIds: c.leads.map((l) => l.id),
        editedFrom: c.updatedAt,
        ...changes,
      },
      id: c.id,
    };
  }

  it("refuses the second of two saves from forms drawn before the first, keeping the first", async () => {
    const staffForm = await form({ summary: "Staff's new summary." });
    const adminForm = await form({ title: "Admin's new title" });
    const first = await run(updateCampaignDefinition, staffForm.values);
    expect(first).toMatchObject({ ok: true });
    const second = await run(updateCampaignDefinition, adminForm.values);
    expect(second).toMatchObject({ ok: false, error: "errors.edit.stale" });
    const saved = (await getStaffCampaign(t.db, { id: staffForm.id }))!;
    expect(saved.summary).toBe("Staff's new summary.");
    expect(saved.title).not.toBe("Admin's new title");
  });

  it("lets one form save twice in a row, sending back what its last save returned", async () => {
    const { values } = await form({ summary: "Once." });
    const once = await run(updateCampaignDefinition, values);
    expect(once.ok).toBe(true);
    const savedAt = once.ok ? once.data.updatedAt : undefined;
    const twice = await run(updateCampaignDefinition, {
      ...values,
      summary: "Twice.",
      editedFrom: latestSave(savedAt, values.editedFrom),
    });
    expect(twice).toMatchObject({ ok: true });
  });
});

describe("editing a letter", () => {
  it("refuses a save from a form drawn before someone else's", async () => {
    const [row] = await t.db.select().from(letters).where(eq(letters.slug, "follow-up-letter-2026"));
    const l = (await getStaffLetter(t.db, { id: row!.id }))!;
    // The edit form as drawn for the saved letter.
    const values = { id: l.id, ...letterFormValues(l), editedFrom: l.updatedAt };
    expect(
      await run(updateLetterDefinition, { ...values, sourceUrl: "https://example.org/first" }),
    ).toMatchObject({
      ok: true,
    });
    expect(await run(updateLetterDefinition, { ...values, title: "A later title" })).toMatchObject({
      ok: false,
      error: "errors.edit.stale",
    });
    const [after] = await t.db.select().from(letters).where(eq(letters.id, l.id));
    expect(after).toMatchObject({ sourceUrl: "https://example.org/first", title: l.title });
  });
});
