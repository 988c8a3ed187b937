import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { isPgEnum, type PgEnum } from "drizzle-orm/pg-core";
import { describe, expect, it } from "vitest";
import * as schema from "@/db/schema";

/*
 * The value lists live in lib/domain and db/schema.ts builds its Postgres enums from
 * them; reordering or renaming a value there would change the database. The migrations
 * are what the database really holds: each enum must read the same, in the same order.
 */

const migrations = path.resolve(__dirname, "../../db/migrations");

/** Every enum as the migrations leave it: created, then values added. */
function migratedEnums(): Map<string, string[]> {
  const enums = new Map<string, string[]>();
  const files = readdirSync(migrations)
    .filter((f) => f.endsWith(".sql"))
    .sort();
  for (const file of files) {
    const sql = readFileSync(path.join(migrations, file), "utf8");
    for (const m of sql.matchAll(/CREATE TYPE "public"\."(\w+)" AS ENUM\(([^)]*)\)/g)) {
      enums.set(
        m[1],
        [...m[2].matchAll(/'([^']*)'/g)].map((v) => v[1]),
      );
    }
    for (const m of sql.matchAll(/ALTER TYPE "public"\."(\w+)" ADD VALUE '([^']*)'/g)) {
      enums.get(m[1])?.push(m[2]);
    }
    for (const m of sql.matchAll(/DROP TYPE "public"\."(\w+)"/g)) enums.delete(m[1]);
  }
  return enums;
}

const schemaEnums = Object.values(schema as Record<string, unknown>).filter(
  (v): v is PgEnum<[string, ...string[]]> => isPgEnum(v),
);

describe("the schema's enums", () => {
  it("are built from the lists in lib/domain", () => {
    expect(schemaEnums.length).toBeGreaterThan(0);
  });

  it("hold the values the migrations created, in the same order", () => {
    const migrated = migratedEnums();
    for (const e of schemaEnums) {
      expect({ name: e.enumName, values: migrated.get(e.enumName) }).toEqual({
        name: e.enumName,
        values: [...e.enumValues],
      });
    }
  });
});
