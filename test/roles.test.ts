import { describe, expect, it } from "vitest";
import { ingest } from "../src/story/ingest.js";
import { findNames } from "../src/story/names.js";
import { roleAround } from "../src/story/roles.js";
import { tokenize } from "../src/story/tokens.js";

/** The role given to the first name of a sentence. */
const roleOf = (s: string): string | null => {
  const tokens = tokenize(s);
  const n = findNames(tokens)[0];
  if (!n) throw new Error(`no name in ${s}`);
  return roleAround(s, tokens, n)?.text ?? null;
};

describe("roles around a name", () => {
  it("an apposition before the name, article or possessor first", () => {
    expect(roleOf("Jeudi, la ministre de la Culture, Anne Perrin, a démenti.")).toBe("ministre de la Culture");
    expect(roleOf("On Friday, the navy's chief spokesperson, Commander Luis Ortega, said the ship was safe.")).toBe("navy's chief spokesperson");
  });

  it("an apposition after the name, with an English article, across an abbreviation", () => {
    expect(roleOf("Nadia Kell, an analyst at the U.K. group Ridge Partners, said talks had stalled.")).toBe("analyst at the U.K. group Ridge Partners");
    expect(roleOf("Omar Tazi, 58, a spokesman for the port authority, said the quay was closed.")).toBe("spokesman for the port authority");
  });

  it("a role noun right before the name, with no comma", () => {
    expect(roleOf("Finance minister Paul Dube has allocated more money.")).toBe("Finance minister");
    expect(roleOf("Il a reçu le ministre de la Santé Marc Vidal mardi.")).toBe("ministre de la Santé");
    expect(roleOf("She told freelance photographer Ana Ruiz that she would stay.")).toBeNull();
  });

  it("a capitalised English title is the role", () => {
    expect(roleOf("Interior Minister Karl Obst said the border would stay shut.")).toBe("Interior Minister");
  });
});

describe("a role noun before a courtesy title", () => {
  it("is an inverted verb, not the person's role", () => {
    const story = ingest("Le vote a eu lieu lundi. « Nous avons gagné », juge Mme Lenoir.", { slug: "t" });
    expect(story.speakers.find((s) => s.name === "Lenoir")?.role ?? null).toBeNull();
  });
});

describe("a title before the name", () => {
  it("« Mme la ministre X »: the role is the title's role noun, never the courtesy title", () => {
    const story = ingest("Le gouvernement s'est réuni lundi. « Nous ne céderons pas », a déclaré Mme la ministre Claire Vasseur.", { slug: "t" });
    const p = story.speakers.find((s) => s.name === "Claire Vasseur");
    expect(p?.role).toBe("ministre");
    expect(p?.aliases).not.toContain("Mme");
  });

  it("a title that is a rank yields to the apposition", () => {
    const story = ingest("Les manœuvres ont commencé. « Tout est prêt », a dit le général Paul Rocher, chef des armées.", { slug: "t" });
    expect(story.speakers.find((s) => s.name === "Paul Rocher")?.role).toBe("chef des armées");
  });
});

describe("a role in a body, or a body's spokesperson", () => {
  it("« the head of Acme Technologies said » is the person with that role, not the company", () => {
    const story = ingest("The head of Trellix Technologies, Paul Brandt, said the deal was fair. “It is over,” the head of Trellix Technologies said.", { slug: "t" });
    expect(story.quotes.map((q) => q.speaker)).toEqual(["Paul Brandt", "Paul Brandt"]);
  });

  it("« the army's spokesman said » is a person", () => {
    const story = ingest("The drills began on Monday. “We are ready,” the army's spokesman said.", { slug: "t" });
    const who = story.speakers.find((s) => s.name === story.quotes[0]?.speaker);
    expect(who?.kind).toBe("person");
  });
});

describe("an apposition after the name, as real copy writes it", () => {
  it("left unclosed, it ends at its clause's verb: « X, a rocket expert at Y said … »", () => {
    expect(roleOf("Tom Reyes, a rocket expert at the Harlow Institute said the test was a warning.")).toBe("rocket expert at the Harlow Institute");
    expect(roleOf("Léa Marti, chercheuse au centre Orion estime que le tir était un avertissement.")).toBe("chercheuse au centre Orion");
  });

  it("an English article before modifiers is no French « a »: « X, a senior fellow at Y »; « X, a rejoint … » stays a verb", () => {
    expect(roleOf("“It is a signal,” said Mia Chen, a senior fellow at the Lowell Center.")).toBe("senior fellow at the Lowell Center");
    expect(roleOf("Jean Morel, a longtemps été porte-parole du parti, puis il est parti.")).toBeNull();
  });
});
