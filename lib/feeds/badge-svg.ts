import { xmlText } from "./atom";

/*
 * A letter's state as a small SVG badge, in the two-part shape READMEs are used to
 * ("Answerable | No response for 2,469 days"). No font is embedded: each part's width is
 * worked out from Verdana's widths at 11px, and textLength fits the text to it in
 * whatever font the reader's system draws it with.
 */

export type BadgeTone = "neutral" | "info" | "success" | "warning" | "danger";

/** Each tone's fill, the site's own colours; white text on each has a contrast of at least 4.5:1. */
export const BADGE_FILLS: Readonly<Record<BadgeTone, string>> = {
  neutral: "#4b5262",
  info: "#1d5a85",
  success: "#1f6b3a",
  warning: "#7a4f00",
  danger: "#a12a2a",
};

const LABEL_FILL = "#1b1f27";
const HEIGHT = 20;
/** Space on each side of a part's text. */
const PADDING = 6;

/** Verdana's advance widths at 11px, for the characters badges are made of. */
const WIDTHS: Readonly<Record<string, number>> = {
  " ": 3.9,
  a: 6.6,
  b: 6.9,
  c: 5.7,
  d: 6.9,
  e: 6.6,
  f: 3.9,
  g: 6.9,
  h: 7,
  i: 3,
  j: 3.7,
  k: 6.4,
  l: 3,
  m: 10.7,
  n: 7,
  o: 6.7,
  p: 6.9,
  q: 6.9,
  r: 4.7,
  s: 5.7,
  t: 4.3,
  u: 7,
  v: 6.4,
  w: 8.8,
  x: 6.4,
  y: 6.4,
  z: 5.9,
  A: 7.5,
  B: 7.6,
  C: 7.7,
  D: 8.5,
  E: 7,
  F: 6.3,
  G: 8.6,
  H: 8.3,
  I: 4.6,
  J: 4.7,
  K: 7.7,
  L: 6.1,
  M: 9.3,
  N: 8.3,
  O: 8.7,
  P: 6.5,
  Q: 8.7,
  R: 7.7,
  S: 7.5,
  T: 6.7,
  U: 8.1,
  V: 7.5,
  W: 10.9,
  X: 7.5,
  Y: 6.7,
  Z: 7.5,
  ",": 4,
  ".": 4,
  "·": 4,
  ":": 4.7,
  ";": 4.7,
  "-": 4.7,
  "–": 7,
  "—": 11,
  "'": 3,
  "’": 3,
  "(": 5,
  ")": 5,
  "/": 4.9,
  "&": 7.9,
  "!": 4.3,
  "?": 5.9,
  "%": 11.8,
};
/** A digit, and any other character of a Latin-like script without a width above. */
const DEFAULT_WIDTH = 7;
/** East Asian characters (Hangul, CJK) are a full em wide. */
const WIDE_WIDTH = 11;

/** The width, in pixels at 11px Verdana, of a line of text. */
export function textWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    width += WIDTHS[char] ?? (code >= 0x1100 && !/\p{Script=Latin}/u.test(char) ? WIDE_WIDTH : DEFAULT_WIDTH);
  }
  return Math.round(width * 10) / 10;
}

export type Badge = {
  /** The left part: who says it ("Answerable"). */
  label: string;
  /** The right part: what it says ("No response for 2,469 days"). */
  message: string;
  tone: BadgeTone;
  /** What a screen reader and a hover say: the letter's title, then the state. */
  title: string;
  /** The language its words are in ("en-GB", "ko"): its lang, for screen readers and fonts. */
  language: string;
};

/** The badge as a standalone SVG document. */
export function renderBadgeSvg({ label, message, tone, title, language }: Badge): string {
  const labelText = textWidth(label);
  const messageText = textWidth(message);
  const labelWidth = Math.ceil(labelText + 2 * PADDING);
  const messageWidth = Math.ceil(messageText + 2 * PADDING);
  const width = labelWidth + messageWidth;
  const text = (value: string, x: number, length: number) =>
    `<text x="${x}" y="14" textLength="${length}" lengthAdjust="spacingAndGlyphs">${xmlText(value)}</text>`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${HEIGHT}" viewBox="0 0 ${width} ${HEIGHT}" xml:lang="${xmlText(language)}" role="img" aria-label="${xmlText(title)}">`,
    `<title>${xmlText(title)}</title>`,
    `<clipPath id="r"><rect width="${width}" height="${HEIGHT}" rx="3"/></clipPath>`,
    `<g clip-path="url(#r)">`,
    `<rect width="${labelWidth}" height="${HEIGHT}" fill="${LABEL_FILL}"/>`,
    `<rect x="${labelWidth}" width="${messageWidth}" height="${HEIGHT}" fill="${BADGE_FILLS[tone]}"/>`,
    "</g>",
    `<g fill="#fff" font-family="Verdana,DejaVu Sans,Geneva,sans-serif" font-size="11">`,
    text(label, PADDING, labelText),
    text(message, labelWidth + PADDING, messageText),
    "</g>",
    "</svg>",
  ].join("");
}
