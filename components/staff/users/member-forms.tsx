"use client";

import { useTranslations } from "next-intl";
import { useActionState, useId } from "react";
import { RolePickerForm } from "@/components/staff/role-picker-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, FieldError, SelectField } from "@/components/ui/field";
import { Disclosure } from "@/components/ui/form-kit";
import { Link } from "@/components/ui/link";
import { StatusBadge } from "@/components/ui/status-badge";
import { useActionFeedback } from "@/components/ui/use-action-feedback";
import {
  addOrganisationMemberAction,
  removeOrganisationMemberAction,
  setOrganisationMemberRoleAction,
} from "@/lib/actions/organisation-members/server";
import { ORG_ROLES, type OrgRole } from "@/lib/domain/permissions";

/*
 * Who acts for which organisation, for administrators: the same rows and forms on a
 * user's page (one row per organisation) and on an organisation's page (one row per
 * person). Every form posts a server action, so all of it works without JavaScript.
 */

export type MemberRow = {
  organisationId: string;
  userId: string;
  /** What the row is about: the organisation on a user's page, the person on an organisation's. */
  title: string;
  href: string;
  /** A second line: the person's e-mail address, when the title is their name. */
  detail?: string;
  badges?: string[];
  role: OrgRole;
  since: string;
  /** For sentences that name both sides: "Remove {user} from {organisation}". */
  userLabel: string;
  organisationLabel: string;
};

const ROLE_TONE = { owner: "info", signer: "success", viewer: "neutral" } as const;

function useRoleLabel() {
  const t = useTranslations("roles.org");
  return (role: OrgRole) => t(role);
}

/** One row's role picker, like the site-role picker in the users list. */
function RoleForm({ row }: { row: MemberRow }) {
  const t = useTranslations("staffMembers");
  const roleLabel = useRoleLabel();
  const [state, formAction, pending] = useActionState(setOrganisationMemberRoleAction, null);
  const f = useActionFeedback(state);
  const names = { user: row.userLabel, organisation: row.organisationLabel };
  const fieldError = f.error("role");
  const selected = f.value("role", state?.ok && state.data.role ? state.data.role : row.role);
  return (
    <RolePickerForm
      action={formAction}
      hidden={{ organisationId: row.organisationId, userId: row.userId }}
      label={t("roleIn", names)}
      value={selected}
      options={ORG_ROLES.map((role) => ({ value: role, label: roleLabel(role) }))}
      pending={pending}
      submit={{ label: t("changeRole"), pendingLabel: t("changing"), ariaLabel: t("changeRoleFor", names) }}
      succeeded={
        state?.ok && state.data.role
          ? t("roleChanged", { ...names, role: roleLabel(state.data.role) })
          : undefined
      }
      failed={f.failed ? (fieldError ?? f.message(f.failed.error)) : undefined}
    />
  );
}

/**
 * The memberships as a list. Removing a row makes it disappear, so the outcome of a
 * removal is shown above the list: all rows post through one form state that outlives them.
 */
