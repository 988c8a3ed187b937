import fs from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  answerPlainPageNavigation,
  isPlainPage,
  isReactPagePath,
  PLAIN_PAGE_ATTRIBUTE,
  plainPageHtml,
  scriptUrl,
} from "@/lib/server/plain-page";

// The shape of a page as Next 16 renders it (turbopack build), trimmed.
const head = `<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"/>
<link rel="stylesheet" href="/_next/static/chunks/3m64.css" data-precedence="next"/>
<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/2v2g.js"/>
<script src="/_next/static/chunks/3jua.js" async=""></script>
<script src="/_next/static/chunks/turbopack-077h.js" async=""></script>
<script src="/_next/static/chunks/0cz1.js" noModule=""></script>
<link rel="preload" as="font" href="/_next/static/media/a.woff2" crossorigin=""/>
<script type="application/ld+json">{"@type":"Event"}</script>
</head><body>`;
const tail = `<p>Hello</p>
<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":[]})</script>
<script>$RC=function(b,c){};$RC("B:0","S:0")</script>
<script>(self.__next_f=self.__next_f||[]).push([0])</script>
<script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n\\u003c/script\\u003e"])</script>
</body></html>`;
const marker = `<script src="/enhance.js" defer="" ${PLAIN_PAGE_ATTRIBUTE}=""></script>`;

describe("plain pages", () => {
  it("leave a page that does not declare itself plain as it is", () => {
    const page = head + tail;
    expect(isPlainPage(page)).toBe(false);
    expect(plainPageHtml(page)).toBe(page);
  });

  it("take Next's scripts, their preload hints and React's hydration payload out of a plain page", () => {
    const page = plainPageHtml(head + marker + tail);
    expect(page).not.toContain("/_next/static/chunks/3jua.js");
    expect(page).not.toContain("turbopack-077h");
    expect(page).not.toContain("0cz1.js");
    expect(page).not.toContain("2v2g.js");
    expect(page).not.toContain("__next_f");
    expect(page).not.toContain("TURBOPACK");
  });

  it("keep everything else: the page, its stylesheet, font hints, data, React's inline reveal and the page's own script", () => {
    const page = plainPageHtml(head + marker + tail);
    for (const kept of [
      '<link rel="stylesheet" href="/_next/static/chunks/3m64.css"',
      '<link rel="preload" as="font"',
      '<script type="application/ld+json">{"@type":"Event"}</script>',
      "<p>Hello</p>",
      '<script>$RC=function(b,c){};$RC("B:0","S:0")</script>',
      marker,
      "</body></html>",
    ])
      expect(page).toContain(kept);
  });

  it("name their script with its content's version", () => {
    const url = scriptUrl("/enhance.js");
    expect(url).toMatch(/^\/enhance\.js\?v=[\w-]{12}$/);
    expect(scriptUrl("/enhance.js")).toBe(url);
    expect(scriptUrl("/embed-frame.js")).not.toBe(url.replace("enhance", "embed-frame"));
  });

  it("are recognised by the attribute only on a script element", () => {
    expect(isPlainPage(`<p ${PLAIN_PAGE_ATTRIBUTE}="">x</p>`)).toBe(false);
    expect(isPlainPage(`<script ${PLAIN_PAGE_ATTRIBUTE}></script>`)).toBe(true);
    expect(isPlainPage(`<script src="/x.js" ${PLAIN_PAGE_ATTRIBUTE}-other=""></script>`)).toBe(false);
  });
});

/** The first segments of a route group's pages: its folders under app/[locale]/(group). */
function groupSegments(group: string): string[] {
  return fs
    .readdirSync(path.join("app/[locale]", group), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
}

describe("which pages React runs", () => {
  it("is the staff and auth route groups' pages, in every language, and no public page", () => {
    const react = [...groupSegments("(staff)"), ...groupSegments("(auth)")];
    expect(react).toEqual(expect.arrayContaining(["staff", "account", "sign-in"]));
    for (const segment of react) {
      expect(isReactPagePath(`/${segment}`), segment).toBe(true);
      expect(isReactPagePath(`/ko/${segment}/x`), segment).toBe(true);
    }
    const plain = [...groupSegments("(public)"), "embed", ""];
    expect(plain).toEqual(expect.arrayContaining(["campaigns", "confirm", "your-data"]));
    for (const segment of plain) {
      expect(isReactPagePath(`/${segment}`), segment).toBe(false);
      expect(isReactPagePath(`/ko/${segment}`), segment).toBe(false);
    }
    expect(isReactPagePath("/staffing")).toBe(false);
  });
});

describe("a React page's navigation to a plain page", () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    server = createServer((req, res) => {
      const pathname = (req.url ?? "/").split("?")[0]!;
      if (answerPlainPageNavigation(req, res, pathname)) return;
      res.writeHead(200, { "Content-Type": "text/x-component" });
      res.end("0:next");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const get = (url: string, headers: Record<string, string> = {}) => fetch(base + url, { headers });

  it("gets no payload, which makes Next's router load the page whole", async () => {
    for (const [url, headers] of [
      ["/campaigns/x", { rsc: "1" }],
      ["/ko", { rsc: "1", "next-router-prefetch": "1" }],
      ["/campaigns/x?_rsc=abc", {}],
    ] as const) {
      const response = await get(url, headers);
      expect(response.status, url).toBe(204);
      expect(await response.text()).toBe("");
      expect(response.headers.get("cache-control")).toBe("no-store");
      expect(response.headers.get("x-frame-options")).toBe("DENY");
    }
  });

  it("leaves Next to answer page reads, React pages' payloads and the API", async () => {
    for (const [url, headers] of [
      ["/campaigns/x", {}],
      ["/staff", { rsc: "1" }],
      ["/ko/sign-in", { rsc: "1" }],
      ["/api/v1/campaigns", { rsc: "1" }],
    ] as const) {
      const response = await get(url, headers);
      expect(response.headers.get("content-type"), url).toBe("text/x-component");
    }
  });
});
