import { describe, expect, it } from "vitest";
import { createEngine } from "../src/engine/engine.js";
import { irregularBase } from "../src/engine/lexicon-irregular.js";
import { emptyConversation, type Reply } from "../src/engine/reply.js";
import { ingest } from "../src/story/ingest.js";

/**
 * Irregular verb forms meet their base form, which no suffix rule reaches: a question asks
 * « did they flee? » of a story that wrote « fled », « est-ce que l'armée a dû prendre … » of one
 * that wrote « pris ». Invented dispatches (every name, number and sentence made up).
 */
const EN = `Floods in the valley

Hundreds of villagers fled the rising water on Sunday, the regional governor Tomas Arvelo said.
The talks on rebuilding the dam were led by the engineer Mira Kessel.`;

const FR = `Combats dans le nord

L'armée a pris mardi le contrôle du pont de Valdora, selon le commandant Pierre Oban.
Les habitants avaient fui la ville la veille.`;

const en = createEngine(ingest(EN, { slug: "valley-floods" }));
const fr = createEngine(ingest(FR, { slug: "pont-valdora" }));
const ask = (engine: typeof en, q: string): Reply => engine.ask(q, emptyConversation()).reply;

describe("irregular verb forms", () => {
  it("knows each language's forms, in its own table", () => {
    expect(irregularBase("fled", "en")).toBe("flee");
    expect(irregularBase("sought", "en")).toBe("seek");
    expect(irregularBase("prises", "fr")).toBe("prendre");
    expect(irregularBase("fled", "fr")).toBeNull();
    expect(irregularBase("pris", "en")).toBeNull();
  });

  it("answers a question in the base form from a sentence in the past", () => {
    const r = ask(en, "Did the villagers flee?");
    expect(r.answered).toBe(true);
    expect(r.text).toMatch(/^Yes/);
  });

  it("and the reverse, in French", () => {
    const r = ask(fr, "est-ce que les habitants ont dû fuir la ville ?");
    expect(r.answered).toBe(true);
    expect(r.text).toMatch(/^Oui/);
  });
});

/**
 * The third person plural of the present: the French stemmer keeps « -ent » whole, so a question
 * in the present plural (« de quoi discutent-ils ») never met the story's past (« ont discuté »).
 */
describe("French verbs in the third person plural", () => {
  it("brings the plural to a form the stemmer shares with the other tenses, and leaves nouns and adjectives alone", () => {
    expect(irregularBase("discutent", "fr")).toBe("discute");
    expect(irregularBase("reunissent", "fr")).toBe("reunir");
    expect(irregularBase("viennent", "fr")).toBe("venir");
    expect(irregularBase("prennent", "fr")).toBe("prendre");
    expect(irregularBase("violent", "fr")).toBeNull();
    expect(irregularBase("president", "fr")).toBeNull();
    expect(irregularBase("gouvernement", "fr")).toBeNull();
    expect(irregularBase("discutent", "en")).toBeNull();
  });

  // a short stem (« vot ») meets no longer key by its prefix: « votent » was never « voté »
  const story = createEngine(
    ingest(
      `Conseil de Corvel

Les élus de Corvel votent lundi un nouveau calendrier de pêche.
La préfète Hélène Varoux a salué un accord « équilibré ».`,
      { slug: "conseil-corvel" },
    ),
  );

  it("answers a question in the past from a sentence in the present plural", () => {
    const r = ask(story, "Qui a voté le calendrier ?");
    expect(r.answered).toBe(true);
    expect(r.text).toMatch(/élus/);
  });
});
