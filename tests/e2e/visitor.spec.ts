import { parseAtomFeed } from "feedsmith";
import ICAL from "ical.js";
import { daysBetween, todayIn } from "@/lib/domain/deadlines";
import { expectNotFound, expectPlainNotFound } from "../helpers/not-found";
import { expect, test } from "../helpers/test";

const CAMPAIGN = "/campaigns/south-korea-north-korea-human-rights";
const DECEMBER_LETTER = `${CAMPAIGN}/letters/december-2019-letter`;
const MARCH_LETTER = `${CAMPAIGN}/letters/march-2020-joint-letter`;

/**
 * "No response for about 2,554 days": counted from sending to today in Seoul; about so
 * many, as the letter is known to have gone only in December 2019.
 */
function decemberSilence(): string {
  const days = daysBetween("2019-12-01", todayIn("Asia/Seoul", new Date()));
  return `No response for about ${new Intl.NumberFormat("en").format(days)} days`;
}

test("a visitor follows the ICNK campaign from the home page to the printed letter", async ({ page }) => {
  await page.goto("/");
  const card = page.getByRole("article").filter({ hasText: "Government of the Republic of Korea" }).first();
  await expect(card).toBeVisible();
  await card.getByRole("link").first().click();
  await expect(page).toHaveURL(new RegExp(`${CAMPAIGN}$`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText(/North Korea/);

  // Both asks are linked to a resolution text, so their outcome is derived from the UN
  // record: the Republic of Korea is not recorded as a co-sponsor by either decision point.
  const asks = page.getByRole("region", { name: /asks/i });
  await expect(
    asks.getByText("Co-sponsor the UN Human Rights Council resolution on North Korea"),
  ).toBeVisible();
  await expect(
    asks.getByText("Re-join the sponsors of the UN General Assembly resolution on North Korea"),
  ).toBeVisible();
  await expect(asks.getByText("March 2020").first()).toBeVisible();
  await expect(asks.getByText("November 2020").first()).toBeVisible();
  await expect(asks.getByText("0 of 1 targeted state met it")).toHaveCount(2);

  // The December 2019 letter has had no response, with the day count.
  const letters = page.getByRole("region", { name: /letters/i });
  const december = letters.getByRole("listitem").filter({ hasText: "67 organisations and 10 individuals" });
  await expect(december).toContainText(decemberSilence());

  // The timeline marks the missed deadline too.
  const timeline = page.getByRole("region", { name: /timeline/i });
  await expect(timeline.getByText(decemberSilence()).first()).toBeVisible();

  await december.getByRole("link").first().click();
  await expect(page).toHaveURL(new RegExp(`${DECEMBER_LETTER}$`));
  await expect(page.getByText("67 organisations and 10 individuals").first()).toBeVisible();
  await expect(page.getByText(decemberSilence()).first()).toBeVisible();
  await expect(page.getByText(/President Moon Jae-in/).first()).toBeVisible();
  await expect(page.getByText(/2 signatories who asked not to be named/)).toBeVisible();

  await page.getByRole("link", { name: /print/i }).click();
  await expect(page).toHaveURL(new RegExp(`${DECEMBER_LETTER}/print$`));
  await expect(page.getByText(/President Moon Jae-in/).first()).toBeVisible();
  await expect(page.getByText("Human Rights Watch").first()).toBeVisible();
});

test("signatories are searchable and paginated", async ({ page }) => {
  await page.goto(`${DECEMBER_LETTER}/signatories?kind=organisations`);
  await page.getByRole("searchbox").fill("CSW");
  await page.getByRole("searchbox").press("Enter");
  await expect(page).toHaveURL(/q=CSW/);
  await expect(page.getByRole("main").getByText("CSW", { exact: true })).toBeVisible();
  await expect(page.getByRole("main").getByText("Human Rights Watch")).toHaveCount(0);
});

const MISSING_PAGES = [
  "/campaigns/no-such-campaign",
  "/campaigns/no-such-campaign/timeline",
  `${CAMPAIGN}/letters/no-such-letter`,
  `${CAMPAIGN}/letters/no-such-letter/print`,
  `${CAMPAIGN}/letters/no-such-letter/signatories`,
  `${CAMPAIGN}/letters/no-such-letter/sign`,
  "/organisations/no-such-organisation",
];

test("drafts, private campaigns and unknown pages are not found", async ({ page }) => {
  for (const path of MISSING_PAGES) {
    await expectNotFound(page, path);
    expect(new URL(page.url()).pathname, "the address stays as typed").toBe(path);
  }
});

/** Addresses as typed or pasted: a non-ASCII slug (percent-encoded), a NUL, and one that does not decode. */
const ODD_MISSING_PAGES = [
  "/campaigns/%C3%A9t%C3%A9",
  `${CAMPAIGN}/letters/%C3%A9`,
  "/organisations/%C3%A9",
  "/campaigns/%00",
  "/campaigns/%E0%A4%A",
  `${CAMPAIGN}/letters/%E0%A4%A/print`,
];

test("without JavaScript, a missing page still shows the site's 404 page", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  try {
    for (const path of [...MISSING_PAGES, ...ODD_MISSING_PAGES]) {
      await expectNotFound(page, path);
      await expect(page.getByRole("link", { name: "Go to the home page" })).toBeVisible();
    }
  } finally {
    await context.close();
  }
});

test("public pages are served from the cache", async ({ request }) => {
  await request.get(CAMPAIGN);
  const second = await request.get(CAMPAIGN);
  expect(second.headers()["x-nextjs-cache"]).toBe("HIT");
  await request.get(DECEMBER_LETTER);
  expect((await request.get(DECEMBER_LETTER)).headers()["x-nextjs-cache"]).toBe("HIT");
});

test("a campaign's timeline, and every unanswered letter, can be followed in a feed reader", async ({
  page,
  request,
}) => {
  await page.goto(CAMPAIGN);
  // Announced in the page's head for readers, and as a visible link for people.
  const announced = await page
    .locator('head link[rel="alternate"][type="application/atom+xml"]')
    .getAttribute("href");
  expect(announced).toMatch(/\/campaigns\/south-korea-north-korea-human-rights\/feed\.xml$/);
  const visible = page.getByRole("link", { name: /follow this timeline in a feed reader/i });
  await expect(visible).toHaveAttribute("href", `${CAMPAIGN}/feed.xml`);

  const response = await request.get(`${CAMPAIGN}/feed.xml`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("application/atom+xml");
  const xml = await response.text();

  // Well-formed Atom, read by the browser's own XML parser.
  const feed = await page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, "application/xml");
    if (doc.querySelector("parsererror")) return { error: doc.querySelector("parsererror")!.textContent };
    const ns = "http://www.w3.org/2005/Atom";
    const entries = [...doc.getElementsByTagNameNS(ns, "entry")].map((entry) => ({
      title: entry.getElementsByTagNameNS(ns, "title")[0]?.textContent ?? "",
      summary: entry.getElementsByTagNameNS(ns, "summary")[0]?.textContent ?? "",
      link: entry.getElementsByTagNameNS(ns, "link")[0]?.getAttribute("href") ?? "",
    }));
    return { root: doc.documentElement.namespaceURI, entries };
  }, xml);
  expect(feed).not.toHaveProperty("error");
  expect(feed.root).toBe("http://www.w3.org/2005/Atom");

  // The government's silence is news too, with the same day count as the page.
  const silence = feed.entries!.find(
    (e) => e.title.includes("December 2019") && e.title.startsWith("No response"),
  );
  expect(silence, "the December 2019 letter's missed deadline").toBeTruthy();
  expect(silence!.summary).toContain(decemberSilence());
  expect(silence!.link).toMatch(/\/letters\/december-2019-letter$/);
  // Upcoming decision points are not news yet; past ones are.
  expect(feed.entries!.some((e) => e.title.startsWith("Decision point: Co-sponsor"))).toBe(true);

  // Readers that poll get a 304 while nothing changed.
  const etag = response.headers().etag;
  expect(etag).toBeTruthy();
  const again = await request.get(`${CAMPAIGN}/feed.xml`, { headers: { "If-None-Match": etag! } });
  expect(again.status()).toBe(304);

  // A campaign visitors cannot see has no feed either.
  await expectPlainNotFound(request, "/campaigns/no-such-campaign/feed.xml", "No such campaign.");

  // Every unanswered letter, across campaigns, has its feed too, linked from its page.
  await page.goto("/awaiting-response");
  await expect(page.getByRole("link", { name: /in a feed reader/i })).toHaveAttribute(
    "href",
    "/awaiting-response/feed.xml",
  );
  const awaiting = await request.get("/awaiting-response/feed.xml");
  expect(awaiting.status()).toBe(200);
  const titles = await page.evaluate(
    (source) => {
      const doc = new DOMParser().parseFromString(source, "application/xml");
      if (doc.querySelector("parsererror")) return null;
      return [...doc.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry")].map(
        (entry) =>
          `${entry.querySelector("title")?.textContent} | ${entry.querySelector("summary")?.textContent}`,
      );
    },
    await awaiting.text(),
  );
  expect(titles, "well-formed XML").not.toBeNull();
  const december = titles!.find((t) => t.includes("“Letter to President Moon Jae-in, December 2019”"));
  expect(december).toContain("Unanswered past its deadline");
  expect(december).toContain(decemberSilence());
});

