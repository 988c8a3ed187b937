import { z } from "zod";
import { cleanName } from "@/lib/domain/text";

/*
 * No "server-only" here: the command-line user:create script reads names through the
 * sign-up schema too.
 */

/**
 * A name field (a signatory's name or title, an organisation's or a target's name, a
 * user's name): `schema` checks the text once cleanName has taken out control and
 * bidirectional-override characters. Every name field goes through this one helper.
 */
export const nameField = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (typeof value === "string" ? cleanName(value) : value), schema);
