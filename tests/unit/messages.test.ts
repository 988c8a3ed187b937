import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { messages } from "@/messages/en";

const dir = path.resolve("messages/en");
const files = fs.readdirSync(dir).filter((f) => f.endsWith(".json"));

function lookup(key: string): unknown {
  return key
    .split(".")
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages);
}

describe("the English message catalog", () => {
  it("never defines one top-level namespace in two files", () => {
    const seen = new Map<string, string>();
    for (const file of files) {
      for (const namespace of Object.keys(JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")))) {
        expect(seen.get(namespace), `${namespace} in ${file}`).toBeUndefined();
        seen.set(namespace, file);
      }
    }
  });

  it("has a message for every error key the validation schemas can produce", () => {
    const walk = (p: string): string[] => {
      const full = path.resolve(p);
      if (fs.statSync(full).isDirectory()) return fs.readdirSync(full).flatMap((f) => walk(path.join(p, f)));
      return /\.(ts|tsx)$/.test(p) ? [fs.readFileSync(full, "utf8")] : [];
    };
    const sources = ["lib/validations", "lib/actions", "app"].flatMap(walk);
    const keys = new Set<string>();
    for (const source of sources) {
      for (const match of source.matchAll(/message: "([a-z]+\.[a-zA-Z]+)"/g)) keys.add(`errors.${match[1]}`);
      for (const match of source.matchAll(/"(errors\.[a-zA-Z.]+)"/g)) keys.add(match[1]);
    }
    expect(keys.size).toBeGreaterThan(5);
    for (const key of keys) expect(typeof lookup(key), key).toBe("string");
  });
});
