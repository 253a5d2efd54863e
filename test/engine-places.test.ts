import { describe, expect, it } from "vitest";
import { createEngine } from "../src/engine/engine.js";
import { emptyConversation, type Reply } from "../src/engine/reply.js";
import { ingest } from "../src/story/ingest.js";

/**
 * « where » answered by the general reader (answers/places.ts): the places a sentence gives.
 * Invented dispatches (every name, place and sentence made up), asked as readers type.
 */

function engineFor(text: string, slug: string) {
  return createEngine(ingest(text, { slug }));
}

function ask(engine: ReturnType<typeof engineFor>, q: string): Reply {
  return engine.ask(q, emptyConversation()).reply;
}

describe("a place is a place", () => {
  it("a capital after « de » that names a body is no place, nor a nationality after the English article « a »", () => {
    const fr = engineFor(
      `Contrat de frégates signé

Le ministre de la Défense, Jean Morel, a signé jeudi le contrat des frégates.
Le ministère a envoyé un patrouilleur à Brest la semaine dernière.`,
      "fregates",
    );
    expect(ask(fr, "où le ministre a-t-il signé le contrat ?").text).not.toMatch(/Défense/);
    expect(ask(fr, "où le ministère a-t-il envoyé un patrouilleur ?").text).toMatch(/Brest/);
    const en = engineFor(
      `Navy sends boat

The navy sent a Ruritanian patrol boat after the storm, a spokesman said.
The admiral later visited the port of Calvi.`,
      "navy-boat",
    );
    expect(ask(en, "where was the patrol boat sent?").text).not.toMatch(/Ruritanian/);
  });
});

describe("« where »: the place tied to the act asked by the preposition after it (lexicon-place.ts)", () => {
  const en = engineFor(
    `Karsholm regatta

The results, published on the Brelle Rowing Club website an hour after the regatta ended in Karsholm, surprised the crews.
The inquiry was put on hold, the regional council said.`,
    "karsholm-regatta",
  );
  const fr = engineFor(
    `Otages libérés à Corbel

À Corbel, les otages ont été cachés dans une cave pendant trois semaines, selon la police.`,
    "corbel-otages",
  );
  it("\"published on X … in Y\": the place of publishing, not the place of another act the sentence tells", () => {
    const r = ask(en, "Where were the results published?");
    expect(r.text).toMatch(/Rowing Club/);
    expect(r.text).not.toMatch(/^Karsholm/);
  });
  it("« À Corbel, … cachés dans une cave »: the hiding place, a common noun after a preposition of being inside, not the town named first", () => {
    const r = ask(fr, "Où les otages ont-ils été cachés ?");
    expect(r.text).toMatch(/cave/i);
    expect(r.text).not.toMatch(/^Corbel/);
  });
  it("\"put on hold\": a lower-case word after « on » is no place", () => {
    expect(ask(en, "Where was the inquiry put?").text).not.toMatch(/^Hold/i);
  });
});

describe("a place named by its common noun", () => {
  it("« le terminal pétrolier de X », “the X province”, “a X court hearing”: the noun and its name wherever the phrase stands", () => {
    const fr = engineFor(
      `Pénurie de carburant

Les automobilistes font la queue depuis lundi, alors que les cuves du dépôt nord et du terminal pétrolier de Kervallon sont presque vides.

Le gouvernement promet une livraison avant la fin de la semaine.`,
      "carburant",
    );
    expect(ask(fr, "where is the oil terminal that is almost empty?").text).toMatch(/Kervallon/);
    const en = engineFor(
      `Aid workers freed

Two aid workers held for a month were freed in the country's remote Dalvar province on Sunday, officials said.

A judge had ordered their release after a 3-day Ostmark court hearing that ended on Friday.`,
      "aid-workers",
    );
    expect(ask(en, "where were the aid workers freed?").text).toMatch(/Dalvar province/);
    expect(ask(en, "where was the hearing?").text).toMatch(/Ostmark/);
  });

  it("a place set after another by a comma narrows it and is said with it; a plural noun names no place", () => {
    const fr = engineFor(
      `Renforts à l'est

Plus de 500 soldats ont été déployés en Norlande, au camp de Brisk, selon l'état-major.

La Varie se classait en 2020 au deuxième rang des pays du Grand Nord pour ses routes.`,
      "renforts",
    );
    const r = ask(fr, "où les soldats ont-ils été déployés ?").text;
    expect(r).toMatch(/Norlande/);
    expect(r).toMatch(/Brisk/);
    expect(ask(fr, "où se classait la Varie en 2020 ?").text).not.toMatch(/^Où : pays du/);
  });

  it("« le poste de police » is a police station: the French noun of a station", () => {
    const en = engineFor(
      `Inquiry into police stations

Lawmakers demanded answers about several foreign police stations operating inside the country.

Two men were charged last week with running an undeclared police station in Harrow's Old Quay neighborhood.`,
      "stations",
    );
    expect(ask(en, "où était le poste de police ?").text).toMatch(/Old Quay/);
  });
});
