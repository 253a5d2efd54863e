import { describe, expect, it } from "vitest";
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
