import { describe, expect, it } from "vitest";
import { createEngine } from "../src/engine/engine.js";
import { saidRightAfter, speechAsk } from "../src/engine/answers/speech.js";
import { followUp } from "../src/engine/chat.js";
import { emptyConversation, type ConversationState, type Reply } from "../src/engine/reply.js";
import { ingest } from "../src/story/ingest.js";
import { fold } from "../src/story/text.js";

/**
 * Questions about people as readers type them, end to end through the real ingest, on an invented
 * dispatch (every name, number and sentence made up): factual questions about someone go to the
 * sentences about them, not to « X is not quoted »; a question about someone's words gets them.
 */
const EN = `Marlow port strike ends after dockers win pay deal

Dockers at the port of Marlow returned to work on Tuesday after a nine-day strike, the harbour authority said.
Union leader Nadia Ferreira, who spent two years in prison in the 1990s for organising an illegal walkout, told Radio Marlow that the deal was "a victory for every worker on the quay".
The port's chief executive, Tom Aldridge, said the company had agreed to a 6% raise because ships were queuing offshore.
"We could not afford another week," Aldridge said in a statement.
Transport minister Paul Greaves had urged both sides to settle.
About 1,800 dockers took part in the strike, and 40 ships were held at anchor.
Greaves speaks fluent Portuguese and once worked at the port himself.
The mayor of Marlow, Colonel Ines Baptiste, thanked the police.`;

const engine = createEngine(ingest(EN, { slug: "marlow-strike" }));
const ask = (q: string, state: ConversationState = emptyConversation()): Reply => engine.ask(q, state).reply;
const plain = (s: string) => fold(s).replace(/\s+/g, " ");
function conversation(questions: string[]): Reply[] {
  let state = emptyConversation();
  return questions.map((q) => {
    const r = engine.ask(q, state);
    state = r.state;
    return r.reply;
  });
}

describe("what a question about someone asks of their speech", () => {
  it.each([
    ["what did Ferreira say", "words"],
    ["Qu'a déclaré le ministre ?", "words"],
    ["what did she call the deal", "words"],
    ["pourquoi c'est une victoire selon elle ?", "words"],
    ["where did Ferreira say it", "circumstance"],
    ["il a dit ça sur quelle chaîne ?", "circumstance"],
    ["why was Ferreira in prison", null],
    ["does Greaves speak Portuguese", null],
    ["Ferreira était plus modérée ?", null],
    ["Ferreira a-t-elle parlé avec Aldridge ?", null],
    ["did Ferreira talk with Aldridge?", null],
    ["what did Ferreira say to Aldridge?", "words"],
  ] as const)("%s → %s", (q, kind) => {
    expect(speechAsk(fold(q))).toBe(kind);
  });
});

describe("factual questions about someone are not speech questions", () => {
  it("« why was X in prison » is answered from the sentence about X, never « not quoted »", () => {
    const r = ask("why was ferreira in prison");
    expect(r.answered).toBe(true);
    expect(plain(r.text)).not.toContain("not quoted");
    expect(r.citations.some((c) => c.text.includes("in prison"))).toBe(true);
  });
  it("« does X speak … » is a fact about X", () => {
    const r = ask("does greaves speak portuguese");
    expect(r.answered).toBe(true);
    expect(plain(r.text)).not.toContain("not quoted");
    expect(plain(r.text)).toContain("portuguese");
  });
  it("a fact the story does not give about someone is declined, not answered with their quotes", () => {
    const r = ask("did aldridge get a fine?");
    expect(r.answered).toBe(false);
    expect(r.quotes).toEqual([]);
  });
});

describe("someone named but never quoted", () => {
  it("« what did X say » says plainly that X is not quoted, with what is reported", () => {
    const r = ask("What did Baptiste say?");
    expect(r.answered).toBe(true);
    expect(plain(r.text)).toMatch(/not quoted|reported/);
  });
  it("« what did X say about Y » is declined when X has no words on anything", () => {
    const r = ask("What did Baptiste say about the raise?");
    expect(r.answered).toBe(false);
  });
});

