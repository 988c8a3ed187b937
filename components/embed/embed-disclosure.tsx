import { getTranslations } from "next-intl/server";
import { EMBED_SIZER_PATH, letterBadgePath } from "@/lib/domain/urls";
import { badgeHtml, badgeMarkdown, EMBED_HEIGHTS, iframeSnippet } from "@/lib/feeds/embed-snippets";
import { siteUrl } from "@/lib/server/env";

type Props = {
  /** The widget's path (campaignEmbedPath or letterEmbedPath). */
  embedPath: string;
  kind: keyof typeof EMBED_HEIGHTS;
  /** The campaign's or letter's title, for the iframe's title. */
  title: string;
  /** For a letter: its address, so the disclosure offers its badge too. */
  letter?: { campaignSlug: string; slug: string; path: string };
};

/**
 * "Embed this": the code to put the widget (and a letter's badge) on another site, in
 * read-only fields to copy from, with links to see each on its own first. Closed until
 * asked for, and the same for every visitor, so the page stays cached.
 */
export async function EmbedDisclosure({ embedPath, kind, title, letter }: Props) {
  const t = await getTranslations("embed.disclosure");
  const site = siteUrl();
  const widget = iframeSnippet({
    src: site + embedPath,
    title: t("iframeTitle", { title }),
    height: EMBED_HEIGHTS[kind],
    sizer: site + EMBED_SIZER_PATH,
  });
  const badgePath = letter ? letterBadgePath(letter.campaignSlug, letter.slug) : null;
  const badge =
    letter && badgePath
      ? { image: site + badgePath, link: site + letter.path, alt: t("badgeAlt", { title }) }
      : null;

  return (
    <details className="rounded-md border border-line bg-surface px-4 py-3 text-sm print:hidden">
      <summary className="cursor-pointer font-semibold">{t("summary")}</summary>
      <div className="mt-3 flex flex-col gap-4">
        <p className="text-ink-muted">{t(kind === "campaign" ? "campaignIntro" : "letterIntro")}</p>
        <Snippet id={`embed-${kind}-widget`} label={t("widgetLabel")} value={widget} rows={4} />
        <p>
          <a href={embedPath} target="_blank" rel="noopener" className="font-semibold">
            {t("preview")}
            <span className="sr-only"> {t("newTab")}</span>
          </a>
        </p>
        {badge && badgePath ? (
          <>
            <p className="flex flex-wrap items-center gap-3">
              <span className="text-ink-muted">{t("badgeIntro")}</span>
              {/* biome-ignore lint/performance/noImgElement: an SVG of a few hundred bytes, shown as other sites will show it. */}
              <img src={badgePath} alt={badge.alt} height={20} />
              <a href={badgePath} target="_blank" rel="noopener" className="font-semibold">
                {t("openBadge")}
                <span className="sr-only"> {t("newTab")}</span>
              </a>
            </p>
            <Snippet
              id="embed-badge-markdown"
              label={t("markdownLabel")}
              value={badgeMarkdown(badge)}
              rows={2}
            />
            <Snippet id="embed-badge-html" label={t("htmlLabel")} value={badgeHtml(badge)} rows={2} />
          </>
        ) : null}
      </div>
    </details>
  );
}

/** One snippet, in a read-only field to select and copy from. */
function Snippet({ id, label, value, rows }: { id: string; label: string; value: string; rows: number }) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-semibold">
        {label}
      </label>
      <textarea
        id={id}
        readOnly
        rows={rows}
        defaultValue={value}
        spellCheck={false}
        className="w-full resize-y rounded-md border border-line-strong bg-paper px-3 py-2 font-mono text-xs text-ink"
      />
    </div>
  );
}
