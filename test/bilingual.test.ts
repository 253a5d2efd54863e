import { afterEach, describe, expect, it } from "vitest";
import { bases, dictionaryKeys } from "../src/engine/bilingual.js";
import { parseDictd, useDictionaries } from "../src/engine/dictionary.js";
import { buildIndex } from "../src/engine/index.js";
import { analyse } from "../src/engine/query.js";
import { ingest } from "../src/story/ingest.js";

// An invented pair of dictionaries in FreeDict's dictd layout: base forms only, as dictionaries list them.
const FRA_ENG = `00-database-info
Invented for tests.

vendre /vɑ̃dʀ/ <v>
sell
choisir /ʃwaziʀ/ <v>
choose
construire /kɔ̃stʀɥiʀ/ <v>
build
`;
const ENG_FRA = `00-database-info
Invented.

stop /stɒp/
arrêter
ban /bæn/
interdire
`;

afterEach(() => useDictionaries({ frEn: null, enFr: null }));

describe("a question word looked up under the base forms its suffix allows", () => {
  it("finds a French past participle of the other verb groups under its infinitive (« vendu », « choisie », « construit »)", () => {
    useDictionaries({ frEn: parseDictd(Buffer.from(FRA_ENG)), enFr: null });
    expect(dictionaryKeys("vendu", "fr")).toContain("sell");
    expect(dictionaryKeys("choisie", "fr")).toContain("choose");
    expect(dictionaryKeys("construit", "fr")).toContain("build");
  });
  it("finds an English verb whose final consonant doubles before -ed or -ing (« stopped », « banning »)", () => {
    useDictionaries({ frEn: null, enFr: parseDictd(Buffer.from(ENG_FRA)) });
    expect(dictionaryKeys("stopped", "en").some((k) => k.startsWith("arret"))).toBe(true);
    expect(dictionaryKeys("banning", "en").some((k) => k.startsWith("interdi"))).toBe(true);
  });
});

// Invented entries: a word ending in « s » that is no plural (« fois »), and an entry whose fitting sense comes late.
const FRA_ENG_MORE = `00-database-info
Invented for tests.

fois /fwa/ <n, fem>
time, occasion
accueillir /akœjiʁ/ <v>
1. accept, receive, take
2. get, have
3. greet, welcome, admit
`;

describe("a French word that ends in « s » without being a plural", () => {
  // an invented English dispatch: the question's words are looked up against it
  const index = buildIndex(ingest("Ferry crews at Tollund walked out three times in May, the harbour office said.", { slug: "tollund-ferry" }));
  it("keeps its « s » when the dictionary lists it so: « fois » is no « foi », whose stem is the news lexicon's « foyer » (home)", () => {
    useDictionaries({ frEn: parseDictd(Buffer.from(FRA_ENG_MORE)), enFr: null });
    expect(bases("fois", "fr")).toEqual(["fois"]);
    const keys = analyse("combien de fois les équipages ont-ils fait grève ?", index, "fr").terms.find((t) => t.word === "fois")?.keys ?? [];
    expect(keys).not.toContain("home");
    expect(keys).not.toContain("hous");
  });
  it("still loses the « s » of a plural the dictionary does not list (« bases » of « accueillis »)", () => {
    useDictionaries({ frEn: parseDictd(Buffer.from(FRA_ENG_MORE)), enFr: null });
    expect(bases("accueillis", "fr")).toContain("accueilli");
  });
});

describe("every sense of a dictionary entry", () => {
  it("reaches a sense listed after the first four (« accueilli » ~ admitted)", () => {
    useDictionaries({ frEn: parseDictd(Buffer.from(FRA_ENG_MORE)), enFr: null });
    expect(dictionaryKeys("accueilli", "fr")).toContain("admit");
  });
});
