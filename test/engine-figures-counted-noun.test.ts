import { afterEach, describe, expect, it } from "vitest";
import { createEngine } from "../src/engine/engine.js";
import { parseDictd, useDictionaries } from "../src/engine/dictionary.js";
import { emptyConversation } from "../src/engine/reply.js";
import { ingest } from "../src/story/ingest.js";

/**
 * The noun a count question counts is matched to the noun a figure counts as one noun, across the two
 * languages and within one: through the bilingual dictionary both ways, through a translation two
 * words of one language share; a number's glued unit (« a 91-page ruling ») is what it counts and,
 * of a text, its length; a part written before its whole (« Eight of the 10 questions ») is what the
 * sentence then speaks of. Every story, name and dictionary entry here is invented.
 */

// An invented pair of dictionaries in FreeDict's dictd layout (base forms only).
const FRA_ENG = `00-database-info
Invented for tests.

médecin /medsɛ̃/ <n, masc>
doctor, physician
vendeur /vɑ̃dœʀ/ <n, masc>
seller
`;
const ENG_FRA = `00-database-info
Invented.

doctor /dɔktər/
1. docteur
2. médecin
physician /fɪzɪʃən/
médecin
`;

const EN = `Doctors protest over Varnholt clinic plan

VARNHOLT, May 9 - About 350 physicians signed a letter against the clinic plan on Tuesday, the union said.
Judge Amal Kestrin wrote a 91-page dissent against the plan on Wednesday.
The health minister gave a 40-minute speech to the council on Thursday.
Eight of the 10 questions put to the minister at the hearing were directed at his deputy, the clerk said.
More than 2,500 service members have been killed since the mission began, the defence ministry said.
Some 4,000 workers of the Norvel cannery walked out on Friday.`;

const FR = `Grève des vendeurs au marché de Castelbrac

CASTELBRAC, 9 mai - Quelque 4 000 vendeurs ont cessé le travail mardi au marché couvert, selon les syndicats.
Huit des 12 élus du conseil ont voté contre le plan de rénovation, selon le greffier.
Les inspecteurs ont publié un rapport de 300 pages sur le marché mercredi.
Quelque 600 salariés de la conserverie ont rejoint la grève jeudi.`;

afterEach(() => useDictionaries({ frEn: null, enFr: null }));

const withDictionaries = () => useDictionaries({ frEn: parseDictd(Buffer.from(FRA_ENG)), enFr: parseDictd(Buffer.from(ENG_FRA)) });
const ask = (text: string, slug: string, q: string) => createEngine(ingest(text, { slug })).ask(q, emptyConversation()).reply;

describe("the counted noun through the dictionary, both ways", () => {
  it("« combien de médecins » counts the physicians of an English story (the question's noun into the story's language)", () => {
    withDictionaries();
    const r = ask(EN, "varnholt-a", "combien de médecins ont signé la lettre ?");
    expect(r.answered).toBe(true);
    expect(r.text).toContain("350 physicians");
  });
  it("« how many sellers » counts the « vendeurs » of a French story (the story's noun into the question's language)", () => {
    withDictionaries();
    const r = ask(FR, "castelbrac-a", "how many sellers?");
    expect(r.answered).toBe(true);
    expect(r.text).toContain("4 000 vendeurs");
  });
  it("« how many doctors » counts physicians: two words of one language the other translates alike", () => {
    withDictionaries();
    const r = ask(EN, "varnholt-b", "how many doctors signed the letter?");
    expect(r.answered).toBe(true);
    expect(r.text).toContain("350 physicians");
  });
  it("a noun the dictionary does not give for the story's noun finds no count (« combien d'infirmières »)", () => {
    withDictionaries();
    const r = ask(EN, "varnholt-c", "combien d'infirmières ont signé la lettre ?");
    expect(r.answered).toBe(false);
  });
});

describe("a count noun is read in the question's own language", () => {
  it("« combien de salariés » asks a count of employees, not a sum of salaries", () => {
    const r = ask(EN, "varnholt-j", "combien de salariés de la conserverie ?");
    expect(r.answered).toBe(true);
    expect(r.text).toContain("4,000 workers");
  });
});

describe("a measure written as a compound", () => {
  it("« how long was the dissent » of « a 91-page dissent »: its pages", () => {
    const r = ask(EN, "varnholt-d", "how long was the dissent?");
    expect(r.answered).toBe(true);
    expect(r.text).toContain("91-page dissent");
  });
  it("« how many pages » counts the unit glued to the number", () => {
    const r = ask(EN, "varnholt-e", "how many pages was the dissent?");
    expect(r.text).toContain("91-page dissent");
  });
  it("« how long was the speech » of « a 40-minute speech »: its span", () => {
    const r = ask(EN, "varnholt-f", "how long was the speech?");
    expect(r.answered).toBe(true);
    expect(r.text).toContain("40-minute");
  });
  it("« how long is the report » of « un rapport de 300 pages »", () => {
    const r = ask(FR, "castelbrac-c", "how long is the report?");
    expect(r.answered).toBe(true);
    expect(r.text).toContain("300 pages");
  });
  it("a length of something no figure measures is declined, not answered with another text's pages", () => {
    const r = ask(EN, "varnholt-g", "how long is the river?");
    expect(r.answered).toBe(false);
  });
});

describe("a part written before its whole", () => {
  it("« Eight of the 10 questions were directed at his deputy »: the part answers what the sentence says of it", () => {
    const r = ask(EN, "varnholt-h", "how many questions were directed at the deputy?");
    expect(r.answered).toBe(true);
    expect(r.text).toContain("Eight of the 10 questions");
  });
  it("« Huit des 12 élus ont voté contre »", () => {
    const r = ask(FR, "castelbrac-d", "combien d'élus ont voté contre le plan ?");
    expect(r.text).toContain("Huit des 12 élus");
  });
});

describe("a count noun of two words", () => {
  it("« how many soldiers died » of « More than 2,500 service members have been killed »", () => {
    const r = ask(EN, "varnholt-i", "how many soldiers died?");
    expect(r.answered).toBe(true);
    expect(r.text).toContain("2,500 service members");
  });
});
