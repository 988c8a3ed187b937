"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SelectField } from "@/components/ui/field";
import { Link } from "@/components/ui/link";
import { LocaleField } from "@/components/ui/locale-field";
import { useActionFeedback } from "@/components/ui/use-action-feedback";
import type { FollowEntry } from "@/db/queries/following";
import { followFromAccountAction, stopAccountFollowAction } from "@/lib/actions/following/server";
import { campaignPath, letterPath, SUBSCRIPTIONS_PATH } from "@/lib/domain/urls";
import { LevelFieldset } from "./level-fieldset";

/*
 * The account page's following: the campaigns (and letters) its address follows, each
 * with a button to stop, and a form to follow another public campaign. Signing in has
 * proven the address, so a follow made here needs no e-mailed link.
 */

function StopButton({ followId, title }: { followId: string; title: string }) {
  const t = useTranslations("following.account");
  const [state, formAction, pending] = useActionState(stopAccountFollowAction, null);
  const f = useActionFeedback(state);
  return (
    <form action={formAction} className="flex flex-col gap-2">
      <input type="hidden" name="followId" value={followId} />
      <Button type="submit" variant="secondary" pending={pending} aria-label={`${t("stop")}: ${title}`}>
        {t("stop")}
      </Button>
      {f.failed ? <Alert tone="error">{f.summary()}</Alert> : null}
    </form>
  );
}

export function AccountFollows({
  email,
  follows,
  campaigns,
}: {
  email: string;
  follows: FollowEntry[];
  /** Public campaigns to follow. */
  campaigns: ReadonlyArray<{ id: string; title: string }>;
}) {
  const t = useTranslations("following");
  const [state, formAction, pending] = useActionState(followFromAccountAction, null);
  const f = useActionFeedback(state);
  const active = follows.filter((follow) => follow.confirmed);
  return (
    <div className="mt-4 flex flex-col gap-6">
      <p className="text-ink-muted">{t("account.intro", { email })}</p>
      {active.length === 0 ? (
        <p>{t("account.none")}</p>
      ) : (
        <ul className="divide-y divide-line border-y border-line">
          {active.map((follow) => {
            const title = follow.letterTitle ?? follow.campaignTitle;
            const href = follow.letterSlug
              ? letterPath(follow.campaignSlug, follow.letterSlug)
              : campaignPath(follow.campaignSlug);
            return (
              <li
                key={follow.id}
                className="flex flex-col gap-2 py-3 sm:flex-row sm:items-center sm:justify-between"
              >
                <div className="flex flex-col">
                  <Link href={href} className="font-semibold">
                    {title}
                  </Link>
                  <span className="text-sm text-ink-muted">
                    {follow.level === "all" ? t("form.levels.all") : t("form.levels.responses")}
                  </span>
                </div>
                <StopButton followId={follow.id} title={title} />
              </li>
            );
          })}
        </ul>
      )}
      {campaigns.length > 0 ? (
        <form action={formAction} noValidate className="flex flex-col gap-4">
          <LocaleField />
          {f.failed ? <ErrorSummary attempt={state}>{f.summary(["campaignId"])}</ErrorSummary> : null}
          {state?.ok ? <Alert tone="success">{t("account.followed")}</Alert> : null}
          <SelectField
            id="account-follow-campaign"
            label={t("account.campaign")}
            options={campaigns.map((c) => ({ value: c.id, label: c.title }))}
            {...f.bind("campaignId", campaigns[0]!.id)}
          />
          <LevelFieldset
            id="account-follow-level"
            words={{
              legend: t("form.level"),
              responses: t("form.levels.responses"),
              responsesHint: t("form.levels.responsesHint"),
              all: t("form.levels.all"),
              allHint: t("form.levels.allHint"),
            }}
          />
          <div>
            <Button type="submit" pending={pending} pendingLabel={t("account.following")}>
              {t("account.followButton")}
            </Button>
          </div>
        </form>
      ) : null}
      <p className="text-sm">
        <Link href={SUBSCRIPTIONS_PATH}>{t("account.manage")}</Link>
      </p>
    </div>
  );
}
