import fs from "node:fs";
import path from "node:path";
import type { OrgRole, Permission, SiteRole } from "@/lib/domain/permissions";
import { EXPECTED, ORG_PERMISSION_ADMITS, SITE_PERMISSION_ADMITS } from "../helpers/action-permissions";
import { type APIRequestContext, type APIResponse, expect, request, test } from "../helpers/test";
import { DEMO_PASSWORD } from "../pages/sign-in-page";

/*
 * Every server action of the built app, called with raw HTTP requests as each kind of
 * caller, and checked against the permission table (tests/helpers/action-permissions.ts).
 * A server action is a POST to a page with a Next-Action header naming the action's id;
 * the ids are in the build's server-reference manifest, which also says which exported
 * function each id is. The body is what React's encodeReply makes of the arguments
 * (previous state, form data). Every request is one a browser could send, with input
 * that passes the permission check but fails validation (or names nothing that
 * exists), so the walk changes no demo data.
 */

type Caller = "anonymous" | "member" | "other" | "staff" | "admin";

const CALLERS: Record<Caller, { email?: string; name?: string; role?: SiteRole; csw?: OrgRole }> = {
  anonymous: {},
  // Signer for CSW: the organisation whose id the organisation actions carry.
  member: { email: "member@answerable.example", name: "Demo Member (CSW)", role: "member", csw: "signer" },
  // Owner of another organisation: owning one organisation gives nothing over CSW.
  other: {
    email: "other@answerable.example",
    name: "Demo Member (Open Door Rights Network)",
    role: "member",
  },
  staff: { email: "staff@answerable.example", name: "Demo Staff", role: "staff" },
  admin: { email: "admin@answerable.example", name: "Demo Admin", role: "admin" },
};

/**
 * Each exported server function, by file and export name, and the registry entry it
 * runs. The few that are not registry actions say how they are guarded instead.
 */
