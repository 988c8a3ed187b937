import { createTranslator, type NamespaceKeys, type NestedKeyOf } from "next-intl";
import type { Locale } from "@/lib/domain/locales";
import { messages as english } from "@/messages/en";
import { messages as korean } from "@/messages/ko";

/*
 * Each language's whole catalog, for text written outside a page's request: e-mails in
 * the recipient's language, feeds and calendars in their address's. Server code only:
 * a client component would ship every language's strings.
 */

export type Messages = typeof english;
type Namespace = NamespaceKeys<Messages, NestedKeyOf<Messages>>;

const CATALOGS: Record<Locale, Messages> = { "en-GB": english, ko: korean };

/** The catalog of `locale`, for next-intl's createTranslator. */
export function messagesFor(locale: Locale): Messages {
  return CATALOGS[locale];
}

const translators = new Map<string, unknown>();

/**
 * A translator for one namespace of `locale`'s catalog, made once and kept: a translator
 * parses each message the first time it is used, and an e-mail sent 50,000 times should
 * not parse its messages 50,000 times. Dates in messages are read in UTC, as calendar
 * dates. (tests/helpers/message-keys.ts knows it as a translator factory.)
 */
export function catalogTranslator<const N extends Namespace>({
  locale,
  namespace,
}: {
  locale: Locale;
  namespace: N;
}): ReturnType<typeof createTranslator<Messages, N>> {
  const key = `${locale} ${namespace}`;
  if (!translators.has(key))
    translators.set(
      key,
      createTranslator({ locale, messages: messagesFor(locale), namespace, timeZone: "UTC" }),
    );
  return translators.get(key) as ReturnType<typeof createTranslator<Messages, N>>;
}

/** The site's name as `locale` writes it (meta.siteName), for e-mails and feeds. */
export function siteNameIn(locale: Locale): string {
  const meta = catalogTranslator({ locale, namespace: "meta" });
  return meta("siteName");
}
