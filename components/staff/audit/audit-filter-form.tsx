import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Field, SelectField } from "@/components/ui/field";
import { Link } from "@/components/ui/link";
import type { AuditFilter } from "@/db/queries/audit-log";
import { localeHref } from "@/i18n/server-navigation";

type Props = {
  filter: AuditFilter;
  invalid: Array<"from" | "to">;
  facets: { entityTypes: string[]; actions: string[] };
};

/** A plain GET form: filtering works without JavaScript, and a filtered view is a link to share. */
export async function AuditFilterForm({ filter, invalid, facets }: Props) {
  const t = await getTranslations("staffAudit.filter");
  const text = (name: "actor" | "action", extra: { list?: string; type?: string } = {}) => (
    <Field
      id={`audit-${name}`}
      name={name}
      label={t(name)}
      type={extra.type ?? "text"}
      list={extra.list}
      defaultValue={filter[name] ?? ""}
      autoComplete="off"
    />
  );
  const day = (name: "from" | "to") => (
    <Field
      id={`audit-${name}`}
      name={name}
      label={t(name)}
      type="date"
      defaultValue={filter[name] ?? ""}
      error={invalid.includes(name) ? t("invalidDay") : undefined}
    />
  );

  return (
    <form
      method="get"
      action={await localeHref("/staff/audit")}
      aria-label={t("label")}
      className="mt-8 flex flex-col gap-5 rounded-lg border border-line bg-surface p-4 sm:p-5"
    >
      {invalid.length > 0 ? (
        <p role="alert" className="font-semibold text-danger">
          {t("invalid")}
        </p>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {text("actor", { type: "search" })}
        {text("action", { list: "audit-actions" })}
        <datalist id="audit-actions">
          {facets.actions.map((action) => (
            <option key={action} value={action} />
          ))}
        </datalist>
        <SelectField
          id="audit-entityType"
          name="entityType"
          label={t("entityType")}
          defaultValue={filter.entityType ?? ""}
          options={[
            { value: "", label: t("anyEntity") },
            ...facets.entityTypes.map((type) => ({ value: type, label: type })),
          ]}
        />
        {day("from")}
        {day("to")}
      </div>
      {filter.entityId ? <input type="hidden" name="entityId" value={filter.entityId} /> : null}
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit">{t("submit")}</Button>
        <Link href="/staff/audit">{t("clear")}</Link>
      </div>
      {filter.entityId ? (
        <p className="text-sm text-ink-muted">{t("entityId", { id: filter.entityId })}</p>
      ) : null}
    </form>
  );
}
