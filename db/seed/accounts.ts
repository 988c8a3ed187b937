import type { OrgRole, UserRole } from "@/db/schema";
import { OTHER_ORG_SLUG } from "./sample";
import { CSW_SLUG } from "./story";

/* The demo's sign-in accounts: one for each role, all with one published password. */

export const DEMO_PASSWORD = "answerable-demo";

export type DemoAccount = {
  email: string;
  name: string;
  role: UserRole;
  organisationSlug?: string;
  orgRole?: OrgRole;
};

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { email: "admin@answerable.example", name: "Demo Admin", role: "admin" },
  { email: "staff@answerable.example", name: "Demo Staff", role: "staff" },
  {
    email: "member@answerable.example",
    name: "Demo Member (CSW)",
    role: "member",
    organisationSlug: CSW_SLUG,
    orgRole: "signer",
  },
  {
    email: "other@answerable.example",
    name: "Demo Member (Open Door Rights Network)",
    role: "member",
    organisationSlug: OTHER_ORG_SLUG,
    orgRole: "owner",
  },
];

/** The account that creates the demo's campaign, events and letter versions. */
export const DEMO_STAFF_EMAIL = "staff@answerable.example";
