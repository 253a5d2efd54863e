import { describe, expect, it } from "vitest";
import { createEngine } from "../src/engine/engine.js";
import { emptyConversation, type Reply } from "../src/engine/reply.js";
import { ingest } from "../src/story/ingest.js";
import { dateIn } from "../src/engine/answers/anchor.js";

/**
 * When and where anchored on the event asked (answers/anchor.ts), on invented dispatches (every
 * name, number and sentence made up): the date that answers is the one by the question's own
 * event, not the day a source told it, nor a year that names a thing (« the 2031/2032 plan »);
 * the place is one after a preposition of place (« près du village de X »), never
 * a person's name, a day or a place noun; « which day » wants a day, not « recently ».
 */
const EN = `Norland budget passes on second try

Finance minister Edda Brask said on Monday that she tabled the 2031/2032 spending plan in parliament on Thursday, her second attempt since March.
The navy drills began yesterday off the port city of Valsund, officials said.
Brask met the trade envoy Ivo Lind in Karsholm last week.
The opposition may still challenge the plan in court next month, Brask told reporters on Friday.`;

const FR = `Manœuvres au large de la côte ostrienne

Des navires de guerre ont manœuvré près du port de Morvik pendant deux jours, a indiqué mardi le ministère.
Les pêcheurs du port ont dit avoir aperçu les navires il y a quelques jours.
« Les navires étaient là jeudi 14 avril 2033 », a assuré un pêcheur.
L'opposition pourrait contester le plan en justice le mois prochain, a déclaré vendredi son chef.`;

const en = createEngine(ingest(EN, { slug: "norland-budget" }));
const fr = createEngine(ingest(FR, { slug: "ostrie-manoeuvres" }));
const ask = (engine: ReturnType<typeof createEngine>, q: string): Reply => engine.ask(q, emptyConversation()).reply;

describe("when: the date of the event asked", () => {
  it("gives the day of the event, not the day the source spoke, nor a year naming the plan", () => {
    const r = ask(en, "When did Brask table the spending plan?");
    expect(r.intent).toBe("when");
    expect(r.text).toMatch(/Thursday/);
    expect(r.text).not.toMatch(/Monday|2032|2031/);
  });
  it("a future question takes the date of what is still to come, not the day it was said", () => {
    const r = ask(fr, "Quand l'opposition pourrait-elle contester le plan ?");
    expect(r.text).toMatch(/mois prochain/);
    expect(r.text).not.toMatch(/vendredi/i);
  });
  it("an English « may » is a verb, not a month", () => {
    const r = ask(en, "When could the opposition challenge the plan?");
    expect(r.text).toMatch(/next month/);
    expect(r.text).not.toMatch(/\bmay\b/i);
  });
  it("a French reader of an English story gets the day of the event in French, the story’s words beside it", () => {
    const r = ask(en, "Quand Brask a-t-elle présenté son plan au parlement ?");
    expect(r.text).toBe("Quand : jeudi (on Thursday).");
  });
  it("« quel jour » wants a day, a date in a quote included, not « il y a quelques jours »", () => {
    const r = ask(fr, "Les navires étaient là quel jour ?");
    expect(r.text).toBe("Quand : jeudi 14 avril 2033.");
  });
});

describe("where: a place by the event", () => {
  it("reads the place after a place noun (« off the port city of X »), not the place noun", () => {
    const r = ask(en, "where did the navy drills begin?");
    expect(r.intent).toBe("where");
    expect(r.text).toBe("Where: Valsund.");
  });
  it("says the place alone, never a person met there", () => {
    const r = ask(en, "Where did Brask meet the trade envoy?");
    expect(r.text).toBe("Where: Karsholm.");
  });
  it("the place the question names is what it asks about: never the answer to where that is", () => {
    const camp = createEngine(ingest(`Aid stalls at desert camp

Aid workers in the Dunmere camp said supplies ran out last week.
The Dunmere camp sits in the hills close to Ostria's frontier with Varland, officials said.`, { slug: "dunmere-camp" }));
    const r = ask(camp, "where is dunmere camp");
    expect(r.text).not.toMatch(/Where: Dunmere/);
    expect(r.text).toMatch(/Ostria|Varland/);
  });
  it("the place asked about in the question's own language is no answer either (« Allemagne » names « Germany »)", () => {
    const camp = createEngine(ingest(`Aid stalls at desert camp

Aid workers in the Dunmere camp in Germany said supplies ran out last week.
Germany's Dunmere camp lies in the desert near Ostria's border with Varland, officials said.`, { slug: "dunmere-camp-de" }));
    const r = ask(camp, "Où se trouve le camp de Dunmere en Allemagne ?");
    expect(r.text).not.toMatch(/Germany/);
  });
});

