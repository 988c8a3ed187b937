import "server-only";
import type { Db } from "@/db";
import { executeAction } from "@/lib/actions/safe-action";
import { localePath, toLocale } from "@/lib/domain/locales";
import { FOLLOW_SENT_PATH, followPagePath } from "@/lib/domain/urls";
import { clientIp, readFormUpTo } from "@/lib/server/request";
import { LOCALE_FIELD } from "@/lib/validations/form-fields";
import { followRequestDefinition, unsubscribeDefinition } from "./definitions";
import { finishMailingRequest } from "./service";

/*
 * Following outside a server action: the follow form, which sits on cached public pages
 * and so posts a plain form to a route handler (no action id to go stale with a deploy,
 * no script needed), and a mail client's one-click unsubscribe. Both run the same
 * definitions as the forms.
 */

const NO_STORE = { "Cache-Control": "no-store, no-transform" };
const FORM_BODY_MAX = 8 * 1024;

/** A 303 to a page of this site: the browser then GETs it. */
function seeOther(path: string): Response {
  return new Response(null, { status: 303, headers: { ...NO_STORE, Location: path } });
}

/**
 * The follow form's POST: "check your inbox" (a 303 to FOLLOW_SENT_PATH) whether or not
 * the address followed already; a refusal goes to the form on a page of its own, with
 * the message beside the field it is about and the level chosen kept (the address is not
 * put in a URL: it is typed again).
 */
export async function respondToFollowForm(request: Request, { db }: { db?: Db } = {}): Promise<Response> {
  const form = await readFormUpTo(request, FORM_BODY_MAX);
  const fields: Record<string, string | undefined> = {};
  if (form instanceof FormData)
    for (const [key, value] of form.entries()) if (typeof value === "string") fields[key] = value;
  const raw = {
    campaign: fields.campaign,
    letter: fields.letter,
    email: fields.email,
    level: fields.level,
    locale: fields[LOCALE_FIELD],
  };
  const result = await finishMailingRequest(
    await executeAction(followRequestDefinition, raw, { actor: null, ip: clientIp(request.headers), db }),
    { db },
  );
  // Back to a page in the language of the form.
  const locale = toLocale(fields[LOCALE_FIELD]);
  if (result.ok) return seeOther(localePath(locale, FOLLOW_SENT_PATH));
  const field = Object.keys(result.fieldErrors ?? {})[0];
  const error = (field && result.fieldErrors?.[field]?.[0]) || result.error;
  const query = new URLSearchParams({ error, ...(field ? { field } : {}) });
  if (result.errorValues?.minutes !== undefined) query.set("minutes", String(result.errorValues.minutes));
  if (fields.level) query.set("level", fields.level);
  return seeOther(
    `${localePath(locale, followPagePath(fields.campaign ?? "", fields.letter))}&${query.toString()}`,
  );
}

/**
 * A mail client's one-click unsubscribe (RFC 8058), already checked to be one by
 * oneClickUnsubscribe (lib/server/json-write.ts): 200 once the subscription's campaign
 * sends this address nothing more (also when it had stopped already), 404 for a token
 * this site did not make.
 */
export async function respondToOneClickUnsubscribe(
  request: Request,
  token: string,
  { db }: { db?: Db } = {},
): Promise<Response> {
  const result = await executeAction(
    unsubscribeDefinition,
    { token },
    { actor: null, ip: clientIp(request.headers), db },
  );
  if (result.ok)
    return new Response("Unsubscribed.\n", {
      status: 200,
      headers: { ...NO_STORE, "Content-Type": "text/plain; charset=utf-8" },
    });
  const status =
    result.error === "errors.following.tokenInvalid" || result.error === "errors.checkFields"
      ? 404
      : result.error === "errors.databaseUnavailable"
        ? 503
        : 500;
  return Response.json({ error: result.error }, { status, headers: NO_STORE });
}
