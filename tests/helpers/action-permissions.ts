import {
  type OrgPermission,
  type OrgRole,
  type Permission,
  SITE_PERMISSIONS,
  type SitePermission,
  type SiteRole,
} from "@/lib/domain/permissions";

/**
 * Every registered action and the permission it must check: the expectation that both
 * authorization walks (unit: executeAction; e2e: raw HTTP requests) hold the app to.
 * A new action without an entry here fails both.
 */
export const EXPECTED: Record<string, Permission | "anyone" | "signed_in"> = {
  "sign.organisation": "org.sign",
  "sign.organisation_withdraw": "org.withdraw",
  "sign.individual": "anyone",
  "sign.confirm": "anyone",
  "signature.approve": "signature.moderate",
  "signature.reject": "signature.moderate",
  "campaign.create": "campaign.manage",
  "campaign.update": "campaign.manage",
  "ask.create": "campaign.manage",
  "ask.update": "campaign.manage",
  "ask.record_outcome": "campaign.manage",
  "ask.retract": "campaign.manage",
  "event.create": "event.manage",
  "event.update": "event.manage",
  "event.retract": "event.manage",
  "response.create": "response.manage",
  "response.update": "response.manage",
  "response.retract": "response.manage",
  "target.create": "target.manage",
  "target.update": "target.manage",
  "target.set_holidays": "target.manage",
  "un_body.create": "resolution.manage",
  "un_session.create": "resolution.manage",
  "un_session.update": "resolution.manage",
  "resolution.create": "resolution.manage",
  "resolution_text.create": "resolution.manage",
  "resolution_text.update": "resolution.manage",
  "position.record": "resolution.manage",
  "position.retract": "resolution.manage",
  "membership.record": "resolution.manage",
  "organisation.create": "organisation.manage",
  "organisation.update": "organisation.manage",
  "coalition.add_member": "organisation.manage",
  "coalition.end_membership": "organisation.manage",
  "letter.create": "letter.manage",
  "letter.update": "letter.manage",
  "letter.open_signing": "letter.manage",
  "letter.return_to_draft": "letter.manage",
  "letter.send": "letter.manage",
  "letter.close": "letter.manage",
  "signature.import": "signature.import",
  // Whoever may edit a record may edit its translations.
  "letter.save_translation": "letter.manage",
  "letter.delete_translation": "letter.manage",
  "campaign.save_translation": "campaign.manage",
  "campaign.delete_translation": "campaign.manage",
  "ask.save_translation": "campaign.manage",
  "ask.delete_translation": "campaign.manage",
  "event.save_translation": "event.manage",
  "event.delete_translation": "event.manage",
  "response.save_translation": "response.manage",
  "response.delete_translation": "response.manage",
  "letter.set_original_language": "letter.manage",
  "campaign.set_original_language": "campaign.manage",
  "user.sign_up": "anyone",
  "user.confirm_email": "anyone",
  "user.request_password_reset": "anyone",
  "user.reset_password": "anyone",
  "user.change_password": "signed_in",
  "user.set_role": "user.manage",
  "organisation_member.add": "user.manage",
  "organisation_member.set_role": "user.manage",
  "organisation_member.remove": "user.manage",
  "privacy.request_link": "anyone",
  "privacy.withdraw": "anyone",
  "privacy.request_erasure": "anyone",
  "privacy.decline": "privacy.manage",
  "privacy.erase": "privacy.manage",
  "follow.confirm": "anyone",
  "follow.from_signature": "anyone",
  "follow.account": "signed_in",
  "follow.account_stop": "signed_in",
  "subscriptions.request_link": "anyone",
  "subscriptions.change_follow": "anyone",
  "subscriptions.signature_news": "anyone",
  "subscriptions.unsubscribe": "anyone",
};

/** The site permissions only admins hold. */
const ADMIN_ONLY: readonly SitePermission[] = ["user.manage", "audit.read"];

/**
 * Which site roles each site permission admits: admins and staff, or admins alone; never
 * members. The policy is stated here, not read from lib/domain/permissions.ts's table: the
 * tests check the app against it, so a permission widened or narrowed there fails them.
 */
export const SITE_PERMISSION_ADMITS = Object.fromEntries(
  (Object.keys(SITE_PERMISSIONS) as SitePermission[]).map(
    (permission): [SitePermission, readonly SiteRole[]] => [
      permission,
      ADMIN_ONLY.includes(permission) ? ["admin"] : ["admin", "staff"],
    ],
  ),
) as Record<SitePermission, readonly SiteRole[]>;

/** Which roles in an organisation each organisation permission admits (stated here on purpose too). */
export const ORG_PERMISSION_ADMITS: Record<OrgPermission, readonly OrgRole[]> = {
  "org.view": ["owner", "signer", "viewer"],
  "org.sign": ["owner", "signer"],
  "org.withdraw": ["owner", "signer"],
  "org.manage_members": ["owner"],
};
