import { getTranslations } from "next-intl/server";
import { buttonClasses } from "@/components/ui/button";
import { Link } from "@/components/ui/link";

/** For visitors not signed in: organisations sign through an account they authorised. */
export async function SignInNote({ href }: { href: string }) {
  const t = await getTranslations("signing.form");
  return (
    <div className="mt-2 flex flex-col items-start gap-4">
      <p className="text-ink-muted">{t("signInNote")}</p>
      <Link href={href} className={buttonClasses("secondary")}>
        {t("signInLink")}
      </Link>
    </div>
  );
}
