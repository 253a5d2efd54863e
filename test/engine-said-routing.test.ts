import { describe, expect, it } from "vitest";
import { createEngine } from "../src/engine/engine.js";
import { asksForWords, readIntent } from "../src/engine/intent.js";
import { buildIndex } from "../src/engine/index.js";
import { analyse, type Query } from "../src/engine/query.js";
import { emptyConversation } from "../src/engine/reply.js";
import { fold } from "../src/engine/text.js";
import { ingest } from "../src/story/ingest.js";

/*
 * « said » answers questions about someone's words or view; a question that names someone the story
 * quotes and asks a fact about them is read from the sentence that tells it, never answered with
 * their quotes. Invented dispatches: every name and sentence made up.
 */
const EN = ingest(
  `Carvel votes on harbour

CARVEL — The Carvel council voted on Tuesday to keep the old harbour public.
Recovering from flu, Senator Tom Brill followed the vote from his farm near Dunmore.
"The harbour is the home of this town and its fishers," Brill said in a letter read to the council.
Mayor Ana Ruiz thanked him for the letter.`,
  { slug: "carvel-said-routing" },
);
const enIndex = buildIndex(EN);
const en = (q: string) => readIntent(analyse(q, enIndex, "en") as Query, true, {});

const FR = ingest(
  `Le port de Carvel reste public

CARVEL — Le conseil de Carvel a voté mardi pour garder le vieux port public.
« Le port appartient à ceux qui y pêchent », a déclaré la maire Ana Ruiz.
Le promoteur Kestrel a perdu son recours devant le tribunal administratif.`,
  { slug: "carvel-said-routing-fr" },
);
const frIndex = buildIndex(FR);
const fr = (q: string) => readIntent(analyse(q, frIndex, "fr") as Query, true, {});

describe("« said » is asked by a verb or noun of speech or of a view, not by a name", () => {
  it("words asked of someone named: their words", () => {
    for (const q of ["what did Brill say?", "what does Brill think of the harbour?", "how did Brill react?", "what did Brill tell the council?", "what is Brill worried about?"]) {
      expect(en(q).intent, q).toBe("said");
      expect(en(q).source, q).toBe("rule");
    }
    for (const q of ["qu'a dit Ruiz ?", "Ruiz a répondu quoi ?", "que pense Ruiz du port ?", "Ruiz a réagi comment ?", "qu'est-ce que Ruiz réclame ?"]) {
      expect(fr(q).intent, q).toBe("said");
      expect(fr(q).source, q).toBe("rule");
    }
  });
  it("a fact asked of someone named: no reading of their words, the reader's", () => {
    for (const q of ["which town is Brill's home?", "why is Brill on his farm?", "what did Brill follow from his farm?"]) {
      const r = en(q);
      expect(r.source === "rule" && r.intent === "said", q).toBe(false);
    }
    for (const q of ["Ruiz habite où ?", "Kestrel a perdu quoi ?", "le port de Ruiz est public ?"]) {
      const r = fr(q);
      expect(r.source === "rule" && r.intent === "said", q).toBe(false);
    }
  });
  it("the question word « comment » is no verb of saying, « commenter » is", () => {
    expect(asksForWords(fold("comment le port est-il resté public"), "fr")).toBe(false);
    expect(asksForWords(fold("Ruiz a-t-elle commenté le vote"), "fr")).toBe(true);
  });
});

describe("a fact question about someone quoted is not answered with their quote", () => {
  it("« which town is X's home? » of a story where X's words hold « home »: declined, not X's words", () => {
    const reply = createEngine(EN).ask("which town is Brill's home?", emptyConversation()).reply;
    expect(reply.text).not.toMatch(/home of this town/);
  });
  it("their words still answer when their words are asked", () => {
    const reply = createEngine(EN).ask("what does Brill think of the harbour?", emptyConversation()).reply;
    expect(reply.text).toMatch(/home of this town/);
  });
});

describe("a position asked of someone (« what does X want », « X propose quoi ») is asked of their words", () => {
  const story = ingest(
    `Carvel keeps its harbour

CARVEL — The Carvel council on Tuesday halted the sale of the old harbour.
Union leader Mark Olsen welcomed the decision and called for new jobs at the port.`,
    { slug: "carvel-position" },
  );
  it("« and what does he want? » after a question about him: what the story reports him calling for", () => {
    const e = createEngine(story);
    const first = e.ask("what did Olsen say?", emptyConversation());
    const reply = e.ask("and what does he want?", first.state).reply;
    expect(reply.answered).toBe(true);
    expect(reply.text).toMatch(/new jobs/);
  });
  it("« Olsen propose quoi ? »: his position, in the story's words", () => {
    const reply = createEngine(story).ask("Olsen propose quoi ?", emptyConversation()).reply;
    expect(reply.answered).toBe(true);
    expect(reply.text).toMatch(/new jobs/);
  });
});
