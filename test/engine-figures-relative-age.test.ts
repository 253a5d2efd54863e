import { describe, expect, it } from "vitest";
import { createEngine } from "../src/engine/engine.js";
import { emptyConversation, type ConversationState } from "../src/engine/reply.js";
import { ingest } from "../src/story/ingest.js";

/**
 * « how old is his daughter » asks another person's age than « how old is he »: when the story names no daughter of his,
 * his own age (or any other age of the story) is no answer; when it names her, her age answers.
 */
const EN = `Baker wins regional prize

DORWICH, May 9 - Tomas Arlen, 58, won the regional bread prize on Saturday, the jury said.
He has run the bakery on Quill Street for thirty years.`;

const NAMED = `Baker wins regional prize

DORWICH, May 9 - Tomas Arlen won the regional bread prize on Saturday, the jury said.
His wife, Mara Arlen, 54, runs the shop's counter.`;

function chat(text: string, qs: string[]): string[] {
  const engine = createEngine(ingest(text, { slug: "dorwich-baker" }));
  let conv: ConversationState = emptyConversation();
  return qs.map((q) => {
    const r = engine.ask(q, conv);
    conv = r.state;
    return r.reply.answered === false ? `DECLINED ${r.reply.text}` : r.reply.text;
  });
}

describe("the age of someone's relative is not their own age", () => {
  it("« how old is his daughter » after « how old is Tomas Arlen », of a story with no daughter: declined", () => {
    const [a, b] = chat(EN, ["how old is Tomas Arlen?", "how old is his daughter?"]);
    expect(a).toContain("58");
    expect(b).toMatch(/^DECLINED/);
    expect(b).not.toContain("58");
  });
  it("French: « quel âge a sa fille ? »", () => {
    const [, b] = chat(EN, ["quel âge a Tomas Arlen ?", "quel âge a sa fille ?"]);
    expect(b).toMatch(/^DECLINED/);
  });
  it("the story names her: her age answers", () => {
    const [b] = chat(NAMED, ["how old is Mara Arlen?"]);
    expect(b).toContain("54");
  });
});