describe("dates in the reader's language", () => {
  it("translates day and month names, glosses what it cannot translate, the story's words beside them, and the story's words alone for its own language", () => {
    expect(dateIn("on Thursday", "fr", "en")).toBe("jeudi (on Thursday)");
    expect(dateIn("mardi 3 août", "en", "fr")).toBe("Tuesday 3 August (mardi 3 août)");
    expect(dateIn("yesterday", "fr", "en")).toBe("hier");
    expect(dateIn("la semaine dernière", "en", "fr")).toBe("last week");
    expect(dateIn("last November", "fr", "en")).toBe("novembre (last November)");
    expect(dateIn("le 3 mai", "fr", "fr")).toBe("3 mai");
  });
});

const SPAN = `Westmark union chief re-elected

Mira Holt, 58, has headed the Westmark dockers' union since 2029.
The union will hold its next congress in Dorval, its spokesman said on Monday.
Holt gave an interview to Portside on Sunday, at the union's offices in Dorval.
The reform cuts the fund from R8bn to R3.5bn.`;
const span = createEngine(ingest(SPAN, { slug: "westmark-union" }));

describe("spans, the future, and what is not a place", () => {
  it("« since when » takes the date that opens the span, in the reader's language, though the question's verb differs", () => {
    const r = ask(span, "Depuis quand Mira Holt dirige-t-elle le syndicat des dockers ?");
    expect(r.text).toMatch(/^Quand : depuis 2029/);
  });
  it("a future question no date of the story dates is declined, not answered with another day", () => {
    const r = ask(span, "When will the union hold its next congress?");
    expect(r.answered).toBe(false);
    expect(r.text).not.toMatch(/Monday/);
  });
  it("« an interview to X » names whom she spoke to, not a place; a currency letter is no place", () => {
    const r = ask(span, "Where did Holt give the interview?");
    expect(r.text).toMatch(/Dorval/);
    expect(r.text).not.toMatch(/Portside/);
    const cut = ask(span, "Where was the fund cut?");
    expect(cut.text).not.toMatch(/Where: R\./);
  });
});

const FILED = `VALSTAD, 3 mars (AFP) - Les pays riverains veulent mieux protéger leurs stocks de poisson après trois hivers de pêche maigre.
Leurs ministres de la Pêche sont convenus mardi de créer une agence commune de surveillance des stocks.
L'agence devra publier un premier rapport avant la fin de l'année, a précisé la présidence tournante.
Les pêcheurs de Morvik ont salué la décision.`;
const filed = createEngine(ingest(FILED, { slug: "valstad-peche" }));

describe("the dateline's place for the lead event", () => {
  it("« where was the meeting » of the event the dispatch opens with, whose sentence names no place: where the story was filed", () => {
    const r = ask(filed, "Où les ministres ont-ils décidé de créer l'agence ?");
    expect(r.intent).toBe("where");
    expect(r.text).toMatch(/^Où : Valstad/i);
  });
  it("not for a later sentence's event", () => {
    const r = ask(filed, "Où les pêcheurs ont-ils salué la décision ?");
    expect(r.text).not.toMatch(/Valstad/i);
  });
});

describe("an hour or a year asked", () => {
  const story = createEngine(
    ingest(
      `Grève au port de Valbrune

Les dockers de Valbrune ont cessé le travail mardi à 6 heures, a indiqué le syndicat.
Le préfet doit recevoir les délégués vendredi à 15 heures à la préfecture.
Le port, ouvert au commerce en 1874, a connu sa dernière grève un lundi de mars.`,
      { slug: "valbrune-greve" },
    ),
  );
  it("« à quelle heure », wherever it stands, is a when-question answered by the hour, not the day", () => {
    const r = ask(story, "Le préfet reçoit les délégués à quelle heure ?");
    expect(r.intent).toBe("when");
    expect(r.text).toMatch(/15 heures/);
    expect(r.text).not.toMatch(/vendredi/);
    expect(ask(story, "À quelle heure les dockers ont-ils cessé le travail ?").text).toMatch(/6 heures/);
  });
  it("« en quelle année » is a when-question answered by the year", () => {
    const r = ask(story, "En quelle année le port a-t-il ouvert au commerce ?");
    expect(r.intent).toBe("when");
    expect(r.text).toMatch(/1874/);
  });
  it("« quelle heure est-il » asks the clock, not the story", () => {
    expect(ask(story, "quelle heure est-il ?").answered).toBe(false);
  });
});

