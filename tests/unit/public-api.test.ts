import { readdirSync } from "node:fs";
import { Validator } from "@seriousme/openapi-schema-validator";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { campaigns, letters, organisations, signatures, targets } from "@/db/schema";
import {
  CAMPAIGN_SLUG,
  DECEMBER_LETTER_SLUG,
  ICNK_SLUG,
  MARCH_LETTER_SLUG,
  TARGET_SLUG,
} from "@/db/seed/story";
import type { OpenApiDocument } from "@/lib/api/openapi";
import { seedDemo } from "@/lib/jobs/seed-demo";
import { pageCacheStore } from "@/lib/page-cache/handler.mjs";
import { setupTestDb } from "../helpers/test-db";

/*
 * The public API as a client sees it: its OpenAPI document is valid OpenAPI 3.1, every
 * path in it answers (with the demo story's slugs) a body its documented schema accepts,
 * bad parameters are 400 and unknown or private things 404, with the JSON error shape;
 * ETags give 304; nothing private is in any response. The route handlers are called as
 * Next calls them; the cached queries read this file's database.
 */

const session = vi.hoisted(() => ({ db: null as unknown }));
vi.mock("@/db", async (original) => ({
  ...(await original<typeof import("@/db")>()),
  getDb: () => session.db,
}));
// Outside Next there is no data cache: each call reads the database.
vi.mock("next/cache", async (original) => ({
  ...(await original<typeof import("next/cache")>()),
  unstable_cache:
    <A extends unknown[], R>(fn: (...args: A) => Promise<R>) =>
    (...args: A) =>
      fn(...args),
}));

const t = setupTestDb();

const PRIVATE_SLUG = "api-test-private-campaign";
const DRAFT_LETTER_SLUG = "api-test-draft-letter";

/** The route module that serves an OpenAPI path: /campaigns/{slug} → app/api/v1/campaigns/[slug]/route.ts. */
async function routeOf(path: string) {
  const file = path.replace(/\{(\w+)\}/g, "[$1]");
  return (await import(/* @vite-ignore */ `@/app/api/v1${file}/route`)) as {
    GET: (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
    OPTIONS: () => Response;
  };
}

/** Calls the route for `path` (an OpenAPI path) with these parameters, as Next would. */
async function call(
  path: string,
  params: Record<string, string> = {},
  { query = "", headers = {} }: { query?: string; headers?: Record<string, string> } = {},
): Promise<Response> {
  const route = await routeOf(path);
  const address = path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name]!));
  const request = new Request(`http://localhost/api/v1${address}${query}`, { headers });
  return route.GET(request, { params: Promise.resolve(params) });
}

let doc: OpenApiDocument;
let demo: Record<string, Record<string, string>>;
const bodies: Array<{ path: string; text: string }> = [];

beforeAll(async () => {
  session.db = t.db;
  await seedDemo(t.db);
  // A private campaign and a draft letter in the public one: neither is the public's.
  const [target] = await t.db.select().from(targets).where(eq(targets.slug, TARGET_SLUG));
  await t.db.insert(campaigns).values({
    slug: PRIVATE_SLUG,
    title: "Private",
    status: "active",
    visibility: "private",
    targetId: target!.id,
  });
  const [campaign] = await t.db.select().from(campaigns).where(eq(campaigns.slug, CAMPAIGN_SLUG));
  await t.db.insert(letters).values({
    campaignId: campaign!.id,
    slug: DRAFT_LETTER_SLUG,
    title: "Draft",
    addressee: "Someone",
  });
  const resolution = await t.db.query.resolutions.findFirst();
  const letter = { slug: CAMPAIGN_SLUG, letterSlug: MARCH_LETTER_SLUG };
  demo = {
    "/campaigns/{slug}": { slug: CAMPAIGN_SLUG },
    "/campaigns/{slug}/letters/{letterSlug}": letter,
    "/campaigns/{slug}/letters/{letterSlug}/signatories": letter,
    "/campaigns/{slug}/letters/{letterSlug}/signatories.json": letter,
    "/organisations/{slug}": { slug: ICNK_SLUG },
    "/targets/{slug}": { slug: TARGET_SLUG },
    "/resolutions/{slug}": { slug: resolution!.slug },
  };
  const response = await call("/openapi.json");
  doc = (await response.json()) as OpenApiDocument;
});