export function MemberList({
  rows,
  side,
  emptyText,
}: {
  rows: readonly MemberRow[];
  /** Whose page the list is on: a user's (rows are organisations) or an organisation's (rows are people). */
  side: "user" | "organisation";
  emptyText: string;
}) {
  const t = useTranslations("staffMembers");
  const roleLabel = useRoleLabel();
  const [removal, removeAction, removing] = useActionState(removeOrganisationMemberAction, null);
  const f = useActionFeedback(removal);
  const failedRow = f.failed
    ? rows.find((r) => r.organisationId === f.value("organisationId") && r.userId === f.value("userId"))
    : undefined;
  return (
    <div className="flex flex-col gap-4">
      {removal?.ok ? (
        <Alert tone="success">
          {t("removed", { user: removal.data.email, organisation: removal.data.organisationName })}
        </Alert>
      ) : null}
      {f.failed && !failedRow ? <Alert tone="error">{f.message(f.failed.error)}</Alert> : null}
      {rows.length === 0 ? (
        <p className="rounded-lg border border-dashed border-line-strong p-5 text-ink-muted">{emptyText}</p>
      ) : (
        <ul className="divide-y divide-line rounded-lg border border-line bg-surface">
          {rows.map((row) => {
            const names = { user: row.userLabel, organisation: row.organisationLabel };
            const failedHere = row === failedRow;
            return (
              <li key={`${row.organisationId}:${row.userId}`} className="flex flex-col gap-3 px-4 py-4">
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <div className="min-w-0">
                    <Link href={row.href} className="font-semibold break-words">
                      {row.title}
                    </Link>
                    {row.detail ? <p className="text-sm break-all text-ink-muted">{row.detail}</p> : null}
                    <p className="text-sm text-ink-muted">{row.since}</p>
                  </div>
                  <span className="flex flex-wrap gap-2">
                    {row.badges?.map((badge) => (
                      <StatusBadge key={badge} tone="neutral">
                        {badge}
                      </StatusBadge>
                    ))}
                    <StatusBadge tone={ROLE_TONE[row.role]}>{roleLabel(row.role)}</StatusBadge>
                  </span>
                </div>
                <RoleForm row={row} />
                <Disclosure
                  summary={side === "user" ? t("removeFrom", names) : t("removePerson", names)}
                  open={failedHere}
                  tone="danger"
                >
                  <form action={removeAction} className="flex flex-col gap-3">
                    <input type="hidden" name="organisationId" value={row.organisationId} />
                    <input type="hidden" name="userId" value={row.userId} />
                    {failedHere && f.failed ? <Alert tone="error">{f.message(f.failed.error)}</Alert> : null}
                    <p>{t("removeWhat", names)}</p>
                    <div>
                      <Button
                        type="submit"
                        variant="secondary"
                        pending={removing}
                        pendingLabel={t("removing")}
                      >
                        {t("removeSubmit", names)}
                      </Button>
                    </div>
                  </form>
                </Disclosure>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

type AddProps =
  | {
      /** On a user's page: the user is fixed, the organisation is chosen. */
      userId: string;
      userLabel: string;
      organisations: ReadonlyArray<{ id: string; name: string }>;
      organisationId?: never;
    }
  | { organisationId: string; userId?: never; userLabel?: never; organisations?: never };

/** Adds a membership: choose the organisation (user's page) or give the e-mail address (organisation's page). */
export function AddMemberForm(props: AddProps) {
  const t = useTranslations("staffMembers");
  const roleLabel = useRoleLabel();
  const [state, formAction, pending] = useActionState(addOrganisationMemberAction, null);
  const f = useActionFeedback(state);
  const id = useId();
  const role = f.value("role", "signer");
  const roleError = f.error("role");
  if (props.userId !== undefined && props.organisations.length === 0 && !state)
    return <p className="text-ink-muted">{t("noOrganisationsLeft", { user: props.userLabel })}</p>;
  return (
    <form action={formAction} noValidate className="flex flex-col gap-5">
      {state?.ok && state.data.role ? (
        <Alert tone="success">
          {t("added", {
            user: state.data.email,
            organisation: state.data.organisationName,
            role: roleLabel(state.data.role),
          })}
        </Alert>
      ) : null}
      {f.failed ? <Alert tone="error">{f.message(f.failed.error)}</Alert> : null}
      {props.userId !== undefined ? (
        <>
          <input type="hidden" name="userId" value={props.userId} />
          <SelectField
            id={`${id}-organisation`}
            name="organisationId"
            label={t("organisation")}
            required
            defaultValue={f.value("organisationId")}
            options={[
              { value: "", label: t("chooseOrganisation") },
              ...props.organisations.map((o) => ({ value: o.id, label: o.name })),
            ]}
            error={f.error("organisationId")}
          />
        </>
      ) : (
        <>
          <input type="hidden" name="organisationId" value={props.organisationId} />
          <Field
            id={`${id}-email`}
            name="email"
            type="email"
            autoComplete="off"
            spellCheck={false}
            required
            label={t("personEmail")}
            hint={t("personEmailHint")}
            defaultValue={f.value("email")}
            error={f.error("email")}
          />
        </>
      )}
      <fieldset
        className="flex flex-col gap-2"
        aria-describedby={roleError ? `${id}-role-error` : undefined}
        aria-invalid={roleError ? true : undefined}
      >
        <legend className="font-semibold text-ink">{t("role")}</legend>
        {ORG_ROLES.map((r) => (
          <label key={`${r}-${role}`} className="flex items-start gap-3 py-1">
            <input
              type="radio"
              name="role"
              value={r}
              defaultChecked={r === role}
              aria-describedby={`${id}-${r}-hint`}
              className="mt-1 size-5 shrink-0 accent-accent"
            />
            <span>
              <span className="block font-medium">{roleLabel(r)}</span>
              <span id={`${id}-${r}-hint`} className="block text-sm text-ink-muted">
                {t(`roleHints.${r}`)}
              </span>
            </span>
          </label>
        ))}
        {roleError ? <FieldError id={`${id}-role-error`}>{roleError}</FieldError> : null}
      </fieldset>
      <div>
        <Button type="submit" pending={pending} pendingLabel={t("adding")}>
          {t("addSubmit")}
        </Button>
      </div>
    </form>
  );
}
