import { describe, expect, it } from "vitest";
import { clean, followUp, readChat, respell, splitQuestions } from "../src/engine/chat.js";
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
  it("answers « why? » and « pourquoi? » in the language each is asked in, whatever the previous question's", () => {
    const [, en] = conversation(["Le feu s'est propagé ?", "why?"]);
    expect(en!.lang).toBe("en");
    expect(en!.text).toMatch(/vent/);
    const [, fr] = conversation(["Did the fire spread?", "pourquoi?"]);
    expect(fr!.lang).toBe("fr");
  });
  it("completes « how? » and « and why? » with the previous question's subject", () => {
    expect(followUp("how?", "when did the fire spread?")).toBe("how did the fire spread");
    expect(followUp("et pourquoi ?", "Qui a évacué les villages ?")).toBe("pourquoi a évacué les villages");
    expect(followUp("c'était quand déjà ?", "Qui a évacué les villages ?", false)).toBe("quand a évacué les villages");
  });
  it("keeps no sentences for « when? » after a decline: an older answer's are not what it asks about", () => {
    let state: ConversationState = emptyConversation();
    state = engine.ask("Combien d'hectares ont brûlé dans les Corbières ?", state).state;
    expect(state.lastCites?.length).toBeGreaterThan(0);
    const declined = engine.ask("Combien de pompiers ont été blessés ?", state);
    expect(declined.reply.answered).toBe(false);
    expect(declined.state.lastCites ?? []).toEqual([]);
  });
  it("borrows no subject from a previous question that had none (« combien ? » then « pourquoi ? »)", () => {
    expect(followUp("pourquoi ?", "combien ?")).toBeNull();
  });
  it("answers each question of one message, the second as a follow-up of the first", () => {
    expect(splitQuestions("qui a évacué les villages et pourquoi ?")).toEqual(["qui a évacué les villages ?", "pourquoi ?"]);
    expect(splitQuestions("Who is Delvaux? What did he say?")).toEqual(["Who is Delvaux?", "What did he say?"]);
    // one question asking two things of one word, and quoted words, stay whole
    expect(splitQuestions("où et quand ?")).toEqual(["où et quand ?"]);
    expect(splitQuestions("qui a dit « pourquoi ? » et quand ?")).toHaveLength(1);
    const [r] = conversation(["Qui est Marc Delvaux ? Qu'a-t-il déclaré ?"]);
    expect(r!.text).toMatch(/préfet/);
    expect(r!.text).toMatch(/évacué/);
    expect(r!.text.length).toBeLessThanOrEqual(700);
  });
  it("« and X? » after a count counts X, in X's language, where the previous count was", () => {
    expect(followUp("et les pompiers ?", "combien de soldats dans les Corbières ?")).toBe("combien de pompiers dans les Corbières");
    expect(followUp("and deaths?", "combien de cas dans le monde ?")).toBe("how many deaths");
    // a nationality or a place is no new thing counted
    expect(followUp("and french?", "how many soldiers in the south?")).not.toMatch(/^how many french/);
    expect(followUp("and in the north?", "how many soldiers in the south?")).toBe("how many soldiers in the north");
  });
  it("leaves a question that stands on its own alone", () => {
    expect(followUp("and what did he say?", "Who is Delvaux?")).toBeNull();
  });
});

describe("the way readers type", () => {
  it("reads SMS spellings and slips of the question words through the question's own language", () => {
    expect(respell("c koi l'histoire")).toBe("c'est quoi l'histoire");
    expect(respell("kan a eu lieu l'incendie")).toBe("quand a eu lieu l'incendie");
    expect(respell("pq le feu s'est propagé")).toBe("pourquoi le feu s'est propagé");
    expect(respell("hw many hectares burned")).toBe("how many hectares burned");
    expect(respell("wat did the prefect say")).toBe("what did the prefect say");
    expect(respell("c est qui le préfet")).toBe("c'est qui le préfet");
    // « y » is a French word, « U.S. » an acronym: neither is a chat spelling
    expect(respell("y a eu des blessés ?")).toBe("y a eu des blessés ?");
    expect(respell("did the U.S. send help")).toBe("did the U.S. send help");
  });
  it("takes courtesy words out of a question, in either language", () => {
    expect(readChat("combien d'hectares stp").question).toBe("combien d'hectares");
    expect(readChat("who is the prefect pls?").question).toBe("who is the prefect ?");
  });
  it("answers a question typed in chat spellings", () => {
    const [fr, en] = conversation(["cmb d'hectares ont brulé ds les Corbières ?", "wat did delvaux say"]);
    expect(fr!.text).toContain("1 400");
    expect(en!.text).toMatch(/évacué/);
  });
  it("answers a bare « tl;dr » in the conversation's language, and after « salut » in French", () => {
    const [, tldr] = conversation(["Qui est Marc Delvaux ?", "tl;dr"]);
    expect(tldr!.lang).toBe("fr");
    expect(readChat("salut, tl;dr ?").question).toBe("résumé");
    expect(readChat("tl;dr pls").question).toBe("summary");
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
