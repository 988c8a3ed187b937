"use client";

import { useTranslations } from "next-intl";
import { Field, SelectField, UrlField } from "@/components/ui/field";
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
      fields={(f, id) => (
        <>
          <SelectField
            id={`${id}-kind`}
            label={t("listKind")}
            hint={t("listKindHint")}
            required
            {...f.bind("listKind")}
          >
            <option value="">{t("chooseKind")}</option>
            {listKinds.map((k) => (
              <option key={k} value={k}>
                {tKind(k)}
              </option>
            ))}
          </SelectField>
          <PreciseDateField
            id={`${id}-date`}
            legend={t("date")}
            f={f}
            date={{ name: "occurredOn" }}
            precision={{ name: "precision" }}
            required
          />
          <div className="grid gap-5 sm:grid-cols-2">
            <UrlField id={`${id}-source`} label={t("sourceUrl")} {...f.bind("sourceUrl")} />
            <Field
              id={`${id}-source-label`}
              label={t("sourceLabel")}
              hint={t("sourceLabelHint")}
              maxLength={300}
              {...f.bind("sourceLabel")}
            />
          </div>
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
      fields={(f, id) => (
        <>
          <div className="grid gap-5 sm:grid-cols-2">
            <SelectField id={`${id}-session`} label={t("session")} {...f.bind("sessionId")}>
              <option value="">{t("byYear")}</option>
              {sessions.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.label}
                </option>
              ))}
            </SelectField>
            <Field
              id={`${id}-year`}
              type="number"
              inputMode="numeric"
              min={1945}
              step={1}
              label={t("year")}
              hint={t("yearHint")}
              {...f.bind("year")}
            />
          </div>
          <UrlField id={`${id}-source`} label={t("sourceUrl")} {...f.bind("sourceUrl")} />
        </>
      )}
    />
  );
}
