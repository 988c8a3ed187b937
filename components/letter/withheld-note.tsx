import { getTranslations } from "next-intl/server";

/**
 * The signatories who asked not to be named, as a count: "and 2 signatories who asked
 * not to be named". Nothing about them is shown but the number.
 */
export async function WithheldNote({
  count,
  afterList = true,
  className = "",
}: {
  count: number;
  /** Whether names were listed before it; if not, the sentence stands alone. */
  afterList?: boolean;
  className?: string;
}) {
  if (count <= 0) return null;
  const t = await getTranslations("signatories.withheld");
  return (
    <p className={`text-ink-muted italic ${className}`.trim()}>
      {afterList ? t("afterList", { count }) : t("only", { count })}
    </p>
  );
}
