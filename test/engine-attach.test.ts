import { describe, expect, it } from "vitest";
import { createEngine } from "../src/engine/engine.js";
import { emptyConversation, type Reply } from "../src/engine/reply.js";
import { ingest } from "../src/story/ingest.js";
import { buildIndex } from "../src/engine/index.js";
import { attachedTo, verbGroups } from "../src/engine/answers/attach.js";

/**
 * Which event a date or place belongs to (answers/attach.ts), on invented dispatches (every name
 * and sentence made up): a phrase is the event's told by the verb group before it (« ont repris
 * vendredi »), or by the first one after it when it opens the sentence (« Lundi, … ») — not the
 * event of a question word standing nearer but past another verb group.
 */
const EN = `Ferry lost off Varo

The ferry Gull called at Port Arlen on Monday and sank after hitting rocks near the island of Varo on Wednesday.
On Friday, divers recovered the ship's bell, the coast guard reported.`;

const FR = `Reprise du travail à Orlan

Les dockers, qui avaient voté la grève lundi, ont repris le travail après une nuit de discussions avec l'armateur et la mairie vendredi à l'aube.
Le syndicat doit réunir ses adhérents mardi à Brelande.`;

const en = createEngine(ingest(EN, { slug: "ferry-varo" }));
const fr = createEngine(ingest(FR, { slug: "orlan-reprise" }));
const ask = (engine: ReturnType<typeof createEngine>, q: string): Reply => engine.ask(q, emptyConversation()).reply;

describe("the date or place of the event asked, when the sentence tells two", () => {
  it("« when did the ferry sink »: the day after « sank », not the day after « called at », nearer to the word « sank »", () => {
    const r = ask(en, "When did the ferry sink?");
    expect(r.text).toMatch(/Wednesday/);
    expect(r.text).not.toMatch(/Monday/);
  });
  it("« where did the ferry sink »: the place after « sank », not the port it called at", () => {
    const r = ask(en, "Where did the ferry sink?");
    expect(r.text).toMatch(/Varo/);
    expect(r.text).not.toMatch(/Arlen/);
  });
  it("« quand ont-ils repris le travail »: the day after « ont repris », not the day of the relative clause before it, nearer to « repris »", () => {
    const r = ask(fr, "Quand les dockers ont-ils repris le travail ?");
    expect(r.text).toMatch(/vendredi/);
    expect(r.text).not.toMatch(/lundi/);
  });
});

describe("attachedTo", () => {
  const index = buildIndex(ingest(EN, { slug: "ferry-varo" }));
  const at = (i: number, words: string): { at: number; end: number } => {
    const text = index.story.sentences[i]!.text;
    const k = text.indexOf(words);
    return { at: k, end: k + words.length };
  };
  const s = index.story.sentences.findIndex((x) => x.text.includes("sank"));
  const fronted = index.story.sentences.findIndex((x) => x.text.startsWith("On Friday"));
  it("reads the verb groups: simple pasts, not a capitalised word", () => {
    const text = index.story.sentences[s]!.text;
    expect(verbGroups(index, s).map((g) => text.slice(g.at, g.end))).toEqual(["called", "sank"]);
  });
  it("a phrase belongs to the verb group before it and its complements, not to one after it", () => {
    expect(attachedTo(index, s, at(s, "on Wednesday"), at(s, "sank"))).toBe(true);
    expect(attachedTo(index, s, at(s, "on Monday"), at(s, "sank"))).toBe(false);
    expect(attachedTo(index, s, at(s, "on Monday"), at(s, "called"))).toBe(true);
  });
  it("a phrase that opens its sentence belongs to the first verb group after it", () => {
    expect(attachedTo(index, fronted, at(fronted, "On Friday"), at(fronted, "recovered"))).toBe(true);
    expect(attachedTo(index, fronted, at(fronted, "On Friday"), at(fronted, "reported"))).toBe(false);
  });
});
