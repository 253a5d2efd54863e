import { describe, expect, it } from "vitest";
import { outsideRelatives } from "../src/engine/context.js";
import { createEngine } from "../src/engine/engine.js";
import { emptyConversation } from "../src/engine/reply.js";
import type { Story } from "../src/story/schema.js";
import { testStory } from "./engine-story.js";

/**
 * An invented court report: every name and sentence is made up. Two men are quoted alike (neither
 * is the story's « he »), a woman is quoted more than the other, and the auditor, whose gender the story never
 * says, has one statement.
 */
const SENTENCES = [
  "A court in Varnholm heard on Monday that the harbour company hid losses for three years, the first day of the fraud trial of its former director, Mira Dolan.",
  "\"I never signed those accounts,\" Dolan told the court.",
  "Prosecutor Tomas Ekberg said the losses reached twelve million crowns.",
  "Defence lawyer Piet Varga said the figures were never audited.",
  "The accounts had been checked by an outside auditor, Alex Rinn.",
  "\"We flagged the accounts twice and no one answered,\" Alex Rinn said.",
  "Dolan added that she would appeal any verdict.",
  "Judge Hanna Lund said the trial would last two weeks.",
];

function pronounStory(): Story {
  return {
    schemaVersion: 1,
    slug: "varnholm-trial",
    lang: "en",
    title: "A court in Varnholm heard that the harbour company hid losses",
    dateline: null,
    dispatches: [{ index: 0, sha256: "b".repeat(64), firstSentence: 0, sentenceCount: SENTENCES.length }],
    sentences: SENTENCES.map((text, index) => ({ index, paragraph: index, dispatch: 0, text, start: 0, end: text.length })),
    speakers: [
      { name: "Mira Dolan", aliases: ["Dolan"], kind: "person", role: "former director", gender: "f", mentions: [0, 1, 6] },
      { name: "Tomas Ekberg", aliases: ["Ekberg"], kind: "person", role: "prosecutor", gender: "m", mentions: [2] },
      { name: "Piet Varga", aliases: ["Varga"], kind: "person", role: "defence lawyer", gender: "m", mentions: [3] },
      { name: "Hanna Lund", aliases: ["Lund"], kind: "person", role: "judge", gender: "f", mentions: [7] },
      // the auditor's statement given to the company, as ingest sometimes does
      { name: "harbour company", aliases: [], kind: "organization", role: null, gender: null, mentions: [0, 5] },
    ],
    // the story names the auditor with no pronoun: his gender is unknown to the ingest
    people: [{ name: "Alex Rinn", aliases: ["Rinn"], kind: "person", role: "auditor", gender: null, mentions: [4, 5] }],
    quotes: [
      { speaker: "Mira Dolan", text: "I never signed those accounts", kind: "direct", sentence: 1, verb: "told" },
      { speaker: "Tomas Ekberg", text: "the losses reached twelve million crowns", kind: "indirect", sentence: 2, verb: "said" },
      { speaker: "Piet Varga", text: "the figures were never audited", kind: "indirect", sentence: 3, verb: "said" },
      { speaker: "harbour company", text: "We flagged the accounts twice and no one answered", kind: "direct", sentence: 5, verb: "said" },
      { speaker: "Mira Dolan", text: "she would appeal any verdict", kind: "indirect", sentence: 6, verb: "added" },
      { speaker: "Hanna Lund", text: "the trial would last two weeks", kind: "indirect", sentence: 7, verb: "said" },
    ],
    figures: [],
    unstated: [],
    places: [{ text: "Varnholm", sentence: 0 }],
    dates: [{ text: "Monday", sentence: 0 }],
  };
}

const engine = createEngine(pronounStory());

function ask(questions: string[]): { text: string; answered: boolean }[] {
  let state = emptyConversation();
  return questions.map((q) => {
    const r = engine.ask(q, state);
    state = r.state;
    return { text: r.reply.text, answered: r.reply.answered };
  });
}

describe("a follow-up's pronoun", () => {
  it("stands for a focus of unknown gender, not for a man the story quotes", () => {
    const [, said] = ask(["Who is Alex Rinn?", "and what did he say?"]);
    expect(said!.text).toContain("flagged the accounts");
    expect(said!.text).not.toMatch(/twelve million|never audited/);
  });
  it("stands for the person a « who » answer named", () => {
    const [, said] = ask(["who was the outside auditor?", "what did he say?"]);
    expect(said!.text).toContain("flagged the accounts");
  });
  it("whose gender the focus contradicts goes to the agreeing person of the previous question", () => {
    const [, said] = ask(["What did Tomas Ekberg say about Hanna Lund?", "and what did she say?"]);
    expect(said!.text).toContain("two weeks");
  });
  it("whose gender the focus contradicts is not given to the focus, nor to one of two men quoted alike", () => {
    const [, said] = ask(["Who is Mira Dolan?", "what did he say?"]);
    expect(said!.text).not.toMatch(/never signed|appeal/);
    expect(said!.text).not.toMatch(/twelve million|never audited/);
  });
  it("with no agreeing person in the conversation, stands for the one the story quotes more than all others of that gender", () => {
    const [, said] = ask(["What did Tomas Ekberg say?", "and what did she say?"]);
    expect(said!.text).toContain("never signed");
  });
});

describe("a follow-up naming a relation", () => {
  const baltic = createEngine(testStory());
  const chat = (questions: string[]): string[] => {
    let state = emptyConversation();
    return questions.map((q) => {
      const r = baltic.ask(q, state);
      state = r.state;
      return r.reply.text;
    });
  };
  it("« et son homologue ? » after a question about X asks about X's counterpart, never X's words again", () => {
    const [, kin] = chat(["Qu'a dit Kaljurand ?", "Et son homologue ?"]);
    expect(kin).toContain("Heikkilä");
    expect(kin).not.toContain("câbles");
  });
  it("« and his counterpart? » after « who is X? » says who the counterpart is", () => {
    const [, kin] = chat(["Who is Kaljurand?", "and his counterpart?"]);
    expect(kin).toContain("Heikkilä");
    expect(kin).not.toContain("Estonian");
  });
});

describe("a pronoun inside a clause that describes the one asked", () => {
  it("« what's the name of the clerk who reported her? » is not about « her »: no one of the story is that clerk", () => {
    const first = engine.ask("Who is Mira Dolan?", emptyConversation());
    let about: string | null = "unread";
    const r = engine.ask("what's the name of the clerk who reported her?", first.state, { inspect: (ctx) => (about = ctx.entity?.name ?? null) }).reply;
    expect(about).toBeNull();
    expect(r.text).not.toContain("Dolan");
  });
  it("keeps a pronoun the question is about (« c'est qui elle », « who is she »)", () => {
    expect(outsideRelatives("c'est qui elle")).toBe("c'est qui elle");
    expect(outsideRelatives("who is she")).toBe("who is she");
    expect(outsideRelatives("did he say that the plan failed")).toBe("did he say that the plan failed");
    expect(outsideRelatives("c'est quoi la condition pour que ca marche selon lui")).toBe("c'est quoi la condition pour que ca marche selon lui");
    expect(outsideRelatives("comment s'appelle le soldat qui l'a sauve")).toBe("comment s'appelle le soldat");
  });
});
