import { describe, expect, it } from "vitest";
import { createEngine } from "../src/engine/engine.js";
import { read } from "../src/engine/answers/reader.js";
import type { Ctx } from "../src/engine/context.js";
import { emptyConversation, type Reply } from "../src/engine/reply.js";
import { ingest } from "../src/story/ingest.js";
import { asksDay, asksDuration } from "../src/engine/lexicon-time.js";

/**
 * « when » answered by the general reader (answers/times.ts): the dates and times a sentence gives.
 * Invented dispatches (every name, place and sentence made up), asked as readers type.
 */

function engineFor(text: string, slug: string) {
  return createEngine(ingest(text, { slug }));
}

function ask(engine: ReturnType<typeof engineFor>, q: string): Reply {
  return engine.ask(q, emptyConversation()).reply;
}

describe("a year after a sentence's first word or a function word is a date, not part of a name", () => {
  const en = engineFor(
    `Tarnland cuts its fleet

During 2019, the parliament of Tarnland cut the fleet budget by a third.
The navy still runs the Falke 2000 system on its patrol boats, the ministry said.`,
    "tarnland-fleet",
  );
  const fr = engineFor(
    `Le Morvaque réduit sa flotte

Avant 2021, le parlement du Morvaque a réduit le budget de la flotte d'un tiers.
La marine garde le système Falke 2000 sur ses patrouilleurs, selon le ministère.`,
    "morvaque-flotte",
  );
  function whenRead(e: ReturnType<typeof engineFor>, q: string): string {
    let ctx: Ctx | null = null;
    e.ask(q, emptyConversation(), { inspect: (c) => (ctx = c) });
    return read(ctx!, { wh: "when", threshold: 0, minCoverage: 0 })?.parts.join(" ") ?? "";
  }
  it("\"During 2019, …\" and « Avant 2021, … » give their year; \"the Falke 2000 system\" still none", () => {
    expect(whenRead(en, "When did the parliament cut the fleet budget?")).toMatch(/2019/);
    expect(whenRead(fr, "Quand le parlement a-t-il réduit le budget de la flotte ?")).toMatch(/2021/);
    expect(whenRead(en, "When does the navy run the Falke system on its patrol boats?")).not.toMatch(/2000/);
  });
});

describe("a time written from the moment of writing answers « when » as a date does (lexicon-time.ts)", () => {
  const story = engineFor(
    `Le pont de Vasselin rouvrira avant l'été

La préfète de la Drôme, Hélène Castaing, a visité le chantier du pont de Vasselin en fin d'après-midi.
Les travaux de renforcement ont commencé il y a deux ans, après la découverte de fissures.
Les premières voitures pourront traverser le pont avant l'été, selon la préfecture.
La commission de sécurité se réunira la semaine prochaine pour valider les essais de charge.`,
    "vasselin-pont",
  );
  const enStory = engineFor(
    `Karsholm ferry terminal to reopen

The Karsholm ferry terminal was closed last week after a fire in the ticket hall.
Engineers inspected the roof in the morning, the port authority said.
The terminal was built nearly 40 years ago by a local shipyard.`,
    "karsholm-terminal",
  );
  it("« la semaine prochaine », « avant l'été », « il y a deux ans », « en fin d'après-midi »", () => {
    expect(ask(story, "Quand la commission de sécurité se réunira-t-elle ?").text).toMatch(/semaine prochaine/);
    expect(ask(story, "Quand les voitures pourront-elles traverser le pont ?").text).toMatch(/avant l'été/);
    expect(ask(story, "Quand les travaux de renforcement ont-ils commencé ?").text).toMatch(/il y a deux ans/);
    expect(ask(story, "Quand la préfète a-t-elle visité le chantier ?").text).toMatch(/fin d'après-midi/);
  });
  it("« quel jour », « depuis quand »: a part of the day says neither which day nor since when", () => {
    const day = engineFor(
      `Grève des éboueurs à Vasselin

Les éboueurs de Vasselin sont en grève depuis le 3 mars, a indiqué le syndicat.
Le maire de Vasselin, Hugo Ternier, a reçu les grévistes dans la matinée.
La rencontre avec le maire de Vasselin a eu lieu le 12 mars à la mairie.`,
      "vasselin-greve",
    );
    expect(ask(day, "Depuis quand les éboueurs de Vasselin sont-ils en grève ?").text).toMatch(/3 mars/);
    expect(ask(day, "C'était quel jour, la rencontre entre le maire de Vasselin et les grévistes ?").text).toMatch(/12 mars/);
    const since = engineFor(
      `Le tunnel de Corbel fermé pour travaux

Le ministre des Transports, Paul Garnier, a appelé dans la matinée son homologue belge.
Âgé de 48 ans, le ministre, en poste depuis janvier, a estimé que le chantier était prioritaire.`,
      "corbel-tunnel",
    );
    expect(ask(since, "depuis quand Garnier est ministre ?").text).not.toMatch(/matinée/);
  });
  it("\"last week\", \"in the morning\", \"40 years ago\"", () => {
    expect(ask(enStory, "When was the ferry terminal closed?").text).toMatch(/last week/i);
    expect(ask(enStory, "When did engineers inspect the roof?").text).toMatch(/morning/);
    expect(ask(enStory, "When was the terminal built?").text).toMatch(/40 years ago/);
  });
});

describe("a question that asks for a day reads either language's words, whole (lexicon-time.ts asksDay)", () => {
  it("takes « quel jour », « à quelle date » and \"on what date\", not \"what days\"", () => {
    expect(asksDay("le marche ouvre quel jour ?")).toBe(true);
    expect(asksDay("a quelle date la digue a-t-elle cede ?")).toBe(true);
    expect(asksDay("on what date did the orchard flood?")).toBe(true);
    expect(asksDay("what days is the ferry running?")).toBe(false);
    expect(asksDay("when did the orchard flood?")).toBe(false);
  });
});

describe("a question that asks for a span of time reads either language's words (lexicon-time.ts asksDuration)", () => {
  it("takes « combien de temps », « combien de semaines » and \"how many weeks\", not a count of another thing", () => {
    expect(asksDuration("combien de temps le col restera-t-il ferme ?")).toBe(true);
    expect(asksDuration("la greve a dure combien de semaines ?")).toBe(true);
    expect(asksDuration("how many weeks did the bakers strike?")).toBe(true);
    expect(asksDuration("how many bakers went on strike?")).toBe(false);
    expect(asksDuration("combien de boulangers ont fait greve ?")).toBe(false);
  });
});
