import { eq } from "drizzle-orm";
import type { Db } from "@/db";
import { type ActorDto, getActorById } from "@/db/queries/users";
import { letters, users } from "@/db/schema";

/* Looking things up in the demo story (seedDemo), by the names it gives them. */

/** An account of the demo story (seedDemo), by its e-mail, as every action sees it. */
export async function demoActor(db: Db, email: string): Promise<ActorDto> {
  const [user] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  if (!user) throw new Error(`the demo has no account ${email}`);
  return (await getActorById(db, { id: user.id }))!;
}

/** A demo letter's id, by its slug. */
export async function demoLetterId(db: Db, slug: string): Promise<string> {
  const [letter] = await db.select({ id: letters.id }).from(letters).where(eq(letters.slug, slug));
  if (!letter) throw new Error(`the demo has no letter ${slug}`);
  return letter.id;
}
