import { describe, expect, it } from "vitest";
import { createEngine } from "../src/engine/engine.js";
import { emptyConversation, type Reply } from "../src/engine/reply.js";
import { ingest } from "../src/story/ingest.js";
import { fold } from "../src/story/text.js";

/**
 * Questions about someone's words, end to end through the real ingest, on invented dispatches
 * (every name, number and sentence made up). What they test is news writing: positions reported
 * as the subject of a verb of stance rather than of « said », refusals to comment, a pronoun in
 * the next sentence.
 */
const EN = `Ferry strike leaves islanders stranded

Ferry crews on the Torlen islands walked out on Friday, leaving hundreds of travellers stranded.
Transport secretary Alan Pryce dismissed the idea of hiring private boats.
The ferry company's owner, Victor Hale, offered to meet the union next week.
Island mayor Nora Feld declined to comment.
Coastguard officer Sam Okoro called the harbour at dawn.
Harbour master Tom Reyes inspected the quay on Saturday. He rejected any cut to the winter timetable.
Union leader Dana Whitcombe said the company had ignored safety warnings for years and called the delay "a disgrace", adding that crews would vote again on Monday.
Ferry inspector Lars Quint described the vessels as unfit for winter seas.`;

const FR = `Grève des éboueurs à Lanvars : la mairie cède sur les primes

Les éboueurs de Lanvars ont repris le travail jeudi après dix jours de grève.
La maire, Hélène Duroc, s'est engagée à verser une prime de pénibilité dès le mois prochain.
Le préfet Bruno Castel a, sans détour, balayé toute réquisition des agents.
Le président de l'agglomération, Louis Ermont, n'a pas souhaité s'exprimer.
Le chef de chantier Marc Olier a appelé son adjoint pour organiser les tournées.
La conseillère municipale Anne Roux s'est exprimée vendredi sur la grève lors d'une séance houleuse du conseil.
« Un gâchis », c'est ainsi qu'elle a qualifié le conflit, jugeant que la mairie aurait dû négocier « dès le premier jour ».
Le syndicaliste Paul Ternier a qualifié la décision de honteuse.`;

const en = createEngine(ingest(EN, { slug: "ferry-strike" }));
const fr = createEngine(ingest(FR, { slug: "greve-eboueurs" }));
const engines = { en, fr };
const ask = (engine: typeof en | "en" | "fr", q: string): Reply => (typeof engine === "string" ? engines[engine] : engine).ask(q, emptyConversation()).reply;
const plain = (s: string) => fold(s).replace(/\s+/g, " ");

describe("someone the story reports without « said »: their position, never « not quoted »", () => {
  it.each([
    ["en", "What did Pryce say?", "dismissed the idea of hiring private boats"],
    ["en", "What did Victor Hale say?", "offered to meet the union"],
    ["en", "What did Reyes say?", "rejected any cut to the winter timetable"],
    ["fr", "Qu'a dit Hélène Duroc ?", "s'est engagee a verser une prime"],
    ["fr", "What did Duroc say?", "s'est engagee a verser une prime"],
    ["fr", "Qu'a dit Bruno Castel ?", "a balaye toute requisition"],
  ] as const)("%s: %s", (engine, q, words) => {
    const r = ask(engine, q);
    expect(r.answered).toBe(true);
    expect(plain(r.text)).toContain(words);
    expect(plain(r.text)).not.toMatch(/not quoted|pas cite/);
    expect(r.citations.length).toBeGreaterThan(0);
  });

  it("a verb of stance after « a, sans détour, » keeps its auxiliary and drops the aside", () => {
    expect(plain(ask(fr, "Qu'a dit Castel ?").text)).not.toContain("sans detour");
  });

  it("a day after the verb is not shown as the words (« a promis mardi de … »)", () => {
    const story = ingest("Titre\n\nLe ministre Jean Arnoux a promis mardi de trouver un repreneur pour l'usine.", { slug: "t" });
    const r = createEngine(story).ask("Qu'a dit Jean Arnoux ?", emptyConversation()).reply;
    expect(plain(r.text)).toContain("a promis de trouver un repreneur");
  });

  it("a refusal to comment is the answer, said as one", () => {
    const r = ask(en, "Did Nora Feld comment?");
    expect(r.answered).toBe(true);
    expect(plain(r.text)).toContain("declined to comment");
    expect(plain(ask(fr, "Qu'a dit Louis Ermont ?").text)).toContain("pas souhaite");
  });

  it("a telephone call is no words: still not quoted", () => {
    expect(plain(ask(en, "What did Sam Okoro say?").text)).toContain("not quoted");
    expect(plain(ask(fr, "Qu'a dit Marc Olier ?").text)).toContain("pas cite");
  });

  it("a question on a subject their position does not touch is declined, not answered with it", () => {
    const r = ask(en, "What did Pryce say about the weather?");
    expect(r.answered).toBe(false);
    expect(plain(r.text)).not.toContain("private boats");
  });
});

