/* The demo story as data (./story.ts, ./sample.ts, ./accounts.ts), written by ./writer.ts. */
export { DEMO_ACCOUNTS, DEMO_PASSWORD, type DemoAccount } from "./accounts";
export { type PasswordHasher, writeDemoStory } from "./writer";
