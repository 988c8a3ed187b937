import { type ChildProcess, spawn } from "node:child_process";

/*
 * A further `npm start` process for the browser tests that need more than the suite's
 * own server: two instances on one database, or a server killed and started again.
 * Runs scripts/start.ts as `npm start` does, in its own process group, on 127.0.0.1,
 * and keeps what it printed.
 */

export type AppInstance = {
  child: ChildProcess;
  baseURL: string;
  /** Everything the process printed, stdout and stderr. */
  output: () => string;
  /** Sends `signal` to the process group and waits for the process to end. */
  stop: (signal?: NodeJS.Signals) => Promise<number | null>;
};

/** The ports of the tests' extra instances: E2E_PORT + 10 and + 11 (3215, 3216 for 3205). */
export function extraPort(n: 0 | 1): number {
  return Number(process.env.E2E_PORT || 3100) + 10 + n;
}

/** Starts scripts/start.ts with `env` on `port` and resolves once it is ready. */
export async function startInstance(port: number, env: Record<string, string>): Promise<AppInstance> {
  const child = spawn(process.execPath, ["--require", "tsx/cjs", "scripts/start.ts"], {
    env: {
      ...process.env,
      PORT: String(port),
      HOSTNAME_BIND: "127.0.0.1",
      NODE_ENV: "production",
      ANSWERABLE_MAINTENANCE_INTERVAL_SECONDS: "0",
      TRUSTED_PROXY_HOPS: "1",
      SMTP_URL: "",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let printed = "";
  child.stdout?.on("data", (chunk) => {
    printed += chunk;
  });
  child.stderr?.on("data", (chunk) => {
    printed += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    const check = setInterval(() => {
      if (printed.includes("ready on")) {
        clearInterval(check);
        resolve();
      }
    }, 50);
    void exited.then((code) => {
      clearInterval(check);
      reject(new Error(`the server on ${port} exited with ${code} before it was ready:\n${printed}`));
    });
  });
  return {
    child,
    baseURL: `http://127.0.0.1:${port}`,
    output: () => printed,
    stop: async (signal = "SIGTERM") => {
      if (child.exitCode === null && child.signalCode === null && child.pid) {
        try {
          process.kill(-child.pid, signal);
        } catch {
          // already gone
        }
      }
      return exited;
    },
  };
}