describe("a question about someone's words on a subject none of their words speak of", () => {
  const STORY = `Floods close the Arlen valley road

Heavy rain closed the Arlen valley road on Sunday, the county said.
"We have never seen water this high," county engineer Mara Quint said.
Quint said repairs would start once the river falls.
The county has not asked the army for help, although Quint's office drew up a plan for it last year.
Farmer Olek Brandt, whose barn was flooded, was evacuated by boat.`;
  const en = createEngine(ingest(STORY, { slug: "arlen-floods" }));
  const q = (text: string) => en.ask(text, emptyConversation()).reply;
  it("gets the sentence about them that speaks of the subject, not their words on another one", () => {
    const r = q("what did Quint say about the army?");
    expect(r.answered).toBe(true);
    expect(r.citations.some((c) => c.text.includes("army"))).toBe(true);
    expect(r.text).not.toContain("never seen water");
  });
  it("French « comment » (how) does not ask for someone's words: never « n'est pas cité »", () => {
    expect(speechAsk(fold("comment Brandt est parti ?"))).toBe(null);
    expect(plain(q("comment Brandt est parti ?").text)).not.toContain("pas cite");
    expect(speechAsk(fold("did Brandt comment on the rescue?"))).toBe("words");
    expect(speechAsk(fold("any comment from Brandt?"))).toBe("words");
  });
  it("their words still answer when one of them speaks of the subject", () => {
    const r = q("what did Quint say about the water?");
    expect(r.text).toContain("never seen water");
  });
});

describe("roles", () => {
  it.each(["what rank is Baptiste?", "c'est le maire de quoi Baptiste déjà ?"])("%s reads as a role question", (q) => {
    expect(ask(q).intent).toBe("who_is");
  });
  it("« quoi de neuf à X » is the story in short", () => {
    expect(ask("quoi de neuf à marlow ?").intent).toBe("summary");
  });
});

describe("who speaks in a question about words", () => {
  it("the speaker stands before the verb; someone named after « about » is the subject", () => {
    const r = ask("what did aldridge say about ferreira");
    expect(r.intent).toBe("said");
    expect(r.quotes.every((q) => q.speaker === "Tom Aldridge")).toBe(true);
  });
  it("a pronoun before the verb is the person in focus, whoever is named after it", () => {
    const [, r] = conversation(["who is Nadia Ferreira?", "qu'est-ce qu'elle a dit à Aldridge ?"]);
    expect(r!.quotes.length).toBeGreaterThan(0);
    expect(r!.quotes.every((q) => q.speaker === "Nadia Ferreira")).toBe(true);
  });
  it("someone the story never mentions is not replaced by the person they speak of", () => {
    const r = ask("did smith comment on aldridge?");
    expect(r.answered).toBe(false);
    expect(r.quotes).toEqual([]);
    expect(r.text).toContain("smith");
  });
  it("« selon X » makes X the speaker, wherever it stands", () => {
    const r = ask("pourquoi la hausse selon Aldridge ?");
    expect(r.answered).toBe(true);
    expect(plain(r.text)).toContain("ships were queuing");
  });
});

describe("where and to whom words were said", () => {
  it("gives the outlet from the sentence of the quote", () => {
    const r = ask("where did ferreira say it");
    expect(r.answered).toBe(true);
    expect(r.text).toContain("Radio Marlow");
    expect(r.text).not.toContain("victory");
  });
  it("gives the occasion in French too", () => {
    const r = ask("aldridge a dit ça où ?");
    expect(r.text).toContain("in a statement");
  });
});

describe("follow-ups about people", () => {
  it("« et X ? » after a question about Y is about X", () => {
    const [, r] = conversation(["who is Tom Aldridge?", "et Ferreira ?"]);
    expect(r!.text).toContain("Ferreira");
    expect(r!.text).not.toContain("chief executive");
  });
  it("« and did he accept? » is a question of its own, not glued to the last one", () => {
    const [, r] = conversation(["who is Tom Aldridge?", "and did he agree to a raise?"]);
    expect(r!.intent).not.toBe("who_is");
    expect(plain(r!.text)).toContain("6%");
  });
});

