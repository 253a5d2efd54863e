import { describe, expect, it } from "vitest";
import { createEngine } from "../src/engine/engine.js";
import { emptyConversation, type Reply } from "../src/engine/reply.js";
import { ingest } from "../src/story/ingest.js";
import { isDoerPhrase, subjectFrom } from "../src/engine/answers/doer-phrase.js";
import { buildIndex } from "../src/engine/index.js";

/**
 * « Who did the act? » (answers/agent.ts), on invented dispatches (every name, number and
 * sentence made up): the answer is the subject of the verb asked, the agent of its passive, or the
 * subject French writes after the verb (« comme l'a annoncé X », « …, a annoncé X. »), not
 * whoever else the sentence names.
 */
const FR = `Scandale à la mairie de Valbrune

Le quotidien Le Courrier de Valbrune révèle ce mardi que le maire, Paul Ferrand, a dîné avec un promoteur immobilier pendant l'enquête.
L'Agence régionale de l'eau (ARE) avait relevé en mai que 14 puits dépassaient la limite autorisée.
Le chantier du port a été financé par la Banque du littoral, selon la préfecture.
Le syndicat des dockers, qui a déposé une plainte lundi, réclame la démission du maire.
La préfète Anne Morel et le procureur Luc Berthier ont convoqué le conseil municipal jeudi.
Une enquête a été ouverte, a annoncé le parquet de Valbrune.`;

const EN = `Harbour deal under review

Norland's shipping regulator has blocked the purchase of the Karsholm ferry line, officials said on Monday.
The new ferries will be built by Valsund Yards, according to the contract.
Trade minister Edda Brask, who signed the contract last year, declined to comment.
Unions and the port authority have criticised the deal.`;

const fr = createEngine(ingest(FR, { slug: "valbrune-mairie" }));
const en = createEngine(ingest(EN, { slug: "norland-harbour" }));
const ask = (engine: ReturnType<typeof createEngine>, q: string): Reply => engine.ask(q, emptyConversation()).reply;

