import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { EmailField } from "@/components/ui/field";
import { Link } from "@/components/ui/link";
import { LocaleField } from "@/components/ui/locale-field";
import { Section } from "@/components/ui/section";
import { localeHref } from "@/i18n/server-navigation";
import type { FollowLevel } from "@/lib/domain/following";
import { FOLLOW_REQUEST_PATH, SUBSCRIPTIONS_PATH } from "@/lib/domain/urls";
import { LevelFieldset } from "./level-fieldset";

/**
 * Following a campaign or a letter by e-mail: a plain form, drawn on the server and
 * posted to a route handler, so it works without JavaScript, adds none to the page, and
 * leaves the cached page it sits on as cached as it was. A refused request comes back on
 * the form's own page (/follow) with the message beside its field.
 */
export async function FollowForm({
  campaignSlug,
  letterSlug,
  level = "responses",
  error,
  field,
  id = "follow",
}: {
  campaignSlug: string;
  letterSlug?: string | null;
  level?: FollowLevel;
  /** A refusal, already translated, and the field it is about (none: about the whole form). */
  error?: string;
  field?: string;
  id?: string;
}) {
  const t = await getTranslations("following.form");
  const forLetter = Boolean(letterSlug);
  return (
    <Section
      id={`${id}-heading`}
      anchor={id}
      heading={forLetter ? t("headingLetter") : t("headingCampaign")}
      intro={forLetter ? t("introLetter") : t("introCampaign")}
      className="max-w-2xl print:hidden"
    >
      <form method="post" action={await localeHref(FOLLOW_REQUEST_PATH)} className="mt-5 flex flex-col gap-5">
        <LocaleField />
        {error && field !== "email" && field !== "level" ? <Alert tone="error">{error}</Alert> : null}
        <input type="hidden" name="campaign" value={campaignSlug} />
        {letterSlug ? <input type="hidden" name="letter" value={letterSlug} /> : null}
        <EmailField
          id={`${id}-email`}
          name="email"
          label={t("email")}
          hint={t("emailHint")}
          autoComplete="email"
          required
          error={field === "email" ? error : undefined}
        />
        <LevelFieldset
          id={`${id}-level`}
          defaultValue={level}
          error={field === "level" ? error : undefined}
          words={{
            legend: t("level"),
            responses: t("levels.responses"),
            responsesHint: t("levels.responsesHint"),
            all: t("levels.all"),
            allHint: t("levels.allHint"),
          }}
        />
        <div>
          <Button type="submit">{t("button")}</Button>
        </div>
      </form>
      <p className="mt-4 text-sm">
        <Link href={SUBSCRIPTIONS_PATH}>{t("manage")}</Link>
      </p>
    </Section>
  );
}
