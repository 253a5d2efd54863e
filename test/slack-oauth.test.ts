import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ClearStateStore } from "@slack/oauth";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { loadSlackConfig } from "../adapters/slack/config.js";
import { createSlackAdapterFrom, type SlackAdapter } from "../adapters/slack/index.js";
import { BOT_SCOPES } from "../adapters/slack/oauth.js";
import { composeBriefing } from "../src/briefing/compose.js";
import { createSubscriptionCommands } from "../src/scheduling/subscriptions.js";
import { openPostgresStore } from "../src/store/postgres.js";
import { openSqliteStore } from "../src/store/sqlite.js";
import type { Store } from "../src/store/types.js";
import { loadStory } from "../src/story/load.js";
import { FAKE_CLIENT, type FakeInstall } from "./fakes/slack/api.js";
import { echoHandler, memoryLogger } from "./fakes/slack/echo-handler.js";
import { eventCallbackBody, post, postSigned, slashCommandBody, startFakeSlackApi, type FakeSlackApi } from "./fakes/slack/index.js";
import { freshDatabase } from "./support/pg-server.js";

/**
 * Slack OAuth distribution end to end: the real Bolt app and InstallProvider on 127.0.0.1, the
 * fake Slack Web API (oauth.v2.access, auth.test, chat.postMessage, recording each call's token),
 * the installations in the real store, on SQLite and on Postgres.
 */
const SECRET = "oauth-test-signing-secret";
const STATE_SECRET = "state-secret-for-tests-0123456789abcdef";
const story = loadStory();
const W1: FakeInstall = { teamId: "T0ONE", teamName: "Workspace <One>", botToken: "xoxb-one-111", botUserId: "U0BOTONE", botId: "B0ONE" };
const W2: FakeInstall = { teamId: "T0TWO", teamName: "Workspace Two", botToken: "xoxb-two-222", botUserId: "U0BOTTWO", botId: "B0TWO" };
const settle = (ms = 300) => new Promise((r) => setTimeout(r, ms));

const targets: { name: string; open: () => Promise<Store> }[] = [
  { name: "sqlite", open: async () => openSqliteStore({ file: join(mkdtempSync(join(tmpdir(), "briefbot-oauth-")), "db.sqlite") }) },
  { name: "postgres", open: async () => openPostgresStore({ url: await freshDatabase(inject("pgUrl")), poolSize: 3 }) },
];