describe("the OpenAPI document", () => {
  it("is valid OpenAPI 3.1", async () => {
    const validator = new Validator();
    const result = await validator.validate(doc as never);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe("3.1");
  });

  it("describes every route under app/api/v1, and only those", async () => {
    const files = (readdirSync("app/api/v1", { recursive: true }) as string[])
      .filter((f) => f.endsWith("route.ts"))
      .map((f) => `/${f}`.replace(/\/route\.ts$/, ""))
      .filter((f) => !f.includes("[...path]"))
      .map((f) => f.replace(/\[(\w+)\]/g, "{$1}"))
      .sort();
    expect(Object.keys(doc.paths).sort()).toEqual(files);
  });
});

describe("every path in the document", () => {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  (addFormatsModule as unknown as (a: Ajv2020) => void)(ajv);

  it("answers with a body its documented schema accepts, and an ETag that gives 304", async () => {
    ajv.addSchema({ $id: "https://answerable.example/openapi.json", components: doc.components });
    for (const [path, item] of Object.entries(doc.paths)) {
      const params = demo[path] ?? {};
      const response = await call(path, params);
      const text = await response.text();
      bodies.push({ path, text });
      expect(response.status, `${path}: ${text.slice(0, 300)}`).toBe(200);
      expect(response.headers.get("access-control-allow-origin")).toBe("*");
      expect(response.headers.get("cache-control")).toMatch(/public/);
      const ok = (item.get.responses["200"] as { content: Record<string, { schema: object }> }).content[
        "application/json"
      ]!.schema as { $ref?: string };
      const schema = ok.$ref ? { $ref: `https://answerable.example/openapi.json${ok.$ref}` } : (ok as object);
      const validate = ajv.compile(schema);
      const valid = validate(JSON.parse(text));
      expect(validate.errors ?? [], path).toEqual([]);
      expect(valid).toBe(true);

      const etag = response.headers.get("etag")!;
      expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
      const again = await call(path, params, { headers: { "if-none-match": etag } });
      expect(again.status, path).toBe(304);
    }
    expect(bodies.length).toBeGreaterThanOrEqual(13);
  });

  it("reads a letter and a campaign in Korean with ?lang=ko, saying which language it served", async () => {
    const letterPath = "/campaigns/{slug}/letters/{letterSlug}";
    const params = { slug: CAMPAIGN_SLUG, letterSlug: MARCH_LETTER_SLUG };
    const english = await (await call(letterPath, params)).json();
    expect(english).toMatchObject({ language: "en-GB", originalLanguage: "en-GB" });
    expect(english.languages).toEqual([
      { language: "en-GB", original: true, addedOn: null },
      { language: "ko", original: false, addedOn: "2026-12-07" },
    ]);
    const korean = await (await call(letterPath, params, { query: "?lang=ko" })).json();
    expect(korean).toMatchObject({ language: "ko", originalLanguage: "en-GB" });
    expect(korean.letter.title).toBe("문재인 대통령께 보내는 공동 공개서한, 2020년 3월 3일");
    expect(korean.bodyMarkdown).toContain("북한반인도범죄철폐국제연대(ICNK)");
    expect(korean.languages).toEqual(english.languages);

    // The December letter has no Korean text: the original is served, and says so.
    const december = await (
      await call(letterPath, { slug: CAMPAIGN_SLUG, letterSlug: DECEMBER_LETTER_SLUG }, { query: "?lang=ko" })
    ).json();
    expect(december).toMatchObject({ language: "en-GB", languages: [{ language: "en-GB", original: true }] });

    const campaign = await (
      await call("/campaigns/{slug}", { slug: CAMPAIGN_SLUG }, { query: "?lang=ko" })
    ).json();
    expect(campaign).toMatchObject({
      language: "ko",
      originalLanguage: "en-GB",
      languages: ["en-GB", "ko"],
      // Its event and the December letter's title are not translated: they are in English.
      fallback: true,
    });
    expect(campaign.campaign.title).toMatch(/^한국 정부는/);
    expect(campaign.asks[0].title).toBe("유엔 인권이사회 북한 인권 결의안에 공동제안국으로 참여");
    expect((await call(letterPath, params, { query: "?lang=fr" })).status).toBe(400);
  });

  it("pages through signatories and says how many withheld their name", async () => {
    const path = "/campaigns/{slug}/letters/{letterSlug}/signatories";
    const first = await (await call(path, demo[path], { query: "?kind=organisations" })).json();
    expect(first.rows.length).toBeGreaterThan(10);
    expect(first.total).toBeGreaterThan(first.rows.length - 1);
    const people = await (await call(path, demo[path], { query: "?kind=individuals&page=1" })).json();
    expect(people.kind).toBe("individuals");
    expect(people.withheld).toBe(2);
    expect(people.rows.every((r: object) => !("email" in r))).toBe(true);
  });

  it("lists every organisation a page at a time, with the facts its page shows", async () => {
    const all = await t.db.select({ slug: organisations.slug }).from(organisations);
    const first = await (await call("/organisations")).json();
    expect(first.total).toBe(all.length);
    expect(first.pageCount).toBe(Math.ceil(all.length / first.pageSize));
    expect(first.pageCount).toBeGreaterThan(1);
    const listed = [...first.organisations];
    for (let page = 2; page <= first.pageCount; page++) {
      const body = await (await call("/organisations", {}, { query: `?page=${page}` })).json();
      expect(body.page).toBe(page);
      listed.push(...body.organisations);
    }
    // Every organisation once: the pages neither overlap nor skip one.
    expect(listed.map((o) => o.slug).sort()).toEqual(all.map((o) => o.slug).sort());

    // The coalition's entry counts what its page lists.
    const icnk = listed.find((o) => o.slug === ICNK_SLUG);
    const page = await (await call("/organisations/{slug}", { slug: ICNK_SLUG })).json();
    expect(icnk).toMatchObject({
      kind: "coalition",
      declaredMembership: page.declaredMembership,
      currentMembers: page.members.current.length,
      currentCoalitions: page.coalitions.current.length,
      lettersSigned: page.signatures.length,
    });
    expect(icnk.declaredMembership.label).toBe("over 300");
    expect(icnk.currentMembers).toBeGreaterThan(0);
    expect(icnk.lettersSigned).toBeGreaterThan(0);
    const member = listed.find((o) => o.slug === page.members.current[0].slug);
    const memberPage = await (await call("/organisations/{slug}", { slug: member.slug })).json();
    expect(member.currentCoalitions).toBe(memberPage.coalitions.current.length);
    expect(member.lettersSigned).toBe(memberPage.signatures.length);

    const coalitions = await (await call("/organisations", {}, { query: "?kind=coalition" })).json();
    expect(coalitions.organisations.map((o: { slug: string }) => o.slug)).toContain(ICNK_SLUG);
    expect(coalitions.organisations.every((o: { kind: string }) => o.kind === "coalition")).toBe(true);
    expect(coalitions.total).toBeLessThan(first.total);
  });

  it("answers a preflight for any origin", async () => {
    const route = await routeOf("/campaigns");
    const response = route.OPTIONS();
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-methods")).toContain("GET");
  });
});

