import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { PermissionFlagsBits } from "discord.js";
import { MessageFlags } from "discord.js";
import { speakerChoices } from "../adapters/discord/commands/quotes.js";
import { renderBriefingEmbed } from "../adapters/discord/render/briefing.js";
import { renderReply } from "../adapters/discord/render/reply.js";
import { splitMessage } from "../adapters/discord/render/split.js";
import { composeBriefing } from "../src/briefing/compose.js";
import type { Reply } from "../src/engine/reply.js";
import { realBot } from "./fakes/discord/handler.js";
import { startHarness, type Harness } from "./fakes/discord/harness.js";
import type { CommandOption, FakeInteraction, JsonObject } from "./fakes/discord/server.js";
import { memorySubscriptions } from "./fakes/discord/subscriptions.js";

const { story, handler } = realBot();
const lastReply = () => handler.replies.at(-1) as Reply;
let h: Harness;
let now = 0;

beforeAll(async () => {
  h = await startHarness({ handler, story, env: { DISCORD_RATE_LIMIT: "2/10s" }, adapter: { clock: () => now } });
});
afterAll(async () => h?.close());
beforeEach(() => {
  handler.next = undefined;
  now += 60_000;
});

const str = (name: string, value: string, focused = false): CommandOption => ({ name, type: 3, value, ...(focused ? { focused } : {}) });
const data = (cb: JsonObject) => cb.data as JsonObject;
/** Type 4 responses and follow-ups must never parse mentions. */
function expectNoPings(i: FakeInteraction) {
  for (const cb of i.callbacks) if (cb.type === 4) expect((data(cb).allowed_mentions as JsonObject).parse).toEqual([]);
  for (const f of [...i.followUps, ...i.edits]) expect((f.allowed_mentions as JsonObject).parse).toEqual([]);
}