describe("« how did X describe Y »: the words X applied, not all X said", () => {
  it("the short quoted words of their sentence", () => {
    const r = ask("en", "How did Whitcombe describe the delay?");
    expect(r.answered).toBe(true);
    expect(r.text).toContain("a disgrace");
    expect(plain(r.text)).not.toContain("warnings");
    expect(ask("en", "What did Whitcombe call the delay?").text).toContain("a disgrace");
  });

  it("the words a verb of describing applies when nothing is quoted", () => {
    expect(plain(ask("en", "How did Quint describe the vessels?").text)).toContain("unfit for winter seas");
    expect(plain(ask("fr", "Comment Paul Ternier a-t-il qualifié la décision ?").text)).toContain("honteuse");
  });

  it("quoted words in the next sentence under her pronoun are hers", () => {
    const r = ask("fr", "Anne Roux a qualifié le conflit comment ?");
    expect(r.answered).toBe(true);
    expect(r.text).toContain("Un gâchis");
    expect(plain(r.text)).not.toMatch(/pas citee/);
  });
});

describe("a description in the question is the person the story gives that office", () => {
  const story = `Usine de Vernay : l'opposition dépose une motion

La France insoumise (LFI) a déposé mardi une motion de censure contre le plan de reprise de l'usine de Vernay.
Le député LFI de la circonscription, Marc Tellier, estime que le gouvernement a « abandonné les salariés ».
Le ministre de l'Industrie, Jean Arnoux, doit recevoir les syndicats jeudi.`;
  const engine = createEngine(ingest(story, { slug: "motion-vernay" }));
  it.each(["Qu'a dit le député ?", "Qu'a dit le député LFI ?", "What did the MP say?", "Qu'a dit Marc Tellier ?"])("%s → the député, never the party", (q) => {
    const r = engine.ask(q, emptyConversation()).reply;
    expect(r.answered).toBe(true);
    expect(r.text).toContain("Marc Tellier");
    expect(r.text).toContain("abandonné les salariés");
    expect(r.text).not.toMatch(/^LFI/);
  });
  it("who said it names the député", () => {
    expect(engine.ask("Qui a parlé d'abandon des salariés ?", emptyConversation()).reply.text).toContain("Marc Tellier");
  });
});

describe("« what did X say about Y »: X's words on Y, else said that X is quoted but not on Y", () => {
  const story = `Ferry union threatens new strike

Union chief Dana Whitcombe said crews would strike again on Monday unless wages rose.
The company has lost money for three years.
Ticket prices rose by a fifth last spring.
The islands have about 9,000 residents.
Tourism brings most of their income.
Two new piers opened in May.
The harbour was dredged last winter.
The company also plans to sell two of its oldest vessels next autumn.`;
  const engine = createEngine(ingest(story, { slug: "ferry-union" }));
  const ask2 = (q: string) => engine.ask(q, emptyConversation()).reply;
  it("on a subject the story sets out far from any of X's words: not answered with X's other words", () => {
    const r = ask2("What did Whitcombe say about the vessels?");
    expect(r.answered).toBe(false);
    expect(plain(r.text)).toContain("quoted in the story, but not on the vessels");
    expect(plain(r.text)).not.toContain("wages");
  });
  it("on a subject X's words hold: those words", () => {
    const r = ask2("What did Whitcombe say about wages?");
    expect(r.answered).toBe(true);
    expect(plain(r.text)).toContain("strike again");
  });
});

describe("« who said/promised … » answered from a position the story reports without quoting it", () => {
  it("the one whose reported position holds the question's words", () => {
    const r = ask("fr", "Qui s'est engagé à verser une prime de pénibilité ?");
    expect(r.answered).toBe(true);
    expect(r.text).toContain("Hélène Duroc");
  });
  it("never when no position holds them", () => {
    expect(ask("fr", "Qui a promis de construire une piscine ?").text).not.toContain("Hélène Duroc");
  });
});

