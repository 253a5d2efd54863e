import { describe, expect, it } from "vitest";
import { createEngine } from "../src/engine/engine.js";
import { emptyConversation } from "../src/engine/reply.js";
import { ingest } from "../src/story/ingest.js";
import { analyse } from "../src/engine/query.js";
import { buildIndex } from "../src/engine/index.js";
import { readIntent } from "../src/engine/intent.js";

/**
 * A speaker asked for by their role, not their name (« what did the health commissioner say »,
 * « qu'a dit le porte-parole de l'armée »): an English role puts its head noun last (« military
 * spokesperson ») or before its preposition (« ambassador to X »), and readers write it with
 * another word of the same meaning (« spokesman », « ex »). Invented dispatch.
 */
const EN = `Harbor city budget passes after long night

The council of Brellow approved a $3 billion budget early on Saturday, officials said.
County Health Commissioner Dr. Wenna Tolliver said the clinics plan "needs some changes, but we can make it work".
"This budget is a blueprint for the next decade," said Mayor Ansel Drury.
Brellow police spokesperson Rafe Kittering said patrols would double downtown.
Orla Brandt, a former ambassador to the Delmar Union, said the mayor's remarks were "careless".
Drury later said he would meet the unions on Monday.`;

const engine = createEngine(ingest(EN, { slug: "brellow-budget" }));
const ask = (q: string) => engine.ask(q, emptyConversation()).reply;

describe("a speaker asked for by an English role", () => {
  it.each([
    ["what did the health commissioner say?", "make it work"],
    ["qu'a déclaré la commissaire à la santé ?", "make it work"],
    ["what did the police spokesman say", "patrols"],
    ["qu'a dit le porte-parole de la police ?", "patrols"],
    ["what did the ex ambassador say", "careless"],
  ])("%s → %s", (q, word) => {
    const r = ask(q);
    expect(r.answered).toBe(true);
    expect(r.text).toContain(word);
  });
});

/**
 * « qui dirige X », « le patron de X »: the name the question gives with the office says whose
 * office it is; someone holding the same kind of title elsewhere (« chef de l'État ») is not the answer.
 */
const FR = `Le chef de l'État reçoit les syndicats

Le chef de l'État, Lucien Ferrand, a reçu mardi Odile Marchal, la secrétaire générale de Unitrav.
Il recevra aussi Gaspard Veil, le nouveau président de Fédina, et Inès Coutard, désignée à la tête de Solidaria le 2 juin.
« Nous voulons être entendus », a déclaré Mme Marchal à la sortie.`;

const fr = createEngine(ingest(FR, { slug: "syndicats" }));

describe("the holder of an office of a named body", () => {
  it.each([
    ["merci, et qui dirige Solidaria déjà ?", "Coutard"],
    ["c qui le nouveau patron de Fédina ?", "Veil"],
    ["qui est le chef de l'État ?", "Ferrand"],
  ])("%s → %s", (q, name) => {
    const r = fr.ask(q, emptyConversation()).reply;
    expect(r.answered).toBe(true);
    expect(r.text).toContain(name);
    if (name !== "Ferrand") expect(r.text).not.toContain("Ferrand");
  });
});

/**
 * « what did X say about Y » where X's reported words open on Y, then an apposition (« Cette
 * rencontre, la deuxième entre les deux maires, visait à … »): what is said of Y is the predicate,
 * not the apposition.
 */
const FR2 = `Les maires de Dunvel et Carrois se sont rencontrés

Les maires de Dunvel et de Carrois se sont rencontrés lundi sur le port, a annoncé la mairie.
Cette rencontre, la deuxième entre les deux élus depuis l'automne, visait notamment à apaiser les tensions autour des quais de pêche et des droits d'amarrage, a précisé la porte-parole de la mairie, Léa Vannier, dans un communiqué.
Les deux élus se reverront en juin, a-t-elle ajouté.`;

describe("what someone said about a subject their words open on", () => {
  it("the apposition after the subject is set aside", () => {
    const r = createEngine(ingest(FR2, { slug: "maires" })).ask("what did Vannier say about the meeting?", emptyConversation()).reply;
    expect(r.answered).toBe(true);
    expect(r.text).toContain("apaiser");
  });
});

