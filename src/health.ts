import { createServer, type Server } from "node:http";
import type { Adapter } from "./adapter/types.js";
import type { Store } from "./store/types.js";

export interface HealthReport {
  ok: boolean;
  /** "ok", "down", or "none" when this process has no store open (the shell). */
  store: "ok" | "down" | "none";
  /** Each running adapter: connected to its platform or not. */
  adapters: Record<string, boolean>;
}

export interface Health {
  check(): Promise<HealthReport>;
}

/**
 * What GET /healthz reports: the store answers a query within the time-out, and each adapter is
 * connected (Discord gateway ready, Slack's auth.test passed). 200 when all hold, 503 otherwise.
 */
export function createHealth(deps: { store: () => Promise<Store> | null; adapters: () => readonly Adapter[]; timeoutMs?: number }): Health {
  return {
    async check() {
      let store: HealthReport["store"] = "none";
      const opened = deps.store();
      if (opened) {
        try {
          const s = await withTimeout(opened, deps.timeoutMs ?? 2000);
          await withTimeout(s.ping(), deps.timeoutMs ?? 2000);
          store = "ok";
        } catch {
          store = "down";
        }
      }
      const adapters: Record<string, boolean> = {};
      for (const a of deps.adapters()) adapters[a.name] = a.connected ?? true;
      return { ok: store !== "down" && Object.values(adapters).every(Boolean), store, adapters };
    },
  };
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const t = setTimeout(() => reject(new Error("timed out")), ms);
    p.then(
      (v) => (clearTimeout(t), resolve(v)),
      (e: unknown) => (clearTimeout(t), reject(e instanceof Error ? e : new Error(String(e)))),
    );
  });
}

/** Answers GET /healthz with the report as JSON (200 or 503); anything else 404. */
export async function respondHealth(health: Health, res: import("node:http").ServerResponse): Promise<void> {
  const report = await health.check();
  res.writeHead(report.ok ? 200 : 503, { "content-type": "application/json", "cache-control": "no-store" });
  res.end(JSON.stringify(report));
}

/** A small HTTP server for processes that serve nothing else (Discord only): HEALTH_PORT. */
export function serveHealth(health: Health, port: number, host?: string): Promise<Server> {
  const server = createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0];
    if (path === "/healthz" && (req.method === "GET" || req.method === "HEAD")) {
      respondHealth(health, res).catch(() => {
        if (!res.headersSent) res.writeHead(500).end();
      });
      return;
    }
    res.writeHead(404).end();
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve(server);
    });
  });
}
