import { describe, expect, it } from "vitest";
import { targetWording } from "@/lib/domain/campaigns";

describe("naming whom a campaign presses", () => {
  it.each([
    [["government"], "government"],
    [["un_body"], "un_body"],
    [["company"], "company"],
    [["other"], "target"],
    [["government", "government"], "governments"],
    [["government", "un_body"], "targets"],
  ] as const)("%j is %s: a UN body or a company is not 'the government'", (kinds, wording) => {
    expect(targetWording(kinds)).toBe(wording);
  });
});
