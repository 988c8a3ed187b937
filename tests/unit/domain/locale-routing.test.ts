import { describe, expect, it } from "vitest";
import {
  chosenLocale,
  languageAlternates,
  rememberedLocale,
  routeAddress,
} from "@/lib/domain/locale-routing";
import { localePath } from "@/lib/domain/locales";
import { signatoryViewAddress, signatoryViewRewrite } from "@/lib/domain/signatory-view";

/*
 * Where a page address is served from: English at the unprefixed addresses (rendered
 * under /en-GB/…), Korean under /ko, and the visitor's chosen language remembered.
 */

describe("routing a page address to its language", () => {
  it("serves an unprefixed address from the English page and a /ko address from the Korean one", () => {
    expect(routeAddress("/", "", null)).toEqual({
      locale: "en-GB",
      path: "/",
      internal: "/en-GB",
      dropQuery: false,
    });
    expect(routeAddress("/campaigns/x", "?a=1", null)).toMatchObject({
      locale: "en-GB",
      path: "/campaigns/x",
      internal: "/en-GB/campaigns/x",
    });
    expect(routeAddress("/ko", "", null)).toMatchObject({ locale: "ko", path: "/", internal: "/ko" });
    expect(routeAddress("/ko/campaigns/x", "", null)).toMatchObject({
      locale: "ko",
      internal: "/ko/campaigns/x",
    });
    // Not a language: an English address (which no page serves).
    expect(routeAddress("/kor/x", "", null)).toMatchObject({ locale: "en-GB", internal: "/en-GB/kor/x" });
  });

  it("redirects an explicit /en-GB/… address to the unprefixed one, with its query", () => {
    expect(routeAddress("/en-GB", "", null)).toEqual({ redirect: "/" });
    expect(routeAddress("/en-GB/campaigns/x", "?kind=a", null)).toEqual({ redirect: "/campaigns/x?kind=a" });
    expect(routeAddress("/en-GBx", "", null)).toMatchObject({ internal: "/en-GB/en-GBx" });
  });

  it("leads an unprefixed address to the language the visitor chose, never a /ko one away from Korean", () => {
    expect(routeAddress("/campaigns/x", "?q=1", "ko")).toEqual({ redirect: "/ko/campaigns/x?q=1" });
    expect(routeAddress("/", "", "ko")).toEqual({ redirect: "/ko" });
    expect(routeAddress("/campaigns/x", "", "en-GB")).toMatchObject({ internal: "/en-GB/campaigns/x" });
    expect(routeAddress("/ko/campaigns/x", "", "en-GB")).toMatchObject({ internal: "/ko/campaigns/x" });
    // The server's own 404 address is served in the language it names.
    expect(routeAddress("/_answerable/not-found", "", "ko")).toMatchObject({
      internal: "/en-GB/_answerable/not-found",
    });
  });

  it("serves a signatory list's view from its own path, in either language", () => {
    const list = "/campaigns/x/letters/y/signatories";
    const view = signatoryViewRewrite(list, "?kind=individuals&page=2")!;
    expect(routeAddress(list, "?kind=individuals&page=2", null)).toEqual({
      locale: "en-GB",
      path: list,
      internal: `/en-GB${view}`,
      dropQuery: true,
    });
    expect(routeAddress(`/ko${list}`, "kind=individuals&page=2", null)).toMatchObject({
      locale: "ko",
      internal: `/ko${view}`,
      dropQuery: true,
    });
    expect(signatoryViewAddress(view)).toBe(`${list}?kind=individuals&page=2`);
    expect(signatoryViewAddress(`${list}/auto.1`)).toBe(list);
    expect(signatoryViewAddress(`${list}/nonsense`)).toBeNull();
  });

  it("reads the chosen language from the cookie's value, ignoring anything else", () => {
    expect(rememberedLocale("ko", "none")).toBe("ko");
    expect(rememberedLocale("ko", undefined)).toBe("ko");
    expect(rememberedLocale("ko", "same-origin")).toBeNull();
    expect(chosenLocale("ko")).toBe("ko");
    expect(chosenLocale("en-GB")).toBe("en-GB");
    expect(chosenLocale("fr")).toBeNull();
    expect(chosenLocale(undefined)).toBeNull();
  });
});

describe("a page's address in every language", () => {
  it("puts Korean under /ko, with the home page and its fragments and queries at /ko itself", () => {
    expect(localePath("ko", "/")).toBe("/ko");
    expect(localePath("ko", "/#campaigns")).toBe("/ko#campaigns");
    expect(localePath("ko", "/?q=1")).toBe("/ko?q=1");
    expect(localePath("ko", "/search?q=1")).toBe("/ko/search?q=1");
    expect(localePath("en-GB", "/#campaigns")).toBe("/#campaigns");
  });

  it("names each language's address and the English one as x-default", () => {
    expect(languageAlternates("/campaigns/x")).toEqual({
      "en-GB": "/campaigns/x",
      ko: "/ko/campaigns/x",
      "x-default": "/campaigns/x",
    });
    expect(languageAlternates("/")).toEqual({ "en-GB": "/", ko: "/ko", "x-default": "/" });
  });
});
