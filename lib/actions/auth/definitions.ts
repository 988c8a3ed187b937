import { hitRateLimits } from "@/db/queries/rate-limits";
import { createUser } from "@/db/queries/users";
import { ActionError } from "@/lib/actions/result";
import type { ActionDefinition } from "@/lib/actions/safe-action";
import { hashPassword } from "@/lib/auth/password";
import { signUpLimitPerHour } from "@/lib/domain/rate-limit-config";
import { signUpSchema } from "@/lib/validations/auth";

/*
 * Sign-up is the one account write here: ./server.ts signs the new user in once this
 * definition's transaction has committed. Signing in and out write nothing of their
 * own (Auth.js and the throttle do), so they have no definition.
 */

export const signUpDefinition: ActionDefinition<typeof signUpSchema, { id: string; email: string }> = {
  name: "user.sign_up",
  access: { permission: "anyone" },
  schema: signUpSchema,
  onConflict: { field: "email", message: "errors.email.taken" },
  run: async ({ tx, input, ip, audit }) => {
    // Before the slow hash, so a flood of sign-ups costs one counter each. A refusal
    // rolls the hit back with the rest: only accounts made count.
    const limit = signUpLimitPerHour();
    if (limit > 0) {
      const [hits] = await hitRateLimits(tx, [{ key: `signup:ip:${ip}`, windowSeconds: 3600 }]);
      if (hits.count > limit) throw new ActionError("errors.signUp.rateLimited");
    }
    const passwordHash = await hashPassword(input.password);
    // New accounts are members of no organisation; owners or staff add them later.
    const user = await createUser(tx, { email: input.email, name: input.name, passwordHash, role: "member" });
    audit({
      action: "user.sign_up",
      entityType: "user",
      entityId: user.id,
      after: { email: user.email, role: user.role },
    });
    return { id: user.id, email: user.email };
  },
};
