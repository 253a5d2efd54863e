import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { platformAdapters } from "../adapters/registry.js";
import { loadSlackConfig } from "../adapters/slack/config.js";
import { BOT_SCOPES } from "../adapters/slack/oauth.js";
import { FAKE_CLIENT } from "./fakes/slack/api.js";
import { startFakeSlackApi } from "./fakes/slack/index.js";

const OAUTH = { SLACK_CLIENT_ID: "1111111111.2222222222", SLACK_CLIENT_SECRET: "client-secret", SLACK_STATE_SECRET: "s".repeat(32), SLACK_SIGNING_SECRET: "signing" };
const slack = platformAdapters.find((a) => a.name === "slack")!;

/** `npm start`'s entry point with only these variables (and a fresh DATA_DIR): its exit code and stderr. */
function npmStart(env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    env: { PATH: process.env.PATH, HOME: process.env.HOME, PORT: "0", DATA_DIR: mkdtempSync(join(tmpdir(), "briefbot-oauthcfg-")), ...env },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  const killer = setTimeout(() => child.kill("SIGKILL"), 80_000);
  return new Promise((resolve) => child.once("exit", (c) => (clearTimeout(killer), resolve({ code: c, stderr }))));
}

describe("Slack configuration: one workspace (a bot token) or many (OAuth)", () => {
  it("the three OAuth variables choose OAuth; a bot token alone stays the single-workspace mode", () => {
    expect(loadSlackConfig(OAUTH)).toMatchObject({ botToken: undefined, oauth: { clientId: OAUTH.SLACK_CLIENT_ID, clientSecret: "client-secret", stateSecret: OAUTH.SLACK_STATE_SECRET } });
    const single = loadSlackConfig({ SLACK_BOT_TOKEN: "xoxb-1", SLACK_SIGNING_SECRET: "s" });
    expect(single?.botToken).toBe("xoxb-1");
    expect(single?.oauth).toBeUndefined();
    // Any one of them turns the adapter on (and then the others are required).
    for (const name of ["SLACK_BOT_TOKEN", "SLACK_CLIENT_ID", "SLACK_CLIENT_SECRET", "SLACK_STATE_SECRET"]) expect(slack.configured({ [name]: "x" })).toBe(true);
    expect(slack.configured({ SLACK_SIGNING_SECRET: "s", PORT: "3000" })).toBe(false);
  });

  it("a bad OAuth configuration is one line naming each variable and what to do", () => {
    const line = (env: Record<string, string>) => {
      try {
        loadSlackConfig(env);
      } catch (error) {
        return (error as Error).message;
      }
      return "no error";
    };
    const partial = line({ SLACK_CLIENT_ID: OAUTH.SLACK_CLIENT_ID, SLACK_SIGNING_SECRET: "s" });
    expect(partial).not.toContain("\n");
    expect(partial).toMatch(/SLACK_CLIENT_SECRET is required for OAuth distribution, with SLACK_CLIENT_ID and SLACK_STATE_SECRET \(api\.slack\.com\/apps/);
    expect(partial).toMatch(/SLACK_STATE_SECRET is required for OAuth distribution/);
    expect(line({ ...OAUTH, SLACK_BOT_TOKEN: "xoxb-1" })).toMatch(/SLACK_BOT_TOKEN must be unset when SLACK_CLIENT_ID, SLACK_CLIENT_SECRET and SLACK_STATE_SECRET are set/);
    expect(line({ ...OAUTH, SLACK_APP_TOKEN: "xapp-1" })).toMatch(/SLACK_APP_TOKEN must be unset for OAuth distribution/);
    expect(line({ ...OAUTH, SLACK_SIGNING_SECRET: "" })).toMatch(/SLACK_SIGNING_SECRET is required in HTTP mode/);
    expect(line({ ...OAUTH, SLACK_STATE_SECRET: "short" })).toMatch(/SLACK_STATE_SECRET must be at least 32 characters/);
    expect(line({ ...OAUTH, SLACK_CLIENT_ID: "xoxb-pasted-here" })).toMatch(/SLACK_CLIENT_ID must be the app's Client ID/);
    // Values are never echoed (a secret may be pasted in the wrong variable).
    expect(line({ ...OAUTH, SLACK_CLIENT_ID: "xoxb-pasted-here" })).not.toContain("xoxb-pasted-here");
  });

  it("an install asks for the bot scopes the manifest declares", () => {
    const manifest = readFileSync(join(import.meta.dirname, "../adapters/slack/manifest.yml"), "utf8");
    const bot = manifest.split(/^\s+bot:\s*$/m)[1]?.split(/^\S/m)[0] ?? "";
    const declared = [...bot.matchAll(/^\s+- ([a-z:._]+)/gm)].map((m) => m[1]);
    expect(declared).toEqual([...BOT_SCOPES]);
    // And the manifest names the redirect URL the install comes back to.
    expect(manifest).toMatch(/redirect_urls:\s*\n\s+- https:\/\/[^\s]+\/slack\/oauth_redirect/);
  });

  it("npm start with a client secret Slack refuses stops before listening: exit 78, one line naming it, no secret", async () => {
    const api = await startFakeSlackApi();
    try {
      const { code, stderr } = await npmStart({ SLACK_API_URL: api.url, SLACK_SIGNING_SECRET: "s", SLACK_CLIENT_ID: FAKE_CLIENT.id, SLACK_CLIENT_SECRET: "not-the-secret-0000", SLACK_STATE_SECRET: "s".repeat(32) });
      expect(code).toBe(78);
      expect(stderr.trim().split("\n")).toEqual([
        "briefbot: Slack rejected SLACK_CLIENT_SECRET (bad_client_secret): set a valid one from api.slack.com/apps → your app → Basic Information → App Credentials → Client Secret",
      ]);
      expect(stderr).not.toContain("not-the-secret-0000");
      expect(api.callsTo("oauth.v2.access")).toHaveLength(1);
    } finally {
      await api.close();
    }
  }, 90_000);

  it("npm start with half an OAuth configuration stops before listening: exit 78, one line, no secret", async () => {
    const { code, stderr } = await npmStart({ SLACK_SIGNING_SECRET: "s", SLACK_CLIENT_SECRET: "very-secret-value" });
    expect(code).toBe(78);
    expect(stderr.trim().split("\n")).toEqual([expect.stringMatching(/^briefbot: Slack configuration is invalid: SLACK_CLIENT_ID is required for OAuth distribution.*SLACK_STATE_SECRET is required/)]);
    expect(stderr).not.toContain("very-secret-value");
  }, 90_000);
});
