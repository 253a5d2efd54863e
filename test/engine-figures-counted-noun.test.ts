import { afterEach, describe, expect, it } from "vitest";
import { createEngine } from "../src/engine/engine.js";
import { parseDictd, useDictionaries } from "../src/engine/dictionary.js";
import { emptyConversation } from "../src/engine/reply.js";
import { ingest } from "../src/story/ingest.js";

/**
 * The noun a count question counts is matched to the noun a figure counts as one noun, across the two
 * languages and within one: through the bilingual dictionary both ways, through a translation two
 * words of one language share; a number's glued unit (« a 64-page opinion ») is what it counts and,
 * of a text, its length; a part written before its whole (« Three of the five judges ») is what the
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

VARNHOLT, May 9 - About 350 physicians joined a strike against the clinic plan on Tuesday, the union said.
Judge Amal Kestrin filed a 64-page opinion against the plan on Wednesday.
The health minister gave a 40-minute speech to the council on Thursday.
Three of the five judges on the appeals bench sided with the city, the clerk said.
Around 1,200 service members were wounded during the mission, the defence ministry said.
Some 4,000 workers of the Norvel cannery walked out on Friday.`;

const FR = `Grève des vendeurs au marché de Castelbrac

CASTELBRAC, 9 mai - Quelque 4 000 vendeurs ont cessé le travail mardi au marché couvert, selon les syndicats.
Cinq des 19 élus du conseil se sont abstenus sur le plan de rénovation, selon le greffier.
Les inspecteurs ont publié un rapport de 300 pages sur le marché mercredi.
Quelque 600 salariés de la conserverie ont rejoint la grève jeudi.`;

afterEach(() => useDictionaries({ frEn: null, enFr: null }));

const withDictionaries = () => useDictionaries({ frEn: parseDictd(Buffer.from(FRA_ENG)), enFr: parseDictd(Buffer.from(ENG_FRA)) });
const ask = (text: string, slug: string, q: string) => createEngine(ingest(text, { slug })).ask(q, emptyConversation()).reply;

describe("the counted noun through the dictionary, both ways", () => {
  it("« combien de médecins » counts the physicians of an English story (the question's noun into the story's language)", () => {
    withDictionaries();
    const r = ask(EN, "varnholt-a", "combien de médecins ont fait grève ?");
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
    const r = ask(EN, "varnholt-b", "how many doctors joined the strike?");
    expect(r.answered).toBe(true);
    expect(r.text).toContain("350 physicians");
  });
  it("a noun the dictionary does not give for the story's noun finds no count (« combien d'infirmières »)", () => {
    withDictionaries();
    const r = ask(EN, "varnholt-c", "combien d'infirmières ont fait grève ?");
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
  it("« how long was the opinion » of « a 64-page opinion »: its pages", () => {
    const r = ask(EN, "varnholt-d", "how long was the opinion?");
    expect(r.answered).toBe(true);
    expect(r.text).toContain("64-page opinion");
  });
  it("« how many pages » counts the unit glued to the number", () => {
    const r = ask(EN, "varnholt-e", "how many pages was the opinion?");
    expect(r.text).toContain("64-page opinion");
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
  it("« Three of the five judges sided with the city »: the part answers what the sentence says of it", () => {
    const r = ask(EN, "varnholt-h", "how many judges sided with the city?");
    expect(r.answered).toBe(true);
    expect(r.text).toContain("Three of the five judges");
  });
  it("« Cinq des 19 élus se sont abstenus »", () => {
    const r = ask(FR, "castelbrac-d", "combien d'élus se sont abstenus ?");
    expect(r.text).toContain("Cinq des 19 élus");
  });
});

describe("a count noun of two words", () => {
  it("« how many soldiers were hurt » of « Around 1,200 service members were wounded »", () => {
    const r = ask(EN, "varnholt-i", "how many soldiers were hurt?");
    expect(r.answered).toBe(true);
    expect(r.text).toContain("1,200 service members");
  });
});

const AGES_EN = `Fisherman arrested over river protest in Dunmore

DUNMORE, May 9 - The trawler belonged to Tomas Brede, who was 47 when the cannery closed.
Trucks have queued for days along Kestland's 500-mile border with Ostravia since the checks began.
The minister said the new bridge would open in the spring.
Brede had signed a contract of three months with the cannery in March.`;

const AGES_FR = `Un passeur blessé sur le port de Dunmore

DUNMORE, 9 mai - Selon les pompiers, le passeur, 31 ans, a été blessé au bras lors d'une rixe sur le port.
Un adolescent de 16 ans a été interpellé mardi par la police, selon le parquet.`;

describe("an age given in a clause about the person", () => {
  it("« Brede, who was 47 when … »: Brede's age", () => {
    const r = ask(AGES_EN, "dunmore-a", "how old was Brede?");
    expect(r.answered).toBe(true);
    expect(r.text).toContain("47");
  });
  it("« le passeur, 31 ans, »: the smuggler's age, not another person's of the story", () => {
    const r = ask(AGES_FR, "dunmore-b", "quel âge avait le passeur ?");
    expect(r.text).toContain("31 ans");
    expect(r.text).not.toContain("16 ans");
  });
});

describe("« how long » of a thing named with a possessive", () => {
  it("« how long was Brede's contract » is a length asked of the contract, answered by its span", () => {
    const r = ask(AGES_EN, "dunmore-c", "how long was Brede's contract?");
    expect(r.answered).toBe(true);
    expect(r.text).toContain("three months");
  });
  it("« how long is Kestland's border » is a length (« a 500-mile border »), not a date", () => {
    const r = ask(AGES_EN, "dunmore-d", "how long is Kestland's border with Ostravia?");
    expect(r.text).toContain("500-mile");
  });
});
