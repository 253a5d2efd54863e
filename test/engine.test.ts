import { describe, expect, it } from "vitest";
import { createEngine } from "../src/engine/engine.js";
import { emptyConversation, type ConversationState, type Reply } from "../src/engine/reply.js";
import { testStory } from "./engine-story.js";

const engine = createEngine(testStory());
const ask = (q: string, state: ConversationState = emptyConversation()): Reply => engine.ask(q, state).reply;
const plain = (s: string) => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[\u00a0\u202f]/g, " ").toLowerCase();
const has = (r: Reply, ...parts: string[]) => {
  for (const p of parts) expect(plain(r.text)).toContain(plain(p));
};

describe("who spoke / who are the people", () => {
  it.each(["Who spoke?", "Which people are named in the article?", "Qui a parlé ?", "Qui sont les intervenants ?"])("%s lists the quoted and the only-mentioned", (q) => {
    const r = ask(q);
    expect(r.intent).toBe("people");
    has(r, "Kaljurand", "Virtanen", "Ostaptchouk", "Heikkilä");
    expect(r.citations.length).toBeGreaterThan(0);
  });
});

describe("what did X say", () => {
  it("gives the quotes, direct first, in English", () => {
    const r = ask("What did Kaljurand say?");
    expect(r.lang).toBe("en");
    expect(r.intent).toBe("said");
    has(r, "« Nous devons protéger nos câbles sous-marins »");
    expect(plain(r.text).indexOf("cables")).toBeLessThan(plain(r.text).indexOf("12 millions"));
    expect(r.citations.map((c) => c.sentence)).toContain(1);
    expect(r.quotes[0]?.kind).toBe("direct");
  });
  it("answers in French for a French question", () => {
    const r = ask("Qu'a déclaré le ministre Kaljurand ?");
    expect(r.lang).toBe("fr");
    has(r, "câbles sous-marins");
  });
  it("gives the statement on the question's subject, not the speaker's words on something else", () => {
    const r = ask("What did Kaljurand say about the cost?");
    expect(plain(r.text)).toContain("12 millions");
    expect(plain(r.text)).not.toContain("cables");
  });
  it("says plainly when someone is named but never quoted, and what is reported", () => {
    const en = ask("What did Heikkila say?");
    has(en, "not quoted");
    expect(en.answered).toBe(true);
    // what the story reports about him is cited beneath, not pasted into the answer
    expect(en.citations.some((c) => c.text.includes("homologue finlandais"))).toBe(true);
    expect(en.text).not.toContain("homologue finlandais");
    const fr = ask("Qu'a dit Jukka Heikkilä ?");
    has(fr, "n'est pas cité");
  });
  it("finds an institution by an English description", () => {
    const r = ask("What did the Estonian defence ministry say?");
    has(r, "4 000 soldats");
  });
});

describe("who said « fragment »", () => {
  it("matches a quoted fragment loosely", () => {
    const r = ask("Qui a dit « nous devons protéger nos câbles » ?");
    expect(r.intent).toBe("who_said");
    has(r, "Kaljurand");
  });
  it("matches an English paraphrase of a French quote", () => {
    const r = ask("Who denounced a useless provocation?");
    expect(r.lang).toBe("en");
    has(r, "Kremlin", "provocation inutile");
  });
  it("declines words the story does not hold", () => {
    expect(ask("Who said « les licornes existent » ?").answered).toBe(false);
  });
});

describe("who is X / who holds role R", () => {
  it("gives the role", () => {
    // in the asker's language: a French story's role in English for an English question
    has(ask("Who is Aino Virtanen?"), "spokesperson of the Finnish navy");
    has(ask("Qui est Kaljurand ?"), "ministre estonien de la Défense");
  });
  it("names the holder of a role, in either language", () => {
    has(ask("Qui est la porte-parole de la marine finlandaise ?"), "Aino Virtanen");
    has(ask("Who is the spokesperson of the Finnish navy?"), "Virtanen");
    has(ask("Who is the Estonian defence minister?"), "Kaljurand");
  });
  it("declines a role nobody in the story holds, whatever nationality it shares words with", () => {
    expect(ask("Who is the Swedish defence minister?").answered).toBe(false);
    expect(ask("What is the name of the Latvian defence minister?").answered).toBe(false);
  });
});

