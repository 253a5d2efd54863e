import { describe, expect, it } from "vitest";
import { createEngine } from "../src/engine/engine.js";
import { emptyConversation, type Reply } from "../src/engine/reply.js";
import { ingest } from "../src/story/ingest.js";
import { roleIn } from "../src/engine/labels.js";

/**
 * Roles the story gives in forms a writer often leaves loose (answers/roles.ts), and roles in the
 * reader's language (labels.ts), on an invented dispatch (every name and sentence made up): an
 * apposition with no closing comma ends at its clause's verb; an English story's long role is
 * said to a French reader by its head title in French with the story's own words beside it,
 * never translated word by word.
 */
const EN = `Missile test worries neighbours

Norland tested a new missile on Sunday, the defence ministry said.
Ivo Lindqvist, a rocket expert at the Karsholm Institute raised doubts about the test's success.
"It may have failed," Lindqvist said.`;

const engine = createEngine(ingest(EN, { slug: "norland-missile" }));
const ask = (q: string): Reply => engine.ask(q, emptyConversation()).reply;

describe("an apposition with no closing comma", () => {
  it("ends at the clause's verb: the role is read, not « without giving a role »", () => {
    const r = ask("Who is Lindqvist?");
    expect(r.text).toMatch(/rocket expert at the Karsholm Institute/);
    expect(r.text).not.toMatch(/raised|without giving a role/);
  });
});

describe("an English story's role for a French reader", () => {
  it("gives the head title in French and the story's words beside it", () => {
    const r = ask("c'est qui Lindqvist ?");
    expect(r.text).toMatch(/expert \(« (?:a )?rocket expert at the Karsholm Institute »\)/);
  });
  it("translates the head noun only, the name it is glued to kept as written", () => {
    expect(roleIn("Westmark President", "en", "fr")).toBe("président (« Westmark President »)");
    expect(roleIn("President", "en", "fr")).toBe("président");
  });
});

/**
 * An apposition whose noun no lexicon lists, tied to a complement (« caissière du magasin »), after an
 * age the writer sets off first (« X, 32 ans, … », "X, 54, …"): it says who the person is.
 */
const FR = `Vol dans une épicerie de Varnes

Une épicerie de Varnes a été cambriolée mardi soir, selon les gendarmes.
Lina Morvaux, 32 ans, caissière du magasin depuis 2019, a été légèrement blessée.
« J'ai eu très peur », a raconté Mme Morvaux.`;
const EN_AGE = `Flood hits village

Heavy rain flooded the village of Brindle on Sunday.
Colm Tarrow, 54, baker in the village square, said his oven was ruined.`;

describe("an unlisted noun and its complement after the name, an age stepped over", () => {
  const fr = createEngine(ingest(FR, { slug: "varnes-vol" }));
  const en = createEngine(ingest(EN_AGE, { slug: "brindle-flood" }));
  it("« c'est qui X ? » gives the apposition", () => {
    const r = fr.ask("c'est qui Lina Morvaux ?", emptyConversation()).reply;
    expect(r.text).toMatch(/caissière du magasin/);
    expect(r.text).not.toMatch(/sans préciser|depuis 2019/);
  });
  it("an English question keeps the French words verbatim, in quotation marks", () => {
    expect(fr.ask("who is Lina Morvaux?", emptyConversation()).reply.text).toMatch(/« caissière du magasin »/);
  });
  it("an English apposition after an age", () => {
    const r = en.ask("Who is Colm Tarrow?", emptyConversation()).reply;
    expect(r.text).toMatch(/baker in the village square/);
  });
});

/**
 * A description the next sentence refers back with (« X called the brigade. The 23-year-old had … »,
 * « X a été entendu. Le quinquagénaire nie … »): who X is, cited from that sentence; an English
 * description kept verbatim, in quotation marks, for a French reader.
 */
