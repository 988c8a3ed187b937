import { respondToSignatureRequest } from "@/lib/actions/signing/route";
import { jsonWrite } from "@/lib/server/json-write";

/*
 * POST /api/letters/:letterId/signatures — sign as an individual, as JSON:
 *   { name, email, titleAffiliation?, country?, visibility: "public" | "name_withheld",
 *     website: "" (the honeypot), startedAt: ms since the epoch when the form was shown,
 *     textLocale?, letterVersion?: the text the signer read, as the sign page shows them;
 *     without them, the current original }
 * 202 { status: "check_email" } whether or not the address had signed already;
 * 4xx { error, fieldErrors? } with "errors.*" message keys (403 from another site, 404
 * unknown letter, 409 the letter's rules, 413 too large, 415 not JSON, 429 rate
 * limited); 503 with Retry-After when the database cannot be reached (the signature was
 * not saved). Same code path as the form action.
 */
export const POST = jsonWrite(
  async (request: Request, { params }: { params: Promise<{ letterId: string }> }) => {
    const { letterId } = await params;
    return respondToSignatureRequest(request, letterId);
  },
);
