import { type LocaleParams, routeLocale } from "@/i18n/route-locale";
import { redirectInLocale } from "@/i18n/server-navigation";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/domain/permissions";
import { SIGNED_IN_PATH } from "@/lib/domain/urls";

/** Where signing in leads when no page asked for it: staff to their dashboard, members to their account. */
export default async function SignedInPage({ params }: { params: LocaleParams }) {
  await routeLocale(params);
  const user = await requireUser(SIGNED_IN_PATH);
  await redirectInLocale(can(user, "staff.access") ? "/staff" : "/account");
}
