import { describe, expect, it } from "vitest";
import { createEngine } from "../src/engine/engine.js";
import { emptyConversation, type ConversationState, type Reply } from "../src/engine/reply.js";
import { ingest } from "../src/story/ingest.js";

/**
 * « où a-t-il dit ça ? », "where did she make her comments?": the setting of a telling
 * (answers/telling-place.ts), and « c'était quel jour ? » of the last answer's sentence (anchor.ts).
 * Invented dispatches: every name, place and sentence made up.
 */

function engineFor(text: string, slug: string) {
  return createEngine(ingest(text, { slug }));
}

/** Asks in one conversation, in turn; the replies in order. */
function chat(engine: ReturnType<typeof engineFor>, ...qs: string[]): Reply[] {
  let state: ConversationState = emptyConversation();
  const out: Reply[] = [];
  for (const q of qs) {
    const r = engine.ask(q, state);
    out.push(r.reply);
    state = r.state;
  }
  return out;
}

const FR = `Le plan de digues contesté

Le ministre de l'Environnement, Paul Varenne, a défendu lundi le plan de digues sur le littoral de Kerlune.

"Nous ne reculerons pas, les digues seront construites à Morlan avant l'hiver", a-t-il dit sur Radio Brel.

Les associations de riverains ont dénoncé un projet "décidé sans concertation".`;

const EN = `Guild warns on tariffs

Traders in the northern ports fear new tariffs on salt and timber.

At a packed public meeting in Lorvik on Friday, Mara Quill, who runs the Delta Guild, called the timber levy ruinous for small exporters.

"If the levy passes, half of our members will close within a year," Quill said then.

Officials at the finance ministry did not comment.`;

const APPOSITION = `Visite sous tension

La ministre des Affaires étrangères, Lise Armand, a condamné les tirs à la frontière.

« Nous ne signerons rien sous la menace », a lancé Lise Armand, au cours d'un point presse dans la ville frontalière, Valmora.

Elle doit rencontrer mardi son homologue.`;

describe("where words were said: the setting of the telling", () => {
  it("« sur » and an outlet's name after the reporting verb, asked in either language", () => {
    const e = engineFor(FR, "digues");
    const [, where] = chat(e, "qui est Paul Varenne ?", "où a-t-il dit ça ?");
    expect(where!.answered).toBe(true);
    expect(where!.text).toMatch(/Radio Brel/);
    const [en] = chat(e, "where did Varenne say that?");
    expect(en!.text).toMatch(/Radio Brel/);
    expect(en!.text).not.toMatch(/Kerlune|Morlan/);
  });

  it("the sentence that introduces the speaker sets the quote that says only « said then »", () => {
    const e = engineFor(EN, "guild");
    const [, where] = chat(e, "what was Mara Quill worried about?", "où a-t-elle dit ça ?");
    expect(where!.text).toMatch(/public meeting in Lorvik/);
    // the setting ends at its clause: the speaker named after it is not part of it
    expect(where!.text).not.toMatch(/Quill|Delta/);
    const [comments] = chat(e, "Where did Quill make her comments?");
    expect(comments!.text).toMatch(/Lorvik/);
  });

  it("a place noun ending the setting takes the name set after it, a person's name never", () => {
    const e = engineFor(APPOSITION, "visite");
    const [where] = chat(e, "where was Armand speaking from?");
    expect(where!.text).toMatch(/point presse/);
    expect(where!.text).toMatch(/Valmora/);
  });

  it("what the words say of a place is no setting: « where did X say the dikes will go » is read as any question", () => {
    const e = engineFor(FR, "digues-2");
    const [r] = chat(e, "where did Varenne say the dikes would be built?");
    expect(r!.text).toMatch(/Morlan/);
    expect(r!.text).not.toMatch(/sur Radio Brel/);
  });
});

describe("« c'était quel jour ? » of the last answer", () => {
  it("the date of the one sentence the last answer cited, not a date of a sentence that shares the question's word", () => {
    const e = engineFor(
      `Pont rouvert

Le pont de Kerlune, fermé après une crue, reste un sujet sensible pour les riverains.

Le maire, Hugo Tessier, s'est engagé samedi 4 juin devant le conseil municipal à le rouvrir dès la rentrée.

Le chantier, lancé en 2021, a pris 90 jours de retard.`,
      "pont",
    );
    const [who, day] = chat(e, "qui est Hugo Tessier ?", "c'était quel jour ?");
    expect(who!.text).toMatch(/maire/);
    expect(day!.text).toMatch(/samedi 4 juin/);
    expect(day!.text).not.toMatch(/2021/);
  });
});

describe("a day after « on » dates a telling, it names no outlet", () => {
  it("\"on Tuesday\" is not where she spoke", () => {
    const e = engineFor(
      `Ferry plan

Speaking to reporters in Lorvik on Tuesday, Edda Brask said the ferry plan would go ahead.

"We will not back down," she told a local radio later that day.`,
      "ferry",
    );
    const [r] = chat(e, "where did she say 'we will not back down'?");
    expect(r!.text).not.toMatch(/“on Tuesday”/);
  });
});
