import type { Locale } from "@/lib/domain/locales";
import { messages as en } from "@/messages/en";
import { messages as ko } from "@/messages/ko";

type Catalog = typeof en;
type Namespace = keyof Catalog;

/*
 * Client components get only the strings they use, in the page's language, when React
 * runs the page. Every page has the header's account menu and the error page; pages with
 * a form (signing, confirming, signing in, the account) add the forms' strings and every
 * refusal they can show (FormMessages); staff pages add their own. Plain pages
 * (lib/server/plain-page.ts) send none: their HTML is all there is.
 */
const FORMS: Namespace[] = ["errors", "auth", "signing", "account", "roles", "privacy"];
const STAFF: Namespace[] = [
  "timeline",
  "home",
  "campaign",
  "staff",
  "staffUsers",
  "staffMembers",
  "staffLetters",
  "staffImport",
  "staffCampaigns",
  "staffCampaignForms",
  "staffResolutions",
  "staffTargets",
  "staffOrganisations",
  "staffTranslations",
  "contentLanguage",
];

function subsets(messages: Catalog) {
  const pick = (namespaces: Namespace[]) => Object.fromEntries(namespaces.map((n) => [n, messages[n]]));
  const publicMessages = {
    nav: messages.nav,
    error: messages.error,
  };
  // Following's forms need its page words, not the e-mails' or the staff counts'.
  const { mail: _mail, staff: _staff, ...followingForms } = messages.following;
  const forms = { ...publicMessages, ...pick(FORMS), following: followingForms };
  return { public: publicMessages, forms, staff: { ...forms, ...pick(STAFF) } };
}

const SUBSETS: Record<Locale, ReturnType<typeof subsets>> = { "en-GB": subsets(en), ko: subsets(ko) };

/** The strings every page's client components use. */
export function publicClientMessages(locale: Locale) {
  return SUBSETS[locale].public;
}

/** The strings of pages with forms. */
export function formClientMessages(locale: Locale) {
  return SUBSETS[locale].forms;
}

/** The strings of staff pages. */
export function staffClientMessages(locale: Locale) {
  return SUBSETS[locale].staff;
}
