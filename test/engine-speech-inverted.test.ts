import { describe, expect, it } from "vitest";
import { createEngine } from "../src/engine/engine.js";
import { ownWordsIn } from "../src/engine/answers/speech.js";
import { emptyConversation } from "../src/engine/reply.js";
import { ingest } from "../src/story/ingest.js";

/*
 * « “…”, a déclaré à « L'Écho » le notaire de la commune, Maître X. »: words the story gives to
 * someone named after an inverted attribution are theirs, with a masculine participle (« déclaré »,
 * « confié ») and with a title in quotation marks (a newspaper, a programme) inside the attribution.
 * Invented sentences and names.
 */
describe("words given to someone named after an inverted attribution", () => {
  it("a masculine participle (« a déclaré ») ends the verb as a feminine one does", () => {
    const t = "« Je n'avais jamais vu une vente aussi rapide », a déclaré le notaire de la commune, Maître Paul Renaud.";
    expect(ownWordsIn(t, ["Paul Renaud"])?.text).toBe("Je n'avais jamais vu une vente aussi rapide");
  });
  it("a newspaper's title in quotation marks inside the attribution is not the quote", () => {
    const t = "« Je n'avais jamais vu une vente aussi rapide », a confié au « Courrier de Carvel » le notaire de la commune, Maître Paul Renaud.";
    expect(ownWordsIn(t, ["Paul Renaud"])?.text).toBe("Je n'avais jamais vu une vente aussi rapide");
  });
  it("« qu'a dit le notaire ? »: his words, not « he is not quoted »", () => {
    const story = ingest(
      `Le port de Carvel ne sera pas vendu

CARVEL — Le conseil municipal de Carvel a suspendu mardi la vente du vieux port, a annoncé la maire Ana Ruiz.
« Nous ne vendrons pas ce dont nos pêcheurs ont besoin », a-t-elle déclaré.
« Aucun acheteur sérieux ne s'est présenté, la vente était jouée d'avance », a déclaré à « L'Écho de Carvel » le notaire de la commune, Maître Paul Renaud.`,
      { slug: "carvel-avocat" },
    );
    const reply = createEngine(story).ask("qu'a dit Paul Renaud ?", emptyConversation()).reply;
    expect(reply.answered).toBe(true);
    expect(reply.text).toMatch(/jouée d'avance/);
    expect(reply.text).not.toMatch(/n'est pas cité/);
  });
});