const EXPORTS: Record<string, string> = {
  "lib/actions/auth/server.ts#signInAction": "user.sign_in",
  "lib/actions/auth/server.ts#signUpAction": "user.sign_up",
  "lib/actions/auth/server.ts#signOutAction": "user.sign_out",
  "lib/actions/auth/server.ts#confirmAccountAction": "user.confirm_email",
  "lib/actions/auth/server.ts#requestPasswordResetAction": "user.request_password_reset",
  "lib/actions/auth/server.ts#resetPasswordAction": "user.reset_password",
  "lib/actions/auth/server.ts#changePasswordAction": "user.change_password",
  "lib/actions/users/server.ts#setUserRoleAction": "user.set_role",
  "lib/actions/organisation-members/server.ts#addOrganisationMemberAction": "organisation_member.add",
  "lib/actions/organisation-members/server.ts#setOrganisationMemberRoleAction":
    "organisation_member.set_role",
  "lib/actions/organisation-members/server.ts#removeOrganisationMemberAction": "organisation_member.remove",
  "lib/actions/import/server.ts#importWizardAction": "signature.import_wizard",
  "lib/actions/signing/server.ts#signOrganisationAction": "sign.organisation",
  "lib/actions/signing/server.ts#withdrawOrganisationSignatureAction": "sign.organisation_withdraw",
  "lib/actions/signing/server.ts#signIndividualAction": "sign.individual",
  "lib/actions/signing/server.ts#confirmSignatureAction": "sign.confirm",
  "lib/actions/signing/server.ts#approveSignaturesAction": "signature.approve",
  "lib/actions/signing/server.ts#rejectSignaturesAction": "signature.reject",
  "lib/actions/campaigns/server.ts#createCampaignAction": "campaign.create",
  "lib/actions/campaigns/server.ts#updateCampaignAction": "campaign.update",
  "lib/actions/campaigns/server.ts#createAskAction": "ask.create",
  "lib/actions/campaigns/server.ts#updateAskAction": "ask.update",
  "lib/actions/campaigns/server.ts#recordAskOutcomeAction": "ask.record_outcome",
  "lib/actions/campaigns/server.ts#retractAskAction": "ask.retract",
  "lib/actions/campaigns/server.ts#createEventAction": "event.create",
  "lib/actions/campaigns/server.ts#updateEventAction": "event.update",
  "lib/actions/campaigns/server.ts#retractEventAction": "event.retract",
  "lib/actions/campaigns/server.ts#recordResponseAction": "response.create",
  "lib/actions/campaigns/server.ts#updateResponseAction": "response.update",
  "lib/actions/campaigns/server.ts#retractResponseAction": "response.retract",
  "lib/actions/targets/server.ts#createTargetAction": "target.create",
  "lib/actions/targets/server.ts#updateTargetAction": "target.update",
  "lib/actions/targets/server.ts#setTargetHolidaysAction": "target.set_holidays",
  "lib/actions/organisations/server.ts#createOrganisationAction": "organisation.create",
  "lib/actions/organisations/server.ts#updateOrganisationAction": "organisation.update",
  "lib/actions/organisations/server.ts#addCoalitionMemberAction": "coalition.add_member",
  "lib/actions/organisations/server.ts#endCoalitionMembershipAction": "coalition.end_membership",
  "lib/actions/letters/server.ts#createLetterAction": "letter.create",
  "lib/actions/letters/server.ts#updateLetterAction": "letter.update",
  "lib/actions/letters/server.ts#openSigningAction": "letter.open_signing",
  "lib/actions/letters/server.ts#returnToDraftAction": "letter.return_to_draft",
  "lib/actions/letters/server.ts#sendLetterAction": "letter.send",
  "lib/actions/letters/server.ts#closeLetterAction": "letter.close",
  "lib/actions/resolutions/server.ts#createBodyAction": "un_body.create",
  "lib/actions/resolutions/server.ts#createSessionAction": "un_session.create",
  "lib/actions/resolutions/server.ts#updateSessionAction": "un_session.update",
  "lib/actions/resolutions/server.ts#createResolutionAction": "resolution.create",
  "lib/actions/resolutions/server.ts#createResolutionTextAction": "resolution_text.create",
  "lib/actions/resolutions/server.ts#updateResolutionTextAction": "resolution_text.update",
  "lib/actions/resolutions/server.ts#retractPositionAction": "position.retract",
  "lib/actions/resolutions/server.ts#pastePositionsAction": "position.paste",
  "lib/actions/resolutions/server.ts#pasteMembershipsAction": "membership.paste",
  "lib/actions/privacy/server.ts#requestDataLinkAction": "privacy.request_link",
  "lib/actions/privacy/server.ts#withdrawOwnSignatureAction": "privacy.withdraw",
  "lib/actions/privacy/server.ts#requestErasureAction": "privacy.request_erasure",
  "lib/actions/privacy/server.ts#eraseRequestAction": "privacy.erase",
  "lib/actions/privacy/server.ts#declineRequestAction": "privacy.decline",
  "lib/actions/translations/server.ts#saveLetterTranslationAction": "letter.save_translation",
  "lib/actions/translations/server.ts#deleteLetterTranslationAction": "letter.delete_translation",
  "lib/actions/translations/server.ts#saveCampaignTranslationAction": "campaign.save_translation",
  "lib/actions/translations/server.ts#deleteCampaignTranslationAction": "campaign.delete_translation",
  "lib/actions/translations/server.ts#saveAskTranslationAction": "ask.save_translation",
  "lib/actions/translations/server.ts#deleteAskTranslationAction": "ask.delete_translation",
  "lib/actions/translations/server.ts#saveEventTranslationAction": "event.save_translation",
  "lib/actions/translations/server.ts#deleteEventTranslationAction": "event.delete_translation",
  "lib/actions/translations/server.ts#saveResponseTranslationAction": "response.save_translation",
  "lib/actions/translations/server.ts#deleteResponseTranslationAction": "response.delete_translation",
  "lib/actions/translations/server.ts#setLetterOriginalAction": "letter.set_original_language",
  "lib/actions/translations/server.ts#setCampaignOriginalAction": "campaign.set_original_language",
  "lib/actions/following/server.ts#confirmFollowAction": "follow.confirm",
  "lib/actions/following/server.ts#followFromSignatureAction": "follow.from_signature",
  "lib/actions/following/server.ts#followFromAccountAction": "follow.account",
  "lib/actions/following/server.ts#stopAccountFollowAction": "follow.account_stop",
  "lib/actions/following/server.ts#requestSubscriptionsLinkAction": "subscriptions.request_link",
  "lib/actions/following/server.ts#changeFollowAction": "subscriptions.change_follow",
  "lib/actions/following/server.ts#signatureNewsAction": "subscriptions.signature_news",
  "lib/actions/following/server.ts#unsubscribeAction": "subscriptions.unsubscribe",
};

