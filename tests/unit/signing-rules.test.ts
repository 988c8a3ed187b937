import { describe, expect, it } from "vitest";
import { fieldErrorsFrom } from "@/lib/actions/result";
import { SIGNING_LIMIT_DEFAULTS, signingLimits } from "@/lib/domain/rate-limit-config";
import {
  botFlags,
  MIN_FILL_MS,
  needsApproval,
  type SigningLetter,
  signingRefusal,
} from "@/lib/domain/signing-rules";
import { createToken, hashToken, TOKEN_PATTERN } from "@/lib/domain/tokens";
import { individualSignatureSchema, rejectSignaturesSchema } from "@/lib/validations/signing";

const now = new Date("2026-03-03T12:00:00Z");
const open: SigningLetter = {
  status: "collecting",
  whoCanSign: "both",
  signingOpensAt: null,
  signingClosesAt: null,
};

describe("signingRefusal", () => {
  it("lets both kinds sign a collecting letter with no window", () => {
    expect(signingRefusal(open, "individual", now)).toBeNull();
    expect(signingRefusal(open, "organisation", now)).toBeNull();
  });

  it("treats a draft as missing and a sent or closed letter as final", () => {
    expect(signingRefusal({ ...open, status: "draft" }, "individual", now)).toBe(
      "errors.signing.letterNotFound",
    );
    expect(signingRefusal({ ...open, status: "sent" }, "individual", now)).toBe("errors.signing.letterSent");
    expect(signingRefusal({ ...open, status: "closed" }, "organisation", now)).toBe(
      "errors.signing.letterSent",
    );
  });

  it("keeps to the signing window, closing at the exact instant", () => {
    const window = { ...open, signingOpensAt: new Date("2026-03-01T00:00:00Z"), signingClosesAt: now };
    expect(signingRefusal(window, "individual", new Date("2026-02-28T23:59:59Z"))).toBe(
      "errors.signing.notYetOpen",
    );
    expect(signingRefusal(window, "individual", new Date(now.getTime() - 1))).toBeNull();
    expect(signingRefusal(window, "individual", now)).toBe("errors.signing.closed");
  });

  it("follows who may sign", () => {
    const orgsOnly = { ...open, whoCanSign: "organisations" as const };
    const peopleOnly = { ...open, whoCanSign: "individuals" as const };
    expect(signingRefusal(orgsOnly, "individual", now)).toBe("errors.signing.organisationsOnly");
    expect(signingRefusal(orgsOnly, "organisation", now)).toBeNull();
    expect(signingRefusal(peopleOnly, "organisation", now)).toBe("errors.signing.individualsOnly");
    expect(signingRefusal(peopleOnly, "individual", now)).toBeNull();
  });
});

describe("bot signals", () => {
  const at = (msAgo: number) => now.getTime() - msAgo;

  it("sees nothing in a form filled at human speed with the hidden field empty", () => {
    expect(botFlags({ honeypotFilled: false, startedAt: at(MIN_FILL_MS + 1), now })).toEqual([]);
  });

  it("flags the honeypot, a fast or future start, and a missing start", () => {
    expect(botFlags({ honeypotFilled: true, startedAt: at(60_000), now })).toEqual(["honeypot"]);
    expect(botFlags({ honeypotFilled: false, startedAt: at(500), now })).toEqual(["too_fast"]);
    expect(botFlags({ honeypotFilled: false, startedAt: at(-60_000), now })).toEqual(["too_fast"]);
    expect(botFlags({ honeypotFilled: true, startedAt: undefined, now })).toEqual([
      "honeypot",
      "no_start_time",
    ]);
  });

  it("sends flagged signatures and approval letters to staff", () => {
    expect(needsApproval({ requiresApproval: false, flags: [] })).toBe(false);
    expect(needsApproval({ requiresApproval: false, flags: ["too_fast"] })).toBe(true);
    expect(needsApproval({ requiresApproval: true, flags: [] })).toBe(true);
  });
});

