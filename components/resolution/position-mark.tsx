import { getTranslations } from "next-intl/server";
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

/** The matrix's marks as HTML, each escaped and built once per page (resolution-matrix.tsx says why). */
export type MarkHtml = {
  /** "✓ CS" for the eye, "Co-sponsor" for a screen reader. */
  mark: Record<PositionKind, string>;
  /** "↓ dropped", as a word. */
  change: Record<SponsorshipChangeKind, string>;
  /** "—" for the eye, "Nothing recorded" for a screen reader. */
  nothing: string;
};

export function markHtml(words: MarkWords): MarkHtml {
  const pair = (shown: string, said: string) =>
    `<span aria-hidden="true">${xmlText(shown)}</span><span class="sr-only">${xmlText(said)}</span>`;
  const mark = Object.fromEntries(
    POSITION_KINDS.map((kind) => [kind, pair(`${GLYPH[kind]} ${words.code[kind]}`, words.label[kind])]),
  ) as Record<PositionKind, string>;
  const change = (kind: SponsorshipChangeKind) =>
    `<span class="font-bold"><span aria-hidden="true">${CHANGE_GLYPH[kind]} </span>${xmlText(words.change[kind])}</span>`;
  return {
    mark,
    change: { joined: change("joined"), dropped: change("dropped"), returned: change("returned") },
    nothing: pair("—", words.nothing),
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
  return (
    <details className="rounded-md border border-line bg-surface px-4 py-3 text-sm">
      <summary className="cursor-pointer font-semibold">{t("legend.title")}</summary>
      <dl className="mt-3 grid gap-x-6 gap-y-2 sm:grid-cols-2 lg:grid-cols-3">
        {POSITION_KINDS.map((kind) => (
          <div key={kind} className="flex gap-2">
            <dt className="w-14 shrink-0 font-semibold whitespace-nowrap">
              <span aria-hidden="true">{GLYPH[kind]} </span>
              {words.code[kind]}
            </dt>
            <dd>{words.label[kind]}</dd>
          </div>
        ))}
        <div className="flex gap-2">
          <dt className="w-14 shrink-0 font-semibold">—</dt>
          <dd>{words.nothing}</dd>
        </div>
        {changes.map((change) => (
          <div key={change} className="flex gap-2">
            <dt className="w-14 shrink-0 font-semibold whitespace-nowrap">
              <span aria-hidden="true">{CHANGE_GLYPH[change]} </span>
              {words.change[change]}
            </dt>
            <dd>{t(`legend.${change}`)}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
