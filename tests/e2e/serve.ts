/*
 * The browser tests' server: a fresh database every run, then exactly what `npm start`
 * does. With DATABASE_URL, that database (which must be local) is emptied and seeded.
 */
import fs from "node:fs";
import { emptyLocalDatabase } from "../helpers/local-database";

async function main() {
  const url = process.env.DATABASE_URL;
  if (url) {
    await emptyLocalDatabase(url);
    process.env.ANSWERABLE_SEED = "1";
  } else {
    const dir = process.env.ANSWERABLE_DATA_DIR;
    if (!dir?.includes("e2e")) throw new Error("Set ANSWERABLE_DATA_DIR to a dedicated e2e directory.");
    fs.rmSync(dir, { recursive: true, force: true });
  }
  await import("../../scripts/start");
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
