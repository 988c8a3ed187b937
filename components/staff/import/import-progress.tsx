"use client";

import { useTranslations } from "next-intl";

/*
 * An import is one transaction: until it commits nothing is saved, so there is no true
 * "row 4,000 of 10,000" to show. Sending the rows in chunks would move a bar but give up
 * all-or-nothing; streaming a count out of the open transaction would need a second
 * channel beside the server action. So the bar is honest instead: indeterminate (a
 * <progress> without a value) while the server works, and full when it answers (see
 * DoneStep). The live region says the same in words; 10,000 rows take a few seconds.
 */
export function ImportProgress({ running, count }: { running: boolean; count: number }) {
  const t = useTranslations("staffImport.progress");
  return (
    <div>
      {running ? (
        <div className="flex flex-col gap-2">
          <label htmlFor="import-progress" className="font-semibold">
            {t("label")}
          </label>
          <progress
            id="import-progress"
            className="h-3 w-full accent-accent"
            aria-describedby="import-progress-text"
          />
        </div>
      ) : null}
      {/* Always in the page, so screen readers announce the text when it appears. */}
      <p id="import-progress-text" role="status" aria-live="polite" className="mt-2 text-sm text-ink-muted">
        {running ? t("running", { count }) : ""}
      </p>
    </div>
  );
}
