import { getTranslations } from "next-intl/server";
import { SampleBadge } from "@/components/campaign/campaign-status-badge";
import { adoptionText, symbolsText } from "@/components/resolution/adoption";
import { Link } from "@/components/ui/link";
import type { ResolutionListItem } from "@/db/queries/resolutions";
import { resolutionPath } from "@/lib/domain/urls";

/** Every resolution line, each with its body and its latest session's text and totals. */
export async function ResolutionList({ resolutions }: { resolutions: readonly ResolutionListItem[] }) {
  return (
    <ul className="flex flex-col gap-5">
      {resolutions.map((resolution) => (
        <ResolutionCard key={resolution.slug} resolution={resolution} />
      ))}
    </ul>
  );
}

async function ResolutionCard({ resolution }: { resolution: ResolutionListItem }) {
  const t = await getTranslations("resolutionsPage");
  const { latest } = resolution;
  const [adoption, symbols] = latest
    ? await Promise.all([adoptionText(latest), symbolsText(latest)])
    : [null, null];
  return (
    <li className="rounded-lg border border-line bg-surface p-5 shadow-[0_1px_2px_rgba(27,31,39,0.05)] sm:p-6">
      <p className="text-sm font-semibold text-ink-muted">{resolution.body.name}</p>
      <h2 className="mt-1 text-2xl font-bold">
        <Link href={resolutionPath(resolution.slug)}>{resolution.title}</Link>
      </h2>
      {resolution.isSample ? (
        <p className="mt-2">
          <SampleBadge />
        </p>
      ) : null}
      {latest ? (
        <dl className="mt-4 grid gap-x-6 gap-y-3 border-t border-line pt-4 text-sm sm:grid-cols-2">
          <div>
            <dt className="font-semibold text-ink-muted">{t("latestSession")}</dt>
            <dd className="text-base text-ink">
              {latest.sessionLabel}
              {symbols ? <span className="block text-sm text-ink-muted">{symbols}</span> : null}
            </dd>
          </div>
          <div>
            <dt className="font-semibold text-ink-muted">{t("adopted")}</dt>
            <dd className="text-base text-ink">{adoption}</dd>
          </div>
          <div>
            <dt className="font-semibold text-ink-muted">{t("cosponsors")}</dt>
            <dd className="text-base text-ink">{t("cosponsorsValue", { count: latest.cosponsors })}</dd>
          </div>
          <div>
            <dt className="font-semibold text-ink-muted">{t("sessions")}</dt>
            <dd className="text-base text-ink">{t("sessionsValue", { count: resolution.texts })}</dd>
          </div>
        </dl>
      ) : (
        <p className="mt-4 text-ink-muted">{t("noTexts")}</p>
      )}
    </li>
  );
}
