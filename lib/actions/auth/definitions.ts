import {
  claimAccountToken,
  confirmAccountEmail,
  findAccountByEmail,
  getPasswordHash,
  insertAccountToken,
  insertUserIfNew,
  setAccountPassword,
} from "@/db/queries/accounts";
import { hitRateLimits } from "@/db/queries/rate-limits";
import { ActionError } from "@/lib/actions/result";
import type { ActionDefinition } from "@/lib/actions/safe-action";
import { burnPasswordCheck, hashPassword, verifyPassword } from "@/lib/auth/password";
import { countSignInAttempt, recordSignInSuccess } from "@/lib/auth/throttle";
import { localePath } from "@/lib/domain/locales";
import { signUpLimitPerHour } from "@/lib/domain/rate-limit-config";
import { ACCOUNT_TOKEN_REFUSALS, createToken, hashToken } from "@/lib/domain/tokens";
import { confirmAccountPath, FORGOT_PASSWORD_PATH, resetPasswordPath, SIGN_IN_PATH } from "@/lib/domain/urls";
import { enqueueMail, type QueuedMail } from "@/lib/mail";
import { accountExistsMail, confirmAccountMail, resetPasswordMail } from "@/lib/mail/account-mail";
import { siteUrl } from "@/lib/server/env";
import { pseudonym } from "@/lib/server/secrets";
import {
  changePasswordSchema,
  confirmAccountSchema,
  forgotPasswordSchema,
  resetPasswordSchema,
  signUpSchema,
} from "@/lib/validations/auth";

/*
 * The account's own writes. ./server.ts delivers their e-mail once the transaction has
 * committed and hands the browser only what it may know: never whether an address has
 * an account. Signing in and out write nothing of their own here (Auth.js and the
 * throttle do), so they have no definition.
 */

/** How long a link to confirm a new account's address works. */
export const CONFIRM_ACCOUNT_HOURS = 48;
/** How long a password reset link works. */
export const RESET_PASSWORD_MINUTES = 60;
/** Reset e-mails to one address per hour; more requests are answered alike, with no mail. */
const RESET_MAILS_PER_ADDRESS_PER_HOUR = 3;
/** Reset requests from one connection per hour. */
const RESET_REQUESTS_PER_IP_PER_HOUR = 20;

/** What a sign-up or a reset request answers, whatever the address: the mail stays on the server. */
export type MailedAnswer = { email: string; mail: QueuedMail[] };

const queued = (mail: QueuedMail | null) => (mail ? [mail] : []);

/** The counter of sign-ups from one connection: a keyed hash of its IP address, never the address. */
export const signUpKey = (ip: string) => `signup:ip:${pseudonym(ip)}`;

export const signUpDefinition: ActionDefinition<typeof signUpSchema, MailedAnswer> = {
  name: "user.sign_up",
  access: { permission: "anyone" },
  schema: signUpSchema,
  run: async ({ tx, input, ip, audit }) => {
    // Before the slow hash, so a flood of sign-ups costs one counter each. Every attempt
    // counts, whether or not the address has an account; a refusal rolls its hit back.
    const limit = signUpLimitPerHour();
    if (limit > 0) {
      const [hits] = await hitRateLimits(tx, [{ key: signUpKey(ip), windowSeconds: 3600 }]);
      if (hits.count > limit) throw new ActionError("errors.signUp.rateLimited");
    }
    // Hashed either way, so an address with an account is not told apart by timing.
    const passwordHash = await hashPassword(input.password);
    // New accounts are members of no organisation; owners or staff add them later.
    const user = await insertUserIfNew(tx, { ...input, passwordHash, role: "member" });
    const base = siteUrl();
    if (!user) {
      // The address has an account: its owner hears of the attempt, the visitor sees
      // what any sign-up sees, and the account is unchanged.
      const owner = await findAccountByEmail(tx, { email: input.email });
      const mail = owner
        ? await enqueueMail(tx, {
            ...accountExistsMail({
              signInLink: `${base}${localePath(input.locale, SIGN_IN_PATH)}`,
              resetLink: `${base}${localePath(input.locale, FORGOT_PASSWORD_PATH)}`,
              locale: input.locale,
            }),
            locale: input.locale,
            to: owner.email,
            kind: "account_exists",
          })
        : null;
      return { email: input.email, mail: queued(mail) };
    }
    const { token, hash } = createToken();
    await insertAccountToken(tx, {
      userId: user.id,
      purpose: "verify_email",
      tokenHash: hash,
      expiresAt: new Date(Date.now() + CONFIRM_ACCOUNT_HOURS * 3600_000),
    });
    const mail = await enqueueMail(tx, {
      ...confirmAccountMail({
        name: input.name,
        link: `${base}${localePath(input.locale, confirmAccountPath(token))}`,
        locale: input.locale,
      }),
      locale: input.locale,
      to: input.email,
      kind: "account_confirm",
    });
    audit({
      action: "user.sign_up",
      entityType: "user",
      entityId: user.id,
      after: { email: input.email, role: "member" },
    });
    return { email: input.email, mail: queued(mail) };
  },
};

