import { ImageResponse } from "next/og";
import type { StatusTone } from "@/components/ui/status-badge";
import { CARD_FONT_FAMILY, cardFonts } from "./card-fonts";

/*
 * The picture a shared link shows (Open Graph and Twitter cards), drawn by next/og from
 * plain elements with inline styles (Satori reads flexbox only, no class names), in
 * Pretendard (./card-fonts.ts), so Korean titles and names are drawn like Latin ones.
 */

export const SHARE_CARD_SIZE = { width: 1200, height: 630 } as const;

/** The site's colours, as in app/globals.css. */
const COLOURS = {
  ink: "#1b1f27",
  muted: "#4b5262",
  paper: "#f8f6f1",
  line: "#d8d3c8",
  accent: "#1d5a85",
} as const;

const TONES: Record<StatusTone, { text: string; soft: string }> = {
  neutral: { text: "#4b5262", soft: "#efece4" },
  info: { text: "#1d5a85", soft: "#e7eff6" },
  success: { text: "#1f6b3a", soft: "#e8f3eb" },
  warning: { text: "#7a4f00", soft: "#fbf1dc" },
  danger: { text: "#a12a2a", soft: "#fbecec" },
};

export type ShareCard = {
  siteName: string;
  /** What the page is: "Campaign", "Open letter to President Moon Jae-in". */
  eyebrow: string;
  title: string;
  /** Where it stands, in the page's own words: "No response for 2,554 days". */
  status: string;
  tone: StatusTone;
  /** A large figure beside its caption: the days without a response. */
  figure?: { value: string; caption: string };
  /** One more line under the status: the tally, the asks met. */
  detail?: string;
};

/** Hangul, kana and CJK ideographs (and full-width forms) take about twice a Latin letter's width. */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

/** A long title cut at a word, so it keeps to three lines: `max` Latin letters' width. */
export function cardTitle(title: string, max = 110): string {
  const chars = [...title];
  let width = 0;
  const fits = chars.findIndex((c) => {
    width += WIDE.test(c) ? 2 : 1;
    return width > max;
  });
  if (fits === -1) return title;
  const cut = chars.slice(0, fits - 1).join("");
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), cut.length / 2))}…`;
}

/** The card as a 1200×630 PNG, which caches may keep ten minutes (day counts change daily). */
export async function shareCardResponse(card: ShareCard): Promise<ImageResponse> {
  const tone = TONES[card.tone];
  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        background: COLOURS.paper,
        borderLeft: `24px solid ${tone.text}`,
        padding: "56px 72px 56px 64px",
        color: COLOURS.ink,
        fontFamily: CARD_FONT_FAMILY,
        fontSize: 32,
        // Korean breaks lines between words, as in print, not inside one.
        wordBreak: "keep-all",
      }}
    >
      <div style={{ display: "flex", alignItems: "center", gap: 18, fontSize: 34, fontWeight: 700 }}>
        <div style={{ width: 22, height: 22, background: COLOURS.accent, transform: "rotate(45deg)" }} />
        {card.siteName}
      </div>
      <div style={{ display: "flex", marginTop: 40, fontSize: 30, color: COLOURS.muted }}>{card.eyebrow}</div>
      <div style={{ display: "flex", marginTop: 12, fontSize: 60, lineHeight: 1.15, fontWeight: 700 }}>
        {cardTitle(card.title)}
      </div>
      <div style={{ display: "flex", flex: 1 }} />
      <div style={{ display: "flex", alignItems: "flex-end", justifyContent: "space-between", gap: 40 }}>
        <div
          style={{ display: "flex", flexDirection: "column", gap: 16, maxWidth: card.figure ? 640 : 1040 }}
        >
          <div
            style={{
              display: "flex",
              alignSelf: "flex-start",
              background: tone.soft,
              color: tone.text,
              border: `3px solid ${tone.text}`,
              borderRadius: 40,
              padding: "8px 28px",
              fontSize: 36,
              fontWeight: 700,
            }}
          >
            {card.status}
          </div>
          {card.detail ? (
            <div style={{ display: "flex", fontSize: 30, color: COLOURS.muted }}>{card.detail}</div>
          ) : null}
        </div>
        {card.figure ? (
          <div style={{ display: "flex", flexDirection: "column", alignItems: "flex-end", color: tone.text }}>
            <div style={{ display: "flex", fontSize: 150, lineHeight: 1, fontWeight: 700 }}>
              {card.figure.value}
            </div>
            <div style={{ display: "flex", fontSize: 30, marginTop: 8 }}>{card.figure.caption}</div>
          </div>
        ) : null}
      </div>
    </div>,
    {
      ...SHARE_CARD_SIZE,
      fonts: await cardFonts(),
      headers: { "Cache-Control": "public, max-age=600" },
    },
  );
}
