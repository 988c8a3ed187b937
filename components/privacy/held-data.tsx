import { getTranslations } from "next-intl/server";
import { retentionSentence } from "@/components/signing/retention-note";
import { Card } from "@/components/ui/card";
import { Link } from "@/components/ui/link";
import { StatusBadge, type StatusTone } from "@/components/ui/status-badge";
import type { HeldData, HeldFollow, HeldSignature } from "@/db/queries/data-subject";
import { campaignPath, letterPath, SUBSCRIPTIONS_PATH } from "@/lib/domain/urls";
import { ErasureRequestForm } from "./erasure-request-form";
import { WithdrawOwnForm } from "./withdraw-own-form";

/** Where a signature stands, in the owner's words: pending means two things. */
function standing(s: HeldSignature): { key: string; tone: StatusTone } {
  if (s.status === "confirmed") return { key: "confirmed", tone: "success" };
  if (s.status === "pending")
    return s.confirmedAt
      ? { key: "awaitingApproval", tone: "info" }
      : { key: "awaitingConfirmation", tone: "warning" };
  return { key: s.status, tone: "neutral" };
}

/**
 * Everything the site holds about one address, as its owner sees it through the link in
 * their e-mail: each signature with its letter, the name as given and how it shows, where
 * it stands and when, how long it is kept; the account, if any; and the request to erase.
 */