describe("slash commands through the interaction callback", () => {
  it("/ask question: answers with a channel message (type 4) from the handler", async () => {
    const user = h.fake.user();
    const i = h.fake.sendCommand({ name: "ask", options: [str("question", "how many troops? @everyone")], user });
    const cb = await h.fake.waitForCallback(i);
    expect(cb.type).toBe(4);
    expect(lastReply()).toMatchObject({ answered: true, intent: "count" });
    expect(data(cb).content).toBe(renderReply(lastReply())[0]);
    expect(data(cb).flags).toBeUndefined();
    expectNoPings(i);
    expect(handler.calls.at(-1)).toEqual({ platform: "discord", text: "how many troops? @everyone", user: user.id, conversationId: `discord:${h.fake.channelId}` });
  });

  it("/ask in a DM keeps a DM conversation", async () => {
    const i = h.fake.sendCommand({ name: "ask", options: [str("question", "who spoke?")], dm: true });
    expect((await h.fake.waitForCallback(i)).type).toBe(4);
    expect(handler.calls.at(-1)?.conversationId).toMatch(/^discord:dm:\d+$/);
  });

  it("/who and /troops ask the engine in the user's language and render its answer", async () => {
    for (const [name, locale, text, lang, intent] of [
      ["who", "fr", "qui a parlé", "fr", "people"],
      ["who", "en-US", "who spoke", "en", "people"],
      ["troops", "en-GB", "how many troops", "en", "count"],
      ["troops", "fr", "combien de soldats", "fr", "count"],
    ] as const) {
      const i = h.fake.sendCommand({ name, locale });
      const cb = await h.fake.waitForCallback(i);
      expect(cb.type).toBe(4);
      expect(handler.calls.at(-1)).toMatchObject({ text, lang });
      expect(lastReply()).toMatchObject({ answered: true, intent, lang });
      expect(data(cb).content).toBe(renderReply(lastReply())[0]);
      expectNoPings(i);
      now += 60_000;
    }
  });

  it("/brief posts the composed briefing as an embed within Discord's limits", async () => {
    const before = handler.calls.length;
    const i = h.fake.sendCommand({ name: "brief", locale: "fr" });
    const cb = await h.fake.waitForCallback(i);
    expect(cb.type).toBe(4);
    const embeds = data(cb).embeds as JsonObject[];
    expect(embeds).toEqual([renderBriefingEmbed(composeBriefing(story, { lang: "fr" }), "briefbot · point du jour")]);
    expect((embeds[0]?.fields as JsonObject[]).length).toBeGreaterThan(0);
    expect(handler.calls.length).toBe(before);
    expectNoPings(i);
  });

  it("/quotes person: one speaker; without person: every quoted speaker", async () => {
    const speaker = story.quotes.find((q) => q.kind === "direct")?.speaker as string;
    const one = await h.fake.waitForCallback(h.fake.sendCommand({ name: "quotes", options: [str("person", speaker)] }));
    expect(handler.calls.at(-1)?.text).toBe(`what did ${speaker} say`);
    expect(lastReply()).toMatchObject({ answered: true, intent: "said" });
    expect(data(one).content).toBe(renderReply(lastReply())[0]);
    expect(data(one).content).toMatch(/«.+»/);
    now += 60_000;
    const before = handler.calls.length;
    const i = h.fake.sendCommand({ name: "quotes" });
    await h.fake.waitForCallback(i);
    const quoted = [...new Set(story.quotes.map((q) => q.speaker))];
    expect(handler.calls.slice(before).map((c) => c.text)).toEqual(quoted.map((n) => `what did ${n} say`));
    // One answer per speaker, in one message unless it must be split, nothing lost.
    const expected = splitMessage(handler.replies.slice(before).map((r) => renderReply(r, Infinity).join("")).join("\n\n")).length;
    // The first part answers the command; each "More" click shows the next.
    const sent = [String(data(i.callbacks[0] as JsonObject).content)];
    let components = (data(i.callbacks[0] as JsonObject).components as JsonObject[] | undefined) ?? [];
    while (components.length) {
      const more = ((components[0] as JsonObject).components as JsonObject[])[0] as JsonObject;
      expect(more.label).toBe("More");
      const click = h.fake.sendButton({ customId: String(more.custom_id), message: { id: i.id } });
      const cb = await h.fake.waitForCallback(click);
      sent.push(String(data(cb).content));
      components = (data(cb).components as JsonObject[] | undefined) ?? [];
    }
    expect(sent).toHaveLength(expected);
    for (const c of sent) expect(c.length).toBeLessThanOrEqual(2000);
    expect(sent.join("\n\n").replace(/\s+/g, "")).toBe(handler.replies.slice(before).map((r) => renderReply(r, Infinity).join("")).join("").replace(/\s+/g, ""));
  });

  it("/help lists the commands and the engine's suggestions", async () => {
    const cb = await h.fake.waitForCallback(h.fake.sendCommand({ name: "help" }));
    expect(data(cb).content).toMatch(/^\*\*Ask me\*\* by mentioning me[\s\S]*`\/ask question`[\s\S]*`\/quotes \[person\]`/);
    expect(handler.calls.at(-1)?.text).toBe("what can I ask");
    expect(lastReply().intent).toBe("help");
    expect(data(cb).content).toContain(renderReply(lastReply())[0]);
  });

  it("rate-limited users get an ephemeral notice and the engine is not asked", async () => {
    const user = h.fake.user();
    for (const q of ["a", "b"]) await h.fake.waitForCallback(h.fake.sendCommand({ name: "ask", options: [str("question", q)], user }));
    const before = handler.calls.length;
    const cb = await h.fake.waitForCallback(h.fake.sendCommand({ name: "ask", options: [str("question", "c")], user, locale: "fr" }));
    expect(data(cb).flags).toBe(MessageFlags.Ephemeral);
    expect(data(cb).content).toMatch(/^Doucement .*Réessayez dans \d+ s\.$/);
    expect(handler.calls.length).toBe(before);
  });

  it("a failure is reported ephemerally, saying what to do", async () => {
    handler.next = () => {
      throw new Error("engine down");
    };
    const cb = await h.fake.waitForCallback(h.fake.sendCommand({ name: "ask", options: [str("question", "x")] }));
    expect(data(cb).flags).toBe(MessageFlags.Ephemeral);
    expect(data(cb).content).toMatch(/Try again in a moment or rephrase it; `\/help`/);
  });

  it("an unknown (stale) command is answered ephemerally", async () => {
    const cb = await h.fake.waitForCallback(h.fake.sendCommand({ name: "gone" }));
    expect(data(cb)).toMatchObject({ flags: MessageFlags.Ephemeral, content: expect.stringMatching(/discord:register/) });
  });

  it("subscription commands refuse politely when daily briefings are not enabled", async () => {
    const cb = await h.fake.waitForCallback(
      h.fake.sendCommand({ name: "subscribe", options: [str("time", "08:00"), str("timezone", "Europe/Paris")], permissions: String(PermissionFlagsBits.ManageChannels) }),
    );
    expect(data(cb)).toMatchObject({ flags: MessageFlags.Ephemeral, content: expect.stringMatching(/not enabled/) });
  });
});

