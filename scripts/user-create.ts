/*
 * Creates a user from the command line, e.g. the first admin in production:
 *   npm run user:create -- --email you@example.org --role admin [--name "Your Name"]
 * The password is asked for at the prompt, or read from standard input when piped.
 */
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { z } from "zod";
import { closeDb, getDb } from "@/db";
import { runMigrations } from "@/db/migrate";
import { writeAudit } from "@/db/queries/audit-log";
import { createUser } from "@/db/queries/users";
import { hashPassword } from "@/lib/auth/password";
import { SITE_ROLES } from "@/lib/domain/permissions";
import { emailSchema, PASSWORD_MIN_LENGTH } from "@/lib/validations/auth";
import { runCli } from "./cli";

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    let data = "";
    for await (const chunk of process.stdin) data += chunk;
    return data.split(/\r?\n/)[0] ?? "";
  }
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  const output = rl as unknown as { _writeToOutput: (s: string) => void; output: NodeJS.WriteStream };
  const ask = (question: string) =>
    new Promise<string>((resolve) => {
      let muted = false;
      output._writeToOutput = (s: string) => {
        if (!muted) output.output.write(s);
      };
      rl.question(question, (answer) => {
        output.output.write("\n");
        resolve(answer);
      });
      muted = true;
    });
  const first = await ask("Password: ");
  const second = await ask("Repeat password: ");
  rl.close();
  if (first !== second) throw new Error("The two passwords differ.");
  return first;
}

runCli(async () => {
  const { values } = parseArgs({
    options: {
      email: { type: "string" },
      role: { type: "string", default: "member" },
      name: { type: "string" },
    },
  });
  const args = z
    .object({ email: emailSchema, role: z.enum(SITE_ROLES), name: z.string().trim().max(200).optional() })
    .safeParse(values);
  if (!args.success) {
    console.error(
      "Usage: npm run user:create -- --email you@example.org --role admin|staff|member [--name NAME]",
    );
    process.exit(2);
  }
  const password = await readPassword();
  if (password.length < PASSWORD_MIN_LENGTH) {
    console.error(`The password must be at least ${PASSWORD_MIN_LENGTH} characters.`);
    process.exit(2);
  }
  const db = getDb();
  await runMigrations();
  const passwordHash = await hashPassword(password);
  const user = await db
    .transaction(async (tx) => {
      const created = await createUser(tx, {
        email: args.data.email,
        name: args.data.name ?? null,
        passwordHash,
        role: args.data.role,
        // Made by whoever runs the server: the address needs no confirming by mail.
        emailVerified: new Date(),
      });
      await writeAudit(tx, {
        actorUserId: null,
        ip: "cli",
        entries: [{ action: "user.create_cli", entityType: "user", entityId: created.id, after: created }],
      });
      return created;
    })
    .catch((error) => {
      if ((error as { code?: string }).code === "23505" || String(error?.cause?.code) === "23505") {
        console.error(`A user with the e-mail ${args.data.email} already exists.`);
        process.exit(1);
      }
      throw error;
    });
  console.log(`Created ${user.role} ${user.email}.`);
  await closeDb();
});
