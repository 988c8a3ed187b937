import "server-only";
import { NextResponse } from "next/server";
import type { Db } from "@/db";
import type { ActionResult } from "@/lib/actions/result";
import { executeAction } from "@/lib/actions/safe-action";
import { clientIp, readBodyUpTo } from "@/lib/server/request";
import { signIndividualDefinition } from "./definitions";
import { finishIndividualSignature, type IndividualSignOutcome } from "./service";

/*
 * Individual signing outside a form: the JSON face (app/api/letters/[letterId]/signatures)
 * reads the body within a size cap, runs the same definition as the form, and maps the
 * result to a status. Bad input is a 4xx with message keys, never a 500.
 */

/**
 * Signs as an individual from any input (the JSON route, scripts, tests): validation,
 * letter rules, rate limits, the signature, its token and its e-mail in one transaction,
 * then delivery. The form action runs the same definition.
 */
export async function submitIndividualSignature(
  raw: unknown,
  { ip, db }: { ip: string; db?: Db },
): Promise<ActionResult<IndividualSignOutcome>> {
  const result = await executeAction(signIndividualDefinition, raw, { actor: null, ip, db });
  return finishIndividualSignature(result, { db });
}

const MAX_BODY_BYTES = 16 * 1024;
// no-transform: a 30-byte answer is not worth gzipping (Next's compression honours it).
const NO_STORE = { "Cache-Control": "no-store, no-transform" };

function statusFor(error: string, fieldErrors: Record<string, string[]> = {}): number {
  if (error === "errors.signing.letterNotFound") return 404;
  if (error === "errors.signing.rateLimited" || error === "errors.signing.emailRateLimited") return 429;
  if (error === "errors.unexpected") return 500;
  if (error === "errors.signing.databaseUnavailable") return 503;
  if (error === "errors.checkFields") {
    // An id that is not even a UUID names no letter.
    const onlyLetter = Object.keys(fieldErrors).length === 1 && fieldErrors.letterId !== undefined;
    return onlyLetter ? 404 : 400;
  }
  // The letter's rules: sent, not open yet, closed, not for individuals.
  return 409;
}

function refuse(
  status: number,
  error: string,
  fieldErrors?: Record<string, string[]>,
  retryAfterMinutes = 1,
) {
  // A limit's refusal says when its window ends; the shortest is a minute. A lost
  // database is worth another try in a minute too.
  const headers =
    status === 429 || status === 503
      ? { ...NO_STORE, "Retry-After": String(retryAfterMinutes * 60) }
      : NO_STORE;
  return NextResponse.json(fieldErrors ? { error, fieldErrors } : { error }, { status, headers });
}

/** 202 { status: "check_email" }, or 4xx/503 { error, fieldErrors? }. */
export async function respondToSignatureRequest(
  request: Request,
  letterId: string,
  { db }: { db?: Db } = {},
): Promise<Response> {
  const bytes = await readBodyUpTo(request, MAX_BODY_BYTES);
  if (bytes === null) return refuse(413, "errors.signing.tooLarge");
  const text = bytes.toString("utf8");
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return refuse(400, "errors.signing.badRequest");
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    return refuse(400, "errors.signing.badRequest");
  }
  const result = await submitIndividualSignature(
    { ...body, letterId },
    { ip: clientIp(request.headers), db },
  );
  if (result.ok) return NextResponse.json(result.data, { status: 202, headers: NO_STORE });
  const minutes = Number(result.errorValues?.minutes) || 1;
  return refuse(statusFor(result.error, result.fieldErrors), result.error, result.fieldErrors, minutes);
}