describe("someone quoted under a pronoun or a description is quoted", () => {
  it("quoted words no one was given, in the sentence after one about her, under her pronoun", () => {
    const r = ask("fr", "Qu'a dit Anne Roux ?");
    expect(r.answered).toBe(true);
    expect(r.text).toContain("Un gâchis");
    expect(plain(r.text)).not.toContain("pas citee");
  });
  it("a description of the office only she holds, after her name (« la dirigeante de la FNTA »)", () => {
    const story = `Retraites : la FNTA reçue à l'Elysée

La secrétaire générale de la FNTA, Sophie Marnier, a été reçue mardi par le président.
La dirigeante de la FNTA a jugé que la réforme devait être retirée sans délai.
Le ministre du Travail, Louis Perrin, doit présenter un texte en juin.`;
    const engine = createEngine(ingest(story, { slug: "fnta-elysee" }));
    const r = engine.ask("Qu'a dit Sophie Marnier ?", emptyConversation()).reply;
    expect(r.answered).toBe(true);
    expect(plain(r.text)).toContain("retiree sans delai");
    expect(plain(r.text)).not.toContain("pas citee");
  });
});

describe("reported words shown as what was reported", () => {
  const story = ingest(
    `Ferry strike: the council presses the company

Councillor Ben Ashdown urged the company to publish its accounts.
Union head Greta Solberg vowed to keep the crews on strike until wages rise.
Trade minister Claire Dutoit said the dispute would be settled within a week.`,
    { slug: "ferry-council" },
  );
  it("a verb that says more than « said » is kept with the words (« urged », « vowed »)", () => {
    const engine = createEngine(story);
    expect(plain(engine.ask("What did Ashdown say?", emptyConversation()).reply.text)).toContain("urged the company to publish its accounts");
    expect(plain(engine.ask("What did Solberg say?", emptyConversation()).reply.text)).toContain("vowed to keep the crews on strike");
  });
  it("« said » is not repeated before the words", () => {
    const engine = createEngine(story);
    expect(plain(engine.ask("What did Dutoit say?", emptyConversation()).reply.text)).not.toContain("said the dispute");
  });
  it("reported words whose span took in their attribution are shown without it", () => {
    const framed = structuredClone(story);
    const q = framed.quotes.find((x) => x.speaker.includes("Dutoit"));
    expect(q).toBeDefined();
    q!.text = "From Brussels, Trade minister Claire Dutoit said the dispute would be settled within a week";
    const r = createEngine(framed).ask("What did Dutoit say?", emptyConversation()).reply;
    expect(plain(r.text)).toContain("the dispute would be settled within a week");
    expect(plain(r.text)).not.toContain("from brussels");
  });
});

describe("a position read with the speech lexicon's verbs and its verbs of stance", () => {
  const story = ingest(
    `Harbour dispute at Kelvane

Mayor Rhona Vickery wants the harbour reopened before the regatta.
Fleet owner Piet Ansell responded to the closure by moving his boats to Dunmore.`,
    { slug: "kelvane-harbour" },
  );
  const engine = createEngine(story);
  const said = (q: string) => engine.ask(q, emptyConversation()).reply;
  it("« wants » gives a position: not « not quoted »", () => {
    const r = said("What did Vickery say?");
    expect(r.answered).toBe(true);
    expect(plain(r.text)).toContain("wants the harbour reopened");
  });
  it("« responded to » with no clause is a deed", () => {
    expect(plain(said("What did Piet Ansell say?").text)).toContain("not quoted");
  });
  it("French: « veut », a reflexive verb of stance (« s'inquiète »), never « a disparu » nor « a présenté »", () => {
    const fr = createEngine(
      ingest(
        `Port de Kelvane : la maire inquiète

La maire, Rhona Vickery, veut une réouverture du port avant la régate.
Le pêcheur Piet Ansell s'inquiète de la baisse des prix du poisson.
Le gardien du phare, Ola Brandt, a disparu depuis lundi.
L'architecte Mila Horn a présenté les plans du nouveau quai.`,
        { slug: "kelvane-port" },
      ),
    );
    const ask3 = (q: string) => fr.ask(q, emptyConversation()).reply;
    expect(plain(ask3("Qu'a dit Rhona Vickery ?").text)).toContain("veut une reouverture du port");
    expect(plain(ask3("Qu'a dit Piet Ansell ?").text)).toContain("baisse des prix du poisson");
    expect(plain(ask3("Qu'a dit Ola Brandt ?").text)).toContain("pas cite");
    expect(plain(ask3("Qu'a dit Mila Horn ?").text)).toContain("pas cite");
  });
});

