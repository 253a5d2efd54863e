import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { loadDictionaries } from "../src/dictionary-load.js";
import { frenchPos, frenchToEnglish, parseDictd, useDictionaries } from "../src/engine/dictionary.js";
import { englishLabel, nameIn } from "../src/engine/labels.js";

// An invented French–English dictionary in FreeDict's dictd layout: notes first, then entries.
const FRA_ENG = `00-database-info
An invented dictionary for tests.
Published at: nowhere /not a headword

brouillard /bʀujaʀ/ <n, masc>
1. fog
2. mist, haze
brumeux /bʀymø/ <adj>
foggy
garde-phare /gaʀdəfaʀ/ <n, masc>
lighthouse keeper
veiller /veje/ <v>
watch over
chenal /ʃənal/ <n, masc>
channel
chenal maritime /ʃənalmaʀitim/ <n, masc>
shipping lane
maître /mɛtʀ/ <n, masc>
1. adept
2. master
`;

const ENG_FRA = `00-database-info
Invented.

fog /fɒɡ/
brouillard
`;

function dictDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "briefbot-dict-"));
  writeFileSync(join(dir, "freedict-fra-eng.dict.dz"), gzipSync(Buffer.from(FRA_ENG)));
  writeFileSync(join(dir, "freedict-fra-eng.index"), "");
  writeFileSync(join(dir, "freedict-eng-fra.dict"), ENG_FRA);
  return dir;
}

afterEach(() => useDictionaries({ frEn: null, enFr: null }));

describe("dictd dictionaries", () => {
  it("reads headwords, parts of speech and senses, skipping the notes and multi-word headwords", () => {
    const d = parseDictd(Buffer.from(FRA_ENG));
    expect(d.size).toBe(6);
    expect(d.get("brouillard")).toEqual({ pos: "n", senses: ["fog", "mist", "haze"] });
    expect(d.get("veiller")?.pos).toBe("v");
    expect(d.get("chenal")?.senses).toEqual(["channel"]);
    expect(d.get("published")).toBeUndefined();
  });

  it("loads gzip (.dict.dz) and plain (.dict) files from a folder, and nothing from a missing one", () => {
    expect(loadDictionaries(dictDir())).toEqual({ frEn: true, enFr: true });
    expect(frenchToEnglish("brouillard")[0]).toBe("fog");
    expect(frenchPos("brumeux")).toBe("adj");
    expect(loadDictionaries(join(tmpdir(), "no-such-dictionary-folder"))).toEqual({ frEn: false, enFr: false });
    expect(frenchToEnglish("brouillard")).toEqual([]);
  });
});

describe("labels with and without the dictionary", () => {
  it("translates a word only the dictionary knows, and keeps the label in French without it", () => {
    expect(englishLabel("garde-phare du chenal")).toMatch(/^« .* »$/);
    useDictionaries({ frEn: parseDictd(Buffer.from(FRA_ENG)), enFr: null });
    expect(englishLabel("garde-phare du chenal")).toBe("lighthouse keeper of the channel");
  });
  it("never takes a verb, nor a noun where an adjective is needed, from the dictionary", () => {
    useDictionaries({ frEn: parseDictd(Buffer.from(FRA_ENG)), enFr: null });
    // « brouillard » after the noun would be an adjective: the dictionary only has the noun
    expect(englishLabel("le chenal brouillard")).toMatch(/^« .* »$/);
    expect(englishLabel("le chenal brumeux")).toBe("foggy channel");
    expect(englishLabel("garde-phare qui veille")).toMatch(/^« .* »$/);
  });
});

describe("a title before a name is no word to look up", () => {
  it("« Maître X » in an English answer: the lawyer's title as the story writes it, not the dictionary's « adept »", () => {
    useDictionaries({ frEn: parseDictd(Buffer.from(FRA_ENG)), enFr: null });
    const lawyer = { name: "Odile Fermat", kind: "person", nameWords: ["Maître", "Odile", "Fermat"] };
    expect(nameIn(lawyer, "fr", "en")).toBe("Odile Fermat (Maître)");
    const officer = { name: "Hugo Brandt", kind: "person", nameWords: ["Général", "Hugo", "Brandt"] };
    expect(nameIn(officer, "fr", "en")).toBe("Hugo Brandt (General)");
  });
});
