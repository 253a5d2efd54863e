import { describe, expect, it } from "vitest";
import { createEngine } from "../src/engine/engine.js";
import { emptyConversation, type Reply } from "../src/engine/reply.js";
import { ingest } from "../src/story/ingest.js";

/**
 * Calls, dates and places (answers/events.ts) on an invented French dispatch (every name and
 * sentence made up), asked in both languages: the answer says who called whom and at whose
 * initiative in a short line of its own, never three pasted pieces of the story; a day said
 * inside a quote is the speaker's, not the story's; a reader of the other language gets the date
 * itself, not a clause in the story's language.
 */
const FR = `Les chefs d'état-major de Valdor et d'Ostrie se sont parlé

Le chef d'état-major de Valdor, le général Anton Brisk, a téléphoné mardi à son homologue ostrien, le général Pavel Morra, a annoncé l'état-major valdorien.
« Aujourd'hui, à l'initiative de la partie valdorienne, le général Morra a eu un entretien avec le général Brisk », a indiqué le ministère ostrien de la Défense.
Les deux généraux ont évoqué la sécurité régionale.`;

const engine = createEngine(ingest(FR, { slug: "valdor-ostrie" }));
const ask = (q: string): Reply => engine.ask(q, emptyConversation()).reply;

describe("who called whom", () => {
  it("says who called whom, then at whose initiative and by whose account, without pasting the sentences", () => {
    const r = ask("Qui a appelé qui ?");
    expect(r.intent).toBe("call");
    expect(r.text).toMatch(/^Anton Brisk a appelé Pavel Morra\./);
    expect(r.text).toMatch(/À l'initiative de la partie valdorienne \(source : ministère ostrien de la Défense\)\./);
    expect(r.text).not.toMatch(/«/);
    expect(r.citations.length).toBeGreaterThanOrEqual(2);
  });
  it("leads with the initiative when that is what is asked, in English for an English question", () => {
    const r = ask("Who requested the call?");
    expect(r.text).toMatch(/^At the initiative of /);
    expect(r.text).toMatch(/, according to .*ministère ostrien de la Défense/);
    expect(r.text).toMatch(/Anton Brisk/);
  });
});

describe("a detail of the call the frame does not give", () => {
  it("declines, rather than saying who called whom, a question about a detail the story leaves out", () => {
    // (« was it a video call? » is answered from « a téléphoné »: « No — by telephone », test/engine-means.test.ts)
    for (const q of ["Did the call go well?", "In what language did they speak?", "L'appel s'est-il bien passé ?", "Quel était l'autre objectif de l'appel ?", "How long did the call last?"]) {
      const r = ask(q);
      expect(r.answered, q).toBe(false);
      expect(r.text, q).not.toMatch(/Brisk/);
    }
  });
  it("answers a detail from the sentence that holds it, not with the frame", () => {
    expect(ask("De quoi ont-ils parlé pendant l'appel ?").text).not.toMatch(/initiative/i);
    const r = ask("Ont-ils parlé de sécurité régionale pendant l'appel ?");
    expect(r.text).not.toMatch(/initiative/i);
    expect(r.citations.map((c) => c.sentence)).toContain(3);
  });
  it("still gives the frame to a question about the call itself", () => {
    for (const q of ["Was there a call?", "Who called the Ostrian general?", "Brisk a-t-il appelé Morra ?", "Qui a appelé qui ?"]) {
      const r = ask(q);
      expect(r.text, q).toMatch(/Brisk/);
    }
  });
});

describe("when", () => {
  it("a day named inside a quote is the speaker's: the story's own date answers", () => {
    const r = ask("when did they talk?");
    expect(r.text).toMatch(/Tuesday \(mardi\)/);
    expect(r.text).not.toMatch(/Aujourd/);
  });
  it("gives a reader of the other language the date, not a clause in the story's language", () => {
    const r = ask("when did they talk?");
    expect(r.text).not.toMatch(/a téléphoné/);
    expect(r.citations.length).toBe(1);
  });
});

describe("when, asked of the call", () => {
  it("« c'était quand l'appel ? » leads with the call's own day, not with who called whom alone", () => {
    for (const q of ["c'était quand l'appel ?", "l'appel, c'était quel jour ?"]) {
      const r = ask(q);
      expect(r.answered).toBe(true);
      expect(r.text).toMatch(/^Quand : mardi\./);
    }
    expect(ask("the call was on what day?").text).toMatch(/^When: Tuesday/);
  });
});

describe("a call for something is no telephone call", () => {
  const story = createEngine(
    ingest(
      `Grève au port de Valbrune

Le ministre Paul Ferrand a accusé le syndicat Force Portuaire d'avoir appelé à manifester sans autorisation.
Le syndicat précise que seules ses sections locales ont soutenu le rassemblement.`,
      { slug: "valbrune-appel" },
    ),
  );
  const q = (s: string): Reply => story.ask(s, emptyConversation()).reply;
  it("« qui a appelé à manifester ? » is not answered with the one who spoke of it as a caller", () => {
    const r = q("Qui a appelé à manifester ?");
    expect(r.text).not.toMatch(/Ferrand qui a appelé/);
    expect(r.text).toMatch(/syndicat/);
    expect(q("Le syndicat a-t-il appelé à manifester ?").text).not.toMatch(/Ferrand qui a appelé/);
  });
  it("a story with only a call for something mentions no telephone call", () => {
    const r = q("who called whom?");
    expect(r.answered).toBe(false);
    expect(r.text).not.toMatch(/placed the call/);
  });
});

describe("where, of the whole story", () => {
  const story = createEngine(
    ingest(
      `Floods close schools in Ravelin

RAVELIN (Agency) - Floods closed all schools in the Ravelin valley on Monday after three days of rain, the regional council said.
The council said the schools would reopen once the roads were cleared.`,
      { slug: "ravelin-floods" },
    ),
  );
  const where = (q: string): Reply => story.ask(q, emptyConversation()).reply;
  it("« where is it happening » gets the story's place, in both languages and word orders", () => {
    for (const q of ["where is it happening?", "where is this taking place?", "ça se passe où ?", "où ça se passe ?"]) {
      const r = where(q);
      expect(r.answered).toBe(true);
      expect(r.intent).toBe("where");
      expect(r.text).toMatch(/Ravelin/);
    }
  });
  it("« on en est où » asks how things stand, not a place", () => {
    expect(where("les écoles, on en est où ?").text).not.toMatch(/^Où :/);
  });
});

describe("what something is called", () => {
  const story = createEngine(
    ingest(
      `Drills begin near the border

The army of Valdor began drills on Monday near the border, the ministry said.
Dubbed "Iron Gate", the drills will last ten days.
The defence minister called his counterpart on Sunday.`,
      { slug: "iron-gate" },
    ),
  );
  it("gives the name a naming word introduces, not a sentence where « called » is a phone call", () => {
    for (const q of ["what's the drill called", "what are the drills called?"]) {
      const r = story.ask(q, emptyConversation()).reply;
      expect(r.intent).toBe("name");
      expect(r.text).toMatch(/^“Iron Gate”/);
    }
  });
});

describe("when, of what is still to come", () => {
  const talks = (text: string) => createEngine(ingest(`Leaders meet\n\n${text}`, { slug: "talks" }));
  it("a date of what already happened does not answer « when is the next … »", () => {
    const e = talks("The two leaders met in Korvik on Tuesday to discuss the fishing quotas.\nThey agreed that officials would keep in touch.");
    expect(e.ask("when is the next meeting between the leaders?", emptyConversation()).reply.answered).toBe(false);
    expect(e.ask("quand est prévue la prochaine rencontre des dirigeants ?", emptyConversation()).reply.answered).toBe(false);
  });
  it("the date the story gives for what is to come does", () => {
    const e = talks("The two leaders met in Korvik on Tuesday to discuss the fishing quotas.\nTheir next meeting will take place on June 3 in Halden.");
    expect(e.ask("when is their next meeting?", emptyConversation()).reply.text).toMatch(/June 3/);
  });
});

describe("at what time", () => {
  const fire = createEngine(
    ingest(
      `Un incendie ravage un entrepôt à Morvalle

Un incendie s'est déclaré mardi vers 16 heures dans un entrepôt de la zone industrielle de Morvalle, ont indiqué les pompiers.
Les pompiers ont maîtrisé le feu mercredi, selon la préfecture.`,
      { slug: "morvalle-incendie" },
    ),
  );
  const askFire = (q: string): Reply => fire.ask(q, emptyConversation()).reply;
  it("gives the hour the story gives for the event asked", () => {
    const r = askFire("À quelle heure l'incendie s'est-il déclaré ?");
    expect(r.answered).toBe(true);
    expect(r.text).toMatch(/16 heures/);
  });
  it("says the story gives the day, not the hour, and declines, rather than answer with a day or another event's hour", () => {
    const r = askFire("À quelle heure les pompiers ont-ils maîtrisé le feu ?");
    expect(r.answered).toBe(false);
    expect(r.text).toMatch(/mercredi/);
    expect(r.text).not.toMatch(/16/);
    const call = ask("At what time was the call?");
    expect(call.answered).toBe(false);
    expect(call.text).toMatch(/Tuesday/);
    expect(call.text).toMatch(/not the time/);
  });
  it("a day beside « selon » dates the event, not a telling", () => {
    const late = createEngine(ingest(`Le feu de Morvalle maîtrisé\n\nLes pompiers, arrivés sur place lundi, ont maîtrisé le feu mercredi, selon la préfecture.`, { slug: "morvalle-feu" }));
    const r = late.ask("quand les pompiers ont-ils maîtrisé le feu ?", emptyConversation()).reply;
    expect(r.text).toMatch(/mercredi/);
    expect(r.text).not.toMatch(/lundi/);
  });
});

describe("« été »: a season or a participle", () => {
  const law = createEngine(
    ingest(
      `Loi sur l'eau à Valbrune

Le projet de loi sur l'eau a été adopté par les députés de Valbrune, a indiqué le président de l'assemblée.
Les travaux du barrage commenceront cet été, a annoncé la mairie de Valbrune.`,
      { slug: "valbrune-loi" },
    ),
  );
  const askLaw = (q: string): Reply => law.ask(q, emptyConversation()).reply;
  it("« a été adopté » dates nothing: the story gives no date for the vote", () => {
    for (const q of ["quand la loi a-t-elle été adoptée ?", "when was the bill adopted?"]) {
      const r = askLaw(q);
      expect(r.text, q).not.toMatch(/\bete\b|été\b.*\.$|summer/i);
    }
  });
  it("« cet été » is a season, said as the story writes it, and in English for an English reader", () => {
    expect(askLaw("quand commencent les travaux du barrage ?").text).toMatch(/cet été/);
    expect(askLaw("when will the dam works start?").text).toMatch(/this summer/);
  });
});

describe("a span counted from the dispatch's day (« le mois dernier », \"last year\")", () => {
  const plant = (text: string) => createEngine(ingest(text, { slug: "valcor-usine" }));
  const BODY = "Le constructeur Valcor a fermé son usine de Brenne le mois dernier, a indiqué la direction.";
  it("is given with the dispatch's date when the story has one", () => {
    const r = plant(`VALBRUNE, 12 mars 2025 (AFP) - ${BODY}`).ask("quand l'usine de Brenne a-t-elle fermé ?", emptyConversation()).reply;
    expect(r.answered).toBe(true);
    expect(r.text).toMatch(/le mois dernier/);
    expect(r.text).toMatch(/12 mars 2025/);
  });
  it("is said as the story's words, with the caveat that no date anchors it, when the story gives none", () => {
    const story = plant(`Valcor ferme une usine\n\n${BODY}`);
    for (const q of ["quand l'usine de Brenne a-t-elle fermé ?", "when did Valcor close the Brenne plant?"]) {
      const r = story.ask(q, emptyConversation()).reply;
      expect(r.text, q).toMatch(/mois dernier|last month/);
      expect(r.text, q).toMatch(/pas de date|no date/);
    }
  });
});
