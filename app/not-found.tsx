import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SiteChrome } from "@/components/layout/site-chrome";
import { buttonClasses } from "@/components/ui/button";
import { Link } from "@/components/ui/link";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("notFound");
  return { title: t("title") };
}

export default async function NotFound() {
  const t = await getTranslations("notFound");
  // Outside every route group's layout (a 404 replaces them): the site's chrome is put here.
  return (
    <SiteChrome>
      <div className="mx-auto w-full max-w-2xl px-4 py-16 sm:px-6 sm:py-24">
        <p className="font-serif text-6xl font-bold text-line-strong" aria-hidden="true">
          404
        </p>
        <h1 className="mt-4 text-4xl font-bold">{t("title")}</h1>
        <p className="mt-4 text-lg text-ink-muted">{t("body")}</p>
        <p className="mt-8">
          <Link href="/" className={buttonClasses("primary")}>
            {t("home")}
          </Link>
        </p>
      </div>
    </SiteChrome>
  );
}
