import { getTranslations } from "next-intl/server";
import { buttonClasses } from "@/components/ui/button";
import { getLocalePath } from "@/i18n/server-navigation";

/** The catalog namespaces of the pages that answer with an error status, each with a title, a body and a link home. */
type StatusNamespace = "notFound" | "forbidden";

/**
 * The page an error status shows (404, 403): the status as a large figure, what happened
 * and a way home. Each page puts it in the site's chrome as its place needs.
 */
export async function StatusPage({ status, namespace }: { status: 403 | 404; namespace: StatusNamespace }) {
  const [t, localized] = await Promise.all([getTranslations(namespace), getLocalePath()]);
  return (
    <div className="mx-auto w-full max-w-2xl px-4 py-16 sm:px-6 sm:py-24">
      <p className="font-serif text-6xl font-bold text-line-strong" aria-hidden="true">
        {status}
      </p>
      <h1 className="mt-4 text-4xl font-bold">{t("title")}</h1>
      <p className="mt-4 text-lg text-ink-muted">{t("body")}</p>
      <p className="mt-8">
        {/* A plain link: the 404 page of an unknown address loads no JavaScript of its own. */}
        <a href={localized("/")} className={buttonClasses("primary")}>
          {t("home")}
        </a>
      </p>
    </div>
  );
}
