import type { Db } from "@/db";
import { asks, letters } from "@/db/schema";
import { seedUnRecord } from "@/db/seed/un-record";

/**
 * The demo story's UN record, hung on a campaign pressing the Republic of Korea: its two
 * asks (co-sponsor at the Council, re-join the General Assembly's sponsors) and a letter
 * to President Moon, which seedUnRecord links to the record.
 */
export async function seedStoryRecord(
  db: Db,
  { campaignId, targetId }: { campaignId: string; targetId: string },
) {
  const [hrcAsk, gaAsk] = await db
    .insert(asks)
    .values([
      { campaignId, title: "Co-sponsor the HRC resolution" },
      { campaignId, title: "Re-join the GA sponsors" },
    ])
    .returning();
  const [letter] = await db
    .insert(letters)
    .values({ campaignId, slug: "l", title: "Letter", addressee: "President Moon Jae-in" })
    .returning();
  await db.transaction((tx) =>
    seedUnRecord(tx, {
      recordedBy: null,
      campaignId,
      targetId,
      hrcAskId: hrcAsk.id,
      gaAskId: gaAsk.id,
      letters: [{ id: letter.id, addressee: letter.addressee }],
    }),
  );
  return { hrcAsk, gaAsk, letter };
}
