import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/*
 * PGlite lets a second process open the same data directory, and then both write and
 * acknowledged rows are lost. This lock makes the second opener fail loudly instead.
 * A lock left by a process that no longer exists is taken over.
 */

export type LockHolder = { pid: number; hostname: string; command: string; since: string };

export class DataDirLockedError extends Error {
  constructor(
    readonly dir: string,
    readonly holder: LockHolder,
  ) {
    super(
      `The data directory ${dir} is in use by another Answerable process ` +
        `(pid ${holder.pid} on ${holder.hostname}, "${holder.command}", since ${holder.since}). ` +
        "Stop that process first, or point ANSWERABLE_DATA_DIR at another directory. " +
        "Two processes writing one embedded database lose data.",
    );
    this.name = "DataDirLockedError";
  }
}

const held = new Map<string, string>();

function lockFile(dir: string) {
  return path.join(dir, "answerable.lock");
}

function readHolder(file: string): LockHolder | null {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8")) as LockHolder;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Takes the data directory's lock for the life of this process; throws DataDirLockedError. */
export function acquireDataDirLock(dir: string): void {
  const file = lockFile(dir);
  if (held.has(file)) return;
  fs.mkdirSync(dir, { recursive: true });
  const me: LockHolder = {
    pid: process.pid,
    hostname: os.hostname(),
    command: process.argv
      .slice(1)
      .map((a) => path.basename(a))
      .join(" ")
      .slice(0, 200),
    since: new Date().toISOString(),
  };
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      fs.writeFileSync(file, JSON.stringify(me), { flag: "wx" });
      held.set(file, JSON.stringify(me));
      process.once("exit", () => releaseDataDirLock(dir));
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const holder = readHolder(file);
    if (holder && holder.pid === process.pid && holder.hostname === me.hostname) {
      held.set(file, JSON.stringify(holder));
      return;
    }
    if (holder && (holder.hostname !== me.hostname || isAlive(holder.pid))) {
      throw new DataDirLockedError(dir, holder);
    }
    takeOverStaleLock(file, holder);
  }
  throw new Error(`Could not take the lock on ${dir}; another process keeps racing for it.`);
}

/** Removes a dead holder's lock, guarded so two newcomers cannot both remove a fresh one. */
function takeOverStaleLock(file: string, stale: LockHolder | null) {
  const guard = `${file}.takeover`;
  try {
    fs.writeFileSync(guard, String(process.pid), { flag: "wx" });
  } catch {
    // Someone else is taking over; if they died doing so, clear their guard.
    const pid = Number(fs.readFileSync(guard, "utf8"));
    if (!pid || !isAlive(pid)) fs.rmSync(guard, { force: true });
    return;
  }
  try {
    const current = readHolder(file);
    if (JSON.stringify(current) === JSON.stringify(stale)) fs.rmSync(file, { force: true });
  } finally {
    fs.rmSync(guard, { force: true });
  }
}

export function releaseDataDirLock(dir: string): void {
  const file = lockFile(dir);
  const mine = held.get(file);
  if (!mine) return;
  held.delete(file);
  const holder = readHolder(file);
  if (holder && holder.pid === process.pid) fs.rmSync(file, { force: true });
}

export function readDataDirLock(dir: string): LockHolder | null {
  return readHolder(lockFile(dir));
}
