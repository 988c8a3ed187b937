import { describe, expect, it } from "vitest";
import type { NewsFacts } from "@/db/queries/notifications";
import { confirmAccountMail, resetPasswordMail } from "@/lib/mail/account-mail";
import { withDataFooter } from "@/lib/mail/mail-text";
import { digestMail, followConfirmationMail, newsParagraph } from "@/lib/mail/notification-mail";
import { dataLinkMail } from "@/lib/mail/privacy-mail";

/*
 * Every e-mail in the recipient's language: a Korean reader's digest, follow, account and
 * "your data" e-mails are Korean, their dates written the Korean way and their links to
 * the Korean pages; an English reader's are as they always were.
 */

const SITE = "https://answerable.example";

/** What is left once the record's own words, the site's name and the addresses are taken out. */
function uiWords(text: string, ...record: string[]): string {
  let rest = text.replace(/https?:\/\/\S+/g, "").replace(/Answerable|answerable\.example|UTC/g, "");
  for (const words of record) rest = rest.replaceAll(words, "");
  return rest;
}

const deadlineMissed: NewsFacts = {
  id: "news-1",
  kind: "deadline_missed",
  retraction: false,
  campaign: { title: "North Korea: co-sponsor the UN resolutions", slug: "icnk" },
  letter: { title: "The December letter", slug: "december", addressee: "President Moon Jae-in" },
  on: { date: "2019-12-31", precision: "day" },
  who: "Government of the Republic of Korea",
  what: {},
  ask: null,
  title: null,
  summary: null,
  source: null,
  retractionReason: null,
  anchor: null,
};
const record = [
  deadlineMissed.campaign.title,
  deadlineMissed.letter!.title,
  deadlineMissed.who!,
  deadlineMissed.letter!.addressee,
];

describe("a digest", () => {
  it("is written in Korean for a Korean follower, with its dates and links in Korean", () => {
    const paragraph = newsParagraph(deadlineMissed, { siteUrl: SITE, locale: "ko" });
    expect(paragraph).toContain("답변 기한(2019년 12월 31일)이 답변 없이 지났습니다.");
    expect(paragraph).toContain(`자세히 보기: ${SITE}/ko/campaigns/icnk/letters/december`);
    const mail = digestMail({
      campaignTitle: deadlineMissed.campaign.title,
      paragraphs: [paragraph],
      headline: { kind: "deadline_missed", retraction: false },
      reason: { source: "follow_campaign", letterTitle: null },
      unsubscribeUrl: `${SITE}/ko/unsubscribe/x`,
      manageUrl: `${SITE}/ko/subscriptions`,
      locale: "ko",
    });
    expect(mail.subject).toBe(`${deadlineMissed.campaign.title}: 답변 없이 답변 기한 경과`);
    expect(uiWords(mail.text, ...record)).not.toMatch(/[A-Za-z]{2,}/);
  });

  it("is written as before for an English follower", () => {
    const paragraph = newsParagraph(deadlineMissed, { siteUrl: SITE, locale: "en-GB" });
    expect(paragraph).toContain("31 December 2019");
    expect(paragraph).toContain(`${SITE}/campaigns/icnk/letters/december`);
    expect(paragraph).not.toContain("/ko/");
  });
});

describe("the e-mails that carry one link", () => {
  it("are Korean for a Korean request, footer and all", () => {
    const follow = followConfirmationMail({
      thing: { campaignTitle: deadlineMissed.campaign.title, letterTitle: null },
      level: "all",
      link: `${SITE}/ko/follow/confirm/token`,
      siteUrl: SITE,
      locale: "ko",
    });
    expect(follow.subject).toBe(`확인 요청: “${deadlineMissed.campaign.title}” 소식 받기`);
    const account = confirmAccountMail({
      name: "김민지",
      link: `${SITE}/ko/sign-up/confirm/t`,
      locale: "ko",
    });
    const reset = resetPasswordMail({ link: `${SITE}/ko/forgot-password/t`, minutes: 60, locale: "ko" });
    const data = dataLinkMail({
      link: `${SITE}/ko/your-data/t`,
      expiresAt: new Date("2026-12-21T00:00:00Z"),
      siteUrl: SITE,
      locale: "ko",
    });
    expect(data.text).toContain("2026년 12월 21일");
    for (const mail of [follow, account, reset, data]) {
      expect(uiWords(`${mail.subject}\n${mail.text}`, ...record)).not.toMatch(/[A-Za-z]{2,}/);
    }
    const footed = withDataFooter({ ...account, to: "minji@example.org" }, { siteUrl: SITE, locale: "ko" });
    expect(footed.text).toMatch(/보관하는 정보[^\n]*\n\S+\/ko\/your-data\/\S+\n$/);
  });
});
