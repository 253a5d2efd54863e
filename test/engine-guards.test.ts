import { describe, expect, it } from "vitest";
import { createEngine } from "../src/engine/engine.js";
import { missingName, missingQuantity, missingUnit, otherSpeaker } from "../src/engine/guards.js";
import { emptyConversation } from "../src/engine/reply.js";
import { ingest } from "../src/story/ingest.js";
import { draft, guardProbe } from "./support/guard-probe.js";

/**
 * What an answer must carry before it is said (src/engine/guards.ts), whichever answerer drafted it:
 * the places and people the question names, and a number when it asks for one. Invented dispatches
 * (every name, number and sentence made up).
 */
const EN = `Northern allies raise their defence budgets

Defence ministers of the alliance met the alliance's chief, Tomas Ek, in Brussels on Tuesday to discuss spending.
Last year, Norway, Finland and Estonia each spent over 4% of their output on defence.
Germany's plan for the coming years is due in spring.
The country's finance minister, Lena Varga, said the plan would be ready in spring.
Officials said other members would follow.
The exercise took place in the Baltic Sea last week.

In Tallinn, the spokesman of the foreign ministry, Karl Mets, said the country owed "no explanation to anyone" for the drills.

The pension reform

Labour minister Hugo Brandt met union leaders on Monday.
Brandt said the legal retirement age must be raised to balance the system.`;

const en = createEngine(ingest(EN, { slug: "guards-en" }));

const { ctxOf, sentenceWith } = guardProbe(en);

describe("an answer carries the places the question names", () => {
  const others = sentenceWith("Norway, Finland");
  it("is refused when its sentence speaks of other countries in the asked one's stead", () => {
    // the country asked in the other language (« Allemagne » ~ "Germany"), written elsewhere in the story
    expect(missingName(ctxOf("l'Allemagne dépense combien ?"), draft("count", "« more than 3% »", [others]))).toBe("Allemagne");
    expect(missingName(ctxOf("How much does Germany spend?"), draft("count", "« more than 3% »", [others]))).toBe("Germany");
  });
  it("stands when its sentence, or the one before it in the paragraph, writes the place", () => {
    expect(missingName(ctxOf("How much does Norway spend?"), draft("count", "« more than 3% »", [others]))).toBeNull();
    const minister = sentenceWith("finance minister");
    expect(missingName(ctxOf("What did Germany's finance minister say?"), draft("said", "Lena Varga: the plan would be ready in spring.", [minister]))).toBeNull();
  });
  it("stands when the question asks for others of the kind, or the sentence names no other place", () => {
    expect(missingName(ctxOf("Which other countries spend more than Germany?"), draft("count", "Norway, Finland and Estonia.", [others]))).toBeNull();
    expect(missingName(ctxOf("Who will follow Germany?"), draft("who", "Other members.", [sentenceWith("other members")]))).toBeNull();
  });
  it("stands when the other place is the capital of a country the question names, or the sentence holds the words it quotes", () => {
    const tallinn = sentenceWith("In Tallinn");
    // « Tallinn » is the capital of the Estonia asked about, no other place than it
    expect(missingName(ctxOf("What did Estonia say about the drills off Finland?"), draft("said", "Karl Mets: no explanation to anyone.", [tallinn]))).toBeNull();
    expect(missingName(ctxOf("Who said « no explanation to anyone » about Finland?"), draft("who_said", "Karl Mets said it.", [tallinn]))).toBeNull();
    // without either, Finland asked of a sentence about Tallinn alone is not carried
    expect(missingName(ctxOf("Who spoke about Finland?"), draft("who_said", "Karl Mets.", [tallinn]))).toBe("Finland");
  });
  it("declines through the engine, saying which place the answer lacks", () => {
    // the reader would cite the sentence of Norway, Finland and Estonia; it says nothing of Germany
    const r = en.ask("which countries spent over 4% in Germany?", emptyConversation()).reply;
    expect(r.answered).toBe(false);
    expect(r.text).toContain("does not say that of Germany");
  });
});