describe("« who said / asked / demanded … »: the statement that holds the question, quote or reported position", () => {
  const fr = createEngine(
    ingest(
      `Port de Kelvane : la médiation réclamée

La syndicaliste Rhona Vickery a demandé à la direction de revoir les horaires de nuit.
Le président de la région, Piet Ansell, a écrit au ministre pour réclamer une médiation.`,
      { slug: "kelvane-mediation" },
    ),
  );
  it("a match on the reporting verb alone (« a demandé » for « réclame ») loses to the position that holds the rest", () => {
    const r = fr.ask("Qui réclame une médiation ?", emptyConversation()).reply;
    expect(r.answered).toBe(true);
    expect(r.text).toContain("Piet Ansell");
    expect(r.text).not.toContain("Rhona Vickery");
  });
  it("« who asked X to … » names the one who asked, not X", () => {
    const en = createEngine(
      ingest(
        `Kelvane council meets

Council leader Ada Morrow has asked finance chief Tobias Crane to draw up a rescue plan for the harbour.
Crane said the harbour had lost money for a decade.`,
        { slug: "kelvane-council" },
      ),
    );
    const r = en.ask("Who asked Crane to draw up a plan?", emptyConversation()).reply;
    expect(r.answered).toBe(true);
    expect(r.text).toContain("Ada Morrow");
    expect(r.text).not.toMatch(/^Tobias Crane/);
  });
});

describe("« what did X say about Y »: a position X holds on Y outside their quotes", () => {
  const engine = createEngine(
    ingest(
      `Velmar dockers end their strike

Dockers at the port of Velmar went back to work on Thursday after a nine-day strike.
"We won the fight on wages. The company will pay every hour of overtime, and the accident in May changed nothing," union leader Marta Kessel told reporters.
Kessel called for a public inquiry into the accident that injured two dockers in May.`,
      { slug: "velmar-dockers" },
    ),
  );
  it("the position that holds more of Y than any quote", () => {
    const r = engine.ask("What did Kessel say about an inquiry into the accident?", emptyConversation()).reply;
    expect(r.answered).toBe(true);
    expect(plain(r.text)).toContain("public inquiry");
    expect(plain(r.text)).not.toContain("overtime");
  });
  it("« did X call for … » asks about words, not a telephone call", () => {
    const r = engine.ask("Did Kessel call for an inquiry?", emptyConversation()).reply;
    expect(r.intent).not.toBe("call");
    expect(plain(r.text)).toContain("inquiry");
  });
});

describe("« did X say … ? »: read against X's statements", () => {
  const en = createEngine(
    ingest(
      `Velmar dockers end their strike

Dockers at the port of Velmar went back to work on Thursday after a nine-day strike.
"The company will pay every hour of overtime," union leader Marta Kessel told reporters.
Port director Ian Marsh said the north gate would not reopen before March.`,
      { slug: "velmar-yes-no" },
    ),
  );
  const q = (text: string) => en.ask(text, emptyConversation()).reply;
  it("yes when a statement of theirs holds what is asked, with the same polarity", () => {
    const r = q("Did Kessel say the company would pay overtime?");
    expect(r.answered).toBe(true);
    expect(r.text).toMatch(/^Yes/);
    expect(r.text).toContain("overtime");
  });
  it("no when the statement negates what is asked", () => {
    expect(q("Did Marsh say the north gate would reopen?").text).toMatch(/^No/);
    expect(q("Did Marsh say the north gate would not reopen?").text).toMatch(/^Yes/);
  });
  it("a denial asked of is a statement that negates it", () => {
    expect(q("Did Marsh deny the north gate would reopen?").text).toMatch(/^Yes/);
  });
  it("nothing of theirs on it: the story does not say whether, never an unrelated statement", () => {
    const r = q("Did Kessel say anything about the harbour fees?");
    expect(r.answered).toBe(false);
    expect(plain(r.text)).not.toContain("overtime");
  });
  it("French, on a French story", () => {
    const fr = createEngine(
      ingest(
        `Port de Velmar : fin de la grève

Interrogé sur les salaires, le ministre Owen Drake a répondu que l'État ne paierait pas.`,
        { slug: "velmar-oui-non" },
      ),
    );
    expect(fr.ask("Drake a-t-il dit que l'État paierait ?", emptyConversation()).reply.text).toMatch(/^Non/);
    expect(fr.ask("Drake a-t-il dit que l'État ne paierait pas ?", emptyConversation()).reply.text).toMatch(/^Oui/);
  });
});

