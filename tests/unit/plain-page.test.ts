import { describe, expect, it } from "vitest";
import { isPlainPage, PLAIN_PAGE_ATTRIBUTE, plainPageHtml } from "@/lib/server/plain-page";

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

  it("are recognised by the attribute only on a script element", () => {
    expect(isPlainPage(`<p ${PLAIN_PAGE_ATTRIBUTE}="">x</p>`)).toBe(false);
    expect(isPlainPage(`<script ${PLAIN_PAGE_ATTRIBUTE}></script>`)).toBe(true);
    expect(isPlainPage(`<script src="/x.js" ${PLAIN_PAGE_ATTRIBUTE}-other=""></script>`)).toBe(false);
  });
});
