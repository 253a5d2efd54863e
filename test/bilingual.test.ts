import { afterEach, describe, expect, it } from "vitest";
import { dictionaryKeys } from "../src/engine/bilingual.js";
import { parseDictd, useDictionaries } from "../src/engine/dictionary.js";

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
