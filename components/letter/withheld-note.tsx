import { getTranslations } from "next-intl/server";

/**
 * The signatories who asked not to be named, as a count: "and 2 signatories who asked
 * not to be named", or, under one list, "and 2 individuals who…". Nothing about them is
 * shown but the number.
 */
export async function WithheldNote({
  count,
  kind,
  afterList = true,
  className = "",
}: {
  count: number;
  /** The list it follows, when only one kind is listed: the count is of that kind alone. */
  kind?: "organisations" | "individuals";
  /** Whether names were listed before it; if not, the sentence stands alone. */
  afterList?: boolean;
  className?: string;
}) {
  if (count <= 0) return null;
  const t = await getTranslations("signatories.withheld");
  const key = afterList ? "afterList" : "only";
  return (
    <p className={`text-ink-muted italic ${className}`.trim()}>
      {kind === "organisations"
        ? t(`organisations.${key}`, { count })
        : kind === "individuals"
          ? t(`individuals.${key}`, { count })
          : t(key, { count })}
    </p>
  );
}
