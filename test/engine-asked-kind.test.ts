import { describe, expect, it } from "vitest";
import { createEngine } from "../src/engine/engine.js";
import { namelessAnswer, sumlessAnswer } from "../src/engine/asked-kind.js";
import { ingest } from "../src/story/ingest.js";
import { draft, guardProbe } from "./support/guard-probe.js";

/**
 * The kind of thing a question asks, held against the answer (src/engine/asked-kind.ts): a name asked
 * is answered by a name, a sum by an amount of money. Invented dispatch (every name, number and
 * sentence made up).
 */
const EN = `Dock strike spreads along the coast

Crane drivers at the port of Velmar stopped work on Monday over night shifts, their union said.
A sailor of a grain ship was hurt during the walkout, the harbour office said.
The union leader, Orla Brenn, said the stoppage would last until Friday.
The two new cranes cost 18 million euros, according to the harbour office.
About 250 police officers were sent to guard the gates.
Some 40 tonnes of grain were left on the quay.
The drivers want a 6% rise in their pay.
The port paid 9 million for the land behind the quay.`;

const en = createEngine(ingest(EN, { slug: "asked-kind-en" }));

const { ctxOf, sentenceWith } = guardProbe(en);

describe("a name asked is answered by a name", () => {
  const sailor = sentenceWith("sailor of a grain ship");
  const leader = sentenceWith("union leader");
  it("is refused when the answer's sentence names no one, in either language of the question", () => {
    expect(namelessAnswer(ctxOf("what's the name of the sailor?"), draft("read", "The story says: “…A sailor of a grain ship was hurt during the walkout…”.", [sailor]))).toBe(true);
    expect(namelessAnswer(ctxOf("c'est quoi le nom du marin ?"), draft("read", "D'après la dépêche : « …A sailor of a grain ship was hurt… ».", [sailor]))).toBe(true);
    expect(namelessAnswer(ctxOf("the sailor is called?"), draft("read", "The story says: “…a sailor of a grain ship was hurt during the walkout, the harbour office said”.", [sailor]))).toBe(true);
  });
  it("stands when the answer names a person, or a thing by a capitalised word that is no place", () => {
    expect(namelessAnswer(ctxOf("le chef du syndicat s'appelle comment ?"), draft("read", "D'après la dépêche : « …The union leader, Orla Brenn, said… ».", [leader]))).toBe(false);
    expect(namelessAnswer(ctxOf("what's the name of the ship?"), draft("read", "The story says: “…the grain ship Silver Heron was hurt…”.", [sailor]))).toBe(false);
    expect(namelessAnswer(ctxOf("what is Brenn's first name?"), draft("read", "Orla.", [leader]))).toBe(false);
  });
  it("is not asked of who someone is, nor of an answerer that gives names itself", () => {
    expect(namelessAnswer(ctxOf("who is Orla Brenn?"), draft("who_is", "Union leader.", [leader]))).toBe(false);
    expect(namelessAnswer(ctxOf("what are their names?"), draft("people", "The story names no one else.", [leader]))).toBe(false);
  });
});

describe("a sum asked is answered by an amount of money", () => {
  const police = sentenceWith("police officers");
  const cranes = sentenceWith("new cranes");
  const grain = sentenceWith("tonnes of grain");
  it("is refused when the answer gives a head count for a price", () => {
    expect(sumlessAnswer(ctxOf("how much does the police operation cost?"), draft("read", "250 — “About 250 police officers were sent…”.", [police]))).toBe(true);
    expect(sumlessAnswer(ctxOf("combien a coûté l'envoi des policiers ?"), draft("read", "250 — « About 250 police officers… ».", [police]))).toBe(true);
  });
  it("stands when the answer's sentence gives a sum, or a share of one", () => {
    expect(sumlessAnswer(ctxOf("how much did the cranes cost?"), draft("read", "18 million euros — “The two new cranes cost 18 million euros…”.", [cranes]))).toBe(false);
    expect(sumlessAnswer(ctxOf("how much more pay do the drivers want?"), draft("read", "6% — “The drivers want a 6% rise in their pay.”", [sentenceWith("6% rise")]))).toBe(false);
    // a figure right after a verb of paying is a sum, its currency unwritten
    expect(sumlessAnswer(ctxOf("how much did the port pay for the land?"), draft("read", "9 million — “The port paid 9 million for the land…”.", [sentenceWith("paid 9 million")]))).toBe(false);
  });
  it("is not asked of a quantity of something else than money, nor of the answerers of figures", () => {
    expect(sumlessAnswer(ctxOf("how much grain was left?"), draft("read", "Some 40 tonnes.", [grain]))).toBe(false);
    expect(sumlessAnswer(ctxOf("how much does the police operation cost?"), draft("count", "« About 250 police officers »", [police]))).toBe(false);
  });
});
