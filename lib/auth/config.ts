import type { NextAuthConfig } from "next-auth";
import type { SiteRole } from "@/lib/domain/permissions";

/*
 * The part of the Auth.js config that needs no database, shared by the proxy.
 * The JWT carries the user id, the role and the account's session version at sign-in;
 * every request re-reads the role from the database and refuses a token whose version
 * is no longer the account's (lib/auth/session.ts), so a role change takes effect at
 * once and signing out, or a password change, ends every copy of the session.
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
        token.sessionVersion = (user as { sessionVersion?: number }).sessionVersion ?? 0;
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub) {
        session.user.id = token.sub;
        session.user.role = (token.role as SiteRole | undefined) ?? "member";
        // Tokens issued before versions existed count as the first version.
        session.user.sessionVersion = typeof token.sessionVersion === "number" ? token.sessionVersion : 0;
      }
      return session;
    },
  },
} satisfies NextAuthConfig;

declare module "next-auth" {
  interface Session {
    user: {
      id: string;
      role: SiteRole;
      sessionVersion: number;
      email?: string | null;
      name?: string | null;
    };
  }
}
