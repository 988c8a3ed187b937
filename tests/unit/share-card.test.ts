import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { cardFonts } from "@/components/share/card-fonts";
import { cardTitle, type ShareCard, shareCardResponse } from "@/components/share/share-card";

/*
 * Share cards drawn with a font that has Hangul: a Korean title is drawn in its own
 * letters. Without such a font every syllable is the same empty box (.notdef), so two
 * different Korean titles of the same length made the same picture, byte for byte. No
 * font is fetched from the network for them (next/og would otherwise ask Google Fonts).
 */

const card = (title: string): ShareCard => ({
  siteName: "Answerable",
  eyebrow: "Campaign · 대한민국 정부",
  title,
  status: "No response for 2,554 days",
  tone: "danger",
  detail: "0 of 2 asks met",
  figure: { value: "2,554", caption: "days without a response" },
});

async function png(title: string): Promise<Buffer> {
  const response = await shareCardResponse(card(title));
  expect(response.headers.get("content-type")).toBe("image/png");
  expect(response.headers.get("cache-control")).toBe("public, max-age=600");
  return Buffer.from(await response.arrayBuffer());
}

/** Addresses next/og asked the network for; it reads its own WebAssembly as data: URLs. */
const fetched: string[] = [];
const realFetch = globalThis.fetch;
beforeEach(() => {
  fetched.length = 0;
  vi.stubGlobal("fetch", (input: string | URL | Request, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : String(input);
    if (url.startsWith("data:")) return realFetch(input, init);
    fetched.push(url);
    return Promise.reject(new Error("no network in this test"));
  });
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe("a share card", () => {
  it("draws a Korean title in its own letters, from the app's font, without fetching one", async () => {
    const title = "대한민국 정부는 북한 인권 결의안 공동제안국으로 복귀하라";
    // Words of the same lengths in other syllables: in boxes, the very same picture.
    const otherTitle = "일본국민 위원회 남한 정부 입장문 공동위원회에서 발표하라";
    expect(otherTitle.split(" ").map((w) => w.length)).toEqual(title.split(" ").map((w) => w.length));
    const seoul = await png(title);
    const again = await png(title);
    const other = await png(otherTitle);
    expect(seoul.equals(again), "the same card twice is the same picture").toBe(true);
    expect(seoul.equals(other), "two Korean titles make two pictures").toBe(false);
    expect(fetched).toEqual([]);
  });

  it("cuts a long title at a word to keep to three lines, Korean syllables counting as two letters", () => {
    const korean =
      "대한민국 정부는 유엔 인권이사회의 북한 인권 결의안 공동제안국으로 즉시 복귀하고 북한 주민의 인권 개선을 위한 국제사회의 노력에 적극적으로 동참하라";
    const cut = cardTitle(korean);
    expect(cut).toBe(
      "대한민국 정부는 유엔 인권이사회의 북한 인권 결의안 공동제안국으로 즉시 복귀하고 북한 주민의 인권 개선을…",
    );
    const latin = "South Korea: re-engage on accountability for North Korea's human rights abuses ".repeat(2);
    expect(cardTitle(latin)).toBe(
      "South Korea: re-engage on accountability for North Korea's human rights abuses South Korea: re-engage on…",
    );
    expect(cardTitle("Letter to President Moon Jae-in, December 2019")).toBe(
      "Letter to President Moon Jae-in, December 2019",
    );
  });

  it("reads its fonts once per process, regular and bold", async () => {
    const first = await cardFonts();
    expect(await cardFonts()).toBe(first);
    expect(first.map((f) => [f.name, f.weight])).toEqual([
      ["Pretendard", 400],
      ["Pretendard", 700],
    ]);
  });
});
