import { randomUUID } from "node:crypto";
import { Client } from "pg";
import type { PageCacheStore } from "./handler.mjs";

/*
 * Shares cache-tag expiry between app instances over one PostgreSQL: every tag this
 * instance expires is sent with NOTIFY, and every instance LISTENs and expires the same
 * tags in its own page cache. If the listening connection drops, a notification may
 * have been missed, so the whole cache is expired and the connection reopened.
 * With the embedded database there is one process and nothing to share.
 */

export const CHANNEL = "answerable_cache_tags";
/** NOTIFY payloads must stay under 8,000 bytes. */
const MAX_PAYLOAD = 7000;

type Message = { from: string; tags: string[] };

/** Splits tags into payloads that fit a NOTIFY. */
export function payloads(from: string, tags: readonly string[]): string[] {
  const out: string[] = [];
  let batch: string[] = [];
  const encode = (list: string[]) => JSON.stringify({ from, tags: list } satisfies Message);
  for (const tag of tags) {
    if (batch.length > 0 && encode([...batch, tag]).length > MAX_PAYLOAD) {
      out.push(encode(batch));
      batch = [];
    }
    batch.push(tag);
  }
  if (batch.length > 0) out.push(encode(batch));
  return out;
}

export type TagFeed = { instanceId: string; ready: Promise<void>; stop: () => Promise<void> };

export function startTagFeed({
  connectionString,
  store,
  log = (message: string) => console.log(`[answerable] ${message}`),
  retryMs = 1000,
}: {
  connectionString: string;
  store: PageCacheStore;
  log?: (message: string) => void;
  retryMs?: number;
}): TagFeed {
  const instanceId = randomUUID();
  let stopped = false;
  let listener: Client | null = null;
  let publisher: Client | null = null;
  let retry: NodeJS.Timeout | null = null;
  let reconnecting = false;
  let markReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => {
    markReady = resolve;
  });

  // Sends in order on one connection. A connection the server ended (a restart) is
  // dropped when it says so, and a send that fails is tried once more on a new
  // connection, so the first expiry after a restart reaches the other instances.
  let sending = Promise.resolve();
  const openPublisher = async () => {
    const client = new Client({ connectionString });
    const drop = () => {
      if (publisher === client) publisher = null;
      client.end().catch(() => {});
    };
    client.on("error", drop);
    client.on("end", drop);
    await client.connect();
    publisher = client;
    return client;
  };
  const send = async (tags: string[]) => {
    const client = publisher ?? (await openPublisher());
    for (const payload of payloads(instanceId, tags))
      await client.query("SELECT pg_notify($1, $2)", [CHANNEL, payload]);
  };
  const publish = (tags: string[]) => {
    sending = sending.then(async () => {
      for (let attempt = 1; ; attempt++) {
        try {
          await send(tags);
          return;
        } catch (error) {
          const broken = publisher;
          publisher = null;
          await broken?.end().catch(() => {});
          if (attempt < 2 && !stopped) continue;
          log(`could not tell other instances to expire ${tags.join(", ")}: ${(error as Error).message}`);
          return;
        }
      }
    });
  };
  store.listeners.add(publish);

  const scheduleReconnect = () => {
    if (stopped || retry) return;
    retry = setTimeout(() => {
      retry = null;
      void connect();
    }, retryMs);
    retry.unref();
  };

  async function connect() {
    const client = new Client({ connectionString });
    client.on("notification", (message) => {
      if (message.channel !== CHANNEL || !message.payload) return;
      try {
        const { from, tags } = JSON.parse(message.payload) as Message;
        if (from !== instanceId && Array.isArray(tags)) store.expireTags(tags, { publish: false });
      } catch {
        store.expireAll();
      }
    });
    const lost = () => {
      if (listener !== client) return;
      listener = null;
      // Notifications sent while no one listened are gone: start from nothing.
      store.expireAll();
      client.end().catch(() => {});
      if (!stopped) log("lost the cache-expiry feed; cached pages expired, reconnecting");
      scheduleReconnect();
    };
    client.on("error", lost);
    client.on("end", lost);
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
      if (stopped) {
        await client.end();
        return;
      }
      listener = client;
      // Anything expired while this instance was not listening is unknown.
      store.expireAll();
      if (reconnecting) log("listening for cache expiry again; cached pages expired");
      reconnecting = true;
      markReady();
    } catch (error) {
      client.end().catch(() => {});
      if (!stopped) log(`could not listen for cache expiry: ${(error as Error).message}`);
      scheduleReconnect();
    }
  }
  void connect();

  return {
    instanceId,
    ready,
    stop: async () => {
      stopped = true;
      store.listeners.delete(publish);
      if (retry) clearTimeout(retry);
      await sending;
      const [l, p] = [listener, publisher];
      listener = null;
      publisher = null;
      await Promise.all([l?.end().catch(() => {}), p?.end().catch(() => {})]);
    },
  };
}
