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
