import { describe, expect, it } from "vitest";
import {
  parseSignatoryViewSegment,
  readSignatoryView,
  SIGNATORY_QUERY_MAX,
  signatoryViewRewrite,
  signatoryViewSegment,
} from "@/lib/domain/signatory-view";

const LIST = "/campaigns/icnk/letters/march/signatories";
const read = (query: string) => readSignatoryView(new URLSearchParams(query));

describe("a signatory list's views", () => {
  it("read the kind, search and page from the address, with defaults for anything unexpected", () => {
    expect(read("kind=individuals&q=kim&page=3")).toEqual({ kind: "individuals", q: "kim", page: 3 });
    expect(read("")).toEqual({ kind: null, q: "", page: 1 });
    expect(read("kind=robots&page=-2")).toEqual({ kind: null, q: "", page: 1 });
    expect(read("page=1e3")).toEqual({ kind: null, q: "", page: 1 });
    expect(read("page=99999999")).toEqual({ kind: null, q: "", page: 1 });
    expect(read(`q=${"a".repeat(500)}`).q).toHaveLength(SIGNATORY_QUERY_MAX);
  });

  it("share one cached path between spellings of the same view", () => {
    const one = signatoryViewRewrite(LIST, "?kind=individuals&q=kim&page=3");
    expect(one).toBe(`${LIST}/individuals.3.a2lt`);
    expect(signatoryViewRewrite(LIST, "page=03&q=%20kim%09&kind=individuals&kind=organisations")).toBe(one);
    expect(signatoryViewRewrite(LIST, "")).toBe(`${LIST}/auto.1`);
    expect(signatoryViewRewrite(LIST, "q=%00%01")).toBe(`${LIST}/auto.1`);
  });

  it("rewrite only a signatory list's own address", () => {
    expect(signatoryViewRewrite("/campaigns/icnk/letters/march", "q=kim")).toBeNull();
    expect(signatoryViewRewrite(`${LIST}/auto.1`, "")).toBeNull();
    expect(signatoryViewRewrite("/campaigns/icnk/letters/march/signatories/", "")).toBeNull();
  });

  it("read back from their path segment, searches in any script included", () => {
    for (const view of [
      { kind: null, q: "", page: 1 },
      { kind: "organisations" as const, q: "북한 인권 / 100% a_b", page: 42 },
      { kind: "individuals" as const, q: "Ñoño", page: 1_000_000 },
    ]) {
      expect(parseSignatoryViewSegment(signatoryViewSegment(view))).toEqual(view);
    }
  });

  it("refuse segments no address is rewritten to, so a view has one cache entry", () => {
    for (const segment of [
      "",
      "auto",
      "auto.0",
      "auto.01",
      "people.1",
      "auto.1.",
      "auto.1.a2lt=",
      "auto.2000000",
    ]) {
      expect(parseSignatoryViewSegment(segment)).toBeNull();
    }
    // " kim" trims to "kim": its segment is kim's, not a second one.
    const spaced = Buffer.from(" kim").toString("base64url");
    expect(parseSignatoryViewSegment(`auto.1.${spaced}`)).toBeNull();
  });
});
