import { describe, expect, it } from "vitest";
import { BADGE_FILLS, renderBadgeSvg, textWidth } from "@/lib/feeds/badge-svg";
import { badgeHtml, badgeMarkdown, iframeSnippet } from "@/lib/feeds/embed-snippets";

/*
 * A letter's SVG badge, as READMEs and websites show it, and the code the "Embed this"
 * disclosure offers to copy: what they say, how wide they are, and that no title can
 * break out of them.
 */

const overdue = {
  label: "Answerable",
  message: "No response for 2,469 days",
  tone: "danger" as const,
  title: "Letter to President Moon: No response for 2,469 days (Answerable)",
  language: "en-GB",
};

/** The attribute's value in the SVG's root element. */
const rootAttribute = (svg: string, name: string) =>
  new RegExp(`^<svg[^>]* ${name}="([^"]*)"`).exec(svg)?.[1];

describe("the letter's SVG badge", () => {
  it("says the site's name and the letter's state, and is an image with a name", () => {
    const svg = renderBadgeSvg(overdue);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toContain(">Answerable</text>");
    expect(svg).toContain(">No response for 2,469 days</text>");
    expect(rootAttribute(svg, "role")).toBe("img");
    expect(rootAttribute(svg, "aria-label")).toBe(overdue.title);
    expect(svg).toContain(`<title>${overdue.title}</title>`);
    expect(svg).toContain(`fill="${BADGE_FILLS.danger}"`);
  });

  it("is as wide as its two texts with room on each side, and its texts are fitted to that", () => {
    const svg = renderBadgeSvg(overdue);
    const label = textWidth("Answerable");
    const message = textWidth("No response for 2,469 days");
    const width = Number(rootAttribute(svg, "width"));
    expect(width).toBe(Math.ceil(label + 12) + Math.ceil(message + 12));
    expect(rootAttribute(svg, "viewBox")).toBe(`0 0 ${width} 20`);
    expect(svg).toContain(`textLength="${label}"`);
    expect(svg).toContain(`textLength="${message}"`);
    // The message's part starts where the label's ends.
    expect(svg).toContain(`<rect x="${Math.ceil(label + 12)}" width="${Math.ceil(message + 12)}"`);
  });

  it("measures text as Verdana sets it: wide letters wider, a longer count wider", () => {
    expect(textWidth("")).toBe(0);
    expect(textWidth("W")).toBeGreaterThan(textWidth("i"));
    expect(textWidth("mmmm")).toBeGreaterThan(textWidth("iiii") * 2);
    expect(textWidth("No response for 12,469 days")).toBeGreaterThan(textWidth("No response for 2,469 days"));
    // Hangul is a full em wide, wider than any Latin letter.
    expect(textWidth("북한")).toBe(22);
    const answered = renderBadgeSvg({ ...overdue, message: "Answered 12 March 2020", tone: "success" });
    expect(Number(rootAttribute(answered, "width"))).toBeLessThan(
      Number(rootAttribute(renderBadgeSvg(overdue), "width")),
    );
    expect(answered).toContain(">Answered 12 March 2020</text>");
    expect(answered).toContain(`fill="${BADGE_FILLS.success}"`);
  });

  it("says which language it is in, and makes room for Hangul", () => {
    const korean = renderBadgeSvg({ ...overdue, message: "2,469일째 무응답", language: "ko" });
    expect(rootAttribute(korean, "xml:lang")).toBe("ko");
    expect(rootAttribute(renderBadgeSvg(overdue), "xml:lang")).toBe("en-GB");
    // Each Hangul syllable is a full em: three are far wider than three Latin letters.
    expect(textWidth("무응답")).toBeGreaterThan(textWidth("abc") * 1.5);
  });

  it("escapes a title or message that looks like markup, and drops characters XML forbids", () => {
    const svg = renderBadgeSvg({
      ...overdue,
      message: `<b>"&'`,
      title: `Letter "<script>alert(1)</script>" & co\u0001`,
    });
    expect(svg).not.toContain("<script>");
    expect(svg).not.toContain("<b>");
    expect(svg).not.toContain("\u0001");
    expect(svg).toContain(">&lt;b&gt;&quot;&amp;'</text>");
    expect(rootAttribute(svg, "aria-label")).toBe(
      "Letter &quot;&lt;script&gt;alert(1)&lt;/script&gt;&quot; &amp; co",
    );
    // Still one well-formed document: every element opened is closed.
    const opened = [...svg.matchAll(/<(svg|title|g|text|clipPath)\b/g)].length;
    const closed = [...svg.matchAll(/<\/(svg|title|g|text|clipPath)>/g)].length;
    expect(closed).toBe(opened);
  });
});

describe("the embed snippets", () => {
  it("frames a widget by its absolute address, with a title, escaped, and the script that sizes it", () => {
    expect(
      iframeSnippet({
        src: "https://a.example/embed/campaigns/x",
        title: 'The "ask" <now>',
        height: 300,
        sizer: "https://a.example/embed.js",
      }),
    ).toBe(
      '<iframe src="https://a.example/embed/campaigns/x" title="The &quot;ask&quot; &lt;now&gt;" width="100%" height="300" style="border:0;max-width:600px" loading="lazy"></iframe>\n<script src="https://a.example/embed.js" async></script>',
    );
  });

  it("writes the badge as Markdown and HTML that link to the letter, whatever its title", () => {
    const badge = {
      image: "https://a.example/campaigns/x/letters/(y)/badge.svg",
      link: "https://a.example/campaigns/x/letters/(y)",
      alt: "[Letter] \\ of 2020",
    };
    expect(badgeMarkdown(badge)).toBe(
      "[![\\[Letter\\] \\\\ of 2020](https://a.example/campaigns/x/letters/%28y%29/badge.svg)](https://a.example/campaigns/x/letters/%28y%29)",
    );
    expect(badgeHtml({ ...badge, alt: 'A "letter" & <more>' })).toBe(
      '<a href="https://a.example/campaigns/x/letters/(y)"><img src="https://a.example/campaigns/x/letters/(y)/badge.svg" alt="A &quot;letter&quot; &amp; &lt;more&gt;"></a>',
    );
  });
});
