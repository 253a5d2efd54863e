import { describe, expect, it } from "vitest";
import { createEngine } from "../src/engine/engine.js";
import { emptyConversation, type Reply } from "../src/engine/reply.js";
import { ingest } from "../src/story/ingest.js";

/**
 * The hole a question leaves (answers/hole.ts): « il va présenter quoi au conseil ? », "what were
 * the guns pointing at?" ask for the object of one of their words, and the answer is what the
 * sentence writes right after that word, not what comes after every word of the question.
 * Invented dispatches: every name, number and sentence made up.
 */
const EN = `Harbour budget delayed in Merrow

The mayor of Merrow said he would present a budget to the council before the summer recess, after weeks of talks with harbour unions and fishing crews.
Video footage showed coastal guns pointing at the harbour mouth, as crowds of anxious residents gathered along the snowy cliffs above the old Tallow lighthouse.
Fishermen in Merrow have complained for months about the state of the old quays.`;

const FR = `Le budget du port de Vellec reporté

Le maire de Vellec a indiqué qu'il présenterait un nouveau budget pour le quartier du port au conseil municipal d'ici plusieurs semaines.
Les pêcheurs de Vellec se plaignent depuis des mois de l'état des anciens quais.
Le suspect a frappé le gardien du port avec une barre de fer, avant de s'enfuir à pied vers la gare routière du centre-ville, selon la police.`;

const en = createEngine(ingest(EN, { slug: "merrow-budget" }));
const fr = createEngine(ingest(FR, { slug: "vellec-budget" }));

function ask(engine: typeof en, q: string): Reply {
  return engine.ask(q, emptyConversation()).reply;
}

describe("the object a « what » question asks for", () => {
  it("is read right after the verb the question puts it after, in French (« présenter quoi »)", () => {
    const r = ask(fr, "le maire va présenter quoi au conseil ?");
    expect(r.answered).toBe(true);
    expect(r.text).toContain("budget");
  });
  it("is read right after the verb of an English question (« what will X present »)", () => {
    const r = ask(en, "what will the mayor present to the council?");
    expect(r.answered).toBe(true);
    expect(r.text).toContain("budget");
  });
  it("is read after the verb and the preposition the asking word follows (« frappé avec quoi »)", () => {
    const r = ask(fr, "il a frappé le gardien avec quoi ?");
    expect(r.answered).toBe(true);
    expect(r.text).toContain("barre de fer");
  });
});

describe("the reason a fear gives (lexicon-cues: « de peur que », \"fearing that\")", () => {
  const enFear = createEngine(
    ingest(
      `Tallow braces for floods

Fearing that the old reservoir dam could give way during the spring floods, residents of Tallow have stockpiled drinking water in school gyms and church halls across the valley.
The council met on Monday.`,
      { slug: "tallow-floods" },
    ),
  );
  const frFear = createEngine(
    ingest(
      `Les pêcheurs de Vellec inquiets

De peur que la fermeture du port ne ruine leur saison, les pêcheurs de Vellec ont vendu leurs bateaux à des armateurs venus de toute la côte.
Le conseil municipal s'est réuni lundi.`,
      { slug: "vellec-peur" },
    ),
  );
  it("answers « why » with the fear that moved them, in English", () => {
    const r = ask(enFear, "why have residents stockpiled water?");
    expect(r.answered).toBe(true);
    expect(r.text).toMatch(/reservoir dam/);
  });
  it("answers « pourquoi » with the fear that moved them, in French", () => {
    const r = ask(frFear, "pourquoi les pêcheurs ont vendu leurs bateaux ?");
    expect(r.answered).toBe(true);
    expect(r.text).toMatch(/fermeture du port/);
  });
});

describe("a yes/no settled by the clause that holds the question", () => {
  const fr2 = createEngine(
    ingest(
      `Incendies dans la vallée de Varn

Le risque d'incendie atteint un niveau très élevé dans la vallée, et les pompiers ne jugent pas le risque moindre sur les crêtes.
Les pompiers restent mobilisés.`,
      { slug: "varn-incendies" },
    ),
  );
  it("does not answer no from a negation in another clause beside one of its words", () => {
    const r = ask(fr2, "is the fire risk level high?");
    expect(r.answered).toBe(true);
    expect(r.text).not.toMatch(/^No\b/);
  });
});