describe("errors", () => {
  const signatoriesPath = "/campaigns/{slug}/letters/{letterSlug}/signatories";

  it("is a 400 naming the parameter for a bad, unknown or repeated one", async () => {
    const cases: Array<[string, string, string]> = [
      ["?page=0", "invalid_parameter", "page"],
      ["?page=two", "invalid_parameter", "page"],
      ["?kind=everyone", "invalid_parameter", "kind"],
      [`?q=${"x".repeat(101)}`, "invalid_parameter", "q"],
      ["?page=1&page=2", "invalid_parameter", "page"],
      ["?sort=name", "unknown_parameter", "sort"],
    ];
    for (const [query, code, param] of cases) {
      const response = await call(signatoriesPath, demo[signatoriesPath], { query });
      expect(response.status, query).toBe(400);
      expect(response.headers.get("content-type")).toMatch(/application\/json/);
      const body = await response.json();
      expect(body.error).toMatchObject({ code, param });
      expect(body.error.message).toContain(param);
    }
    const list = await call("/campaigns", {}, { query: "?page=2" });
    expect(list.status).toBe(400);
    expect((await list.json()).error.param).toBe("page");
    for (const [query, param] of [
      ["?kind=government", "kind"],
      ["?page=-1", "page"],
    ]) {
      const response = await call("/organisations", {}, { query });
      expect(response.status, query).toBe(400);
      expect((await response.json()).error.param).toBe(param);
    }
  });

  it("is a 404 in JSON for unknown, private and draft things", async () => {
    const cases: Array<[string, Record<string, string>]> = [
      ["/campaigns/{slug}", { slug: "no-such-campaign" }],
      ["/campaigns/{slug}", { slug: PRIVATE_SLUG }],
      ["/campaigns/{slug}/letters/{letterSlug}", { slug: CAMPAIGN_SLUG, letterSlug: DRAFT_LETTER_SLUG }],
      ["/campaigns/{slug}/letters/{letterSlug}/signatories", { slug: CAMPAIGN_SLUG, letterSlug: "nope" }],
      ["/campaigns/{slug}/letters/{letterSlug}/signatories.json", { slug: PRIVATE_SLUG, letterSlug: "x" }],
      ["/organisations/{slug}", { slug: "no-such-organisation" }],
      ["/targets/{slug}", { slug: "no-such-target" }],
      ["/resolutions/{slug}", { slug: "no-such-resolution" }],
    ];
    for (const [path, params] of cases) {
      const response = await call(path, params);
      expect(response.status, `${path} ${JSON.stringify(params)}`).toBe(404);
      expect((await response.json()).error.code).toBe("not_found");
    }
    const unknown = await (await import("@/app/api/v1/[...path]/route")).GET();
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).error.code).toBe("not_found");
  });
});

