import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { buttonClasses } from "@/components/ui/button";
import { Link } from "@/components/ui/link";

/*
 * The site's 403 page, where the server sends a form post from another site
 * (lib/server/cross-site-form.ts): nothing ran, and `npm start` answers it with status
 * 403. A page of its own rather than Next's forbidden(): that would put its boundary's
 * code in every page's JavaScript.
 */
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("forbidden");
  return { title: t("title"), robots: { index: false } };
}

export default async function Refused() {
  const t = await getTranslations("forbidden");
  return (
    <div className="mx-auto w-full max-w-2xl px-4 py-16 sm:px-6 sm:py-24">
      <p className="font-serif text-6xl font-bold text-line-strong" aria-hidden="true">
        403
      </p>
      <h1 className="mt-4 text-4xl font-bold">{t("title")}</h1>
      <p className="mt-4 text-lg text-ink-muted">{t("body")}</p>
      <p className="mt-8">
        <Link href="/" className={buttonClasses("primary")}>
          {t("home")}
        </Link>
      </p>
    </div>
  );
}
