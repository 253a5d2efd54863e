import { describe, expect, it } from "vitest";
import { createEngine } from "../src/engine/engine.js";
import { emptyConversation, type Reply } from "../src/engine/reply.js";
import { ingest } from "../src/story/ingest.js";

/**
 * The place of the event asked, when the sentence sets it in front by a cleft (« C'est à X que … »,
 * "It was in X that …") or names it after its noun (« rue X », « l'école X »). Invented dispatches:
 * every name, place and figure made up.
 */

function ask(text: string, slug: string, q: string): Reply {
  return createEngine(ingest(text, { slug })).ask(q, emptyConversation()).reply;
}

describe("a cleft sets the place of the event after « que »", () => {
  it("French: « c'est dans X que la camionnette … a été retrouvée » places the finding, not the country a later sentence names", () => {
    const text = `Voiture volée retrouvée

C'est dans une cour de ferme près de Valmorin que la camionnette d'un livreur, Marc Tessier, a été retrouvée mercredi matin.
« Des camionnettes volées sont retrouvées chaque semaine en Norlande », a déploré un syndicat de transporteurs.`;
    expect(ask(text, "camionnette-valmorin", "la camionnette a été retrouvée où ?").text).toMatch(/Valmorin/);
  });

  it("English: \"it was in X that the ferry, …, ran aground\" places the grounding", () => {
    const text = `Ferry runs aground

It was in Port Alder that the ferry, carrying some sixty passengers and a crew of nine, ran aground on Sunday.
"Ferries run aground in Westland far too often," a union official said.`;
    expect(ask(text, "ferry-alder", "where did the ferry run aground?").text).toMatch(/Port Alder/);
  });
});

describe("French names a place after its noun", () => {
  it("« rue X à Y »: the street is where, the town only whose it is", () => {
    const text = `Vitrines brisées

Des vitrines ont été brisées dans la nuit de samedi rue Pasteur à Lorvan, selon la mairie.
Le maire a promis des caméras.`;
    expect(ask(text, "vitrines-lorvan", "où les vitrines ont-elles été brisées ?").text).toMatch(/rue Pasteur/);
  });
});

describe("« où ça ? » of a sentence that places with a common noun only", () => {
  function follow(text: string, slug: string, first: string, second: string): Reply {
    const engine = createEngine(ingest(text, { slug }));
    const one = engine.ask(first, emptyConversation());
    return engine.ask(second, one.state).reply;
  }

  it("French: « sur le flanc nord du massif » answers « où ça ? » after the figure of that sentence", () => {
    const text = `Incendie du Mont Sarrel

Dans la nuit, quelque 300 pompiers ont été postés sur le flanc nord du massif pour protéger les hameaux, a indiqué la préfecture.
Le préfet a salué leur courage.`;
    expect(follow(text, "incendie-flanc", "combien de pompiers ont été postés ?", "où ça ?").text).toMatch(/flanc nord/);
  });

  it("English: \"to the northern border of the province\" answers \"where?\" after the figure of that sentence", () => {
    const text = `Volunteers fill sandbags

Some 800 volunteers were sent to the northern border of the province on Friday to fill sandbags before the flood, the council said.
The mayor thanked them on the radio.`;
    expect(follow(text, "volunteers-border", "how many volunteers were sent?", "where?").text).toMatch(/northern border/);
  });
});
