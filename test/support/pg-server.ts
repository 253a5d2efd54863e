import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";

/**
 * A throwaway Postgres server for tests, the cluster run and the bench: initdb into a temp folder,
 * `postgres` on a free loopback port, torn down after. Uses Debian's binaries
 * (/usr/lib/postgresql/N/bin, `apt-get install postgresql`; `.ci/run` installs them) or any
 * `initdb` on PATH. Postgres refuses to run as root, so as root it runs as the `postgres` user.
 * TEST_DATABASE_URL points the tests at an existing server instead.
 */
export interface PgServer {
  /** A superuser URL on the `postgres` database. */
  url: string;
  stop(): Promise<void>;
}

function findBinDir(): string | null {
  const root = "/usr/lib/postgresql";
  if (existsSync(root)) {
    const versions = readdirSync(root).filter((v) => existsSync(join(root, v, "bin", "initdb"))).sort((a, b) => Number(b) - Number(a));
    if (versions[0]) return join(root, versions[0], "bin");
  }
  const which = spawnSync("sh", ["-c", "command -v initdb"], { encoding: "utf8" });
  const p = which.stdout.trim();
  return which.status === 0 && p ? join(p, "..") : null;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const a = s.address();
      const port = typeof a === "object" && a ? a.port : 0;
      s.close(() => resolve(port));
    });
  });
}

function uidOf(user: string): { uid: number; gid: number } | null {
  const r = spawnSync("id", ["-u", user], { encoding: "utf8" });
  const g = spawnSync("id", ["-g", user], { encoding: "utf8" });
  if (r.status !== 0 || g.status !== 0) return null;
  return { uid: Number(r.stdout.trim()), gid: Number(g.stdout.trim()) };
}

export const NO_SERVER_MESSAGE =
  "Postgres tests need a Postgres server: install Debian's postgresql package (apt-get install postgresql; .ci/run does) or set TEST_DATABASE_URL to a server the tests may create databases on.";

export async function startPgServer(): Promise<PgServer> {
  if (process.env.TEST_DATABASE_URL) return { url: process.env.TEST_DATABASE_URL, stop: async () => undefined };
  const bin = findBinDir();
  if (!bin) throw new Error(NO_SERVER_MESSAGE);
  const dir = mkdtempSync(join(tmpdir(), "briefbot-pg-"));
  const data = join(dir, "data");
  const asRoot = process.getuid?.() === 0;
  const owner = asRoot ? (uidOf("postgres") ?? uidOf("nobody")) : null;
  if (asRoot && !owner) throw new Error("running as root and no 'postgres' or 'nobody' user to run Postgres as");
  if (owner) chownSync(dir, owner.uid, owner.gid);
  const spawnOpts = owner ? { uid: owner.uid, gid: owner.gid } : {};

  const init = spawnSync(join(bin, "initdb"), ["-D", data, "-U", "briefbot", "--auth=trust", "-E", "UTF8", "--no-sync", "--locale=C"], {
    encoding: "utf8",
    ...spawnOpts,
  });
  if (init.status !== 0) throw new Error(`initdb failed: ${init.stderr || init.stdout}`);
  const port = await freePort();
  const server: ChildProcess = spawn(
    join(bin, "postgres"),
    [
      "-D", data, "-p", String(port), "-k", dir, "-c", "listen_addresses=127.0.0.1",
      // A throwaway server: durability is not what is tested here (crash recovery of the bot is).
      "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off",
      "-c", "max_connections=300", "-c", "shared_buffers=64MB",
    ],
    { stdio: ["ignore", "ignore", "pipe"], ...spawnOpts },
  );
  let stderr = "";
  server.stderr?.on("data", (d: Buffer) => {
    stderr = (stderr + d.toString()).slice(-4000);
  });
  const url = `postgres://briefbot@127.0.0.1:${port}/postgres`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`postgres exited: ${stderr}`);
    const c = new pg.Client({ connectionString: url });
    try {
      await c.connect();
      await c.query("SELECT 1");
      await c.end();
      break;
    } catch {
      await c.end().catch(() => undefined);
      if (Date.now() > deadline) {
        server.kill("SIGKILL");
        throw new Error(`postgres did not start in 30 s: ${stderr}`);
      }
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  return {
    url,
    async stop() {
      if (server.exitCode === null) {
        const exited = new Promise((r) => server.once("exit", r));
        server.kill("SIGINT"); // fast shutdown
        await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
        if (server.exitCode === null) server.kill("SIGKILL");
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A new, empty database on the server, for one test file or run; returns its URL. */
export async function freshDatabase(serverUrl: string, prefix = "t"): Promise<string> {
  const name = `${prefix}_${randomBytes(6).toString("hex")}`;
  const c = new pg.Client({ connectionString: serverUrl });
  await c.connect();
  try {
    await c.query(`CREATE DATABASE ${name}`);
  } finally {
    await c.end();
  }
  const u = new URL(serverUrl);
  u.pathname = `/${name}`;
  return u.toString();
}
