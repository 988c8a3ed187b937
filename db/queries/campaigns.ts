import "server-only";
import { and, asc, desc, eq, ne, sql } from "drizzle-orm";
import type { Executor } from "@/db";
import { asks, type CampaignStatus, campaigns, letters, targets } from "@/db/schema";

/** A campaign as the public list shows it. */
export type PublicCampaignCard = {
  slug: string;
  title: string;
  summary: string;
  status: CampaignStatus;
  targetName: string;
  /** Asks on the record: retracted ones are not counted. */
  askCount: number;
  /** Letters the public can see: drafts are not counted. */
  letterCount: number;
  isSample: boolean;
};

/** Public, published campaigns: active ones first, then the most recently started. */
export async function listPublicCampaigns(db: Executor): Promise<PublicCampaignCard[]> {
  return db
    .select({
      slug: campaigns.slug,
      title: campaigns.title,
      summary: campaigns.summary,
      status: campaigns.status,
      targetName: targets.name,
      askCount: sql<number>`(
        select count(*) from ${asks}
        where ${asks.campaignId} = ${campaigns.id} and ${asks.retractedAt} is null
      )::int`,
      letterCount: sql<number>`(
        select count(*) from ${letters}
        where ${letters.campaignId} = ${campaigns.id} and ${letters.status} <> 'draft'
      )::int`,
      isSample: campaigns.isSample,
    })
    .from(campaigns)
    .innerJoin(targets, eq(targets.id, campaigns.targetId))
    .where(and(eq(campaigns.visibility, "public"), ne(campaigns.status, "draft")))
    .orderBy(
      desc(sql`${campaigns.status} = 'active'`),
      sql`${campaigns.startedOn} desc nulls last`,
      asc(campaigns.title),
    );
}
