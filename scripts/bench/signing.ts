/*
 * The signing burst of `npm run bench`: N distinct individual signatures POSTed to the
 * real JSON endpoint (/api/letters/:id/signatures) by C concurrent clients, then the
 * rows counted in the database. Reports signatures per second and any lost (accepted
 * with 202 but not stored). The signing limits are on, at their defaults: as in a real
 * rush, each signer comes from its own address (X-Forwarded-For, which the bench
 * server believes from one trusted proxy hop), so every signature pays for its checks.
 *   BENCH_SIGNATURES (default 3000), BENCH_SIGNING_CONCURRENCY (default 50)
 */
import type { ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { and, count, eq, like } from "drizzle-orm";
import { Client } from "pg";
import { closeDb, getDb } from "@/db";
import { dataDir } from "@/db/config";
import { releaseDataDirLock } from "@/db/lock";
import { signatures } from "@/db/schema";
import type { SmtpInbox } from "../../tests/helpers/smtp-inbox";

/** The bench letter that is still collecting signatures (made by buildBenchData). */
export const BENCH_SIGNING_LETTER_ID = "b3c4e000-0000-4000-8000-000000000001";

export type SigningBurstResult = {
  requests: number;
  concurrency: number;
  accepted: number;
  refused: Record<string, number>;
  networkErrors: number;
  seconds: number;
  signaturesPerSecond: number;
  p50: number;
  p99: number;
  rows: number;
  lost: number;
  database: "postgres" | "pglite";
  /** With BENCH_SMTP=1: messages the SMTP server received, and when the last arrived. */
  mail: { received: number; secondsAfterBurst: number } | null;
};

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** A distinct private address per signer (10.0.0.0/8 holds 16 million). */
function signerAddress(i: number): string {
  return `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;
}

async function burst(base: string, emails: string[], concurrency: number, firstSigner: number) {
  const url = `${base}/api/letters/${BENCH_SIGNING_LETTER_ID}/signatures`;
  const latencies: number[] = [];
  const refused: Record<string, number> = {};
  let accepted = 0;
  let networkErrors = 0;
  let next = 0;
  const worker = async () => {
    while (next < emails.length) {
      const i = next++;
      const started = performance.now();
      try {
        const response = await fetch(url, {
          method: "POST",
          headers: { "content-type": "application/json", "x-forwarded-for": signerAddress(firstSigner + i) },
          body: JSON.stringify({
            name: `Bench Signer ${i}`,
            email: emails[i],
            titleAffiliation: "Benchmark",
            country: "FR",
            visibility: i % 10 === 0 ? "name_withheld" : "public",
            website: "",
            startedAt: Date.now() - 30_000,
          }),
        });
        await response.arrayBuffer();
        if (response.status === 202) accepted++;
        else refused[response.status] = (refused[response.status] ?? 0) + 1;
      } catch {
        networkErrors++;
      }
      latencies.push(performance.now() - started);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { accepted, refused, networkErrors, seconds: (performance.now() - started) / 1000, latencies };
}

async function countRows(prefix: string): Promise<number> {
  const where = and(eq(signatures.letterId, BENCH_SIGNING_LETTER_ID), like(signatures.email, `${prefix}%`));
  const url = process.env.DATABASE_URL;
  if (url) {
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      const { rows } = await client.query(
        "SELECT count(*)::int AS n FROM signatures WHERE letter_id = $1 AND email LIKE $2",
        [BENCH_SIGNING_LETTER_ID, `${prefix}%`],
      );
      return rows[0].n as number;
    } finally {
      await client.end();
    }
  }
  const [row] = await getDb().select({ n: count() }).from(signatures).where(where);
  await closeDb();
  releaseDataDirLock(dataDir());
  return row.n;
}

async function stopServer(server: ChildProcess): Promise<void> {
  if (!server.pid || server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => server.once("exit", () => resolve()));
  process.kill(-server.pid, "SIGTERM");
  await exited;
}

/**
 * Runs the burst against the running bench server and counts what was stored. The
 * embedded database can be opened by one process only, so with PGlite the server is
 * stopped before counting.
 */
export async function benchSigningBurst({
  base,
  server,
  inbox = null,
  requests = Number(process.env.BENCH_SIGNATURES || 3000),
  concurrency = Number(process.env.BENCH_SIGNING_CONCURRENCY || 50),
}: {
  base: string;
  server: ChildProcess;
  /** The loopback SMTP server the app sends to, when mail is not only logged. */
  inbox?: SmtpInbox | null;
  requests?: number;
  concurrency?: number;
}): Promise<SigningBurstResult> {
  const prefix = `burst-${randomBytes(4).toString("hex")}-`;
  const emails = (from: number, n: number) =>
    Array.from({ length: n }, (_, i) => `${prefix}${from + i}@example.org`);

  // Warm the route and the connection pool; these count as accepted, not in the timing.
  const warm = await burst(base, emails(0, 100), 10, 0);
  const run = await burst(base, emails(100, requests), concurrency, 100);

  // Mail goes out after each response: wait for the last message before stopping the server.
  const mail = inbox ? await waitForMail(inbox, warm.accepted + run.accepted) : null;

  const database = process.env.DATABASE_URL ? "postgres" : "pglite";
  if (database === "pglite") await stopServer(server);
  const rows = await countRows(prefix);
  const latencies = run.latencies.sort((a, b) => a - b);
  const result: SigningBurstResult = {
    requests,
    concurrency,
    accepted: run.accepted,
    refused: run.refused,
    networkErrors: run.networkErrors + warm.networkErrors,
    seconds: run.seconds,
    signaturesPerSecond: run.accepted / run.seconds,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    rows,
    lost: warm.accepted + run.accepted - rows,
    database,
    mail,
  };
  const refusedText = Object.entries(run.refused)
    .map(([status, n]) => `${n}×HTTP ${status}`)
    .join(", ");
  console.log(
    `\nsigning burst (${database}): ${requests} signatures at concurrency ${concurrency} through POST /api/letters/:id/signatures`,
  );
  console.log(
    `  ${result.signaturesPerSecond.toFixed(0)} signatures/s over ${run.seconds.toFixed(1)} s, p50 ${result.p50.toFixed(0)} ms, p99 ${result.p99.toFixed(0)} ms`,
  );
  console.log(
    `  accepted ${run.accepted + warm.accepted} (incl. ${warm.accepted} warm-up), stored ${rows}, lost ${result.lost}` +
      `${refusedText ? `, refused ${refusedText}` : ""}${result.networkErrors ? `, network errors ${result.networkErrors}` : ""}`,
  );
  if (mail) {
    console.log(
      `  confirmation e-mails received by the SMTP server: ${mail.received}, the last ${mail.secondsAfterBurst.toFixed(1)} s after the burst`,
    );
  }
  return result;
}

async function waitForMail(inbox: SmtpInbox, expected: number, timeoutMs = 120_000) {
  const started = performance.now();
  while (inbox.messages.length < expected && performance.now() - started < timeoutMs) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { received: inbox.messages.length, secondsAfterBurst: (performance.now() - started) / 1000 };
}
