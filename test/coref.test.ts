import { describe, expect, it } from "vitest";
import { acronymPairs, nicknamePairs } from "../src/story/coref.js";
import { ingest } from "../src/story/ingest.js";

describe("an organisation and its acronym are one", () => {
  it("finds the pair in either language and either order", () => {
    expect(acronymPairs("Selon l'Organisation internationale des ports (OIP), le trafic baisse.")).toEqual([{ long: "Organisation internationale des ports", short: "OIP" }]);
    expect(acronymPairs("The Northern Grid Authority (NGA) said power was back.")).toEqual([{ long: "Northern Grid Authority", short: "NGA" }]);
    expect(acronymPairs("The NGA (Northern Grid Authority) said power was back.")).toEqual([{ long: "Northern Grid Authority", short: "NGA" }]);
    expect(acronymPairs("the Coastal Revenue Office (Cro) will hire")).toEqual([{ long: "Coastal Revenue Office", short: "Cro" }]);
  });

  it("an acronym that does not abbreviate the words before it pairs nothing", () => {
    expect(acronymPairs("Le ministre a parlé à la presse (AFP) mardi.")).toEqual([]);
  });

  it("a story gives one speaker for both names", () => {
    const story = ingest(
      "L'Organisation internationale des ports (OIP) a lancé une enquête. « Le trafic reprendra », a assuré l'OIP dans un communiqué.",
      { slug: "t" },
    );
    const oip = story.speakers.filter((s) => [s.name, ...s.aliases].some((n) => /OIP|Organisation internationale des ports/.test(n)));
    expect(oip).toHaveLength(1);
    expect([oip[0]!.name, ...oip[0]!.aliases]).toEqual(expect.arrayContaining(["OIP"]));
  });
});

describe("a person and their nickname are one", () => {
  it("reads « X, dit « Y » » and « X, known as “Y” »", () => {
    expect(nicknamePairs("Le chef du réseau, Jean Morel, dit « le Gitan », a été arrêté.")).toEqual([{ long: "Jean Morel", short: "le Gitan" }]);
    expect(nicknamePairs('Omar Tazi, known as "The Fox", said he was innocent.')).toEqual([{ long: "Omar Tazi", short: "The Fox" }]);
  });

  it("a story names the person once, the nickname an alias", () => {
    const story = ingest("Jean Morel, dit « le Gitan », a été arrêté. « Je suis innocent », a déclaré Jean Morel.", { slug: "t" });
    const morel = story.speakers.find((s) => s.name === "Jean Morel");
    expect(morel?.aliases).toContain("le Gitan");
  });
});

describe("an acronym used later with no parentheses", () => {
  it("joins the organisation whose initials it spells, in either order of mention", () => {
    for (const text of [
      "The vote was held on Monday. The Northern Grid Authority said it would review the plan. \"We have concerns,\" the NGA said.",
      "The vote was held on Monday. \"We have concerns,\" the NGA said. The Northern Grid Authority later said it would sue.",
    ]) {
      const story = ingest(text, { slug: "t" });
      const grid = story.speakers.filter((s) => [s.name, ...s.aliases].some((n) => /NGA|Northern Grid Authority/.test(n)));
      expect(grid, text).toHaveLength(1);
      expect(grid[0]!.name).toBe("Northern Grid Authority");
      expect(story.quotes.every((q) => q.speaker === "Northern Grid Authority")).toBe(true);
    }
  });

  it("capitals that spell other initials join nothing", () => {
    const story = ingest("The vote was held on Monday. The Northern Grid Authority said prices would rise. \"We disagree,\" the NTA said.", { slug: "t" });
    expect(story.speakers.map((s) => s.name).sort()).toEqual(["NTA", "Northern Grid Authority"]);
  });
});

describe("a description and the person it designates are one", () => {
  it("gives a headline's quote by « la ministre de la Santé » to the minister named further down", () => {
    const story = ingest(
      "« Nous ne céderons rien », prévient la ministre de la Santé\n\nLa ministre de la Santé, Claire Vidal, a présenté jeudi son plan. Elle a affirmé que les hôpitaux recevraient des fonds.",
      { slug: "t" },
    );
    expect(story.speakers.map((s) => s.name)).toEqual(["Claire Vidal"]);
    expect(story.quotes.map((q) => `${q.speaker} | ${q.text}`)).toContain("Claire Vidal | Nous ne céderons rien");
  });

  it("keeps a description apart when two named people could be it", () => {
    const story = ingest(
      "« Rien n'est joué », prévient le ministre\n\nLe ministre de la Santé, Paul Roy, et le ministre des Finances, Marc Lenoir, ont présenté le plan. Paul Roy a affirmé que les hôpitaux recevraient des fonds.",
      { slug: "t" },
    );
    expect(story.quotes.find((q) => q.text === "Rien n'est joué")?.speaker).not.toMatch(/Roy|Lenoir/);
  });
});

describe("a headline's speaker", () => {
  it("joins « Minister: \"…\" » to the minister named in the body", () => {
    const story = ingest('Minister: "We will not give up"\n\nHealth Minister Claire Vidal presented her plan on Thursday.', { slug: "t" });
    expect(story.quotes.map((q) => `${q.speaker} | ${q.text}`)).toEqual(["Claire Vidal | We will not give up"]);
  });
});

describe("a capitalised description is not joined into itself", () => {
  it("keeps « A Norland official told … » as a speaker", () => {
    const story = ingest(`Alliance under strain\n\nA Norland official told reporters that "the treaty has no provision for expulsion".\n\nThe talks resume on Monday.`, { slug: "t" });
    expect(story.speakers.map((s) => s.name)).toContain("Norland official");
  });
});

describe("a body met under its bare noun before the copy names it (coref.ts joinBodiesAhead)", () => {
  it("a headline's « union says » is the union the body names", () => {
    const story = ingest(`Port strike to go on, union says\n\nDOCKVILLE (Reuters) - The dockworkers' union said on Tuesday the strike would continue. Union leader Maria Costa told reporters that talks had failed.`, { slug: "t" });
    expect(story.speakers.map((s) => s.name)).toEqual(["dockworkers' union", "Maria Costa"]);
  });

  it("not when two bodies of that noun follow", () => {
    const story = ingest(`Port strike to go on, union says\n\nDOCKVILLE (Reuters) - The dockworkers' union said on Tuesday the strike would continue. The pilots' union said it would join.`, { slug: "t" });
    expect(story.speakers.map((s) => s.name)).toEqual(["union", "dockworkers' union", "pilots' union"]);
  });
});
