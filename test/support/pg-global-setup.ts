import type { TestProject } from "vitest/node";
import { startPgServer } from "./pg-server.js";

declare module "vitest" {
  export interface ProvidedContext {
    pgUrl: string;
  }
}

/**
 * Starts one throwaway Postgres server for the whole run (each test file makes its own database
 * on it). Fails the run, with what to install, when none can be started: the Postgres tests are
 * part of the suite, not optional.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startPgServer();
  project.provide("pgUrl", server.url);
  return () => server.stop();
}
