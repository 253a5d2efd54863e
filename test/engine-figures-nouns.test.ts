import { describe, expect, it } from "vitest";
import { createEngine } from "../src/engine/engine.js";
import { emptyConversation } from "../src/engine/reply.js";
import { ingest } from "../src/story/ingest.js";

/**
 * The noun a count question asks is matched to the noun a figure counts, in either language, and only
 * to it: a word that merely opens like the asked one (« jours » for "journalists") counts something
 * else, and its figure is no answer.
 */
const EN = `Storm floods Tarrow Bay

More than 900 residents were sheltered in the Corvin sports hall, officials said.
Talks between the ferry company and the unions went on for three days before a deal was reached.
Twelve deckhands were rescued from the stranded ferry on Sunday, and four fishermen are still missing.`;
const engine = createEngine(ingest(EN, { slug: "tarrow-bay-floods" }));
const ask = (q: string) => engine.ask(q, emptyConversation()).reply;

describe("a count is of the noun asked, not of a word that opens alike", () => {
  it("« how many journalists » is not answered by « three days »", () => {
    const r = ask("how many journalists were sheltered?");
    expect(r.answered).toBe(false);
  });
  it("people asked still takes a count of people the sentence says the rest of", () => {
    expect(ask("how many people were sheltered in the sports hall?").text).toContain("900 residents");
  });
});

describe("a counted noun in the other language, through the lexicon's class of it", () => {
  it("« matelots » asked of a story that counts deckhands", () => {
    const r = ask("combien de matelots ont été secourus ?");
    expect(r.answered).toBe(true);
    expect(r.text).toMatch(/^« Twelve deckhands/);
  });
  it("sailors asked of a story that counts deckhands", () => {
    const r = ask("how many sailors were rescued?");
    expect(r.answered).toBe(true);
    expect(r.text).toMatch(/^« Twelve deckhands/);
  });
});
