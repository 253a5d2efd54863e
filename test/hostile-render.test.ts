import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NO_PINGS } from "../adapters/discord/render/limits.js";
import { renderReply as renderDiscord } from "../adapters/discord/render/reply.js";
import { renderReply as renderSlack } from "../adapters/slack/render/reply.js";
import type { Reply } from "../src/engine/reply.js";
import { hostileText, markup } from "./hostile/arbitraries.js";

/** User or story text that tries to ping or link: markup of both platforms, among any characters. */
const hostile = fc.oneof(
  hostileText(10),
  fc.array(fc.oneof(markup, fc.string({ maxLength: 5 })), { minLength: 1, maxLength: 8 }).map((p) => p.join("")),
);

const reply = fc.record({
  answered: fc.boolean(),
  lang: fc.constantFrom<"fr" | "en">("fr", "en"),
  text: hostile,
  quote: hostile,
  speaker: hostile,
  figure: hostile,
  cited: hostile,
  suggestion: hostile,
}).map(
  (r): Reply => ({
    answered: r.answered,
    lang: r.lang,
    intent: "fuzz",
    text: r.text || "x",
    quotes: [{ speaker: r.speaker || "s", text: r.quote || "q", kind: "direct", sentence: 0 }],
    figures: [{ text: r.figure || "1", claimedBy: r.speaker || null, sentence: 0 }],
    citations: [{ sentence: 0, text: r.cited || "c" }],
    suggestions: [r.suggestion || "s"],
  }),
);

/** Every string a Slack client renders: the fallback `text` and each block's text fields. */
function slackStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === "string") out.push(value);
  else if (Array.isArray(value)) for (const v of value) slackStrings(v, out);
  else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) if (k !== "type") slackStrings(v, out);
  return out;
}

/** Positions of `ch` in `s` not preceded by an odd run of backslashes (i.e. not escaped). */
function unescaped(s: string, ch: string): number[] {
  const at: number[] = [];
  for (let i = s.indexOf(ch); i >= 0; i = s.indexOf(ch, i + 1)) {
    let slashes = 0;
    while (i - 1 - slashes >= 0 && s[i - 1 - slashes] === "\\") slashes++;
    if (slashes % 2 === 0) at.push(i);
  }
  return at;
}

describe("user and story text never becomes a ping or a link", () => {
  it("Slack: no raw < or > (mentions, <!channel>, <url|label>) and no live @channel/@here/@everyone", () => {
    fc.assert(
      fc.property(reply, (r) => {
        for (const m of renderSlack(r)) {
          for (const s of slackStrings(m)) {
            expect(s).not.toMatch(/[<>]/);
            expect(s).not.toMatch(/@(?:channel|here|everyone)\b/i);
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it("Discord: every < and [ of the text is escaped, so <@id>, <#id>, <https://…> and [label](url) show as typed", () => {
    fc.assert(
      fc.property(reply, (r) => {
        const out = renderDiscord(r).join("\n");
        expect(unescaped(out, "<")).toEqual([]);
        // The renderer's own markup uses ** and > but never [ ]: any [ comes from the text.
        expect(unescaped(out, "[")).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it("Discord: replies are sent with no mention parsing, so @everyone and @here in the text ping no one", () => {
    expect(NO_PINGS).toEqual({ parse: [] });
  });

  it("the markup cases, one by one, on both platforms", () => {
    for (const text of ["@everyone look", "<@123> hi", "<!channel> now", "<https://evil.example|click>", "[click](https://evil.example)", "<#42>", "<@&7>"]) {
      const r: Reply = { answered: true, lang: "en", intent: "x", text, quotes: [], figures: [], citations: [], suggestions: [] };
      const slack = slackStrings(renderSlack(r)).join("\n");
      expect(slack).not.toMatch(/[<>]|@(?:channel|here|everyone)\b/);
      const discord = renderDiscord(r).join("\n");
      expect(unescaped(discord, "<")).toEqual([]);
      expect(unescaped(discord, "[")).toEqual([]);
    }
  });
});