/**
 * Server functions that write nothing of their own, so they are not registry actions:
 * signing in and out (Auth.js does the work), and the import page's steps before the
 * import itself, which check the import permission in the function.
 */
const UNREGISTERED: Record<string, Permission | "anyone"> = {
  "user.sign_in": "anyone",
  "user.sign_out": "anyone",
  "signature.import_wizard": "signature.import",
  // A pasted list's preview: the save it ends in is the registry action below.
  "position.paste": "resolution.manage",
  "membership.paste": "resolution.manage",
};

/** Registry actions run only from inside another server function, which the walk calls. */
const REACHED_THROUGH: Record<string, string> = {
  // The import page's last step runs the import (lib/actions/import/service.ts).
  "signature.import": "signature.import_wizard",
  // A pasted list is saved by the last step of its preview (lib/actions/resolutions/paste.ts).
  "position.record": "position.paste",
  "membership.record": "membership.paste",
};

const REFUSALS = ["errors.signInRequired", "errors.notAllowed"];

const permissionOf = (action: string) => EXPECTED[action] ?? UNREGISTERED[action];

type ManifestEntry = { workers: Record<string, unknown>; filename?: string; exportedName?: string };
type Endpoint = { id: string; key: string; action: string; page: string };

const NO_SUCH_ID = "00000000-0000-4000-8000-000000000000";

function readManifest(): Record<string, ManifestEntry> {
  const file = path.resolve(".next/server/server-reference-manifest.json");
  expect(fs.existsSync(file), `${file} is missing: build the app first`).toBe(true);
  const manifest = JSON.parse(fs.readFileSync(file, "utf8"));
  return { ...manifest.node, ...manifest.edge };
}

/** A page that imports the action: "app/[locale]/(staff)/staff/campaigns/[id]/page" → "/staff/campaigns/0000…". */
function pageOf(entry: ManifestEntry): string {
  const pages = Object.keys(entry.workers)
    .filter((w) => w.startsWith("app/[locale]/") && w.endsWith("/page"))
    .map((w) =>
      w
        .slice("app/[locale]".length, -"/page".length)
        .replace(/\/\([^)]+\)/g, "")
        .replace(/\[[^\]]+\]/g, NO_SUCH_ID),
    );
  // A page without dynamic segments when there is one, else any.
  return pages.find((p) => !p.includes(NO_SUCH_ID)) ?? pages[0] ?? "/";
}

/** The exports of every "use server" module in the source, as "file#name". */
function sourceExports(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.tsx?$/.test(entry.name)) {
        const text = fs.readFileSync(full, "utf8");
        if (!/^\s*(["'])use server\1/.test(text.replace(/^(\s*\/\/.*\n|\s*\/\*[\s\S]*?\*\/)*/, ""))) continue;
        for (const m of text.matchAll(/^export\s+(?:async\s+function|const|let|function)\s+(\w+)/gm))
          found.push(`${path.relative(process.cwd(), full).split(path.sep).join("/")}#${m[1]}`);
      }
    }
  };
  for (const dir of ["app", "lib", "components"]) walk(path.resolve(dir));
  return found.sort();
}