/**
 * What someone does for a living (« what does she teach », « where does she work », « c'est quoi son
 * métier ? »): the role, the appositions after the name (which may name the place where the settled
 * role stops short of it) and the descriptions before it.
 */
const JOBS_EN = `Teachers walk out in Dunmore

Hundreds of teachers in Dunmore walked out on Monday over pay, the union said.
Marta Quell (1), history teacher and union delegate at the Corran High School in Dunmore, said staff had "run out of patience".
Quell added that the strike would go on until Friday.`;

const JOBS_FR = `Départ au ministère de la Santé

Le ministre de la Santé, Jan Horak, a quitté ses fonctions jeudi, à sa demande.
Connu pour ses travaux sur la grippe, l'épidémiologiste Jan Horak était entré au gouvernement en mars.
« Je n'ai rien à me reprocher », a déclaré M. Horak.`;

function talk(text: string, slug: string, questions: string[]) {
  const engine = createEngine(ingest(text, { slug }));
  let state = emptyConversation();
  return questions.map((q) => {
    const r = engine.ask(q, state);
    state = r.state;
    return r.reply;
  });
}

describe("what someone does for a living", () => {
  it("« what does she teach at the school? » after « who is X » gives the role", () => {
    const [, r] = talk(JOBS_EN, "dunmore", ["who is Marta Quell?", "what does she teach at the school?"]);
    expect(r!.answered).toBe(true);
    expect(r!.text).toContain("history");
  });
  it("« where does she work » reads the apposition that names the place", () => {
    const [, r] = talk(JOBS_EN, "dunmore", ["who is Marta Quell?", "where does she work"]);
    expect(r!.answered).toBe(true);
    expect(r!.text).toContain("Corran");
  });
  it("« c'est quoi son métier ? » gives the description before the name too", () => {
    const [, r] = talk(JOBS_FR, "horak", ["qui est Horak ?", "c'est quoi son métier à la base ?"]);
    expect(r!.answered).toBe(true);
    expect(r!.text).toContain("épidémiologiste");
  });
});

/** « who said that? » after a figure of words in quotation marks: the person the frame after them names. */
const FRAMED = `Le foie, organe méconnu

Le foie assure plus de 500 fonctions dans l'organisme.
«80 % du cholestérol est fabriqué par le foie», rappelle ainsi Paul Vernier, pharmacien.
«Il faut le ménager», résume quant à elle Léa Ormand (1), hépatologue à l'hôpital de Brévin.`;

describe("the source of a figure in quotation marks", () => {
  it("« who said that? » names the person the frame gives the words to", () => {
    const [first, r] = talk(FRAMED, "foie", ["Quelle part du cholestérol est fabriquée par le foie ?", "who said that?"]);
    expect(first!.text).toContain("80");
    expect(r!.answered).toBe(true);
    expect(r!.text).toContain("Vernier");
  });
});

/**
 * « what does X think of Y » where X's quotes hold only Y's common words (« plan ») and the story
 * tells X's position on Y in a sentence going on about X (« But she has not budged in her resistance
 * to Y »): that sentence answers, not X's words on something else.
 */
const STANCE = `Tolby mayor race tightens

Mara Lind, a former harbour pilot, leads the race for mayor of Tolby, a poll showed on Sunday.
"Our plan is to fix the roads first," Lind told supporters at a rally.
Lind faced questions from fishermen at a second rally in the old town.
But she has not budged in her resistance to the port expansion plan, which would add 300 berths.
Her rival, Tom Greer, said the port would bring 2,000 jobs.`;

describe("someone's position on a subject their quotes do not hold", () => {
  it("the sentence going on about them answers", () => {
    const r = createEngine(ingest(STANCE, { slug: "tolby" })).ask("what does Lind think of the port expansion plan?", emptyConversation()).reply;
    expect(r.answered).toBe(true);
    expect(r.text).toMatch(/opposition|300/);
    expect(r.text).not.toContain("roads");
  });
});

/** « qui est le chef d'état-major letton ? »: the head of another country's body, in the same sentence as the counterpart, is not the one asked. */
const HEADS = `Appel entre chefs d'état-major

Le chef d'état-major estonien, le général Tarmo Kask, a téléphoné mardi à son homologue letton, le général Janis Berzins.
« Aujourd'hui, le général Janis Berzins, chef d'état-major des forces armées de la Lettonie, a eu une conversation avec le général Tarmo Kask », a indiqué le ministère letton de la Défense.`;

