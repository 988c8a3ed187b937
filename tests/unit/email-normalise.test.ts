import { describe, expect, it } from "vitest";
import { normaliseEmail } from "@/lib/domain/email";

describe("normaliseEmail: one mailbox, one form", () => {
  it.each([
    // Case and surrounding spaces are ignored.
    ["  Ada.Lovelace@Example.ORG ", "ada.lovelace@example.org"],
    // A +tag is dropped on any domain…
    ["ada+letters@example.org", "ada@example.org"],
    ["ada+a+b@proton.me", "ada@proton.me"],
    // …but a local part that is only a tag is kept.
    ["+tag@example.org", "+tag@example.org"],
    // Gmail ignores dots, and googlemail.com is gmail.com.
    ["A.Da.Love.Lace@gmail.com", "adalovelace@gmail.com"],
    ["ada.lovelace+sign@googlemail.com", "adalovelace@gmail.com"],
    ["adalovelace@GoogleMail.com", "adalovelace@gmail.com"],
    // Other domains keep their dots, where they may name another mailbox.
    ["a.b@outlook.com", "a.b@outlook.com"],
    ["a.b@mail.gmail.com.example", "a.b@mail.gmail.com.example"],
    // Something that is not an address is lower-cased, without throwing.
    ["No-At-Sign", "no-at-sign"],
    ["@example.org", "@example.org"],
  ])("normaliseEmail(%j) is %j", (address, normalised) => {
    expect(normaliseEmail(address)).toBe(normalised);
  });

  it("keeps dots for other domains, where they may name another mailbox", () => {
    expect(normaliseEmail("ada.lovelace@example.org")).not.toBe(normaliseEmail("adalovelace@example.org"));
  });
});
