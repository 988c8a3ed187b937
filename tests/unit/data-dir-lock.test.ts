import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { acquireDataDirLock, DataDirLockedError, readDataDirLock, releaseDataDirLock } from "@/db/lock";

// Run TypeScript in this node process (not a tsx wrapper), so the child pid is the holder's.
const node = (script: string) => [process.execPath, ["--import", "tsx", script]] as const;
const children: ChildProcess[] = [];
const dirs: string[] = [];

function tempDir() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "answerable-lock-"));
  dirs.push(dir);
  return dir;
}

function env(dir: string) {
  const { DATABASE_URL: _ignored, ...rest } = process.env;
  return { ...rest, ANSWERABLE_DATA_DIR: dir };
}

/** Starts a process that opens the embedded database in `dir` and holds it. */
async function holdLock(dir: string): Promise<ChildProcess> {
  const child = spawn(...node("tests/helpers/hold-lock.ts"), {
    env: env(dir),
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on("data", (chunk) => String(chunk).includes("ready") && resolve());
    child.on("exit", (code) => reject(new Error(`holder exited early with ${code}`)));
  });
  return child;
}

function migrate(dir: string) {
  return spawnSync(...node("scripts/db-migrate.ts"), { env: env(dir), encoding: "utf8", timeout: 60_000 });
}

afterEach(() => {
  for (const child of children.splice(0)) child.kill("SIGKILL");
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe("data directory lock", () => {
  it("refuses a second process at once, naming the directory and the holder", async () => {
    const dir = tempDir();
    const holder = await holdLock(dir);
    const started = Date.now();
    const second = migrate(dir);
    expect(second.status).toBe(1);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(second.stderr).toContain(dir);
    expect(second.stderr).toContain(`pid ${holder.pid}`);
    expect(second.stdout).not.toContain("Migrations applied");
  });

  it("takes over a lock left behind by a process that died", async () => {
    const dir = tempDir();
    const holder = await holdLock(dir);
    holder.kill("SIGKILL");
    await new Promise((resolve) => holder.once("exit", resolve));
    expect(readDataDirLock(dir)?.pid).toBe(holder.pid);
    const next = migrate(dir);
    expect(next.stderr).toBe("");
    expect(next.status).toBe(0);
    expect(next.stdout).toContain("Migrations applied");
    // The taker released the lock when it exited.
    expect(readDataDirLock(dir)).toBeNull();
  });

  it("is re-entrant within one process and released on request", () => {
    const dir = tempDir();
    acquireDataDirLock(dir);
    acquireDataDirLock(dir);
    expect(readDataDirLock(dir)?.pid).toBe(process.pid);
    releaseDataDirLock(dir);
    expect(readDataDirLock(dir)).toBeNull();
  });

  it("refuses in-process when a live process holds it", async () => {
    const dir = tempDir();
    const holder = await holdLock(dir);
    expect(() => acquireDataDirLock(dir)).toThrow(DataDirLockedError);
    expect(() => acquireDataDirLock(dir)).toThrow(`pid ${holder.pid}`);
  });
});
