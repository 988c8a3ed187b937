import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { canonicalTimeZone } from "@/lib/validations/campaigns";

/** The zone names a catalog message offers as examples ("like Asia/Seoul or Europe/Zurich"). */
function examplesIn(file: string, ...keys: string[]): string[] {
  let message: unknown = JSON.parse(fs.readFileSync(path.resolve("messages/en", file), "utf8"));
  for (const key of keys) message = (message as Record<string, unknown>)[key];
  return String(message).match(/\b[A-Z][A-Za-z_]+\/[A-Za-z_/]+\b/g) ?? [];
}

describe("a target's time zone", () => {
  it("accepts the examples the form and its refusal give", () => {
    const examples = [
      ...examplesIn("staff-campaigns.json", "staffTargets", "form", "timeZoneHint"),
      ...examplesIn("core.json", "errors", "timezone", "invalid"),
      ...examplesIn("core.json", "errors", "timezone", "required"),
    ];
    expect(examples.length).toBeGreaterThanOrEqual(3);
    for (const zone of examples) expect(canonicalTimeZone(zone), zone).not.toBeNull();
  });

  it("accepts every zone the runtime lists, under its own name", () => {
    for (const zone of Intl.supportedValuesOf("timeZone")) expect(canonicalTimeZone(zone)).toBe(zone);
  });

  it("accepts the IANA names the runtime knows only as aliases, and UTC however it is written", () => {
    for (const zone of [
      "Asia/Kolkata",
      "Asia/Calcutta",
      "Europe/Kyiv",
      "UTC",
      "Etc/UTC",
      "GMT",
      "Etc/GMT+5",
    ]) {
      expect(canonicalTimeZone(zone), zone).not.toBeNull();
    }
    expect(canonicalTimeZone("etc/utc")).toBe("UTC");
  });

  it("keeps a current name as typed rather than the older one the runtime resolves it to", () => {
    expect(canonicalTimeZone("Europe/Kyiv")).toBe("Europe/Kyiv");
    expect(canonicalTimeZone("Asia/Kolkata")).toBe("Asia/Kolkata");
    expect(canonicalTimeZone("Asia/Ho_Chi_Minh")).toBe("Asia/Ho_Chi_Minh");
    // Typed in lower case, it takes the runtime's spelling.
    expect(canonicalTimeZone("asia/seoul")).toBe("Asia/Seoul");
  });

  it("takes Europe/Geneva, which IANA files under Zurich, as Geneva's clock", () => {
    expect(canonicalTimeZone("Europe/Geneva")).toBe("Europe/Zurich");
    expect(canonicalTimeZone("europe/geneva")).toBe("Europe/Zurich");
  });

  it("refuses names and offsets that are not zones", () => {
    for (const value of ["Asia/Nowhere", "Geneva", "+09:00", "UTC+2", ""])
      expect(canonicalTimeZone(value), value).toBeNull();
  });
});