export async function HeldDataView({
  token,
  address,
  held,
}: {
  token: string;
  address: string;
  held: HeldData;
}) {
  const t = await getTranslations("privacy.held");
  const empty = held.signatures.length === 0 && held.account === null && held.follows.length === 0;
  return (
    <div className="flex flex-col gap-10">
      <p className="text-lg">{t("intro", { address })}</p>

      <section aria-labelledby="held-signatures-heading">
        <h2 id="held-signatures-heading" className="text-2xl font-bold">
          {t("signaturesHeading", { count: held.signatures.length })}
        </h2>
        {held.signatures.length === 0 ? (
          <p className="mt-3 text-ink-muted">{t("noSignatures")}</p>
        ) : (
          <ul className="mt-4 flex flex-col gap-4">
            {held.signatures.map((s) => (
              <li key={s.id}>
                <HeldSignatureCard token={token} signature={s} />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="held-follows-heading">
        <h2 id="held-follows-heading" className="text-2xl font-bold">
          {t("followsHeading", { count: held.follows.length })}
        </h2>
        {held.follows.length === 0 ? (
          <p className="mt-3 text-ink-muted">{t("noFollows")}</p>
        ) : (
          <>
            <ul className="mt-4 flex flex-col gap-3">
              {held.follows.map((f) => (
                <li key={f.id}>
                  <HeldFollowCard follow={f} />
                </li>
              ))}
            </ul>
            <p className="mt-3 text-sm text-ink-muted">
              {t("followsManage")} <Link href={SUBSCRIPTIONS_PATH}>{SUBSCRIPTIONS_PATH}</Link>
            </p>
          </>
        )}
      </section>

      <section aria-labelledby="held-account-heading">
        <h2 id="held-account-heading" className="text-2xl font-bold">
          {t("accountHeading")}
        </h2>
        {held.account ? (
          <Card className="mt-4">
            <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[max-content_1fr]">
              <dt className="font-semibold text-ink-muted">{t("accountName")}</dt>
              <dd>{held.account.name ?? t("none")}</dd>
              <dt className="font-semibold text-ink-muted">{t("accountEmail")}</dt>
              <dd className="break-all">{held.account.email}</dd>
              <dt className="font-semibold text-ink-muted">{t("accountRole")}</dt>
              <dd>{t(`role.${held.account.role}`)}</dd>
              <dt className="font-semibold text-ink-muted">{t("accountSince")}</dt>
              <dd>{t("date", { at: held.account.createdAt })}</dd>
              <dt className="font-semibold text-ink-muted">{t("accountOrganisations")}</dt>
              <dd>
                {held.account.organisations.length === 0
                  ? t("none")
                  : held.account.organisations.map((o) => `${o.name} (${t(`orgRole.${o.role}`)})`).join(", ")}
              </dd>
            </dl>
          </Card>
        ) : (
          <p className="mt-3 text-ink-muted">{t("noAccount")}</p>
        )}
      </section>

      <section aria-labelledby="held-erasure-heading">
        <h2 id="held-erasure-heading" className="text-2xl font-bold">
          {t("erasureHeading")}
        </h2>
        <div className="mt-3 flex flex-col gap-3">
          {empty ? (
            <p className="text-ink-muted">{t("nothingToErase")}</p>
          ) : held.erasureRequestedAt ? (
            <p role="status" className="font-semibold">
              {t("erasureRequested", { at: held.erasureRequestedAt })}
            </p>
          ) : (
            <>
              <p>{t("erasureExplain")}</p>
              <ErasureRequestForm token={token} />
            </>
          )}
        </div>
      </section>
    </div>
  );
}

async function HeldSignatureCard({ token, signature: s }: { token: string; signature: HeldSignature }) {
  const t = await getTranslations("privacy.held");
  const state = standing(s);
  const letterHref = s.letter.isPublic ? letterPath(s.letter.campaignSlug, s.letter.letterSlug) : null;
  const retention = await retentionSentence(s.letter.retention);
  return (
    <Card>
      <h3 className="text-lg font-bold">
        {letterHref ? <Link href={letterHref}>{s.letter.title}</Link> : s.letter.title}
      </h3>
      <p className="mt-1 text-sm text-ink-muted">{t(`letterStatus.${s.letter.status}`)}</p>
      <dl className="mt-3 grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold text-ink-muted">{t("signedAs")}</dt>
        <dd className="break-words">
          {s.kind === "organisation"
            ? t("forOrganisation", { organisation: s.organisationName ?? s.displayName })
            : [s.displayName, s.titleAffiliation, s.country].filter(Boolean).join(" · ")}
        </dd>
        {s.email ? (
          <>
            <dt className="font-semibold text-ink-muted">{t("email")}</dt>
            <dd className="break-all">{s.email}</dd>
          </>
        ) : null}
        <dt className="font-semibold text-ink-muted">{t("visibilityLabel")}</dt>
        <dd>{t(`visibility.${s.visibility}`)}</dd>
        <dt className="font-semibold text-ink-muted">{t("statusLabel")}</dt>
        <dd>
          <StatusBadge tone={state.tone}>{t(`status.${state.key}`)}</StatusBadge>
        </dd>
        <dt className="font-semibold text-ink-muted">{t("datesLabel")}</dt>
        <dd>
          {[
            t("signedOn", { at: s.signedAt }),
            s.confirmedAt ? t("confirmedOn", { at: s.confirmedAt }) : null,
            s.withdrawnAt ? t("withdrawnOn", { at: s.withdrawnAt }) : null,
          ]
            .filter(Boolean)
            .join(" · ")}
        </dd>
      </dl>
      <p className="mt-3 text-sm text-ink-muted">{retention}</p>
      {s.canWithdraw ? (
        <div className="mt-4">
          <WithdrawOwnForm token={token} signatureId={s.id} letter={s.letter.title} />
        </div>
      ) : null}
    </Card>
  );
}

async function HeldFollowCard({ follow: f }: { follow: HeldFollow }) {
  const t = await getTranslations("privacy.held");
  const title = f.letter
    ? t("followLetter", { letter: f.letter.title, campaign: f.campaignTitle })
    : t("followCampaign", { campaign: f.campaignTitle });
  const href = f.letter ? letterPath(f.campaignSlug, f.letter.slug) : campaignPath(f.campaignSlug);
  return (
    <Card>
      <h3 className="font-bold">
        <Link href={href}>{title}</Link>
      </h3>
      <p className="mt-1 text-sm">
        {t("followLevel", { level: f.level })} ·{" "}
        {f.stoppedAt
          ? t("followStopped", { at: f.stoppedAt })
          : f.confirmedAt
            ? t("followSince", { at: f.confirmedAt })
            : t("followUnconfirmed")}
      </p>
    </Card>
  );
}
