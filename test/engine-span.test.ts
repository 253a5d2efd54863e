import { describe, expect, it } from "vitest";
import { createEngine } from "../src/engine/engine.js";
import { whOf } from "../src/engine/answers/reader.js";
import { emptyConversation, type Reply } from "../src/engine/reply.js";
import { ingest } from "../src/story/ingest.js";
import { fold } from "../src/story/text.js";

/**
 * The answer span the general reader cuts from the sentence it cites (answers/reader.ts): a
 * clause chosen for the question's kind, never so many of the story's words in a row that it
 * reads as the sentence pasted. Invented dispatches: every name, number and sentence made up.
 */
const EN = `Coastguard drills open off the Merrow coast

Hundreds of Ruritanian and Vestrian sailors began a week of naval drills on Tuesday, the coastguard said.
The drills are focused on protecting the eastern shore of the kingdom's largest island of Tallow, which lies far from the capital.
Officials said the exercise had been planned for two years and was not aimed at any neighbour.
Fishing boats were told to keep clear of the area until Sunday because live rounds would be fired.
Ruritanian ships fired warning flares at Vestrian patrols in several places early Monday, as tensions rose sharply along the maritime border, in what the admiral called a reckless provocation.`;

const FR = `Les ventes de vélos électriques progressent en Europe

Les ventes de vélos électriques ont continué à progresser dans plusieurs pays du continent, comme la Bravonie, notamment grâce au bonus de l'État pour l'achat, mais aussi en Ostrelie et en Valmarie, grâce à des allègements fiscaux pour les entreprises.
Dans le reste du continent, les ventes ont reculé du fait d'un hiver pluvieux, selon les fabricants.
Les fabricants bravoniens se tournent vers le marché ostrelien, afin d'écouler leurs stocks de batteries avant l'été.
Le syndicat des fabricants a réclamé le renouvellement des aides publiques, jugées essentielles par ses membres dans un marché encore fragile.
Les journalistes n'ont pas pu poser de questions au président du syndicat, reparti aussitôt.
Les vélos sans batterie amovible sont exclus de la prime, a précisé le ministère.
Le ministère envisage de prolonger la prime jusqu'en 2031, selon un conseiller.
Le président du syndicat dirige une usine près de la frontière.
Le taux de panne des batteries bravoniennes, longtemps présenté comme leur point faible par les concurrents, atteint désormais 4 %, selon un rapport.`;

const en = createEngine(ingest(EN, { slug: "merrow-drills" }));
const fr = createEngine(ingest(FR, { slug: "velos-europe" }));

function ask(engine: typeof en, q: string): Reply {
  return engine.ask(q, emptyConversation()).reply;
}

/** The longest run of the answer's words (marks written apart counted, as a reader's scorer counts them) found in a row in the story. */
function longestRun(answer: string, story: string): number {
  const words = answer.split(/\s+/).filter(Boolean);
  const toks = (s: string) => fold(s).split(/[^a-z0-9]+/).filter((t) => t.length > 1);
  const hay = ` ${toks(story).join(" ")} `;
  const key = (ws: string[]) => ` ${ws.flatMap(toks).join(" ")} `;
  let best = 0;
  for (let i = 0; i < words.length; i++) {
    if (!toks(words[i]!).length) continue;
    let j = i + 1;
    while (j <= words.length && hay.includes(key(words.slice(i, j)))) j++;
    best = Math.max(best, j - 1 - i);
  }
  return best;
}

describe("the span of a « what » answer", () => {
  it("reads the words after the question's own to the end of their phrase, not cut on « of »", () => {
    const r = ask(en, "what do the drills focus on?");
    expect(r.answered).toBe(true);
    expect(r.text).toContain("Tallow");
    expect(r.citations[0]?.text).toContain("eastern shore");
  });

  it("reads a short clause to its end (« sans plus de détails ») rather than stopping on a small word", () => {
    const r = ask(fr, "le syndicat a réclamé quoi ?");
    expect(r.answered).toBe(true);
    expect(r.text).toMatch(/renouvellement des aides publiques/);
  });
});

