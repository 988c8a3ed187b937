import "server-only";
import { refresh, revalidateTag, updateTag } from "next/cache";
import { headers } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { type Db, getDb, type Tx } from "@/db";
import { isDatabaseUnavailable } from "@/db/availability";
import { type AuditEntry, writeAudit } from "@/db/queries/audit-log";
import type { ActorDto } from "@/db/queries/users";
import { redirectInLocale } from "@/i18n/server-navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { can, type OrgPermission, type Permission } from "@/lib/domain/permissions";
import { stripNul } from "@/lib/domain/text";
import { clientIp } from "@/lib/server/request";
import { ActionError, type ActionResult, fieldErrorsFrom, isUniqueViolation } from "./result";

/*
 * Every server action goes through here: session → permission → U+0000 out of the input
 * → zod → transaction → audit log → cache invalidation. An action is a public endpoint;
 * nothing in it may rely on the page that rendered the form. Inside `run`, use only
 * `ctx.tx`: PGlite has one connection, so a query on the plain client would wait for the
 * transaction forever.
 */

type Access =
  | { permission: Permission; scope?: never }
  | { permission: OrgPermission; scope: (input: never) => { organisationId: string } }
  | { permission: "anyone" }
  | { permission: "signed_in" };

type ActionContext<I> = {
  tx: Tx;
  input: I;
  actor: ActorDto | null;
  ip: string;
  audit: (entry: AuditEntry) => void;
};

export type ActionDefinition<S extends z.ZodType, T> = {
  /** Unique, dotted: "user.set_role". Also the audit log's action name. */
  name: string;
  access: Access;
  schema: S;
  run: (ctx: ActionContext<z.output<S>>) => Promise<T>;
  /** Cache tags whose pages change when this action succeeds. */
  tags?: (input: z.output<S>, data: T) => string[];
  /** Message for a unique-constraint violation, with the field it belongs to. */
  onConflict?: { field?: string; message: string };
  /**
   * For a busy anonymous write (signing in a rush): calls that arrive while another
   * batch is being written wait and are then run together, in one transaction (group
   * commit), each answered with its data or its ActionError in its place. They must
   * come out as if run one by one, in order, and write no audit entry. `run` is still
   * the single call (tests, scripts).
   */
  together?: (
    tx: Tx,
    calls: ReadonlyArray<{ input: z.output<S>; ip: string }>,
  ) => Promise<Array<T | ActionError>>;
};

// biome-ignore lint/suspicious/noExplicitAny: the registry holds actions of every input type.
export const actionRegistry = new Map<string, ActionDefinition<any, any>>();

export type FormAction<T> = (
  previous: ActionResult<T> | null,
  formData: FormData,
) => Promise<ActionResult<T>>;

function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION") || typeof value !== "string") continue;
    // Never echo a secret back into the page.
    if (/password|token/i.test(key)) continue;
    values[key] = stripNul(value);
  }
  return values;
}

function formObject(formData: FormData): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const all = formData.getAll(key).filter((v) => typeof v === "string");
    object[key] = all.length > 1 ? all : all[0];
  }
  return object;
}

type Caller = { actor: ActorDto | null; ip: string; db?: Db };

/** Runs an action's checks and body; shared by form actions and tests. */
export async function executeAction<S extends z.ZodType, T>(
  def: ActionDefinition<S, T>,
  raw: unknown,
  caller: Caller,
): Promise<ActionResult<T>> {
  return (await perform(def, raw, caller)).result;
}

/** executeAction, also saying which cache tags a success expired. */
async function perform<S extends z.ZodType, T>(
  def: ActionDefinition<S, T>,
  raw: unknown,
  { actor, ip, db = getDb() }: Caller,
): Promise<{ result: ActionResult<T>; expired: string[] }> {
  const failure = (result: ActionResult<T>) => ({ result, expired: [] });
  const { access } = def;
  if (access.permission !== "anyone" && !actor) {
    return failure({ ok: false, error: "errors.signInRequired" });
  }
  // Site permissions are checked before the input is read, so a refused caller learns
  // nothing about the form; organisation permissions need the organisation from it.
  const sitePermission =
    access.permission !== "anyone" && access.permission !== "signed_in" && !access.scope
      ? access.permission
      : null;
  if (sitePermission && !can(actor, sitePermission))
    return failure({ ok: false, error: "errors.notAllowed" });
  // PostgreSQL text cannot hold U+0000, and no one means to type it: it goes before any
  // schema sees the input, for every action and the JSON signing route alike.
  const parsed = def.schema.safeParse(stripNul(raw));
  if (!parsed.success) {
    return failure({ ok: false, error: "errors.checkFields", fieldErrors: fieldErrorsFrom(parsed.error) });
  }
  const input = parsed.data as z.output<S>;
  if (access.permission !== "anyone" && access.permission !== "signed_in" && access.scope) {
    if (!can(actor, access.permission, access.scope(input as never)))
      return failure({ ok: false, error: "errors.notAllowed" });
  }
  const entries: AuditEntry[] = [];
  try {
    const data = def.together
      ? await callTogether(def, db, { input, ip })
      : await db.transaction(async (tx) => {
          const result = await def.run({ tx, input, actor, ip, audit: (e) => entries.push(e) });
          if (actor && entries.length === 0)
            entries.push({ action: def.name, entityType: def.name.split(".")[0] });
          await writeAudit(tx, { actorUserId: actor?.id ?? null, ip, entries });
          return result;
        });
    const expired = def.tags?.(input, data) ?? [];
    invalidate(expired);
    return { result: { ok: true, data }, expired };
  } catch (error) {
    unstable_rethrow(error);
    if (error instanceof ActionError) {
      return failure({
        ok: false,
        error: error.messageKey,
        ...(error.values ? { errorValues: error.values } : {}),
        fieldErrors: error.field ? { [error.field]: [error.messageKey] } : undefined,
      });
    }
    if (def.onConflict && isUniqueViolation(error)) {
      const { field, message } = def.onConflict;
      return failure({ ok: false, error: message, fieldErrors: field ? { [field]: [message] } : undefined });
    }
    if (isDatabaseUnavailable(error)) {
      console.error(`[action ${def.name}] the database cannot be reached: ${(error as Error).message}`);
      return failure({ ok: false, error: "errors.databaseUnavailable" });
    }
    console.error(`[action ${def.name}]`, error);
    return failure({ ok: false, error: "errors.unexpected" });
  }
}

