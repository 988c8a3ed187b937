import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { getDb } from "@/db";
import { endSessionsOfVersion } from "@/db/queries/accounts";
import { clientIp } from "@/lib/server/request";
import { signInSchema } from "@/lib/validations/auth";
import { authConfig } from "./config";
import { checkCredentials } from "./credentials";

/** Refused because of too many failures; the code carries the minutes left. */
export class TooManySignInAttempts extends CredentialsSignin {
  constructor(minutes: number) {
    super();
    this.code = `rate_limited:${minutes}`;
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  logger: {
    // A wrong password is an everyday event, not a server error worth a stack trace.
    error(error) {
      if (error instanceof CredentialsSignin || error.name === "CredentialsSignin") return;
      console.error("[auth]", error);
    },
  },
  events: {
    // Signing out ends the session everywhere, not only in this browser: a copy of the
    // cookie stops working at its next request. Only the current session may do it, so
    // an old copy cannot sign the owner out.
    async signOut(message) {
      const token = "token" in message ? message.token : null;
      if (!token?.sub) return;
      const sessionVersion = typeof token.sessionVersion === "number" ? token.sessionVersion : 0;
      await endSessionsOfVersion(getDb(), { id: token.sub, sessionVersion });
    },
  },
  providers: [
    Credentials({
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(raw, request) {
        const parsed = signInSchema.safeParse(raw);
        if (!parsed.success) return null;
        const result = await checkCredentials(getDb(), { ...parsed.data, ip: clientIp(request.headers) });
        if (result.ok) return result.user;
        if (result.refusedUntil) {
          const minutes = Math.max(1, Math.ceil((result.refusedUntil.getTime() - Date.now()) / 60_000));
          throw new TooManySignInAttempts(minutes);
        }
        return null;
      },
    }),
  ],
});
