import { describe, expect, it } from "vitest";
import { withoutResumptive } from "../src/engine/context.js";
import { createEngine } from "../src/engine/engine.js";
import { ingest } from "../src/story/ingest.js";
import { conversation } from "./support/conversation.js";

/** A question that names a new person after an answer about another one: invented dispatch, every name made up. */
const MARCH = createEngine(
  ingest(
    `Marchers block a bridge in Ostervik

OSTERVIK — About two hundred marchers blocked the Sela bridge in Ostervik on Saturday.
"I have written to ministers for years and nothing has moved," said Nora Lindqvist, a teacher who lives in Brevik.
She said floods in Marova had ruined her sister's farm last spring.
Another marcher, Tobias Fenn, who comes from Kalby, said he had driven all night to join them.`,
    { slug: "ostervik-march" },
  ),
);

describe("a question naming a new person is not asked of the last answer's sentences", () => {
  it("« Fenn, where is he from? » after an answer about Lindqvist: his town, not one of hers", () => {
    for (const q of ["Fenn il vient d'où ?", "Fenn, where is he from?"]) {
      const [, , from] = conversation(MARCH, ["who is Nora Lindqvist?", "what did she say?", q]);
      expect(from!.text).toContain("Kalby");
      expect(from!.text).not.toMatch(/Marova|Brevik/);
    }
  });
  it("a pronoun alone still asks of the last answer's person", () => {
    const [, from] = conversation(MARCH, ["who is Tobias Fenn?", "where is he from?"]);
    expect(from!.text).toContain("Kalby");
  });
});

/** A trial whose judge the story does not name, the defendant in focus: invented dispatch, every name made up. */
const TRIAL = createEngine(
  ingest(
    `Un pêcheur jugé à Valbrune pour avoir menacé un élu

VALBRUNE — Marc Telliac, un pêcheur de 52 ans, a comparu mardi devant le tribunal de Valbrune pour avoir menacé le maire de la commune.
« Je regrette mes paroles », a déclaré Marc Telliac à l'audience.
Le juge a renvoyé le procès au mois de mars.
Les avocats du maire ont demandé une peine de prison avec sursis.`,
    { slug: "valbrune-proces" },
  ),
);

describe("a subject pronoun that takes up a noun phrase of its own question", () => {
  it("« le juge il s'appelle comment ? » after a question about the defendant asks the judge's name, which the story does not give", () => {
    const [, judge] = conversation(TRIAL, ["qu'a dit Marc Telliac ?", "le juge il s'appelle comment ?"]);
    expect(judge!.text).not.toContain("Telliac");
    expect(judge!.answered).toBe(false);
  });
  it("reads the phrase first or last, agreeing in number; a phrase of time or a demonstrative keeps the pronoun", () => {
    expect(withoutResumptive("et les avocats ils ont demande quoi ?")).toBe("et les avocats ont demande quoi ?");
    expect(withoutResumptive("il a dit quoi le juge")).toBe("a dit quoi le juge");
    expect(withoutResumptive("il a quel age le pecheur ?")).toBe("a quel age le pecheur ?");
    expect(withoutResumptive("et le lendemain il a parle ou ?")).toBe("et le lendemain il a parle ou ?");
    expect(withoutResumptive("il a dit quoi ce matin ?")).toBe("il a dit quoi ce matin ?");
    expect(withoutResumptive("il sert a quoi ce juge ?")).toBe("il sert a quoi ce juge ?");
    expect(withoutResumptive("les avocats il a dit quoi ?")).toBe("les avocats il a dit quoi ?");
    expect(withoutResumptive("il a dit quoi a la presse")).toBe("il a dit quoi a la presse");
    expect(withoutResumptive("the lawyers, what did they ask for?")).toBe("the lawyers, what did they ask for?");
    expect(withoutResumptive("the judge, is he new?")).toBe("the judge, is new?");
  });
});
