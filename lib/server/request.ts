/**
 * The client's address. `npm start` has replaced X-Forwarded-For with the one address
 * it resolved from the socket and the trusted proxies (lib/client-address.ts), so the
 * header holds a single entry here; under `next dev` it is whatever the client sent.
 */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for");
  if (forwarded) {
    const hops = forwarded
      .split(",")
      .map((h) => h.trim())
      .filter(Boolean);
    if (hops.length > 0) return hops[hops.length - 1];
  }
  return "unknown";
}

/** A request's body, or null past `max` bytes (reading no further than that). */
export async function readBodyUpTo(request: Request, max: number): Promise<Buffer | null> {
  if (Number(request.headers.get("content-length") ?? 0) > max) return null;
  if (!request.body) return Buffer.alloc(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/**
 * A posted form (URL-encoded or multipart) read within `max` bytes: its fields, "too
 * large" past the limit, or null when it cannot be read as a form.
 */
export async function readFormUpTo(request: Request, max: number): Promise<FormData | "too large" | null> {
  const body = await readBodyUpTo(request, max);
  if (body === null) return "too large";
  try {
    return await new Request(request.url, {
      method: "POST",
      headers: { "content-type": request.headers.get("content-type") ?? "application/x-www-form-urlencoded" },
      body: new Uint8Array(body),
    }).formData();
  } catch {
    return null;
  }
}
