import { describe, expect, it } from "vitest";
import { createEngine } from "../src/engine/engine.js";
import { emptyConversation } from "../src/engine/reply.js";
import { ingest } from "../src/story/ingest.js";

/*
 * Two acts of speech sharing one subject (« X praised A and warned that B », « X a salué A puis a
 * réclamé B »): when ingest keeps only the second as X's statement, the first is X's too and is
 * shown before it, from its own verb. Invented dispatches.
 */
describe("« X praised A and warned that B »: both acts are X's words", () => {
  it("English: the act before the reported statement is shown with it", () => {
    const en = createEngine(
      ingest(
        `Velm dock talks

Talks on the Velm docks resumed on Thursday.
On Friday, union steward Kai Lorne praised the new cranes and warned that the night shifts would end in an accident.`,
        { slug: "velm-acts-joined" },
      ),
    );
    const r = en.ask("what did Lorne say?", emptyConversation()).reply;
    expect(r.text).toContain("praised the new cranes");
    expect(r.text).toContain("night shifts");
  });
  it("French: « a salué … puis a réclamé … »", () => {
    const fr = createEngine(
      ingest(
        `Docks de Velm : reprise des discussions

Les discussions sur les docks de Velm ont repris jeudi.
La déléguée Mia Sorel a salué la reprise des discussions puis a réclamé que la direction publie les comptes.`,
        { slug: "velm-actes-joints" },
      ),
    );
    const r = fr.ask("qu'a dit Sorel ?", emptyConversation()).reply;
    expect(r.text).toContain("a salué la reprise des discussions");
    expect(r.text).toContain("comptes");
  });
});