describe("signing limits from the environment", () => {
  it("defaults to ten per IP per letter per minute, thirty per five minutes, five per address per hour", () => {
    expect(signingLimits({})).toEqual({
      perIpPerLetterPerMinute: 10,
      perIpPer5Minutes: 30,
      perEmailPerHour: 5,
    });
    expect(SIGNING_LIMIT_DEFAULTS.perIpPerLetterPerMinute).toBe(10);
  });

  it("reads overrides, 0 turning a limit off, and ignores garbage", () => {
    expect(
      signingLimits({
        SIGNING_LIMIT_PER_IP_PER_LETTER_PER_MINUTE: "0",
        SIGNING_LIMIT_PER_IP_PER_5_MINUTES: "20",
        SIGNING_LIMIT_PER_EMAIL_PER_HOUR: "lots",
      }),
    ).toEqual({ perIpPerLetterPerMinute: 0, perIpPer5Minutes: 20, perEmailPerHour: 5 });
    expect(signingLimits({ SIGNING_LIMIT_PER_IP_PER_5_MINUTES: "-3" }).perIpPer5Minutes).toBe(30);
  });
});

describe("confirmation tokens", () => {
  it("are 32 random bytes in base64url, stored as a SHA-256 hash", () => {
    const a = createToken();
    const b = createToken();
    expect(a.token).toMatch(TOKEN_PATTERN);
    expect(a.token).not.toBe(b.token);
    expect(a.hash).toBe(hashToken(a.token));
    expect(a.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(a.hash).not.toContain(a.token);
  });
});

describe("the individual signature schema", () => {
  const letterId = "00000000-0000-4000-8000-000000000001";
  const valid = {
    letterId,
    name: " Ada ",
    email: " Ada@Example.org ",
    visibility: "name_withheld",
    country: "gb",
    website: "",
    startedAt: "1700000000000",
  };
  const errors = (input: Record<string, unknown>) => {
    const parsed = individualSignatureSchema.safeParse(input);
    return parsed.success ? {} : fieldErrorsFrom(parsed.error);
  };

  it("trims, lower-cases the address, upper-cases the country and reads the start time", () => {
    expect(individualSignatureSchema.parse(valid)).toMatchObject({
      name: "Ada",
      email: "ada@example.org",
      country: "GB",
      visibility: "name_withheld",
      website: false,
      startedAt: 1_700_000_000_000,
    });
  });

  it("gives each bad field its own message", () => {
    expect(errors({ ...valid, name: "  " })).toEqual({ name: ["errors.name.required"] });
    expect(errors({ ...valid, name: undefined })).toEqual({ name: ["errors.name.required"] });
    expect(errors({ ...valid, email: "not-an-address" })).toEqual({ email: ["errors.email.invalid"] });
    expect(errors({ ...valid, email: undefined })).toEqual({ email: ["errors.email.required"] });
    expect(errors({ ...valid, name: "x".repeat(201) })).toEqual({ name: ["errors.name.tooLong"] });
    expect(errors({ ...valid, titleAffiliation: "x".repeat(201) })).toEqual({
      titleAffiliation: ["errors.field.tooLong"],
    });
    expect(errors({ ...valid, country: "Korea" })).toEqual({ country: ["errors.country.invalid"] });
    expect(errors({ ...valid, visibility: undefined })).toEqual({
      visibility: ["errors.visibility.required"],
    });
    expect(errors({ ...valid, letterId: "nope" })).toEqual({ letterId: ["errors.signing.letterNotFound"] });
  });

  it("never refuses for the bot signals: a honeypot value or a garbled start time", () => {
    expect(
      individualSignatureSchema.parse({ ...valid, website: "http://spam", startedAt: "soon" }),
    ).toMatchObject({
      website: true,
      startedAt: undefined,
    });
    const { website: _website, startedAt: _startedAt, ...withoutSignals } = valid;
    const parsed = individualSignatureSchema.parse(withoutSignals);
    expect(parsed.website).toBe(false);
    expect(parsed.startedAt).toBeUndefined();
  });

  it("needs a reason to reject, and at least one signature", () => {
    const parsed = rejectSignaturesSchema.safeParse({ ids: [], reason: " " });
    expect(parsed.success).toBe(false);
    if (!parsed.success) {
      expect(fieldErrorsFrom(parsed.error)).toEqual({
        ids: ["errors.signing.selectionRequired"],
        reason: ["errors.signing.reasonRequired"],
      });
    }
    expect(rejectSignaturesSchema.parse({ ids: letterId, reason: "spam" }).ids).toEqual([letterId]);
  });
});
