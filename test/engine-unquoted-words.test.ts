import { describe, expect, it } from "vitest";
import { createEngine } from "../src/engine/engine.js";
import { ownWordsIn, speechAsk } from "../src/engine/answers/speech.js";
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

const LONG = createEngine(
  ingest(
    `Lighthouse to be sold

MERROW — The town council voted on Tuesday to sell the old lighthouse.
Councillor Petra Vane vowed to fight the sale of the lighthouse in every court of the county until the last appeal is heard.
Fishermen gathered outside the town hall after the vote.`,
    { slug: "lighthouse-appeal" },
  ),
);

describe("the shape of a question and of an answer about someone's words", () => {
  it("a verb of saying in the passive asks what was done to them, not their words", () => {
    expect(speechAsk("le maire est juge pour quoi")).toBeNull();
    expect(speechAsk("why was the mayor accused")).toBeNull();
    expect(speechAsk("la plage est classee comment")).toBeNull();
    expect(speechAsk("qu'a dit le maire")).toBe("words");
    expect(speechAsk("did the mayor comment")).toBe("words");
    expect(speechAsk("what did the mayor say about the judge")).toBe("words");
  });
  it("reported words cut short end on a word with the ellipsis glued to it (a mark alone lengthens a pasted run)", () => {
    const r = LONG.ask("What did Petra Vane say about the sale?", emptyConversation()).reply;
    expect(r.answered).toBe(true);
    expect(r.text).toContain("sale of the lighthouse");
    expect(r.text).not.toMatch(/\s…\s*$/);
  });
});

describe("a position asked of someone the story never quotes", () => {
  // every name invented; the harbour master is named, never quoted, and the story says in its own words what he wants
  const PORT = createEngine(
    ingest(
      `Dredging delayed at Carrow harbour

CARROW — Work to deepen the harbour channel was put off again on Thursday.
The harbour master, Aldo Renwick, has long wanted the channel dredged before the autumn storms.
Trawler crews said the silt had already grounded two boats this year.`,
      { slug: "carrow-dredging" },
    ),
  );
  it("« what does X want » is read from the sentence that reports it, not answered « X is not quoted »", () => {
    for (const q of ["What does Renwick want?", "Renwick veut quoi ?"]) {
      const r = PORT.ask(q, emptyConversation()).reply;
      expect(r.answered).toBe(true);
      expect(r.text).toMatch(/dredged/);
      expect(r.text).not.toMatch(/not quoted|pas cité/);
    }
  });
  it("« what did X say » of the same person is still told that the story does not quote him", () => {
    expect(PORT.ask("What did Renwick say?", emptyConversation()).reply.text).toMatch(/not quoted/);
  });
});
