"use client";

import { useTranslations } from "next-intl";
import { SourceFields } from "@/components/staff/record-fields";
import { NumberField, SelectField, UrlField } from "@/components/ui/field";
import { PreciseDateField } from "@/components/ui/form-kit";
import { pasteMembershipsAction, pastePositionsAction } from "@/lib/actions/resolutions/server";
import { PasteForm } from "./paste-form";

/**
 * A list of positions on one text, pasted from the UN document that prints it: who
 * co-sponsored it, who withdrew, how each state voted.
 */
export function PositionPasteForm({ textId, listKinds }: { textId: string; listKinds: readonly string[] }) {
  const t = useTranslations("staffResolutions.positionPaste");
  const tKind = useTranslations("staffResolutions.listKinds");
  return (
    <PasteForm
      action={pastePositionsAction}
      hidden={{ textId }}
      listLabel={t("list")}
      saveLabel={(count) => t("save", { count })}
      savedMessage={(count) => t("saved", { count })}
      fields={(form) => (
        <>
          <SelectField
            label={t("listKind")}
            hint={t("listKindHint")}
            required
            placeholder={t("chooseKind")}
            options={listKinds.map((k) => ({ value: k, label: tKind(k) }))}
            {...form.field("listKind")}
          />
          <PreciseDateField
            form={form}
            legend={t("date")}
            date={{ name: "occurredOn" }}
            precision={{ name: "precision" }}
            ranges={false}
            required
          />
          <SourceFields
            form={form}
            labels={{ url: t("sourceUrl"), label: t("sourceLabel"), labelHint: t("sourceLabelHint") }}
          />
        </>
      )}
    />
  );
}

/**
 * Who sat on a body at one of its sessions, or through a calendar year (the Council's
 * members serve years), pasted from the UN's list of members.
 */
export function MembershipPasteForm({
  bodyId,
  sessions,
}: {
  bodyId: string;
  sessions: ReadonlyArray<{ id: string; label: string }>;
}) {
  const t = useTranslations("staffResolutions.membershipPaste");
  return (
    <PasteForm
      action={pasteMembershipsAction}
      hidden={{ bodyId }}
      listLabel={t("list")}
      saveLabel={(count) => t("save", { count })}
      savedMessage={(count) => t("saved", { count })}
      fields={(form) => (
        <>
          <div className="grid gap-5 sm:grid-cols-2">
            <SelectField
              label={t("session")}
              placeholder={t("byYear")}
              options={sessions.map((s) => ({ value: s.id, label: s.label }))}
              {...form.field("sessionId")}
            />
            <NumberField min={1945} label={t("year")} hint={t("yearHint")} {...form.field("year")} />
          </div>
          <UrlField label={t("sourceUrl")} {...form.field("sourceUrl")} />
        </>
      )}
    />
  );
}
