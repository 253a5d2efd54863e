import { describe, expect, it } from "vitest";
import { composeBriefing } from "../src/briefing/compose.js";
import { renderBriefingText } from "../src/briefing/render-text.js";
import { appendDispatch } from "../src/story/grow.js";
import { ingest } from "../src/story/ingest.js";
import { firstDispatch, secondDispatch } from "./briefing-fixtures.js";
import { LIGUE } from "./briefing-story.js";

describe("renderBriefingText", () => {
  const ligue = ingest(LIGUE, { slug: "ligue" });

  it("numbers every cited sentence as the story does, from 1, in the items and the sources alike", () => {
    const text = renderBriefingText(composeBriefing(ligue, { lang: "fr" }));
    const lines = text.split("\n");
    // Each source line is the story's sentence of that number.
    const sources = lines.filter((l) => /^\[\d+\] /.test(l));
    expect(sources.length).toBeGreaterThan(0);
    for (const l of sources) {
      const n = Number(/^\[(\d+)\]/.exec(l)![1]);
      expect(l.slice(l.indexOf("] ") + 2)).toBe(ligue.sentences[n - 1]!.text);
    }
    // Each item's reference points at the sentence it comes from.
    const items = lines.filter((l) => l.startsWith("- ") && / \[\d+\]$/.test(l));
    expect(items.length).toBeGreaterThan(5);
    for (const l of items) {
      const n = Number(/\[(\d+)\]$/.exec(l)![1]);
      const words = l.replace(/^- (?:Non précisé : |Selon [^:]+: )?/, "").replace(/ \[\d+\]$/, "").replace(/[«»]/g, "").split(/\s+/).slice(0, 3).join(" ");
      expect(ligue.sentences[n - 1]!.text).toContain(words.replace(/,$/, ""));
    }
    // The 300 million figure is in the story's sixth sentence: it is cited as [6], not renumbered.
    expect(text).toContain("- 300 millions d'euros [6]");
  });

  it("does not list again in the sources a sentence already shown whole", () => {
    const b = composeBriefing(ligue, { lang: "fr" });
    const text = renderBriefingText(b);
    for (const p of b.points!) expect(text.split(ligue.sentences[p.sentence]!.text).length - 1).toBe(1);
  });

  it("puts direct quotes in « » and introduces reported speech, never in « »", () => {
    const b = composeBriefing(firstDispatch(), { lang: "fr", maxPoints: 0 });
    const text = renderBriefingText(b);
    expect(text).toContain("- « Ces exercices sont purement défensifs » (Ilse Varga) [3]");
    expect(text).toContain("- Selon Piet Olm : des blindés seraient engagés [5]");
    expect(text).not.toMatch(/« des blindés/);
    const en = renderBriefingText(composeBriefing(firstDispatch(), { lang: "en", maxPoints: 0 }));
    expect(en).toContain("- According to Piet Olm: des blindés seraient engagés [5]");
    expect(en).toContain("- “Ces exercices sont purement défensifs” (Ilse Varga) [3]");
  });

  it("renders headings in the reader's language and marks an update", () => {
    const fr = renderBriefingText(composeBriefing(firstDispatch(), { lang: "fr" }));
    expect(fr).toContain("Qui est qui");
    expect(fr).toContain("- Plus de 20 000 soldats, selon Ilse Varga [4]");
    expect(fr).toContain("- Non précisé : n'ont pas précisé le nombre d'avions [6]");
    const en = renderBriefingText(composeBriefing(firstDispatch(), { lang: "en" }));
    expect(en).toContain("Key points");
    expect(en).toContain("according to Ilse Varga");
    const update = renderBriefingText(composeBriefing(appendDispatch(firstDispatch(), secondDispatch()), { lang: "en", sinceDispatch: 0 }));
    expect(update).toMatch(/\nNew: Le Norland a mis fin/);
  });
});
