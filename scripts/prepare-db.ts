/* `npm run dev` runs this first: migrations, and the demo story on an empty embedded database. */
import { closeDb, getDb } from "@/db";
import { usesExternalDatabase } from "@/db/config";
import { runMigrations } from "@/db/migrate";
import { isDatabaseEmpty } from "@/db/queries/health";
import { seedDemo } from "@/lib/jobs/seed-demo";
import { ensureAuthSecret } from "@/lib/server/secrets";
import { runCli } from "./cli";

runCli(async () => {
  ensureAuthSecret();
  await runMigrations();
  if (!usesExternalDatabase() && (await isDatabaseEmpty(getDb()))) {
    await seedDemo(getDb());
    console.log("Seeded the demo story.");
  }
  await closeDb();
});