test("one letter's story can be followed in a feed reader, from a link on its page", async ({
  page,
  request,
}) => {
  await page.goto(DECEMBER_LETTER);
  const announced = await page
    .locator('head link[rel="alternate"][type="application/atom+xml"]')
    .getAttribute("href");
  expect(announced).toMatch(/\/letters\/december-2019-letter\/feed\.xml$/);
  await expect(page.getByRole("link", { name: /follow this letter in a feed reader/i })).toHaveAttribute(
    "href",
    `${DECEMBER_LETTER}/feed.xml`,
  );

  const response = await request.get(`${DECEMBER_LETTER}/feed.xml`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("application/atom+xml");
  const feed = parseAtomFeed(await response.text());
  const titles = feed.entries?.map((e) => e.title?.value ?? "") ?? [];
  // Its own story only (other specs may have recorded and retracted a reply to it): sent,
  // then silence, counted as of today (and the feed is updated today).
  expect(titles).toContain("No response to “Letter to President Moon Jae-in, December 2019” by its deadline");
  expect(titles).toContain("Letter sent: Letter to President Moon Jae-in, December 2019");
  expect(
    titles.every(
      (t) => t.includes("“Letter to President Moon Jae-in, December 2019”") || t.endsWith("December 2019"),
    ),
  ).toBe(true);
  const silence = feed.entries!.find((e) => e.title?.value.startsWith("No response"));
  expect(silence!.summary?.value).toContain(decemberSilence());
  expect(feed.updated?.slice(0, 10)).toBe(todayIn("Asia/Seoul", new Date()));

  await expectPlainNotFound(request, `${CAMPAIGN}/letters/no-such-letter/feed.xml`, "No such letter.");
});

test("decision dates and response deadlines can be added to a calendar app, for a campaign and for the site", async ({
  page,
  request,
}) => {
  await page.goto(CAMPAIGN);
  const link = page.getByRole("link", { name: /add the decision dates and deadlines to your calendar/i });
  await expect(link).toHaveAttribute("href", `${CAMPAIGN}/calendar.ics`);

  const response = await request.get(`${CAMPAIGN}/calendar.ics`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("text/calendar");
  const calendar = new ICAL.Component(ICAL.parse(await response.text()));
  const events = calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
  // The March 2020 letter was sent on a known day: its 30-day deadline is a day in the calendar.
  const march = events.find((e) =>
    e.summary.includes("Joint open letter to President Moon Jae-in, 3 March 2020"),
  );
  expect(march, "the March 2020 letter's deadline").toBeTruthy();
  expect(march!.summary).toMatch(/^Response deadline: /);
  expect(march!.startDate.isDate).toBe(true);
  expect(march!.startDate.toString()).toBe("2020-04-02");
  expect(march!.component.getFirstPropertyValue("url")).toMatch(new RegExp(`${MARCH_LETTER}$`));
  // The December 2019 letter is known only to the month: no day is invented for its deadline,
  // and the asks, decided "in March 2020" and "in November 2020", have no day either.
  expect(events.some((e) => e.summary.includes("December 2019"))).toBe(false);
  expect(events.some((e) => e.summary.startsWith("Decision:"))).toBe(false);

  // Calendar apps polling get a 304 while nothing changed.
  const etag = response.headers().etag!;
  expect(
    (await request.get(`${CAMPAIGN}/calendar.ics`, { headers: { "If-None-Match": etag } })).status(),
  ).toBe(304);
  await expectPlainNotFound(request, "/campaigns/no-such-campaign/calendar.ics", "No such campaign.");

  // Every public campaign's dates in one calendar, linked from the awaiting-response page.
  await page.goto("/awaiting-response");
  await expect(page.getByRole("link", { name: /every campaign’s decision dates/i })).toHaveAttribute(
    "href",
    "/calendar.ics",
  );
  const site = new ICAL.Component(ICAL.parse(await (await request.get("/calendar.ics")).text()));
  const uids = site.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v).uid);
  expect(uids).toContain(march!.uid);
});