describe("an answer carries the people the question names", () => {
  const brandt = sentenceWith("Brandt said");
  it("is refused when its sentence tells of another person of the story in the asked one's stead", () => {
    expect(missingName(ctxOf("What does Lena Varga want for pensions?"), draft("read", "the legal retirement age must be raised", [brandt]))).toBe("Lena Varga");
  });
  it("stands when the other person is the one whose words answer", () => {
    expect(missingName(ctxOf("What did Brandt say about Lena Varga?"), draft("said", "Hugo Brandt: the legal retirement age must be raised", [brandt]))).toBeNull();
  });
  it("reads a person's name that opens the question, whose capital a sentence's start would otherwise explain", () => {
    // « Varga » asked first, the answer's sentence tells of Brandt's meeting: another person's day
    const met = sentenceWith("met union leaders");
    expect(missingName(ctxOf("Varga met the unions on which day?"), draft("when", "When: Monday.", [met]))).toBe("Varga");
    expect(missingName(ctxOf("Varga a rencontré les syndicats quel jour ?"), draft("when", "Quand : lundi.", [met]))).toBe("Varga");
    // the one who met them, asked first, is carried; a question's first word that names no one is no name
    expect(missingName(ctxOf("Brandt met the unions on which day?"), draft("when", "When: Monday.", [met]))).toBeNull();
    expect(missingName(ctxOf("Labour unions met whom on Monday?"), draft("who", "Hugo Brandt.", [met]))).toBeNull();
  });
});

describe("an answer to « what did X say » gives X's words", () => {
  const tallinn = sentenceWith("In Tallinn");
  it("is refused when the story never quotes X and the answer's sentence holds someone else's words", () => {
    // Tomas Ek is named, never quoted; the sentence cited is Karl Mets's
    expect(otherSpeaker(ctxOf("what did Tomas Ek say about the drills?"), draft("read", "The story says: no explanation to anyone.", [tallinn]))).not.toBeNull();
    expect(otherSpeaker(ctxOf("qu'a dit Tomas Ek sur les manœuvres ?"), draft("read", "D'après la dépêche : no explanation to anyone.", [tallinn]))).not.toBeNull();
  });
  it("stands for someone the story quotes, for a pronoun, and for a sentence without quoted words", () => {
    expect(otherSpeaker(ctxOf("what did Karl Mets say about the drills?"), draft("said", "Karl Mets: no explanation to anyone.", [tallinn]))).toBeNull();
    expect(otherSpeaker(ctxOf("qu'a-t-il dit sur Tomas Ek ?"), draft("said", "Karl Mets : no explanation to anyone.", [tallinn]))).toBeNull();
    expect(otherSpeaker(ctxOf("what did Tomas Ek say about the drills?"), draft("read", "The exercise took place in the Baltic Sea.", [sentenceWith("Baltic Sea")]))).toBeNull();
  });
});

describe("an answer to a question of quantity carries one", () => {
  const reform = sentenceWith("retirement age");
  it("is refused when a speaker's words or a sentence give no number", () => {
    expect(missingQuantity(ctxOf("what retirement age does Brandt want"), draft("said", "Hugo Brandt, as the story reports it: raise the legal retirement age", [reform]))).toBe(true);
    expect(missingQuantity(ctxOf("quel âge de départ veut Brandt ?"), draft("said", "Hugo Brandt : relever l'âge légal", [reform]))).toBe(true);
  });
  it("stands when the answer has a number, in digits or words, or comes from the figures' answerer", () => {
    expect(missingQuantity(ctxOf("what retirement age does Brandt want"), draft("said", "Hugo Brandt: 67", [reform]))).toBe(false);
    expect(missingQuantity(ctxOf("how many members will follow?"), draft("read", "« several of them »", [reform]))).toBe(false);
    expect(missingQuantity(ctxOf("how many soldiers?"), draft("count", "That number was not given.", [reform]))).toBe(false);
    expect(missingQuantity(ctxOf("why does Brandt want the reform?"), draft("read", "To balance the system.", [reform]))).toBe(false);
  });
  it("declines through the engine", () => {
    const r = en.ask("what retirement age does Brandt want", emptyConversation()).reply;
    expect(r.answered).toBe(false);
  });
});

