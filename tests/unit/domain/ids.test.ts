import { describe, expect, it } from "vitest";
import { isUuid } from "@/lib/domain/ids";

describe("isUuid", () => {
  it.each(["0f8fad5b-d9cb-469f-a165-70867728950e", "0F8FAD5B-D9CB-469F-A165-70867728950E"])(
    "accepts a UUID in either case: %s",
    (value) => {
      expect(isUuid(value)).toBe(true);
    },
  );

  it.each([
    "",
    "abc",
    "0f8fad5b-d9cb-469f-a165-70867728950",
    " 0f8fad5b-d9cb-469f-a165-70867728950e",
    "0f8fad5bd9cb469fa16570867728950e",
  ])("refuses anything a uuid column would reject: %j", (value) => {
    expect(isUuid(value)).toBe(false);
  });
});
