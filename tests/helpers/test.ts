import { type Browser, type BrowserContext, test as base, expect } from "@playwright/test";

export * from "@playwright/test";

/*
 * The browser tests' `test`: Playwright's, with every page watched for Content Security
 * Policy violations (and a Permissions-Policy the browser cannot read). A page that runs
 * into the site's own policy (an inline script it did not hash, a style attribute, an
 * eval) fails its test, so the whole suite runs under the policy real visitors get.
 * Every spec imports `test` and `expect` from here; pages in contexts a test opens itself
 * (browser.newContext(), browser.newPage()) are watched too.
 *
 * A test that provokes a violation on purpose (framing a page that refuses to be framed)
 * says so with cspViolations.allow(/frame-ancestors/).
 */

/** What Chromium logs for a violation ("… violates the following Content Security Policy directive …") or a bad policy header. */
const POLICY_MESSAGE = /Content Security Policy|Content-Security-Policy|Permissions-Policy/i;

export type CspWatch = {
  /** Every violation seen so far, in order. */
  readonly violations: string[];
  /** Lets violations matching the pattern through (the test expects them). */
  allow(pattern: RegExp): void;
  /** Watches a context opened in a way the fixture does not see. */
  watch(context: BrowserContext): Promise<void>;
};

// In every document, before its own scripts: report violations the console may not show.
const REPORT_VIOLATIONS = () => {
  document.addEventListener("securitypolicyviolation", (event) => {
    console.error(
      `Content Security Policy violation: ${event.effectiveDirective} blocked ${event.blockedURI || "inline"} in ${event.documentURI}`,
    );
  });
};

export const test = base.extend<{ cspViolations: CspWatch }>({
  cspViolations: [
    async ({ browser }, use) => {
      const violations: string[] = [];
      const allowed: RegExp[] = [];
      const watched = new WeakSet<BrowserContext>();
      const watch = async (context: BrowserContext) => {
        if (watched.has(context)) return;
        watched.add(context);
        context.on("console", (message) => {
          const text = message.text();
          if (POLICY_MESSAGE.test(text)) violations.push(`${message.location().url}: ${text}`);
        });
        await context.addInitScript(REPORT_VIOLATIONS);
      };
      const newContext = browser.newContext;
      browser.newContext = async function watchedContext(this: Browser, ...args) {
        const context = await newContext.apply(this, args);
        await watch(context);
        return context;
      };
      try {
        await use({ violations, allow: (pattern) => allowed.push(pattern), watch });
      } finally {
        browser.newContext = newContext;
      }
      const unexpected = violations.filter((text) => !allowed.some((pattern) => pattern.test(text)));
      expect(unexpected, "the pages ran into the Content Security Policy").toEqual([]);
    },
    { auto: true },
  ],
  context: async ({ context, cspViolations }, use) => {
    await cspViolations.watch(context);
    await use(context);
  },
});

export { expect };
