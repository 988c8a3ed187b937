import { getTranslations } from "next-intl/server";
import { sourceLink } from "./source-link";

/** "Source: example.org" under a government's response, or that none is on record. */
export async function ResponseSource({ url, className = "" }: { url: string | null; className?: string }) {
  const t = await getTranslations("letterPage.responses");
  const source = sourceLink(url);
  return (
    <p className={`text-sm ${className}`.trim()}>
      {source ? (
        <>
          <span className="text-ink-muted">{t("source")}: </span>
          <a href={source.href} rel="nofollow noopener">
            {source.host}
          </a>
        </>
      ) : (
        <span className="text-ink-muted">{t("noSource")}</span>
      )}
    </p>
  );
}
