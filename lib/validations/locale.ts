import { z } from "zod";
import { LOCALES, toLocale } from "@/lib/domain/locales";

/**
 * The language a form was filled in (its hidden LOCALE_FIELD), or a JSON request's
 * `locale`: the language of what the action writes back (its e-mails) and of the
 * signature or follow it stores. Never a refusal: a missing or unknown one ("fr") is the
 * default language, and "ko-KR" is Korean. No "server-only" here: the account schemas
 * that use it are read by the command-line scripts too.
 */
export const requestLocale = z.preprocess(toLocale, z.enum(LOCALES));
