import { describe, expect, it } from "vitest";
import { clean, followUp, readChat } from "../src/engine/chat.js";
import { createEngine } from "../src/engine/engine.js";
import { englishLabel } from "../src/engine/labels.js";
import { emptyConversation, type ConversationState } from "../src/engine/reply.js";
import { ingest } from "../src/story/ingest.js";

/** The chat around questions, on an invented dispatch (every name and number made up). */
const TEXT = `Incendie dans le massif des Corbières

Un incendie a détruit 1 400 hectares de garrigue mardi dans le massif des Corbières, selon la préfecture de l'Aude.
Dans l'Hérault voisin, 300 hectares ont brûlé le même jour.
Le préfet, Marc Delvaux, a expliqué que le feu s'était propagé à cause d'un vent violent.
« Nous avons évacué deux villages par précaution », a déclaré M. Delvaux.`;

const engine = createEngine(ingest(TEXT, { slug: "corbieres" }));

function conversation(questions: string[]) {
  let state: ConversationState = emptyConversation();
  return questions.map((q) => {
    const r = engine.ask(q, state);
    state = r.state;
    return r.reply;
  });
}

describe("chat around the questions", () => {
  it("takes markdown and emoji off a question", () => {
    expect(clean("**Combien d'hectares ?** 🔥🔥")).toBe("Combien d'hectares ?");
  });
  it("answers a greeting and thanks without declining", () => {
    const [hi, thanks] = conversation(["bonjour", "merci beaucoup !"]);
    expect(hi!.answered).toBe(true);
    expect(hi!.text).toMatch(/Bonjour/);
    expect(thanks!.answered).toBe(true);
  });
  it("answers the question after a greeting", () => {
    const [r] = conversation(["salut, combien d'hectares ont brûlé dans les Corbières ?"]);
    expect(r!.text).toContain("1 400");
  });
  it("reads tl;dr as a summary", () => {
    expect(readChat("tl;dr pls").question).toBe("summary");
    const [r] = conversation(["tl;dr"]);
    expect(r!.intent).toBe("summary");
    expect(r!.text).toMatch(/Corbières|Delvaux/);
  });
  it("says which languages it answers in when asked in German or Spanish", () => {
    for (const q of ["Wie viele Hektar sind verbrannt?", "¿Cuántas hectáreas se quemaron?"]) {
      const [r] = conversation([q]);
      expect(r!.answered).toBe(false);
      expect(r!.text).toMatch(/English and French/);
    }
    expect(readChat("Combien de soldats participent à l’exercice selon le ministère ?").foreign).toBe(false);
  });
  it("reads a German question by its verb forms too (« hat … gesagt », « angerufen »)", () => {
    for (const q of ["Was hat Delvaux gesagt?", "Wer hat angerufen?"]) expect(readChat(q).foreign).toBe(true);
    for (const q of ["What did the general say?", "Qu'a dit le gérant ?", "Who got the agent's report?"]) expect(readChat(q).foreign).toBe(false);
  });
  it("answers a hello or thanks in another language, and « which languages », with the two it speaks", () => {
    for (const q of ["hola", "danke!", "gracias", "which languages do you speak?", "tu parles quelles langues ?"]) {
      const [r] = conversation([q]);
      expect(r!.answered).toBe(true);
      expect(r!.text).toMatch(/English and French/);
    }
  });
  it("answers the last question again in the language asked for", () => {
    const [fr, en] = conversation(["Qui est Marc Delvaux ?", "in English please"]);
    expect(fr!.lang).toBe("fr");
    expect(en!.lang).toBe("en");
    expect(en!.text).toMatch(/prefect|préfet/);
  });
});

describe("follow-ups", () => {
  it("completes « and in X? » from the previous question, swapping the place", () => {
    const completed = followUp("et dans l'Hérault ?", "Combien d'hectares ont brûlé dans les Corbières ?") ?? "";
    expect(completed).toContain("Hérault");
    expect(completed).toContain("hectares");
    expect(completed).not.toContain("Corbières");
    const [, r] = conversation(["Combien d'hectares ont brûlé dans les Corbières ?", "et dans l'Hérault ?"]);
    expect(r!.text).toContain("300");
    expect(r!.text).not.toContain("1 400");
  });
  it("reads « why? » as why of the previous question", () => {
    const [, r] = conversation(["Le feu s'est propagé ?", "pourquoi ?"]);
    expect(r!.text).toMatch(/vent/);
  });
  it("leaves a question that stands on its own alone", () => {
    expect(followUp("and what did he say?", "Who is Delvaux?")).toBeNull();
  });
});

describe("English labels", () => {
  it("translates roles and institutions word for word, adjectives first", () => {
    expect(englishLabel("porte-parole de l'état-major américain")).toBe("spokesperson of the American general staff");
    expect(englishLabel("ministère biélorusse de la Défense")).toBe("Belarusian ministry of defence");
  });
  it("keeps a label whole in French when a word resists, rather than half translating it", () => {
    expect(englishLabel("sous-préfète de l'arrondissement")).toMatch(/^« .* »$/);
  });
});
