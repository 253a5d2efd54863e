import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeDiscord } from "./fakes/discord/server.js";
import { startFakeSlackApi } from "./fakes/slack/index.js";

const root = resolve(import.meta.dirname, "..");
const dockerfile = readFileSync(join(root, "Dockerfile"), "utf8");
/** Instructions only (comments and continuation lines joined). */
const instructions = dockerfile
  .replace(/\\\n/g, " ")
  .split("\n")
  .filter((l) => l.trim() && !l.trim().startsWith("#"));
const stages = instructions.join("\n").split(/^FROM /m).slice(1);

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : []));
}

describe("Dockerfile", () => {
  it("builds in one stage and runs the built JavaScript as a non-root user in another, with DATA_DIR a volume", () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    expect(stages[0]).toMatch(/RUN npm ci/);
    expect(stages[0]).toMatch(/RUN npm run build/);
    const run = stages.at(-1) ?? "";
    expect(run).toMatch(/COPY --from=build \/app\/dist dist/);
    expect(run).toMatch(/^USER (?!root)\w+/m);
    expect(run).toMatch(/DATA_DIR=\/data/);
    expect(run).toMatch(/^VOLUME \["\/data"\]/m);
    expect(run).toMatch(/^CMD \["node", "dist\/src\/main\.js"\]/m);
    expect(run).not.toMatch(/tsx/);
  });

  it("has a HEALTHCHECK exactly when the bot serves a health endpoint", () => {
    // Code (not comments) that routes /healthz.
    const serves = [...sources(join(root, "src")), ...sources(join(root, "adapters"))].some((f) =>
      readFileSync(f, "utf8")
        .split("\n")
        .some((l) => /["'`]\/healthz["'`]/.test(l) && !/^\s*(\/\/|\*|\/\*)/.test(l)),
    );
    expect(instructions.some((l) => l.startsWith("HEALTHCHECK"))).toBe(serves);
  });

  it("its HEALTHCHECK script finds a served /healthz, and fails when nothing answers", async () => {
    const { createServer } = await import("node:http");
    const server = createServer((req, res) => res.writeHead(req.url === "/healthz" ? 200 : 404).end("{}"));
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const port = String((server.address() as { port: number }).port);
    // Spawned asynchronously: the server answering it runs in this process.
    const check = (env: Record<string, string>) =>
      new Promise<number | null>((r) =>
        spawn(process.execPath, ["--import", "tsx", join(root, "src/healthcheck.ts")], { cwd: root, env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env }, stdio: "ignore" }).once("exit", r),
      );
    try {
      expect(await check({ DISCORD_TOKEN: "t", HEALTH_PORT: port })).toBe(0);
      await new Promise((r) => server.close(r));
      expect(await check({ DISCORD_TOKEN: "t", HEALTH_PORT: port })).toBe(1);
      // The shell (no platform) serves nothing and is healthy.
      expect(await check({ HEALTH_PORT: port })).toBe(0);
    } finally {
      server.close();
    }
  }, 90_000);

  const docker = spawnSync("docker", ["version", "--format", "{{.Server.Version}}"], { encoding: "utf8" });
  const dockerAvailable = docker.status === 0;
  if (!dockerAvailable) console.warn("deploy.test.ts: docker build skipped: Docker is not available on this machine");
  it.skipIf(!dockerAvailable)("docker build succeeds and the image starts the shell with no configuration (skipped where Docker is unavailable)", () => {
    const tag = `briefbot-test:${process.pid}`;
    const build = spawnSync("docker", ["build", "-t", tag, root], { encoding: "utf8", timeout: 600_000 });
    expect(build.status, build.stderr).toBe(0);
    try {
      const run = spawnSync("docker", ["run", "--rm", "-i", tag], { input: "Who spoke?\n", encoding: "utf8", timeout: 60_000 });
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout.length).toBeGreaterThan(20);
    } finally {
      spawnSync("docker", ["rmi", "-f", tag]);
    }
  }, 700_000);
});

/** `npm run build`'s compiler run, into a folder of its own so a developer's dist/ is left alone. */
const outDir = join(root, ".build-test");

describe("the built bot (tsc to JavaScript, run by plain node)", () => {
  beforeAll(() => {
    rmSync(outDir, { recursive: true, force: true });
    const tsc = spawnSync(process.execPath, [join(root, "node_modules/typescript/bin/tsc"), "-p", join(root, "tsconfig.build.json"), "--outDir", outDir], { encoding: "utf8", timeout: 280_000 });
    if (tsc.status !== 0) throw new Error(`build failed:\n${tsc.stdout}${tsc.stderr}`);
  }, 300_000);
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  const start = (env: Record<string, string>, ready: RegExp) =>
    new Promise<{ stderr: string; stop: () => Promise<void> }>((resolvePromise, reject) => {
      const child = spawn(process.execPath, [join(outDir, "src/main.js")], { cwd: root, env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env }, stdio: ["ignore", "ignore", "pipe"] });
      let stderr = "";
      const stop = async () => {
        if (child.exitCode !== null) return;
        const exited = new Promise((r) => child.once("exit", r));
        child.kill("SIGTERM");
        await exited;
      };
      child.stderr.on("data", (d: Buffer) => {
        stderr += d.toString();
        if (ready.test(stderr)) resolvePromise({ stderr, stop });
      });
      child.once("exit", () => reject(new Error(`exited before ready:\n${stderr}`)));
      setTimeout(() => void stop().then(() => reject(new Error(`not ready in time:\n${stderr}`))), 30_000).unref();
    });

  it("has no TypeScript left to run: main.js and cli.js exist", () => {
    expect(existsSync(join(outDir, "src/main.js"))).toBe(true);
    expect(existsSync(join(outDir, "src/cli.js"))).toBe(true);
  });

  it("the shell answers on stdin with no configuration", () => {
    const r = spawnSync(process.execPath, [join(outDir, "src/main.js")], { cwd: root, input: "Qui a parlé ?\n", encoding: "utf8", env: { PATH: process.env.PATH, HOME: process.env.HOME }, timeout: 30_000 });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Dave Butler/);
  });

  it("the command line answers, given a story folder", () => {
    const r = spawnSync(process.execPath, [join(outDir, "src/cli.js"), "ask", "--story", "briefings/milley-goulevitch", "--json", "Who spoke?"], { cwd: root, encoding: "utf8", timeout: 30_000 });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ answered: true });
  });

  it("starts Slack against the fake Web API", async () => {
    const api = await startFakeSlackApi();
    try {
      const bot = await start({ SLACK_BOT_TOKEN: "xoxb-built", SLACK_SIGNING_SECRET: "built-secret", SLACK_API_URL: api.url, PORT: "0", DATA_DIR: join(outDir, "data-slack") }, /slack: listening for events/);
      await api.waitForCalls("auth.test", 1);
      await bot.stop();
    } finally {
      await api.close();
    }
  }, 40_000);

  it("starts Discord against the fake Discord and answers a mention", async () => {
    const fake = await startFakeDiscord();
    try {
      const bot = await start({ DISCORD_TOKEN: fake.token, DISCORD_APP_ID: fake.applicationId, DISCORD_API_URL: fake.apiBase, DATA_DIR: join(outDir, "data-discord") }, /discord: connected/);
      const m = fake.sendMessage({ content: `<@${fake.botUser.id}> How many troops?`, mentionBot: true });
      expect(String((await fake.waitForReply(m.id)).body?.content).length).toBeGreaterThan(20);
      await bot.stop();
    } finally {
      await fake.close();
    }
  }, 40_000);
});
