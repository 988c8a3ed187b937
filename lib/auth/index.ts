import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { getDb } from "@/db";
import { getCredentialsByEmail } from "@/db/queries/users";
import { clientIp } from "@/lib/server/request";
import { signInSchema } from "@/lib/validations/auth";
import { authConfig } from "./config";
import { burnPasswordCheck, verifyPassword } from "./password";
import { checkSignIn, clearSignInFailures, recordSignInFailure } from "./throttle";

/** Refused because of too many failures; the code carries the minutes left. */
export class TooManySignInAttempts extends CredentialsSignin {
  constructor(minutes: number) {
    super();
    this.code = `rate_limited:${minutes}`;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  logger: {
    // A wrong password is an everyday event, not a server error worth a stack trace.
    error(error) {
      if (error instanceof CredentialsSignin || error.name === "CredentialsSignin") return;
      console.error("[auth]", error);
    },
  },
  providers: [
    Credentials({
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(raw, request) {
        const parsed = signInSchema.safeParse(raw);
        if (!parsed.success) return null;
        const { email, password } = parsed.data;
        const db = getDb();
        const ip = clientIp(request.headers);
        const verdict = await checkSignIn(db, { email, ip });
        if (verdict.refusedUntil) {
          const minutes = Math.max(1, Math.ceil((verdict.refusedUntil.getTime() - Date.now()) / 60_000));
          throw new TooManySignInAttempts(minutes);
        }
        if (verdict.delayMs > 0) await sleep(verdict.delayMs);
        const user = await getCredentialsByEmail(db, { email });
        let ok = false;
        if (user?.passwordHash && !user.disabledAt) ok = await verifyPassword(password, user.passwordHash);
        else await burnPasswordCheck(password);
        if (!ok || !user) {
          await recordSignInFailure(db, { email, ip });
          return null;
        }
        await clearSignInFailures(db, { email });
        return { id: user.id, email, role: user.role };
      },
    }),
  ],
});
