import { describe, expect, it } from "vitest";
import { createEngine } from "../src/engine/engine.js";
import { emptyConversation } from "../src/engine/reply.js";
import { ingest } from "../src/story/ingest.js";

/** Routing a question to an intent by its asking words, on an invented dispatch. */
const engine = createEngine(
  ingest(
    `Drills begin near the border

The army of Valdor began drills on Monday near the border, the ministry said.
Dubbed "Iron Gate", the drills were named by the chief of staff on Friday.
The defence minister called his counterpart on Sunday.`,
    { slug: "iron-gate-routing" },
  ),
);
const ask = (q: string) => engine.ask(q, emptyConversation()).reply;

describe("the question word decides before a naming verb", () => {
  it("« when was it named? » asks a date, not the name", () => {
    const r = ask("when were the drills named?");
    expect(r.intent).toBe("when");
    expect(r.text).toMatch(/Friday/);
  });
  it("« what are the drills called? » still asks the name", () => {
    expect(ask("what are the drills called?").intent).toBe("name");
  });
});

describe("a yes/no question about who called is answered yes or no before who called whom", () => {
  const call = createEngine(
    ingest(
      `Deux ministres se parlent

Le ministre estonien de la Défense, Jaan Kask, a téléphoné mardi à son homologue letton, Ilze Berzina, a indiqué son cabinet.
Les deux responsables ont évoqué la sécurité en mer Baltique.`,
      { slug: "appel-balte" },
    ),
  );
  const yn = (q: string) => call.ask(q, emptyConversation()).reply.text;
  it("says yes when the caller asked about is the one who called, no otherwise, in both languages and voices", () => {
    expect(yn("did Kask call Berzina?")).toMatch(/^Yes\./);
    expect(yn("did Berzina call Kask?")).toMatch(/^No\./);
    expect(yn("est-ce que Berzina a appelé Kask ?")).toMatch(/^Non\./);
    expect(yn("c'est Kask qui a appelé ?")).toMatch(/^Oui\./);
    expect(yn("Berzina a-t-elle été appelée par Kask ?")).toMatch(/^Oui\./);
  });
  it("leaves « who called whom » as it is", () => {
    expect(yn("qui a appelé qui ?")).not.toMatch(/^(?:Oui|Non)\./);
  });
});

describe("a classifier's guess of a kind asked by cue words is not that kind", () => {
  const exports = createEngine(
    ingest(
      `Exports fall in Norland

Norland exports fell 3% in June, the statistics office said on Monday.
The navy showed new drones and missiles at a parade in Velm.`,
      { slug: "norland-exports" },
    ),
  );
  it("a question with no word of weapons or equipment is not answered with the story's equipment", () => {
    for (const q of ["what were economists expecting for the exports?", "bikes or scooters, which were used more?"]) {
      const r = exports.ask(q, emptyConversation()).reply;
      expect(r.intent).not.toBe("equipment");
      expect(r.text).not.toMatch(/drones/);
    }
    expect(exports.ask("what weapons were shown?", emptyConversation()).reply.text).toMatch(/drones/);
  });
});

describe("a property of a weapon, and what became of one thing, are asked as such", () => {
  const story = createEngine(
    ingest(
      `Parade in Velm

The navy of Norland showed new drones and Kestrel missiles at a parade in Velm on Monday.
A ceasefire agreed in March between the two neighbours was broken twice in the following weeks.
The ministry said the parade drew thousands of people.`,
      { slug: "velm-parade" },
    ),
  );
  const ask = (q: string) => story.ask(q, emptyConversation()).reply;
  it("« what's the range of the missile » is no list of the equipment shown", () => {
    const r = ask("What's the range of the Kestrel missile?");
    expect(r.intent).not.toBe("equipment");
    expect(r.answered).toBe(false);
    expect(ask("what missiles were shown?").intent).toBe("equipment");
  });
  it("« what happened to X » is answered by the sentence about X or declined, never by the story in short", () => {
    expect(ask("what happened to the orchestra?").intent).not.toBe("summary");
    expect(ask("what happened to the orchestra?").answered).toBe(false);
    expect(ask("what happened?").intent).toBe("summary");
  });
});

describe("a question word left at the end, as people say it, asks as if it opened the question", () => {
  const talk = createEngine(
    ingest(
      `Deux amiraux se parlent

L'amiral norvégien Sigrun Dahl a téléphoné vendredi à son homologue islandais, l'amiral Egill Thorsson, a indiqué la marine norvégienne.
Les deux officiers ont évoqué la pêche dans l'Atlantique Nord.`,
      { slug: "appel-amiraux" },
    ),
  );
  const tell = (q: string) => talk.ask(q, emptyConversation()).reply;
  it("“X is who?” asks who X is (« X c'est qui ? » is the reader's definition of X)", () => {
    for (const q of ["and Thorsson is who?", "Thorsson was who?"]) {
      const r = tell(q);
      expect(r.intent, q).toBe("who_is");
      expect(r.text, q).toMatch(/Egill Thorsson/);
      expect(r.text, q).toMatch(/homologue|counterpart|amiral|admiral/);
    }
  });
  it("« l'appel c'était quand ? », « c'était quand l'appel ? », “the call was when?” ask the date", () => {
    for (const q of ["l'appel c'était quand ?", "c'était quand l'appel ?", "the call was when?"]) {
      const r = tell(q);
      expect(r.intent, q).toBe("when");
      expect(r.text, q).toMatch(/vendredi|Friday/);
    }
  });
});
