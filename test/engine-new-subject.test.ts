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

/** A school coach off the road, its driver never named nor quoted, the head teacher in focus: invented dispatch, every name made up. */
const COACH = createEngine(
  ingest(
    `Un car scolaire quitte la route près de Montcalvet

MONTCALVET — Un car qui transportait vingt-deux collégiens a quitté la route mercredi matin près de Montcalvet, sans faire de blessé grave.
« Les enfants ont gardé leur calme », a raconté Marc Estève, 54 ans, le principal du collège.
Le chauffeur a été entendu par les gendarmes dans l'après-midi.
Les parents d'élèves réclament un autre itinéraire pour l'hiver.`,
    { slug: "montcalvet-car" },
  ),
);

describe("a subject pronoun that takes up a noun phrase of its own question", () => {
  it("« et le chauffeur, il a expliqué quoi ? » after a question about the head teacher asks the driver's words, which the story does not give", () => {
    const [, driver] = conversation(COACH, ["qu'a raconté Marc Estève ?", "et le chauffeur, il a expliqué quoi ?"]);
    expect(driver!.text).not.toMatch(/Estève|calme/);
    expect(driver!.answered).toBe(false);
  });
  it("reads the phrase first or last, agreeing in number; a phrase of time or a demonstrative keeps the pronoun", () => {
    expect(withoutResumptive("et les parents, ils veulent quoi ?")).toBe("et les parents, veulent quoi ?");
    expect(withoutResumptive("elle a repondu quoi la principale")).toBe("a repondu quoi la principale");
    expect(withoutResumptive("il a quel age le chauffeur ?")).toBe("a quel age le chauffeur ?");
    expect(withoutResumptive("et la veille elle etait ou ?")).toBe("et la veille elle etait ou ?");
    expect(withoutResumptive("elle a parle quand ce soir ?")).toBe("elle a parle quand ce soir ?");
    expect(withoutResumptive("il fait quoi ce chauffeur ?")).toBe("il fait quoi ce chauffeur ?");
    expect(withoutResumptive("les parents elle a vu quoi ?")).toBe("les parents elle a vu quoi ?");
    expect(withoutResumptive("elle a dit quoi aux parents")).toBe("elle a dit quoi aux parents");
    expect(withoutResumptive("the parents, what do they want?")).toBe("the parents, what do they want?");
    expect(withoutResumptive("the driver, is he hurt?")).toBe("the driver, is hurt?");
  });
});
