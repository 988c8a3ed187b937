import { z } from "zod";
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
});
