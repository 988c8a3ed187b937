/*
 * The notification send of `npm run bench` (issue #14): the bench letter's 49,000
 * individual signers and 1,000 followers of its campaign hear of a government response,
 * 50,000 people in all. The response and its news are recorded while the database is
 * built; the send is one maintenance round run through the server's test hook (the
 * bench server has ANSWERABLE_TEST_HOOKS=1 and its timer off), at a time past the news'
 * grace period. Reports digests queued in the outbox per second, and a public page's
 * throughput during the send as a ratio to its throughput just before.
 */
import autocannon from "autocannon";
import { sql } from "drizzle-orm";
import type { Db } from "@/db";
import { recordNews } from "@/db/queries/notifications";
import { campaigns, letters, responses } from "@/db/schema";
import { NEWS_GRACE_MS, newsRecordKey } from "@/lib/domain/following";
import { TEST_MAINTENANCE_PATH } from "@/lib/jobs/test-hook";
import { BENCH_CAMPAIGN, BENCH_LETTER } from "./data";

/** Followers of the bench campaign added to the letter's signers: 50,000 recipients in all. */
export const BENCH_FOLLOWERS = 1_000;

/** Adds the followers, and a response to the bench letter with its news, to the bench database. */
export async function buildNotificationBench(db: Db): Promise<void> {
  await db.transaction(async (tx) => {
    const [letter] = await tx
      .select({ id: letters.id, campaignId: letters.campaignId, sentOn: letters.sentOn })
      .from(letters)
      .innerJoin(campaigns, sql`${campaigns.id} = ${letters.campaignId}`)
      .where(sql`${campaigns.slug} = ${BENCH_CAMPAIGN} and ${letters.slug} = ${BENCH_LETTER}`);
    await tx.execute(sql`
      insert into follows (email, email_normalised, campaign_id, level, confirmed_at)
      select 'follower' || i || '@example.net', 'follower' || i || '@example.net', ${letter!.campaignId},
        (case when i % 2 = 0 then 'all' else 'responses' end)::follow_level, now() - interval '1 day'
      from generate_series(1, ${BENCH_FOLLOWERS}) as i`);
    const [response] = await tx
      .insert(responses)
      .values({
        campaignId: letter!.campaignId,
        letterId: letter!.id,
        kind: "written_reply",
        stance: "mixed",
        respondedOn: letter!.sentOn!,
        summary: "The government acknowledged the benchmark letter and promised a review.",
        sourceUrl: "https://example.org/bench/reply",
      })
      .returning({ id: responses.id });
    await recordNews(tx, {
      campaignId: letter!.campaignId,
      letterId: letter!.id,
      kind: "response",
      recordId: response!.id,
      recordKey: newsRecordKey.response(response!.id),
    });
  });
}

export type NotificationSendResult = {
  recipients: number;
  digests: number;
  seconds: number;
  digestsPerSecond: number;
  page: string;
  pageRpsBefore: number;
  pageRpsDuring: number;
  ratio: number;
};

/** Load on one page until `stop` is called (or `seconds` pass); its average req/s. */
function loadUntil(url: string, connections: number, seconds: number) {
  let instance: autocannon.Instance | undefined;
  const result = new Promise<number>((resolve, reject) => {
    instance = autocannon(
      { url, connections, duration: seconds, headers: { "accept-encoding": "gzip, deflate, br" } },
      (error, outcome) => (error ? reject(error) : resolve(outcome.requests.average)),
    );
  });
  return { stop: () => instance?.stop(), result };
}

/** The send, measured against the page's throughput just before it. */
export async function benchNotificationSend({
  base,
  pagePath,
  connections,
  duration,
}: {
  base: string;
  pagePath: string;
  connections: number;
  duration: number;
}): Promise<NotificationSendResult> {
  // The page rendered once and in the page cache, as it is on a live site.
  for (let i = 0; i < 3; i++) await (await fetch(base + pagePath)).arrayBuffer();
  await loadUntil(base + pagePath, connections, 2).result;
  const before = loadUntil(base + pagePath, connections, duration);
  const pageRpsBefore = await before.result;

  const during = loadUntil(base + pagePath, connections, 600);
  // Let the load settle before the send starts.
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const started = performance.now();
  const response = await fetch(base + TEST_MAINTENANCE_PATH, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ now: new Date(Date.now() + NEWS_GRACE_MS + 60_000).toISOString() }),
  });
  const report = (await response.json()) as { notifications: { queued: number; digests: number } | null };
  const seconds = (performance.now() - started) / 1000;
  during.stop();
  const pageRpsDuring = await during.result;
  if (!report.notifications) throw new Error(`the notification round failed: ${JSON.stringify(report)}`);
  const result: NotificationSendResult = {
    recipients: report.notifications.queued,
    digests: report.notifications.digests,
    seconds,
    digestsPerSecond: report.notifications.digests / seconds,
    page: pagePath,
    pageRpsBefore,
    pageRpsDuring,
    ratio: pageRpsDuring / pageRpsBefore,
  };
  console.log(
    `\nnotification send: a response told to ${result.recipients.toLocaleString("en-GB")} people (49,000 signers, ${BENCH_FOLLOWERS.toLocaleString("en-GB")} followers)`,
  );
  console.log(
    `  ${result.digests.toLocaleString("en-GB")} digests queued in the outbox in ${seconds.toFixed(1)} s: ${result.digestsPerSecond.toFixed(0)} messages/s`,
  );
  console.log(
    `  ${pagePath}: ${pageRpsBefore.toFixed(0)} req/s before, ${pageRpsDuring.toFixed(0)} req/s during the send (ratio ${result.ratio.toFixed(2)})`,
  );
  return result;
}
