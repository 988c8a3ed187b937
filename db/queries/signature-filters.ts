import { and, eq, isNotNull } from "drizzle-orm";
import { signatures } from "@/db/schema";

/*
 * Conditions on signatures that several query modules share. No "server-only" here:
 * the staff dashboard's queries also run in the reminders script, in plain Node.
 */

/**
 * Waiting for staff: pending and confirmed by the signatory. (Pending without
 * confirmedAt is an individual who has not followed the e-mail link yet: nothing for
 * staff to decide.)
 */
export const awaitingApproval = and(eq(signatures.status, "pending"), isNotNull(signatures.confirmedAt));
