import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Link } from "@/components/ui/link";
import { shareLinks } from "@/lib/domain/share-links";

/** The letter just signed: its public address (absolute), its title, and where its tally is. */
export type LetterShare = { url: string; title: string; tallyHref: string };

/**
 * After signing: share the letter and see the tally. The address is on the page to copy
 * by hand, and the networks are plain links, so it all works without JavaScript; with it
 * come a copy button and, where the browser has one, the system's share sheet (which
 * offers KakaoTalk and the other apps on a phone), both drawn hidden and shown by the
 * page's script (public/enhance.js: data-copy, data-web-share) once they can work.
 */
export function NextStep({ share, heading: Heading = "h3" }: { share: LetterShare; heading?: "h2" | "h3" }) {
  const t = useTranslations("signing.next");
  const text = t("shareText", { letter: share.title });

  return (
    <section aria-labelledby="next-step-heading" className="mt-6 flex flex-col gap-4">
      <Heading id="next-step-heading" className="text-xl font-bold">
        {t("heading")}
      </Heading>
      <p>{t("intro")}</p>
      <div className="flex flex-col gap-2">
        <label htmlFor="next-step-link" className="font-semibold">
          {t("link")}
        </label>
        <div className="flex flex-col gap-2 sm:flex-row">
          <input
            id="next-step-link"
            readOnly
            data-select-on-focus=""
            value={share.url}
            className="min-h-11 w-full min-w-0 rounded-md border border-line-strong bg-surface px-3 py-2 font-mono text-sm"
          />
          <Button
            variant="secondary"
            className="shrink-0"
            hidden
            data-copy="next-step-link"
            data-copied={t("copied")}
            data-copy-failed={t("copyFailed")}
          >
            {t("copy")}
          </Button>
          <Button
            className="shrink-0"
            hidden
            data-web-share=""
            data-share-title={share.title}
            data-share-text={text}
            data-share-url={share.url}
          >
            {t("share")}
          </Button>
        </div>
        <p aria-live="polite" className="text-sm text-ink-muted" data-copy-status="" />
      </div>
      <div>
        <p className="font-semibold">{t("shareOn")}</p>
        <ul className="mt-2 flex flex-wrap gap-2">
          {shareLinks(share.url, text).map(({ network, href }) => (
            <li key={network}>
              <a
                href={href}
                target="_blank"
                rel="noopener noreferrer"
                className="inline-flex min-h-11 items-center rounded-md border border-line px-3 font-medium no-underline hover:border-accent hover:bg-accent-soft"
              >
                {t(`network.${network}`)}
              </a>
            </li>
          ))}
        </ul>
      </div>
      <p>
        <Link href={share.tallyHref} className="font-semibold">
          {t("tally")}
        </Link>
      </p>
    </section>
  );
}
