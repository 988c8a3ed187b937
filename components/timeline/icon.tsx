import type { ReactNode } from "react";

export type IconName =
  | "event"
  | "position"
  | "letter_opened"
  | "letter_sent"
  | "response"
  | "ask_decision"
  | "non_response"
  | "pending"
  | "met"
  | "partially_met"
  | "not_met"
  | "moot"
  | "calendar"
  | "external"
  | "feed";

const circle = <circle cx="12" cy="12" r="9" />;

const SHAPES: Record<IconName, ReactNode> = {
  event: (
    <>
      <path d="M5 21V4" />
      <path d="M5 4h12l-2.5 4L17 12H5" />
    </>
  ),
  // A ballot going into a box: a state's stance on a resolution.
  position: (
    <>
      <path d="M4 13h16v7H4Z" />
      <path d="M8 13V4h8v9" />
      <path d="m10 8 1.5 1.5L14 7" />
    </>
  ),
  letter_opened: (
    <>
      <path d="M12 20h9" />
      <path d="M16.5 3.5a2.1 2.1 0 0 1 3 3L7 19l-4 1 1-4Z" />
    </>
  ),
  letter_sent: (
    <>
      <rect x="3" y="5" width="18" height="14" rx="2" />
      <path d="m3 7 9 6 9-6" />
    </>
  ),
  response: (
    <>
      <path d="M9 17 4 12l5-5" />
      <path d="M20 18v-2a4 4 0 0 0-4-4H4" />
    </>
  ),
  ask_decision: (
    <>
      <path d="M12 3v18" />
      <path d="M8 21h8" />
      <path d="M5 7h14" />
      <path d="m5 7-3 6a3 3 0 0 0 6 0Z" />
      <path d="m19 7-3 6a3 3 0 0 0 6 0Z" />
    </>
  ),
  non_response: (
    <>
      <path d="M10.3 3.9 1.8 18a2 2 0 0 0 1.7 3h17a2 2 0 0 0 1.7-3L13.7 3.9a2 2 0 0 0-3.4 0Z" />
      <path d="M12 9v4" />
      <path d="M12 17h.01" />
    </>
  ),
  pending: (
    <>
      {circle}
      <path d="M12 7v5l3 2" />
    </>
  ),
  met: (
    <>
      {circle}
      <path d="m8 12 3 3 5-6" />
    </>
  ),
  partially_met: (
    <>
      {circle}
      <path d="M12 3a9 9 0 0 1 0 18Z" fill="currentColor" />
    </>
  ),
  not_met: (
    <>
      {circle}
      <path d="m9 9 6 6" />
      <path d="m15 9-6 6" />
    </>
  ),
  moot: (
    <>
      {circle}
      <path d="M8 12h8" />
    </>
  ),
  calendar: (
    <>
      <rect x="3" y="4" width="18" height="17" rx="2" />
      <path d="M3 9h18" />
      <path d="M8 2v4" />
      <path d="M16 2v4" />
    </>
  ),
  feed: (
    <>
      <path d="M4 11a9 9 0 0 1 9 9" />
      <path d="M4 4a16 16 0 0 1 16 16" />
      <circle cx="5" cy="19" r="1" />
    </>
  ),
  external: (
    <>
      <path d="M10 14 21 3" />
      <path d="M15 3h6v6" />
      <path d="M19 13v6a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V7a2 2 0 0 1 2-2h6" />
    </>
  ),
};

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
      {SHAPES[name]}
    </svg>
  );
}
