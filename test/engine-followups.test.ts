import { describe, expect, it } from "vitest";
import { createEngine } from "../src/engine/engine.js";
import { emptyConversation, type ConversationState } from "../src/engine/reply.js";
import { testStory } from "./engine-story.js";

const engine = createEngine(testStory());

function conversation(questions: string[]): { text: string; state: ConversationState }[] {
  let state = emptyConversation();
  return questions.map((q) => {
    const r = engine.ask(q, state);
    state = r.state;
    return { text: r.reply.text, state };
  });
}

describe("follow-ups", () => {
  it("« What did she say? » after « Who is X? » is about X", () => {
    const [who, said] = conversation(["Who is Aino Virtanen?", "What did she say?"]);
    expect(who!.state.focus).toBe("Aino Virtanen");
    expect(said!.text).toContain("sous-marins avaient été repérés");
  });
  it("resolves French pronouns and « ce dernier »", () => {
    const [, a, b] = conversation(["Qui est Ostaptchouk ?", "Qu'a-t-il dit ?", "Et qu'a déclaré ce dernier ?"]);
    expect(a!.text).toContain("la flotte répondra");
    expect(b!.text).toContain("la flotte répondra");
  });
  it("a question that names someone is never hijacked by the focus", () => {
    const [, b] = conversation(["Who is Aino Virtanen?", "What did Kaljurand say about his cables?"]);
    expect(b!.text).toContain("câbles sous-marins");
    expect(b!.state.focus).toBe("Tõnis Kaljurand");
  });
  it("an inverted pronoun in a question about a thing does not pull in the focus", () => {
    const [, b] = conversation(["Who is Łukasz Wróbel?", "Combien de navires participeront-ils aux manœuvres ?"]);
    expect(b!.text).toContain("quinzaine de navires");
  });
  it("a pronoun with no one in focus does not invent anyone", () => {
    const r = engine.ask("What did he say?", emptyConversation()).reply;
    expect(r.answered).toBe(false);
    expect(r.quotes).toEqual([]);
  });
});