describe("privacy", () => {
  it("no response holds an e-mail address, a withheld name, a draft or a private campaign", async () => {
    const rows = await t.db
      .select({ name: signatures.displayName, email: signatures.email, visibility: signatures.visibility })
      .from(signatures);
    const emails = rows.flatMap((r) => (r.email ? [r.email.toLowerCase()] : []));
    const publicNames = new Set(rows.filter((r) => r.visibility === "public").map((r) => r.name));
    // Names withheld on every letter they signed: none of them may appear anywhere.
    const withheld = rows.filter((r) => r.visibility === "name_withheld" && !publicNames.has(r.name));
    expect(emails.length).toBeGreaterThan(10);
    expect(withheld.length).toBeGreaterThan(0);

    const lists = await (await call("/organisations")).json();
    for (let page = 1; page <= lists.pageCount; page++) {
      const response = await call("/organisations", {}, { query: `?page=${page}` });
      bodies.push({ path: `/organisations?page=${page}`, text: await response.text() });
    }
    const path = "/campaigns/{slug}/letters/{letterSlug}/signatories";
    for (const letterSlug of [DECEMBER_LETTER_SLUG, MARCH_LETTER_SLUG]) {
      for (const kind of ["organisations", "individuals"]) {
        const response = await call(path, { slug: CAMPAIGN_SLUG, letterSlug }, { query: `?kind=${kind}` });
        bodies.push({ path: `${letterSlug} ${kind}`, text: await response.text() });
      }
    }
    expect(bodies.length).toBeGreaterThan(12);
    for (const { path: where, text } of bodies) {
      const lower = text.toLowerCase();
      expect(
        emails.filter((e) => lower.includes(e)),
        where,
      ).toEqual([]);
      expect(text).not.toMatch(/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/);
      expect(
        withheld.filter((w) => text.includes(w.name)).map((w) => w.name),
        where,
      ).toEqual([]);
      expect(text, where).not.toContain(PRIVATE_SLUG);
      expect(text, where).not.toContain(DRAFT_LETTER_SLUG);
    }
  });
});

describe("the page cache", () => {
  it("keeps each answer under the page's tags, so the same writes expire it", async () => {
    const store = pageCacheStore();
    const key = `answerable-api:/api/v1/campaigns/${CAMPAIGN_SLUG}`;
    await call("/campaigns/{slug}", { slug: CAMPAIGN_SLUG });
    const entry = store.entries.get(key);
    expect(entry?.tags).toEqual(expect.arrayContaining([`campaign:${CAMPAIGN_SLUG}`, "day-rollover"]));
    store.expireTags([`campaign:${CAMPAIGN_SLUG}`]);
    expect(store.read(key)).toBeNull();
    const letterKey = `answerable-api:/api/v1/campaigns/${CAMPAIGN_SLUG}/letters/${MARCH_LETTER_SLUG}/signatories?kind=individuals`;
    expect(store.entries.get(letterKey)?.tags).toEqual(
      expect.arrayContaining([`letter:${CAMPAIGN_SLUG}/${MARCH_LETTER_SLUG}`, "search-results"]),
    );
    await call("/organisations", {}, { query: "?page=2" });
    expect(store.entries.get("answerable-api:/api/v1/organisations")?.tags).toEqual(
      expect.arrayContaining(["organisation-list", "day-rollover"]),
    );
    expect(store.entries.get("answerable-api:/api/v1/organisations")?.tags).not.toContain("search-results");
    expect(store.entries.get("answerable-api:/api/v1/organisations?page=2")?.tags).toEqual(
      expect.arrayContaining(["organisation-list", "search-results"]),
    );
    store.expireTags(["organisation-list"]);
    expect(store.read("answerable-api:/api/v1/organisations")).toBeNull();
  });
});
