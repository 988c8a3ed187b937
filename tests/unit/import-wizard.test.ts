import { readFileSync } from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { ActorDto } from "@/db/queries/users";
import { signatures } from "@/db/schema";
import type { ImportWizardState } from "@/lib/actions/import/definitions";
import { MAX_CSV_CHARS, MAX_IMPORT_ROWS, MAX_UPLOAD_BYTES } from "@/lib/domain/import-signatories";
import { seedDemo } from "@/lib/jobs/seed-demo";
import messages from "@/messages/en/core.json";
import { formData } from "../helpers/actions";
import { demoActor, demoLetterId } from "../helpers/demo";
import { setupTestDb } from "../helpers/test-db";

/*
 * The import page's steps as the browser posts them: the file as uploaded, the mapping
 * as guessed, the preview, the import. The session and database are this test's.
 */

const session = vi.hoisted(() => ({ user: null as ActorDto | null, db: null as unknown }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => session.user }));
vi.mock("@/db", async (original) => ({
  ...(await original<typeof import("@/db")>()),
  getDb: () => session.db,
}));
vi.mock("next/headers", async (original) => ({
  ...(await original<typeof import("next/headers")>()),
  headers: async () => new Headers(),
}));
vi.mock("next/cache", async (original) => (await import("../helpers/next-cache")).outsideActions(original));

const { importWizardAction } = await import("@/lib/actions/import/server");

const t = setupTestDb();
let letterId: string;

beforeAll(async () => {
  await seedDemo(t.db);
  session.db = t.db;
  session.user = await demoActor(t.db, "staff@answerable.example");
  letterId = await demoLetterId(t.db, "follow-up-letter-2026");
});

const upload = (file: Blob | null, pasted = "") =>
  importWizardAction(
    { step: "upload" },
    formData({
      step: "map",
      letterId,
      pasted,
      ...(file ? { file: new File([file], "signatories.csv") } : {}),
    }),
  );

type Step<S extends ImportWizardState["step"]> = Extract<ImportWizardState, { step: S }>;

function expectStep<S extends ImportWizardState["step"]>(state: ImportWizardState, step: S): Step<S> {
  expect(state, JSON.stringify({ ...state, csv: undefined })).toMatchObject({ step });
  return state as Step<S>;
}

/** Map → preview → import, with the mapping the page guessed (or changed). */
async function previewAndImport(map: Step<"map">, mapping: Record<string, string> = {}) {
  const carried = { letterId: map.letterId, csv: map.csv, ...map.mapping, ...mapping };
  const preview = expectStep(
    await importWizardAction(map, formData({ step: "preview", ...carried })),
    "preview",
  );
  const done = await importWizardAction(preview, formData({ step: "import", confirm: "yes", ...carried }));
  return { preview, done };
}