describe("an amount asked per unit is of that unit", () => {
  const budget = sentenceWith("Germany's plan");
  const pension = sentenceWith("retirement age");
  it("is refused when its sentence never speaks of the unit (a total, another thing's amount)", () => {
    expect(missingUnit(ctxOf("how much does Germany's plan cost per soldier?"), draft("read", "3% of output", [budget]))).toBe("soldier");
    expect(missingUnit(ctxOf("combien coûte le plan allemand par soldat ?"), draft("read", "3% of output", [budget]))).toBe("soldat");
  });
  it("stands when no unit is asked, or when the sentence speaks of it, or for the answerer of figures", () => {
    expect(missingUnit(ctxOf("how much does Germany's plan cost?"), draft("read", "3% of output", [budget]))).toBeNull();
    expect(missingUnit(ctxOf("what retirement age per union?"), draft("read", "raised", [sentenceWith("met union leaders")]))).toBeNull();
    expect(missingUnit(ctxOf("how much does Germany's plan cost per soldier?"), draft("count", "« 3% »", [budget]))).toBeNull();
    // a period is a rate, « par téléphone » a means: no unit
    expect(missingUnit(ctxOf("how much does Germany spend per year?"), draft("read", "3% of output", [pension]))).toBeNull();
    expect(missingUnit(ctxOf("ils ont parlé par téléphone combien de temps ?"), draft("read", "an hour", [pension]))).toBeNull();
    // a means asked, no quantity: « par visioconférence »
    expect(missingUnit(ctxOf("c'était par visioconférence ?"), draft("read", "in person", [pension]))).toBeNull();
  });
});

describe("a count asked per unit in French is not answered with a total", () => {
  const FR_PLAN = `Un nouveau plan de cantine à Caldera

Le conseil de Caldera a approuvé mardi une extension de 12 millions de dollars du plan de cantine scolaire, a déclaré sa présidente Mona Vell.
Environ 4 000 élèves y auront droit dès septembre.`;
  const plan = createEngine(ingest(FR_PLAN, { slug: "cantine-caldera" }));
  it("« combien coûte X par élève ? » is declined when the story gives only the total", () => {
    const r = plan.ask("combien coûte l'extension du plan par élève ?", emptyConversation()).reply;
    expect(r.answered).toBe(false);
  });
  it("a figure written per unit answers it", () => {
    const per = createEngine(ingest(`${FR_PLAN}\nLe plan coûtera environ 300 dollars par élève.`, { slug: "cantine-caldera-2" }));
    expect(per.ask("combien coûte le plan par élève ?", emptyConversation()).reply.text).toContain("300");
  });
});

describe("who someone is, asked of a person the story names only by a description", () => {
  const EN_BORDER = `Flooding in Kelmar

Heavy rain flooded the lower town of Kelmar on Sunday, and Kelmar's mayor asked the army for pumps.
Kelmar's mayor said the damage was "worse than in any year".
Kelmar's deputy mayor, Ida Brenn, opened the schools to families.`;
  const border = createEngine(ingest(EN_BORDER, { slug: "kelmar-flood" }));
  it("is declined: « X's leader » is no name", () => {
    for (const q of ["qui est le maire de Kelmar ?", "who is the Kelmar mayor?"]) {
      const r = border.ask(q, emptyConversation()).reply;
      expect(r.answered).toBe(false);
      expect(r.text).toMatch(/ne nomme pas|does not name/);
    }
  });
  it("someone named is still described", () => {
    expect(border.ask("who is Ida Brenn?", emptyConversation()).reply.text).toContain("deputy mayor");
  });
});