describe("what is asked comes after the question's own words", () => {
  it("reads after the point where the sentence has said the whole question, not after an early word of it", () => {
    const r = ask(en, "what did the Ruritanian admiral call it?");
    expect(r.answered).toBe(true);
    expect(r.text).toMatch(/reckless provocation/);
  });
});

describe("a yes/no question asked as a statement", () => {
  it("is read as yes/no: no question word, a verb, a question mark", () => {
    expect(whOf(fold("les journalistes ont pu poser des questions ?"))).toBe("yesno");
    expect(whOf(fold("c'est un chiffre officiel ?"))).toBe("yesno");
    expect(whOf(fold("on sait ce qu'ils se sont dit ?"))).toBe("what");
    expect(whOf(fold("le processus ça en est où ?"))).not.toBe("yesno");
    expect(whOf(fold("et en Ostrelie ?"))).toBe("what");
  });

  it("answers no from the negation next to the words asked", () => {
    const r = ask(fr, "les journalistes ont pu poser des questions au président ?");
    expect(r.answered).toBe(true);
    expect(r.text).toMatch(/^Non/);
  });

  it("a negation word the question itself uses (« sans ») says no no", () => {
    const r = ask(fr, "les vélos sans batterie amovible sont exclus de la prime ?");
    expect(r.answered).toBe(true);
    expect(r.text).not.toMatch(/^Non/);
  });
});

describe("the words questions are built with are no evidence", () => {
  it("answers from the sentence that holds what is asked, though it lacks « vont »", () => {
    const r = ask(fr, "les fabricants vont faire quoi de leurs stocks ?");
    expect(r.answered).toBe(true);
    expect(r.text).toMatch(/écouler/);
  });

  it("reads « à quel moment » as when, and an age as a number", () => {
    expect(whOf(fold("à quel moment ?"))).toBe("when");
    expect(whOf(fold("quel âge a le président ?"))).toBe("count");
    expect(whOf(fold("what retirement age does he want?"))).toBe("count");
    expect(whOf(fold("how old is he?"))).toBe("count");
  });
});

describe("« what is the rate »", () => {
  it("is answered by the number the sentence gives after the measure, not by the words around it", () => {
    const r = ask(fr, "c'est quoi le taux de panne des batteries bravoniennes ?");
    expect(r.answered).toBe(true);
    expect(r.text).toMatch(/4 %/);
  });
});

describe("a span never reads as the sentence pasted", () => {
  it("keeps a French answer, its closing « » » included, under twelve words of the story in a row", () => {
    for (const q of ["le syndicat a réclamé quoi ?", "les fabricants bravoniens se tournent vers quoi ?", "et dans le reste du continent ?"]) {
      const r = ask(fr, q);
      if (r.answered) expect(longestRun(r.text, FR)).toBeLessThan(12);
    }
  });

  it("keeps an English answer under twelve words of the story in a row", () => {
    for (const q of ["what do the drills focus on?", "what were fishing boats told?", "what did officials say about the exercise?"]) {
      const r = ask(en, q);
      if (r.answered) expect(longestRun(r.text, EN)).toBeLessThan(12);
    }
  });
});

describe("the reason a « why » answer gives", () => {
  it("takes the reason nearest after the words asked, when the sentence gives two", () => {
    const r = ask(fr, "et en Ostrelie et en Valmarie pourquoi ?");
    expect(r.answered).toBe(true);
    expect(r.text).toMatch(/allègements fiscaux/);
    expect(r.text).not.toMatch(/bonus/);
  });

  it("reads « grâce au » as a reason, like « grâce à »", () => {
    const r = ask(fr, "pourquoi en Bravonie ?");
    expect(r.answered).toBe(true);
    expect(r.text).toMatch(/bonus de l'État pour l'achat/);
  });

  it("a reason ranked first but holding too little of the question gives way to the sentence that holds it", () => {
    const r = ask(fr, "pourquoi les fabricants bravoniens se tournent vers le marché ostrelien ?");
    expect(r.answered).toBe(true);
    expect(r.citations[0]?.text).toContain("se tournent vers");
    expect(r.text).toMatch(/écouler/);
  });

  it("gives the clause after « because » in English", () => {
    const r = ask(en, "why were fishing boats told to keep clear?");
    expect(r.answered).toBe(true);
    expect(r.text).toMatch(/because live rounds would be fired/);
  });
});
