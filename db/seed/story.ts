import type { campaigns, events, letters, organisations, SourceLink, targets } from "@/db/schema";

/*
 * The demo story: the Human Rights Watch news release of 3 March 2020 about ICNK's
 * letters to President Moon Jae-in (docs: shared/DOMAIN.md, "The seed story as data").
 * Only what that release states is told here, as fact; everything generated is in
 * ./sample.ts. Rows leave out the ids they point to: ./writer.ts fills those in.
 */

export const CAMPAIGN_SLUG = "south-korea-north-korea-human-rights";
export const ICNK_SLUG = "icnk";
export const HRW_SLUG = "human-rights-watch";
export const CSW_SLUG = "csw";
export const TARGET_SLUG = "republic-of-korea";

/** The organisations the release names; the campaign lists them as its leads, in this order. */
export const STORY_ORGANISATION_SLUGS = [ICNK_SLUG, HRW_SLUG, CSW_SLUG] as const;

/*
 * The release is syndicated verbatim elsewhere, but its own address on hrw.org could
 * not be confirmed; the label names the release and the link goes to HRW's North Korea
 * page, where it is listed.
 */
export const SOURCE: SourceLink = {
  url: "https://www.hrw.org/asia/north-korea",
  label: "Human Rights Watch news release, 3 March 2020",
};

export const STORY_ORGANISATIONS: (typeof organisations.$inferInsert)[] = [
  {
    slug: ICNK_SLUG,
    name: "International Coalition to Stop Crimes Against Humanity in North Korea",
    shortName: "ICNK",
    kind: "coalition",
    declaredMembership: 300,
    declaredMembershipLabel: "over 300",
    description: "A coalition representing over 300 human rights and civil society groups and individuals.",
  },
  { slug: HRW_SLUG, name: "Human Rights Watch", kind: "ngo", website: "https://www.hrw.org" },
  { slug: CSW_SLUG, name: "CSW", shortName: "CSW", kind: "ngo" },
];

export const TARGET: typeof targets.$inferInsert = {
  slug: TARGET_SLUG,
  name: "Government of the Republic of Korea",
  kind: "government",
  country: "KR",
  timeZone: "Asia/Seoul",
};

export const CAMPAIGN: Omit<typeof campaigns.$inferInsert, "targetId" | "createdBy"> = {
  slug: CAMPAIGN_SLUG,
  title: "South Korea: re-engage on accountability for North Korea's human rights abuses",
  summary:
    "A coalition of rights groups led by ICNK urges the South Korean government to re-engage on " +
    "promoting accountability for human rights abuses in North Korea: to strengthen its pressure on " +
    "North Korea to end abuses, to redouble efforts to seek justice for past crimes, and to support " +
    "the UN resolutions on North Korea again.",
  status: "active",
  visibility: "public",
};

/** The campaign's asks, in their order on the page. */
export const ASKS = [
  {
    title: "Co-sponsor the UN Human Rights Council resolution on North Korea",
    description:
      "The coalition urged the government to co-sponsor the resolution at the Council's March 2020 session.",
    venue: "UN Human Rights Council, 43rd session",
    decisionOn: "2020-03-01",
    decisionPrecision: "month",
    outcome: "pending",
  },
  {
    title: "Re-join the sponsors of the UN General Assembly resolution on North Korea",
    description:
      "The coalition urged the government to re-join the resolution's sponsors in November 2020, after it " +
      "withdrew from co-sponsoring it in November 2019.",
    venue: "UN General Assembly Third Committee",
    decisionOn: "2020-11-01",
    decisionPrecision: "month",
    outcome: "pending",
  },
] as const;

/*
 * The withdrawal from co-sponsoring the General Assembly resolution in November 2019 is
 * not an event here: it is a position change in the UN record (db/seed/un-record.ts), and
 * the campaign timeline shows it from there.
 */
export const EVENTS: Omit<typeof events.$inferInsert, "campaignId" | "createdBy">[] = [
  {
    kind: "government_action",
    title: "South Korea deports two North Korean fishermen accused of murder",
    description:
      "The government decided to deport two North Korean fishermen accused of murder to North Korea, where, " +
      "the coalition said, they face almost certain torture and possible death.",
    occurredOn: "2019-11-01",
    precision: "month",
    sources: [SOURCE],
  },
];

// ── The letters ──────────────────────────────────────────────────────────────

const SUMMARY_NOTE =
  "> This is a summary, not the letter's text. It records only what the Human Rights Watch " +
  "news release of 3 March 2020 says about the letter.";

const LETTER_1_BODY = `${SUMMARY_NOTE}

In November 2019, reversing over a decade of past practice, the South Korean government withdrew
from co-sponsoring the UN General Assembly resolution condemning the human rights situation in
North Korea. The same month it decided to deport two North Korean fishermen accused of murder.

In light of these actions, a coalition of 67 nongovernmental organisations and 10 individuals wrote
to President Moon Jae-in in December 2019, urging the government to:

- clarify its position; and
- take corrective action.
`;

