import { describe, expect, it } from "vitest";
import { createEngine } from "../src/engine/engine.js";
import { emptyConversation } from "../src/engine/reply.js";
import { ingest } from "../src/story/ingest.js";

/**
 * What a count question counts is read from its structure: the noun phrase right after the cue,
 * never a word of what the question then says of it; a people named by its nationality alone is
 * counted; a verb right after « how many » names nothing counted. A penalty is asked by its verbs.
 */
const EN = `Ferry strike strands visitors in Porth Alder

PORTH ALDER, May 9 - More than 300 deckhands walked off their ferries on Tuesday, the union said.
Police said 12 Italians were among the passengers stranded at the quay, and 6 Spaniards had left the day before.
The union's leader, Tomas Brede, faces charges of incitement and could be jailed for up to 5 years if convicted.
Some 2,000 foreign soldiers are based near the harbour, the defence ministry said.
Most of the Italians had flown in from Marvella on a charter flight.`;

const FR = `Grève à la conserverie de Castelbrac

CASTELBRAC, 9 mai - Plus de 300 ouvriers ont cessé le travail mardi à la conserverie Norvel, selon les syndicats.
Douze Italiens figuraient parmi les visiteurs bloqués sur le site, et six Espagnols étaient partis la veille, selon la police.
Le délégué syndical, Paul Ferrand, est poursuivi pour entrave et risque jusqu'à trois ans de prison.`;

const en = createEngine(ingest(EN, { slug: "porth-alder-strike" }));
const fr = createEngine(ingest(FR, { slug: "castelbrac-greve" }));
const ask = (engine: ReturnType<typeof createEngine>, q: string) => engine.ask(q, emptyConversation()).reply;

describe("the counted noun is in the phrase after the cue", () => {
  it("« how many Italians were stranded » counts Italians, not what « stranded » is said of", () => {
    const r = ask(en, "how many Italians were stranded?");
    expect(r.answered).toBe(true);
    expect(r.text).toContain("12 Italians");
    expect(r.text).not.toMatch(/« 6 »/);
  });
  it("« combien d'Italiens étaient bloqués » counts Italians, not Spaniards of the same sentence", () => {
    const r = ask(fr, "combien d'Italiens étaient bloqués ?");
    expect(r.text).toContain("Douze Italiens");
    expect(r.text).not.toContain("Espagnols");
  });
  it("a people asked in the other language (« Italians » of a French story)", () => {
    const r = ask(fr, "how many Italians were stuck?");
    expect(r.answered).toBe(true);
    expect(r.text).toContain("Douze Italiens");
  });
});

describe("a place the reader names must be where the count's sentence stands", () => {
  it("a count whose sentence and scene name no such place does not answer « in Marvella », named only later", () => {
    const r = ask(en, "how many Italians were stranded in Marvella?");
    expect(r.answered).toBe(false);
  });
  it("the place the story is filed from still holds for a sentence that names none", () => {
    const r = ask(en, "how many foreign soldiers are based in Porth Alder?");
    expect(r.answered).toBe(true);
    expect(r.text).toContain("2,000 foreign soldiers");
  });
});

describe("a penalty asked by its verbs", () => {
  it("« how long might X serve » is the term the story says X could be jailed for", () => {
    const r = ask(en, "how long might Brede serve?");
    expect(r.answered).toBe(true);
    expect(r.text).toContain("up to 5 years");
  });
  it("« combien de temps X risque-t-il » is the term X risks", () => {
    const r = ask(fr, "combien de temps Ferrand risque-t-il ?");
    expect(r.answered).toBe(true);
    expect(r.text).toContain("trois ans");
  });
});
