import fs from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";

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

  it("is built with the one gate, jsonWrite (Auth.js's own forms aside)", () => {
    const writers = routes.filter((file) =>
      /export\s+(const|async function|function)\s+(POST|PUT|PATCH|DELETE)\b|export const \{[^}]*\b(POST|PUT|PATCH|DELETE)\b/.test(
        fs.readFileSync(file, "utf8"),
      ),
    );
    expect(writers.length).toBeGreaterThan(1);
    const ungated = writers.filter((file) => {
      const text = fs.readFileSync(file, "utf8");
      if (file.includes(`${path.sep}auth${path.sep}[...nextauth]`)) return false;
      return (
        !/export const (POST|PUT|PATCH|DELETE) = jsonWrite\(/.test(text) ||
        /export async function (POST|PUT|PATCH|DELETE)/.test(text)
      );
    });
    expect(ungated.map((f) => path.relative(process.cwd(), f))).toEqual([]);
  });
});
