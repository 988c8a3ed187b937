import { describe, expect, it } from "vitest";
import { matrixBodyHtml, packRows } from "@/components/resolution/matrix-body";
import { type MarkWords, markHtml } from "@/components/resolution/position-mark";
import {
  type MatrixCell,
  type MatrixRow,
  POSITION_KINDS,
  type PositionKind,
} from "@/lib/domain/un/positions";
import { stateByIso3 } from "@/lib/domain/un/states";

/*
 * The matrix body is one HTML string, built alike on the server and in the browser from
 * a few characters a cell: what a visitor and a screen reader get from it.
 */

const byKind = (read: (kind: PositionKind) => string) =>
  Object.fromEntries(POSITION_KINDS.map((kind) => [kind, read(kind)])) as Record<PositionKind, string>;
const WORDS: MarkWords = {
  code: byKind((kind) => kind.slice(0, 2).toUpperCase()),
  label: byKind((kind) => `Label <${kind}> & co`),
  change: { joined: "joined", dropped: "dropped", returned: "returned" },
  nothing: "Nothing recorded",
};

const cell = (over: Partial<MatrixCell>): MatrixCell => ({
  textId: "t",
  sponsorship: null,
  vote: null,
  change: null,
  ...over,
});

function row(iso3: string, cells: MatrixCell[], name?: string): MatrixRow {
  const state = stateByIso3(iso3);
  if (!state) throw new Error(iso3);
  return { state: { ...state, name: name ?? state.name }, cells };
}

const ROWS = [
  row("KOR", [
    cell({ sponsorship: "cosponsor", vote: "vote_yes" }),
    cell({ sponsorship: "withdrew_cosponsorship", change: "dropped" }),
    cell({}),
  ]),
  row(
    "FRA",
    [cell({}), cell({ vote: "vote_abstain" }), cell({ sponsorship: "cosponsor", change: "joined" })],
    "France <script>",
  ),
];

describe("matrixBodyHtml", () => {
  const html = matrixBodyHtml(packRows(ROWS, [2, 1, 0]), markHtml(WORDS));
  const rows = html.split("</tr>").filter(Boolean);
  const cellsOf = (r: string) => r.split("<td").slice(1);

  it("writes a row a state, its name a row header linking to its page", () => {
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain('<th scope="row"><a href="/states/kor">Republic of Korea</a></th>');
    expect(rows[1]).toContain("France &lt;script&gt;");
    expect(html).not.toContain("<script>");
  });

  it("puts the cells in the order of the columns asked for", () => {
    const korea = cellsOf(rows[0]);
    expect(korea).toHaveLength(3);
    expect(korea[0]).toBe("></td>");
    expect(korea[1]).toContain("Label &lt;withdrew_cosponsorship&gt; &amp; co");
    expect(korea[2]).toContain("Label &lt;cosponsor&gt; &amp; co");
    expect(korea[2]).toContain("Label &lt;vote_yes&gt; &amp; co");
  });

  it("gives each position its glyph and code for the eye and its words for a screen reader", () => {
    const first = cellsOf(rows[0])[2];
    expect(first).toContain('<i aria-hidden="true">✓ CO</i><b>Label &lt;cosponsor&gt; &amp; co</b>');
    expect(first).toContain('<i aria-hidden="true">+ VO</i>');
  });

  it("says a change in words and tints its cell, never by colour alone", () => {
    const dropped = cellsOf(rows[0])[1];
    expect(dropped.startsWith(' class="bg-danger-soft">')).toBe(true);
    expect(dropped).toContain('<span><i aria-hidden="true">↓ </i>dropped</span>');
    const joined = cellsOf(rows[1])[0];
    expect(joined.startsWith(' class="bg-success-soft">')).toBe(true);
    expect(joined).toContain("joined");
  });

  it("leaves a cell with nothing on record empty", () => {
    expect(cellsOf(rows[1])[2]).toBe("></td>");
  });

  it("packs three characters a cell, so the browser gets the rows small", () => {
    const packed = packRows(ROWS, [2, 1, 0]);
    expect(packed[0]).toEqual({ iso3: "KOR", name: "Republic of Korea", cells: expect.any(String) });
    expect(packed[0].cells).toHaveLength(9);
  });
});
