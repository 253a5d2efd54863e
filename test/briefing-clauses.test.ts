import { describe, expect, it } from "vitest";
import { headings, headlineOf, stripDateline, tidyHeadline, wholeClause } from "../src/briefing/clauses.js";
import { briefingLexicon } from "../src/briefing/lexicon.js";
import { inventedStory } from "./briefing-story.js";

const fr = briefingLexicon.fr;
const en = briefingLexicon.en;
const clauseOf = (sentence: string, part: string, lex = fr) => {
  const at = sentence.indexOf(part);
  return wholeClause(sentence, at, at + part.length, lex);
};

describe("wholeClause", () => {
  it("runs a number not given to its clause's end: the share per country was not given, the total was", () => {
    const s = "Le ministre n'a pas précisé le nombre de soldats que fournira chaque pays, renvoyant à des discussions.";
    expect(clauseOf(s, "Le ministre n'a pas précisé le nombre de soldats")).toBe("Le ministre n'a pas précisé le nombre de soldats que fournira chaque pays");
    const e = "The ministry did not give the number of ships each navy would send, but promised a list.";
    expect(clauseOf(e, "The ministry did not give the number of ships", en)).toBe("The ministry did not give the number of ships each navy would send");
  });

  it("never ends between « ne » and its « pas », nor inside « … » or a parenthesis", () => {
    const s = "La mairie ne donne, à ce stade, aucun chiffre sur les dégâts.";
    expect(clauseOf(s, "La mairie ne donne")).toBe("La mairie ne donne, à ce stade, aucun chiffre sur les dégâts");
    const q = "Le syndicat parle d'une « grève longue, dure et suivie », selon son communiqué.";
    expect(clauseOf(q, "Le syndicat parle d'une « grève longue")).toBe("Le syndicat parle d'une « grève longue, dure et suivie »");
    // « né » is not a negation.
    expect(clauseOf("Le maire, né à Lorvik, a parlé.", "Le maire")).toBe("Le maire");
  });
});

describe("leads and headlines", () => {
  it("drops a wire dateline, a dateline in parentheses and a kicker in capitals", () => {
    const story = inventedStory("fr", "x");
    expect(stripDateline(story, "LORVIK, 5 mai (AFP) - Le port a fermé.")).toBe("Le port a fermé.");
    expect(stripDateline(story, "(Lorvik) Le port a fermé.")).toBe("Le port a fermé.");
    expect(stripDateline(story, "CE QU'IL FAUT SAVOIR - Le port a fermé.")).toBe("Le port a fermé.");
    expect(stripDateline(story, "NATO said on Monday it would meet.")).toBe("NATO said on Monday it would meet.");
  });

  it("tells headings (alone in their paragraph, no full stop) from sentences", () => {
    const story = inventedStory("en", "Port reopens after strike\n\nThe port reopened on Monday.\n\nUnions react\n\nUnions welcomed it.\nThey said so");
    expect([...headings(story)]).toEqual([0, 2]);
  });

  it("never leaves a headline on a comma or an open negation, and cuts a long lead at a clause", () => {
    const lead = "Le ministre n'a pas précisé le nombre de soldats, a-t-il dit.";
    expect(tidyHeadline("Le ministre n'a", lead, fr)).toBe("Le ministre n'a pas précisé le nombre de soldats");
    expect(tidyHeadline("Le port a fermé,", "Le port a fermé, lundi.", fr)).toBe("Le port a fermé");
    const long = "Le port de Lorvik a fermé lundi ses quais aux cargos étrangers venus du sud, après une semaine de grève des dockers et des pilotes, a annoncé la capitainerie.";
    const h = headlineOf(long, fr);
    expect(long.startsWith(h)).toBe(true);
    expect(h.length).toBeLessThanOrEqual(110);
    expect(h.endsWith(",")).toBe(false);
  });
});