describe("how many", () => {
  it("gives a troop figure with its qualifier and source", () => {
    const r = ask("How many soldiers will take part in the manoeuvres?");
    expect(r.intent).toBe("count");
    // the claimant is named in the reader's language
    has(r, "environ 4 000 soldats", "Estonian ministry of defence");
    expect(r.figures[0]?.claimedBy).toBe("ministère estonien de la Défense");
  });
  it("chooses among troop figures by what the question says", () => {
    has(ask("Combien de soldats la Russie a-t-elle massés près de la frontière ?"), "plus de 20 000", "Wróbel");
    has(ask("How many troops take part in the naval manoeuvres near Tallinn?"), "4 000");
  });
  it("counts other things by their noun", () => {
    has(ask("How many ships take part?"), "une quinzaine de navires");
    has(ask("Combien de navires participent aux manœuvres ?"), "quinzaine");
  });
  it("says a number was not given when the story says so", () => {
    const r = ask("How many Russian ships are in the area?");
    expect(r.answered).toBe(true);
    has(r, "not given");
    // the sentence that says so is cited beneath the answer, not pasted into it
    expect(r.citations.map((c) => c.text).join(" ")).toContain("n'a pas précisé");
  });
  it("gives ages and costs", () => {
    has(ask("How old is the Estonian minister?"), "47");
    has(ask("Quel âge a Kaljurand ?"), "47 ans");
    has(ask("How much will the operation cost?"), "12 millions d'euros");
  });
  it("declines a count the story never gives", () => {
    const r = ask("How many tanks are deployed?");
    expect(r.answered).toBe(false);
    expect(r.suggestions.length).toBeGreaterThan(0);
    expect(ask("Combien d'avions de chasse ?").answered).toBe(false);
  });
});

describe("who claims a figure", () => {
  it("names the claimant of a quoted number", () => {
    const r = ask("Who says there are 20,000 soldiers?");
    expect(r.intent).toBe("claimant");
    has(r, "Wróbel");
  });
  it("reads the number however it is written", () => {
    has(ask("Selon qui 4 000 soldats participent-ils ?"), "ministère estonien");
  });
});

describe("calls, dates, places, equipment, summary, help", () => {
  it("says who called whom", () => {
    has(ask("Who called whom?"), "Kaljurand called Jukka Heikkilä");
    has(ask("Qui a téléphoné à qui ?"), "Kaljurand a appelé Jukka Heikkilä");
  });
  it("answers when, with the English day or month", () => {
    const r = ask("When will the manoeuvres end?");
    expect(r.intent).toBe("when");
    has(r, "3 juin", "June");
    has(ask("Quand a eu lieu l'appel ?"), "mardi");
  });
  it("answers where", () => {
    has(ask("Où se déroulent les manœuvres ?"), "Baltique");
    has(ask("Where were the missile systems deployed?"), "Kaliningrad");
  });
  it("names equipment by its model designation", () => {
    const r = ask("What weapons did the Russian army show?");
    expect(r.intent).toBe("equipment");
    has(r, "K-300P");
  });
  it("summarises and helps", () => {
    expect(ask("Give me a summary").intent).toBe("summary");
    expect(ask("Résumé").lang).toBe("fr");
    expect(ask("help").intent).toBe("help");
    expect(ask("").intent).toBe("help");
  });
});

describe("declines", () => {
  it.each(["What's the weather in Tallinn?", "Quel temps fait-il à Oslo ?", "Who won the football match?"])("%s", (q) => {
    const r = ask(q);
    expect(r.answered).toBe(false);
    expect(r.citations).toEqual([]);
  });
});

describe("every answer", () => {
  const questions = [
    "Who spoke?", "What did Virtanen say?", "How many soldiers?", "Qui a appelé qui ?", "When?", "Where?", "Summary",
    "Who is Ostapchuk?", "Combien coûte l'opération ?", "What weapons?", "How many tanks?", "Qui a dit « toute menace » ?",
  ];
  it.each(questions)("%s: under 700 characters, cited when answered, quoted text verbatim from the story", (q) => {
    const r = ask(q);
    expect(r.text.length).toBeLessThanOrEqual(700);
    expect(r.text.length).toBeGreaterThan(0);
    const story = testStory();
    if (r.answered && r.intent !== "help") expect(r.citations.length).toBeGreaterThan(0);
    for (const c of r.citations) expect(c.text).toBe(story.sentences[c.sentence]?.text);
    for (const f of r.figures) expect(story.sentences[f.sentence]?.text).toContain(f.text);
    for (const qt of r.quotes) expect(story.quotes.some((x) => x.text === qt.text && x.speaker === qt.speaker)).toBe(true);
  });
  it("is pure: the same question and state give the same reply and state", () => {
    const s = { focus: "Aino Virtanen", lang: "en" as const, lastIntent: "who_is" };
    expect(engine.ask("What did she say?", s)).toEqual(engine.ask("What did she say?", s));
    expect(s.focus).toBe("Aino Virtanen");
  });
  it("honours a forced language", () => {
    expect(engine.ask("Who spoke?", emptyConversation(), { lang: "fr" }).reply.lang).toBe("fr");
  });
});
