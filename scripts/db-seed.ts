import { closeDb, databaseKind, getDb, pgliteDir } from "@/db";
import { DataDirLockedError } from "@/db/lock";
import { runMigrations } from "@/db/migrate";
import { seedDemo } from "@/lib/jobs/seed-demo";

/* npm run db:seed — applies migrations, then writes the demo story once. */

async function main(): Promise<void> {
  let db: ReturnType<typeof getDb>;
  try {
    // Opened first so a locked data directory is reported plainly, before anything runs.
    db = getDb();
  } catch (error) {
    if (error instanceof DataDirLockedError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  await runMigrations();
  const { created } = await seedDemo(db);
  const where = databaseKind() === "postgres" ? "PostgreSQL" : pgliteDir();
  console.log(
    created ? `Seeded the demo story into ${where}` : "Demo story already present; nothing changed",
  );
}

main()
  .then(() => closeDb())
  .catch(async (error) => {
    console.error(error);
    await closeDb();
    process.exit(1);
  });
