import { getTranslations } from "next-intl/server";
import type { ActorDto } from "@/db/queries/users";
import { can, type SitePermission } from "@/lib/domain/permissions";
import { StaffNavLinks } from "./staff-nav-links";

const SECTIONS: Array<{ key: string; href: string; permission: SitePermission }> = [
  { key: "dashboard", href: "/staff", permission: "staff.access" },
  { key: "campaigns", href: "/staff/campaigns", permission: "campaign.manage" },
  { key: "letters", href: "/staff/letters", permission: "letter.manage" },
  { key: "translations", href: "/staff/translations", permission: "staff.access" },
  { key: "organisations", href: "/staff/organisations", permission: "organisation.manage" },
  { key: "targets", href: "/staff/targets", permission: "target.manage" },
  { key: "resolutions", href: "/staff/resolutions", permission: "resolution.manage" },
  { key: "signatures", href: "/staff/signatures", permission: "signature.moderate" },
  { key: "import", href: "/staff/import", permission: "signature.import" },
  { key: "outbox", href: "/staff/outbox", permission: "outbox.read" },
  { key: "privacy", href: "/staff/privacy", permission: "privacy.manage" },
  { key: "users", href: "/staff/users", permission: "user.manage" },
  { key: "audit", href: "/staff/audit", permission: "audit.read" },
];

/** The workspace's sections, each shown only to those who may open it. */
export async function StaffNav({ user }: { user: ActorDto }) {
  const t = await getTranslations("staffNav");
  const items = SECTIONS.filter((s) => can(user, s.permission)).map((s) => ({
    key: s.key,
    href: s.href,
    label: t(s.key),
  }));
  return (
    <nav aria-label={t("label")} className="border-b border-line bg-paper-deep print:hidden">
      {/* The header's width and padding, so the sections line up with the site name above. */}
      <div className="mx-auto max-w-5xl px-4 sm:px-6">
        <StaffNavLinks items={items} />
      </div>
    </nav>
  );
}
