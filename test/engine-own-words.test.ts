import { describe, expect, it } from "vitest";
import { createEngine } from "../src/engine/engine.js";
import { emptyConversation } from "../src/engine/reply.js";
import { ingest } from "../src/story/ingest.js";

/**
 * A yes/no question on what someone will do is settled by their own words when they speak of it
 * (answers/confirm.ts): a negation before the word asked answers « no », in their words; words
 * without one are shown, never turned into « yes ». Invented dispatch.
 */
const STORY = `Velmont mayor under pressure after the bridge vote

Velmont's mayor Ilse Varga faced calls on Tuesday to resign after the council rejected her bridge plan.
Her predecessor Tomas Brel had resigned in 2019 after a similar vote.
"I have no intention to resign, the voters will decide," Varga told reporters on Tuesday.
Varga also said she would present a new plan to the council in June.`;

const engine = createEngine(ingest(STORY, { slug: "velmont-mayor" }));
const ask = (q: string) => engine.ask(q, emptyConversation()).reply;

describe("a yes/no settled by the person's own words", () => {
  it("answers no with the words that deny it, not with another person's resignation", () => {
    const r = ask("Is Varga going to resign?");
    expect(r.answered).toBe(true);
    expect(r.text).toMatch(/^No\b/);
    expect(r.text).toContain("no intention to resign");
    expect(r.text).not.toContain("Brel");
  });

  it("does not say no to a question that itself asks a negation", () => {
    const r = ask("Is Varga not going to resign?");
    expect(r.text).not.toMatch(/^No\b/);
  });
});

describe("own words: the negation must govern what is asked; reported words are not quoted", () => {
  const more = createEngine(
    ingest(`${STORY}\n"We will never accept that the bridge is not built," Varga said.`, { slug: "velmont-mayor-bridge" }),
  );
  const askMore = (q: string) => more.ask(q, emptyConversation()).reply;

  it("a negation whose clause ends before the word asked (« that … not ») says no « no »", () => {
    const r = askMore("Will Varga accept the bridge?");
    expect(r.text).not.toMatch(/^No\b/);
  });

  it("a negated question is left to the other answerers", () => {
    const r = askMore("Is Varga not going to resign?");
    expect(r.intent).not.toBe("confirm");
  });

  it("words that say she will are shown as what she said, never turned into yes, without quotation marks", () => {
    const r = askMore("Will Varga present a new plan?");
    expect(r.intent).toBe("confirm");
    expect(r.text).not.toMatch(/^Yes\b/);
    expect(r.text).toContain("said that she would present a new plan");
    expect(r.text).not.toContain("«");
  });
});
