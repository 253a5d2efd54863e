import { describe, expect, it } from "vitest";
import { createEngine } from "../src/engine/engine.js";
import { emptyConversation, type Reply } from "../src/engine/reply.js";
import { ingest } from "../src/story/ingest.js";
import { countryRuns } from "../src/engine/answers/anchor.js";

/**
 * Where someone is from, where they work, where the dispatch was filed (answers/origin.ts), on
 * invented dispatches (every name and sentence made up): the nationality is the adjective the
 * story puts beside the name or the country its role names, said in the reader's language; where
 * someone works is the body their role names; the dispatch's city is its dateline.
 */

const STORY = `(Varsovie) Le chef d'état-major polonais, le général Tomasz Wielgosz, a téléphoné mardi à son homologue lituanien, le général Rimas Daukantas, a annoncé le ministère polonais de la Défense.
« Les deux parties ont parlé de la sécurité régionale », a précisé le porte-parole de l'état-major polonais, le colonel Piotr Marczak.
Le général Daukantas, chef d'état-major des forces armées de la Lituanie, n'a fait aucun commentaire.`;

const engine = createEngine(ingest(STORY, { slug: "wielgosz-daukantas" }));
const ask = (q: string): Reply => engine.ask(q, emptyConversation()).reply;

describe("what nationality", () => {
  it("gives the adjective the story puts before the name, with its country, in French", () => {
    const r = ask("Quelle est la nationalité de Daukantas ?");
    expect(r.answered).toBe(true);
    expect(r.text).toMatch(/lituanien/);
    expect(r.text).toMatch(/Lituanie/);
    expect(r.text).not.toMatch(/polonais/);
  });
  it("says it in English for an English question, with the story's own word beside it", () => {
    const r = ask("What nationality is Wielgosz?");
    expect(r.text).toMatch(/Polish \(Poland\)/);
    expect(r.text).toMatch(/« polonais »/);
  });
  it("reads « where is X from » and « X est de quel pays » the same way", () => {
    expect(ask("Where is Daukantas from?").text).toMatch(/Lithuanian/);
    expect(ask("Daukantas est de quel pays ?").text).toMatch(/lituanien/);
  });
  it("gives the adjective before a name the story made no entity of", () => {
    const other = createEngine(ingest(`Rachat dans la tech\n\nLe groupe coréen Hanbit a racheté la jeune pousse suisse Velmora Systems pour un montant non dévoilé.`, { slug: "hanbit-velmora" }));
    const r = other.ask("Where is Velmora Systems based?", emptyConversation()).reply;
    expect(r.answered).toBe(true);
    expect(r.text).toMatch(/Swiss/);
  });
});

describe("where someone works", () => {
  it("gives the body the person's role names, not a place", () => {
    const r = ask("Where does Piotr Marczak work?");
    expect(r.answered).toBe(true);
    expect(r.text).toMatch(/general staff/);
    expect(ask("Pour qui travaille Piotr Marczak ?").text).toMatch(/état-major polonais/);
  });
});

describe("the dispatch's city", () => {
  it("is its dateline, however the question is put", () => {
    for (const q of ["What city is the dispatch from?", "De quelle ville vient la dépêche ?", "which city was this story filed in?", "in which city is this datelined"]) {
      const r = ask(q);
      expect(r.answered, q).toBe(true);
      expect(r.text, q).toMatch(/Varsovie|Warsaw/);
    }
  });
});

