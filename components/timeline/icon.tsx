import type { AskStatus } from "@/lib/domain/ask-status";
import type { TimelineKind } from "@/lib/domain/timeline";

export type IconName = TimelineKind | AskStatus | "calendar" | "external" | "feed";

/** One stroke of an icon: a path's `d`, a filled path, a circle or a rounded rectangle. */
type Part =
  | string
  | { filled: string }
  | { cx: number; cy: number; r: number }
  | { x: number; y: number; width: number; height: number; rx: number };

const RING: Part = { cx: 12, cy: 12, r: 9 };

// Drawn on a 24-unit grid with round 2-unit strokes.
const SHAPES: Record<IconName, readonly Part[]> = {
  event: ["M5 21V4", "M5 4h12l-2.5 4L17 12H5"],
  // A ballot going into a box: a state's stance on a resolution.
  position: ["M4 13h16v7H4Z", "M8 13V4h8v9", "m10 8 1.5 1.5L14 7"],
  letter_opened: ["M12 20h9", "M16.5 3.5a2.1 2.1 0 0 1 3 3L7 19l-4 1 1-4Z"],
  letter_sent: [{ x: 3, y: 5, width: 18, height: 14, rx: 2 }, "m3 7 9 6 9-6"],
  response: ["M9 17 4 12l5-5", "M20 18v-2a4 4 0 0 0-4-4H4"],
  ask_decision: ["M12 3v18", "M8 21h8", "M5 7h14", "m5 7-3 6a3 3 0 0 0 6 0Z", "m19 7-3 6a3 3 0 0 0 6 0Z"],
  non_response: [
    "M10.3 3.9 1.8 18a2 2 0 0 0 1.7 3h17a2 2 0 0 0 1.7-3L13.7 3.9a2 2 0 0 0-3.4 0Z",
    "M12 9v4",
    "M12 17h.01",
  ],
  pending: [RING, "M12 7v5l3 2"],
  // A question in the ring: the decision was due, what came of it is not on record.
  awaiting_outcome: [RING, "M9.1 9a3 3 0 0 1 5.8 1c0 2-3 3-3 3", "M12 17h.01"],
  met: [RING, "m8 12 3 3 5-6"],
  partially_met: [RING, { filled: "M12 3a9 9 0 0 1 0 18Z" }],
  not_met: [RING, "m9 9 6 6", "m15 9-6 6"],
  moot: [RING, "M8 12h8"],
  calendar: [{ x: 3, y: 4, width: 18, height: 17, rx: 2 }, "M3 9h18", "M8 2v4", "M16 2v4"],
  feed: ["M4 11a9 9 0 0 1 9 9", "M4 4a16 16 0 0 1 16 16", { cx: 5, cy: 19, r: 1 }],
  external: ["M10 14 21 3", "M15 3h6v6", "M19 13v6a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V7a2 2 0 0 1 2-2h6"],
};

function IconPart({ part }: { part: Part }) {
  if (typeof part === "string") return <path d={part} />;
  if ("filled" in part) return <path d={part.filled} fill="currentColor" />;
  if ("r" in part) return <circle {...part} />;
  return <rect {...part} />;
}

/** A small line icon; always decorative, so the words beside it must say the same thing. */
export function Icon({ name, className = "size-4" }: { name: IconName; className?: string }) {
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
      className={`shrink-0 ${className}`}
    >
      {SHAPES[name].map((part, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: an icon's parts are fixed and never reorder.
        <IconPart key={index} part={part} />
      ))}
    </svg>
  );
}