describe.each(targets)("Slack OAuth distribution, installations on $name", ({ open }) => {
  let store: Store;
  let api: FakeSlackApi;
  let adapter: SlackAdapter;
  let base: string;
  const handler = echoHandler();
  const log = memoryLogger();

  beforeAll(async () => {
    store = await open();
    api = await startFakeSlackApi();
    const config = loadSlackConfig({
      SLACK_CLIENT_ID: FAKE_CLIENT.id,
      SLACK_CLIENT_SECRET: FAKE_CLIENT.secret,
      SLACK_STATE_SECRET: STATE_SECRET,
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: api.url,
      PORT: "0",
    });
    if (!config) throw new Error("no Slack config");
    const subscriptions = createSubscriptionCommands({ store: store.subscriptions });
    adapter = createSlackAdapterFrom(config, { handler, story, log, subscriptions, installations: store.installations }, { host: "127.0.0.1" });
    await adapter.start();
    base = `http://127.0.0.1:${adapter.port}`;
  });

  afterAll(async () => {
    await adapter?.stop();
    await api?.close();
    await store?.close();
  });

  /** GET /slack/install as a browser: the redirect to Slack and the state cookie it sets. */
  async function startInstall(): Promise<{ location: URL; cookie: string; state: string }> {
    const res = await fetch(`${base}/slack/install`, { redirect: "manual" });
    expect(res.status).toBe(302);
    const location = new URL(res.headers.get("location") ?? "");
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith("slack-app-oauth-state=")) ?? "";
    return { location, cookie: cookie.split(";")[0] ?? "", state: location.searchParams.get("state") ?? "" };
  }

  /** The browser back from Slack's authorize page at /slack/oauth_redirect. */
  const returnFromSlack = (query: Record<string, string>, cookie?: string) =>
    fetch(`${base}/slack/oauth_redirect?${new URLSearchParams(query)}`, { redirect: "manual", ...(cookie ? { headers: { cookie } } : {}) });

  async function install(w: FakeInstall, code: string): Promise<Response> {
    const { cookie, state } = await startInstall();
    api.grantInstall(code, w);
    return returnFromSlack({ code, state }, cookie);
  }

  const events = `/slack/events`;
  const slash = (team: string, text: string, channel: string) =>
    postSigned(`${base}${events}`, SECRET, slashCommandBody({ text, team_id: team, channel_id: channel, user_id: "U0ASKER" }));
  const mention = (w: FakeInstall, channel: string, text: string, ts: string) =>
    postSigned(`${base}${events}`, SECRET, eventCallbackBody({ type: "app_mention", user: "U0ASKER", channel, text: `<@${w.botUserId}> ${text}`, ts }, { teamId: w.teamId }));
  const postsWith = (token: string) => api.callsTo("chat.postMessage").filter((c) => c.token === token);

  it("GET /slack/install redirects to Slack's authorize page with a signed state, also set as a cookie", async () => {
    const { location, cookie, state } = await startInstall();
    expect(`${location.origin}${location.pathname}`).toBe("https://slack.com/oauth/v2/authorize");
    expect(location.searchParams.get("client_id")).toBe(FAKE_CLIENT.id);
    expect(location.searchParams.get("scope")?.split(",")).toEqual([...BOT_SCOPES]);
    expect(state.split(".")).toHaveLength(3);
    expect(cookie).toBe(`slack-app-oauth-state=${state}`);
  });

  it("the return with code and state stores the installation; each workspace is then answered with its own token", async () => {
    const page = await install(W1, "code-one");
    expect(page.status).toBe(200);
    // The workspace's name is the installer's to choose: shown as text.
    expect(await page.text()).toContain("Workspace &lt;One&gt;");
    const exchange = api.callsTo("oauth.v2.access").at(-1);
    expect(exchange?.params).toMatchObject({ code: "code-one", client_id: FAKE_CLIENT.id, client_secret: FAKE_CLIENT.secret });
    const stored = JSON.parse((await store.installations.find({ enterpriseId: null, teamId: W1.teamId })) ?? "null") as { bot: { token: string; userId: string }; user: { token?: string } };
    expect(stored.bot).toMatchObject({ token: W1.botToken, userId: W1.botUserId });
    expect(stored.user.token).toBeUndefined();
    expect((await install(W2, "code-two")).status).toBe(200);

    // /brief is answered on the ack in the workspace that installed the app.
    const answer = await slash(W1.teamId, "who", "C0SAME");
    expect(answer.status).toBe(200);
    expect(JSON.stringify(answer.json)).toContain("You asked: who spoke");

    // Mentions in both workspaces, in a channel and thread with the same ids: each answered with its
    // workspace's token, each its own conversation (turn 1 both times: the team id is in the key).
    await mention(W1, "C0SAME", "who spoke?", "1700000001.000100");
    await api.waitForCalls("chat.postMessage", 1);
    await mention(W2, "C0SAME", "who spoke?", "1700000001.000100");
    await api.waitForCalls("chat.postMessage", 2);
    expect(postsWith(W1.botToken)).toHaveLength(1);
    expect(postsWith(W2.botToken)).toHaveLength(1);
    expect(postsWith(W2.botToken)[0]?.params.text).toMatch(/turn 1\)/);
    const convs = handler.seen.filter((m) => m.text === "who spoke?" && m.user === "U0ASKER").map((m) => m.conversationId);
    expect(convs).toEqual([`${W1.teamId}:C0SAME:1700000001.000100`, `${W2.teamId}:C0SAME:1700000001.000100`]);
    // The bot's own mention was stripped with each workspace's bot user id.
    expect(handler.seen.some((m) => m.text.includes("<@"))).toBe(false);
  });

  it("subscriptions are kept per workspace, and the daily post goes out with that workspace's token", async () => {
    for (const w of [W1, W2]) {
      const r = await slash(w.teamId, "subscribe 08:00 Europe/Paris en", "C0DAILY");
      expect(JSON.stringify(r.json)).toContain("set a daily briefing");
    }
    const rows = await store.subscriptions.list({ platform: "slack" });
    expect(rows.map((s) => s.channelId)).toEqual([`${W1.teamId}/C0DAILY`, `${W2.teamId}/C0DAILY`]);
    // /brief subscriptions in one workspace lists its own only.
    const listed = (await slash(W1.teamId, "subscriptions", "C0DAILY")).json as { text: string };
    expect(listed.text.match(/08:00/g)).toHaveLength(1);

    // The Home tab lists this workspace's channels only, by their plain ids, published with its token.
    await postSigned(`${base}${events}`, SECRET, eventCallbackBody({ type: "app_home_opened", user: "U0VISITOR", channel: "D0HOME", tab: "home", event_ts: "300.000001" }, { teamId: W1.teamId }));
    const [home] = await api.waitForCalls("views.publish", 1);
    expect(home?.token).toBe(W1.botToken);
    const homeText = JSON.stringify(home?.params.view);
    expect(homeText.match(/<#C0DAILY>/g)).toHaveLength(1);
    expect(homeText).not.toContain(W2.teamId);

    const briefing = composeBriefing(story, { lang: "en" });
    const before = api.callsTo("chat.postMessage").length;
    for (const w of [W2, W1]) expect(await adapter.publisher.publish(`${w.teamId}/C0DAILY`, briefing, `slack:${w.teamId}/C0DAILY:2026-06-01`)).toMatchObject({ ok: true });
    const daily = api.callsTo("chat.postMessage").slice(before).filter((c) => c.params.metadata);
    expect(daily.map((c) => [c.token, c.params.channel])).toEqual([
      [W2.botToken, "C0DAILY"],
      [W1.botToken, "C0DAILY"],
    ]);
    // The recovery check reads the history with the workspace's token too.
    expect(await adapter.publisher.alreadyPosted(`${W1.teamId}/C0DAILY`, `slack:${W1.teamId}/C0DAILY:2026-06-01`)).toBe(true);
    expect(api.callsTo("conversations.history").at(-1)?.token).toBe(W1.botToken);
  });

  it("a forged, foreign or cookie-less state is refused before any code exchange, and nothing is stored", async () => {
    const exchanges = api.callsTo("oauth.v2.access").length;
    api.grantInstall("code-three", { ...W1, teamId: "T0THREE", botToken: "xoxb-three-333" });
    const foreign = await new ClearStateStore("another-apps-state-secret-0123456789abcdef").generateStateParam({ scopes: ["chat:write"] }, new Date());
    const { state: genuine } = await startInstall();
    const attempts = [
      returnFromSlack({ code: "code-three", state: "forged" }, "slack-app-oauth-state=forged"),
      returnFromSlack({ code: "code-three", state: foreign }, `slack-app-oauth-state=${foreign}`),
      // A genuine state opened in another browser (no cookie): the link was not this browser's.
      returnFromSlack({ code: "code-three", state: genuine }),
      returnFromSlack({ code: "code-three" }, `slack-app-oauth-state=${genuine}`),
    ];
    for (const res of await Promise.all(attempts)) {
      expect(res.status).toBe(400);
      expect(await res.text()).toContain("was not installed");
    }
    expect(api.callsTo("oauth.v2.access")).toHaveLength(exchanges);
    expect(await store.installations.find({ enterpriseId: null, teamId: "T0THREE" })).toBeNull();
    // The refusal is logged without the state or the code.
    expect(log.lines.filter((l) => l.includes("install was refused")).join("\n")).not.toContain(genuine);
  });

  it("the OAuth routes are GETs only: unsigned POSTs are still refused, and other paths are not served", async () => {
    expect((await post(`${base}/slack/oauth_redirect`, "code=x&state=y", { "content-type": "application/x-www-form-urlencoded" })).status).toBe(404);
    expect((await post(`${base}${events}`, '{"type":"event_callback"}', { "content-type": "application/json" })).status).toBe(401);
    expect((await fetch(`${base}/constructor`)).status).toBe(404);
    expect((await fetch(`${base}${events}`)).status).toBe(404);
  });

  it("app_uninstalled removes the installation and disables the workspace's briefings; nothing more goes out with its token", async () => {
    const r = await postSigned(`${base}${events}`, SECRET, eventCallbackBody({ type: "app_uninstalled" }, { teamId: W1.teamId }));
    expect(r.status).toBe(200);
    await settle();
    expect(await store.installations.find({ enterpriseId: null, teamId: W1.teamId })).toBeNull();
    expect(await store.subscriptions.get("slack", `${W1.teamId}/C0DAILY`)).toMatchObject({ enabled: false, disabledReason: "the app was uninstalled from this workspace" });
    expect(await store.subscriptions.get("slack", `${W2.teamId}/C0DAILY`)).toMatchObject({ enabled: true });
    api.revokeToken(W1.botToken);
    const callsBefore = api.calls.filter((c) => c.token === W1.botToken).length;

    // A late /brief or mention from that workspace is not answered, with the old token or at all.
    const late = await slash(W1.teamId, "who", "C0SAME");
    expect(late.status).toBe(200);
    expect(late.text).toBe("");
    await mention(W1, "C0SAME", "still there?", "1700000002.000100");
    // The daily post to it stops cleanly: a permanent refusal (the scheduler disables the subscription once).
    const briefing = composeBriefing(story, { lang: "en" });
    expect(await adapter.publisher.publish(`${W1.teamId}/C0DAILY`, briefing, "k")).toMatchObject({ ok: false, permanent: true, reason: expect.stringContaining("not installed") });
    await settle();
    expect(api.calls.filter((c) => c.token === W1.botToken)).toHaveLength(callsBefore);
    expect(handler.seen.some((m) => m.text === "still there?")).toBe(false);
    // The other workspace is still answered with its own token.
    await mention(W2, "C0SAME", "and now?", "1700000003.000100");
    await settle();
    expect(postsWith(W2.botToken).some((c) => String(c.params.text).includes("and now?"))).toBe(true);
  });

  it("tokens_revoked removes the installation when the bot's token is revoked, not for a user token alone", async () => {
    const revoke = (tokens: Record<string, string[]>) => postSigned(`${base}${events}`, SECRET, eventCallbackBody({ type: "tokens_revoked", tokens }, { teamId: W2.teamId }));
    expect((await revoke({ oauth: ["U0SOMEONE"] })).status).toBe(200);
    await settle();
    expect(await store.installations.find({ enterpriseId: null, teamId: W2.teamId })).not.toBeNull();
    expect((await revoke({ bot: [W2.botUserId] })).status).toBe(200);
    await settle();
    expect(await store.installations.find({ enterpriseId: null, teamId: W2.teamId })).toBeNull();
    expect(await store.subscriptions.get("slack", `${W2.teamId}/C0DAILY`)).toMatchObject({ enabled: false });
    api.revokeToken(W2.botToken);
    const callsBefore = api.calls.filter((c) => c.token === W2.botToken).length;
    expect((await slash(W2.teamId, "who", "C0SAME")).text).toBe("");
    await mention(W2, "C0SAME", "gone?", "1700000004.000100");
    await settle();
    expect(api.calls.filter((c) => c.token === W2.botToken)).toHaveLength(callsBefore);

    // A reinstall brings the workspace back with its new token.
    const W2b = { ...W2, botToken: "xoxb-two-new-444" };
    expect((await install(W2b, "code-two-again")).status).toBe(200);
    await mention(W2b, "C0SAME", "back?", "1700000005.000100");
    await settle();
    expect(postsWith(W2b.botToken).some((c) => String(c.params.text).includes("back?"))).toBe(true);
  });
});