describe("a description a later sentence refers back with", () => {
  const EN_BACK = `Barn fire in Orlow

A barn burned down in Orlow on Monday, firefighters said.
A passer-by, Ada Quint, called the fire brigade at dawn.
The 23-year-old had smelled smoke from the road.`;
  const FR_BACK = `Incendie à Varnes

Un incendie a détruit une grange à Varnes lundi, selon les pompiers.
Marc Téllier a été entendu par les gendarmes mardi.
Le quinquagénaire nie toute implication.`;
  const en = createEngine(ingest(EN_BACK, { slug: "orlow-fire" }));
  const fr = createEngine(ingest(FR_BACK, { slug: "varnes-incendie" }));
  it("an English age description", () => {
    const r = en.ask("Who is Ada Quint?", emptyConversation()).reply;
    expect(r.text).toMatch(/23-year-old/);
    expect(r.text).not.toMatch(/without giving a role/);
  });
  it("kept verbatim in quotation marks for a French reader", () => {
    expect(en.ask("c'est qui Ada Quint ?", emptyConversation()).reply.text).toMatch(/« 23-year-old »/);
  });
  it("a French description", () => {
    const r = fr.ask("c'est qui Marc Téllier ?", emptyConversation()).reply;
    expect(r.text).toMatch(/quinquagénaire/);
    expect(r.text).not.toMatch(/sans préciser/);
  });
});

/**
 * Where someone works is the body or place their description names (« infirmière à l'hôpital Y »);
 * a role that names none (« surgeon ») does not say where, and is not given as if it did. A relative
 * clause on the person (« X, who teaches at Y, said ») says who they are.
 */
