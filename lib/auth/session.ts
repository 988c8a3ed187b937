import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/db";
import { type ActorDto, getActorById } from "@/db/queries/users";
import { redirectInLocale } from "@/i18n/server-navigation";
import { can, type SitePermission } from "@/lib/domain/permissions";
import { auth } from "./index";

/**
 * The signed-in user for this request, with role and organisations read from the
 * database (not the token), so role changes and disabled accounts apply at once; null
 * when the token's session version is stale (signed out elsewhere, password changed).
 */
export const getCurrentUser = cache(async (): Promise<ActorDto | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  return getActorById(getDb(), { id, sessionVersion: session.user.sessionVersion ?? 0 });
});

/** For pages: the signed-in user, or a redirect to sign in (in the page's language; `returnTo` without one). */
export async function requireUser(returnTo: string): Promise<ActorDto> {
  const user = await getCurrentUser();
  if (!user) return redirectInLocale(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}

/** For pages: the user if they hold `permission`; anyone else sees a 404. */
export async function requirePermission(permission: SitePermission, returnTo: string): Promise<ActorDto> {
  const user = await requireUser(returnTo);
  if (!can(user, permission)) notFound();
  return user;
}
