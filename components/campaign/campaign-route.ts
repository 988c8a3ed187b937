import { notFound } from "next/navigation";
import { getLocale } from "next-intl/server";
import { type CampaignPage, getCampaignPage } from "@/db/queries/public-campaigns";
import type { LocaleParams } from "@/i18n/route-locale";

/*
 * The campaign's page and its full timeline read the same campaign from their address,
 * the same way, and are cached under the same tags.
 */

/** The props Next gives a page under a campaign's address. */
export type CampaignRouteProps = { params: LocaleParams<{ slug: string }> };

/**
 * The campaign the address names, its wording in the page's language where translated,
 * or null when the public has no such campaign.
 */
export async function findCampaign(params: CampaignRouteProps["params"]): Promise<CampaignPage | null> {
  const [{ slug }, locale] = await Promise.all([params, getLocale()]);
  return getCampaignPage(slug, locale);
}

/** The campaign the address names; a 404 when the public has no such campaign. */
export async function requireCampaign(params: CampaignRouteProps["params"]): Promise<CampaignPage> {
  const page = await findCampaign(params);
  if (!page) notFound();
  return page;
}