describe("reported words after a verb that says more than « dit »: French keeps its « que »", () => {
  it("« a répondu que … », and a verb of accusing keeps its object", () => {
    const fr = createEngine(
      ingest(
        `Port de Velmar

Le ministre Owen Drake, interrogé sur les salaires, a répondu que l'État ne paierait pas.
Dans une lettre, la syndicaliste Nadia Rolf accuse la direction d'avoir ignoré les règles.`,
        { slug: "velmar-que" },
      ),
    );
    expect(plain(fr.ask("Qu'a dit Owen Drake ?", emptyConversation()).reply.text)).toContain("a repondu que l'etat ne paierait pas");
    expect(plain(fr.ask("Qu'a dit Nadia Rolf ?", emptyConversation()).reply.text)).toContain("accuse la direction");
  });
});

describe("an inverted verb after a question word asks for words, not yes or no", () => {
  it("« Qu'a-t-il dit ? » gives the words, never « Oui »", () => {
    const fr = createEngine(ingest(`Port de Velmar\n\nLe ministre Owen Drake a déclaré que l'État ne paierait pas les salaires.`, { slug: "velmar-inversion" }));
    const r = fr.ask("Qu'a-t-il dit, Owen Drake ?", emptyConversation()).reply;
    expect(r.text).not.toMatch(/^Oui|^Non/);
    expect(plain(r.text)).toContain("ne paierait pas");
  });
});

describe("what X said about Y, and X's words in forms a quote extractor misses (invented valley story)", () => {
  const STORY = `Dam project splits the valley

The regional council approved on Tuesday the construction of a dam on the Vessel river, a project that will flood three farming villages.
Council president Mara Lindqvist said the dam would supply power to 40,000 homes. "This is the most important investment of the decade," she told reporters.
Environment minister Karl Brenner warned that the project could threaten rare fish species in the river.
Brenner's office said the ministry had not been consulted before the vote.
Engineer Tomas Reuel told a local radio that the site was geologically unstable.
The mayor of Holbeck approved the new bus timetable.
Lindqvist denied that the villagers had been kept in the dark. "Every family was informed months ago. The council met them twice. Nobody was forgotten," she said.
General Hans Morell, who commands the regional guard, was not available for comment.`;
  const en = createEngine(ingest(STORY, { slug: "valley-dam" }));
  const q = (text: string) => en.ask(text, emptyConversation()).reply;

  it("« about Y »: the statement that holds Y, not the speaker's words on other things", () => {
    const r = q("What did Lindqvist say about the villagers?");
    expect(r.answered).toBe(true);
    expect(plain(r.text)).toContain("kept in the dark");
    expect(plain(r.text)).not.toContain("investment of the decade");
    expect(plain(r.text)).not.toContain("40,000 homes");
    const p = q("What did Lindqvist say about power?");
    expect(plain(p.text)).toContain("40,000 homes");
    expect(plain(p.text)).not.toContain("kept in the dark");
  });

  it("« about Y »: of a long quote, the sentence of it that holds Y", () => {
    const r = q("What did Lindqvist say about the families?");
    expect(plain(r.text)).toContain("every family was informed");
    expect(plain(r.text)).not.toContain("nobody was forgotten");
  });

  it("« say of Y » asks the same as « about Y »", () => {
    const r = q("What did Lindqvist say of the villagers?");
    expect(plain(r.text)).toContain("kept in the dark");
    expect(plain(r.text)).not.toContain("investment of the decade");
    expect(q("What did Lindqvist say of the fish?").answered).toBe(false);
  });

  it("« about Y » when none of X's statements speaks of Y: said so, a decline", () => {
    const r = q("What did Lindqvist say about the fish?");
    expect(r.answered).toBe(false);
    expect(plain(r.text)).not.toContain("investment");
  });

  it("words said by someone's office are theirs, said to be through the office", () => {
    const r = q("What did Brenner say?");
    expect(plain(r.text)).toContain("rare fish");
    expect(plain(r.text)).toContain("had not been consulted");
    expect(r.text).toContain("Brenner's office");
  });

  it("a refusal to comment after a relative clause about the person is theirs", () => {
    const r = q("What did Hans Morell say?");
    expect(plain(r.text)).toContain("declined to comment");
    expect(plain(r.text)).not.toContain("not quoted");
  });
});