describe("whose office a possessive role is", () => {
  const FR = `Le port de Valcourt bloqué par une grève

La direction du port a dénoncé un blocage « illégal ». Son porte-parole, Lucien Marchetti, a estimé que les pertes se comptaient en millions.
La Belgique, qui expédie la moitié de son acier par Valcourt, a demandé une médiation par la voix de son ambassadrice, Greta Vandamme.`;
  const fr = createEngine(ingest(FR, { slug: "valcourt-greve" }));
  it("« Son porte-parole, X » after a sentence where an institution speaks is that institution's", () => {
    const r = fr.ask("Qui est Lucien Marchetti ?", emptyConversation()).reply;
    expect(r.text).toContain("porte-parole");
    expect(r.text).toContain("direction du port");
  });
  it("« La Belgique … par la voix de son ambassadrice, X »: the sentence's subject", () => {
    const r = fr.ask("Qui est Greta Vandamme ?", emptyConversation()).reply;
    expect(r.text).toContain("Belgique");
  });
});

describe("who holds a role the story gives in an apposition before the name", () => {
  const FR = `Trêve fragile dans la vallée

Le commandant de la mission, le général portugais Rui Almendra, s'est montré prudent.
« Rien n'est réglé », a-t-il dit.`;
  const fr = createEngine(ingest(FR, { slug: "vallee-treve" }));
  it("« qui est le commandant de … » finds the person the apposition names", () => {
    const r = fr.ask("Qui est le commandant de la mission ?", emptyConversation()).reply;
    expect(r.answered).toBe(true);
    expect(r.text).toContain("Rui Almendra");
    expect(r.text).toContain("ommandant");
  });
});

