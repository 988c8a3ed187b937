import { getTranslations } from "next-intl/server";
import { Icon } from "@/components/timeline/icon";

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return url;
  }
}

/**
 * A link to a cited source whose text says what it is ("Source: Human Rights Watch news
 * release, 3 March 2020"), falling back to the site's name when the source has no label.
 */
export async function SourceLink({
  url,
  label,
  className = "",
}: {
  url: string;
  label?: string | null;
  className?: string;
}) {
  const t = await getTranslations("timeline");
  return (
    <a href={url} rel="external noopener" className={className || undefined}>
      {t("source", { label: label?.trim() || hostOf(url) })}
      <Icon name="external" className="ml-1 inline-block size-3.5 align-[-0.125em]" />
    </a>
  );
}

/** A cited source on a line of its own, in small type; nothing when there is no source. */
export function SourceLine({
  url,
  label,
  className,
}: {
  url: string | null;
  label?: string | null;
  /** Spacing: "mt-3". */
  className?: string;
}) {
  if (!url) return null;
  return (
    <p className={className ? `${className} text-sm` : "text-sm"}>
      <SourceLink url={url} label={label} />
    </p>
  );
}