describe("no pings, anywhere", () => {
  it("every interaction response, follow-up and edit sent so far carried allowed_mentions.parse = []", () => {
    const messages = h.fake.requests.filter(
      (r) => (r.path.endsWith("/callback") && r.body?.type === 4) || (r.path.startsWith("/webhooks/") && (r.method === "POST" || r.method === "PATCH")),
    );
    expect(messages.length).toBeGreaterThan(10);
    for (const r of messages) {
      const payload = (r.path.endsWith("/callback") ? r.body?.data : r.body) as JsonObject;
      expect((payload.allowed_mentions as JsonObject | undefined)?.parse).toEqual([]);
    }
  });
});

describe("autocomplete", () => {
  it("/quotes person suggests the story's speakers, matching names and aliases without accents", async () => {
    // Typing part of an alias, upper-cased and without accents, finds the speaker.
    const target = story.speakers.find((s) => s.aliases.length > 0) ?? story.speakers[0];
    if (!target) throw new Error("the default story has no speakers");
    const alias = target.aliases[0] ?? target.name;
    const typed = alias.normalize("NFD").replace(/\p{M}/gu, "").slice(0, 5).toUpperCase();
    const i = h.fake.sendAutocomplete({ name: "quotes", options: [str("person", typed, true)] });
    const cb = await h.fake.waitForCallback(i);
    expect(cb.type).toBe(8);
    const choices = data(cb).choices as { name: string; value: string }[];
    expect(choices.map((c) => c.value)).toContain(target.name);
    expect(choices).toEqual(speakerChoices(story, typed));
    const all = await h.fake.waitForCallback(h.fake.sendAutocomplete({ name: "quotes", options: [str("person", "", true)] }));
    expect((data(all).choices as JsonObject[]).map((c) => c.value).sort()).toEqual(story.speakers.map((s) => s.name).slice(0, 25).sort());
    const none = await h.fake.waitForCallback(h.fake.sendAutocomplete({ name: "quotes", options: [str("person", "zzzzqqq", true)] }));
    expect(data(none).choices).toEqual([]);
  });

  it("/subscribe timezone suggests IANA zones", async () => {
    const cb = await h.fake.waitForCallback(
      h.fake.sendAutocomplete({ name: "subscribe", options: [str("time", "08:00"), str("timezone", "paris", true)] }),
    );
    expect(data(cb).choices).toEqual([{ name: "Europe/Paris", value: "Europe/Paris" }]);
  });
});