describe("words reported under a description", () => {
  const FR = `Manœuvres dans le Grand Nord

Le général Ivar Lunde, 55 ans, chef des opérations, insiste sur le froid.
« Le froid est notre premier ennemi », a-t-il dit.
Le général a indiqué que les voisins avaient été prévenus de l'exercice, et que des observateurs étrangers y assisteraient.`;
  const fr = createEngine(ingest(FR, { slug: "grand-nord" }));
  it("« Le général a indiqué que … » is the named general's, and its two statements are shown as two", () => {
    const r = fr.ask("What did General Lunde say about the neighbours?", emptyConversation()).reply;
    expect(r.answered).toBe(true);
    expect(r.text).toContain("prévenus");
    // two statements, each said to be reported, never put in « » as if they were the general's words
    expect(r.text).toMatch(/l'exercice; des observateurs/);
    expect(r.text).toMatch(/\(reported\)|not a direct quote/);
    expect(r.text).not.toMatch(/« (?:les voisins|des observateurs)/);
  });
});

describe("no one else's words, no description for a name", () => {
  it("« what did X say » of someone the story never mentions is declined, not answered with another speaker", () => {
    const r = ask("what did Lisbon's prime minister say");
    expect(r.answered).toBe(false);
    expect(r.quotes).toEqual([]);
    const r2 = ask("what did belgium say about the strike");
    expect(r2.answered).toBe(false);
  });
  it("a title written into a name (« Transport minister X ») does not make X every minister", () => {
    const r = ask("what did the prime minister say");
    expect(r.quotes.every((q) => q.speaker !== "Paul Greaves")).toBe(true);
  });
  it("an anonymous source has no name to give", () => {
    const FR = `Grève des dockers

Les navires quitteront le bassin dès lundi, selon une source gouvernementale.`;
    const fr = createEngine(ingest(FR, { slug: "dockers" }));
    const r = fr.ask("what's the name of that government source?", emptyConversation()).reply;
    expect(r.answered).toBe(false);
  });
});

describe("counts asked with where and when, heads of things", () => {
  const FR = `Exercice au nord

Mercredi, environ 700 parachutistes ont été largués près de Skarvik, à 200 km de la frontière.
Le colonel Arne Vik, chef des opérations aériennes, a salué « une réussite ».`;
  const fr = createEngine(ingest(FR, { slug: "nord-exercice" }));
  it("« combien …, où et quand ? » gives the figure with the day and the place of its sentence", () => {
    const r = fr.ask("Combien de parachutistes ont été largués, où et quand ?", emptyConversation()).reply;
    expect(r.text).toContain("700");
    expect(r.text).toContain("Mercredi");
    expect(r.text).not.toMatch(/\bete\b/);
  });
  it("« qui dirige X » finds the person whose role is heading X", () => {
    const r = fr.ask("Qui dirige les opérations aériennes ?", emptyConversation()).reply;
    expect(r.text).toContain("Arne Vik");
  });
});

describe("roles from the clause around the name", () => {
  const EN = `Harbour dispute goes to court

The Harbour Authority said it would appeal the ruling.
The case was a test for the Harbour Authority’s new rules under Chairperson Ida Moss, who was appointed by President Tom Hale in 2020.
The Norvex Group said its attention now moves to Asia. “We will adapt to the new rules,” President Lou Ferris said in a statement.
The running mate of Ann Bell, Piet Vogel, was not at the press conference.`;
  const en = createEngine(ingest(EN, { slug: "harbour-court" }));
  const q = (text: string) => en.ask(text, emptyConversation()).reply.text;
  it("a bare title is the institution's whose possessive opens its clause", () => {
    expect(q("who is Ida Moss")).toContain("Harbour Authority");
  });
  it("a bare title after a quote is the institution's that opened the sentence before", () => {
    expect(q("who is Lou Ferris")).toContain("Norvex Group");
  });
  it("a title in another clause stays bare (no institution is given a head of state)", () => {
    expect(q("who is Tom Hale")).not.toContain("Harbour");
  });
  it("a determined noun phrase set off by commas around the name is its role, whatever the noun", () => {
    expect(q("who is Piet Vogel")).toContain("running mate of Ann Bell");
  });
  const FR = `Grève au port de Valmer

Le ministre a reçu Patrick Marin, le président de la Fédération des dockers, et Anne Roy, désignée à la tête de la Ligue des pêcheurs le 3 mai.
Le colistier de Marc Duval, Léo Brun, a tenu à saluer les grévistes lors d'un meeting à Valmer.`;
  const fr = createEngine(ingest(FR, { slug: "valmer-greve" }));
  const f = (text: string) => fr.ask(text, emptyConversation()).reply.text;
  it("an appointment in an apposition says the role, without its date", () => {
    const r = f("qui est Anne Roy ?");
    expect(r).toContain("à la tête de la Ligue des pêcheurs");
    expect(r).not.toContain("3 mai");
  });
  it("« Le colistier de X, NAME, » gives the role in French too", () => {
    expect(f("qui est Léo Brun ?")).toContain("colistier de Marc Duval");
  });
});

describe("who called whom", () => {
  const FR = `Appel entre ministres

La ministre de la Mer, Lise Caradec, a appelé dans la matinée son homologue espagnol.
Les deux ministres ont évoqué la pêche au thon.
La Norvège occupait en 2020 le troisième rang des exportateurs.`;
  const fr = createEngine(ingest(FR, { slug: "appel-mer" }));
  const q = (text: string) => fr.ask(text, emptyConversation()).reply;
  it("« X a appelé qui ? » gives the one called, in the story's words, without the time phrase before it", () => {
    const r = q("Caradec a appelé qui ?");
    expect(r.text).toContain("« son homologue espagnol »");
    expect(r.text).not.toContain("« dans la matinée");
  });
  it("an English reader gets a gloss of the story's words", () => {
    expect(q("who did Caradec call?").text).toMatch(/Spanish counterpart/);
  });
  it("French « rang » is a rank, not a call", () => {
    expect(q("Quel rang occupait la Norvège en 2020 ?").intent).not.toBe("call");
  });
  const EN = `Game deal cleared

The court cleared the purchase of the studio behind Call of Honour.
"It all comes down to Call of Honour," the judge, Mira Stone, said.`;
  const en = createEngine(ingest(EN, { slug: "game-deal" }));
  it("a call word the story writes only inside a name asks about no call", () => {
    const r = en.ask("what did stone say about call of honour", emptyConversation()).reply;
    expect(r.intent).toBe("said");
    expect(r.text).toContain("comes down");
    expect(en.ask("who called whom?", emptyConversation()).reply.answered).toBe(false);
  });
});

describe("pronouns and speakers in follow-ups", () => {
  const EN = `Dam plan divides the valley

Engineer Hanna Lind said the dam would hold "for a century at least". She added that the valley had nothing to fear.
Mayor Oscar Fenn is expected to decide next week.`;
  const en = createEngine(ingest(EN, { slug: "dam-plan" }));
  function talk(questions: string[]): Reply[] {
    let state = emptyConversation();
    return questions.map((q) => {
      const r = en.ask(q, state);
      state = r.state;
      return r.reply;
    });
  }
  it("« and what did she say? » after a question about an unquoted man goes to the woman the story quotes", () => {
    const [, r] = talk(["who is Oscar Fenn?", "and what did she say?"]);
    expect(r!.text).toContain("century");
    expect(r!.text).not.toMatch(/Fenn is not quoted/);
  });
  it("with no focus at all, « she » is the woman the story quotes, not the man named after the verb", () => {
    const [r] = talk(["what did she tell Fenn?"]);
    expect(r!.text).toContain("Hanna Lind");
  });
  it("« “…,” President X said »: the words closing right before a name and its verb are that person's", () => {
    const text = "Acme said that its attention now moves to the north. “We will build,” President Lou Arno said.";
    expect(saidRightAfter(text, "We will build", ["Lou Arno"])).toBe(true);
    expect(saidRightAfter(text, "We will build", ["Acme"])).toBe(false);
  });
  it("« et X il a … ? » is a question of its own, not glued to the last one", () => {
    expect(followUp("et Dorn il a signé ?", "what did Hanna Lind say?")).toBeNull();
  });
});

describe("reported words on the subject asked, not the whole clause", () => {
  const EN = `Brenac port strike

Mayor Odile Ferrand said the town hall would pay for a regional mediation next week if the crane drivers and the port company had not agreed on night shifts by Friday.
She also said the dockers were "right to fight".`;
  const en = createEngine(ingest(EN, { slug: "brenac" }));
  it("shows the few words around the subject, the whole clause staying in the citation", () => {
    const r = en.ask("What did Ferrand say about the night shifts?", emptyConversation()).reply;
    expect(r.text).toContain("night shifts");
    expect(r.text).not.toContain("regional mediation");
    expect(r.citations.some((c) => c.text.includes("regional mediation"))).toBe(true);
  });
  it("a role word written into the name is said once (« Mayor X », not « X (Mayor) (Mayor) »)", () => {
    const r = en.ask("What did Ferrand say about the night shifts?", emptyConversation()).reply;
    expect(r.text).not.toMatch(/\(Mayor\) \(Mayor\)/);
  });
});

describe("who said words, in the answer's own words", () => {
  const EN = `Strike talks

"The quay will stay shut until Friday," said Nadia Kell, an adviser to the harbour board of the northern district council.`;
  const en = createEngine(ingest(EN, { slug: "quay" }));
  it("names the speaker first and gives the role after what the answer says, not as the story's apposition", () => {
    const r = en.ask("who said the quay will stay shut?", emptyConversation()).reply;
    expect(r.text).toMatch(/^Nadia Kell said it \(/);
  });
});


describe("an English story's titles in a French answer", () => {
  const EN = `Port deal signed

President Ana Vela signed the port deal on Monday. She said it would bring jobs.
Mayor Tom Reyes welcomed the deal.`;
  const en = createEngine(ingest(EN, { slug: "port-deal" }));
  const q = (text: string) => en.ask(text, emptyConversation()).reply.text;
  it("gives a one-word title in French, in the feminine for a woman", () => {
    expect(q("qui est Ana Vela ?")).toContain("présidente");
    expect(q("qui est Tom Reyes ?")).toContain("maire");
  });
  it("keeps the title in English for an English answer", () => {
    expect(q("who is Tom Reyes?")).toContain("Mayor");
  });
});

/**
 * A question routed to who someone is that asks of a thing (« quel est le rôle de la taxe ? », "what
 * position did the council take?") is not declined « does not name that person »: no person was asked.
 */
describe("who-is declines only a person asked", () => {
  const story = `Nouvelle taxe sur les locations à Varnes

Le conseil municipal de Varnes a voté lundi une taxe sur les locations saisonnières.
Les propriétaires devront verser une caution de 300 euros, a précisé le maire, Hugo Brel.`;
  const eng = createEngine(ingest(story, { slug: "varnes-taxe" }));
  const text = (q: string) => eng.ask(q, emptyConversation()).reply.text;
  it("a thing asked: a plain decline, not a missing person", () => {
    expect(text("quel est le rôle de la taxe ?")).not.toMatch(/nomme pas cette personne/);
    expect(text("what position did the council take on parking?")).not.toMatch(/name that person/);
  });
  it("a person asked that the story does not name: still « does not name that person »", () => {
    expect(text("who is the treasurer?")).toMatch(/does not name that person/);
    expect(text("qui est le trésorier ?")).toMatch(/nomme pas cette personne/);
  });
});
