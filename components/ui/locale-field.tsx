import { useLocale } from "next-intl";
import { LOCALE_FIELD } from "@/lib/validations/form-fields";

/**
 * The hidden field that tells an action which language its form was filled in, so the
 * e-mails it sends (and the signature or follow it stores) are in that language.
 */
export function LocaleField() {
  return <input type="hidden" name={LOCALE_FIELD} value={useLocale()} />;
}
