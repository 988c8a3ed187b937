import { messages } from "@/messages/en";

type Namespace = keyof typeof messages;

/*
 * Client components get only the strings they use. Every page has the header's account
 * menu, the error page and the timeline's filter; pages with a form (signing, confirming,
 * signing in, the account) add the forms' strings and every refusal they can show
 * (FormMessages); staff pages add their own. A cached public page so ships about a
 * kilobyte of strings, not the whole catalog.
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

function pick(namespaces: Namespace[]) {
  return Object.fromEntries(namespaces.map((n) => [n, messages[n]]));
}

export const publicClientMessages = {
  nav: messages.nav,
  error: messages.error,
  timeline: { filter: messages.timeline.filter },
};
/** Following's forms need its page words, not the e-mails' or the staff counts'. */
const { mail: _mail, staff: _staff, ...followingForms } = messages.following;
export const formClientMessages = { ...publicClientMessages, ...pick(FORMS), following: followingForms };
export const staffClientMessages = { ...formClientMessages, ...pick(STAFF) };
