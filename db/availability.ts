import { DrizzleQueryError } from "drizzle-orm";
import { DATABASE_UNAVAILABLE_DIGEST } from "@/lib/domain/database-unavailable";

/*
 * Telling a lost database from a bad query. When PostgreSQL restarts, is unreachable or
 * refuses connections, a visitor should be told to try again in a minute (503), not shown
 * a bare 500, and the process must carry on and reconnect. PGlite lives in the process and
 * is never "unreachable".
 */

// Node's network errors, and node-postgres's own for a connection that went away.
const NETWORK_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
]);
const LOST_CONNECTION_MESSAGES = [
  "Connection terminated",
  "timeout exceeded when trying to connect",
  "Client has encountered a connection error",
  "Client was closed",
  "connection is closed",
];

/**
 * True for an error that says the database could not be reached (the error itself, or one
 * it wraps): refused or lost connections, a server shutting down, starting up or full
 * (SQLSTATE classes 08 and 57P, 53300), a database not accepting connections (55000 on
 * connect). A failing statement is not one.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    // By digest too: Next's bundle and the start script each load their own copy of this module.
    if (
      e instanceof DatabaseUnavailableError ||
      (e as { digest?: unknown }).digest === DATABASE_UNAVAILABLE_DIGEST
    )
      return true;
    const { code, message } = e as { code?: unknown; message?: unknown };
    if (typeof code === "string") {
      if (NETWORK_CODES.has(code) || code.startsWith("08") || code.startsWith("57P") || code === "53300")
        return true;
      if (
        code === "55000" &&
        typeof message === "string" &&
        /not currently accepting connections/.test(message)
      )
        return true;
    }
    if (typeof message === "string" && LOST_CONNECTION_MESSAGES.some((m) => message.includes(m))) return true;
  }
  return false;
}

/** Thrown in place of a connection failure, so every layer can tell it apart. */
export class DatabaseUnavailableError extends Error {
  readonly digest = DATABASE_UNAVAILABLE_DIGEST;
  constructor(cause: unknown) {
    super("The database cannot be reached", { cause });
    this.name = "DatabaseUnavailableError";
  }
}

/*
 * Drizzle wraps every failed query in a DrizzleQueryError of its own; Next gives the error
 * page only a digest. A lost database's queries carry the known digest, so the error page
 * says what happened instead of "something went wrong".
 */
Object.defineProperty(DrizzleQueryError.prototype, "digest", {
  configurable: true,
  get(this: DrizzleQueryError) {
    return isDatabaseUnavailable(this.cause) ? DATABASE_UNAVAILABLE_DIGEST : undefined;
  },
});

let failedAt = 0;

/** Records that the database could not be reached just now. */
export function noteDatabaseUnavailable(): void {
  failedAt = Date.now();
}

/** Records that a connection to the database was made. */
export function noteDatabaseReachable(): void {
  failedAt = 0;
}

/** True while the last attempt to reach the database, within `withinMs`, failed. */
export function databaseRecentlyUnavailable(withinMs = 30_000): boolean {
  return failedAt !== 0 && Date.now() - failedAt < withinMs;
}
