/*
 * Who may do what, in one table. Site roles grant site-wide permissions; organisation
 * roles grant permissions over one organisation. `can()` is the only check; the proxy
 * never decides anything.
 */

export const SITE_ROLES = ["admin", "staff", "member"] as const;
export const ORG_ROLES = ["owner", "signer", "viewer"] as const;

export type SiteRole = (typeof SITE_ROLES)[number];
export type OrgRole = (typeof ORG_ROLES)[number];

export const SITE_PERMISSIONS = {
  "staff.access": ["admin", "staff"],
  "campaign.read_unpublished": ["admin", "staff"],
  "campaign.manage": ["admin", "staff"],
  "letter.manage": ["admin", "staff"],
  "response.manage": ["admin", "staff"],
  "event.manage": ["admin", "staff"],
  "target.manage": ["admin", "staff"],
  "resolution.manage": ["admin", "staff"],
  "organisation.manage": ["admin", "staff"],
  "signature.moderate": ["admin", "staff"],
  "signature.import": ["admin", "staff"],
  "signature.export_private": ["admin", "staff"],
  "outbox.read": ["admin", "staff"],
  "privacy.manage": ["admin", "staff"],
  "user.manage": ["admin"],
  "audit.read": ["admin"],
} as const satisfies Record<string, readonly SiteRole[]>;

export const ORG_PERMISSIONS = {
  "org.view": ["owner", "signer", "viewer"],
  "org.sign": ["owner", "signer"],
  "org.withdraw": ["owner", "signer"],
  "org.manage_members": ["owner"],
} as const satisfies Record<string, readonly OrgRole[]>;

export type SitePermission = keyof typeof SITE_PERMISSIONS;
export type OrgPermission = keyof typeof ORG_PERMISSIONS;
export type Permission = SitePermission | OrgPermission;

/** What a check needs to know about the person asking. */
export type Actor = {
  id: string;
  role: SiteRole;
  organisations: ReadonlyArray<{ organisationId: string; role: OrgRole }>;
};

function isOrgPermission(permission: Permission): permission is OrgPermission {
  return permission in ORG_PERMISSIONS;
}

/**
 * Whether `actor` may do `permission`; organisation permissions need the organisation.
 * Site staff do not get organisation permissions: signing for an organisation takes
 * someone that organisation authorised.
 */
export function can(
  actor: Actor | null | undefined,
  permission: Permission,
  scope?: { organisationId: string },
): boolean {
  if (!actor) return false;
  if (isOrgPermission(permission)) {
    if (!scope) return false;
    const membership = actor.organisations.find((m) => m.organisationId === scope.organisationId);
    return (
      membership !== undefined &&
      (ORG_PERMISSIONS[permission] as readonly OrgRole[]).includes(membership.role)
    );
  }
  return (SITE_PERMISSIONS[permission] as readonly SiteRole[]).includes(actor.role);
}

/** Organisations the actor may act for with `permission` (e.g. those it may sign for). */
export function organisationsWhere(actor: Actor | null | undefined, permission: OrgPermission): string[] {
  if (!actor) return [];
  return actor.organisations
    .filter((m) => (ORG_PERMISSIONS[permission] as readonly OrgRole[]).includes(m.role))
    .map((m) => m.organisationId);
}
