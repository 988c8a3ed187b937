import { type ChildProcess, spawn } from "node:child_process";

/**
 * Starts `npm start`'s server (scripts/start.ts) in its own process group on 127.0.0.1,
 * resolves once it says it is ready, and stops it with the group. For the bench and the
 * Lighthouse run, which measure the app as it is served in production.
 */
export async function startAppServer(
  port: number,
  env: Record<string, string>,
): Promise<{ child: ChildProcess; stop: () => void }> {
  const child = spawn(process.execPath, ["--require", "tsx/cjs", "scripts/start.ts"], {
    env: {
      ...process.env,
      PORT: String(port),
      HOSTNAME_BIND: "127.0.0.1",
      NODE_ENV: "production",
      ...env,
    },
    stdio: ["ignore", "pipe", "inherit"],
    detached: true,
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on("data", (chunk) => {
      if (String(chunk).includes("ready on")) resolve();
    });
    child.on("exit", (code) => reject(new Error(`server exited with ${code}`)));
  });
  const stop = () => {
    if (child.pid && child.exitCode === null && child.signalCode === null)
      process.kill(-child.pid, "SIGTERM");
  };
  return { child, stop };
}
