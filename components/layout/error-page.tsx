"use client";

import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { Button, buttonClasses } from "@/components/ui/button";
import { useLocalePath } from "@/i18n/locale-path";
import { DATABASE_UNAVAILABLE_DIGEST } from "@/lib/domain/database-unavailable";

/**
 * Shown when a page fails; the server's message is never displayed, only its digest. Each
 * route group's error.tsx shows it inside the site's header and footer; app/[locale]/error.tsx for
 * the rest.
 */
export function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useTranslations("error");
  const home = useLocalePath("/");
  const digest = error instanceof Error ? (error as Error & { digest?: string }).digest : undefined;
  // The server could not reach the database (start.ts answers such a page with 503).
  const database = digest === DATABASE_UNAVAILABLE_DIGEST;

  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <div className="mx-auto w-full max-w-2xl px-4 py-16 sm:px-6 sm:py-24">
      <h1 className="text-4xl font-bold">{t(database ? "databaseTitle" : "title")}</h1>
      <p className="mt-4 text-lg text-ink-muted">{t(database ? "databaseBody" : "body")}</p>
      {digest && !database ? (
        <p className="mt-2 text-sm text-ink-muted">{t("reference", { digest })}</p>
      ) : null}
      <div className="mt-8 flex flex-wrap gap-3">
        <Button onClick={() => retry()}>{t("retry")}</Button>
        {/* A plain link: a full load of the home page leaves whatever failed behind, and keeps
            next/link out of the error boundary's bundle, which every page loads. */}
        <a href={home} className={buttonClasses("secondary")}>
          {t("home")}
        </a>
      </div>
    </div>
  );
}
