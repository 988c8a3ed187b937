import { getTranslations } from "next-intl/server";
import { Legend, LegendEntry } from "@/components/ui/legend";
import type { SponsorshipChangeKind } from "@/lib/domain/un/position-changes";
import { POSITION_KINDS, type PositionKind } from "@/lib/domain/un/positions";
import { xmlText } from "@/lib/feeds/atom";

/*
 * How a position reads wherever it is shown: a short code and a glyph for the eye (the
 * matrix has room for little else), and the words for everyone else. Never colour alone.
 * Glyphs, not SVG icons: a 193 × 20 matrix carries thousands of them.
 */

const GLYPH: Record<PositionKind, string> = {
  cosponsor: "✓",
  withdrew_cosponsorship: "✗",
  not_cosponsor: "○",
  vote_yes: "+",
  vote_no: "−",
  vote_abstain: "◇",
  vote_absent: "◌",
  not_member: "·",
  joined_consensus: "≡",
};

const CHANGE_GLYPH: Record<SponsorshipChangeKind, string> = {
  joined: "↑",
  dropped: "↓",
  returned: "↺",
};

/** The words a position mark needs, read once per page rather than once per cell. */
export type MarkWords = {
  code: Record<PositionKind, string>;
  label: Record<PositionKind, string>;
  change: Record<SponsorshipChangeKind, string>;
  nothing: string;
};

export async function markWords(): Promise<MarkWords> {
  const t = await getTranslations("positionMarks");
  const byKind = (read: (kind: PositionKind) => string) =>
    Object.fromEntries(POSITION_KINDS.map((kind) => [kind, read(kind)])) as Record<PositionKind, string>;
  return {
    code: byKind((kind) => t(`code.${kind}`)),
    label: byKind((kind) => t(`label.${kind}`)),
    change: { joined: t("change.joined"), dropped: t("change.dropped"), returned: t("change.returned") },
    nothing: t("nothing"),
  };
}

/** The matrix's marks as HTML, each escaped and built once per page (matrix-body.ts says why). */
export type MarkHtml = {
  /** "✓ CS" for the eye, "Co-sponsor" for a screen reader (the matrix's styles hide each from the other). */
  mark: Record<PositionKind, string>;
  /** "↓ dropped", as a word. */
  change: Record<SponsorshipChangeKind, string>;
};

export function markHtml(words: MarkWords): MarkHtml {
  const mark = Object.fromEntries(
    POSITION_KINDS.map((kind) => [
      kind,
      `<i aria-hidden="true">${xmlText(`${GLYPH[kind]} ${words.code[kind]}`)}</i><b>${xmlText(words.label[kind])}</b>`,
    ]),
  ) as Record<PositionKind, string>;
  const change = (kind: SponsorshipChangeKind) =>
    `<span><i aria-hidden="true">${CHANGE_GLYPH[kind]} </i>${xmlText(words.change[kind])}</span>`;
  return {
    mark,
    change: { joined: change("joined"), dropped: change("dropped"), returned: change("returned") },
  };
}

/** "↓ dropped": a change in co-sponsorship, as a word. */
export function changeMark(change: SponsorshipChangeKind, words: MarkWords) {
  return (
    <span className="font-bold whitespace-nowrap">
      <span aria-hidden="true">{`${CHANGE_GLYPH[change]} `}</span>
      {words.change[change]}
    </span>
  );
}

/** A position with its glyph and its words in full, where there is room: "✓ Co-sponsor". */
export function PositionLabel({ kind, words }: { kind: PositionKind; words: MarkWords }) {
  return (
    <span className="inline-flex items-baseline gap-1.5 font-semibold">
      <span aria-hidden="true">{GLYPH[kind]}</span>
      {words.label[kind]}
    </span>
  );
}

/** What each code and glyph means, once per page. */
export async function PositionMarkLegend({ words }: { words: MarkWords }) {
  const t = await getTranslations("positionMarks");
  const changes: SponsorshipChangeKind[] = ["joined", "dropped", "returned"];
  const glyphTerm = (glyph: string, word: string) => (
    <>
      <span aria-hidden="true">{glyph} </span>
      {word}
    </>
  );
  return (
    <Legend title={t("legend.title")} wide>
      {POSITION_KINDS.map((kind) => (
        <LegendEntry
          key={kind}
          termClassName="w-14 whitespace-nowrap"
          term={glyphTerm(GLYPH[kind], words.code[kind])}
        >
          {words.label[kind]}
        </LegendEntry>
      ))}
      <LegendEntry termClassName="w-14" term="—">
        {words.nothing}
      </LegendEntry>
      {changes.map((change) => (
        <LegendEntry
          key={change}
          termClassName="w-14 whitespace-nowrap"
          term={glyphTerm(CHANGE_GLYPH[change], words.change[change])}
        >
          {t(`legend.${change}`)}
        </LegendEntry>
      ))}
    </Legend>
  );
}
