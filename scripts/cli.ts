import { DataDirLockedError } from "@/db/lock";

/** Runs a command-line entry point: clear message and exit 1 on a held lock or any error. */
export function runCli(main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (error) => {
      if (error instanceof DataDirLockedError) console.error(`\n${error.message}\n`);
      else console.error(error);
      process.exit(1);
    },
  );
}