describe("the dispatch's own date and place", () => {
  const dated = createEngine(
    ingest(
      `Le fil de l'actualité

Retrouvez ici toute l'actualité de ce mercredi 12 mars.
Le conseil de Valbrune a voté le budget du port, qui doit être exécuté jusqu'au 30 juin.
La précédente séance s'était tenue le 4 février.`,
      { slug: "valbrune-fil" },
    ),
  );
  const filed = createEngine(
    ingest(
      `(Karsholm) Le ministre norlandais du Commerce, Ivo Lind, a rencontré mardi les armateurs du port de Valsund, a annoncé son ministère.
La rencontre portait sur les tarifs du fret.`,
      { slug: "karsholm-fret" },
    ),
  );
  const undated = createEngine(ingest(`Harbour talks\n\nShipowners met the trade minister to discuss freight rates.\nThe talks will resume by April 30.`, { slug: "harbour-talks" }));
  it("« l'article date de quand ? », \"what day was this written?\": the day the story names as its own, not a deadline nor an earlier day", () => {
    const fr = ask(dated, "l'article date de quand ?");
    expect(fr.text).toMatch(/mercredi 12 mars/);
    expect(fr.text).not.toMatch(/30 juin|4 février/);
    expect(ask(dated, "what day was this written?").text).toMatch(/Wednesday 12 March/);
  });
  it("« d'où vient la dépêche ? », \"where was this filed from?\": the dateline's place, not a place the story names", () => {
    expect(ask(filed, "d'où vient la dépêche ?").text).toMatch(/Karsholm/);
    const en = ask(filed, "where was this filed from?");
    expect(en.text).toMatch(/Karsholm/);
    expect(en.text).not.toMatch(/Valsund/);
  });
  it("declined when the story gives no date of its own and no dateline (a deadline is none)", () => {
    expect(ask(undated, "what day was this written?").answered).toBe(false);
    expect(ask(undated, "where was this filed from?").answered).toBe(false);
  });
});

describe("a list of places", () => {
  it("« to X, Y and the Z »: every place of the list, not its first alone", () => {
    const trip = createEngine(ingest(`Norland's premier delays trip\n\nPremier Ivo Lind has postponed his official trip to Varia, Ostmark and the Tarnian Isles amid the dispute with Karsholm.`, { slug: "lind-trip" }));
    for (const q of ["where was Lind supposed to go?", "Où devait aller Lind ?"]) {
      const r = ask(trip, q);
      expect(r.text, q).toMatch(/Varia/);
      expect(r.text, q).toMatch(/Ostmark/);
      expect(r.text, q).toMatch(/Tarnian Isles/);
    }
  });
  it("a person named after a place is no place of the list", () => {
    const r = ask(createEngine(ingest(`Talks in Valsund\n\nThe talks were held in Valsund, Edda Brask said after the meeting.`, { slug: "valsund-talks" })), "where were the talks held?");
    expect(r.text).toMatch(/Valsund/);
    expect(r.text).not.toMatch(/Where:[^.]*Brask/);
  });
});