/** The arguments (previous state, form data) as React's encodeReply sends them. */
function encodeArguments(fields: Record<string, string>): FormData {
  const body = new FormData();
  for (const [key, value] of Object.entries(fields)) body.append(`_1_${key}`, value);
  // The root goes last, as React sends it: the server resolves "$K1" from the parts before it.
  body.append("0", JSON.stringify([null, "$K1"]));
  return body;
}

/** The action's return value from a React Server Components reply. */
function actionResult(body: string): Record<string, unknown> | null {
  const rows = new Map<string, string>();
  for (const line of body.split("\n")) {
    const match = /^([0-9a-f]+):(.*)$/.exec(line);
    if (match) rows.set(match[1], match[2]);
  }
  const root = rows.has("0") ? JSON.parse(rows.get("0")!) : null;
  const value = root?.a;
  if (typeof value === "string" && value.startsWith("$@")) {
    const row = rows.get(value.slice(2));
    return row ? JSON.parse(row) : null;
  }
  return value && typeof value === "object" ? value : null;
}

async function callAction(
  caller: APIRequestContext,
  endpoint: Endpoint,
  fields: Record<string, string>,
  baseURL: string,
): Promise<{ response: APIResponse; result: Record<string, unknown> | null }> {
  const response = await caller.post(endpoint.page, {
    headers: { "Next-Action": endpoint.id, Accept: "text/x-component", Origin: baseURL },
    multipart: encodeArguments(fields),
    maxRedirects: 0,
  });
  const text = await response.text();
  return {
    response,
    result: response.headers()["content-type"]?.includes("text/x-component") ? actionResult(text) : null,
  };
}

async function signIn(baseURL: string, email: string): Promise<APIRequestContext> {
  const context = await request.newContext({ baseURL });
  const { csrfToken } = await (await context.get("/api/auth/csrf")).json();
  const reply = await context.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password: DEMO_PASSWORD, callbackUrl: "/account" },
    maxRedirects: 0,
  });
  expect(reply.status(), `signing in as ${email}`).toBeLessThan(400);
  return context;
}

const whoAmI = async (context: APIRequestContext) => (await context.get("/api/me")).json();

test("every exported server action is in the walk, and every registry action has one", () => {
  expect(sourceExports()).toEqual(Object.keys(EXPORTS).sort());
  const reached = new Set(Object.values(EXPORTS));
  for (const [action, through] of Object.entries(REACHED_THROUGH))
    if (reached.has(through)) reached.add(action);
  for (const action of Object.keys(EXPECTED))
    expect(reached, `${action} has no server function`).toContain(action);
  for (const action of reached)
    expect(permissionOf(action), `${action} has no expected permission`).toBeDefined();
});

