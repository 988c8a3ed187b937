/** A cited source as the page links it, or null unless the address is a web (http/https) URL. */
export function sourceLink(url: string | null | undefined): { href: string; host: string } | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== "https:" && parsed.protocol !== "http:") return null;
    return { href: parsed.toString(), host: parsed.hostname.replace(/^www\./, "") };
  } catch {
    return null;
  }
}
