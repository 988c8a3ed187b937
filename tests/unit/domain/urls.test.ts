import { describe, expect, it } from "vitest";
import {
  AWAITING_FEED_PATH,
  AWAITING_PATH,
  campaignFeedPath,
  campaignLettersPrefix,
  campaignPath,
  campaignTimelinePath,
  confirmPath,
  iso3FromSegment,
  letterPath,
  letterPrintPath,
  letterSignatoriesPath,
  letterSignPath,
  organisationPath,
  RESOLUTIONS_PATH,
  regionalGroupFromSegment,
  resolutionGroupFilterPath,
  resolutionGroupPath,
  resolutionPath,
  STATES_PATH,
  sameSitePath,
  signatoriesCsvPath,
  staffSignaturesExportPath,
  statePath,
  TARGETS_PATH,
  timelineAnchor,
} from "@/lib/domain/urls";

describe("public addresses", () => {
  it("are the site's existing addresses for ordinary slugs", () => {
    expect(campaignPath("north-korea")).toBe("/campaigns/north-korea");
    expect(campaignTimelinePath("north-korea")).toBe("/campaigns/north-korea/timeline");
    expect(campaignFeedPath("north-korea")).toBe("/campaigns/north-korea/feed.xml");
    expect(campaignLettersPrefix("north-korea")).toBe("/campaigns/north-korea/letters/");
    expect(letterPath("north-korea", "moon-2019")).toBe("/campaigns/north-korea/letters/moon-2019");
    expect(letterSignPath("c", "l")).toBe("/campaigns/c/letters/l/sign");
    expect(letterPrintPath("c", "l")).toBe("/campaigns/c/letters/l/print");
    expect(letterSignatoriesPath("c", "l")).toBe("/campaigns/c/letters/l/signatories");
    expect(organisationPath("icnk")).toBe("/organisations/icnk");
    expect(TARGETS_PATH).toBe("/targets");
    expect(AWAITING_PATH).toBe("/awaiting-response");
    expect(AWAITING_FEED_PATH).toBe("/awaiting-response/feed.xml");
    expect(confirmPath("AbC_-1")).toBe("/confirm/AbC_-1");
  });

  it("encode every segment", () => {
    expect(campaignPath("북한")).toBe("/campaigns/%EB%B6%81%ED%95%9C");
    expect(letterPath("a/b", "c?d#e")).toBe("/campaigns/a%2Fb/letters/c%3Fd%23e");
    expect(organisationPath("../x")).toBe("/organisations/..%2Fx");
    expect(signatoriesCsvPath("a/b")).toBe("/api/letters/a%2Fb/signatories.csv");
    expect(staffSignaturesExportPath("id 1")).toBe("/api/staff/letters/id%201/export");
  });

  it("name a timeline entry by a fragment without a colon", () => {
    expect(timelineAnchor("event:123")).toBe("event-123");
  });
});

describe("the UN record's addresses", () => {
  it("name resolution lines, their regional-group views and states", () => {
    expect(RESOLUTIONS_PATH).toBe("/resolutions");
    expect(resolutionPath("dprk-ga")).toBe("/resolutions/dprk-ga");
    expect(resolutionGroupFilterPath("dprk-ga")).toBe("/resolutions/dprk-ga/groups");
    expect(resolutionGroupPath("dprk-ga", "western_european_others")).toBe(
      "/resolutions/dprk-ga/groups/weog",
    );
    expect(resolutionGroupPath("dprk-ga", "asia_pacific")).toBe("/resolutions/dprk-ga/groups/asia-pacific");
    expect(resolutionPath("a/b")).toBe("/resolutions/a%2Fb");
    expect(STATES_PATH).toBe("/states");
    expect(statePath("KOR")).toBe("/states/kor");
  });

  it("read back the regional group and the state code an address names", () => {
    for (const group of [
      "african",
      "asia_pacific",
      "eastern_european",
      "latin_american_caribbean",
      "western_european_others",
    ] as const) {
      const segment = resolutionGroupPath("x", group).split("/").at(-1)!;
      expect(regionalGroupFromSegment(segment)).toBe(group);
    }
    expect(regionalGroupFromSegment("asia_pacific")).toBeNull();
    expect(regionalGroupFromSegment("")).toBeNull();
    expect(regionalGroupFromSegment("constructor")).toBeNull();
    expect(iso3FromSegment("kor")).toBe("KOR");
    expect(iso3FromSegment("KOR")).toBe("KOR");
    expect(iso3FromSegment("korea")).toBeNull();
    expect(iso3FromSegment("k0r")).toBeNull();
  });
});

describe("the address to return to after signing in", () => {
  it.each([
    ["/campaigns/x", "/campaigns/x"],
    ["/account?tab=1#top", "/account?tab=1#top"],
    ["/。/x", "/%E3%80%82/x"],
    ["/북한 인권", "/%EB%B6%81%ED%95%9C%20%EC%9D%B8%EA%B6%8C"],
    ["/%E3%80%82/x", "/%E3%80%82/x"],
  ])("keeps a path on this site: %s", (value, expected) => {
    expect(sameSitePath(value)).toBe(expected);
  });

  it.each([
    "https://evil.example/",
    "//evil.example",
    "/\\evil.example",
    "evil",
    "/a\u0000b",
    "/a\nb",
    "/\ud800",
    undefined,
    null,
    42,
  ])("refuses anything else: %s", (value) => {
    expect(sameSitePath(value)).toBeNull();
  });
});
