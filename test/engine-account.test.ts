import { describe, expect, it } from "vitest";
import { createEngine } from "../src/engine/engine.js";
import { emptyConversation } from "../src/engine/reply.js";
import { testStory } from "./engine-story.js";

const engine = createEngine(testStory());

function chat(questions: string[]): { text: string; intent: string; about: string | null }[] {
  let state = emptyConversation();
  return questions.map((q) => {
    let about: string | null = null;
    const r = engine.ask(q, state, { inspect: (ctx) => (about = ctx.entity?.name ?? null) });
    state = r.state;
    return { text: r.reply.text, intent: r.reply.intent, about };
  });
}

describe("« according to X », « selon lui »: whose account is asked", () => {
  it("the one named after the cue speaks, not the one the question names first", () => {
    const [r] = chat(["What does Moscow risk, according to Ostaptchouk?"]);
    expect(r!.about).toBe("Vladimir Ostaptchouk");
    expect(r!.text).not.toContain("provocation");
  });
  it("« who is … according to him? » asks the focus's words, not who someone is", () => {
    const [, r] = chat(["Qu'a dit Ostaptchouk ?", "who is to blame, according to him?"]);
    expect(r!.intent).toBe("said");
    expect(r!.text).toContain("la flotte répondra");
  });
});
