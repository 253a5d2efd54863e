import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createBot, DEFAULT_MAX_QUESTION } from "../src/bot.js";
import { createEngine } from "../src/engine/engine.js";
import type { Reply } from "../src/engine/reply.js";
import { ingest } from "../src/story/ingest.js";
import { loadStory } from "../src/story/load.js";
import { anyString, hostileText } from "./hostile/arbitraries.js";

const story = loadStory();
const engine = createEngine(story);

/** The reply contract every adapter renders from (shared/README: an answer over 700 characters is wrong). */
function expectWellFormed(reply: Reply): void {
  expect(typeof reply.answered).toBe("boolean");
  expect(["fr", "en"]).toContain(reply.lang);
  expect(reply.text.trim().length).toBeGreaterThan(0);
  expect(reply.text.length).toBeLessThanOrEqual(700);
  // Citations are the story's own sentences, never text made up from the question.
  for (const c of reply.citations) expect(c.text).toBe(story.sentences[c.sentence]?.text);
}

describe("ask on hostile questions (fast-check)", () => {
  it("any question gets a well-formed reply from the engine, in any conversation state", () => {
    fc.assert(
      fc.property(fc.oneof(anyString, hostileText(12)), fc.constantFrom<"fr" | "en" | undefined>("fr", "en", undefined), (q, lang) => {
        let state = { focus: null, lang: null, lastIntent: null } as Parameters<typeof engine.ask>[1];
        // Twice: the second question runs as a follow-up with whatever state the first left.
        for (let i = 0; i < 2; i++) {
          const r = engine.ask(q, state, lang ? { lang } : {});
          expectWellFormed(r.reply);
          state = r.state;
        }
      }),
      { numRuns: 300 },
    );
  });

  it("any question through the bot, in one conversation, never throws and always answers or declines", () => {
    const bot = createBot(engine);
    fc.assert(
      fc.property(fc.oneof(anyString, hostileText(12)), (text) => {
        expectWellFormed(bot.handle({ platform: "slack", text, user: "U1", conversationId: "C1" }));
      }),
      { numRuns: 300 },
    );
  });

  it("questions about a story ingested from hostile text are answered or declined, never thrown", () => {
    fc.assert(
      fc.property(hostileText(30), fc.oneof(anyString, hostileText(8)), (text, q) => {
        const e = createEngine(ingest(text, { slug: "fuzz" }));
        const r = e.ask(q, { focus: null, lang: null, lastIntent: null });
        expect(r.reply.text.length).toBeLessThanOrEqual(700);
        expect(r.reply.text.trim()).not.toBe("");
      }),
      { numRuns: 150 },
    );
  });
});

describe("the question length limit", () => {
  const bot = createBot(engine);
  it("declines a question over the limit with a message saying so, in the asker's language", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", minLength: DEFAULT_MAX_QUESTION + 1, maxLength: DEFAULT_MAX_QUESTION * 3 }), (extra) => {
        const text = `Qui a parlé ? ${extra}`.padEnd(DEFAULT_MAX_QUESTION + 1, "x");
        fc.pre(text.trim().length > DEFAULT_MAX_QUESTION);
        const r = bot.handle({ platform: "discord", text, user: "u", conversationId: "long", lang: "fr" });
        expect(r.answered).toBe(false);
        expect(r.intent).toBe("too_long");
        expect(r.text).toMatch(/trop longue/);
        expect(r.text).toContain(String(DEFAULT_MAX_QUESTION));
      }),
      { numRuns: 50 },
    );
    const en = bot.handle({ platform: "slack", text: "x".repeat(DEFAULT_MAX_QUESTION + 1), user: "u", conversationId: "long-en", lang: "en" });
    expect(en).toMatchObject({ answered: false, intent: "too_long" });
    expect(en.text).toMatch(/too long/);
  });

  it("answers a question right at the limit normally", () => {
    const text = `Qui a parlé ? ${"x".repeat(DEFAULT_MAX_QUESTION - 14)}`;
    expect(text).toHaveLength(DEFAULT_MAX_QUESTION);
    const r = bot.handle({ platform: "slack", text, user: "u", conversationId: "edge" });
    expect(r.intent).not.toBe("too_long");
    const over = bot.handle({ platform: "slack", text: `${text}x`, user: "u", conversationId: "edge" });
    expect(over.intent).toBe("too_long");
  });

  it("does not keep the text of a declined long question in the conversation", () => {
    const r = bot.handle({ platform: "shell", text: "@everyone ".repeat(100), user: "u", conversationId: "mem" });
    expect(r.intent).toBe("too_long");
    expect(bot.conversations.has("shell:mem")).toBe(false);
  });
});