describe("where someone works, and a relative clause on them", () => {
  const EN_WORK = `Hospital staff protest cuts

Staff at two hospitals in Tarvin protested on Monday against budget cuts.
The protest was led by Mira Sandor, a nurse at St Aldric Hospital, and Owen Pirk, a surgeon.
Lena Harte, who teaches at Tarvin University, said students had joined the march.`;
  const FR_WORK = `Grève à Tarvin

Le personnel de deux hôpitaux de Tarvin a manifesté lundi.
Selon Mira Sandor, infirmière à l'hôpital Saint-Aldric, et Owen Pirk, chirurgien, les listes d'attente ont doublé.`;
  const en = createEngine(ingest(EN_WORK, { slug: "tarvin-protest" }));
  const fr = createEngine(ingest(FR_WORK, { slug: "tarvin-greve" }));
  const say = (eng: ReturnType<typeof createEngine>, q: string) => eng.ask(q, emptyConversation()).reply;
  it("a role naming no body: the story does not say where", () => {
    const r = say(en, "where does Owen Pirk work?");
    expect(r.text).toMatch(/does not say where/);
    expect(say(fr, "il travaille où Owen Pirk ?").text).toMatch(/ne dit pas où/);
  });
  it("a French description with « à » names the place", () => {
    const r = say(fr, "où travaille Mira Sandor ?");
    expect(r.text).toMatch(/infirmière à l'hôpital Saint-Aldric/);
    expect(r.text).not.toMatch(/ne dit pas/);
  });
  it("a relative clause after the name says who the person is", () => {
    expect(say(en, "who is Lena Harte?").text).toMatch(/teaches at Tarvin University/);
  });
});

/**
 * Descriptions written in shapes a plain apposition reader misses (answers/described.ts): a noun
 * phrase opening the sentence whose list of modifiers holds commas, the office held after the name,
 * a referring description after a phrase of circumstance, and the noun phrase the name completes
 * when the story gives no role. Each kept under a dozen copied words, never cut on a function word.
 */
describe("descriptions around a name in looser shapes", () => {
  const EN_LOOSE = `Harbour deal stalls

The director of the port authority’s cargo, fishing and leisure division, Peter Quill, resigned on Friday over the new berth fees.
Ferry fares doubled during Tom Brack’s years as transport minister.
Residents still speak of the disappearance of Mary Okoro, which the police never solved.
Nobody was ever charged.`;
  const FR_LOOSE = `Visite au port

Claire Vasseur a inauguré mardi la piscine de Varonne. Dans l'après-midi, la ministre des Sports a rencontré les clubs de natation.
Jean Roux, en tant que juge, avait promis des réponses.`;
  const en = createEngine(ingest(EN_LOOSE, { slug: "harbour-deal" }));
  const fr = createEngine(ingest(FR_LOOSE, { slug: "visite-port" }));
  const askEn = (q: string) => en.ask(q, emptyConversation()).reply;
  const askFr = (q: string) => fr.ask(q, emptyConversation()).reply;
  it("a determined phrase before the name runs over its list's commas, cut short with its noun kept", () => {
    const r = askEn("Who is Peter Quill?");
    expect(r.text).toMatch(/director of the port authority’s cargo … division/);
    expect(r.text).not.toMatch(/without giving a role/);
  });
  it("the office after « X's years as »", () => {
    expect(askEn("Who is Tom Brack?").text).toMatch(/Tom Brack: transport minister/);
  });
  it("the noun phrase the name completes when no role is given", () => {
    expect(askEn("Who was Mary Okoro?").text).toMatch(/“the disappearance of Mary Okoro”/);
  });
  it("a description after a phrase of circumstance opening the next sentence, with its complement", () => {
    expect(askFr("c'est qui Claire Vasseur ?").text).toMatch(/ministre des Sports/);
  });
  it("« en tant que » is not part of the office", () => {
    const r = askFr("qui est Jean Roux ?").text;
    expect(r).toMatch(/Jean Roux est juge/);
    expect(r).not.toMatch(/tant que/);
  });
});

/**
 * A person asked by the office they hold of someone the question names (answers/owned-role.ts):
 * "X's deputy", « le porte-parole de X » is whoever the story gives that office of X — never X — and
 * a decline when the story names no one in it.
 */
describe("an office asked of someone the question names", () => {
  const EN_OWNED = `Town hall delays budget vote

Mayor Rita Calloway postponed the budget vote on Tuesday.
"The figures are not ready," said Owen Fisk, a spokesman for the mayor.
Calloway will meet council members next week. Her deputy, Dan Ruiz, backed the delay.`;
  const en = createEngine(ingest(EN_OWNED, { slug: "budget-vote" }));
  const askEn = (q: string) => en.ask(q, emptyConversation()).reply;
  it("X's deputy is the one the story calls her deputy", () => {
    const r = askEn("Who is Calloway's deputy?");
    expect(r.text).toMatch(/Dan Ruiz/);
    expect(r.text).not.toMatch(/Rita Calloway: Mayor/);
  });
  it("the spokesman of X, asked in French, is the spokesman for X's office", () => {
    const r = askEn("qui est le porte-parole de Rita Calloway ?");
    expect(r.text).toMatch(/Owen Fisk/);
    expect(r.text).not.toMatch(/Calloway est maire/);
  });
  it("an office of X the story gives no one is declined, not answered with X", () => {
    const r = askEn("Who is Calloway's lawyer?");
    expect(r.answered).toBe(false);
  });
  it("X's own office still says who X is", () => {
    expect(askEn("Who is Mayor Calloway?").text).toMatch(/Rita Calloway: Mayor/);
  });
});

/** A person asked by an office the story gives only a description of: « gives no name », not a sentence about them. */
describe("an office the story never puts a name to", () => {
  const EN_UNNAMED = `Club keeps its line-up

The home side kept the same line-up on Saturday in Tarvin.
The coach, who was not named, said the team would train as usual.
Captain Lia Brandt scored twice.`;
  const en = createEngine(ingest(EN_UNNAMED, { slug: "tarvin-city" }));
  it("is declined as unnamed, in either language", () => {
    const r = en.ask("Who is the coach?", emptyConversation()).reply;
    expect(r.answered).toBe(false);
    expect(r.text).toMatch(/gives no name/);
    expect(en.ask("c'est qui l'entraîneur ?", emptyConversation()).reply.text).toMatch(/ne donne pas de nom/);
  });
  it("an office a named person holds is still answered", () => {
    expect(en.ask("Who is the captain?", emptyConversation()).reply.text).toMatch(/Lia Brandt/);
  });
});

/** Whose office « son entraîneur » is: a sentence opening on a common noun names no owner (« club de football de » is no name). */
describe("the owner of a possessive office", () => {
  const FR_OWNER = `Varonne limoge son entraîneur

Le club de football de Varonne a annoncé lundi le départ de son entraîneur, Marc Lenoir, après trois défaites.`;
  const fr = createEngine(ingest(FR_OWNER, { slug: "varonne-entraineur" }));
  it("is not read from lower-case words", () => {
    const r = fr.ask("c'est qui Marc Lenoir ?", emptyConversation()).reply.text;
    expect(r).toMatch(/entraîneur/);
    expect(r).not.toMatch(/club de football de\)/);
  });
});

/**
 * « X: role » copies the story's run when the role is written right after the name: a long one is cut
 * to stay under a dozen copied words, at a coordination rather than inside its second office.
 */
describe("a long apposition said beside the name", () => {
  const EN_LONG = `Harbour plan under fire

Sam Pike, lecturer at the Marlow school and writer of a column on boats, said the plan was too costly.`;
  const en = createEngine(ingest(EN_LONG, { slug: "harbour-long" }));
  it("keeps the first office whole", () => {
    const r = en.ask("Who is Sam Pike?", emptyConversation()).reply.text;
    expect(r).toMatch(/Sam Pike: lecturer at the Marlow school\./);
  });
});
