import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { ImageResponseOptions } from "next/server";

/*
 * The share cards' typeface: Pretendard (OFL-1.1, from the @fontsource/pretendard
 * package), which has the Latin and Cyrillic alphabets and every modern Hangul syllable,
 * so Korean titles and names are drawn, not shown as empty boxes; next/og's own font is
 * Latin only. Satori reads WOFF, not WOFF2, and the cards use two weights: regular and bold.
 */

/** The family name the card's styles ask for. */
export const CARD_FONT_FAMILY = "Pretendard";

export type CardFont = NonNullable<ImageResponseOptions["fonts"]>[number];

/*
 * Each file by its full literal path, so the build traces exactly these two files into
 * the server's output (a path built at run time would make it trace the whole project).
 */
const FILES = [
  {
    weight: 400,
    read: () =>
      readFile(
        path.join(
          process.cwd(),
          "node_modules/@fontsource/pretendard/files/pretendard-latin-400-normal.woff",
        ),
      ),
  },
  {
    weight: 700,
    read: () =>
      readFile(
        path.join(
          process.cwd(),
          "node_modules/@fontsource/pretendard/files/pretendard-latin-700-normal.woff",
        ),
      ),
  },
] as const;

let loading: Promise<CardFont[]> | null = null;

/**
 * The fonts, read once per process (2 MB) and handed to every card as the same array:
 * Satori keeps its parsed copy of a font list by the list's identity, so no request
 * parses them again. A failed read is not kept, so the next card tries again.
 */
export function cardFonts(): Promise<CardFont[]> {
  loading ??= Promise.all(
    FILES.map(async ({ weight, read }) => ({
      name: CARD_FONT_FAMILY,
      data: await read(),
      weight,
      style: "normal" as const,
    })),
  ).catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}