describe("who did the act, when a relative or a link word stands before the verb", () => {
  const cleft = createEngine(
    ingest(
      `Pétition à Valbrune

La mairie a confirmé que c'était le collectif Vigie Verte qui avait lancé la pétition contre le parking.
Au moment où débutaient les travaux, les riverains ont manifesté devant la mairie.`,
      { slug: "valbrune-petition" },
    ),
  );
  it("« c'était X qui a lancé … »: the relative's antecedent, not the cleft around it", () => {
    const r = ask(cleft, "Qui a lancé la pétition ?");
    expect(r.answered).toBe(true);
    expect(r.text).toMatch(/Vigie Verte/);
    expect(r.text).not.toMatch(/c'était|qui\b/);
  });
  it("« au moment où débutaient … »: no subject stands before the verb, so none is made of the words there", () => {
    expect(ask(cleft, "Qui a débuté les travaux ?").text).not.toMatch(/moment/);
  });
});

describe("who did the act: the subject of the verb asked", () => {
  it("the subject before the verb, not the people the sentence goes on to name", () => {
    const r = ask(fr, "Qui a révélé le dîner du maire ?");
    expect(r.answered).toBe(true);
    expect(r.text).toMatch(/Courrier de Valbrune/);
    expect(r.text).not.toMatch(/Ferrand/);
  });
  it("« l'affaire »: a word for the story itself leaves the verb alone to say which act", () => {
    expect(ask(fr, "qui a révélé l'affaire ?").text).toMatch(/Courrier de Valbrune/);
  });
  it("an acronym in brackets belongs to the subject; « these figures » are held by a sentence giving numbers", () => {
    const r = ask(fr, "Qui a relevé ces chiffres ?");
    expect(r.text).toMatch(/Agence régionale de l'eau/);
  });
  it("the agent of a passive (« financé par X », \"built by X\"), across languages", () => {
    expect(ask(fr, "Qui a financé le chantier du port ?").text).toMatch(/Banque du littoral/);
    expect(ask(fr, "Who financed the port works?").text).toMatch(/Banque du littoral/);
    expect(ask(en, "Who will build the new ferries?").text).toMatch(/Valsund Yards/);
  });
  it("the antecedent of a relative (« X, qui a déposé … », \"X, who signed …\")", () => {
    // (The union is now also a speaker, « réclame la démission » being read as its request: the answer may open on its name.)
    expect(ask(fr, "Qui a déposé une plainte ?").text).toMatch(/syndicat des dockers/i);
    expect(ask(en, "Who signed the contract?").text).toMatch(/Edda Brask/);
  });
  it("the subject French puts after the verb of an incise (« …, a annoncé le parquet. »)", () => {
    const r = ask(fr, "Qui a annoncé l'ouverture de l'enquête ?");
    expect(r.text).toMatch(/parquet/);
  });
  it("a coordinated subject is given whole", () => {
    const r = ask(fr, "Qui a convoqué le conseil municipal ?");
    expect(r.text).toMatch(/Morel/);
    expect(r.text).toMatch(/Berthier/);
    expect(ask(en, "Who criticised the deal?").text).toMatch(/Unions and the port authority/);
  });
  it("the subject with its modifiers, past an auxiliary", () => {
    expect(ask(en, "Who blocked the purchase?").text).toMatch(/shipping regulator/);
  });
});

describe("what is no question about who did an act", () => {
  it("a question about whom someone acted on is not answered with the one who acted", () => {
    const r = ask(fr, "Qui la préfète a-t-elle convoqué ?");
    expect(r.intent).not.toBe("who");
  });
  it("an act no sentence tells with its object is not answered by the verb alone", () => {
    const r = ask(en, "Who revealed the ferry prices?");
    expect(r.text).not.toMatch(/regulator|Valsund|Brask/);
  });
});

describe("a doer is a person or an institution of the story, never a function word or a verb", () => {
  const story = (text: string, slug: string) => createEngine(ingest(text, { slug }));
  const frAct = story(
    `Agression à Valbrune

Le conseiller municipal Louis Garnier est à l'hôpital après l'agression commise mardi par un élu du Centre, Hugo Renard, a indiqué sa famille.
Le président du tribunal, Marc Aubin, désignera un remplaçant pour le juge Perrin.`,
    "valbrune-agression",
  );
  const enAct = story(
    `Minister's trips

The government covered the cost of the minister's delegation, while bank executives who flew along paid for their own seats, Tom Sayer said.
Critics said the trips were too long.`,
    "norland-trips",
  );
  it("« l'agression commise par un élu, X »: the act named by its noun, its doer the name in apposition", () => {
    const r = ask(frAct, "Qui a agressé Louis Garnier ?");
    expect(r.intent).toBe("who");
    expect(r.text).toMatch(/Renard/);
  });
  it("a noun after a determiner (« un remplaçant ») is not the verb asked, nor « désignera un » its doer", () => {
    const r = ask(frAct, "Qui va remplacer le juge Perrin ?");
    expect(r.text).not.toMatch(/^«?\s*désignera un/);
  });
  it("a phrase with no name is a doer only when a title, an institution or a capital heads it", () => {
    for (const p of ["Selon", "said he", "flew along", "« désignera un »", "du travail", "to the north", "A-t-il", "L'eau potable", "the Board said last week they"]) expect(isDoerPhrase(p, /^(?:said|flew|to|the)\b/.test(p) ? "en" : "fr"), p).toBe(false);
    for (const p of ["le gouvernement", "bank executives", "le procureur de la ville", "the Harbour Board"]) expect(isDoerPhrase(p, /^(?:bank|the)/.test(p) ? "en" : "fr"), p).toBe(true);
  });
  it("a verb of the same act answers (« built by » for \"who makes\", « construits par » for « qui fabrique »)", () => {
    expect(ask(en, "Who makes the new ferries?").text).toMatch(/Valsund Yards/);
    expect(ask(en, "Qui fabrique les nouveaux ferries ?").text).toMatch(/Valsund Yards/);
  });
  it("« executives who flew along paid »: the relative's antecedent, not its verb", () => {
    const r = ask(enAct, "Who paid for the seats?");
    expect(r.answered).toBe(true);
    expect(r.text).toMatch(/executives/);
    expect(r.text).not.toMatch(/flew/i);
  });
});

describe("who did an act of speech the story tells as a passive with its agent", () => {
  const story = createEngine(
    ingest(
      `Barrage contesté à Valbrune

Les pêcheurs de la vallée ont déclaré que le projet de barrage menaçait la rivière.
Le projet de barrage a été vivement dénoncé par l'association Rivière Vive comme une menace pour les poissons.`,
      { slug: "valbrune-barrage" },
    ),
  );
  it("« qui a dénoncé X ? » is the agent after « par », not whoever else spoke of X", () => {
    const r = story.ask("Qui a dénoncé le projet de barrage ?", emptyConversation()).reply;
    expect(r.answered).toBe(true);
    expect(r.text).toMatch(/^Rivière Vive\./);
    expect(r.text).not.toMatch(/pêcheurs|comme une menace/);
  });
});

describe("verbs of publishing do one act", () => {
  const story = createEngine(
    ingest(
      `Des frégates filmées près de Morvik

Hier soir, l'armée ostrienne a publié sur son site un film de trois frégates en mer.
Le maire Paul Ferrand a jugé ce film inquiétant.`,
      { slug: "valbrune-video" },
    ),
  );
  it("« qui a diffusé le film ? » is answered by who « a publié » it, in both languages", () => {
    expect(story.ask("Qui a diffusé le film ?", emptyConversation()).reply.text).toMatch(/armée ostrienne/);
    expect(story.ask("who released the film?", emptyConversation()).reply.text).not.toMatch(/Ferrand/);
  });
});

describe("who did the act: doers coordinated after the verb", () => {
  const story = createEngine(
    ingest(
      `Le port de Valbrune rouvre

Le nouveau quai a été inauguré par le maire Paul Ferrand et la députée Claire Vidal, samedi.
Le plan de dragage, salué par les pêcheurs, a été critiqué par l'association Mer Propre, la Ligue des riverains et le syndicat des plaisanciers.
La fermeture du chenal a été décidée par la préfecture, a-t-on appris.
Le projet de marina a été défendu par Jean Roux et Marc Vial dès la mi-juin, malgré les critiques.`,
      { slug: "valbrune-port" },
    ),
  );
  const enStory = createEngine(
    ingest(
      `Karsholm bridge opens

The new bridge was opened by Mayor Tom Hale and councillor Ruth Penn on Saturday.
The toll was later cut, the regional council said.`,
      { slug: "karsholm-bridge" },
    ),
  );
  it("« inauguré par X et Y »: both doers, not the first alone", () => {
    const r = ask(story, "Qui a inauguré le quai ?");
    expect(r.text).toMatch(/Ferrand/);
    expect(r.text).toMatch(/Vidal/);
  });
  it("« critiqué par X, Y et Z »: the whole list a joiner closes", () => {
    const r = ask(story, "Qui a critiqué le plan de dragage ?");
    expect(r.text).toMatch(/Mer Propre/);
    expect(r.text).toMatch(/Ligue des riverains/);
    expect(r.text).toMatch(/plaisanciers/);
  });
  it("\"opened by X and Y\": both, and nothing after them", () => {
    const r = ask(enStory, "Who opened the bridge?");
    expect(r.text).toMatch(/Hale/);
    expect(r.text).toMatch(/Penn/);
    expect(r.text).not.toMatch(/Saturday/);
  });
  it("« par X et Y dès la mi-juin »: the doers end where the time begins", () => {
    const r = ask(story, "Qui a défendu le projet de marina ?");
    expect(r.text).toMatch(/Roux/);
    expect(r.text).toMatch(/Vial/);
    expect(r.text).not.toMatch(/dès|juin/);
  });
  it("a single doer stays single", () => {
    const r = ask(story, "Qui a décidé la fermeture du chenal ?");
    expect(r.text).toMatch(/préfecture/);
    expect(r.text).not.toMatch(/\bet\b/);
  });
});

describe("who did the act: words news writing puts between the doer and the verb", () => {
  const frStory = createEngine(
    ingest(
      `Écoles et piscines de Valbrune

La fermeture de deux écoles pour l'été a été décidée, a annoncé mardi soir la présidente de la région, Anne Kerbrat.
Dans un entretien au journal local, Sophie Marlin, présidente du club de natation, a inauguré un bassin provisoire.
Le tarif voté en janvier dernier par le conseil syndical sera revu à l'automne.`,
      { slug: "valbrune-piscines" },
    ),
  );
  const enStory = createEngine(
    ingest(
      `Karsholm harbour row

Tom Reyes, 54, a retired fisherman, blocked the harbour entrance with his trawler.
The harbour plan, approved on Monday by the Karsholm Council, will cost more than expected.
Rescue crews searched the bay overnight, and a spokeswoman said Varia was lending two helicopters.`,
      { slug: "karsholm-harbour" },
    ),
  );
  it("« …, a annoncé mardi soir la présidente de la région, X »: a phrase of time between the verb and its subject, the name after the title", () => {
    const r = ask(frStory, "who announced the closure of the schools?");
    expect(r.intent).toBe("who");
    expect(r.text).toMatch(/Kerbrat/);
  });
  it("« X, présidente du club, a inauguré »: the name before an apposition", () => {
    // (read by the who answer itself: the general reader found the name near the verb before this rule)
    const r = ask(frStory, "Qui a inauguré le bassin provisoire ?");
    expect(r.intent).toBe("who");
    expect(r.text).toMatch(/Marlin/);
    expect(ask(enStory, "who blocked the harbour entrance?").text).toMatch(/Reyes/);
  });
  it("« voté en janvier dernier par X », \"approved on Monday by X\": the passive's agent past a phrase of time", () => {
    expect(ask(frStory, "Qui a voté le tarif ?").text).toMatch(/^Le conseil syndical\.$/);
    expect(ask(enStory, "who approved the harbour plan?").text).toMatch(/^(?:The )?Karsholm Council\.$/);
  });
  it("\"a spokeswoman said Varia was lending\": the subject of the reported clause, not the words of saying before it", () => {
    const r = ask(enStory, "who lends the helicopters?");
    expect(r.text).toMatch(/Varia/);
    expect(r.text).not.toMatch(/said|spokeswoman/);
  });
});

describe("who did the act: a quotation opened on the verb", () => {
  const story = createEngine(
    ingest(
      `Chantier abandonné à Valbrune

La société Ferlac « a abandonné le chantier sans prévenir personne », s'indigne Odile Marchal, qui préside l'association des riverains.
Les grues sont à l'arrêt depuis trois semaines.`,
      { slug: "valbrune-chantier" },
    ),
  );
  it("« X « a abandonné … », s'indigne Y »: the subject outside the quotation, not the speaker", () => {
    const r = ask(story, "Qui a abandonné le chantier ?");
    expect(r.text).toMatch(/Ferlac/);
    expect(r.text).not.toMatch(/Marchal/);
  });
});

describe("the hearer of « told » is not the doer of the clause it reports", () => {
  const story = createEngine(
    ingest(
      `Harbour bridge on schedule

DUNMORE — The transport minister, Ola Brant, told reporters a Danish firm was building the new bridge.
Work began in March, the ministry said.`,
      { slug: "dunmore-told-hearer" },
    ),
  );
  it("\"who builds the new bridge?\": the firm, not « Reporters a Danish firm »", () => {
    const reply = story.ask("who builds the new bridge?", emptyConversation()).reply;
    expect(reply.text).not.toMatch(/reporters/i);
    expect(reply.text).toMatch(/Danish firm/);
  });
});

describe("verbs of one act: pressing someone, making a story known", () => {
  const story = createEngine(
    ingest(
      `Karsholm budget row

When union leader Ana Ruiz pressed the mayor to reopen the budget, she said only that the talks would continue.
The row was first reported by the Karsholm Herald.
The mayor has not commented.`,
      { slug: "karsholm-row" },
    ),
  );
  it("\"who pushed her on the budget?\" is answered by who « pressed » her", () => {
    expect(ask(story, "who pushed her on the budget?").text).toMatch(/Ana Ruiz/);
  });
  it("\"who broke the news?\", « qui a dévoilé le scandale ? »: who « first reported » it, the act told once", () => {
    expect(ask(story, "who broke the news?").text).toMatch(/^(?:The )?Karsholm Herald/);
    expect(ask(story, "qui a dévoilé le scandale ?").text).toMatch(/Karsholm Herald/);
  });
  it("\"broke\" reveals only the story: \"who broke the record?\" is not answered by the paper that reported it", () => {
    const meet = createEngine(
      ingest(
        `Relay record at Karsholm

The Karsholm Herald reported on Sunday that the club's relay team had set a new county record.
The coach, Ana Ruiz, said the team trained twice a day.`,
        { slug: "karsholm-relay" },
      ),
    );
    expect(ask(meet, "who broke the record?").text).not.toMatch(/Herald/);
  });
});

describe("the doer read through a progressive, a noun of people, a title set before the name", () => {
  const en = createEngine(
    ingest(
      `Quarry road closed

TORVIK — Officials say three teenagers were riding the stolen tractor when it left the road near the quarry.
A small company, Hallin Stoneworks, is repairing the damaged fence.
The ministry said the inquiry into the collapse would be chaired by Gen. Pia Strand and Councillor Rune Eide.`,
      { slug: "torvik-quarry" },
    ),
  );
  const fr = createEngine(
    ingest(
      `Crue de l'Aurance

MORVEL — La sous-préfète de l'arrondissement, Maud Lenoir, a ordonné mercredi l'évacuation de deux hameaux.
Les sauveteurs ont évacué quarante familles pendant la nuit.
Le conseil municipal a présenté un plan de digues en avril.`,
      { slug: "morvel-crue" },
    ),
  );
  it("\"who was riding the tractor?\": the progressive asks the act, its subject answers, not who reported it", () => {
    const text = ask(en, "who was riding the tractor?").text;
    expect(text).toMatch(/teenagers/i);
    expect(text).not.toMatch(/officials/i);
  });
  it("\"who is repairing the fence?\": the firm, named in apposition", () => {
    expect(ask(en, "who is repairing the fence?").text).toMatch(/Hallin Stoneworks/);
  });
  it("« qui a évacué les familles ? »: a noun of people with no name is a doer", () => {
    expect(ask(fr, "qui a évacué les familles ?").text).toMatch(/sauveteurs/i);
  });
  it("« La sous-préfète …, X, a ordonné »: the title comes first, the name in apposition to it is the subject", () => {
    const story = ingest(`Crue de l'Aurance\n\nMORVEL — La sous-préfète de l'arrondissement, Maud Lenoir, a ordonné mercredi l'évacuation de deux hameaux.`, { slug: "morvel-ordre" });
    const index = buildIndex(story);
    const i = story.sentences.findIndex((x) => x.text.includes("a ordonné"));
    const text = story.sentences[i]!.text;
    expect(subjectFrom(index, i, text, text.indexOf("ordonné"), "fr")?.entity?.name).toBe("Maud Lenoir");
  });
  it("\"who will chair the inquiry?\": a title written short with its point (« Gen. ») does not end the doers' list", () => {
    const text = ask(en, "who will chair the inquiry?").text;
    expect(text).toMatch(/Rune Eide/);
    expect(text).toMatch(/Pia Strand/);
  });
  it("\"who introduced the plan?\" of a story that writes « a présenté »: the verbs are one in the news lexicon", () => {
    expect(ask(fr, "who introduced the dyke plan?").text).toMatch(/conseil municipal|town council|municipal council/i);
  });
});

describe("a plural pronoun opening a sentence continues the subject of the one before", () => {
  const en = createEngine(
    ingest(
      `Growers block depot

ARDEN — Dozens of apple growers blocked the Lindmark fruit depot on Monday.
They said the price paid by the Corvo cooperative no longer covered their costs.
They also tipped crates of apples outside the Corvo warehouse.`,
      { slug: "arden-growers" },
    ),
  );
  const fr = createEngine(
    ingest(
      `Colère des éleveurs à Vernac

VERNAC — Une centaine d'éleveurs ont bloqué lundi la laiterie de Vernac.
Ils ont ensuite vidé des bidons devant la préfecture de l'Orbe.
Le préfet a promis de les recevoir mardi.`,
      { slug: "vernac-eleveurs" },
    ),
  );
  it("\"who tipped the crates?\": « They » two sentences on are the growers, not the cooperative the last sentence names", () => {
    const text = ask(en, "who tipped the crates of apples?").text;
    expect(text).toMatch(/apple growers/);
    expect(text).not.toMatch(/Corvo/);
  });
  it("« qui a vidé des bidons ? »: « Ils » are the stockbreeders of the sentence before", () => {
    expect(ask(fr, "qui a vidé des bidons ?").text).toMatch(/éleveurs/);
  });
  it("a plural pronoun takes up no singular subject (« The port company said … They want a raise »)", () => {
    const port = createEngine(
      ingest(
        `Dock strike at Arden

ARDEN — Dockers walked out on Monday and blocked the gates of the terminal.
The port company said the strike was illegal.
They want a five per cent raise.`,
        { slug: "arden-docks" },
      ),
    );
    expect(ask(port, "who wants a raise?").text).not.toMatch(/company/i);
  });
});
