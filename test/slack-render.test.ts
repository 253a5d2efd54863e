import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { composeBriefing } from "../src/briefing/compose.js";
import { ingest } from "../src/story/ingest.js";
import type { Reply } from "../src/engine/reply.js";
import { escapeSlack, safeText } from "../adapters/slack/render/escape.js";
import { renderBriefing } from "../adapters/slack/render/briefing.js";
import { BLOCKS_PER_MESSAGE_MAX, SECTION_TEXT_MAX, splitText, type SlackMessage } from "../adapters/slack/render/limits.js";
import { renderReply } from "../adapters/slack/render/reply.js";
import { firstDispatch } from "./briefing-fixtures.js";
import { fixtureStory } from "./fakes/slack/story.js";

const reply = (over: Partial<Reply> = {}): Reply => ({
  answered: true,
  lang: "en",
  intent: "test",
  text: "The spokesman spoke.",
  quotes: [],
  figures: [],
  citations: [],
  suggestions: [],
  ...over,
});

/** Every text Slack would parse in a message: the fallback and each mrkdwn/plain text object. */
function texts(m: SlackMessage): string[] {
  const out = [m.text];
  for (const b of m.blocks) {
    if (b.type === "section" && b.text) out.push(b.text.text);
    if (b.type === "context") for (const e of b.elements) if ("text" in e && typeof e.text === "string") out.push(e.text);
  }
  return out;
}

function checkLimits(messages: SlackMessage[]): void {
  for (const m of messages) {
    expect(m.blocks.length).toBeLessThanOrEqual(BLOCKS_PER_MESSAGE_MAX);
    expect(m.text.length).toBeGreaterThan(0);
    for (const b of m.blocks) {
      if (b.type === "section") expect(b.text?.text.length ?? 0).toBeLessThanOrEqual(SECTION_TEXT_MAX);
      if (b.type === "context") expect(b.elements.length).toBeLessThanOrEqual(10);
    }
  }
}

describe("Slack escaping", () => {
  it("escapes &, < and > so no mention, broadcast or link survives", () => {
    expect(escapeSlack("<!channel> & <@U123> <https://evil.example|click>")).toBe(
      "&lt;!channel&gt; &amp; &lt;@U123&gt; &lt;https://evil.example|click&gt;",
    );
  });

  it("defuses bare @channel / @here / @everyone", () => {
    expect(safeText("hey @here and @channel")).not.toMatch(/@here|@channel/);
    expect(safeText("mail me @ home")).toBe("mail me @ home");
  });

  it("renders user and story text escaped in every part of a reply", () => {
    const hostile = "<!channel> <@U999> <http://x|y> & co";
    const messages = renderReply(
      reply({
        text: `You asked: ${hostile}`,
        quotes: [{ speaker: "<!here>", text: "<@U1> said", kind: "direct", sentence: 0 }],
        figures: [{ text: "<!everyone> 5", claimedBy: "<#C1>", sentence: 0 }],
        citations: [{ sentence: 0, text: hostile }],
        answered: false,
        suggestions: ["<!subteam^S1>"],
      }),
    );
    for (const t of messages.flatMap(texts)) {
      expect(t).not.toMatch(/[<>]/);
      expect(t).not.toMatch(/&(?!amp;|lt;|gt;)/);
    }
    expect(messages[0]?.text).toContain("&lt;!channel&gt;");
  });

  it("never lets any string inject markup (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 400 }), fc.string({ maxLength: 200 }), (text, quote) => {
        const ms = renderReply(reply({ text: text || "x", quotes: [{ speaker: quote || "s", text: quote || "q", kind: "direct", sentence: 0 }], citations: [{ sentence: 2, text }] }));
        for (const t of ms.flatMap(texts)) expect(t).not.toMatch(/[<>]/);
      }),
      { numRuns: 200 },
    );
  });
});