describe("yes/no on someone's statements: the verb, a prefix that negates, a question with no question word", () => {
  const STORY = `Quarry dispute in Hollin

Quarry owner Rita Saal denied that the blasts had cracked nearby houses.
Geologist Ben Arkle said the hillside was unstable.
Mayor Cora Venn told reporters that the road to the quarry would stay closed until May.`;
  const en = createEngine(ingest(STORY, { slug: "hollin-quarry" }));
  const q = (text: string) => en.ask(text, emptyConversation()).reply;
  it("a denial is shown with its verb: without it the words read as the opposite", () => {
    const r = q("Did Saal deny that the blasts cracked houses?");
    expect(r.text).toMatch(/^Yes/);
    expect(plain(r.text)).toContain("denied");
  });
  it("the asked word under a prefix that negates it answers no (« stable » / « unstable »)", () => {
    expect(q("Did Arkle say the hillside was stable?").text).toMatch(/^No/);
    expect(q("Did Arkle say the hillside was unstable?").text).toMatch(/^Yes/);
  });
  it("a statement with a question mark and no question word asks whether", () => {
    const r = q("Venn said the road to the quarry would stay closed?");
    expect(r.text).toMatch(/^Yes/);
    expect(plain(r.text)).toContain("stay closed");
    // not her words listed whole: the one statement that answers
    expect(r.citations.length).toBe(1);
  });
  it("a statement that holds only a part of what is asked settles nothing: a decline, not their other words", () => {
    const r = q("Did Venn admit the quarry was dangerous?");
    expect(r.answered).toBe(false);
    expect(plain(r.text)).not.toContain("stay closed");
  });
  it("French: « a démenti que » keeps its « que », and « instable » answers « stable »", () => {
    const fr = createEngine(
      ingest(
        `Carrière de Hollin

La propriétaire de la carrière, Rita Saal, a démenti que les tirs aient fissuré les maisons voisines.
Le géologue Ben Arkle a déclaré que la colline était instable.`,
        { slug: "carriere-hollin" },
      ),
    );
    const a = fr.ask("Saal a-t-elle démenti que les tirs aient fissuré les maisons ?", emptyConversation()).reply;
    expect(a.text).toMatch(/^Oui/);
    expect(plain(a.text)).toContain("a dementi que");
    expect(fr.ask("Arkle a dit que la colline était stable ?", emptyConversation()).reply.text).toMatch(/^Non/);
  });
});

describe("« and her brother, what does he say? »: the person the story describes by that relation, not the last one quoted", () => {
  const EN_STORY = `Orchard sold to developers

Orchard owner Lena Marsk said the sale had been the hardest decision of her life.
Planning officer Tom Reddy said the homes would be built within two years.
Her brother, Olaf Marsk, a beekeeper in the valley, said he had not been told of the sale.`;
  const FR_STORY = `Le verger vendu à des promoteurs

La propriétaire du verger, Léna Marsac, a déclaré que la vente avait été la décision la plus dure de sa vie.
L'urbaniste Tom Reddy a affirmé que les maisons seraient construites en deux ans.
Son frère, Olaf Marsac, apiculteur dans la vallée, s'est dit trahi par cette vente.`;
  it("English: after a question about her, « and her brother » is the one the story calls her brother", () => {
    const en = createEngine(ingest(EN_STORY, { slug: "orchard-sale" }));
    const first = en.ask("What did Lena Marsk say?", emptyConversation());
    const r = en.ask("and her brother, what does he say?", first.state).reply;
    expect(r.answered).toBe(true);
    expect(plain(r.text)).toContain("had not been told");
    expect(plain(r.text)).not.toContain("two years");
  });
  it("French: « et son frère, il dit quoi ? », his position reported beside an apposition on each side of his name", () => {
    const fr = createEngine(ingest(FR_STORY, { slug: "verger-vente" }));
    const first = fr.ask("Qu'a dit Léna Marsac ?", emptyConversation());
    const r = fr.ask("et son frère, il dit quoi ?", first.state).reply;
    expect(r.answered).toBe(true);
    expect(plain(r.text)).toContain("trahi");
    expect(plain(r.text)).not.toContain("deux ans");
    // across languages: the relation noun of the question's language
    expect(plain(fr.ask("what did her brother say?", emptyConversation()).reply.text)).toContain("trahi");
  });
});

/**
 * Reported speech as news writing gives it beyond « X said that … »: words quoted inside it, a
 * subject said twice (« a elle aussi jugé »), a relative clause with a medium (« who wrote on his
 * blog: ‘…’ »), « ce dernier » after a sentence that names someone only inside another's words;
 * and a reply asked of someone the story gives no words (declined, with nothing pasted after it).
 */
