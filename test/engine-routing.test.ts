import { describe, expect, it } from "vitest";
import { createEngine } from "../src/engine/engine.js";
import { readIntent } from "../src/engine/intent.js";
import { analyse, type Query } from "../src/engine/query.js";
import { buildIndex } from "../src/engine/index.js";
import { emptyConversation, type ConversationState } from "../src/engine/reply.js";
import { followUp, respell } from "../src/engine/chat.js";
import { ingest } from "../src/story/ingest.js";

/** Routing and follow-ups on invented dispatches: every name, number and sentence is made up. */
const EN = ingest(
  `Harbour talks stall in Port Elmira

PORT ELMIRA — Trade minister Oskar Lindqvist phoned his counterpart Maren Holt on Tuesday to discuss the harbour dispute, the ministry said.
Lindqvist had spent two years in exile before he was allowed back in 2015.
He was released after a court ruling, his lawyer Petra Vane said.
"The talks are far from over," Vane said on Wednesday.
The government's harbour plan, dubbed "Blue Quay", was unveiled in March.
About 4,000 dock workers went on strike last week, according to the dockers' union.`,
  { slug: "harbour-routing" },
);
const engine = createEngine(EN);
const index = buildIndex(EN);

function conversation(questions: string[]) {
  let state: ConversationState = emptyConversation();
  return questions.map((q) => {
    const r = engine.ask(q, state);
    state = r.state;
    return { reply: r.reply, state };
  });
}

const reading = (q: string, namesSomeone = false) => readIntent(analyse(q, index, "en") as Query, namesSomeone, {});

describe("routing: the intent's own answer, and what falls through", () => {
  it("« who did X talk to? » asks the other end of the call, before the doer of any act", () => {
    const r = engine.ask("who did Lindqvist talk to?", emptyConversation()).reply;
    expect(r.intent).toBe("call");
    expect(r.text).toMatch(/Holt/);
  });
  it("« X a parlé avec qui ? » and « se sont parlé comment ? » read as the call", () => {
    expect(readIntent({ ...(analyse("Lindqvist a parlé avec qui ?", index, "fr") as Query) }, true, {}).intent).toBe("call");
    expect(readIntent({ ...(analyse("Lindqvist et Holt se sont parlé comment ?", index, "fr") as Query) }, true, {}).intent).toBe("call");
  });
  it("« who announced the call? » is still the doer, not who called whom", () => {
    const r = engine.ask("who announced the call?", emptyConversation()).reply;
    expect(r.intent).not.toBe("call");
  });
  it("the name of a thing someone has is a name, not who they are", () => {
    expect(reading("What's the name of Lindqvist's plan?", true).intent).toBe("name");
    expect(readIntent(analyse("Comment s'appelle le plan de Lindqvist ?", index, "fr") as Query, true, {}).intent).toBe("name");
    expect(readIntent(analyse("le plan s'appelle comment ?", index, "fr") as Query, false, {}).intent).toBe("name");
    // a person's name asked stays a question about a person
    expect(reading("What is the name of the trade minister?").intent).toBe("who_is");
  });
  it("« comment s'appelait … ? » asks a name in the past tense, never about the phone call", () => {
    expect(readIntent(analyse("Comment s'appelait le plan du port ?", index, "fr") as Query, false, {}).intent).toBe("name");
    expect(readIntent(analyse("comment s'appelaient les grévistes ?", index, "fr") as Query, false, {}).intent).not.toBe("call");
    expect(reading("What was the name of the plan?").intent).toBe("name");
    // a story that tells a phone call: the name asked is still no answer about the call
    const r = engine.ask("Comment s'appelait le premier docker en grève ?", emptyConversation()).reply;
    expect(r.intent).not.toBe("call");
    expect(r.text).not.toMatch(/Lindqvist|Holt/);
  });
  it("« who is X meeting », « who was X with » ask an act of X, not who X is", () => {
    expect(reading("Who is Lindqvist meeting in Port Elmira?", true).intent).not.toBe("who_is");
    expect(reading("Who was Lindqvist with at the harbour?", true).intent).not.toBe("who_is");
    expect(reading("Who is Lindqvist?", true).intent).toBe("who_is");
  });
  it("« à qui a-t-elle raconté tout ça ? » asks to whom, not for the story told", () => {
    expect(readIntent(analyse("à qui elle a raconté tout ça ?", index, "fr") as Query, false, {}).intent).not.toBe("summary");
    expect(readIntent(analyse("raconte-moi l'histoire", index, "fr") as Query, false, {}).intent).toBe("summary");
  });
  it("where figures come from, or whether they are official, asks who gives them", () => {
    expect(readIntent(analyse("D'où viennent ces chiffres ?", index, "fr") as Query, false, {}).intent).toBe("claimant");
    expect(reading("is that figure official?").intent).toBe("claimant");
    expect(reading("where do these numbers come from?").intent).toBe("claimant");
  });
});

describe("follow-ups keep the person asked about", () => {
  // a person the story gives no gender (no pronoun, no title), answered about from another's words
  const jailed = createEngine(
    ingest(
      `Activist freed

Lawyer Tomas Berg said activist Chidi Okafor had been jailed for two years because of a protest at the port.
Okafor was freed in 2015 in a prisoner exchange.
"The case was political from the start," said Mr Berg, who added that he would appeal.`,
      { slug: "okafor-routing" },
    ),
  );
  function talk(questions: string[]) {
    let state: ConversationState = emptyConversation();
    return questions.map((q) => {
      let about: string | null = null;
      const r = jailed.ask(q, state, { inspect: (ctx) => (about = ctx.entity?.name ?? null) });
      state = r.state;
      return { reply: r.reply, state, about: about as string | null };
    });
  }
  it("a question naming X, answered with a figure Y gives, leaves X the one « he » stands for", () => {
    const [count, when] = talk(["How many years was Okafor in jail?", "when was he freed?"]);
    expect(count!.reply.text).toMatch(/Berg/);
    expect(count!.state.focus).toMatch(/Okafor/);
    expect(when!.about).toMatch(/Okafor/);
  });
  it("« he » after a person of no known gender stays with them, their words asked or not (never the man the story quotes instead)", () => {
    const [, when, said] = talk(["Who is Chidi Okafor?", "when was he freed?", "what did he say?"]);
    expect(when!.about).toMatch(/Okafor/);
    expect(said!.about).toMatch(/Okafor/);
  });
  it("« who …? » makes its answer the focus", () => {
    const [who] = conversation(["who said the talks are far from over?"]);
    expect(who!.state.focus).toMatch(/Vane/);
  });
});

describe("chat spellings", () => {
  it("« c » before a word other than a form of « être » is « c'est », not an elision", () => {
    expect(respell("les négociations c avec qui")).toBe("les négociations c'est avec qui");
    expect(respell("c est qui Lindqvist")).toBe("c'est qui Lindqvist");
  });
});

describe("a follow-up that names another source", () => {
  it("« et selon X ? », \"and according to X?\" ask the last question by X's account, replacing the source it named", () => {
    expect(followUp("et selon les syndicats ?", "Combien de grévistes mardi ?")).toBe("Combien de grévistes mardi selon les syndicats");
    expect(followUp("and according to the union?", "how many dock workers went on strike according to the company?")).toBe("how many dock workers went on strike according to the union");
    expect(followUp("et d'après la police ?", "Combien de grévistes mardi selon les syndicats ?")).toBe("Combien de grévistes mardi d'après la police");
  });
});
