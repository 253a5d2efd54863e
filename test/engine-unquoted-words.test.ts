import { describe, expect, it } from "vitest";
import { createEngine } from "../src/engine/engine.js";
import { ownWordsIn } from "../src/engine/answers/speech.js";
import { emptyConversation } from "../src/engine/reply.js";
import { ingest } from "../src/story/ingest.js";

/** Words the story gives as someone's in a form the attribution missed: invented dispatches, every name made up. */
const FR = createEngine(
  ingest(
    `Bras de fer autour de l'usine de Belcourt

BELCOURT — Le gouvernement demande à Lucie Marchal de « rouvrir » l'usine.
Le maire de Belcourt, Honoré Vasseur, a reçu les grévistes mardi.
La préfète Lucie Marchal « n'a pas les moyens » de rouvrir l'usine et « refuse de plier » devant les grévistes, a répondu l'entourage de la préfète.
Le conseil municipal se réunira lundi pour examiner le dossier des salariés.`,
    { slug: "usine-belcourt" },
  ),
);

const EN = createEngine(
  ingest(
    `Lighthouse to be sold

MERROW — The town council voted on Tuesday to sell the old lighthouse.
Councillor Petra Vane attended the meeting.
Fishermen gathered outside the town hall after the vote.`,
    { slug: "lighthouse-sold" },
  ),
);

describe("words the story gives as someone's that the attribution missed", () => {
  it("reads a quote whose inverted attribution ends on the name", () => {
    const w = ownWordsIn("« Nous trouverons une solution avant l'été », a aussi assuré sur une radio locale ce mercredi le maire, Honoré Vasseur.", ["Honoré Vasseur"]);
    expect(w).toEqual({ kind: "direct", text: "Nous trouverons une solution avant l'été" });
    const en = ownWordsIn("“We will find a buyer before winter,” said the head of the harbour board, Ines Kardos.", ["Ines Kardos"]);
    expect(en?.text).toBe("We will find a buyer before winter");
  });
  it("reads a clause that opens on the name and quotes them, not a name that is only the object", () => {
    const w = ownWordsIn("La préfète Lucie Marchal « n'a pas les moyens » de rouvrir l'usine, a répondu son entourage.", ["Lucie Marchal"]);
    expect(w?.kind).toBe("indirect");
    expect(w?.text).toContain("n'a pas les moyens");
    expect(w?.text).not.toContain("entourage");
    expect(ownWordsIn("Le gouvernement demande à Lucie Marchal de « rouvrir » l'usine.", ["Lucie Marchal"])).toBeNull();
  });
  it("answers « what did X say » from that clause, short, not « X is not quoted »", () => {
    const r = FR.ask("Qu'a dit Lucie Marchal ?", emptyConversation()).reply;
    expect(r.answered).toBe(true);
    expect(r.text).toContain("n'a pas les moyens");
    expect(r.text).not.toMatch(/pas citée?/);
  });
  it("declines « what did X say after … » of someone the story never quotes", () => {
    const r = EN.ask("What did Petra Vane say after the vote?", emptyConversation()).reply;
    expect(r.answered).toBe(false);
  });
});