const MILLERS = `Les meuniers de Corvelle en grève

Les meuniers de Corvelle ont cessé le travail lundi.
Le secrétaire du syndicat, Gaspard Lemoine, a prévenu que, quelle que soit la décision du tribunal mardi prochain, « la lutte des meuniers ne fait que commencer ».
Depuis Orvane, la directrice de la coopérative, Irène Vasseur, a elle aussi jugé « urgent » mardi que les deux camps se parlent : « Chaque jour de grève coûte cher à toute la vallée ».
Le président de la chambre d'agriculture, Bertrand Quillet, a reçu une délégation mercredi.
Le préfet Paul Marchal a dit attendre un geste de Bertrand Quillet quant à sa présidence de la chambre d'agriculture.
La veille, ce dernier s'était excusé auprès des élus pour ses propos sur les grévistes.
Le maire, Hugo Tessier, a inauguré le nouveau pont samedi.
La réunion visait surtout à rassurer les clients « et à préserver les emplois de toute la vallée », a précisé le porte-parole de la coopérative, Marc Lebon, dans un bref communiqué.`;

const KILNS = `Kiln workers walk out at Dorrow pottery

Kiln workers at the Dorrow pottery stopped work on Tuesday over unpaid overtime.
Local traders objected, as did the novelist Arthur Venn who wrote on his blog: ‘The owners would rather see every hearth in the valley freeze than pay.’
Mayor Clara Bright opened the new market hall on Saturday.
Speaking on Radio Dorrow, union steward Mark Fenn said "the kilns stay cold until every hour is paid".
Councillor Ada Pell said the harbour plan approved last week would sink the town under debt for years and should be dropped before the winter session.`;

describe("reported speech beyond « said that »", () => {
  const millers = createEngine(ingest(MILLERS, { slug: "meuniers" }));
  const kilns = createEngine(ingest(KILNS, { slug: "kilns" }));
  const q = (e: typeof millers, text: string) => e.ask(text, emptyConversation()).reply;

  it("words quoted inside reported speech are given, not the reporting clause around them", () => {
    const r = q(millers, "Qu'a dit Gaspard Lemoine ?");
    expect(r.answered).toBe(true);
    expect(plain(r.text)).toContain("la lutte des meuniers ne fait que commencer");
    expect(plain(r.text)).not.toContain("decision du tribunal");
  });

  it("quoted words that go on from the reported clause by « et » are given with it, not alone", () => {
    const r = q(millers, "Qu'a dit Marc Lebon ?");
    expect(r.answered).toBe(true);
    expect(plain(r.text)).toContain("rassurer les clients");
  });

  it("« a elle aussi jugé »: the verb after the subject said again", () => {
    const r = q(millers, "Qu'a dit Irène Vasseur ?");
    expect(r.answered).toBe(true);
    expect(plain(r.text)).toContain("chaque jour de greve coute cher");
    expect(plain(r.text)).not.toMatch(/pas citee|not quoted/);
  });

  it("« ce dernier » after a sentence naming someone inside another's words is them", () => {
    const r = q(millers, "Bertrand Quillet a réagi comment ?");
    expect(r.answered).toBe(true);
    expect(plain(r.text)).toContain("excuse");
  });

  it("a relative clause with a medium (« who wrote on his blog: ‘…’ ») reports the words", () => {
    const r = q(kilns, "What did Arthur Venn say?");
    expect(r.answered).toBe(true);
    expect(plain(r.text)).toContain("every hearth in the valley freeze");
    expect(plain(r.text)).not.toContain("not quoted");
  });

  it("where someone said their words: « Speaking on … » opening the sentence", () => {
    const r = q(kilns, "On which radio did Mark Fenn say it?");
    expect(r.answered).toBe(true);
    expect(r.text).toContain("Radio Dorrow");
  });

  it("what someone said about a subject: the words after it, up to eleven of them", () => {
    const r = q(kilns, "What did Ada Pell say about the harbour plan?");
    expect(r.answered).toBe(true);
    expect(plain(r.text)).toContain("would sink the town");
  });

  it("a reply asked of someone given no words is declined, the decline standing", () => {
    for (const [e, text] of [
      [millers, "Qu'a répondu Hugo Tessier aux meuniers ?"],
      [kilns, "How did Clara Bright react?"],
    ] as const) {
      const r = q(e, text);
      expect(r.answered).toBe(false);
      expect(plain(r.text)).toMatch(/pas cite|not quoted/);
      expect(plain(r.text)).not.toMatch(/inaugure|opened the new market/);
    }
    // a bare « what did X say » of them is answered: the story does not quote them
    const bare = q(kilns, "What did Clara Bright say?");
    expect(bare.answered).toBe(true);
    expect(plain(bare.text)).toContain("not quoted");
  });
});