export const confirmAccountDefinition: ActionDefinition<typeof confirmAccountSchema, { confirmed: true }> = {
  name: "user.confirm_email",
  access: { permission: "anyone" },
  schema: confirmAccountSchema,
  run: async ({ tx, input, audit }) => {
    const claimed = await claimAccountToken(tx, {
      tokenHash: hashToken(input.token),
      purpose: "verify_email",
    });
    if ("refused" in claimed) throw new ActionError(ACCOUNT_TOKEN_REFUSALS[claimed.refused]);
    await confirmAccountEmail(tx, { id: claimed.userId });
    audit({ action: "user.confirm_email", entityType: "user", entityId: claimed.userId });
    return { confirmed: true };
  },
};

export const requestPasswordResetDefinition: ActionDefinition<typeof forgotPasswordSchema, MailedAnswer> = {
  name: "user.request_password_reset",
  access: { permission: "anyone" },
  schema: forgotPasswordSchema,
  run: async ({ tx, input, ip }) => {
    const [fromIp, toAddress] = await hitRateLimits(tx, [
      { key: `reset:ip:${pseudonym(ip)}`, windowSeconds: 3600 },
      { key: `reset:email:${pseudonym(input.email)}`, windowSeconds: 3600 },
    ]);
    if (fromIp.count > RESET_REQUESTS_PER_IP_PER_HOUR)
      throw new ActionError("errors.passwordReset.rateLimited");
    const account = await findAccountByEmail(tx, { email: input.email });
    if (!account || toAddress.count > RESET_MAILS_PER_ADDRESS_PER_HOUR)
      return { email: input.email, mail: [] };
    const { token, hash } = createToken();
    await insertAccountToken(tx, {
      userId: account.id,
      purpose: "reset_password",
      tokenHash: hash,
      expiresAt: new Date(Date.now() + RESET_PASSWORD_MINUTES * 60_000),
    });
    const mail = await enqueueMail(tx, {
      ...resetPasswordMail({
        link: `${siteUrl()}${localePath(input.locale, resetPasswordPath(token))}`,
        minutes: RESET_PASSWORD_MINUTES,
        locale: input.locale,
      }),
      locale: input.locale,
      to: account.email,
      kind: "password_reset",
    });
    return { email: input.email, mail: queued(mail) };
  },
};

export const resetPasswordDefinition: ActionDefinition<typeof resetPasswordSchema, { reset: true }> = {
  name: "user.reset_password",
  access: { permission: "anyone" },
  schema: resetPasswordSchema,
  run: async ({ tx, input, audit }) => {
    const claimed = await claimAccountToken(tx, {
      tokenHash: hashToken(input.token),
      purpose: "reset_password",
    });
    if ("refused" in claimed) throw new ActionError(ACCOUNT_TOKEN_REFUSALS[claimed.refused]);
    const passwordHash = await hashPassword(input.password);
    const account = await setAccountPassword(tx, { id: claimed.userId, passwordHash });
    if (!account) throw new ActionError("errors.account.tokenInvalid");
    // The link came to the address: it is the person's, whether or not it was confirmed.
    await confirmAccountEmail(tx, { id: claimed.userId });
    audit({ action: "user.reset_password", entityType: "user", entityId: claimed.userId });
    return { reset: true };
  },
};

/**
 * A wrong current password is an answer, not a refusal: a refusal would roll back the
 * attempt's count, and the count is what stops a stolen session guessing it.
 */
export type PasswordChange =
  | { status: "changed"; email: string }
  | { status: "wrongPassword" }
  | { status: "rateLimited"; minutes: number };

export const changePasswordDefinition: ActionDefinition<typeof changePasswordSchema, PasswordChange> = {
  name: "user.change_password",
  access: { permission: "signed_in" },
  schema: changePasswordSchema,
  run: async ({ tx, input, actor, ip, audit }) => {
    if (!actor) throw new ActionError("errors.signInRequired");
    const verdict = await countSignInAttempt(tx, { email: actor.email, ip });
    if (verdict.refusedUntil) {
      const minutes = Math.max(1, Math.ceil((verdict.refusedUntil.getTime() - Date.now()) / 60_000));
      return { status: "rateLimited", minutes };
    }
    const stored = await getPasswordHash(tx, { id: actor.id });
    let right = false;
    if (stored) right = await verifyPassword(input.currentPassword, stored);
    else await burnPasswordCheck(input.currentPassword);
    if (!right) return { status: "wrongPassword" };
    await recordSignInSuccess(tx, { email: actor.email, ip, countedAt: verdict.countedAt });
    const account = await setAccountPassword(tx, {
      id: actor.id,
      passwordHash: await hashPassword(input.password),
    });
    if (!account) throw new ActionError("errors.signInRequired");
    audit({ action: "user.change_password", entityType: "user", entityId: actor.id });
    return { status: "changed", email: account.email };
  },
};