describe("when and where: the bound, the latest date, the destination", () => {
  const strike = createEngine(
    ingest(
      `Grève à l'université de Valbrune

Depuis la reprise de janvier, les enseignants de Valbrune protestent contre la réforme.
Les syndicats annoncent un mouvement reconductible à compter du 12 mars, selon leurs délégués.
Le rectorat n'a pas réagi.`,
      { slug: "valbrune-greve" },
    ),
  );
  const tests = createEngine(
    ingest(
      `Norland warhead worries

Norland unveiled a new warhead on Monday, officials said.
Analysts note that Norland's last two rocket tests in 2031 and 2033 followed the disclosure of other warheads.
The navy flew a patrol over the Varsund strait.`,
      { slug: "norland-warhead" },
    ),
  );
  const flight = createEngine(
    ingest(
      `Un avion dérouté

Le vol venu depuis Lisbonne a été retardé mardi, puis a décollé à destination d'Oslo après une alerte à bord.
Les passagers ont été pris en charge par la compagnie.`,
      { slug: "vol-deroute" },
    ),
  );
  it("« à partir de quand … ? »: the date after « à compter du », not the one after « depuis »", () => {
    const r = ask(strike, "À partir de quand le mouvement reconductible est-il prévu ?");
    expect(r.text).toMatch(/12 mars/);
    expect(r.text).not.toMatch(/janvier/);
  });
  it("« when did X last … ? »: the latest of the years the sentence gives", () => {
    const r = ask(tests, "When did Norland last test a rocket?");
    expect(r.text).toMatch(/2033/);
    expect(r.text).not.toMatch(/2031/);
  });
  it("« il allait où ? »: the place after « à destination de », not the one it left", () => {
    const r = ask(flight, "Le vol allait où ?");
    expect(r.answered).toBe(true);
    expect(r.text).toMatch(/Oslo/);
    expect(r.text).not.toMatch(/Lisbonne/);
    expect(ask(flight, "Where was the flight going?").text).toMatch(/Oslo/);
  });
});

/** Dates as news copy writes them, and the end of an event asked (invented stories). */
const DATES_EN = `Vask leaders hold last debate

Five party chiefs gathered on Saturday for a televised debate before the Nov. 14 general election, organisers said.
In March last year, the electoral board said it had tested a new counting machine.
The naval drills off Kerlo began on Tuesday and will end on May 9, the navy said.
The harbour festival opened on Friday, the mayor said.`;

const DATES_FR = `Un hangar s'effondre à Valdor

Un hangar a brûlé la nuit de mardi à mercredi à Valdor, a indiqué la préfecture.
La grève des dockers doit se poursuivre jusqu'au 14 avril, selon le syndicat.`;

const dEn = createEngine(ingest(DATES_EN, { slug: "vask-debate" }));
const dFr = createEngine(ingest(DATES_FR, { slug: "valdor-hangar" }));

describe("dates as news copy writes them", () => {
  it("reads a month shortened before its day (« Nov. 14 »)", () => {
    expect(ask(dEn, "when is the general election?").text).toMatch(/Nov\. 14/);
  });
  it("reads « in March last year » as one date, not a span counted from the telling", () => {
    const r = ask(dEn, "when did they test the counting machine?");
    expect(r.text).toMatch(/March last year/);
    expect(r.text).not.toMatch(/no date to count from/);
  });
  it("reads « la nuit de mardi à mercredi » as one night, both days", () => {
    const r = ask(dFr, "Le hangar a brûlé quand ?");
    expect(r.text).toMatch(/mardi à mercredi/);
  });
});