describe("a reaction told in the passive, asked by the capital that stands for the government (invented story)", () => {
  // every name and sentence invented; the capital (« Varsovie ») is never written in the story
  const story = createEngine(
    ingest(
      `Des blindés massés près de la frontière

Des centaines de blindés ont été acheminés mardi vers la région de Korvel, a indiqué le ministère tchèque de la Défense.
L'arrivée de ces blindés a été aussitôt condamnée par la présidence polonaise comme une « provocation délibérée » envers ses voisins, qui craignent une escalade.`,
      { slug: "blindes-frontiere" },
    ),
  );
  const q = (text: string) => story.ask(text, emptyConversation()).reply;

  it("the capital names the institution of its country: its reaction, not « not quoted »", () => {
    for (const text of ["Varsovie a réagi comment ?", "did warsaw react?"]) {
      const r = q(text);
      expect(r.answered).toBe(true);
      expect(plain(r.text)).toContain("provocation deliberee");
      expect(plain(r.text)).not.toMatch(/ne cite pas|does not quote/);
    }
  });

  it("a quoted fragment is shown with the words that frame it, the passive agent left out", () => {
    const r = q("Qu'a dit la présidence polonaise ?");
    expect(plain(r.text)).toContain("aussitot condamnee comme une « provocation deliberee »");
    expect(plain(r.text)).not.toContain("par la presidence");
  });

  it("« a réagi vite ? »: a word the story never uses does not turn the reaction into « does not say »", () => {
    const r = q("La Pologne a réagi vite ?");
    expect(r.answered).toBe(true);
    expect(plain(r.text)).toContain("aussitot");
  });
});

describe("someone named only inside another speaker's quoted words (invented story)", () => {
  const story = createEngine(
    ingest(
      `Les deux amiraux se sont parlé

L'amiral Jonas Brevik a appelé mercredi son homologue, l'amiral Paul Sandor, a annoncé la marine norvégienne.
« Ce matin, l'amiral Paul Sandor, commandant de la flotte du Nord, a reçu un appel de l'amiral Jonas Brevik », a indiqué le ministère hongrois de la Défense dans un communiqué.
« Pendant l'échange, les deux parties ont évoqué la sécurité des détroits », précise ce communiqué.`,
      { slug: "amiraux" },
    ),
  );
  const q = (text: string) => story.ask(text, emptyConversation()).reply;

  it("not quoted himself: the words that name him, and the statement's next words, said to be the ministry's", () => {
    for (const text of ["Qu'a dit Paul Sandor ?", "what did Sandor say"]) {
      const r = q(text);
      expect(r.answered).toBe(true);
      expect(plain(r.text)).toMatch(/pas cite lui-meme|not quoted himself/);
      expect(plain(r.text)).toContain("securite des detroits");
      expect(plain(r.text)).toMatch(/ministere hongrois|hungarian ministry/);
    }
  });
});

describe("a quoted fragment after its speaker and « said »: the words after the verb (invented story)", () => {
  const story = createEngine(
    ingest(
      `Island dispute flares again

The proposals include reviewing the claim to the Morven Islands. A treaty official told reporters that nothing in the pact allowed expulsion. Castle Row said the ownership of the Morven Islands "stays with the Crown".`,
      { slug: "morven" },
    ),
  );

  it("the verb that only says words were said is left out after the speaker heading the answer", () => {
    const r = story.ask("What did Castle Row say?", emptyConversation()).reply;
    expect(plain(r.text)).toContain("the ownership of the morven islands");
    expect(plain(r.text)).not.toMatch(/castle row: said/);
  });
});

describe("« who denounced X? »: the one whose words the asked verb reports, not one who said other things about X", () => {
  const story = createEngine(
    ingest(
      `Des navires près de l'archipel de Vesk

Le porte-parole des garde-côtes, Arne Vik, affirme que 40 navires de pêche ont été déployés près de l'archipel de Vesk depuis mars.
Le déploiement de ces navires a été vivement dénoncé par le gouvernement de Norlande comme une « provocation calculée ».`,
      { slug: "navires-vesk" },
    ),
  );
  it("answers with the one the passive « dénoncé par » names, in both languages", () => {
    for (const q of ["Qui a dénoncé le déploiement des navires ?", "who denounced the deployment of the ships?"]) {
      const r = story.ask(q, emptyConversation()).reply;
      expect(r.answered, q).toBe(true);
      expect(r.text, q).toMatch(/Norlande/);
      expect(r.text, q).not.toMatch(/Arne Vik/);
    }
  });
});
