import type { ReactNode } from "react";

/** The fields of a translation, one under the other, split by rules. */
export function SideBySideFields({ children }: { children: ReactNode }) {
  return <div className="flex flex-col divide-y divide-line">{children}</div>;
}

/**
 * One field of a translation beside the original's: the original, read only, on the
 * left (in its language), the translation's control on the right; on a phone, one under
 * the other, the original first.
 */
export function SideBySide({
  label,
  original,
  originalLocale,
  empty,
  long = false,
  children,
}: {
  /** "Title — original (English)". */
  label: string;
  original: string | null;
  originalLocale: string;
  /** Said where the original is empty. */
  empty: string;
  /** A long text (a letter's, as its Markdown source): kept to a height, scrolling. */
  long?: boolean;
  children: ReactNode;
}) {
  return (
    <div className="grid gap-3 py-5 first:pt-0 lg:grid-cols-2 lg:gap-6">
      <div className="flex flex-col gap-1.5">
        <p className="font-semibold text-ink-muted">{label}</p>
        {original ? (
          <div
            lang={originalLocale}
            className={`rounded-md border border-line bg-paper-deep px-3 py-2 break-words whitespace-pre-wrap ${long ? "max-h-[32rem] overflow-y-auto" : ""}`}
          >
            {original}
          </div>
        ) : (
          <p className="text-ink-muted italic">{empty}</p>
        )}
      </div>
      <div>{children}</div>
    </div>
  );
}
