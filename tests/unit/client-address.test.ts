import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { pinClientAddress, resolveClientAddress, trustedProxyHops } from "@/lib/server/client-address";
import { clientIp } from "@/lib/server/request";

describe("resolveClientAddress", () => {
  it("believes only the connection when no proxy is trusted", () => {
    expect(
      resolveClientAddress({ remoteAddress: "203.0.113.7", forwardedFor: "192.0.2.1", trustedHops: 0 }),
    ).toBe("203.0.113.7");
  });

  it("takes the entry the trusted proxy wrote, not what the client put before it", () => {
    // The client sent "X-Forwarded-For: 6.6.6.6"; the proxy appended the real address.
    expect(
      resolveClientAddress({
        remoteAddress: "10.0.0.2",
        forwardedFor: "6.6.6.6, 198.51.100.4",
        trustedHops: 1,
      }),
    ).toBe("198.51.100.4");
    expect(
      resolveClientAddress({
        remoteAddress: "10.0.0.3",
        forwardedFor: "6.6.6.6, 198.51.100.4, 10.0.0.2",
        trustedHops: 2,
      }),
    ).toBe("198.51.100.4");
  });

  it("falls back to the leftmost entry when fewer proxies were passed than trusted", () => {
    expect(resolveClientAddress({ remoteAddress: "10.0.0.2", forwardedFor: undefined, trustedHops: 1 })).toBe(
      "10.0.0.2",
    );
    expect(
      resolveClientAddress({ remoteAddress: "10.0.0.2", forwardedFor: "198.51.100.4", trustedHops: 3 }),
    ).toBe("198.51.100.4");
  });

  it("writes IPv4 on a dual-stack socket the plain way", () => {
    expect(
      resolveClientAddress({ remoteAddress: "::ffff:127.0.0.1", forwardedFor: "", trustedHops: 0 }),
    ).toBe("127.0.0.1");
    expect(resolveClientAddress({ remoteAddress: "2001:db8::1", forwardedFor: "", trustedHops: 0 })).toBe(
      "2001:db8::1",
    );
  });
});

describe("trustedProxyHops", () => {
  it("is 0 unless set to a small whole number", () => {
    expect(trustedProxyHops({})).toBe(0);
    expect(trustedProxyHops({ TRUSTED_PROXY_HOPS: "1" })).toBe(1);
    expect(trustedProxyHops({ TRUSTED_PROXY_HOPS: " 2 " })).toBe(2);
    for (const typo of ["yes", "-1", "1.5", "true", "99"]) {
      expect(trustedProxyHops({ TRUSTED_PROXY_HOPS: typo })).toBe(0);
    }
  });
});

describe("pinClientAddress over a real connection", () => {
  let server: Server | undefined;
  afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  async function seenAddress(trustedHops: number, headers: Record<string, string>): Promise<string> {
    server = createServer((req, res) => {
      pinClientAddress(req, trustedHops);
      const seen = new Headers();
      for (const [name, value] of Object.entries(req.headers)) {
        if (typeof value === "string") seen.set(name, value);
      }
      res.end(clientIp(seen));
    });
    await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    const response = await fetch(`http://127.0.0.1:${port}/`, { headers });
    return response.text();
  }

  it("ignores a forged X-Forwarded-For and X-Real-IP when the app is reached directly", async () => {
    expect(await seenAddress(0, { "x-forwarded-for": "192.0.2.99", "x-real-ip": "192.0.2.98" })).toBe(
      "127.0.0.1",
    );
  });

  it("behind one trusted proxy, uses the address that proxy appended", async () => {
    expect(await seenAddress(1, { "x-forwarded-for": "6.6.6.6, 192.0.2.5" })).toBe("192.0.2.5");
  });
});
