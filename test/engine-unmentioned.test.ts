import { describe, expect, it } from "vitest";
import { createEngine } from "../src/engine/engine.js";
import { emptyConversation, type Reply } from "../src/engine/reply.js";
import { ingest } from "../src/story/ingest.js";

/**
 * A question that names someone or something the story never writes is declined, saying what is
 * not mentioned, whatever the kind of question: no sentence of the story can answer it, and one
 * that shares its other words would be a confident wrong answer. Two invented dispatches (every
 * name, number and sentence made up).
 */
const EN = `Harbourton council votes to ban rental e-bikes

The Harbourton City Council voted on Monday to ban rental electric bikes from the city centre, ending a trial that drew more than 4,000 complaints.
Mayor Ruth Okafor said the decision was taken because riders kept leaving bikes on pavements.
"We gave the companies every chance to fix this," Okafor told reporters.
The operator Zipline will have to remove its 900 bikes by March 31.
Council member Dan Whitlow spoke with the mayor on Tuesday about the fines.`;

const FR = `Le village de Montbrac ferme son école faute d'élèves

Le conseil municipal de Montbrac a voté jeudi la fermeture de l'école primaire du village, qui ne comptait plus que 11 élèves.
La maire, Claire Dufrêne, a expliqué que la commune ne pouvait plus payer l'entretien du bâtiment.
Les élèves seront accueillis à la rentrée à Saint-Alban, à 14 kilomètres.
Claire Dufrêne a parlé mardi avec le préfet Olivier Kowalenko.`;

const en = createEngine(ingest(EN, { slug: "harbourton-bikes" }));
const fr = createEngine(ingest(FR, { slug: "montbrac-ecole" }));

function ask(engine: typeof en, q: string): Reply {
  return engine.ask(q, emptyConversation()).reply;
}

describe("a question naming what the story never mentions", () => {
  it("declines a yes/no question about someone else, naming them", () => {
    const r = ask(en, "Did Mayor Okafor also speak to Governor Lindqvist?");
    expect(r.answered).toBe(false);
    expect(r.text).toContain("Lindqvist");
    const f = ask(fr, "Est-ce que Claire Dufrêne a aussi parlé avec le ministre Bernadotte ?");
    expect(f.answered).toBe(false);
    expect(f.text).toContain("ne mentionne pas Bernadotte");
  });

  it("declines a question of any kind about a company or body it never names", () => {
    for (const q of ["How many bikes will Velocita remove?", "Why did the Ferrand Institute oppose the ban?", "What did Ferrand say about the fines?"]) {
      const r = ask(en, q);
      expect(r.answered, q).toBe(false);
      expect(r.text, q).toMatch(/does not (?:mention|quote)/);
    }
    // an acronym of the question's language that is no run of the story's initials
    expect(ask(en, "What did the HTA say about the ban?").answered).toBe(false);
  });

  it("still answers when the name is in the story under another form", () => {
    // the initials of words the story spells out
    expect(ask(en, "When did the HCC vote?").text).not.toMatch(/does not mention/);
    // a transliteration (« Kovalenko » for « Kowalenko »), and the name asked in the other language
    expect(ask(fr, "Avec qui a parlé le préfet Kovalenko ?").text).not.toMatch(/ne mentionne pas/);
    expect(ask(fr, "When did Dufrene speak with Kowalenko?").text).not.toMatch(/does not mention/);
    // a capital that opens the question or one of its sentences is no name; a question in title case marks none
    expect(ask(en, "Thanks. Whose bikes must go by March 31?").text).not.toMatch(/does not mention/);
    expect(ask(en, "What Did The Council Vote On Monday?").text).not.toMatch(/does not mention/);
    // an acronym in the other language than the story's is left to the reader (« OTAN » is « NATO »)
    expect(ask(en, "Qu'a voté le conseil de l'UEB lundi ?").text).not.toMatch(/ne mentionne pas/);
  });
});
