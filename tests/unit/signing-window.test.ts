import { describe, expect, it } from "vitest";
import { acceptedKinds, formatWindowInstant, signingWindow } from "@/components/signing/signing-window";

/* What the letter page's call to action and the sign page say about a letter's signing window. */

const now = new Date("2026-06-01T12:00:00Z");
const collecting = {
  status: "collecting" as const,
  whoCanSign: "both" as const,
  signingOpensAt: null,
  signingClosesAt: null,
};

describe("signingWindow", () => {
  it("is open while collecting within the window, and says when it closes", () => {
    expect(signingWindow(collecting, now)).toEqual({ state: "open", closesAt: null });
    expect(
      signingWindow(
        { ...collecting, signingOpensAt: "2026-05-01T00:00:00Z", signingClosesAt: "2026-07-01T00:00:00Z" },
        now,
      ),
    ).toEqual({ state: "open", closesAt: new Date("2026-07-01T00:00:00Z") });
  });

  it("says when signing opens, and when it closed", () => {
    expect(signingWindow({ ...collecting, signingOpensAt: "2026-06-02T00:00:00Z" }, now)).toEqual({
      state: "notYetOpen",
      opensAt: new Date("2026-06-02T00:00:00Z"),
    });
    expect(signingWindow({ ...collecting, signingClosesAt: new Date("2026-06-01T12:00:00Z") }, now)).toEqual({
      state: "closed",
      closedAt: new Date("2026-06-01T12:00:00Z"),
    });
  });

  it("is shut for good once the letter is sent or closed, whatever its dates", () => {
    for (const status of ["sent", "closed"] as const) {
      expect(signingWindow({ ...collecting, status, signingClosesAt: "2027-01-01T00:00:00Z" }, now)).toEqual({
        state: "sent",
      });
    }
  });

  it("asks about the kind of signer the letter accepts", () => {
    expect(signingWindow({ ...collecting, whoCanSign: "organisations" }, now).state).toBe("open");
    expect(signingWindow({ ...collecting, whoCanSign: "individuals" }, now).state).toBe("open");
    expect(acceptedKinds("organisations")).toEqual({ organisations: true, individuals: false });
    expect(acceptedKinds("individuals")).toEqual({ organisations: false, individuals: true });
    expect(acceptedKinds("both")).toEqual({ organisations: true, individuals: true });
  });
});

describe("formatWindowInstant", () => {
  it("shows the instant in the target's zone, naming the offset", () => {
    expect(formatWindowInstant(new Date("2026-12-05T00:00:00Z"), "Asia/Seoul", "en-GB")).toBe(
      "5 December 2026 at 09:00 GMT+9",
    );
    expect(formatWindowInstant(new Date("2026-12-05T00:00:00Z"), "Asia/Seoul", "ko")).toBe(
      "2026년 12월 5일 09:00 GMT+9",
    );
  });
});
