/*
 * Plain links that open a network's own share page with a letter's address filled in:
 * no third-party script is loaded, nothing is sent anywhere until the reader follows
 * one. KakaoTalk has no such page (it shares only through its SDK); phones offer it in
 * the system share sheet (the Web Share button) instead.
 */

export type ShareNetwork = "x" | "facebook" | "linkedin" | "naver" | "band" | "email";

export type ShareLink = { network: ShareNetwork; href: string };

/** Share pages for an international and a Korean audience, and e-mail, for one address and text. */
export function shareLinks(url: string, text: string): ShareLink[] {
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(text);
  return [
    { network: "x", href: `https://x.com/intent/post?text=${t}&url=${u}` },
    { network: "facebook", href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { network: "linkedin", href: `https://www.linkedin.com/sharing/share-offsite/?url=${u}` },
    { network: "naver", href: `https://share.naver.com/web/shareView?url=${u}&title=${t}` },
    {
      network: "band",
      href: `https://band.us/plugin/share?body=${encodeURIComponent(`${text}\n${url}`)}&route=${u}`,
    },
    { network: "email", href: `mailto:?subject=${t}&body=${encodeURIComponent(`${text}\n\n${url}`)}` },
  ];
}
