import { getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/link";
import { campaignPath, letterPath } from "@/lib/domain/urls";

/** A step of the trail; `lang` when its label is content in another language than the page. */
type Crumb = { label: string; href?: string; lang?: string };

/** Where the page sits: campaigns › campaign › letter › …; the last crumb is the current page. */
export async function LetterBreadcrumb({ crumbs }: { crumbs: Crumb[] }) {
  const t = await getTranslations("letterPage");
  const trail: Crumb[] = [{ label: t("home"), href: "/#campaigns" }, ...crumbs];
  return (
    <nav aria-label={t("breadcrumb")} className="text-sm print:hidden">
      <ol className="flex flex-wrap items-center gap-x-2 gap-y-1 text-ink-muted">
        {trail.map((crumb, index) => {
          const last = index === trail.length - 1;
          return (
            <li key={crumb.href ?? crumb.label} className="flex min-w-0 items-center gap-2">
              {index > 0 ? (
                <span aria-hidden="true" className="text-line-strong">
                  ›
                </span>
              ) : null}
              {last || !crumb.href ? (
                <span
                  aria-current={last ? "page" : undefined}
                  lang={crumb.lang}
                  className="line-clamp-1 text-ink"
                >
                  {crumb.label}
                </span>
              ) : (
                <Link href={crumb.href} lang={crumb.lang} className="line-clamp-1 py-1">
                  {crumb.label}
                </Link>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

/** The trail of a letter's page, or with `current` of a page under it (its signatories, the sign page). */
export function LetterPageBreadcrumb({
  letter,
  current,
  lang,
}: {
  letter: { campaignSlug: string; campaignTitle: string; slug: string; title: string };
  current?: string;
  /** The language the letter's title is shown in, when the page knows it. */
  lang?: string;
}) {
  const campaign: Crumb = { label: letter.campaignTitle, href: campaignPath(letter.campaignSlug) };
  return (
    <LetterBreadcrumb
      crumbs={
        current
          ? [
              campaign,
              { label: letter.title, href: letterPath(letter.campaignSlug, letter.slug), lang },
              { label: current },
            ]
          : [campaign, { label: letter.title, lang }]
      }
    />
  );
}