describe("when an event ends", () => {
  it("gives the date of the end, not the day the event began", () => {
    const r = ask(dEn, "when do the naval drills end?");
    expect(r.text).toMatch(/May 9/);
    expect(r.text).not.toMatch(/Tuesday/);
  });
  it("reads « jusqu'au » as the end", () => {
    expect(ask(dFr, "la grève des dockers dure jusqu'à quand ?").text).toMatch(/jusqu'au 14 avril/);
  });
  it("declines when the story dates only the start", () => {
    const r = ask(dEn, "when does the harbour festival end?");
    expect(r.answered).toBe(false);
    expect(r.text).not.toMatch(/^When: Friday/);
  });
});

describe("where: a compass point and a venue", () => {
  const story = createEngine(
    ingest(
      `Un nouveau radar pour la défense

Norland et Varia ont décidé la semaine dernière d'installer le radar dans le Nord.
Le radar sera installé dans le comté montagneux de Kelmor, a précisé le ministère.
Dimanche, la ministre Edda Brask a déposé une gerbe au mémorial de Valsund dédié aux marins morts dans la Baie Grise.`,
      { slug: "norland-radar" },
    ),
  );
  const q = (s: string): Reply => story.ask(s, emptyConversation()).reply;
  it("a compass point alone (« dans le Nord ») says less than the named place another sentence gives", () => {
    const r = q("Où le radar sera-t-il installé ?");
    expect(r.text).toContain("Kelmor");
    expect(r.text).not.toMatch(/Nord/);
  });
  it("a venue before a town (« au mémorial de X ») is part of the place", () => {
    expect(q("Où la ministre a-t-elle déposé une gerbe ?").text).toContain("mémorial de Valsund");
  });
});

describe("a year right after a capitalised name is part of the name, not a date", () => {
  const story = `Norland orders new trucks

The Norland army will receive its first Brannox 2040 trucks after the winter, the defence ministry said on Tuesday.
The ministry signed the order in Karsholm in 2036.`;
  const e = createEngine(ingest(story, { slug: "norland-trucks" }));
  it("« the Brannox 2040 trucks » dates nothing: the answer is not « 2040 »", () => {
    const r = ask(e, "When will the army receive the first trucks?");
    expect(r.text).not.toMatch(/2040/);
  });
  it("a year after « in » still dates", () => {
    expect(ask(e, "When did the ministry sign the order?").text).toMatch(/2036/);
  });
});

describe("a time told by an event (« le premier jour de son mandat », “the day after the vote”)", () => {
  it("the phrase answers « when » as a date does, in either language", () => {
    const e = createEngine(
      ingest(
        `Water relief for farmers

Farmers across the Ostmark plain say the drought is the worst in forty years.

Governor Hana Kolar opened the first water depots in the third week of her mandate, and 40 tankers now serve the plain.`,
        { slug: "ostmark-relief" },
      ),
    );
    expect(ask(e, "when did Kolar open the water depots?").text).toMatch(/third week of her mandate/);
    const f = createEngine(
      ingest(
        `Arrêté anti-bruit

Le maire de Kerlune, Hugo Tessier, a signé l'arrêté anti-bruit au lendemain du conseil municipal, a indiqué la mairie.

La mesure avait été réclamée par les riverains en 2020.`,
        { slug: "kerlune-bruit" },
      ),
    );
    const r = ask(f, "quand le maire a-t-il signé l'arrêté ?").text;
    expect(r).toMatch(/lendemain du conseil/);
    expect(r).not.toMatch(/2020/);
  });
});

describe("what a time told by an event is not", () => {
  const en = createEngine(
    ingest(
      `Brask council raises the water tax

BRASK, May 9 - Councillor Ilse Varn met the regulator last week in Ostmark, her office said.
The chairman resigned the day after the vote, and the council met on May 2 to vote on the tax.
In the last month of her second term, Varn froze the levy.`,
      { slug: "brask-tax" },
    ),
  );
  const fr = createEngine(
    ingest(
      `Registre électoral à Brask

BRASK, 9 mai - La mairie a publié mardi la mise à jour des listes électorales, a indiqué la préfecture.
Le texte figurait à l'ordre du jour du conseil de jeudi.
Les riverains ont manifesté au lendemain du conseil.`,
      { slug: "brask-registre" },
    ),
  );
  it("English writes « the day after » with its own « of »-less event", () => {
    expect(ask(en, "when did the chairman resign?").text).toMatch(/the day after the vote/);
  });
  it("the event asked does not date itself (« au lendemain du conseil » for « quand le conseil »)", () => {
    expect(ask(fr, "c'était quand le conseil ?").text).toMatch(/jeudi/);
    expect(ask(en, "when did the council vote on the tax?").text).toMatch(/May 2/);
  });
  it("a word that ranks the event stands before its noun (« her second term »)", () => {
    expect(ask(en, "when did Varn freeze the levy?").text).toMatch(/last month of her second term/);
  });
  it("« last week in Ostmark » is a span counted from the telling, no event; « mise à jour des listes » no time", () => {
    expect(ask(en, "when did Varn meet the regulator?").text).toMatch(/last week, counted from/);
    expect(ask(fr, "quand la mairie a-t-elle publié la mise à jour ?").text).toMatch(/mardi/);
  });
});

describe("where: the finer place of the event", () => {
  // invented: the first sentence names the country, a later one the valley, both of the same avalanche
  const SNOW = `Avalanche buries ski run

An avalanche hit in Austria on Sunday, burying part of a ski run and a lift station.
The resort closed for the rest of the day.
Mountain guides said the avalanche hit in Kessel valley, high above the resort.`;
  const snow = createEngine(ingest(SNOW, { slug: "ski-run-avalanche" }));
  it("« where did the avalanche hit »: the valley a later sentence gives, not the country of the first", () => {
    const r = ask(snow, "where did the avalanche hit?");
    expect(r.intent).toBe("where");
    expect(r.text).toMatch(/Kessel/);
    expect(r.text).not.toMatch(/Austria/);
  });
  it("« which country »: the country still answers", () => {
    const r = ask(snow, "in which country did the avalanche hit?");
    expect(r.text).toMatch(/Austria/);
  });
});
