import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { GatewayIntentBits } from "discord.js";
import { createLogger } from "../src/log.js";
import { renderReply } from "../adapters/discord/render/reply.js";
import type { Reply } from "../src/engine/reply.js";
import { realBot } from "./fakes/discord/handler.js";
import { startHarness, type Harness } from "./fakes/discord/harness.js";
import type { JsonObject, RecordedRequest } from "./fakes/discord/server.js";

const { story, handler } = realBot();
const logLines: string[] = [];
let h: Harness;
let now = 0;

beforeAll(async () => {
  h = await startHarness({
    handler,
    story,
    env: { DISCORD_RATE_LIMIT: "3/10s" },
    adapter: { clock: () => now },
    log: createLogger({ level: "debug", write: (l) => logLines.push(l) }),
  });
});
afterAll(async () => h?.close());
beforeEach(() => {
  handler.next = undefined;
  now += 60_000; // every test starts with full rate-limit buckets
});

const mention = (text: string) => `<@${h.fake.botUser.id}> ${text}`;
const messagePosts = (): RecordedRequest[] => h.fake.requests.filter((r) => r.method === "POST" && /^\/channels\/\d+\/messages$/.test(r.path));

describe("Discord messages (real discord.js client against the fake Discord)", () => {
  it("logs in with the intents it needs and the token, which it never logs", () => {
    const identify = h.fake.gateway.identifies[0] as JsonObject;
    expect(identify.token).toBe(h.fake.token);
    const intents = Number(identify.intents);
    for (const bit of [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.MessageContent, GatewayIntentBits.DirectMessages]) {
      expect(intents & bit).toBe(bit);
    }
    expect(h.fake.requests.some((r) => r.path === "/gateway/bot" && r.headers.authorization === `Bot ${h.fake.token}`)).toBe(true);
    expect(logLines.some((l) => l.includes("discord: connected"))).toBe(true);
    expect(logLines.join("\n")).not.toContain(h.fake.token);
  });

  it("answers a mention with a reply to that message, through the engine, the mention taken out", async () => {
    const author = h.fake.user();
    const m = h.fake.sendMessage({ content: mention("how many troops?"), mentionBot: true, author });
    const r = await h.fake.waitForReply(m.id);
    expect(r.path).toBe(`/channels/${h.fake.channelId}/messages`);
    expect(handler.calls.at(-1)).toEqual({ platform: "discord", text: "how many troops?", user: author.id, conversationId: `discord:${h.fake.channelId}` });
    const reply = handler.replies.at(-1) as Reply;
    expect(reply).toMatchObject({ answered: true, intent: "count" });
    expect(reply.citations.length).toBeGreaterThan(0);
    expect(r.body?.content).toBe(renderReply(reply)[0]);
    expect(r.body?.content).toContain("**Sources**\n> ");
  });

  it("answers a DM (no mention needed) with quotes in « », in its own conversation", async () => {
    const author = h.fake.user();
    const speaker = story.quotes.find((q) => q.kind === "direct")?.speaker as string;
    const m = h.fake.sendDM({ content: `what did ${speaker} say?`, author });
    const r = await h.fake.waitForReply(m.id);
    expect(r.path).toBe(`/channels/${m.channel_id}/messages`);
    expect(handler.calls.at(-1)?.conversationId).toBe(`discord:dm:${m.channel_id}`);
    const reply = handler.replies.at(-1) as Reply;
    expect(reply).toMatchObject({ answered: true, intent: "said" });
    expect(r.body?.content).toBe(renderReply(reply)[0]);
    expect(r.body?.content).toMatch(/«.+»/);
  });

  it("follow-ups are per channel: a pronoun in the channel resolves, the same pronoun in another DM does not share it", async () => {
    const speaker = story.quotes.find((q) => q.kind === "direct")?.speaker as string;
    const a = h.fake.sendMessage({ content: mention(`who is ${speaker}?`), mentionBot: true });
    await h.fake.waitForReply(a.id);
    const b = h.fake.sendMessage({ content: mention("what did he say?"), mentionBot: true });
    await h.fake.waitForReply(b.id);
    expect(handler.calls.at(-1)?.conversationId).toBe(handler.calls.at(-2)?.conversationId);
    const inChannel = handler.replies.at(-1) as Reply;
    expect(inChannel.answered).toBe(true);
    expect(inChannel.quotes.some((q) => q.speaker === speaker)).toBe(true);
    const dm = h.fake.sendDM({ content: "what did he say?", author: h.fake.user() });
    await h.fake.waitForReply(dm.id);
    expect(handler.calls.at(-1)?.conversationId).toBe(`discord:dm:${dm.channel_id}`);
    expect((handler.replies.at(-1) as Reply).quotes.some((q) => q.speaker === speaker)).toBe(false);
  });

  it("ignores messages that do not mention it, other bots, and its own messages", async () => {
    const before = handler.calls.length;
    const posted = messagePosts().length;
    h.fake.sendMessage({ content: "how many troops?" });
    h.fake.sendMessage({ content: mention("how many troops?"), mentionBot: true, author: h.fake.user({ bot: true }) });
    h.fake.sendMessage({ content: mention("how many troops?"), mentionBot: true, author: h.fake.botUser });
    // A later mention is answered, so the ignored ones before it were processed (events are ordered).
    const m = h.fake.sendMessage({ content: mention("who spoke?"), mentionBot: true });
    await h.fake.waitForReply(m.id);
    expect(handler.calls.length).toBe(before + 1);
    expect(messagePosts().length).toBe(posted + 1);
  });

  it("never pings: an @everyone / role / user mention in the question goes back with allowed_mentions.parse = []", async () => {
    const victim = h.fake.user();
    handler.next = (msg) => ({ answered: false, lang: "en", intent: "echo", text: `You asked: ${msg.text}`, quotes: [], figures: [], citations: [], suggestions: [] });
    const m = h.fake.sendMessage({ content: mention(`@everyone @here <@&123456> <@${victim.id}> ping?`), mentionBot: true });
    const r = await h.fake.waitForReply(m.id);
    expect(r.body?.content).toContain("@everyone");
    expect(r.body?.allowed_mentions).toEqual({ parse: [], replied_user: false });
    // Every message the bot ever sent in this file, replies and follow-ups alike.
    for (const post of messagePosts()) expect((post.body?.allowed_mentions as JsonObject | undefined)?.parse).toEqual([]);
  });

  it("shows a long answer part by part: the first as the reply with a More button, each click the next", async () => {
    const citations = Array.from({ length: 12 }, (_, i) => ({ sentence: i, text: `Sentence ${i}: ` + "lorem ipsum ".repeat(40) + `end ${i}.` }));
    handler.next = (): Reply => ({ answered: true, lang: "en", intent: "x", text: "Long one.", quotes: [], figures: [], citations, suggestions: [] });
    const m = h.fake.sendMessage({ content: mention("tell me everything"), mentionBot: true });
    const expected = renderReply(handler.next({ platform: "discord", text: "", user: "", conversationId: "" })).length;
    expect(expected).toBeGreaterThan(2);
    const first = await h.fake.waitForReply(m.id);
    handler.next = undefined;
    const contents = [String(first.body?.content)];
    let buttons = first.body?.components as JsonObject[];
    let message = h.fake.botMessages(h.fake.channelId).at(-1)!;
    while (buttons.length) {
      const [more] = (buttons[0]?.components as JsonObject[]) ?? [];
      expect(more).toMatchObject({ type: 2, label: "More" });
      const click = h.fake.sendButton({ customId: String(more?.custom_id), message });
      const data = (await h.fake.waitForCallback(click)).data as JsonObject;
      expect((data.allowed_mentions as JsonObject).parse).toEqual([]);
      contents.push(String(data.content));
      buttons = (data.components as JsonObject[] | undefined) ?? [];
      message = { ...message, id: String(click.id) };
    }
    expect(contents).toHaveLength(expected);
    for (const c of contents) expect(c.length).toBeLessThanOrEqual(2000);
    const joined = contents.join("\n");
    for (let i = 0; i < 12; i++) expect(joined).toContain(`end ${i}.`);
    // The rest is shown once: a second click on a used "More" says so, privately.
    const stale = h.fake.sendButton({ customId: "brief:more:unknown-id", message });
    const cb = await h.fake.waitForCallback(stale);
    expect(cb.data).toMatchObject({ flags: 64 });
    expect(String((cb.data as JsonObject).content)).toMatch(/no longer available/);
  });

  it("offers the suggestions of a decline as buttons; a click asks that question in the same conversation", async () => {
    const author = h.fake.user();
    const m = h.fake.sendMessage({ content: mention("How many tanks are deployed?"), mentionBot: true, author });
    const r = await h.fake.waitForReply(m.id);
    const declined = handler.replies.at(-1) as Reply;
    expect(declined.answered).toBe(false);
    expect(declined.suggestions.length).toBeGreaterThan(0);
    // The suggestions are buttons now, not a list in the text.
    expect(String(r.body?.content)).not.toContain("You could ask");
    const row = (r.body?.components as JsonObject[])[0] as JsonObject;
    const buttons = row.components as JsonObject[];
    expect(buttons.map((b) => b.label)).toEqual(declined.suggestions.slice(0, 5));
    const question = declined.suggestions[0] as string;
    const click = h.fake.sendButton({ customId: String(buttons[0]?.custom_id), message: h.fake.botMessages(h.fake.channelId).at(-1)!, user: author });
    const data = (await h.fake.waitForCallback(click)).data as JsonObject;
    expect(handler.calls.at(-1)).toEqual({ platform: "discord", text: question, user: author.id, conversationId: `discord:${h.fake.channelId}` });
    const answer = handler.replies.at(-1) as Reply;
    expect(answer.answered).toBe(true);
    expect(data.content).toBe(renderReply(answer, 2000, { buttons: true })[0]);
    expect((data.allowed_mentions as JsonObject).parse).toEqual([]);
    // Not private: the channel sees the answer to the suggestion, like the first answer.
    expect(data.flags ?? 0).toBe(0);
  });

  it("takes a plain-text @name out of the question too", async () => {
    const m = h.fake.sendMessage({ content: `@${h.fake.botUser.username}, who spoke?`, mentionBot: true });
    await h.fake.waitForReply(m.id);
    expect(handler.calls.at(-1)?.text).toBe("who spoke?");
  });

  it("answers a mention of its managed role, the role mention taken out", async () => {
    const m = h.fake.sendMessage({ content: `<@&${h.fake.botRoleId}> who spoke?`, mentionBotRole: true });
    await h.fake.waitForReply(m.id);
    expect(handler.calls.at(-1)?.text).toBe("who spoke?");
  });

  it("asks for a question when the mention is empty", async () => {
    const before = handler.calls.length;
    const m = h.fake.sendMessage({ content: `<@${h.fake.botUser.id}>`, mentionBot: true });
    const r = await h.fake.waitForReply(m.id);
    expect(r.body?.content).toMatch(/Ask your question after the mention/);
    expect(handler.calls.length).toBe(before);
  });

  it("rate-limits a user who floods: a polite reply once, then silence, others unaffected, back after the window", async () => {
    const flooder = h.fake.user();
    const asked = handler.calls.length;
    const ms = [1, 2, 3, 4, 5].map((i) => h.fake.sendMessage({ content: mention(`question ${i}`), mentionBot: true, author: flooder }));
    const replies = await Promise.all(ms.slice(0, 4).map((m) => h.fake.waitForReply(m.id)));
    const mine = handler.calls.map((c, i) => [c, handler.replies[i]] as const).filter(([c]) => c.user === flooder.id);
    expect(mine.map(([c]) => c.text)).toEqual(["question 1", "question 2", "question 3"]);
    expect(replies.slice(0, 3).map((r) => r.body?.content)).toEqual(mine.map(([, reply]) => renderReply(reply as Reply, 2000, { buttons: true })[0]));
    expect(replies[3]?.body?.content).toMatch(/that's a lot of questions in a row\. Please try again in \d+ s/);
    const other = h.fake.sendMessage({ content: mention("question from someone else"), mentionBot: true });
    await h.fake.waitForReply(other.id);
    // The fifth was not answered at all (no second refusal in the channel).
    expect(h.fake.requests.some((r) => (r.body?.message_reference as JsonObject | undefined)?.message_id === ms[4]?.id)).toBe(false);
    expect(handler.calls.length).toBe(asked + 4);
    now += 10_000;
    const later = h.fake.sendMessage({ content: mention("question 6"), mentionBot: true, author: flooder });
    await h.fake.waitForReply(later.id);
    expect(handler.calls.at(-1)).toMatchObject({ user: flooder.id, text: "question 6" });
  });

  it("says what to do when the handler fails", async () => {
    handler.next = () => {
      throw new Error("boom");
    };
    const m = h.fake.sendMessage({ content: mention("anything"), mentionBot: true });
    const r = await h.fake.waitForReply(m.id);
    expect(r.body?.content).toMatch(/Sorry, I couldn't answer that\. Try again in a moment/);
    expect(logLines.some((l) => l.includes("could not answer a message") && l.includes("boom"))).toBe(true);
  });
});