const LETTER_2_BODY = `${SUMMARY_NOTE}

The International Coalition to Stop Crimes Against Humanity in North Korea (ICNK), representing
over 300 human rights and civil society groups and individuals, joined by over 70 other groups and
concerned individuals, sent this joint open letter to President Moon Jae-in.

The groups and individuals urged the South Korean government to:

- strengthen its pressure on North Korea to end abuses;
- redouble efforts to seek justice for past crimes;
- co-sponsor the UN Human Rights Council resolution on North Korea in March 2020; and
- re-join the sponsors of the UN General Assembly resolution on North Korea in November 2020.
`;

export const DECEMBER_LETTER_SLUG = "december-2019-letter";
export const MARCH_LETTER_SLUG = "march-2020-joint-letter";

/** When each letter was sent: its signatures are dated then, not on the day the demo is seeded. */
export const DECEMBER_SENT_AT = new Date("2019-12-01T00:00:00Z");
export const MARCH_SENT_AT = new Date("2020-03-03T00:00:00Z");

// openedOn stays empty for the two real letters: the release does not say when
// signing opened, and an invented date would show on the public timeline.
export const STORY_LETTERS: Omit<typeof letters.$inferInsert, "campaignId">[] = [
  {
    slug: DECEMBER_LETTER_SLUG,
    title: "Letter to President Moon Jae-in, December 2019",
    addressee: "President Moon Jae-in",
    bodyMarkdown: LETTER_1_BODY,
    status: "sent",
    whoCanSign: "both",
    sentOn: "2019-12-01",
    sentPrecision: "month",
    deadlineRule: "calendar_days",
    deadlineDays: 30,
    sourceUrl: SOURCE.url,
  },
  {
    slug: MARCH_LETTER_SLUG,
    title: "Joint open letter to President Moon Jae-in, 3 March 2020",
    addressee: "President Moon Jae-in",
    bodyMarkdown: LETTER_2_BODY,
    status: "sent",
    whoCanSign: "both",
    sentOn: "2020-03-03",
    sentPrecision: "day",
    deadlineRule: "calendar_days",
    deadlineDays: 30,
    sourceUrl: SOURCE.url,
  },
];

// ── In Korean ────────────────────────────────────────────────────────────────
//
// The March letter, the campaign's title and summary and its asks, translated into
// Korean (합니다체, the glossary's terms): the story's readers are Korean as much as
// international. The letter's translation renders the summary above, as it stands.

/** The day the Korean texts are said to have been added: the letter page shows it. */
export const KOREAN_ADDED_ON = "2026-12-07";

const LETTER_2_BODY_KO = `> 이 글은 서한의 본문이 아니라 요약입니다. 2020년 3월 3일 휴먼라이츠워치가 발표한 보도자료에서 이 서한에 관해 밝힌 내용만 기록했습니다.

300개가 넘는 인권·시민사회 단체와 개인을 대표하는 북한반인도범죄철폐국제연대(ICNK)는
70여 개의 다른 단체 및 뜻을 함께하는 개인들과 함께 문재인 대통령에게 이 공동 공개서한을 보냈습니다.

단체와 개인들은 한국 정부에 다음을 촉구했습니다.

- 북한이 인권 침해를 멈추도록 압박을 강화할 것
- 과거 범죄에 대한 정의를 실현하기 위한 노력을 배가할 것
- 2020년 3월 유엔 인권이사회의 북한 인권 결의안에 공동제안국으로 참여할 것
- 2020년 11월 유엔 총회의 북한 인권 결의안 공동제안국에 다시 합류할 것
`;

/** The March letter in Korean: a translation of its first (and only) version. */
export const MARCH_LETTER_KO = {
  locale: "ko",
  title: "문재인 대통령께 보내는 공동 공개서한, 2020년 3월 3일",
  addressee: "문재인 대통령",
  bodyMarkdown: LETTER_2_BODY_KO,
  letterVersion: 1,
  addedOn: KOREAN_ADDED_ON,
} as const;

export const CAMPAIGN_KO = {
  title: "한국 정부는 북한 인권 침해에 대한 책임 규명에 다시 나서야 합니다",
  summary:
    "ICNK가 이끄는 인권단체 연대체는 한국 정부가 북한 인권 침해에 대한 책임 규명에 다시 나설 것을 " +
    "촉구합니다. 북한이 인권 침해를 멈추도록 압박을 강화하고, 과거 범죄에 대한 정의를 실현하기 위한 " +
    "노력을 배가하며, 유엔의 북한 인권 결의안을 다시 지지하라는 요구입니다.",
} as const;

/** ASKS in Korean, in the same order. */
export const ASKS_KO = [
  {
    title: "유엔 인권이사회 북한 인권 결의안에 공동제안국으로 참여",
    description:
      "연대체는 정부가 2020년 3월 인권이사회 회기에서 결의안에 공동제안국으로 참여할 것을 촉구했습니다.",
  },
  {
    title: "유엔 총회 북한 인권 결의안 공동제안국에 다시 합류",
    description:
      "연대체는 2019년 11월 결의안 공동제안에서 빠진 정부가 2020년 11월에는 결의안 공동제안국에 다시 " +
      "합류할 것을 촉구했습니다.",
  },
] as const satisfies ReadonlyArray<{ title: string; description: string }>;
