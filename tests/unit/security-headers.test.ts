import { createServer, type IncomingMessage, request, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LetterBody } from "@/components/letter/letter-body";
import { EMBED_PATH_PREFIX } from "@/lib/domain/urls";
import {
  answerRefused,
  isCrossSiteAction,
  REFUSED_PATH,
  refuseCrossSiteAction,
} from "@/lib/server/cross-site-form";
import { PLAIN_PAGE_ATTRIBUTE } from "@/lib/server/plain-page";
import { secureNextResponse } from "@/lib/server/secure-response";
import { contentSecurityPolicy, inlineHashes, securityHeaders } from "@/lib/server/security-headers";

// SHA-256 of "alert(1)", base64 (openssl dgst -sha256 -binary | base64).
const ALERT = "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='";

const PAGE = `<!DOCTYPE html><html><head><script src="/_next/static/chunks/a.js" async=""></script>
<style>p{color:red}</style></head><body><script>alert(1)</script><script id="x">alert(1)</script>
<script>self.__next_f.push([1,"é"])</script></body></html>`;

describe("security headers", () => {
  it("hashes each inline script once, and no script file", () => {
    const scripts = inlineHashes(PAGE);
    expect(scripts).toHaveLength(2);
    expect(scripts[0]).toBe(ALERT);
  });

  it("allows a page its own inline scripts and nothing else inline, and refuses framing", () => {
    const policy = contentSecurityPolicy("/campaigns/x", inlineHashes(PAGE));
    expect(policy.split("; ")).toContain(`script-src 'self' ${ALERT} ${inlineHashes(PAGE)[1]}`);
    expect(policy).toContain("style-src 'self';");
    expect(policy).not.toContain("unsafe-inline");
    expect(policy).not.toContain("unsafe-eval");
    for (const directive of [
      "frame-ancestors 'none'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
    ])
      expect(policy).toContain(directive);
    expect(contentSecurityPolicy("/api/me")).toContain("script-src 'self'; style-src 'self';");
  });

  it("lets embed pages, and only them, be framed", () => {
    const embed = securityHeaders(`${EMBED_PATH_PREFIX}campaigns/x`);
    expect(embed["Content-Security-Policy"]).toContain("frame-ancestors *");
    expect(embed["X-Frame-Options"]).toBeUndefined();
    for (const path of ["/embed", "/embedded/x", "/staff/embed/x"]) {
      expect(securityHeaders(path)["Content-Security-Policy"], path).toContain("frame-ancestors 'none'");
      expect(securityHeaders(path)["X-Frame-Options"], path).toBe("DENY");
    }
  });

  it("sends the referrer's origin only, no sniffing, and denies device features", () => {
    const headers = securityHeaders("/");
    expect(headers["Referrer-Policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["X-Content-Type-Options"]).toBe("nosniff");
    expect(headers["Permissions-Policy"]).toContain("camera=(), ");
    expect(headers["Permissions-Policy"]).toContain("microphone=()");
    expect(headers["Permissions-Policy"]).toContain("geolocation=()");
  });
});

function fakeRequest(
  method: string,
  url: string,
  headers: Record<string, string>,
): IncomingMessage & { url: string; method: string } {
  return {
    method,
    url,
    headers: { host: "answerable.example", ...headers },
  } as unknown as IncomingMessage & {
    url: string;
    method: string;
  };
}

describe("cross-site server actions", () => {
  const action = { "next-action": "abc", "content-type": "text/plain;charset=UTF-8" };
  const form = { "content-type": "multipart/form-data; boundary=x" };

  it("refuses an action or form post whose Origin names another host", () => {
    expect(isCrossSiteAction(fakeRequest("POST", "/", { ...action, origin: "https://evil.example" }))).toBe(
      true,
    );
    expect(
      isCrossSiteAction(fakeRequest("POST", "/staff", { ...form, origin: "https://evil.example" })),
    ).toBe(true);
    expect(isCrossSiteAction(fakeRequest("POST", "/", { ...form, origin: "null" }))).toBe(true);
    // Another port is another host.
    expect(
      isCrossSiteAction(fakeRequest("POST", "/", { ...form, origin: "https://answerable.example:8443" })),
    ).toBe(true);
  });

  it("lets the site's own posts through, as Next decides: X-Forwarded-Host first, then Host", () => {
    expect(
      isCrossSiteAction(fakeRequest("POST", "/", { ...action, origin: "https://answerable.example" })),
    ).toBe(false);
    const proxied = { ...action, host: "127.0.0.1:3000", "x-forwarded-host": "answerable.example, internal" };
    expect(
      isCrossSiteAction(fakeRequest("POST", "/", { ...proxied, origin: "https://answerable.example" })),
    ).toBe(false);
    expect(isCrossSiteAction(fakeRequest("POST", "/", { ...proxied, origin: "http://127.0.0.1:3000" }))).toBe(
      true,
    );
  });

  it("leaves alone what is not a server action: reads, API routes, posts without an Origin", () => {
    expect(isCrossSiteAction(fakeRequest("GET", "/", { origin: "https://evil.example" }))).toBe(false);
    expect(
      isCrossSiteAction(
        fakeRequest("POST", "/api/letters/1/signatures", { ...form, origin: "https://evil.example" }),
      ),
    ).toBe(false);
    expect(isCrossSiteAction(fakeRequest("POST", "/", action))).toBe(false);
    expect(
      isCrossSiteAction(
        fakeRequest("POST", "/", { "content-type": "application/json", origin: "https://evil.example" }),
      ),
    ).toBe(false);
  });

  it("turns a refused post into a plain read of the 403 page, with no action header left", () => {
    const req = fakeRequest("POST", "/staff/campaigns/new", { ...action, origin: "https://evil.example" });
    expect(refuseCrossSiteAction(req)).toBe(true);
    expect(req.method).toBe("GET");
    expect(req.url).toBe(REFUSED_PATH);
    expect(req.headers["next-action"]).toBeUndefined();
    expect(req.headers["content-type"]).toBeUndefined();
  });
});

describe("secureNextResponse", () => {
  let server: Server;
  let base: string;

  /** Stands in for Next: a page streamed in pieces, a script file, a redirect. */
  function next(req: IncomingMessage, res: ServerResponse) {
    if (req.url === "/page") {
      res.setHeader("Content-Type", "text/html; charset=utf-8");
      res.statusCode = 200;
      res.flushHeaders();
      res.write("<!DOCTYPE html><html><body><script>alert(1)</script>");
      setTimeout(() => {
        res.write(Buffer.from('<script>self.__next_f.push([1,"é"])</script>'));
        res.end(`<p>${"words ".repeat(300)}</p></body></html>`);
      }, 10);
    } else if (req.url === "/plain") {
      // A plain page (lib/server/plain-page.ts), with the length Next sets on a cached one.
      const html = `<!DOCTYPE html><html><body><script src="/_next/static/chunks/a.js" async=""></script><p>Hi</p><script src="/enhance.js" defer="" ${PLAIN_PAGE_ATTRIBUTE}=""></script><script>self.__next_f.push([1,"é"])</script></body></html>`;
      res.writeHead(200, {
        "Content-Type": "text/html; charset=utf-8",
        "Content-Length": Buffer.byteLength(html),
      });
      res.end(html);
    } else if (req.url === "/unchanged") {
      // Next's answer to a page the browser already has (If-None-Match), as it sends it.
      res.setHeader("Content-Type", "text/html; charset=utf-8");
      res.statusCode = 304;
      res.end();
    } else if (req.url === "/unchanged-head") {
      res.writeHead(304, { ETag: '"x"' });
      res.end();
    } else if (req.url === "/chunk.js") {
      res.writeHead(200, { "Content-Type": "application/javascript" });
      res.end("console.log(1);".repeat(200));
    } else {
      res.writeHead(307, { Location: "/page" });
      res.end();
    }
  }

  beforeAll(async () => {
    server = createServer((req, res) => {
      secureNextResponse(req, res, req.url ?? "/");
      next(req, res);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  function get(path: string, acceptEncoding: string) {
    return new Promise<{ status: number; headers: IncomingMessage["headers"]; body: Buffer }>(
      (resolve, reject) => {
        request(`${base}${path}`, { headers: { "accept-encoding": acceptEncoding } }, (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (chunk) => chunks.push(chunk));
          res.on("end", () =>
            resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }),
          );
        })
          .on("error", reject)
          .end();
      },
    );
  }

  it("sends a page whole, with a policy allowing the inline scripts it held, compressed", async () => {
    for (const encoding of ["gzip", "identity"]) {
      const response = await get("/page", encoding);
      const html = (encoding === "gzip" ? gunzipSync(response.body) : response.body).toString("utf8");
      expect(response.status).toBe(200);
      expect(response.headers["content-encoding"]).toBe(encoding === "gzip" ? "gzip" : undefined);
      expect(html).toBe(
        `<!DOCTYPE html><html><body><script>alert(1)</script><script>self.__next_f.push([1,"é"])</script><p>${"words ".repeat(300)}</p></body></html>`,
      );
      expect(response.headers["content-security-policy"]).toContain(
        contentSecurityPolicy("/page", inlineHashes(html)),
      );
      expect(response.headers["content-security-policy"]).toContain(ALERT);
    }
  });

  it("sends a plain page without Next's scripts, its length and policy those of what is sent", async () => {
    const response = await get("/plain", "identity");
    const html = response.body.toString("utf8");
    expect(html).toBe(
      `<!DOCTYPE html><html><body><p>Hi</p><script src="/enhance.js" defer="" ${PLAIN_PAGE_ATTRIBUTE}=""></script></body></html>`,
    );
    expect(Number(response.headers["content-length"])).toBe(response.body.byteLength);
    expect(response.headers["content-security-policy"]).toContain("script-src 'self';");
  });

  it("passes other responses through with the plain policy, compressed when they can be", async () => {
    const chunk = await get("/chunk.js", "gzip");
    expect(chunk.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(chunk.body).toString()).toBe("console.log(1);".repeat(200));
    expect(chunk.headers["content-security-policy"]).toBe(contentSecurityPolicy("/chunk.js"));
    const redirect = await get("/elsewhere", "gzip");
    expect(redirect.status).toBe(307);
    expect(redirect.headers["x-frame-options"]).toBe("DENY");
  });

  it("sends a 304 without a policy, so the browser keeps the one that allows its copy's inline scripts", async () => {
    for (const path of ["/unchanged", "/unchanged-head"]) {
      const response = await get(path, "gzip");
      expect(response.status, path).toBe(304);
      expect(response.headers["content-security-policy"], path).toBeUndefined();
      expect(response.headers["x-frame-options"], path).toBe("DENY");
    }
  });
});

describe("answerRefused", () => {
  it("answers 403 whatever status the page rendering it sets, held or not", async () => {
    const server = createServer((req, res) => {
      answerRefused(res);
      secureNextResponse(req, res, REFUSED_PATH);
      res.statusCode = 200;
      if (req.url === "/explicit") res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
      else res.setHeader("Content-Type", "text/html; charset=utf-8");
      res.end("<!DOCTYPE html><html><body><h1>Request refused</h1></body></html>");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      for (const path of ["/implicit", "/explicit"]) {
        const status = await new Promise<number>((resolve, reject) =>
          request(`${base}${path}`, (res) => {
            res.resume();
            res.on("end", () => resolve(res.statusCode!));
          })
            .on("error", reject)
            .end(),
        );
        expect(status, path).toBe(403);
      }
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});

describe("pages need no inline style", () => {
  it("a letter's Markdown table keeps its column alignment as classes, not style attributes", () => {
    const html = renderToStaticMarkup(
      createElement(LetterBody, { markdown: "| Name | Count |\n| :--- | ---: |\n| CSW | 12 |\n" }),
    );
    expect(html).not.toContain("style=");
    expect(html).toMatch(/<th class="[^"]*text-right"[^>]*>Count<\/th>/);
    expect(html).toMatch(/<td class="[^"]*text-right"[^>]*>12<\/td>/);
    expect(html).toMatch(/<td class="[^"]*text-left"[^>]*>CSW<\/td>/);
  });
});
