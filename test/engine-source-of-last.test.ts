import { describe, expect, it } from "vitest";
import { createEngine } from "../src/engine/engine.js";
import { asksSourceOfLast } from "../src/engine/answers/speech.js";
import { emptyConversation } from "../src/engine/reply.js";
import { ingest } from "../src/story/ingest.js";
import { conversation } from "./support/conversation.js";

/** « who says that? » after an answer: invented dispatches, every name and number made up. */
const FR = createEngine(
  ingest(
    `Tensions autour du barrage de Vellorn

VELLORN — Quelque 2 400 gardes ont été postés autour du barrage de Vellorn, affirment les opposants.
Le gouverneur Anselme Gravier a téléphoné lundi à son homologue, a annoncé la préfecture.
« Nous ne céderons rien sur le partage de l'eau », a déclaré Anselme Gravier devant les élus.
Le barrage alimente trois vallées depuis 1988.`,
    { slug: "barrage-source" },
  ),
);

const EN = createEngine(
  ingest(
    `Ferry line to close in the spring

PORT OSKEL — About 600 jobs will go when the ferry line closes, the dockers' union said on Monday.
"This line has lost money for a decade," Mayor Talia Brennick told reporters.
The ferry has linked the two islands since 1962.`,
    { slug: "ferry-source" },
  ),
);

describe("« who says that? »: the source of the last answer", () => {
  it("reads only questions with no words of their own", () => {
    for (const q of ["who says that", "and who says that", "says who", "according to whom", "selon qui", "qui dit ca", "et qui a dit ca", "c'est qui qui dit ca"]) expect(asksSourceOfLast(q)).toBe(true);
    for (const q of ["who says the line lost money", "qui a dit que le barrage fuit", "who said it was closing"]) expect(asksSourceOfLast(q)).toBe(false);
  });
  it("after a figure: who gives it, in French and in English", () => {
    const [count, who] = conversation(FR, ["Combien de gardes autour du barrage ?", "et qui dit ça ?"]);
    expect(count!.text).toContain("2 400");
    expect(who!.answered).toBe(true);
    expect(who!.text).toMatch(/opposants/i);
    const [, en] = conversation(FR, ["Combien de gardes autour du barrage ?", "says who?"]);
    expect(en!.answered).toBe(true);
    expect(en!.text).toMatch(/oppon|opposants/i);
  });
  it("after a statement: who said it", () => {
    const [, who] = conversation(EN, ["How many jobs will go?", "who says that?"]);
    expect(who!.answered).toBe(true);
    expect(who!.text).toMatch(/union/i);
  });
  it("with no answer before, it is no follow-up", () => {
    const r = FR.ask("selon qui ?", emptyConversation()).reply;
    expect(r.text).not.toMatch(/opposants/i);
  });
});

describe("« who denounced … ? »: the question's own verb of speech names the act asked", () => {
  const PORT = createEngine(
    ingest(
      `Des gardes dans le port de Varenne

VARENNE — Le déploiement de ces gardes a été aussitôt dénoncé par la mairie de Varenne comme une « provocation inutile ».
Les syndicats affirment que 400 gardes ont été déployés dans le port depuis lundi.
Le port restera ouvert aux ferries, a précisé la capitainerie.`,
      { slug: "port-gardes" },
    ),
  );
  it("answers with the words reported under that verb, not with words that only share the subject", () => {
    const r = PORT.ask("Qui a dénoncé le déploiement des gardes ?", emptyConversation()).reply;
    expect(r.answered).toBe(true);
    expect(r.text).toMatch(/mairie/i);
    expect(r.text).not.toMatch(/syndicats/i);
  });
});