describe("choosing the file", () => {
  it("reads Excel's Unicode text (UTF-16 with a byte-order mark, tab-separated)", async () => {
    const text = "\ufeffName\tEmail\tCountry\r\nKim Min-jun\tkim.utf16@example.org\tKR\r\n";
    const map = expectStep(await upload(new Blob([Buffer.from(text, "utf16le")])), "map");
    expect(map.headers).toEqual(["Name", "Email", "Country"]);
    expect(map.samples[0]).toEqual(["Kim Min-jun", "kim.utf16@example.org", "KR"]);
    const { preview } = await previewAndImport(map);
    expect(preview.counts).toMatchObject({ good: 1, problems: 0 });
  });

  it("refuses a workbook beside the file field, saying to save it as CSV UTF-8", async () => {
    const xlsx = new Blob([Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0, 8, 0])]);
    const state = expectStep(await upload(xlsx), "upload");
    expect(state.fieldErrors?.csv).toEqual(["errors.import.notCsv"]);
    expect(messages.errors.import.notCsv).toMatch(/CSV UTF-8/);
  });

  it("refuses a file over the size limit beside the file field, with the limit it is over", async () => {
    const tooBig = await upload(new Blob([new Uint8Array(MAX_UPLOAD_BYTES + 1).fill(0x61)]));
    expect(expectStep(tooBig, "upload").fieldErrors?.csv).toEqual(["errors.import.csvTooLarge"]);
    // Under the byte limit but over the character limit: the same message.
    const rows = Array.from({ length: 19_500 }, (_, i) => `Person ${i} ${"x".repeat(250)},p${i}@example.org`);
    const text = ["Name,Email", ...rows].join("\n");
    expect(text.length).toBeGreaterThan(MAX_CSV_CHARS);
    expect(rows.length).toBeLessThan(MAX_IMPORT_ROWS);
    const fewRows = expectStep(await upload(new Blob([text])), "upload");
    expect(fewRows.fieldErrors?.csv).toEqual(["errors.import.csvTooLarge"]);
    // The message states the size limit, not a row limit the file is under.
    expect(messages.errors.import.csvTooLarge).toContain(MAX_CSV_CHARS.toLocaleString("en"));
    expect(messages.errors.import.csvTooLarge).not.toMatch(/rows/);
  });

  it("refuses a file over the row limit with the row limit", async () => {
    const rows = Array.from({ length: MAX_IMPORT_ROWS + 1 }, (_, i) => `P${i},p${i}@example.org`);
    const state = expectStep(await upload(new Blob([["Name,Email", ...rows].join("\n")])), "upload");
    expect(state.fieldErrors?.csv).toEqual(["errors.import.tooManyRows"]);
    expect(messages.errors.import.tooManyRows).toContain(MAX_IMPORT_ROWS.toLocaleString("en"));
  });

  it("lets every file the import takes through both request size limits on its way: the action's and the proxy's", () => {
    const config = readFileSync(path.resolve(__dirname, "../../next.config.ts"), "utf8");
    const limit = config.match(/UPLOAD_TRANSPORT_LIMIT = "(\d+)mb"/);
    expect(limit).not.toBeNull();
    // Room for the form's other fields around the largest file accepted.
    expect(Number(limit![1]) * 1024 * 1024).toBeGreaterThan(MAX_UPLOAD_BYTES * 1.1);
    // proxy.ts sees /staff/*: past its buffer (10 MB unless set) the action gets a body cut short.
    expect(config).toMatch(/bodySizeLimit: UPLOAD_TRANSPORT_LIMIT/);
    expect(config).toMatch(/proxyClientMaxBodySize: UPLOAD_TRANSPORT_LIMIT/);
  });
});

describe("names on the public pages", () => {
  it("withholds every name when the file does not say, and says so in the preview", async () => {
    const csv = "Display name,Email\nWithheld Person,withheld.person@example.org\n";
    const map = expectStep(await upload(new Blob([csv])), "map");
    expect(map.mapping).toMatchObject({ nameColumn: "0", visibility: "fixed:name_withheld" });
    const { preview, done } = await previewAndImport(map);
    expect(preview.counts).toMatchObject({ good: 1, listed: 0, withheld: 1 });
    expect(expectStep(done, "done").outcome.imported).toBe(1);
    const [row] = await t.db
      .select({ visibility: signatures.visibility })
      .from(signatures)
      .where(eq(signatures.emailNormalised, "withheld.person@example.org"));
    expect(row!.visibility).toBe("name_withheld");
  });

  it("lists every name only when staff choose to show them", async () => {
    const csv = "Name,Email\nListed Person,listed.person@example.org\n";
    const map = expectStep(await upload(new Blob([csv])), "map");
    const { preview } = await previewAndImport(map, { visibility: "fixed:public" });
    expect(preview.counts).toMatchObject({ good: 1, listed: 1, withheld: 0 });
    const [row] = await t.db
      .select({ visibility: signatures.visibility })
      .from(signatures)
      .where(eq(signatures.emailNormalised, "listed.person@example.org"));
    expect(row!.visibility).toBe("public");
  });
});

describe("control characters", () => {
  it("imports a row with a NUL in it, without the NUL, as the preview said", async () => {
    const csv = "Name,Email,Title\nNul\u0000 Person,nul.person@example.org,Re\u0000searcher\u0007\n";
    for (const state of [await upload(new Blob([csv])), await upload(null, csv)]) {
      const map = expectStep(state, "map");
      expect(map.csv).not.toContain("\u0000");
    }
    const map = expectStep(await upload(new Blob([csv])), "map");
    const { preview, done } = await previewAndImport(map);
    expect(preview.counts).toMatchObject({ good: 1, problems: 0 });
    expect(expectStep(done, "done").outcome.imported).toBe(1);
    const [row] = await t.db
      .select({ displayName: signatures.displayName, title: signatures.titleAffiliation })
      .from(signatures)
      .where(eq(signatures.emailNormalised, "nul.person@example.org"));
    expect(row).toEqual({ displayName: "Nul Person", title: "Researcher" });
  });
});