describe("where a place is", () => {
  const town = createEngine(
    ingest(
      `Frappes sur Verbitsa\n\nDes frappes ont fait trois blessés à Verbitsa ce samedi, a indiqué la préfecture.\nLes frappes ont touché Verbitsa, dans le sud-ouest de la Tarnie, ont précisé les secours.`,
      { slug: "verbitsa-frappes" },
    ),
  );
  it("« c'est où X ? »: what the story writes beside the name to locate it, not the name again", () => {
    for (const q of ["c'est où Verbitsa ?", "Où se trouve Verbitsa ?", "where is Verbitsa?"]) {
      const r = town.ask(q, emptyConversation()).reply;
      expect(r.answered, q).toBe(true);
      expect(r.text, q).toMatch(/sud-ouest de la Tarnie/);
    }
  });
  it("the words before the name locate it too (« la région tarnienne de X », \"Tarnia's northern port of X\")", () => {
    const fr = createEngine(ingest(`Un dépôt touché

Une vidéo montre un dépôt de la région tarnienne de Morvik, a indiqué l'armée.
Le dépôt a brûlé.`, { slug: "morvik-depot" }));
    expect(fr.ask("c'est où Morvik ?", emptyConversation()).reply.text).toMatch(/région tarnienne/);
    const en = createEngine(ingest(`Ferry stuck

A ferry ran aground near Tarnia's northern port of Valsk on Sunday, the coastguard said.
No one was hurt.`, { slug: "valsk-ferry" }));
    expect(en.ask("Where is Valsk?", emptyConversation()).reply.text).toMatch(/Tarnia's northern port/);
  });
  it("« where is the village? »: the place the story names after its noun, with what locates it, not the country of another mention", () => {
    const fr = createEngine(ingest(`Un chef de village arrêté

Le chef d'un village de la Tarnie a été arrêté, a annoncé la police.
Selon la police, les faits se sont produits dans le village de Morvik, au sud de la province.`, { slug: "morvik-chef" }));
    for (const q of ["Where is the village?", "c'est où le village ?"]) {
      const r = fr.ask(q, emptyConversation()).reply;
      expect(r.text, q).toMatch(/^Morvik/);
      expect(r.text, q).toMatch(/sud de la province/);
    }
  });
  it("a place the story names without locating it is declined, not echoed back", () => {
    const en = createEngine(ingest(`Envoy meets minister

The minister met the trade envoy in Karsholm last week, officials said.
Talks will go on.`, { slug: "karsholm-envoy" }));
    const r = en.ask("Where is Karsholm?", emptyConversation()).reply;
    expect(r.answered).toBe(false);
    expect(r.text).toMatch(/does not say where/);
  });
});

describe("which countries", () => {
  it("capitals and nationality adjectives that stand for countries are said as the countries, with the story's words", () => {
    const fr = createEngine(
      ingest(`Des manœuvres dans la péninsule

Les armées espagnole et portugaise ont lancé lundi de grandes manœuvres près de la frontière, a indiqué l'état-major.
Les états-majors de Madrid et Lisbonne n'ont donné aucun chiffre sur les troupes engagées dans ces exercices.`, { slug: "peninsule-manoeuvres" }),
    );
    const r = fr.ask("which countries are holding the drills?", emptyConversation()).reply;
    expect(r.text).toMatch(/Spain/);
    expect(r.text).toMatch(/Portugal/);
    const p = fr.ask("quels pays participent aux exercices ?", emptyConversation()).reply;
    expect(p.text).toMatch(/Espagne/);
    expect(p.text).toMatch(/Portugal/);
  });
  it("a list of nationalities answers « which countries take part », whole", () => {
    const drills = createEngine(ingest(`Drills off Varia\n\nThe navies of Norland and Varia began joint drills on Monday.\nSmaller Danish, Chilean and Dutch units take part as well, officials said.`, { slug: "varia-drills" }));
    const r = drills.ask("which countries are taking part?", emptyConversation()).reply;
    expect(r.answered).toBe(true);
    expect(r.text).toMatch(/Danish, Chilean and Dutch/);
  });
  it("a list of country names and short forms, mixed, is read whole (« Spain, the U.S. and Portugal »)", () => {
    const navies = createEngine(
      ingest(`Spain, U.S., Portugal hold naval drill

The exercise off the Canary Islands involved destroyers from Spain, the U.S. and Portugal, the navy said on Tuesday.
A storm delayed the second day.`, { slug: "atlantic-drill" }),
    );
    const r = navies.ask("Which other countries are taking part in the exercise?", emptyConversation()).reply;
    expect(r.answered).toBe(true);
    expect(r.text).toMatch(/Spain/);
    expect(r.text).toMatch(/U\.S\./);
    expect(r.text).toMatch(/Portugal/);
  });
  it("« menées par la France et l'Italie », « franco-italiens »: a compound adjective and a list after « par » are lists", () => {
    const fr = createEngine(
      ingest(`Manœuvres en mer

Des manœuvres navales menées par la France et l'Italie ont commencé lundi au large de la Corse.
Le temps était calme.`, { slug: "corse-manoeuvres" }),
    );
    const r = fr.ask("Quels pays mènent les manœuvres ?", emptyConversation()).reply;
    expect(r.answered).toBe(true);
    expect(r.text).toMatch(/France/);
    expect(r.text).toMatch(/Italie/);
    // a compound adjective names two countries
    expect(countryRuns("des exercices franco-italiens au large", "fr").map((x) => x.text)).toEqual(["franco-italiens"]);
    expect(countryRuns("the Spanish-Portuguese drills", "en").map((x) => x.text)).toEqual(["Spanish-Portuguese"]);
  });
});
