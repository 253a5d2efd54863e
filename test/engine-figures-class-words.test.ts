import { describe, expect, it } from "vitest";
import { createEngine } from "../src/engine/engine.js";
import { emptyConversation, type ConversationState } from "../src/engine/reply.js";
import { ingest } from "../src/story/ingest.js";

/**
 * What a count question counts may be written otherwise by the story: a noun of belonging whose
 * neighbour names the class (« crew members » are sailors), a toll written as a noun (« 23 deckhand
 * deaths » are 23 sailors dead), a name followed by its suffix before the age (« Whitcombe Jr., 61, »),
 * the words that ask for the whole (« en tout ») which no sentence need hold, the other
 * language's word for the people counted (« pompiers », "justices"), and a French verb after the
 * people counted (« combien de Portugais habitent »), which ends what is counted.
 */
function chat(text: string, qs: string[], slug = "class-words"): string[] {
  const engine = createEngine(ingest(text, { slug }));
  let conv: ConversationState = emptyConversation();
  return qs.map((q) => {
    const r = engine.ask(q, conv);
    conv = r.state;
    return r.reply.answered === false ? `DECLINED ${r.reply.text}` : r.reply.text;
  });
}

const STRAITS = `Tankers held in Kessan straits

KESSAN, June 3 - Some 2,000 sailors remain aboard ships held in the port of Kessan, the coastguard said.
Since March, the union has counted 23 deckhand deaths aboard the held ships.`;

const CREW = `Tankers held in Kessan straits

KESSAN, June 3 - Forty sailors were airlifted from the tanker Mirela on Tuesday, the coastguard said.
About 300 crew members remain stranded on ships held in the port of Kessan, the shipping agency said.`;

const MINE = `Gunmen seize miners at Verlan

VERLAN, April 2 - Gunmen took 35 hostages at the Verlan copper mine on Friday, police said.
By Sunday, 12 hostages had been freed after talks led by local elders.`;

const PLEA = `Hawks name new coach

ORLEY, Feb 4 - Dale Whitcombe Jr., 61, was named head coach of the Orley Hawks on Monday.
He led the club's youth side for a decade.`;

const FEU = `Incendie dans un entrepôt de Morvan

MORVAN, 8 mars - À l'aube, 150 pompiers combattaient toujours l'incendie de l'entrepôt, a indiqué la préfecture.
Aucun blessé n'est à déplorer.`;

const COURT = `Court splits on zoning rule

ALDEN, Oct 2 - Four justices dissented from the ruling on the zoning rule.
The city welcomed the decision.`;

const CENSUS = `Recensement à Vell

VELL, 4 mai - Le recensement dénombre plus de 12 000 Portugais établis dans le canton de Vell.
Le canton compte 80 000 habitants.`;

describe("counted nouns written otherwise by the story", () => {
  it("« crew members » are counted as sailors: the members' neighbour says what they are", () => {
    const [a] = chat(CREW, ["how many sailors are stranded?"]);
    expect(a).toContain("300");
    expect(a).not.toMatch(/Forty/i);
  });
  it("« 23 deckhand deaths » counts sailors who died", () => {
    const [a, b] = chat(STRAITS, ["how many sailors died?", "combien de marins sont morts ?"]);
    expect(a).toContain("23");
    expect(a).not.toContain("2,000");
    expect(b).toContain("23");
    expect(b).not.toMatch(/^DECLINED/);
  });
  it("a suffix after the name (« Jr. ») does not hide the age set between commas", () => {
    const [a] = chat(PLEA, ["how old is Dale Whitcombe?"]);
    expect(a).toContain("61");
    expect(a).not.toMatch(/^DECLINED/);
  });
  it("« en tout » asks for the whole: no sentence need say « tout »", () => {
    const [a] = chat(MINE, ["combien d'otages en tout ?"]);
    expect(a).toContain("35");
    expect(a).not.toMatch(/^DECLINED/);
  });
  it("English « firefighters » of a French story counts its « pompiers »", () => {
    const [a] = chat(FEU, ["how many firefighters were fighting the fire?"]);
    expect(a).toContain("150");
    expect(a).not.toMatch(/^DECLINED/);
  });
  it("French « juges » of an English story counts its « justices »", () => {
    const [a] = chat(COURT, ["combien de juges ont voté contre ?"]);
    expect(a).toMatch(/Four/i);
    expect(a).not.toMatch(/^DECLINED/);
  });
  it("a French verb after the counted people ends their phrase: « habitent » counts no inhabitants", () => {
    const [a] = chat(CENSUS, ["combien de Portugais habitent le canton ?"]);
    expect(a).toContain("12 000");
    expect(a).not.toContain("80 000");
  });
});
