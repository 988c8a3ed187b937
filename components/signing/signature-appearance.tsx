import { useLocale, useTranslations } from "next-intl";
import { countryName } from "@/components/letter/country-name";
import { Link } from "@/components/ui/link";
import type { SignatureVisibility } from "@/lib/domain/signatures";
import { letterPath } from "@/lib/domain/urls";

/** What a signature publishes of its signatory. */
export type PublishedSignature = {
  displayName: string;
  titleAffiliation: string | null;
  country: string | null;
  visibility: SignatureVisibility;
};

/**
 * The signature as the letter's list of signatories shows it: the name with its title
 * and country, as a list row has them, or that it is counted without the name.
 */
export function PublishedLine({ signature }: { signature: PublishedSignature }) {
  const t = useTranslations("signing.confirm.appearance");
  const locale = useLocale();
  if (signature.visibility !== "public") return <p>{t("withheld")}</p>;
  const details = [signature.titleAffiliation, countryName(signature.country, locale)]
    .filter(Boolean)
    .join(" · ");
  return (
    <>
      <p>{t("listed")}</p>
      <p className="rounded-md border border-line bg-paper px-4 py-3">
        <span className="font-semibold">{signature.displayName}</span>
        {details ? <span className="block text-ink-muted">{details}</span> : null}
      </p>
    </>
  );
}

/**
 * Once a signature is confirmed: how it shows on the letter (the name as listed, or that
 * it is counted without the name), and the way to the letter itself. Server and client
 * pages both show it (the confirmation form, once it has confirmed).
 */
export function SignatureAppearance({
  signature,
  letter,
}: {
  signature: PublishedSignature;
  letter: { campaignSlug: string; letterSlug: string; letterTitle: string };
}) {
  const t = useTranslations("signing.confirm.appearance");
  return (
    <section aria-labelledby="signature-appearance-heading" className="flex flex-col gap-2">
      <h2 id="signature-appearance-heading" className="text-xl font-bold">
        {t("heading")}
      </h2>
      <PublishedLine signature={signature} />
      <p>
        <Link href={letterPath(letter.campaignSlug, letter.letterSlug)} className="font-semibold">
          {t("toLetter", { letter: letter.letterTitle })}
        </Link>
      </p>
    </section>
  );
}
