import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale } from "next-intl/server";
import { sharedPageMetadata } from "@/components/ui/page-metadata";
import { getLetterPage, type LetterPage } from "@/db/queries/public-letters";
import type { LocaleParams } from "@/i18n/route-locale";
import { letterCardPath, letterPath } from "@/lib/domain/urls";

/*
 * The routes under /campaigns/[slug]/letters/[letterSlug] (the letter, its printable copy,
 * its signatories) read the same letter from their address, the same way.
 */

/** The props Next gives a page under a letter's address. */
export type LetterRouteProps = { params: LocaleParams<{ slug: string; letterSlug: string }> };

/**
 * The letter the address names, in the language of the page (its original where it has
 * no text in that language), or null when the public has no such letter.
 */
export async function findLetterPage(params: LetterRouteProps["params"]): Promise<LetterPage | null> {
  const [{ slug, letterSlug }, locale] = await Promise.all([params, getLocale()]);
  return getLetterPage(slug, letterSlug, locale);
}

/** The letter the address names; a 404 when the public has no such letter. */
export async function requireLetterPage(params: LetterRouteProps["params"]): Promise<LetterPage> {
  const page = await findLetterPage(params);
  if (!page) notFound();
  return page;
}

/**
 * The metadata of a letter's page and of its printable copy: the title and description
 * `build` gives, with the letter's page as the canonical address of both, so search
 * engines send readers there, and the letter's feed when `build` gives one. None when
 * there is no such letter.
 */
export async function letterMetadata(
  params: LetterRouteProps["params"],
  build: (
    page: LetterPage,
  ) => Promise<{ title: string; description: string; feed?: { url: string; title: string } }>,
): Promise<Metadata> {
  const page = await findLetterPage(params);
  if (!page) return {};
  const { letter } = page;
  return sharedPageMetadata({
    ...(await build(page)),
    canonical: letterPath(letter.campaignSlug, letter.slug),
    type: "article",
    card: { path: letterCardPath(letter.campaignSlug, letter.slug), kind: "letter" },
  });
}
