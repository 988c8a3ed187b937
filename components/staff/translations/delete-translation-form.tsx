"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { ButtonForm } from "@/components/ui/button-form";
import type { StaffFormAction } from "@/components/ui/form-kit";
import { useActionFeedback } from "@/components/ui/use-action-feedback";
import {
  deleteAskTranslationAction,
  deleteCampaignTranslationAction,
  deleteEventTranslationAction,
  deleteLetterTranslationAction,
  deleteResponseTranslationAction,
} from "@/lib/actions/translations/server";
import type { TranslatedKind } from "@/lib/domain/content-languages";
import type { Locale } from "@/lib/domain/locales";

/** Each kind's delete: its own action, checked against the permission that edits that kind. */
const DELETE: Record<TranslatedKind, StaffFormAction> = {
  letter: deleteLetterTranslationAction,
  campaign: deleteCampaignTranslationAction,
  ask: deleteAskTranslationAction,
  event: deleteEventTranslationAction,
  response: deleteResponseTranslationAction,
};

/** Deletes a record's text in one language, after asking; the public pages then show the original. */
export function DeleteTranslationForm({
  kind,
  id,
  locale,
}: {
  kind: TranslatedKind;
  id: string;
  locale: Locale;
}) {
  const t = useTranslations("staffTranslations.editor");
  const names = useTranslations("contentLanguage.language");
  const [state, action, pending] = useActionState(DELETE[kind], null);
  const f = useActionFeedback(state);
  return (
    <ButtonForm
      action={action}
      hidden={kind === "letter" ? { letterId: id, locale } : { id, locale }}
      button={{
        pending,
        pendingLabel: t("deleting"),
        className: "border-danger! text-danger! hover:bg-danger-soft!",
        children: t("deleteConfirm"),
      }}
      confirm={{
        summary: t("delete"),
        label: t("delete"),
        question: t("deleteQuestion", { language: names(locale) }),
      }}
    >
      {f.failed ? (
        <Alert tone="error">{f.message(f.failed.error)}</Alert>
      ) : state?.ok ? (
        <Alert tone="success">{t("deleted")}</Alert>
      ) : null}
    </ButtonForm>
  );
}
