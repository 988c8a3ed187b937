import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditFilterFrom, listAuditEntries, listAuditFacets } from "@/db/queries/audit-log";
import { auditLog, users } from "@/db/schema";
import { createTestDb, type TestDb } from "../helpers/test-db";

let t: TestDb;
const ADMIN = "00000000-0000-4000-8000-00000000000a";
const STAFF = "00000000-0000-4000-8000-00000000000b";

beforeAll(async () => {
  t = await createTestDb();
  await t.db.insert(users).values([
    { id: ADMIN, email: "admin@example.org", name: "Ada Admin" },
    { id: STAFF, email: "staff@example.org", name: "Sam Staff" },
  ]);
  await t.db.insert(auditLog).values([
    {
      at: new Date("2026-03-01T10:00:00Z"),
      actorUserId: ADMIN,
      action: "user.set_role",
      entityType: "user",
      entityId: STAFF,
      before: { role: "member" },
      after: { role: "staff" },
    },
    {
      at: new Date("2026-03-02T23:59:00Z"),
      actorUserId: STAFF,
      action: "signature.import",
      entityType: "letter",
      entityId: "L1",
      after: { imported: 3 },
    },
    {
      at: new Date("2026-03-03T00:00:00Z"),
      actorUserId: STAFF,
      action: "signature.export_private",
      entityType: "letter",
      entityId: "L1",
    },
    { at: new Date("2026-03-04T08:00:00Z"), actorUserId: null, action: "user.sign_up", entityType: "user" },
  ]);
});
afterAll(async () => {
  await t?.close();
});

const actions = async (filter: Parameters<typeof listAuditEntries>[1]["filter"], page = 1, pageSize = 50) =>
  (await listAuditEntries(t.db, { filter, page, pageSize })).entries.map((e) => e.action);

describe("reading the audit log", () => {
  it("lists entries newest first with who, what and before and after", async () => {
    const { entries, total } = await listAuditEntries(t.db, {});
    expect(total).toBe(4);
    expect(entries.map((e) => e.action)).toEqual([
      "user.sign_up",
      "signature.export_private",
      "signature.import",
      "user.set_role",
    ]);
    expect(entries[3]).toMatchObject({
      actorEmail: "admin@example.org",
      actorName: "Ada Admin",
      entityType: "user",
      before: { role: "member" },
      after: { role: "staff" },
      at: "2026-03-01T10:00:00.000Z",
    });
    expect(entries[0]!.actorEmail).toBeNull();
  });

  it("filters by actor e-mail, action prefix, kind of record and record", async () => {
    expect(await actions({ actor: "STAFF@" })).toEqual(["signature.export_private", "signature.import"]);
    expect(await actions({ action: "user." })).toEqual(["user.sign_up", "user.set_role"]);
    expect(await actions({ action: "signature.import" })).toEqual(["signature.import"]);
    expect(await actions({ action: "%" })).toEqual([]);
    expect(await actions({ entityType: "letter", entityId: "L1" })).toHaveLength(2);
  });

  it("filters by UTC days, both ends included", async () => {
    expect(await actions({ from: "2026-03-02", to: "2026-03-02" })).toEqual(["signature.import"]);
    expect(await actions({ from: "2026-03-03" })).toEqual(["user.sign_up", "signature.export_private"]);
  });

  it("pages through the entries, clamping pages beyond the last", async () => {
    expect(await actions({}, 2, 3)).toEqual(["user.set_role"]);
    const last = await listAuditEntries(t.db, { page: 99, pageSize: 3 });
    expect(last).toMatchObject({ page: 2, pageCount: 2, total: 4 });
  });

  it("offers the kinds of record and the action names on record", async () => {
    expect(await listAuditFacets(t.db)).toEqual({
      entityTypes: ["letter", "user"],
      actions: [
        "signature.",
        "signature.export_private",
        "signature.import",
        "user.",
        "user.set_role",
        "user.sign_up",
      ],
    });
  });
});

describe("reading the filter form", () => {
  it("keeps usable values and names the dates it drops", () => {
    expect(
      auditFilterFrom({
        actor: " staff ",
        from: "2026-02-30",
        to: "2026-03-02",
        page: "x",
        action: ["a.", "b."],
      }),
    ).toEqual({
      filter: {
        actor: "staff",
        action: "a.",
        entityType: undefined,
        entityId: undefined,
        from: undefined,
        to: "2026-03-02",
      },
      page: 1,
      invalid: ["from"],
    });
  });
});
