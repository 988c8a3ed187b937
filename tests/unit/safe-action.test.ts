import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import type { ActorDto } from "@/db/queries/users";
import { auditLog, targets, users } from "@/db/schema";
import { ActionError } from "@/lib/actions/result";
import { type ActionDefinition, executeAction } from "@/lib/actions/safe-action";
import { createTestDb, type TestDb } from "../helpers/test-db";

let t: TestDb;
const ACTOR_ID = "00000000-0000-4000-8000-000000000001";
beforeAll(async () => {
  t = await createTestDb();
  await t.db.insert(users).values({ id: ACTOR_ID, email: "actor@example.org" });
});
afterAll(async () => {
  await t?.close();
});

const person = (role: ActorDto["role"]): ActorDto => ({
  id: ACTOR_ID,
  email: `${role}@example.org`,
  name: role,
  role,
  organisations: [],
});

const createTarget: ActionDefinition<
  z.ZodObject<{ slug: z.ZodString; name: z.ZodString }>,
  { id: string }
> = {
  name: "target.create_test",
  access: { permission: "target.manage" },
  schema: z.object({ slug: z.string().min(1), name: z.string().min(1, { message: "name.required" }) }),
  async run({ tx, input, audit }) {
    const [row] = await tx.insert(targets).values(input).returning({ id: targets.id });
    audit({ action: "target.create", entityType: "target", entityId: row.id, after: input });
    if (input.slug === "explode") throw new ActionError("errors.unexpected");
    return row;
  },
};

const run = (actor: ActorDto | null, raw: unknown) =>
  executeAction(createTarget, raw, { actor, ip: "127.0.0.1", db: t.db });
const count = async (slug: string) =>
  (await t.db.select().from(targets).where(eq(targets.slug, slug))).length;

describe("the server-action wrapper", () => {
  it("refuses anonymous callers before reading their input", async () => {
    expect(await run(null, { slug: "anon", name: "X" })).toEqual({
      ok: false,
      error: "errors.signInRequired",
    });
    expect(await count("anon")).toBe(0);
  });

  it("refuses a signed-in user without the permission", async () => {
    expect(await run(person("member"), { slug: "member", name: "X" })).toEqual({
      ok: false,
      error: "errors.notAllowed",
    });
    expect(await count("member")).toBe(0);
  });

  it("returns field errors for bad input and writes nothing", async () => {
    const result = await run(person("staff"), { slug: "bad", name: "" });
    expect(result).toMatchObject({ ok: false, fieldErrors: { name: ["errors.name.required"] } });
    expect(await count("bad")).toBe(0);
  });

  it("runs the write and its audit entry together", async () => {
    const result = await run(person("staff"), { slug: "good", name: "Government of Goodland" });
    expect(result.ok).toBe(true);
    const [entry] = await t.db.select().from(auditLog).where(eq(auditLog.action, "target.create"));
    expect(entry).toMatchObject({
      actorUserId: ACTOR_ID,
      entityType: "target",
      ip: "127.0.0.1",
      after: { slug: "good" },
    });
  });

  it("rolls the whole write back when the action fails part-way", async () => {
    const result = await run(person("admin"), { slug: "explode", name: "Half-done" });
    expect(result).toEqual({ ok: false, error: "errors.unexpected", fieldErrors: undefined });
    expect(await count("explode")).toBe(0);
  });
});
