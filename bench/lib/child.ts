import { spawn, type ChildProcess } from "node:child_process";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import type { ChildMessage, ParentMessage } from "../servers/ipc.js";

export interface ChildServer {
  proc: ChildProcess;
  port: number;
  /** Milliseconds from spawn to the child's ready message, as the parent saw it. */
  spawnToReadyMs: number;
  ready: Extract<ChildMessage, { type: "ready" }>;
  memory(): Promise<Extract<ChildMessage, { type: "memory" }>>;
  stop(): Promise<void>;
}

const root = fileURLToPath(new URL("../..", import.meta.url));

/**
 * Runs a bench server script (TypeScript, through tsx) in its own process with --expose-gc and an
 * IPC channel, and waits for its ready message. The child is killed if it is not ready in time.
 */
export function startChild(script: string, args: string[], opts: { env?: NodeJS.ProcessEnv; replaceEnv?: boolean; timeoutMs?: number } = {}): Promise<ChildServer> {
  const t0 = performance.now();
  const proc = spawn(process.execPath, ["--expose-gc", "--import", "tsx", fileURLToPath(new URL(`../servers/${script}`, import.meta.url)), ...args], {
    cwd: root,
    env: opts.replaceEnv ? opts.env : { ...process.env, ...opts.env },
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const next = <T extends ChildMessage["type"]>(type: T, timeoutMs: number): Promise<Extract<ChildMessage, { type: T }>> =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`${script}: no ${type} message within ${timeoutMs} ms`));
      }, timeoutMs);
      const onMessage = (m: ChildMessage) => {
        if (m.type !== type) return;
        cleanup();
        resolve(m as Extract<ChildMessage, { type: T }>);
      };
      const onExit = (code: number | null) => {
        cleanup();
        reject(new Error(`${script} exited (code ${code}) before sending ${type}`));
      };
      const cleanup = () => {
        clearTimeout(timer);
        proc.off("message", onMessage);
        proc.off("exit", onExit);
      };
      proc.on("message", onMessage);
      proc.once("exit", onExit);
    });
  const ask = (m: ParentMessage) => proc.send(m);

  return next("ready", opts.timeoutMs ?? 30_000).then(
    (ready) => ({
      proc,
      port: ready.port,
      spawnToReadyMs: performance.now() - t0,
      ready,
      memory() {
        const p = next("memory", 10_000);
        ask({ type: "memory" });
        return p;
      },
      stop() {
        return new Promise<void>((resolve) => {
          if (proc.exitCode !== null) return resolve();
          const timer = setTimeout(() => proc.kill("SIGKILL"), 5_000);
          proc.once("exit", () => (clearTimeout(timer), resolve()));
          ask({ type: "stop" });
        });
      },
    }),
    (err: unknown) => {
      proc.kill("SIGKILL");
      throw err;
    },
  );
}

/** Runs a bench script to completion and returns the figures of its result message. */
export function runToResult(script: string, args: string[], opts: { timeoutMs: number }): Promise<Record<string, number>> {
  const proc = spawn(process.execPath, ["--expose-gc", "--import", "tsx", fileURLToPath(new URL(`../servers/${script}`, import.meta.url)), ...args], {
    cwd: root,
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  return new Promise((resolve, reject) => {
    let values: Record<string, number> | undefined;
    const timer = setTimeout(() => proc.kill("SIGKILL"), opts.timeoutMs);
    proc.on("message", (m: ChildMessage) => {
      if (m.type === "result") values = m.values;
    });
    proc.once("exit", (code) => {
      clearTimeout(timer);
      if (values) resolve(values);
      else reject(new Error(`${script} ended (code ${code}) without a result${code === null ? `: killed after ${opts.timeoutMs} ms` : ""}`));
    });
  });
}
