import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Briefing } from "../src/briefing/types.js";
import type { Reply } from "../src/engine/reply.js";
import { embedSize, pack, renderBriefingEmbed } from "../adapters/discord/render/briefing.js";
import { escapeText, truncate } from "../adapters/discord/render/escape.js";
import { renderReply } from "../adapters/discord/render/reply.js";
import { splitMessage } from "../adapters/discord/render/split.js";

const reply = (over: Partial<Reply> = {}): Reply => ({
  answered: true,
  lang: "fr",
  intent: "said",
  text: "Réponse.",
  quotes: [],
  figures: [],
  citations: [],
  suggestions: [],
  ...over,
});

describe("escaping Discord markdown", () => {
  it("escapes emphasis, code, spoilers, strikethrough and line-start markup", () => {
    expect(escapeText("a *b* __c__ `d` ||e|| ~~f~~")).toBe("a \\*b\\* \\_\\_c\\_\\_ \\`d\\` \\|\\|e\\|\\| \\~\\~f\\~\\~");
    expect(escapeText("# titre")).toBe("\\# titre");
    expect(escapeText("- point")).toBe("\\- point");
    expect(escapeText("> cité")).toBe("\\> cité");
    expect(escapeText("[lien](https://example.org)")).toBe("\\[lien\\](https://example.org)");
    expect(escapeText("1. un")).toBe("1\\. un");
    expect(escapeText("<@123> and \\")).toBe("\\<@123> and \\\\");
  });

  it("renders quotes in « » with their markdown escaped and speaker named", () => {
    const [out] = renderReply(reply({ text: "Ce qu'elle a dit.", quotes: [{ speaker: "A_B", text: "Nous sommes *prêts*", kind: "direct", sentence: 1 }] }));
    expect(out).toContain("« Nous sommes \\*prêts\\* » — **A\\_B**");
  });

  it("does not repeat a quote the answer text already carries, and lists the cited sentences", () => {
    const text = "Elle a dit « Nous sommes prêts ».";
    const [out] = renderReply(reply({ text, quotes: [{ speaker: "A", text: "Nous sommes prêts", kind: "direct", sentence: 1 }], citations: [{ sentence: 1, text: "Phrase citée." }] }));
    expect(out?.match(/Nous sommes prêts/g)).toHaveLength(1);
    expect(out).toContain("**Sources**\n> Phrase citée.");
  });

  it("adds suggestions to a decline, in the reply's language", () => {
    const [en] = renderReply(reply({ lang: "en", answered: false, text: "The story does not say.", suggestions: ["who spoke"] }));
    expect(en).toContain("*You could ask:*\n- who spoke");
    const [fr] = renderReply(reply({ answered: false, text: "La dépêche ne le dit pas.", suggestions: ["qui a parlé"] }));
    expect(fr).toContain("Vous pouvez demander");
  });
});

describe("splitting below Discord's limits", () => {
  it("splits a long reply into messages of at most 2,000 characters, keeping every citation", () => {
    const citations = Array.from({ length: 30 }, (_, i) => ({ sentence: i, text: `Phrase ${i} ` + "mot ".repeat(30) + `fin${i}.` }));
    const chunks = renderReply(reply({ citations }));
    expect(chunks.length).toBeGreaterThan(1);
    for (const c of chunks) expect(c.length).toBeLessThanOrEqual(2000);
    const all = chunks.join("\n");
    for (let i = 0; i < 30; i++) expect(all).toContain(`fin${i}.`);
  });

  it("never loses text and never exceeds the limit (property)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 3000 }), fc.integer({ min: 10, max: 300 }), (text, max) => {
        const chunks = splitMessage(text, max);
        for (const c of chunks) expect(c.length).toBeLessThanOrEqual(max);
        expect(chunks.join("").replace(/\s+/g, "")).toBe(text.replace(/\s+/g, ""));
      }),
    );
  });

  it("never separates a backslash from the character it escapes", () => {
    const escaped = escapeText("*".repeat(50));
    for (const max of [7, 8, 9, 10]) {
      for (const c of splitMessage(escaped, max)) expect(/(^|[^\\])(\\\\)*\\$/.test(c)).toBe(false);
    }
  });

  it("truncates on a word boundary with an ellipsis", () => {
    expect(truncate("un deux trois quatre cinq", 16)).toBe("un deux trois…");
    expect(truncate("x".repeat(20), 10)).toBe("x".repeat(9) + "…");
    expect(truncate("court", 10)).toBe("court");
  });
});

