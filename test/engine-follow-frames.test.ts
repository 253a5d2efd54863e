import { describe, expect, it } from "vitest";
import { createEngine } from "../src/engine/engine.js";
import { followUpOf } from "../src/engine/chat.js";
import { asksGist } from "../src/engine/gist.js";
import { fold } from "../src/engine/text.js";
import { ingest } from "../src/story/ingest.js";
import { conversation } from "./support/conversation.js";

/** Elliptical follow-ups carry the previous question's frame with a new focus: invented dispatches, every name and number made up. */
const EN = createEngine(
  ingest(
    `Veloria bans plastic bags as timber levy rises

HALDEN — Veloria banned plastic bags in shops in March 2021, the environment ministry said on Thursday.
Neighbouring Ostria is still debating a similar measure, its parliament speaker Tomas Erlund said.
The levy on timber exports was raised to 12 percent in June because the treasury needed funds for new bridges, finance minister Hanna Stavik said.
The row over the levy has split the ruling coalition for weeks.`,
    { slug: "velor-frames" },
  ),
);

describe("an elliptical follow-up takes the previous question's frame with a new focus", () => {
  it("a noun phrase takes the place of the previous question's (« and the tents? » after « how much were the lanterns worth? »)", () => {
    expect(followUpOf("and the tents?", "how much were the lanterns worth?")?.question).toBe("how much were the tents worth");
    expect(followUpOf("et les tentes ?", "combien coûtaient les lanternes ?")?.question).toBe("combien coûtaient les tentes");
    expect(followUpOf("and the mayor?", "what did the sheriff say?")?.question).toBe("what did the mayor say");
    // a bare noun takes the place of the noun after « of », « on », « de »
    expect(followUpOf("and wool?", "what is the levy on timber?")?.question).toBe("what is the levy on wool");
    expect(followUpOf("et la laine ?", "quel est le prix de l'orge ?")?.question).toBe("quel est le prix de la laine");
    // a fragment that is a clause of its own (« et c'est fait ? ») puts no noun in place of the previous question's
    expect(followUpOf("et c'est fait ?", "le maire avait promis quoi sur les lanternes ?")?.question).not.toMatch(/sur c'est fait/);
    // never the circumstance: « et les pompiers ? » after a count in a place counts them there
    expect(followUpOf("et les pompiers ?", "combien de soldats dans les Corbières ?")?.question).toBe("combien de pompiers dans les Corbières");
  });
  it("a person's phrase takes the place of the previous question's subject pronoun, read with that question's own language", () => {
    expect(followUpOf("et sa sœur ?", "il a répondu quoi ?")?.question).toBe("sa sœur a répondu quoi");
    expect(followUpOf("et son rival ?", "elle est à combien dans le classement ?")?.question).toBe("son rival est à combien dans le classement");
    expect(followUpOf("and his lawyer?", "what did he claim?")?.question).toBe("what did his lawyer claim");
    expect(followUpOf("and her deputy?", "what did she promise about the harbour?")?.question).toBe("what did her deputy promise about the harbour");
    // a phrase that names no one by their tie to another still takes the place of a noun phrase, a count's noun that of the thing counted
    expect(followUpOf("and her deputy?", "what did the mayor promise?")?.question).toBe("what did her deputy promise");
    expect(followUpOf("and trucks?", "how many buses did they buy?")?.question).toBe("how many trucks");
  });
  it("a name takes the place of the name that opens the previous question, a person's phrase that of its name", () => {
    expect(followUpOf("et Brevia ?", "Tamsel propose quoi ?")?.question).toBe("Brevia propose quoi");
    expect(followUpOf("and his lawyer?", "who is Varga?")?.question).toBe("who is his lawyer");
    // a capitalised question word or auxiliary is no name
    expect(followUpOf("and Brevia?", "What does Tamsel offer?")?.question).toMatch(/^What does/);
  });
  it("a scope or a relative time takes the place of the previous question's circumstance", () => {
    expect(followUpOf("and worldwide?", "how many deaths in Ostria?")?.question).toBe("how many deaths worldwide");
    expect(followUpOf("et au total ?", "combien de blessés à Halden ?")?.question).toBe("combien de blessés au total");
    // « et avant ? » after a year asks before that year
    expect(followUpOf("et avant ?", "combien de médecins en 2019 ?")?.question).toBe("combien de médecins avant 2019");
    expect(followUpOf("and earlier?", "how many doctors in 2019?")?.question).toBe("how many doctors before 2019");
  });
  it("a people word takes the place of the previous question's one capitalised people word", () => {
    const f = followUpOf("and the Velorians?", "how much grain should Tarns store?");
    expect(f?.question).toBe("how much grain should Velorians store");
    expect(f?.slot).toBe("Velorians");
  });
  it("« and in <place>? » is answered from a sentence about that place, never from the last answer's", () => {
    const [when, other] = conversation(EN, ["when did Veloria ban plastic bags?", "and in Ostria?"]);
    expect(when!.text).toMatch(/March 2021/);
    expect(other!.text).not.toMatch(/2021/);
  });
  it("« since when? » leaves the frame: « and why? » next asks why of the last full question", () => {
    const [, since, why] = conversation(EN, ["when was the levy on timber exports raised?", "since when?", "and why?"]);
    expect(since!.text).toMatch(/June/);
    expect(why!.answered).toBe(true);
    expect(why!.text).toMatch(/treasury|bridges/);
  });
});

describe("a reader asking what the story is about", () => {
  it("reads the gist in the words readers call a story by, in either language", () => {
    for (const q of ["what is this article about", "what's the row about", "whats this trial about", "so what's this whole saga about", "c'est quoi l'histoire", "de quoi parle l'article", "c'est quoi cette affaire en bref", "yo c'est quoi la news"]) expect(asksGist(fold(q)), q).toBe(true);
    // a question about one thing of the story is no gist question
    for (const q of ["what is the levy about", "c'est quoi l'histoire du ministre", "what is the case against Stavik"]) expect(asksGist(fold(q)), q).toBe(false);
  });
  it("answers it with the story in short, not a fragment", () => {
    for (const q of ["hi, what is this article about?", "whats this row about?"]) {
      const [r] = conversation(EN, [q]);
      expect(r!.answered).toBe(true);
      expect(r!.intent).toBe("summary");
    }
  });
});

describe("« why? » after a question about who did something", () => {
  it("asks why the one the answer named did it", () => {
    expect(followUpOf("why?", "who raised the levy on timber?", true, "Hanna Stavik")?.question).toBe("why Hanna Stavik raised the levy on timber");
    expect(followUpOf("et pourquoi ?", "Qui a relevé la taxe ?", true, "Hanna Stavik")?.question).toBe("pourquoi Hanna Stavik a relevé la taxe");
    // with no one named by the answer, the subject stays open
    expect(followUpOf("why?", "who raised the levy on timber?", true)?.question).toBe("why raised the levy on timber");
  });
});
