import fs from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import { TIMELINE_KINDS } from "@/lib/domain/timeline";

it("the stylesheet hides every kind of timeline entry whose box is unticked, for the filter without JavaScript", () => {
  const css = fs.readFileSync(path.join(process.cwd(), "app/globals.css"), "utf8");
  for (const kind of TIMELINE_KINDS) {
    expect(css).toContain(
      `.timeline-filter:has(input[value="${kind}"]:not(:checked)) li[data-kind="${kind}"]`,
    );
  }
});