describe("briefing embed", () => {
  const big = (n: number, len: number) => Array.from({ length: n }, (_, i) => `${i} ` + "x".repeat(len));
  const briefing = (over: Partial<Briefing> = {}): Briefing => ({
    lang: "fr",
    title: "Titre *important*",
    lead: "Ce qui s'est passé.",
    isUpdate: false,
    people: [{ name: "Ada", role: "ministre", spoke: true }],
    quotes: [{ speaker: "Ada", text: "Nous sommes *prêts*", kind: "direct", sentence: 1 }],
    figures: [{ text: "plus de 1 000 soldats", claimedBy: "Ada", sentence: 2 }],
    unstated: [],
    citations: [{ sentence: 1, text: "Phrase." }],
    ...over,
  });

  it("renders sections with quotes in « » and the footer key", () => {
    const e = renderBriefingEmbed(briefing({ isUpdate: true }), "briefbot · point du jour · k1");
    expect(e.title).toBe("Titre \\*important\\*");
    expect(e.description).toMatch(/^\*\*Nouveau depuis le dernier point\*\*\n/);
    expect(e.fields?.map((f) => f.name)).toEqual(["Qui est qui", "Citations", "Chiffres", "Sources"]);
    expect(e.fields?.[1]?.value).toBe("« Nous sommes \\*prêts\\* » — Ada [2]");
    expect(e.footer?.text).toBe("briefbot · point du jour · k1");
  });

  it("gives key points, reported speech without « », and sources by the story's numbers", () => {
    const e = renderBriefingEmbed(
      briefing({
        leadSentences: [0],
        points: [{ text: "Les blindés sont rentrés.", sentence: 4 }],
        quotes: [{ speaker: "Ada", text: "les blindés seraient rentrés", kind: "indirect", sentence: 4 }],
        citations: [
          { sentence: 0, text: "Ce qui s'est passé." },
          { sentence: 4, text: "Les blindés sont rentrés." },
          { sentence: 6, text: "Plus de 1 000 soldats, selon Ada." },
        ],
      }),
      "k",
    );
    expect(e.description).toBe("Ce qui s'est passé. [1]\n\n**L'essentiel**\n• Les blindés sont rentrés. [5]");
    expect(e.fields?.map((f) => f.name)).toEqual(["Qui est qui", "Citations", "Chiffres", "Sources"]);
    expect(e.fields?.[1]?.value).toBe("Selon Ada : les blindés seraient rentrés [5]");
    // Only the sentence not shown whole is listed, under its own number.
    expect(e.fields?.[3]?.value).toBe("> [7] Plus de 1 000 soldats, selon Ada.");
  });

  it("stays within every embed limit however large the briefing", () => {
    const huge = briefing({
      title: "T".repeat(400),
      lead: "L".repeat(5000),
      points: big(20, 600).map((text, sentence) => ({ text, sentence })),
      people: big(200, 80).map((name) => ({ name, role: "r".repeat(50), spoke: false })),
      quotes: big(100, 900).map((text) => ({ speaker: "S", text, kind: "direct" as const, sentence: 0 })),
      figures: big(100, 300).map((text) => ({ text, claimedBy: null, sentence: 0 })),
      unstated: big(50, 100).map((text) => ({ text, sentence: 0 })),
      citations: big(100, 2000).map((text, sentence) => ({ sentence, text })),
    });
    const e = renderBriefingEmbed(huge, "footer");
    expect(embedSize(e)).toBeLessThanOrEqual(6000);
    expect(e.title!.length).toBeLessThanOrEqual(256);
    expect(e.description!.length).toBeLessThanOrEqual(4096);
    for (const f of e.fields ?? []) {
      expect(f.value.length).toBeLessThanOrEqual(1024);
      expect(f.value.length).toBeGreaterThan(0);
    }
    expect(e.fields?.[0]?.value).toMatch(/… \+\d+$/);
  });

  it("packs items and counts what did not fit", () => {
    expect(pack(["aaaa", "bbbb", "cccc"], 100)).toBe("aaaa\nbbbb\ncccc");
    const packed = pack(["a".repeat(30), "b".repeat(30), "c".repeat(30)], 50);
    expect(packed.length).toBeLessThanOrEqual(50);
    expect(packed).toMatch(/^a{30}\n… \+2$/);
  });
});