/** The most calls one transaction takes; more wait for the next. */
const MOST_TOGETHER = 100;
/**
 * Batches of one action written at once by one process: while one waits for the
 * database, the next is sent. They cannot deadlock: each takes its letters' shared locks
 * and its counters (in key order) in its first statement, before anything else.
 */
const BATCHES_AT_ONCE = 2;

type Waiting = {
  input: unknown;
  ip: string;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
};

/** Calls waiting to be run together, per database client and action. */
const waitingCalls = new WeakMap<Db, Map<string, { calls: Waiting[]; running: number }>>();

/**
 * Queues a call of an action with `together` and answers it when its batch is written.
 * Up to BATCHES_AT_ONCE batches per action and client are written at a time; the calls
 * that arrive meanwhile make the next. Should a batch fail as a whole (anything but the refusals the action
 * returns in place), each of its calls is run alone, so one call cannot fail another.
 */
function callTogether<S extends z.ZodType, T>(
  def: ActionDefinition<S, T>,
  db: Db,
  call: { input: z.output<S>; ip: string },
): Promise<T> {
  const byName = waitingCalls.get(db) ?? new Map();
  waitingCalls.set(db, byName);
  const queue = byName.get(def.name) ?? { calls: [], running: 0 };
  byName.set(def.name, queue);
  const answer = new Promise<T>((resolve, reject) =>
    queue.calls.push({ ...call, resolve: resolve as (value: unknown) => void, reject }),
  );
  const together = def.together!;
  const write = async (calls: Waiting[]) => {
    const outcomes = await db.transaction((tx) =>
      together(
        tx,
        calls.map(({ input, ip }) => ({ input: input as z.output<S>, ip })),
      ),
    );
    for (const [i, c] of calls.entries()) {
      const outcome = outcomes[i];
      if (outcome instanceof ActionError) c.reject(outcome);
      else c.resolve(outcome);
    }
  };
  if (queue.running < BATCHES_AT_ONCE) {
    queue.running++;
    void (async () => {
      while (queue.calls.length > 0) {
        const calls = queue.calls.splice(0, MOST_TOGETHER);
        try {
          await write(calls);
        } catch (error) {
          if (calls.length === 1) calls[0]!.reject(error);
          else for (const c of calls) await write([c]).catch(c.reject);
        }
      }
      queue.running--;
    })();
  }
  return answer;
}

/**
 * Expires the cached pages a committed write changed. Outside a request (scripts,
 * tests) there is no cache to expire; the write itself has already succeeded.
 */
function invalidate(tags: string[]) {
  for (const tag of tags) {
    try {
      updateTag(tag); // in a server action: the next read sees the write
    } catch {
      try {
        revalidateTag(tag, { expire: 0 }); // in a route handler
      } catch (error) {
        if (process.env.NODE_ENV === "production") console.error(`[cache] could not expire ${tag}`, error);
      }
    }
  }
}

/** What a form action does after a success, besides returning the result. */
type FormActionOptions<T> = {
  /** Open this page instead (a new record's own page). */
  redirectTo?: (data: T) => string;
  /**
   * Re-render the page the form is on (a staff page whose writes no public page shows).
   * Only when the success expired no cache tag: updateTag has then re-rendered the page
   * already, and refresh() would narrow that to the page's dynamic data.
   */
  refresh?: boolean;
};

/** Defines a server action usable as `<form action>` and with useActionState. */
export function defineAction<S extends z.ZodType, T>(
  def: ActionDefinition<S, T>,
  { redirectTo, refresh: refreshPage = false }: FormActionOptions<T> = {},
): FormAction<T> {
  // A module re-evaluated by hot reload registers again; the newest definition wins.
  actionRegistry.set(def.name, def);
  return async (_previous, formData) => {
    let actor: ActorDto | null;
    const requestHeaders = await headers();
    try {
      actor = await getCurrentUser();
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
      return { ok: false, error: "errors.databaseUnavailable", values: formValues(formData) };
    }
    const { result, expired } = await perform(def, formObject(formData), {
      actor,
      ip: clientIp(requestHeaders),
    });
    if (!result.ok) return { ...result, values: formValues(formData) };
    // In the language of the page the form was posted from.
    if (redirectTo) await redirectInLocale(redirectTo(result.data));
    if (refreshPage && expired.length === 0) refresh();
    return result;
  };
}
