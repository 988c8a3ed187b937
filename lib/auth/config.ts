import type { NextAuthConfig } from "next-auth";
import type { SiteRole } from "@/lib/domain/permissions";

/*
 * The part of the Auth.js config that needs no database, shared by the proxy.
 * The JWT carries the user id and the role at sign-in; permission checks re-read the
 * role from the database on every request (lib/auth/session.ts), so a role change
 * takes effect at once.
 */
export const authConfig = {
  pages: { signIn: "/sign-in" },
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  trustHost: true,
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) {
        token.sub = user.id;
        token.role = (user as { role?: SiteRole }).role ?? "member";
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub) {
        session.user.id = token.sub;
        session.user.role = (token.role as SiteRole | undefined) ?? "member";
      }
      return session;
    },
  },
} satisfies NextAuthConfig;

declare module "next-auth" {
  interface Session {
    user: { id: string; role: SiteRole; email?: string | null; name?: string | null };
  }
}