test("raw requests to every server action are allowed or refused as the permission table says", async ({
  baseURL,
}) => {
  test.setTimeout(180_000);
  const manifest = readManifest();
  const endpoints: Endpoint[] = [];
  const uncovered: string[] = [];
  for (const [id, entry] of Object.entries(manifest)) {
    const key = `${entry.filename}#${entry.exportedName}`;
    const action = EXPORTS[key];
    if (action) endpoints.push({ id, key, action, page: pageOf(entry) });
    else uncovered.push(key);
  }
  expect(uncovered, "server actions in the build that this walk does not know").toEqual([]);
  expect(endpoints.length).toBeGreaterThan(30);
  // Signing out ends the caller's session: it goes last.
  endpoints.sort((a, b) => Number(a.action === "user.sign_out") - Number(b.action === "user.sign_out"));
  const unreachable = Object.keys(EXPORTS).filter((key) => !endpoints.some((e) => e.key === key));
  if (unreachable.length > 0)
    test.info().annotations.push({
      type: "not reachable over HTTP (no page imports them)",
      description: unreachable.join(", "),
    });

  const contexts = {} as Record<Caller, APIRequestContext>;
  for (const [caller, who] of Object.entries(CALLERS) as Array<[Caller, (typeof CALLERS)[Caller]]>) {
    contexts[caller] = who.email ? await signIn(baseURL!, who.email) : await request.newContext({ baseURL });
    const me = await whoAmI(contexts[caller]);
    expect(me, `${caller} is signed in as themselves`).toMatchObject(
      who.email ? { signedIn: true, name: who.name } : { signedIn: false },
    );
  }

  // The organisation actions carry CSW's id: its signer may act for it, nobody else.
  const organisations = await (await contexts.admin.get("/staff/organisations?q=CSW")).text();
  const cswId = /href="\/staff\/organisations\/([0-9a-f-]{36})"[^>]*>CSW</.exec(organisations)?.[1];
  expect(cswId, "CSW's id on the staff organisations page").toBeTruthy();

  const problems: string[] = [];
  for (const endpoint of endpoints) {
    const permission = permissionOf(endpoint.action);
    const fields: Record<string, string> = permission.startsWith("org.")
      ? { organisationId: cswId!, letterId: NO_SUCH_ID, signatureId: NO_SUCH_ID, visibility: "public" }
      : {};
    for (const [caller, who] of Object.entries(CALLERS) as Array<[Caller, (typeof CALLERS)[Caller]]>) {
      const allowed =
        permission === "anyone"
          ? true
          : !who.role
            ? false
            : permission === "signed_in"
              ? true
              : permission.startsWith("org.")
                ? who.csw !== undefined &&
                  ORG_PERMISSION_ADMITS[permission as keyof typeof ORG_PERMISSION_ADMITS].includes(who.csw)
                : SITE_PERMISSION_ADMITS[permission as keyof typeof SITE_PERMISSION_ADMITS].includes(
                    who.role,
                  );
      const { response, result } = await callAction(contexts[caller], endpoint, fields, baseURL!);
      const label = `${endpoint.key} (${endpoint.action}) as ${caller} → ${response.status()} ${JSON.stringify(result)}`;

      if (endpoint.action === "user.sign_out") {
        // Anyone may sign out: a redirect home, with the session cookie cleared.
        const redirect = response.headers()["x-action-redirect"]?.split(";")[0];
        if (response.status() >= 400 || !redirect || new URL(redirect, baseURL).pathname !== "/")
          problems.push(`${label} → ${redirect}: expected a redirect home`);
        continue;
      }
      if (response.status() !== 200 || !result) {
        problems.push(`${label}: expected the action's result`);
        continue;
      }
      const error = typeof result.error === "string" ? result.error : null;
      const expectedRefusal = caller === "anonymous" ? "errors.signInRequired" : "errors.notAllowed";
      if (!allowed) {
        if (error !== expectedRefusal) problems.push(`${label}: expected ${expectedRefusal}`);
      } else if (endpoint.action === "signature.import_wizard") {
        // Past the permission check, a form that names no step is shown the first step again.
        if (error !== null || result.step !== "upload") problems.push(`${label}: expected the upload step`);
      } else if (permission.startsWith("org.")) {
        // Past the permission check (which needs valid input), the letter or signature does not exist.
        if (result.ok !== false || !error || [...REFUSALS, "errors.checkFields"].includes(error))
          problems.push(`${label}: expected a refusal about what the input names, not the caller`);
      } else if (error !== "errors.checkFields") {
        // Past the permission check, the empty form fails validation: nothing is written.
        problems.push(`${label}: expected errors.checkFields`);
      }
    }
  }
  expect(problems).toEqual([]);

  // Signing out went through for everyone: nobody is signed in any more.
  for (const caller of Object.keys(CALLERS) as Caller[]) {
    if (endpoints.some((e) => e.action === "user.sign_out"))
      expect(await whoAmI(contexts[caller]), `${caller} after signing out`).toMatchObject({
        signedIn: false,
      });
    await contexts[caller].dispose();
  }
});
