"use client";

import { useTranslations } from "next-intl";
import { useActionState, useId } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Link } from "@/components/ui/link";
import { useActionFeedback } from "@/components/ui/use-action-feedback";
import type { FollowEntry, SignatureNewsEntry } from "@/db/queries/following";
import { changeFollowAction, signatureNewsAction } from "@/lib/actions/following/server";
import { campaignPath, letterPath } from "@/lib/domain/urls";
import { LevelFieldset } from "./level-fieldset";

/*
 * The rows of the manage page: each follow with what it hears (change it, or stop), and
 * each signed letter's news (on or off). Every button is a form posting the manage
 * link's token with the row, so it works without JavaScript.
 */

function FollowRow({ token, follow }: { token: string; follow: FollowEntry }) {
  const t = useTranslations("following.subscriptions");
  const form = useTranslations("following.form");
  const [state, formAction, pending] = useActionState(changeFollowAction, null);
  const f = useActionFeedback(state);
  const id = useId();
  const title = follow.letterTitle
    ? t("letter", { letter: follow.letterTitle, campaign: follow.campaignTitle })
    : t("campaign", { campaign: follow.campaignTitle });
  const href = follow.letterSlug
    ? letterPath(follow.campaignSlug, follow.letterSlug)
    : campaignPath(follow.campaignSlug);
  return (
    <li className="flex flex-col gap-3 py-5">
      <Link href={href} className="font-semibold">
        {title}
      </Link>
      {follow.confirmed ? null : <p className="text-sm text-ink-muted">{t("unconfirmed")}</p>}
      {f.failed ? <Alert tone="error">{f.summary()}</Alert> : null}
      {state?.ok && state.data.stopped ? (
        <Alert tone="success">{t("stopped")}</Alert>
      ) : (
        <form action={formAction} noValidate className="flex flex-col gap-3">
          <input type="hidden" name="token" value={token} />
          <input type="hidden" name="followId" value={follow.id} />
          <LevelFieldset
            id={`${id}-level`}
            defaultValue={follow.level}
            words={{
              legend: t("levelLegend", { title }),
              responses: form("levels.responses"),
              responsesHint: form("levels.responsesHint"),
              all: form("levels.all"),
              allHint: form("levels.allHint"),
            }}
          />
          <div className="flex flex-wrap items-center gap-3">
            <Button type="submit" variant="secondary" pending={pending} pendingLabel={t("saving")}>
              {t("save")}
            </Button>
            <Button type="submit" name="level" value="stop" variant="quiet" disabled={pending}>
              {t("stop")}
            </Button>
            {state?.ok ? (
              <span role="status" className="text-success">
                {t("saved")}
              </span>
            ) : null}
          </div>
        </form>
      )}
    </li>
  );
}

function SignatureRow({ token, signature }: { token: string; signature: SignatureNewsEntry }) {
  const t = useTranslations("following.subscriptions");
  const [state, formAction, pending] = useActionState(signatureNewsAction, null);
  const f = useActionFeedback(state);
  const notify = state?.ok ? state.data.notify : signature.notify;
  return (
    <li className="flex flex-col gap-3 py-5">
      <Link href={letterPath(signature.campaignSlug, signature.letterSlug)} className="font-semibold">
        {t("letter", { letter: signature.letterTitle, campaign: signature.campaignTitle })}
      </Link>
      {f.failed ? <Alert tone="error">{f.summary()}</Alert> : null}
      <p role={state?.ok ? "status" : undefined}>{notify ? t("signatureOn") : t("signatureOff")}</p>
      <form action={formAction} className="flex flex-wrap gap-3">
        <input type="hidden" name="token" value={token} />
        <input type="hidden" name="signatureId" value={signature.id} />
        <input type="hidden" name="notify" value={notify ? "off" : "on"} />
        <Button type="submit" variant="secondary" pending={pending} pendingLabel={t("saving")}>
          {notify ? t("turnOff") : t("turnOn")}
        </Button>
      </form>
    </li>
  );
}

/** Everything one address hears, to change or stop. */
export function ManageSubscriptions({
  token,
  follows,
  signatures,
}: {
  token: string;
  follows: FollowEntry[];
  signatures: SignatureNewsEntry[];
}) {
  const t = useTranslations("following.subscriptions");
  if (follows.length === 0 && signatures.length === 0) return <p>{t("none")}</p>;
  return (
    <div className="flex flex-col gap-8">
      {follows.length > 0 ? (
        <section aria-labelledby="follows-heading">
          <h2 id="follows-heading" className="text-2xl font-bold">
            {t("followsHeading")}
          </h2>
          <ul className="mt-2 divide-y divide-line border-y border-line">
            {follows.map((follow) => (
              <FollowRow key={follow.id} token={token} follow={follow} />
            ))}
          </ul>
        </section>
      ) : null}
      {signatures.length > 0 ? (
        <section aria-labelledby="signatures-heading">
          <h2 id="signatures-heading" className="text-2xl font-bold">
            {t("signaturesHeading")}
          </h2>
          <ul className="mt-2 divide-y divide-line border-y border-line">
            {signatures.map((signature) => (
              <SignatureRow key={signature.id} token={token} signature={signature} />
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
