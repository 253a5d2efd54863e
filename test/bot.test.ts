import { describe, expect, it } from "vitest";
import { createBot, LruMap } from "../src/bot.js";
import { createEngine } from "../src/engine/engine.js";
import { testStory } from "./engine-story.js";

const msg = (text: string, conversationId = "c1") => ({ platform: "shell" as const, text, user: "u", conversationId });

describe("LruMap", () => {
  it("forgets the least recently used key beyond its capacity", () => {
    const m = new LruMap<string, number>(2);
    m.set("a", 1);
    m.set("b", 2);
    expect(m.get("a")).toBe(1); // a is now the most recent
    m.set("c", 3);
    expect(m.has("b")).toBe(false);
    expect(m.has("a")).toBe(true);
    expect(m.size).toBe(2);
  });
  it("refuses a capacity below one", () => {
    expect(() => new LruMap(0)).toThrow();
  });
});

describe("bot", () => {
  const engine = createEngine(testStory());
  it("keeps one conversation per id, so follow-ups do not leak across channels", () => {
    const bot = createBot(engine);
    bot.handle(msg("Who is Aino Virtanen?", "chan-a"));
    bot.handle(msg("Who is Ostaptchouk?", "chan-b"));
    expect(bot.handle(msg("What did she say?", "chan-a")).text).toContain("sous-marins");
    expect(bot.handle(msg("What did he say?", "chan-b")).text).toContain("la flotte répondra");
  });
  it("bounds the number of conversations it remembers", () => {
    const bot = createBot(engine, { maxConversations: 3 });
    for (let i = 0; i < 10; i++) bot.handle(msg("Who is Aino Virtanen?", `c${i}`));
    expect(bot.conversations.size).toBe(3);
    expect(bot.conversations.has("shell:c9")).toBe(true);
    expect(bot.conversations.has("shell:c0")).toBe(false);
    // a forgotten conversation starts afresh: the pronoun has nobody to refer to
    expect(bot.handle(msg("What did she say?", "c0")).answered).toBe(false);
  });
  it("declines an over-long question politely, in the question's language when known", () => {
    const bot = createBot(engine, { maxQuestionLength: 50 });
    const r = bot.handle(msg("Who spoke? ".repeat(10)));
    expect(r.answered).toBe(false);
    expect(r.intent).toBe("too_long");
    expect(r.text).toMatch(/too long/);
  });
  it("answers an empty or blank message with help", () => {
    const bot = createBot(engine);
    expect(bot.handle(msg("   ")).intent).toBe("help");
  });
  it("passes a forced language through", () => {
    const bot = createBot(engine);
    expect(bot.handle({ ...msg("Who spoke?"), lang: "fr" }).lang).toBe("fr");
  });
});
