// Runs once before the suites: finds out whether PostgreSQL is there and says so loudly.
import type { TestProject } from "vitest/node";
import { POSTGRES_ADMIN_URL, probePostgres } from "./postgres.js";

declare module "vitest" {
  export interface ProvidedContext {
    postgres: boolean;
  }
}

export default async function setup(project: TestProject): Promise<void> {
  const up = await probePostgres();
  project.provide("postgres", up);
  if (up) return;
  const banner = `\n${"!".repeat(78)}\n!! PostgreSQL is not reachable at ${POSTGRES_ADMIN_URL}\n!! The PostgreSQL store tests are SKIPPED. Start it (see README, Tests) to run them.\n${"!".repeat(78)}\n`;
  if (process.env.CI) throw new Error(`PostgreSQL is required in CI but not reachable at ${POSTGRES_ADMIN_URL}`);
  process.stderr.write(banner);
}