describe("deferring and subscriptions", () => {
  let h2: Harness;
  let t = 0;
  const subs = memorySubscriptions();
  const slowHandler = realBot(story).handler;
  const MANAGE = String(PermissionFlagsBits.ManageChannels | PermissionFlagsBits.SendMessages);

  beforeAll(async () => {
    // The handler's measured time comes from this timer: a slow engine without a slow test.
    h2 = await startHarness({ handler: slowHandler, story, subscriptions: subs, env: { DISCORD_RATE_LIMIT: "off" }, adapter: { timer: () => t } });
  });
  afterAll(async () => h2?.close());

  it("answers directly while the handler is fast, and defers first once it was measured slow", async () => {
    const fast = h2.fake.sendCommand({ name: "ask", options: [str("question", "who spoke?")] });
    expect((await h2.fake.waitForCallback(fast)).type).toBe(4);
    const real = realBot(story).handler;
    slowHandler.next = (m) => {
      t += 2000; // this answer "takes" 2 s: over the 1.5 s budget
      slowHandler.next = undefined;
      return real.handle(m);
    };
    const slow = h2.fake.sendCommand({ name: "ask", options: [str("question", "who spoke?")] });
    expect((await h2.fake.waitForCallback(slow)).type).toBe(4); // not known to be slow yet
    const next = h2.fake.sendCommand({ name: "ask", options: [str("question", "how many troops?")] });
    expect(await h2.fake.waitForCallback(next)).toMatchObject({ type: 5 });
    await h2.fake.waitForRequest((r) => r.method === "PATCH" && r.path.endsWith(`${next.token}/messages/@original`));
    expect(next.edits[0]?.content).toBe(renderReply(slowHandler.replies.at(-1) as Reply)[0]);
    expectNoPings(next);
  });

  it("/subscribe needs Manage Channels", async () => {
    const cb = await h2.fake.waitForCallback(h2.fake.sendCommand({ name: "subscribe", options: [str("time", "08:00"), str("timezone", "Europe/Paris")] }));
    expect(data(cb)).toMatchObject({ flags: MessageFlags.Ephemeral, content: expect.stringMatching(/Manage Channels permission/) });
    expect(subs.requests).toHaveLength(0);
  });

  it("/subscribe in a DM is refused politely", async () => {
    const cb = await h2.fake.waitForCallback(h2.fake.sendCommand({ name: "subscribe", dm: true, options: [str("time", "08:00"), str("timezone", "Europe/Paris")] }));
    expect(data(cb)).toMatchObject({ flags: MessageFlags.Ephemeral, content: expect.stringMatching(/server channels/) });
  });

  it("/subscribe, /subscriptions, /unsubscribe go to the subscription service", async () => {
    const user = h2.fake.user();
    const bad = await h2.fake.waitForCallback(
      h2.fake.sendCommand({ name: "subscribe", user, permissions: MANAGE, options: [str("time", "8h"), str("timezone", "Europe/Paris")] }),
    );
    expect(data(bad)).toMatchObject({ flags: MessageFlags.Ephemeral, content: expect.stringMatching(/use HH:MM/) });
    // What the user typed is quoted back as text: no markdown, no mention.
    const marked = await h2.fake.waitForCallback(
      h2.fake.sendCommand({ name: "subscribe", user, permissions: MANAGE, options: [str("time", "08:00"), str("timezone", "**Mars**_<@&42>")] }),
    );
    expect(String(data(marked).content)).toContain("\\*\\*Mars\\*\\*\\_\\<@&42>");
    expect(String(data(marked).content)).not.toMatch(/(^|[^\\])<@/);
    const ok = await h2.fake.waitForCallback(
      h2.fake.sendCommand({ name: "subscribe", user, locale: "fr", permissions: MANAGE, options: [str("time", "08:00"), str("timezone", "Europe/Paris"), str("language", "en")] }),
    );
    expect(data(ok).flags).toBeUndefined();
    expect(data(ok).content).toMatch(/^C'est noté : ce salon recevra le point chaque jour à 08:00 \(Europe\/Paris\), en anglais\. Prochain : <t:\d+:F>\.$/);
    expect(subs.requests.at(-1)).toEqual({ platform: "discord", channelId: h2.fake.channelId, time: "08:00", timezone: "Europe/Paris", lang: "en", user: user.id });
    const list = await h2.fake.waitForCallback(h2.fake.sendCommand({ name: "subscriptions" }));
    expect(data(list)).toMatchObject({ flags: MessageFlags.Ephemeral, content: "This channel's daily briefing:\n- 08:00 (Europe/Paris), en" });
    const off = await h2.fake.waitForCallback(h2.fake.sendCommand({ name: "unsubscribe", permissions: MANAGE }));
    expect(data(off).content).toBe("This channel will no longer get the daily briefing.");
    expect(subs.items).toHaveLength(0);
    const again = await h2.fake.waitForCallback(h2.fake.sendCommand({ name: "unsubscribe", permissions: MANAGE }));
    expect(data(again)).toMatchObject({ flags: MessageFlags.Ephemeral, content: expect.stringMatching(/nothing to do/) });
  });
});
