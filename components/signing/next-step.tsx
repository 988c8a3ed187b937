"use client";

import { useTranslations } from "next-intl";
import { useRef, useState, useSyncExternalStore } from "react";
import { Button } from "@/components/ui/button";
import { Link } from "@/components/ui/link";
import { shareLinks } from "@/lib/domain/share-links";

/** The letter just signed: its public address (absolute), its title, and where its tally is. */
export type LetterShare = { url: string; title: string; tallyHref: string };

const never = () => () => {};
const canWebShare = () => typeof navigator !== "undefined" && typeof navigator.share === "function";

/**
 * After signing: share the letter and see the tally. The address is on the page to copy
 * by hand, and the networks are plain links, so it all works without JavaScript; with it
 * come a copy button and, where the browser has one, the system's share sheet (which
 * offers KakaoTalk and the other apps on a phone).
 */
export function NextStep({ share, heading: Heading = "h3" }: { share: LetterShare; heading?: "h2" | "h3" }) {
  const t = useTranslations("signing.next");
  const input = useRef<HTMLInputElement>(null);
  const [copy, setCopy] = useState<"copied" | "copyFailed" | null>(null);
  // False on the server and without script; the buttons appear once they can work.
  const scripted = useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
  const webShare = useSyncExternalStore(never, canWebShare, () => false);
  const text = t("shareText", { letter: share.title });

  async function copyLink() {
    try {
      await navigator.clipboard.writeText(share.url);
      setCopy("copied");
    } catch {
      input.current?.select();
      setCopy("copyFailed");
    }
  }

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
            ref={input}
            id="next-step-link"
            readOnly
            value={share.url}
            onFocus={(e) => e.currentTarget.select()}
            className="min-h-11 w-full min-w-0 rounded-md border border-line-strong bg-surface px-3 py-2 font-mono text-sm"
          />
          {scripted ? (
            <Button variant="secondary" className="shrink-0" onClick={copyLink}>
              {t("copy")}
            </Button>
          ) : null}
          {webShare ? (
            <Button
              className="shrink-0"
              onClick={() => navigator.share({ title: share.title, text, url: share.url }).catch(() => {})}
            >
              {t("share")}
            </Button>
          ) : null}
        </div>
        <p aria-live="polite" className="text-sm text-ink-muted">
          {copy ? t(copy) : null}
        </p>
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
