import { getLocale, getTranslations } from "next-intl/server";
import { AskOutcomeBadge } from "@/components/campaign/ask-outcome";
import { CampaignStatusBadge, SampleBadge } from "@/components/campaign/campaign-status-badge";
import { signingWindow } from "@/components/signing/signing-window";
import { Icon } from "@/components/timeline/icon";
import { buttonClasses } from "@/components/ui/button";
import type { CampaignPage } from "@/db/queries/public-campaigns";
import { campaignPath, letterPath, letterSignPath } from "@/lib/domain/urls";
import { formatDay } from "@/lib/i18n/dates";
import { EmbedFrame, ExternalLink } from "./embed-frame";

/** A campaign's widget: its status, its asks and where each stands, its silences, and the letters open to sign. */
export async function CampaignEmbed({ page }: { page: CampaignPage }) {
  const [t, tState, tStrip, locale] = await Promise.all([
    getTranslations("embed"),
    getTranslations("letterState"),
    getTranslations("statusStrip"),
    getLocale(),
  ]);
  const { campaign, strip } = page;
  const asks = page.asks.filter((ask) => !ask.retracted);
  const full = campaignPath(campaign.slug);
  return (
    <EmbedFrame fullHref={full} asOf={formatDay(page.today, locale)}>
      <header className="flex flex-col gap-2">
        <h1 className="text-xl leading-snug font-bold">
          <ExternalLink href={full} className="text-ink no-underline hover:underline">
            {campaign.title}
          </ExternalLink>
        </h1>
        <p className="flex flex-wrap items-center gap-2">
          <CampaignStatusBadge status={strip.status} />
          {campaign.isSample ? <SampleBadge /> : null}
        </p>
      </header>

      {strip.overdueLetters.length > 0 ? (
        <ul
          aria-label={t("silences")}
          className="flex flex-col gap-1.5 rounded-md border-l-4 border-danger bg-danger-soft px-3 py-2"
        >
          {strip.overdueLetters.map((letter) => (
            <li key={letter.slug} className="flex items-start gap-2">
              <Icon name="non_response" className="mt-0.5 size-4 shrink-0 text-danger" />
              <span className="min-w-0">
                <strong className="text-danger">
                  {tState("overdue", {
                    days: letter.daysWithoutResponse,
                    approximate: letter.approximate ? "yes" : "no",
                  })}
                </strong>{" "}
                <ExternalLink href={letterPath(campaign.slug, letter.slug)} className="text-ink">
                  {letter.title}
                </ExternalLink>
              </span>
            </li>
          ))}
        </ul>
      ) : null}

      {asks.length > 0 ? (
        <section aria-labelledby="embed-asks" className="flex flex-col gap-2">
          <h2 id="embed-asks" className="text-sm font-semibold tracking-wide text-ink-muted uppercase">
            {t("asks", { count: asks.length })}
          </h2>
          <ol className="flex flex-col gap-2">
            {asks.map((ask) => (
              <li
                key={ask.id}
                className="flex flex-col items-start gap-1 border-b border-line pb-2 last:border-0"
              >
                <span className="font-semibold leading-snug">{ask.title}</span>
                <AskOutcomeBadge outcome={ask.status} />
              </li>
            ))}
          </ol>
        </section>
      ) : null}

      {strip.collectingLetters.map((letter) =>
        signingWindow(letter).state === "open" ? (
          <p key={letter.slug} className="flex flex-wrap items-center gap-x-3 gap-y-1">
            <ExternalLink
              href={letterSignPath(campaign.slug, letter.slug)}
              className={buttonClasses("primary")}
            >
              {tStrip("sign", { count: letter.signed })}
              <span className="sr-only"> — {letter.title}</span>
            </ExternalLink>
            <span className="text-sm text-ink-muted">{letter.title}</span>
          </p>
        ) : null,
      )}
    </EmbedFrame>
  );
}
