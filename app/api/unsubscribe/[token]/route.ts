import { respondToOneClickUnsubscribe } from "@/lib/actions/following/route";
import { unsubscribePath } from "@/lib/domain/urls";
import { oneClickUnsubscribe } from "@/lib/server/json-write";

/*
 * A notification's List-Unsubscribe address. A mail client POSTs
 * "List-Unsubscribe=One-Click" here (RFC 8058) and the e-mails stop; a GET (a client
 * without one-click, a person pasting the address) goes to the page with a button,
 * since link scanners fetch addresses and must unsubscribe nobody.
 */

type Context = { params: Promise<{ token: string }> };

export const POST = oneClickUnsubscribe(async (request: Request, { params }: Context) =>
  respondToOneClickUnsubscribe(request, (await params).token),
);

export async function GET(_request: Request, { params }: Context) {
  const { token } = await params;
  return new Response(null, {
    status: 303,
    headers: { Location: unsubscribePath(token), "Cache-Control": "no-store" },
  });
}
