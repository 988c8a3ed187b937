import { getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/link";
import type { SignatureVisibility } from "@/lib/domain/signatures";
import { letterPath } from "@/lib/domain/urls";

/**
 * Once a signature is confirmed: how it shows on the letter (the name as listed, or that
 * it is counted without the name), and the way to the letter itself.
 */
export async function SignatureAppearance({
  signature,
  letter,
}: {
  signature: { displayName: string; titleAffiliation: string | null; visibility: SignatureVisibility };
  letter: { campaignSlug: string; letterSlug: string; letterTitle: string };
}) {
  const t = await getTranslations("signing.confirm.appearance");
  return (
    <section aria-labelledby="signature-appearance-heading" className="flex flex-col gap-2">
      <h2 id="signature-appearance-heading" className="text-xl font-bold">
        {t("heading")}
      </h2>
      {signature.visibility === "public" ? (
        <>
          <p>{t("listed")}</p>
          <p className="rounded-md border border-line bg-paper px-4 py-3">
            <span className="font-semibold">{signature.displayName}</span>
            {signature.titleAffiliation ? (
              <span className="text-ink-muted">, {signature.titleAffiliation}</span>
            ) : null}
          </p>
        </>
      ) : (
        <p>{t("withheld")}</p>
      )}
      <p>
        <Link href={letterPath(letter.campaignSlug, letter.letterSlug)} className="font-semibold">
          {t("toLetter", { letter: letter.letterTitle })}
        </Link>
      </p>
    </section>
  );
}
