import type { MarkHtml } from "@/components/resolution/position-mark";
import type { SponsorshipChangeKind } from "@/lib/domain/un/position-changes";
import { type MatrixCell, type MatrixRow, POSITION_KINDS } from "@/lib/domain/un/positions";
import { statePath } from "@/lib/domain/urls";
import { xmlText } from "@/lib/feeds/atom";

/*
 * The matrix's body, up to 193 states × 20 sessions, as one HTML string. As React elements
 * that is some 20,000 nodes to render for cells that never change in the browser. Each
 * row is packed as a few characters a cell (packRows), the form the unit tests and
 * matrix-table-body.tsx hand to matrixBodyHtml. Every text goes through xmlText.
 */

/** One state's row, its cells packed three characters each in the order they are shown. */
export type PackedRow = { iso3: string; name: string; cells: string };

const NONE = "_";
const CHANGE_CODES: Record<SponsorshipChangeKind, string> = { joined: "j", dropped: "d", returned: "r" };
const CHANGE_BY_CODE = Object.fromEntries(
  Object.entries(CHANGE_CODES).map(([kind, code]) => [code, kind]),
) as Record<string, SponsorshipChangeKind>;

function packCell(cell: MatrixCell): string {
  const kind = (position: MatrixCell["vote"]) =>
    position === null ? NONE : String(POSITION_KINDS.indexOf(position));
  return kind(cell.sponsorship) + kind(cell.vote) + (cell.change ? CHANGE_CODES[cell.change] : NONE);
}

/** The rows as the client receives them, their cells in the given order of sessions. */
export function packRows(rows: readonly MatrixRow[], columns: readonly number[]): PackedRow[] {
  return rows.map((row) => ({
    iso3: row.state.iso3,
    name: row.state.name,
    cells: columns.map((i) => packCell(row.cells[i])).join(""),
  }));
}

// The tint repeats what the word in the cell says; it never says it alone.
const CHANGE_CELL: Record<SponsorshipChangeKind, string> = {
  joined: '<td class="bg-success-soft">',
  dropped: '<td class="bg-danger-soft">',
  returned: '<td class="bg-success-soft">',
};

/** One packed cell (three characters from `at`) as HTML; a cell with nothing on record is empty. */
function cellHtml(cells: string, at: number, marks: MarkHtml): string {
  const mark = (code: string) => (code === NONE ? "" : marks.mark[POSITION_KINDS[Number(code)]]);
  const positions = mark(cells[at]) + mark(cells[at + 1]);
  const change = CHANGE_BY_CODE[cells[at + 2]];
  if (!change) return `<td>${positions}</td>`;
  return `${CHANGE_CELL[change]}${positions}${marks.change[change]}</td>`;
}

/** The rows of states as the table body's HTML. */
export function matrixBodyHtml(rows: readonly PackedRow[], marks: MarkHtml): string {
  const parts: string[] = [];
  for (const row of rows) {
    parts.push(`<tr><th scope="row"><a href="${xmlText(statePath(row.iso3))}">${xmlText(row.name)}</a></th>`);
    for (let at = 0; at < row.cells.length; at += 3) parts.push(cellHtml(row.cells, at, marks));
    parts.push("</tr>");
  }
  return parts.join("");
}
