import { describe, expect, it } from "vitest";
import { normaliseEmail } from "@/lib/domain/email";

describe("normaliseEmail: one mailbox, one form", () => {
  it("ignores case and surrounding spaces", () => {
    expect(normaliseEmail("  Ada.Lovelace@Example.ORG ")).toBe("ada.lovelace@example.org");
  });

  it("drops a +tag on any domain", () => {
    expect(normaliseEmail("ada+letters@example.org")).toBe("ada@example.org");
    expect(normaliseEmail("ada+a+b@proton.me")).toBe("ada@proton.me");
  });

  it("keeps a local part that is only a tag", () => {
    expect(normaliseEmail("+tag@example.org")).toBe("+tag@example.org");
  });

  it("drops dots in Gmail addresses and folds googlemail.com into gmail.com", () => {
    expect(normaliseEmail("A.Da.Love.Lace@gmail.com")).toBe("adalovelace@gmail.com");
    expect(normaliseEmail("ada.lovelace+sign@googlemail.com")).toBe("adalovelace@gmail.com");
    expect(normaliseEmail("adalovelace@GoogleMail.com")).toBe("adalovelace@gmail.com");
  });

  it("keeps dots for other domains, where they may name another mailbox", () => {
    expect(normaliseEmail("ada.lovelace@example.org")).not.toBe(normaliseEmail("adalovelace@example.org"));
    expect(normaliseEmail("a.b@outlook.com")).toBe("a.b@outlook.com");
    expect(normaliseEmail("a.b@mail.gmail.com.example")).toBe("a.b@mail.gmail.com.example");
  });

  it("leaves something that is not an address as lower case, without throwing", () => {
    expect(normaliseEmail("No-At-Sign")).toBe("no-at-sign");
    expect(normaliseEmail("@example.org")).toBe("@example.org");
  });
});
