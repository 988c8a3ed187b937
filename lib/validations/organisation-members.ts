import "server-only";
import { z } from "zod";
import { ORG_ROLES } from "@/lib/domain/permissions";
import { emailSchema } from "./auth";

/*
 * Admins' forms for who may act for an organisation. The user's page adds a membership
 * by choosing the organisation (the user is a hidden field); the organisation's page
 * adds one by e-mail address (the organisation is a hidden field). Messages are keys
 * under "errors" in messages/en/core.json.
 */

const blank = (value: unknown) =>
  value === undefined || value === null || (typeof value === "string" && value.trim() === "")
    ? undefined
    : value;

const organisationId = z.preprocess(
  (value) => blank(value) ?? null,
  z
    .uuid({ message: "organisation.required" })
    .nullable()
    .pipe(z.string({ message: "organisation.required" })),
);
const userId = z.uuid({ message: "choice.invalid" });
const role = z.enum(ORG_ROLES, { message: "member.roleRequired" });

export const memberAddSchema = z
  .object({
    organisationId,
    userId: z.preprocess(blank, userId.optional()),
    email: z.preprocess(blank, emailSchema.optional()),
    role,
  })
  .superRefine((v, ctx) => {
    if (!v.userId && !v.email)
      ctx.addIssue({ code: "custom", path: ["email"], message: "member.emailRequired" });
  });

export const memberSetRoleSchema = z.object({ organisationId, userId, role });

export const memberRemoveSchema = z.object({ organisationId, userId });
