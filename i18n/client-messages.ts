import { messages } from "@/messages/en";

type Namespace = keyof typeof messages;

/*
 * Client components get only the namespaces they use, so a public page does not ship
 * the whole catalog (staff forms included) to every visitor.
 */
const PUBLIC_CLIENT: Namespace[] = [
  "nav",
  "error",
  "errors",
  "auth",
  "signing",
  "timeline",
  "account",
  "roles",
];
const STAFF_CLIENT: Namespace[] = [
  ...PUBLIC_CLIENT,
  "home",
  "campaign",
  "staff",
  "staffUsers",
  "staffMembers",
  "staffLetters",
  "staffImport",
  "staffCampaigns",
  "staffCampaignForms",
  "staffTargets",
  "staffResolutions",
  "staffOrganisations",
];

function pick(namespaces: Namespace[]) {
  return Object.fromEntries(namespaces.map((n) => [n, messages[n]]));
}

export const publicClientMessages = pick(PUBLIC_CLIENT);
export const staffClientMessages = pick(STAFF_CLIENT);
