import { describe, expect, it } from "vitest";
import { createEngine } from "../src/engine/engine.js";
import { speechAsk } from "../src/engine/answers/speech.js";
import { emptyConversation, type ConversationState, type Reply } from "../src/engine/reply.js";
import { ingest } from "../src/story/ingest.js";
import { fold } from "../src/story/text.js";

/**
 * Questions about people as readers type them, end to end through the real ingest, on an invented
 * dispatch (every name, number and sentence made up): factual questions about someone go to the
 * sentences about them, not to « X is not quoted »; a question about someone's words gets them.
 */
const EN = `Marlow port strike ends after dockers win pay deal

Dockers at the port of Marlow returned to work on Tuesday after a nine-day strike, the harbour authority said.
Union leader Nadia Ferreira, who spent two years in prison in the 1990s for organising an illegal walkout, told Radio Marlow that the deal was "a victory for every worker on the quay".
The port's chief executive, Tom Aldridge, said the company had agreed to a 6% raise because ships were queuing offshore.
"We could not afford another week," Aldridge said in a statement.
Transport minister Paul Greaves had urged both sides to settle.
About 1,800 dockers took part in the strike, and 40 ships were held at anchor.
Greaves speaks fluent Portuguese and once worked at the port himself.
The mayor of Marlow, Colonel Ines Baptiste, thanked the police.`;

const engine = createEngine(ingest(EN, { slug: "marlow-strike" }));
const ask = (q: string, state: ConversationState = emptyConversation()): Reply => engine.ask(q, state).reply;
const plain = (s: string) => fold(s).replace(/\s+/g, " ");
function conversation(questions: string[]): Reply[] {
  let state = emptyConversation();
  return questions.map((q) => {
    const r = engine.ask(q, state);
    state = r.state;
    return r.reply;
  });
}

describe("what a question about someone asks of their speech", () => {
  it.each([
    ["what did Ferreira say", "words"],
    ["Qu'a déclaré le ministre ?", "words"],
    ["what did she call the deal", "words"],
    ["pourquoi c'est une victoire selon elle ?", "words"],
    ["where did Ferreira say it", "circumstance"],
    ["il a dit ça sur quelle chaîne ?", "circumstance"],
    ["why was Ferreira in prison", null],
    ["does Greaves speak Portuguese", null],
    ["Ferreira était plus modérée ?", null],
  ] as const)("%s → %s", (q, kind) => {
    expect(speechAsk(fold(q))).toBe(kind);
  });
});

describe("factual questions about someone are not speech questions", () => {
  it("« why was X in prison » is answered from the sentence about X, never « not quoted »", () => {
    const r = ask("why was ferreira in prison");
    expect(r.answered).toBe(true);
    expect(plain(r.text)).not.toContain("not quoted");
    expect(r.citations.some((c) => c.text.includes("in prison"))).toBe(true);
  });
  it("« does X speak … » is a fact about X", () => {
    const r = ask("does greaves speak portuguese");
    expect(r.answered).toBe(true);
    expect(plain(r.text)).not.toContain("not quoted");
    expect(plain(r.text)).toContain("portuguese");
  });
  it("a fact the story does not give about someone is declined, not answered with their quotes", () => {
    const r = ask("did aldridge get a fine?");
    expect(r.answered).toBe(false);
    expect(r.quotes).toEqual([]);
  });
});

describe("someone named but never quoted", () => {
  it("« what did X say » says plainly that X is not quoted, with what is reported", () => {
    const r = ask("What did Baptiste say?");
    expect(r.answered).toBe(true);
    expect(plain(r.text)).toMatch(/not quoted|reported/);
  });
  it("« what did X say about Y » is declined when X has no words on anything", () => {
    const r = ask("What did Baptiste say about the raise?");
    expect(r.answered).toBe(false);
  });
});

describe("roles", () => {
  it.each(["what rank is Baptiste?", "c'est le maire de quoi Baptiste déjà ?"])("%s reads as a role question", (q) => {
    expect(ask(q).intent).toBe("who_is");
  });
  it("« quoi de neuf à X » is the story in short", () => {
    expect(ask("quoi de neuf à marlow ?").intent).toBe("summary");
  });
});