describe("the head of a body of the nationality asked", () => {
  it.each([
    ["qui est le chef d'état-major letton ?", "Berzins", "Kask"],
    ["who is the chief of staff of latvia", "Berzins", "Kask"],
  ])("%s → %s", (q, yes, no) => {
    const r = createEngine(ingest(HEADS, { slug: "chefs" })).ask(q, emptyConversation()).reply;
    expect(r.answered).toBe(true);
    expect(r.text).toContain(yes);
    expect(r.text).not.toContain(no);
  });
});

/** « what did they talk about? »: what the story says was discussed, not the sentence that names the call. */
const TALK = `Appel entre deux ministres

Le ministre danois de la Pêche, Ole Brandt, a téléphoné lundi à son homologue norvégien, Per Lunde, a annoncé le ministère.
Cet appel, le premier depuis l'été, était attendu par les pêcheurs des deux pays.
« Au cours de l'entretien, les deux parties ont discuté des quotas de cabillaud en mer du Nord », précise le communiqué norvégien.
Les deux ministres ont convenu de garder les détails de leur entretien confidentiels, a ajouté le ministère.`;

describe("what a conversation was about", () => {
  it.each(["what did they talk about", "de quoi ont-ils parlé ?", "what did Brandt and Lunde discuss?"])("%s", (q) => {
    const r = createEngine(ingest(TALK, { slug: "peche" })).ask(q, emptyConversation()).reply;
    expect(r.answered).toBe(true);
    expect(r.text).toContain("cabillaud");
  });
  it("« qu'est-ce qu'ils se sont dit ? »: the details the story says were kept private too", () => {
    const r = createEngine(ingest(TALK, { slug: "peche" })).ask("qu'est-ce qu'ils se sont dit ?", emptyConversation()).reply;
    expect(r.text).toContain("confidentiels");
  });
});


/**
 * « who's likely to win », « who is she succeeding »: an act is asked, not who someone is; « et sa
 * sœur était présente ? »: a question with no word asking for a person is not a guess of « who said ».
 */
describe("who-questions that ask an act, and questions that ask no person", () => {
  const index = buildIndex(ingest(STANCE, { slug: "tolby" }));
  it.each(["who's likely to win the race?", "who is expected to win?", "who is she succeeding", "who were they chasing"])("%s is not « who is »", (q) => {
    expect(readIntent(analyse(q, index), true).intent).not.toBe("who_is");
  });
  it("« who is she challenging » after a question about her asks whom she acts on, not who she is again", () => {
    const [, r] = talk(STANCE, "tolby", ["who is Mara Lind?", "who is she challenging?"]);
    expect(r!.intent).not.toBe("who_is");
    expect(r!.text).not.toContain("harbour pilot");
  });
  it.each(["who is Mara Lind?", "who's the mayor?"])("%s is « who is »", (q) => {
    expect(readIntent(analyse(q, index), true).intent).toBe("who_is");
  });
  it("a classifier's guess of a person, with no word asking for one, is not acted on", () => {
    const r = readIntent(analyse("et sa sœur était présente ?", index), false);
    expect(r.source === "rule" || r.confidence === 0 || !["who_said", "who_is", "people"].includes(r.intent)).toBe(true);
  });
});

/** « qu'est-ce qu'il appelle X ? »: what someone labels X, from the sentence where they describe it, never a telephone call. */
const LABEL = `Le chef de l'armée durcit le ton

Le chef de l'armée de Valdor, le général Ivo Marek, a lancé mardi une opération contre la « piraterie de l'ombre ».
Il a qualifié les activités de groupes hostiles de « piraterie de l'ombre » destinée à diviser le pays en faisant circuler « rumeurs et fausses lettres ».`;

describe("what someone calls a thing", () => {
  it("« qu'est-ce qu'il appelle la piraterie de l'ombre ? » gives the words of their description", () => {
    const [, r] = talk(LABEL, "marek", ["qui est Ivo Marek ?", "qu'est-ce qu'il appelle la piraterie de l'ombre ?"]);
    expect(r!.intent).not.toBe("call");
    expect(r!.text).toContain("rumeurs");
  });
});
