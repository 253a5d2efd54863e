import { describe, expect, it } from "vitest";
import { DOCUMENT_NOUNS, FEMININE_ROLE, GROUP_NOUNS, INSTITUTION_NOUNS, ROLE_NOUNS } from "../src/story/lexicon.js";
import { EN_NAMES } from "../src/story/lang/names-en.js";
import { FR_NAMES } from "../src/story/lang/names-fr.js";
import type { NameWords } from "../src/story/lang/names-types.js";

const words = (list: ReadonlyArray<string | readonly [string, unknown]>): string[] => list.map((e) => (typeof e === "string" ? e : e[0]));
const kinds = ["documents", "institutions", "groups", "roleNouns", "feminineRoles"] as const;
const merged = { documents: DOCUMENT_NOUNS, institutions: INSTITUTION_NOUNS, groups: GROUP_NOUNS, roleNouns: ROLE_NOUNS, feminineRoles: FEMININE_ROLE };

describe("entity lexicons, one table per language", () => {
  it("each merged table is exactly the union of the per-language tables", () => {
    for (const kind of kinds) {
      const union = new Set([...words(FR_NAMES[kind]), ...words(EN_NAMES[kind])]);
      expect(new Set(merged[kind].keys()), kind).toEqual(union);
    }
  });

  it("English-only words of news writing are in the English tables and none of the French ones", () => {
    const english: Partial<Record<(typeof kinds)[number], string[]>> = {
      documents: ["statement", "report", "filing"],
      institutions: ["ministry", "government", "authority", "agency"],
      groups: ["officials", "regulators", "residents"],
      roleNouns: ["spokesman", "spokesperson", "minister", "lawmaker"],
      feminineRoles: ["spokeswoman", "chairwoman"],
    };
    for (const [kind, list] of Object.entries(english) as [(typeof kinds)[number], string[]][]) {
      const fr = new Set(words((FR_NAMES as NameWords)[kind]));
      const en = new Set(words((EN_NAMES as NameWords)[kind]));
      for (const w of list) {
        expect(fr.has(w), `${kind}: ${w} in French`).toBe(false);
        expect(en.has(w), `${kind}: ${w} in English`).toBe(true);
      }
    }
  });

  it("every word is folded (lower case, no accents), as the rules compare them", () => {
    for (const kind of kinds) for (const w of [...words(FR_NAMES[kind]), ...words(EN_NAMES[kind])]) expect(w, kind).toMatch(/^[a-z' .&-]+$/);
  });

  it("a French gender wins over an English homograph", () => {
    expect(INSTITUTION_NOUNS.get("commission")).toBe("f");
    expect(INSTITUTION_NOUNS.get("office")).toBe("m");
    expect(INSTITUTION_NOUNS.get("ministry")).toBeNull();
  });
});
