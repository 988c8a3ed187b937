import fs from "node:fs";
import type { IncomingMessage } from "node:http";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { isCrossSiteAction } from "@/lib/server/cross-site-form";
import { oneClickUnsubscribe } from "@/lib/server/json-write";

/*
 * A cross-site page may POST text/plain or a form to any address without the browser
 * asking first. Every route handler that writes refuses a foreign Origin (403) and a
 * body that is not JSON (415) before reading it, through one helper.
 */

const signed = vi.hoisted(() => ({ calls: 0 }));
vi.mock("@/lib/actions/signing/route", () => ({
  respondToSignatureRequest: async () => {
    signed.calls++;
    return Response.json({ status: "check_email" }, { status: 202 });
  },
}));

const { POST } = await import("@/app/api/letters/[letterId]/signatures/route");

const LETTER = "7d3c6f5e-2f7a-4c4a-9a53-1b2f0c5b6a11";
const body = JSON.stringify({ name: "Mallory", email: "victim@example.org", visibility: "public" });

function post(headers: Record<string, string>) {
  const request = new Request(`http://localhost:3000/api/letters/${LETTER}/signatures`, {
    method: "POST",
    headers: { host: "localhost:3000", ...headers },
    body,
  });
  return POST(request, { params: Promise.resolve({ letterId: LETTER }) });
}

describe("the signing API from a browser", () => {
  it("refuses a cross-site text/plain POST with 403 and a JSON error, signing nothing", async () => {
    signed.calls = 0;
    const response = await post({
      origin: "https://evil.example",
      "content-type": "text/plain;charset=UTF-8",
    });
    expect(response.status).toBe(403);
    expect(response.headers.get("content-type")).toContain("application/json");
    expect(await response.json()).toEqual({ error: "errors.api.foreignOrigin" });
    const json = await post({ origin: "https://evil.example", "content-type": "application/json" });
    expect(json.status).toBe(403);
    expect(await post({ origin: "null", "content-type": "application/json" })).toHaveProperty("status", 403);
    expect(signed.calls).toBe(0);
  });

  it("refuses a body that is not JSON with 415 and a JSON error, even from the site itself", async () => {
    signed.calls = 0;
    for (const type of [
      "text/plain",
      "application/x-www-form-urlencoded",
      "multipart/form-data; boundary=x",
    ]) {
      const response = await post({ origin: "http://localhost:3000", "content-type": type });
      expect(response.status, type).toBe(415);
      expect(await response.json()).toEqual({ error: "errors.api.jsonOnly" });
    }
    expect((await post({})).status).toBe(415);
    expect(signed.calls).toBe(0);
  });

  it("lets JSON through from the site itself, or with no Origin (a script, not a browser)", async () => {
    signed.calls = 0;
    expect((await post({ origin: "http://localhost:3000", "content-type": "application/json" })).status).toBe(
      202,
    );
    expect((await post({ "content-type": "application/json; charset=utf-8" })).status).toBe(202);
    expect(signed.calls).toBe(2);
  });
});

describe("every route handler that writes", () => {
  const routes: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.name === "route.ts") routes.push(file);
    }
  };
  walk(path.resolve("app/api"));

  it("is built with the one gate, jsonWrite (Auth.js's own forms and the one-click unsubscribe aside)", () => {
    const writers = routes.filter((file) =>
      /export\s+(const|async function|function)\s+(POST|PUT|PATCH|DELETE)\b|export const \{[^}]*\b(POST|PUT|PATCH|DELETE)\b/.test(
        fs.readFileSync(file, "utf8"),
      ),
    );
    expect(writers.length).toBeGreaterThan(1);
    const ungated = writers.filter((file) => {
      const text = fs.readFileSync(file, "utf8");
      if (file.includes(`${path.sep}auth${path.sep}[...nextauth]`)) return false;
      // RFC 8058's one-click POST is a form from the mail provider: its own gate, there alone.
      if (file.includes(`${path.sep}unsubscribe${path.sep}[token]`))
        return (
          !/export const POST = oneClickUnsubscribe\(/.test(text) || /export async function POST/.test(text)
        );
      return (
        !/export const (POST|PUT|PATCH|DELETE) = jsonWrite\(/.test(text) ||
        /export async function (POST|PUT|PATCH|DELETE)/.test(text)
      );
    });
    expect(ungated.map((f) => path.relative(process.cwd(), f))).toEqual([]);
    const oneClick = writers.filter((file) => /oneClickUnsubscribe\(/.test(fs.readFileSync(file, "utf8")));
    expect(oneClick.map((f) => path.relative(process.cwd(), f))).toEqual([
      path.join("app", "api", "unsubscribe", "[token]", "route.ts"),
    ]);
  });
});

describe("the one-click unsubscribe gate (RFC 8058)", () => {
  const handled = { calls: 0 };
  const gate = oneClickUnsubscribe(async () => {
    handled.calls++;
    return new Response("Unsubscribed.", { status: 200 });
  });
  const oneClick = (headers: Record<string, string>, body: BodyInit) =>
    gate(new Request("http://localhost:3000/api/unsubscribe/x", { method: "POST", headers, body }), {});

  it("lets a mail client's POST through from any origin or none, with no cookie", async () => {
    handled.calls = 0;
    const form = { "content-type": "application/x-www-form-urlencoded" };
    expect((await oneClick(form, "List-Unsubscribe=One-Click")).status).toBe(200);
    expect(
      (await oneClick({ ...form, origin: "https://mail.example" }, "List-Unsubscribe=One-Click")).status,
    ).toBe(200);
    const multipart = new FormData();
    multipart.append("List-Unsubscribe", "One-Click");
    const request = new Request("http://localhost:3000/x", { method: "POST", body: multipart });
    expect(
      (await oneClick({ "content-type": request.headers.get("content-type")! }, await request.arrayBuffer()))
        .status,
    ).toBe(200);
    expect(handled.calls).toBe(3);
  });

  it("refuses anything else before the handler runs", async () => {
    handled.calls = 0;
    const form = { "content-type": "application/x-www-form-urlencoded" };
    expect((await oneClick(form, "List-Unsubscribe=Yes")).status).toBe(400);
    expect((await oneClick(form, "")).status).toBe(400);
    expect((await oneClick({ "content-type": "text/plain" }, "List-Unsubscribe=One-Click")).status).toBe(415);
    expect(
      (await oneClick({ "content-type": "application/json" }, '{"List-Unsubscribe":"One-Click"}')).status,
    ).toBe(415);
    expect((await oneClick(form, `List-Unsubscribe=One-Click&pad=${"x".repeat(4000)}`)).status).toBe(413);
    expect(handled.calls).toBe(0);
  });

  it("is not mistaken for a server action by npm start's cross-site check", () => {
    const req = {
      method: "POST",
      url: "/api/unsubscribe/abc",
      headers: {
        origin: "https://mail.example",
        host: "localhost:3000",
        "content-type": "application/x-www-form-urlencoded",
      },
    } as unknown as IncomingMessage;
    expect(isCrossSiteAction(req)).toBe(false);
    // The follow form's own route is a form post to the site: from another site it is refused.
    expect(isCrossSiteAction({ ...req, url: "/follow/request" } as unknown as IncomingMessage)).toBe(true);
  });
});
