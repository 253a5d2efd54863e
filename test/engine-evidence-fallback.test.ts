import { afterEach, describe, expect, it } from "vitest";
import { evidenceTuning } from "../src/engine/answers/reader.js";
import { createEngine } from "../src/engine/engine.js";
import { emptyConversation } from "../src/engine/reply.js";
import { ingest } from "../src/story/ingest.js";

/**
 * The evidence fallback (answers/reader.ts, evidenceAnswer): a question every answerer declined
 * plainly — routed to « offtopic », or to an intent that found nothing of its kind — is read once
 * more from its best sentence, under the calibrated bars; end to end through the real ingest, on
 * invented dispatches (every name, number and sentence made up). Each answer is checked with the
 * bars off too (the decline it was), and each guard by a question it must keep declined.
 */
const EN = `Harbourton ferry service suspended after second breakdown

The Harbourton ferry service was stopped after the second engine breakdown of the season, the port authority said.
The ferry carries about 1,200 passengers a day between the island and the mainland.
The service will resume on May 12, once a replacement engine has been fitted, the port authority said.
The new pier is dedicated to the fishermen lost in the storm of 1987.
Harbourton's mayor, Ines Valcourt, is campaigning for a second term.
The operator is not allowed to sell tickets for the summer season, the port authority said.
The council will not fund a second ferry, according to its budget.
About 300 people live on the island all year.`;

const FR = `Le phare de Pointe-Grise sera rénové

Le phare de Pointe-Grise sera rénové l'an prochain, a annoncé mardi la préfecture maritime.
Les travaux coûteront 2 millions d'euros, selon la préfecture.
La nouvelle jetée est dédiée aux pêcheurs disparus dans la tempête de 1987.
Le maire, Yann Kerbrat, brigue un second mandat.
Le brouillard a provoqué trois échouements dans la baie depuis janvier.
L'exploitant n'a pas le droit de vendre des billets pour l'été, selon la préfecture.
Le gardien du phare, Paul Kervella, prendra sa retraite en juin.`;

const en = createEngine(ingest(EN, { slug: "harbourton-pier" }));
const fr = createEngine(ingest(FR, { slug: "pointe-grise-jetee" }));
const ask = (engine: typeof en, q: string) => engine.ask(q, emptyConversation()).reply;

const bars = { ...evidenceTuning };
afterEach(() => Object.assign(evidenceTuning, bars));
const off = () => Object.assign(evidenceTuning, { clause: 2, settled: 2 });

describe("evidence fallback: a plain decline read again from the best sentence", () => {
  it("answers a question the classifier sent off topic from the sentence that holds it", () => {
    const r = ask(fr, "et la jetée est dédiée à quoi ?");
    expect(r.answered).toBe(true);
    expect(r.intent).toBe("evidence");
    expect(r.text).toContain("pêcheurs disparus");
    off();
    expect(ask(fr, "et la jetée est dédiée à quoi ?").answered).toBe(false);
  });

  it("answers a question about someone that no speech of theirs answers, from the sentence about them", () => {
    const r = ask(en, "Ines Valcourt campaigns for what, exactly, this spring?");
    expect(r.answered).toBe(true);
    expect(r.text).toContain("second term");
    off();
    expect(ask(en, "Ines Valcourt campaigns for what, exactly, this spring?").answered).toBe(false);
  });

  it("answers a yes/no the sentence settles by a negation at the question's words", () => {
    const r = ask(en, "will the council's budget pay for a replacement vessel?");
    expect(r.answered).toBe(true);
    expect(r.text).toMatch(/^No, according to the story/);
    off();
    expect(ask(en, "will the council's budget pay for a replacement vessel?").answered).toBe(false);
  });
});

describe("evidence fallback: what it keeps declined", () => {
  it("« which N »: a sentence without the noun asked gives something else", () => {
    expect(ask(en, "which prize is the pier dedicated to?").answered).toBe(false);
    expect(ask(en, "Ines Valcourt runs for which office?").answered).toBe(false);
    expect(ask(fr, "et la jetée est dédiée à quel navire ?").answered).toBe(false);
  });

  it("a question about someone is not answered from a sentence that never mentions them", () => {
    expect(ask(fr, "la jetée de Kervella est dédiée à quoi ?").answered).toBe(false);
  });

  it("nor from a sentence that holds nothing of the question but their name", () => {
    expect(ask(fr, "Paul Kervella brigue quoi ?").answered).toBe(false);
  });
});
