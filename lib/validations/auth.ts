import { z } from "zod";
import { TOKEN_PATTERN } from "@/lib/domain/tokens";
import { requestLocale } from "./locale";
import { nameField } from "./names";

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, { message: "email.required" })
  .max(254, { message: "email.tooLong" })
  .pipe(z.email({ message: "email.invalid" }));

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, { message: "password.required" }).max(1024, { message: "password.tooLong" }),
  /** The language signed in in: the account's reminders are written in it. */
  locale: requestLocale.optional(),
});

export const PASSWORD_MIN_LENGTH = 10;

export const signUpSchema = z.object({
  name: nameField(
    z.string().trim().min(1, { message: "name.required" }).max(200, { message: "name.tooLong" }),
  ),
  email: emailSchema,
  password: z
    .string()
    .min(PASSWORD_MIN_LENGTH, { message: "password.tooShort" })
    .max(1024, { message: "password.tooLong" }),
  /** The language of the page: the confirmation e-mail's. */
  locale: requestLocale,
});

const newPassword = z
  .string()
  .min(PASSWORD_MIN_LENGTH, { message: "password.tooShort" })
  .max(1024, { message: "password.tooLong" });

/** A new password typed twice: when the second differs, the error is beside it. */
const typedTwice: [
  (v: { password: string; confirmPassword: string }) => boolean,
  { message: string; path: string[] },
] = [(v) => v.password === v.confirmPassword, { message: "password.mismatch", path: ["confirmPassword"] }];

const token = z.string().regex(TOKEN_PATTERN, { message: "account.tokenInvalid" });

export const confirmAccountSchema = z.object({ token });

export const forgotPasswordSchema = z.object({ email: emailSchema, locale: requestLocale });

export const resetPasswordSchema = z
  .object({ token, password: newPassword, confirmPassword: z.string().max(1024) })
  .refine(...typedTwice);

export const changePasswordSchema = z
  .object({
    currentPassword: z
      .string()
      .min(1, { message: "password.currentRequired" })
      .max(1024, { message: "password.tooLong" }),
    password: newPassword,
    confirmPassword: z.string().max(1024),
  })
  .refine(...typedTwice);
