import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ActorDto } from "@/db/queries/users";
import { can, type SitePermission } from "@/lib/permissions";

const SECTIONS: Array<{ key: string; href: string; permission: SitePermission }> = [
  { key: "dashboard", href: "/staff", permission: "staff.access" },
  { key: "campaigns", href: "/staff/campaigns", permission: "campaign.manage" },
  { key: "letters", href: "/staff/letters", permission: "letter.manage" },
  { key: "organisations", href: "/staff/organisations", permission: "organisation.manage" },
  { key: "targets", href: "/staff/targets", permission: "target.manage" },
  { key: "signatures", href: "/staff/signatures", permission: "signature.moderate" },
  { key: "import", href: "/staff/import", permission: "signature.import" },
  { key: "outbox", href: "/staff/outbox", permission: "outbox.read" },
  { key: "users", href: "/staff/users", permission: "user.manage" },
  { key: "audit", href: "/staff/audit", permission: "audit.read" },
];

/** The workspace's sections, each shown only to those who may open it. */
export async function StaffNav({ user }: { user: ActorDto }) {
  const t = await getTranslations("staffNav");
  return (
    <nav aria-label={t("label")} className="border-b border-line bg-paper-deep">
      <ul className="mx-auto flex max-w-6xl flex-wrap gap-x-1 gap-y-1 px-4 py-2 text-sm sm:px-6">
        {SECTIONS.filter((s) => can(user, s.permission)).map((section) => (
          <li key={section.key}>
            <Link
              href={section.href}
              className="inline-flex min-h-11 items-center rounded-md px-3 font-medium text-ink no-underline hover:bg-surface"
            >
              {t(section.key)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
