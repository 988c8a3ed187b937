"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import {
  CheckboxField,
  Field,
  FieldError,
  FieldGroup,
  OptionGroups,
  SelectField,
} from "@/components/ui/field";
import type { TargetChoice } from "@/db/queries/staff-letters";
import type { StaffSessionOption } from "@/db/queries/un-staff";
import {
  LETTER_ADDRESSEE_FIELD,
  LETTER_TARGET_FIELD,
  LETTER_TARGETS_SHOWN,
} from "@/lib/validations/form-fields";

/** A target the letter is addressed to, and the line typed for it ("" follows the letter's own). */
export type ChosenLine = { targetId: string; addressee: string };

type Props = {
  /** The campaign's targets and the letter's own, each with a line of its own. */
  choices: readonly TargetChoice[];
  /** Every other target, to tick without a line of its own yet. */
  others: readonly TargetChoice[];
  /** The sessions whose members the letter can be addressed to at once. */
  sessions: readonly StaffSessionOption[];
  chosen: readonly ChosenLine[];
  /** What was posted when the last save failed, to tick and fill again. */
  typed?: Record<string, string>;
  error: (field: string) => string | undefined;
  /** Sent: the targets stay as they were sent. */
  locked?: boolean;
};

/** More of the form, folded away until wanted; open when something in it is already chosen. */
function Folded({
  summary,
  open,
  stacked = false,
  children,
}: {
  summary: ReactNode;
  open: boolean;
  /** Its fields one under the other, spaced apart. */
  stacked?: boolean;
  children: ReactNode;
}) {
  return (
    <details open={open || undefined} className="rounded-md border border-line bg-paper">
      <summary className="flex min-h-11 cursor-pointer items-center px-4 font-semibold text-accent-strong">
        {summary}
      </summary>
      <div className={`${stacked ? "flex flex-col gap-4 " : ""}border-t border-line px-4 py-3`}>
        {children}
      </div>
    </details>
  );
}

/**
 * To whom the letter goes: a box per target, each with its own addressee line (empty:
 * the letter's line), other targets to add, and "every member of a body at a session".
 * Plain form fields: it works without JavaScript, and a failed save ticks again what was
 * ticked. A sent letter's targets are listed, not offered.
 */
export function LetterTargetsFields({
  choices,
  others,
  sessions,
  chosen,
  typed,
  error,
  locked = false,
}: Props) {
  const t = useTranslations("staffLetters.form.targets");
  const names = new Map([...choices, ...others].map((c) => [c.id, c]));

  if (locked) {
    return (
      <div className="flex flex-col gap-1.5">
        <p className="font-semibold text-ink">{t("legend")}</p>
        <ul className="flex flex-col gap-1">
          {chosen.map((line) => (
            <li key={line.targetId}>
              <span className="font-semibold">{names.get(line.targetId)?.name ?? line.targetId}</span>
              {line.addressee ? <span className="text-ink-muted"> · {line.addressee}</span> : null}
            </li>
          ))}
        </ul>
        <p className="text-sm text-ink-muted">{t("locked")}</p>
      </div>
    );
  }

  const lineOf = new Map(chosen.map((c) => [c.targetId, c.addressee]));
  const ticked = (targetId: string) =>
    typed ? typed[`${LETTER_TARGET_FIELD}${targetId}`] === targetId : lineOf.has(targetId);
  const line = (targetId: string) =>
    typed?.[`${LETTER_ADDRESSEE_FIELD}${targetId}`] ?? lineOf.get(targetId) ?? "";
  const targetsError = error("targets");
  const zone = (c: TargetChoice) => t("zone", { zone: c.timeZone });

  return (
    <FieldGroup id="letter-targets" legend={t("legend")} hint={t("hint")}>
      <input type="hidden" name={LETTER_TARGETS_SHOWN} value="1" />
      <ul className="flex flex-col divide-y divide-line rounded-md border border-line">
        {choices.map((choice) => (
          <li key={choice.id} className="flex flex-col gap-2 px-3 py-3">
            <CheckboxField
              name={`${LETTER_TARGET_FIELD}${choice.id}`}
              value={choice.id}
              checked={ticked(choice.id)}
              label={
                <>
                  <span className="font-semibold">{choice.name}</span>{" "}
                  <span className="text-sm text-ink-muted">{zone(choice)}</span>
                </>
              }
            />
            <Field
              id={`letter-addressee-${choice.id}`}
              name={`${LETTER_ADDRESSEE_FIELD}${choice.id}`}
              label={t("line", { target: choice.name })}
              maxLength={300}
              defaultValue={line(choice.id)}
              error={error(`${LETTER_ADDRESSEE_FIELD}${choice.id}`)}
              className="pl-8 [&_label]:text-sm [&_label]:font-normal"
            />
          </li>
        ))}
      </ul>
      {targetsError ? <FieldError id="letter-targets-error">{targetsError}</FieldError> : null}

      {others.length > 0 ? (
        <Folded summary={t("others", { count: others.length })} open={others.some((o) => ticked(o.id))}>
          <p className="text-sm text-ink-muted">{t("othersHint")}</p>
          <ul className="mt-2 flex max-h-80 flex-col overflow-y-auto">
            {others.map((other) => (
              <li key={other.id}>
                <CheckboxField
                  name={`${LETTER_TARGET_FIELD}${other.id}`}
                  value={other.id}
                  checked={ticked(other.id)}
                  label={
                    <>
                      {other.name} <span className="text-sm text-ink-muted">{zone(other)}</span>
                    </>
                  }
                />
              </li>
            ))}
          </ul>
        </Folded>
      ) : null}

      {sessions.length > 0 ? (
        <Folded summary={t("members.summary")} open={Boolean(typed?.membersSessionId)} stacked>
          <SelectField
            id="letter-members-session"
            name="membersSessionId"
            label={t("members.session")}
            hint={t("members.sessionHint")}
            defaultValue={typed?.membersSessionId ?? ""}
            error={error("membersSessionId")}
          >
            <option value="">{t("members.none")}</option>
            <OptionGroups
              items={sessions}
              group={(s) => s.bodyName}
              option={(s) => (
                <option key={s.id} value={s.id}>
                  {t("members.option", { body: s.bodyName, session: s.label })}
                </option>
              )}
            />
          </SelectField>
          <Field
            id="letter-members-addressee"
            name="membersAddressee"
            label={t("members.line")}
            hint={t("members.lineHint")}
            maxLength={300}
            defaultValue={typed?.membersAddressee ?? ""}
            error={error("membersAddressee")}
          />
        </Folded>
      ) : null}
    </FieldGroup>
  );
}