describe("Slack limits", () => {
  it("splits long text on line or word boundaries, under the limit, losing nothing", () => {
    const long = Array.from({ length: 900 }, (_, i) => `word${i}`).join(" ");
    const pieces = splitText(long, 3000);
    expect(pieces.length).toBeGreaterThan(1);
    for (const p of pieces) expect(p.length).toBeLessThanOrEqual(3000);
    expect(pieces.join(" ")).toBe(long);
  });

  it("never cuts an entity or a surrogate pair in two", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("&", "<", "a", "😀"), minLength: 1, maxLength: 300 }), fc.integer({ min: 6, max: 40 }), (raw, max) => {
        const escaped = escapeSlack(raw);
        const pieces = splitText(escaped, max);
        for (const p of pieces) {
          expect(p.length).toBeLessThanOrEqual(max);
          expect(p).not.toMatch(/&(?!amp;|lt;|gt;)/);
          expect(p).not.toMatch(/[\uD800-\uDBFF]$/);
        }
        expect(pieces.join("")).toBe(escaped);
      }),
      { numRuns: 300 },
    );
  });

  it("keeps a huge reply within 3,000 characters a section and 50 blocks a message", () => {
    const citations = Array.from({ length: 600 }, (_, i) => ({ sentence: i, text: `Sentence ${i} ${"x".repeat(200)}` }));
    const messages = renderReply(reply({ text: "y ".repeat(5000), citations }));
    expect(messages.length).toBeGreaterThan(1);
    checkLimits(messages);
    const contextElements = messages.flatMap((m) => m.blocks).flatMap((b) => (b.type === "context" ? b.elements : []));
    expect(contextElements).toHaveLength(600);
  });

  it("always has a plain-text fallback, also for an empty answer", () => {
    const [m] = renderReply(reply({ text: "" }));
    expect(m?.text.length).toBeGreaterThan(0);
    expect(m?.blocks.length).toBeGreaterThan(0);
  });
});

describe("Slack reply layout", () => {
  it("puts the answer in a section, extra quotes in « », citations in a context block", () => {
    const [m] = renderReply(
      reply({
        text: "Novak said the drills are defensive.",
        quotes: [{ speaker: "Jan Novak", text: "Ces exercices sont purement défensifs", kind: "direct", sentence: 1 }],
        citations: [{ sentence: 1, text: "« Ces exercices sont purement défensifs », a déclaré le porte-parole Jan Novak." }],
      }),
    );
    expect(m?.blocks[0]).toMatchObject({ type: "section", text: { type: "mrkdwn", text: "Novak said the drills are defensive." } });
    expect(m?.blocks[1]).toMatchObject({ type: "section", text: { text: "*Jan Novak*: « Ces exercices sont purement défensifs »" } });
    expect(m?.blocks[2]).toMatchObject({ type: "context" });
    expect(JSON.stringify(m?.blocks[2])).toContain("Source [2]");
  });

  it("does not repeat a quote the answer already contains, and lists suggestions after a decline", () => {
    const [m] = renderReply(
      reply({
        answered: false,
        text: "The story does not say « x ».",
        quotes: [{ speaker: "A", text: "x", kind: "direct", sentence: 0 }],
        suggestions: ["Who spoke?"],
      }),
    );
    expect(m?.blocks).toHaveLength(2);
    expect(JSON.stringify(m?.blocks[1])).toContain("Who spoke?");
  });

  it("renders a composed briefing within the limits, in its language", () => {
    const story = fixtureStory();
    for (const lang of ["fr", "en"] as const) {
      const messages = renderBriefing(composeBriefing(story, { lang }));
      checkLimits(messages);
      const all = JSON.stringify(messages);
      expect(all).toContain("Ces exercices sont purement défensifs");
      expect(all).toContain(lang === "fr" ? "Ce qui a été dit" : "What was said");
    }
  });

  it("briefs key points, reported speech without « », and sources by the story's numbers", () => {
    const b = composeBriefing(firstDispatch(), { lang: "fr", maxPoints: 1 });
    const all = JSON.stringify(renderBriefing(b));
    expect(all).toContain("L'essentiel");
    expect(b.quotes.filter((x) => x.kind === "indirect").length).toBeGreaterThan(0);
    for (const p of b.points ?? []) expect(all).toContain(`${safeText(p.text)} [${p.sentence + 1}]`);
    for (const q of b.quotes.filter((x) => x.kind === "indirect")) {
      expect(all).not.toContain(`« ${safeText(q.text)} »`);
      expect(all).toContain(`Selon ${safeText(q.speaker)} : ${safeText(q.text)}`);
    }
    const shown = new Set([...(b.leadSentences ?? []), ...(b.points ?? []).map((p) => p.sentence)]);
    for (const c of b.citations) {
      expect(all.includes(`Source [${c.sentence + 1}]`)).toBe(!shown.has(c.sentence));
    }
  });

  it("the briefing's notification text never cuts the title at a comma nor repeats it", () => {
    const story = ingest(
      "TALLINN (AFP) - Le ministre estonien de la Défense, Kalle Tamm, a reçu mardi son homologue letton, Juris Ozols, afin de préparer un exercice commun, a annoncé le ministère.",
      { slug: "tamm-ozols" },
    );
    const b = composeBriefing({ ...story, title: `${story.title},` }, { lang: "fr" });
    expect(b.title.endsWith(",")).toBe(false);
    const [first] = renderBriefing(b);
    expect(first?.text).not.toMatch(/,\s+—/);
    expect(first?.text.startsWith(safeText(b.lead).slice(0, 60))).toBe(true);
    expect((first?.text ?? "").split(b.title.slice(0, 40)).length - 1).toBe(1);
  });
});
