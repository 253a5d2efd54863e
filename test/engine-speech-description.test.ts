import { describe, expect, it } from "vitest";
import { createEngine } from "../src/engine/engine.js";
import { emptyConversation } from "../src/engine/reply.js";
import { ingest } from "../src/story/ingest.js";

// A sentence that names someone, then one whose subject is a definite description only they answer to
// (« la ministre », "the minister"): the quoted words of that sentence are theirs. Invented dispatches.
const FR = createEngine(
  ingest(
    `Crue de la Sarvanne : la digue de Morlac tient

MORLAC — La rivière a atteint mardi son plus haut niveau depuis trente ans.
Adèle Fourcade, ministre de l'Environnement, a visité le chantier de la digue mardi matin.
Sur place, la ministre a trouvé l'ouvrage « en bon état ».
Les écoles de la commune resteront fermées jeudi.`,
    { slug: "digue-morlac" },
  ),
);

const EN = createEngine(
  ingest(
    `Ferry service halted at Quenby

QUENBY — Ferries between Quenby and the islands stopped on Monday after a storm damaged the pier.
Transport minister Orla Penhale visited the harbour on Monday afternoon with the port engineers.
After the visit, the minister put the repairs at “a matter of weeks”, “fully funded” by the county.
The harbour office will publish a timetable on Friday.`,
    { slug: "quenby-ferry" },
  ),
);

describe("words said under a description only one person answers to", () => {
  it("gives the minister's quoted words as hers in French", () => {
    const r = FR.ask("Qu'a dit Adèle Fourcade ?", emptyConversation()).reply;
    expect(r.answered).toBe(true);
    expect(r.text).toContain("en bon état");
    expect(r.text).not.toMatch(/n'est pas citée/);
  });
  it("gives the minister's quoted words as hers in English", () => {
    const r = EN.ask("What did Orla Penhale say?", emptyConversation()).reply;
    expect(r.answered).toBe(true);
    expect(r.text).toContain("a matter of weeks");
    expect(r.text).not.toMatch(/not quoted/);
  });
  it("does not give the words to someone the description does not fit", () => {
    const r = EN.ask("What did the port engineers say?", emptyConversation()).reply;
    expect(r.text).not.toContain("a matter of weeks");
  });
});
