import { notFound } from "next/navigation";
import { type LocaleParams, routeLocale } from "@/i18n/route-locale";

/**
 * Any address under a language that no route serves (/ko/nowhere, and the server's
 * NOT_FOUND_PATH): the language's 404 page (../not-found.tsx), inside the root layout.
 */
export default async function UnknownPage({ params }: { params: LocaleParams }) {
  await routeLocale(params);
  notFound();
}
