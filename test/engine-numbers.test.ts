import { describe, expect, it } from "vitest";
import { createEngine } from "../src/engine/engine.js";
import { emptyConversation, type Reply } from "../src/engine/reply.js";
import { ingest } from "../src/story/ingest.js";

/**
 * Number questions, end to end through the real ingest, on two invented dispatches (every name,
 * number and sentence made up): the figure that agrees with what is asked — what is counted, its
 * nationality, the time it holds for, the part of the sentence it belongs to, each vs in all, a
 * share vs a count — with its qualifier and source; who withheld a number; and, when nothing
 * agrees, a decline that says what the story gives instead.
 */
const FR = `(Vilnius) Les armées lettone et estonienne ont lancé lundi l'exercice « Bouclier du Nord », le plus vaste de la région depuis dix ans, a annoncé le ministère letton de la Défense.

Riga et Tallinn n'ont pas précisé le nombre de soldats engagés dans ces manœuvres, mais selon des diplomates occidentaux, quelque 12 000 militaires lettons y participent.

L'an dernier, 4 500 soldats américains avaient pris part à l'exercice, a rappelé le porte-parole de l'état-major, le colonel Aivars Ozols.

Washington n'a pas indiqué combien de soldats américains participeraient cette année.

Les deux chefs d'état-major se sont entretenus par téléphone dimanche.

Selon le ministère, 40 drones ont été lancés pendant la première journée, dont 12 ont été abattus par la défense aérienne.

Un accident de camion a fait trois morts et onze blessés parmi les réservistes.

Chaque drone coûte 80 000 euros, pour un budget total de 45 millions d'euros.

Jusqu'à 70 % des réservistes viennent des régions rurales.

Le contingent compte 300 parachutistes et 25 chars, et a reçu 200 tonnes de matériel.

Un incendie provoqué par des tirs a détruit 1 200 hectares de forêt.`;

const EN = `Harbourview, a maker of ferries, said on Tuesday its revenue rose to $2.4 billion last year, up from $1.9 billion in 2022.

The company agreed to buy rival Seacrest for $800 million, a deal expected to close by June.

Harbourview will cut between 300 and 450 jobs, chief executive Dana Kowalski said.

Its ferries carried 12 million passengers in 2023, the company said.

Kowalski, 52, said fares would rise by 3% to 5% next year.`;

const fr = createEngine(ingest(FR, { slug: "exercice-nord" }));
const en = createEngine(ingest(EN, { slug: "harbourview" }));
const ask = (engine: typeof fr, q: string): Reply => engine.ask(q, emptyConversation()).reply;

describe("the headline count", () => {
  it("gives every troop figure with its source, and says who gave none", () => {
    for (const q of ["How many troops?", "Combien de soldats ?"]) {
      const r = ask(fr, q);
      expect(r.answered).toBe(true);
      expect(r.text).toContain("12 000");
      // the claimant in the asker's language
      expect(r.text).toMatch(r.lang === "en" ? /according to (?:the )?Western diplomats/ : /selon (?:les )?diplomates occidentaux/);
      expect(r.text).toMatch(/Riga (?:et|and) Tallinn/);
      // two chiefs of staff are not troops; last year's count is not this exercise's
      expect(r.text).not.toContain("deux chefs");
      expect(r.text).not.toContain("4 500");
    }
  });
  it("cites the sentences beneath the answer instead of pasting them", () => {
    const r = ask(fr, "How many troops?");
    expect(r.citations.map((c) => c.sentence)).toContain(1);
    expect(r.text).not.toContain("mais selon des diplomates occidentaux, quelque 12 000 militaires lettons y participent");
  });
});

describe("time: this exercise, last year, a named year", () => {
  it("a count withheld for this year is « not given », never last year's figure", () => {
    const r = ask(fr, "How many US troops take part in the new exercise?");
    expect(r.answered).toBe(true);
    expect(r.text).toMatch(/not given|did not|gave no/);
    expect(r.text).toMatch(/Washington/);
    expect(r.text).not.toContain("4 500");
  });
  it("last year's figure answers a question about last year", () => {
    expect(ask(fr, "How many American soldiers took part last year?").text).toContain("4 500");
    expect(ask(fr, "Combien de soldats américains l'an dernier ?").text).toContain("4 500");
  });
  it("a named year picks the figure written next to it", () => {
    const r = ask(en, "How much revenue did Harbourview make in 2022?");
    expect(r.text).toContain("1.9");
    expect(r.text).not.toContain("2.4");
  });
});

describe("what is counted", () => {
  it("launched vs shot down, in one sentence", () => {
    const down = ask(fr, "How many drones were shot down?");
    expect(down.text).toMatch(/\b12\b/);
    expect(down.text).not.toContain("40");
    const launched = ask(fr, "Combien de drones ont été lancés ?");
    expect(launched.text).toContain("40 drones");
  });
  it("killed vs injured", () => {
    expect(ask(fr, "Combien de morts ?").text).toContain("trois morts");
    const hurt = ask(fr, "How many were injured?");
    expect(hurt.text).toContain("onze blessés");
    expect(hurt.text).not.toContain("trois morts");
  });
  it("a nationality on the counted noun must be the one asked", () => {
    const r = ask(fr, "How many Estonian soldiers take part?");
    expect(r.text).not.toContain("12 000");
  });
  it("a share is not a count", () => {
    const r = ask(fr, "How many reservists come from rural regions?");
    expect(r.text.includes("70") && r.answered).toBe(false);
    expect(ask(fr, "What share of the reservists come from rural regions?").text).toContain("70");
  });
  it("tanks and paratroopers are counted by their own figures", () => {
    expect(ask(fr, "How many tanks?").text).toContain("25 chars");
    expect(ask(fr, "combien de parachutistes ?").text).toContain("300 parachutistes");
  });
});

describe("money: each vs in all, what the sum is of", () => {
  it("a unit price answers « each », the total answers « in all »", () => {
    const each = ask(fr, "How much does each drone cost?");
    expect(each.text).toContain("80 000");
    expect(each.text).not.toContain("45 millions");
    expect(ask(fr, "Quel est le budget total ?").text).toContain("45 millions");
  });
  it("« how much revenue » is not the price of a takeover", () => {
    const r = ask(en, "How much revenue did Harbourview make last year?");
    expect(r.text).toContain("2.4");
    expect(r.text).not.toContain("800");
    expect(ask(en, "How much is Harbourview paying for Seacrest?").text).toContain("800");
  });
  it("both ends of a range", () => {
    const r = ask(en, "By how much will fares rise?");
    expect(r.text).toContain("3%");
    expect(r.text).toContain("5%");
  });
});

describe("nouns across languages and registers", () => {
  it("passengers, passagers and ppl reach the same figure", () => {
    for (const q of ["How many passengers did the ferries carry?", "Combien de passagers ?", "how many ppl did the ferries carry"]) expect(ask(en, q).text).toContain("12 million");
  });
  it("hectares and « matos »", () => {
    expect(ask(fr, "How many hectares burned?").text).toContain("1 200 hectares");
    expect(ask(fr, "ils ont reçu combien de matos ?").text).toContain("200 tonnes");
  });
});

describe("when no figure agrees", () => {
  it("declines, and says what the story gives and for what", () => {
    const r = ask(fr, "How many helicopters?");
    expect(r.answered).toBe(false);
    expect(r.text).toMatch(/no number/);
  });
  it("names the count asked, and who withheld a count of the same thing", () => {
    const r = ask(fr, "How many Lithuanian soldiers take part?");
    expect(r.answered).toBe(false);
    expect(r.text).toContain("Lithuanian soldiers");
    expect(r.text).toMatch(/gave no number/);
    expect(r.text).not.toMatch(/^« quelque 12 000/);
  });
  it("« combien il y a de X » names X after the existential: a count of something else is no answer", () => {
    const r = ask(fr, "Combien il y a d'hélicoptères dans l'exercice ?");
    expect(r.answered).toBe(false);
    expect(r.text).toMatch(/ne donne pas ce nombre/);
  });
});

const PLACES = `Ruritania has recorded about 40,000 cases of the fever since the outbreak began in Strelsau in March, the health ministry said on Monday.

In the capital Zenda, hospitals reported 9,500 cases and 610 deaths.

Worldwide there are 2.3 million cases and 88,000 deaths, according to the health agency.`;
const places = createEngine(ingest(PLACES, { slug: "fever" }));

describe("place: where the count holds", () => {
  it("a count for the place asked, not the world's or another place's", () => {
    for (const q of ["How many deaths in Zenda?", "Combien de morts à zenda ?"]) {
      const r = ask(places, q).text;
      expect(r).toContain("610 deaths");
      expect(r).not.toContain("88,000");
    }
  });
  it("asked over the world, the world's count", () => {
    for (const q of ["How many deaths worldwide?", "Combien de morts dans le monde ?"]) {
      const r = ask(places, q).text;
      expect(r).toContain("88,000 deaths");
      expect(r).not.toContain("610");
    }
  });
  it("a place the story gives no count for: declined, with where the counts it gives hold", () => {
    const r = ask(places, "How many deaths in Strelsau?");
    expect(r.answered).toBe(false);
    expect(r.text).toContain("« 610 deaths » (Zenda)");
    expect(r.text).toContain("« 88,000 deaths » (worldwide)");
  });
});

describe("two counts asked together", () => {
  it("« how many X and Y » gives both", () => {
    for (const q of ["Combien de morts et de blessés ?", "How many dead and injured?"]) {
      const r = ask(fr, q).text;
      expect(r).toContain("trois morts");
      expect(r).toContain("onze blessés");
    }
    const r = ask(fr, "How many paratroopers and tanks?").text;
    expect(r).toContain("300 parachutistes");
    expect(r).toContain("25 chars");
  });
  it("one of the two not given: the one given, and that the other is not", () => {
    const r = ask(fr, "How many tanks and helicopters?");
    expect(r.answered).toBe(true);
    expect(r.text).toContain("25 chars");
    expect(r.text).toMatch(/no number of helicopters/);
  });
});

const DEAL = `Orbisoft agreed to buy the game studio Kestrel for $4.2 billion, the company said on Monday.

Orbisoft promised to pay Kestrel a $300 million fee if regulators block the deal.`;
const deal = createEngine(ingest(DEAL, { slug: "deal" }));

describe("a sum owed on a condition", () => {
  it("the plain question gets the price, not the fee owed if something happens", () => {
    const r = ask(deal, "How much is Orbisoft paying for Kestrel?").text;
    expect(r).toContain("4.2 billion");
    expect(r).not.toContain("300 million");
  });
  it("the question that asks on the condition gets the conditional sum", () => {
    const r = ask(deal, "If regulators block the deal, how much must Orbisoft pay?").text;
    expect(r).toContain("300 million");
  });
});

const SOURCES = `(Riga) Selon l'armée de l'air lettone, 90 drones russes ont été lancés pendant la nuit contre la région de Latgale.

Selon l'agence Baltinfo, une soixantaine de drones ont été lancés pendant la nuit.`;
const sources = createEngine(ingest(SOURCES, { slug: "drones" }));

describe("claimant: the figure of the source the question names", () => {
  it("« according to the Latvian air force »: a nationality of the source, not of the drones; that source's figure", () => {
    const r = ask(sources, "How many drones were launched overnight, according to the Latvian air force?");
    expect(r.answered).toBe(true);
    expect(r.text).toContain("90 drones");
    expect(r.text).not.toContain("soixantaine");
  });
  it("another source named: its figure", () => {
    for (const q of ["How many drones were launched, according to Baltinfo?", "Combien de drones lancés selon l'agence Baltinfo ?"]) {
      const r = ask(sources, q).text;
      expect(r).toContain("soixantaine");
      expect(r).not.toContain("90 drones");
    }
  });
});

const BOMBING = `The bombing of the market in Valdoria killed 41 and wounded 130, the regional governor said on Sunday.

Rescuers took 12 survivors to hospitals in the capital.`;
const bombing = createEngine(ingest(BOMBING, { slug: "bombing" }));

describe("a bare number after a verb of killing or wounding", () => {
  it("counts the dead: killed, not wounded nor survivors", () => {
    for (const q of ["How many people did the bombing kill?", "Combien de morts ?"]) {
      const r = ask(bombing, q);
      expect(r.answered).toBe(true);
      expect(r.text).toContain("killed 41");
      expect(r.text).not.toContain("130");
      expect(r.text).not.toContain("survivors");
    }
  });
  it("counts the wounded", () => {
    const r = ask(bombing, "How many wounded?").text;
    expect(r).toContain("wounded 130");
    expect(r).not.toContain("41");
  });
});

const DRILL = `Latvia and Lithuania are fielding more than 800 troops each in the Iron Gate drills, while smaller numbers of Estonian forces join them.`;
const drill = createEngine(ingest(DRILL, { slug: "drill" }));

describe("nationality: the figure's own clause", () => {
  it("a nationality named in another clause of the sentence does not get that clause's count", () => {
    const r = ask(drill, "How many Estonian troops are taking part?");
    expect(r.answered).toBe(false);
    expect(r.text).not.toMatch(/^« more than 800/);
  });
  it("the count of the clause it belongs to", () => {
    expect(ask(drill, "How many Latvian troops take part?").text).toContain("more than 800 troops");
  });
});

const SPANS = `(Tallinn) Le ministre letton est arrivé lundi pour une visite de trois jours.

Les ventes de l'entreprise publique ont progressé de 4 % au cours des six premiers mois de l'année.`;
const spans = createEngine(ingest(SPANS, { slug: "spans" }));

describe("duration: a span of the thing asked about", () => {
  it("the visit's length for the visit", () => {
    expect(ask(spans, "Combien de temps dure la visite ?").text).toContain("trois jours");
  });
  it("no span of another thing for a thing the story gives none for", () => {
    const r = ask(spans, "Combien de temps a duré la grève des dockers ?");
    expect(r.answered).toBe(false);
  });
});

const DATED = `RIGA, 14 mars 2023 (AFP) - Le ministre letton de la Défense a annoncé jeudi 12 octobre l'envoi de 300 soldats en Estonie.

Les soldats arriveront le 3 novembre, a précisé le ministère.`;
const dated = createEngine(ingest(DATED, { slug: "dated" }));

describe("where and when beside a count", () => {
  it("« combien, où et quand » : the place the count goes to (not the dateline's) and the day, with no year the sentence lacks", () => {
    const r = ask(dated, "Combien de soldats, où et quand ?").text;
    expect(r).toContain("300 soldats");
    expect(r).toContain("Où : Estonie");
    expect(r).not.toContain("Riga");
    expect(r).toContain("jeudi 12 octobre");
    expect(r).not.toMatch(/\b20\d\d\b/);
  });
  it("a date without a year is given without one", () => {
    const r = ask(dated, "When will the soldiers arrive?");
    expect(r.text).toContain("3 novembre");
    expect(r.text).not.toMatch(/\b(?:19|20)\d\d\b/);
  });
});

const COUNTRIES = `Spain has recorded about 5,000 cases of the fever.

Portugal overall has counted 20,000 cases.`;
const countries = createEngine(ingest(COUNTRIES, { slug: "countries" }));

describe("nationality: a country across languages, and the sentence before", () => {
  it("a French question's « Espagne » meets an English story's « Spain »; the next sentence's count for the US is not Spain's", () => {
    const r = ask(countries, "combien de cas en espagne ?");
    expect(r.answered).toBe(true);
    expect(r.text).toContain("5,000 cases");
    expect(r.text).not.toContain("20,000");
  });
});

const LOSS = `Ferry maker warns on contract

The firm could lose from 12 million to 18 million pounds on the harbour deal, or roughly 7 percent of what it earns in a year, chief executive Dana Kowalski said.`;
const loss = createEngine(ingest(LOSS, { slug: "loss" }));

describe("a sum asked with a verb of money", () => {
  it("« how much … lose », « combien … perdre » with nothing counted named: the sum, not the share beside it", () => {
    for (const q of ["How much does the firm expect to lose?", "Combien la société s'attend à perdre sur ce contrat ?"]) {
      const r = ask(loss, q);
      expect(r.text).toMatch(/12 million/);
      expect(r.text).not.toMatch(/7 percent/);
    }
  });
});

const FOREST = `Les loups menacés

Kestrel abrite l'un des derniers massifs anciens du pays. D'après un comptage récent, il restait environ 300 loups dans la zone.

Dans la vallée voisine, les gardes ont compté 40 loups l'hiver dernier.`;
const forest = createEngine(ingest(FOREST, { slug: "forest" }));

describe("a name the question writes after « de » on a noun", () => {
  it("« dans la zone de Kestrel »: the sentence that says « la zone » after one naming Kestrel speaks of it", () => {
    const r = ask(forest, "Combien de loups reste-t-il dans la zone de Kestrel ?");
    expect(r.answered).toBe(true);
    expect(r.text).toContain("300");
    expect(r.text).not.toContain("40 loups");
  });
});

const CLAUSE = `Alliance clause used again

Since the alliance's creation in 1961, Article 9 has been invoked four times.

The alliance has 31 members.`;
const clause = createEngine(ingest(CLAUSE, { slug: "clause" }));

describe("occurrences counted", () => {
  it("« combien de fois » meets « four times » of an English story", () => {
    const r = ask(clause, "combien de fois l'article 9 a été invoqué ?");
    expect(r.answered).toBe(true);
    expect(r.text).toContain("four times");
  });
});

const OUTLAYS = `Defence outlays rise across the alliance

In 2031, Norland, Varia and Ostria each put over 3.7% of their GDP into defence, the alliance said.

The US spends far more on defence than any other member, some $640bn in 2031.

In the UK's case, defence spending reached 1.9% of GDP in 2031, ministers said.`;
const outlays = createEngine(ingest(OUTLAYS, { slug: "outlays" }));

describe("a country the question writes by its abbreviation or formal name", () => {
  it("« the us » (a reader's lower case) and « le Royaume-Uni » are the countries whose figure is asked, not another country's", () => {
    const us = ask(outlays, "how much does the us spend on defence");
    expect(us.text).toContain("640");
    expect(us.text).not.toContain("3.7");
    const uk = ask(outlays, "combien le Royaume-Uni dépense-t-il pour sa défense ?");
    expect(uk.text).toContain("1.9");
    expect(uk.text).not.toContain("3.7");
  });
});

const SHARES = `(Vilnius) Le port de Klaipeda traite désormais 60 % du trafic régional.

Selon l'autorité portuaire, jusqu'à 60 % du trafic régional de conteneurs passe désormais par Klaipeda.`;
const shares = createEngine(ingest(SHARES, { slug: "shares" }));

describe("qualifier: the same figure with the qualifier the story puts on it", () => {
  it("« exactement 60 % ? » gets « jusqu'à 60 % », glossed « up to » in English", () => {
    expect(ask(shares, "c'est exactement 60 % ?").text).toContain("jusqu'à 60 %");
    expect(ask(shares, "is it exactly 60%?").text).toContain("(up to 60)");
  });
});

const AGES = `Brackenford, a maker of looms, said on Monday it would close its oldest mill.

Tamsin Oakes, 58, a weaver, told reporters that Brackenford's founder, Ivo Pell, 83, had opened the mill himself.

A woman aged 71 was treated for smoke, and a fireman aged 29 was slightly hurt.

Un garçon de 9 ans a été secouru, et un pompier de 44 ans a été blessé.`;
const ages = createEngine(ingest(AGES, { slug: "ages" }));

const RIVALS = `Quillon Vare, the prime minister, conceded defeat in Sunday's vote in Ostravia.

Vare, who at age 41 leads the country's oldest party, thanked her voters.

The 66-year-old Brisk, a banker expected to become prime minister, promised lower taxes.`;
const rivals = createEngine(ingest(RIVALS, { slug: "rivals" }));

describe("how old: the age news style sets beside a person", () => {
  it("« Name, 58, » is that person's age, and not the age of the other person the sentence names", () => {
    const r = ask(ages, "How old is Ivo Pell?");
    expect(r.answered).toBe(true);
    expect(r.text).toContain("83");
    expect(r.text).not.toContain("58");
    const o = ask(ages, "Quel âge a Tamsin Oakes ?");
    expect(o.text).toContain("58 ans");
    expect(o.text).not.toContain("83");
  });
  it("« the 66-year-old Brisk » is Brisk's age, not the prime minister's the sentence's role words also name; « Vare, who at age 41 » is Vare's", () => {
    const v = ask(rivals, "How old is Quillon Vare?");
    expect(v.answered).toBe(true);
    expect(v.text).toContain("41");
    expect(v.text).not.toContain("66");
    const b = ask(rivals, "Et Brisk, il a quel âge ?");
    expect(b.text).toContain("66 ans");
    expect(b.text).not.toContain("41");
  });
  it("asked of no one by name, the age beside the person the question describes", () => {
    const w = ask(ages, "how old was the woman treated for smoke?");
    expect(w.text).toContain("71");
    expect(w.text).not.toContain("29");
    const f = ask(ages, "quel âge a le pompier blessé ?");
    expect(f.text).toContain("44 ans");
    // (the boy's « 9 ans »; the English sentence's hurt fireman, « aged 29 », is a « pompier blessé » too)
    expect(f.text).not.toMatch(/(?<!\d)9 ans/);
  });
});

const DEPOT = `Larkspur Ferries carried 40,000 passengers in March, the company said.

A fire at the Dunmore depot destroyed 12 buses on Sunday.

Four people died in the fire, and 15 were treated for burns.

Shares in the company gained 6% on Monday.

Ivo Brandt, the chairman, declined to comment.

Six depots will be refitted next year, the company said.`;
const depot = createEngine(ingest(DEPOT, { slug: "depot" }));

describe("how many, with nothing counted named: the figure of the sentence that says the rest", () => {
  it("« how many were destroyed at the depot? »: what the sentence that says it counts, not a decline for want of a noun", () => {
    const r = ask(depot, "how many were destroyed at the depot?");
    expect(r.answered).toBe(true);
    expect(r.text).toContain("12 buses");
    expect(r.text).not.toContain("Four");
  });
  it("« how many died in the fire? », « combien sont morts dans l'incendie ? »: the dead, not a troop count or a decline", () => {
    for (const q of ["how many died in the fire?", "combien sont morts dans l'incendie ?"]) {
      const r = ask(depot, q);
      expect(r.answered).toBe(true);
      expect(r.text).toContain("Four");
      expect(r.text).not.toContain("40,000");
    }
  });
  it("« combien gagne X ? » of a person: a figure of a sentence about something else is not their pay", () => {
    const r = ask(depot, "combien gagne Ivo Brandt ?");
    expect(r.answered).toBe(false);
    expect(r.text).not.toMatch(/^« 6%/);
  });
});

describe("the question's own verb, which the story never uses", () => {
  it("a reader's verb the story does not write (« modernised » for « refitted ») passes over it when one sentence counts the noun", () => {
    const r = ask(depot, "How many depots will be modernised?");
    expect(r.answered).toBe(true);
    expect(r.text).toContain("Six depots");
  });
  it("but a count as it stands now (« still ») is not read from a count of the event", () => {
    const r = ask(depot, "How many depots are still open?");
    // declined: the figures the story gives are listed as such, not as the answer
    expect(r.answered).toBe(false);
  });
});

/**
 * Kinds of number questions readers ask (issue 11), on an invented dispatch: a degree asked with
 * « how much » and a comparative, measures asked by their adjective, a country written as its
 * abbreviation, a rate vs a total, an English head noun after its modifiers, « who paid ».
 */
const FLEET = `Northgate, a maker of electric buses, said on Monday its new model runs 30% faster than the one it replaces.

The new bus weighs 14 tonnes, stands 4.2 metres tall and can reach 90 km/h on a highway.

The city of Pellham paid $40 million for a fleet of 25 buses, the mayor's office said.

The US in total has recorded 420 bus fires this year, while Canada has recorded 85.

Around 60 inspections take place each day at the Pellham depot, said spokeswoman Mira Olsen.

Northgate reported a profit of $12 million for the quarter, up 8% on a year earlier.

Ticket fraud attacks on the network rose to 3,100, the transit police said.

Northgate delivered 40 buses to the region in March and 65 buses in June.

In November last year the region set aside $9 million for bus repairs.

This year the region set aside $15 million for bus repairs.`;

const fleet = createEngine(ingest(FLEET, { slug: "northgate-fleet" }));

describe("a degree, a measure, a rate: what kind of number is asked", () => {
  it("« how much faster », « combien plus rapide »: the share, not a sum of money declined", () => {
    for (const q of ["How much faster is the new bus?", "Le nouveau bus est combien plus rapide ?"]) {
      const r = ask(fleet, q);
      expect(r.answered).toBe(true);
      expect(r.text).toContain("30%");
      expect(r.text).not.toContain("$40 million");
    }
  });
  it("« how heavy », « how tall », « how fast »: the figure measured in that unit", () => {
    expect(ask(fleet, "How heavy is the new bus?").text).toContain("14 tonnes");
    expect(ask(fleet, "Quel poids fait le bus ?").text).toContain("14 tonnes");
    const tall = ask(fleet, "How tall is the bus?");
    expect(tall.text).toContain("4.2");
    expect(tall.text).not.toContain("14 tonnes");
    expect(ask(fleet, "How fast can the bus go?").text).toContain("90");
  });
  it("« who paid »: a who question, not a sum of money", () => {
    const r = ask(fleet, "Who paid for the fleet?");
    expect(r.intent).not.toBe("count");
    expect(r.text).not.toMatch(/^« \$40 million/);
  });
  it("a country written as its abbreviation (« the US ») is the country the question names", () => {
    const r = ask(fleet, "How many bus fires in the United States?");
    expect(r.answered).toBe(true);
    expect(r.text).toContain("420");
    expect(r.text).not.toContain("85");
  });
  it("a rate (« each day ») answers « a day » and never « in total »", () => {
    expect(ask(fleet, "How many inspections a day at the depot?").text).toContain("60");
    const total = ask(fleet, "How many inspections in total at the depot?");
    // the count route gives no rate as a total (the general reader may still show the sentence, as a sentence)
    expect(total.intent === "count" && total.answered && total.text.includes("60")).toBe(false);
  });
  it("an English noun phrase counts its head (« fraud attacks »), not its first word", () => {
    const r = ask(fleet, "How many ticket fraud attacks were there?");
    expect(r.answered).toBe(true);
    expect(r.text).toContain("3,100");
  });
  it("« combien de bénéfice »: a sum of money asked as a count", () => {
    const r = ask(fleet, "Northgate a fait combien de bénéfice ce trimestre ?");
    expect(r.answered).toBe(true);
    expect(r.text).toContain("$12 million");
  });
  it("a month asked picks the figure written with that month, in a follow-up too", () => {
    const june = ask(fleet, "How many buses were delivered in June?");
    expect(june.text).toContain("65");
    expect(june.text).not.toContain("40 buses");
    const first = fleet.ask("How many buses were delivered in March?", emptyConversation());
    expect(first.reply.text).toContain("40 buses");
    const then = fleet.ask("and in June?", first.state).reply;
    expect(then.text).toContain("65");
    expect(then.text).not.toContain("40 buses");
  });
  it("« last November », « en novembre dernier »: the figure written for that past month, not the current one", () => {
    const r = ask(fleet, "How much did the region set aside for repairs last November?");
    expect(r.text).toContain("$9 million");
    expect(r.text).not.toContain("$15 million");
    const first = fleet.ask("How much did the region set aside for bus repairs this year?", emptyConversation());
    expect(first.reply.text).toContain("$15 million");
    const then = fleet.ask("et en novembre dernier ?", first.state).reply;
    expect(then.text).toContain("$9 million");
  });
  it("« what share »: a share written in words (« a third ») when the story gives no percentage", () => {
    const survey = createEngine(ingest("A survey by the Dunmore drivers' union found that about a third of the drivers want longer breaks.\n\nThe union has 1,200 members in the region.", { slug: "drivers-survey" }));
    const r = ask(survey, "What share of the drivers want longer breaks?");
    expect(r.answered).toBe(true);
    expect(r.text).toContain("a third");
    const sondage = createEngine(ingest("Selon un sondage du syndicat de Dunmore, la moitié des chauffeurs réclament des pauses plus longues.", { slug: "sondage-chauffeurs" }));
    expect(ask(sondage, "Quelle proportion des chauffeurs réclament des pauses plus longues ?").text).toContain("la moitié");
    // a share of something the story gives no share of is still declined
    expect(ask(survey, "What share of the members are women?").answered).toBe(false);
  });
  it("« combien de fois », « how many times »: a factor the story writes in words", () => {
    const costs = createEngine(ingest("Fuel costs in Pellham are twice as high as in Dunmore, the drivers' union said.\n\nThe union has 1,200 members.", { slug: "fuel-costs" }));
    expect(ask(costs, "How many times higher are fuel costs in Pellham?").text).toContain("twice as high");
    const chomage = createEngine(ingest("Le chômage des jeunes est deux fois plus élevé que la moyenne dans la région de Dunmore, selon l'institut régional.\n\nLa région compte 80 000 habitants.", { slug: "chomage-jeunes" }));
    expect(ask(chomage, "Le chômage des jeunes, c'est combien de fois la moyenne ?").text).toContain("deux fois plus");
  });
  it("a source that points back (« selon cette source ») is the source of the sentence before", () => {
    const strike = createEngine(ingest("Selon le syndicat des chauffeurs, la grève a été largement suivie lundi à Dunmore.\n\nSelon cette source, 300 chauffeurs ont cessé le travail.", { slug: "greve-dunmore" }));
    const r = ask(strike, "Combien de chauffeurs ont cessé le travail ?");
    expect(r.text).toContain("300 chauffeurs");
    expect(r.text).not.toContain("cette source");
    expect(r.text).toContain("syndicat");
  });
  it("« how much does X spend on »: a share of GDP answers when the story gives no sum", () => {
    const defence = createEngine(ingest("Valmarie, a country of 3 million people, now devotes more than 2.5% of its GDP to defence.\n\nIts army has 9,000 soldiers.", { slug: "valmarie-defence" }));
    for (const q of ["How much does Valmarie spend on defence?", "Combien la Valmarie consacre-t-elle à la défense ?"]) {
      const r = ask(defence, q);
      expect(r.answered).toBe(true);
      expect(r.text).toContain("2.5%");
      expect(r.text).not.toContain("3 million");
    }
  });
  it("« why » quoting a share asks a reason, not the share", () => {
    expect(ask(fleet, "Why is the new bus 30% faster?").intent).not.toBe("count");
  });
});

describe("a figure of another party or another event", () => {
  const deal = createEngine(
    ingest(
      "Corvane agreed on Monday to buy the games studio Pellworth for $2 billion, the company said.\n\nCorvane has also signed a ten-year licensing agreement with the console maker Ostrava.\n\nIf regulators block the deal, Corvane will pay Pellworth a $200 million fee.",
      { slug: "corvane-deal" },
    ),
  );
  it("a sum paid to one party does not answer what was paid to another the question names", () => {
    for (const q of ["How much did Corvane pay Ostrava for the agreement?", "Combien Corvane a-t-il payé à Ostrava pour cet accord ?"]) {
      const r = ask(deal, q);
      expect(r.answered).toBe(false);
      expect(r.text).not.toMatch(/^« \$2/);
    }
    expect(ask(deal, "How much will Corvane pay Pellworth if regulators block the deal?").text).toContain("$200 million");
  });
  const drills = createEngine(
    ingest(
      "La marine de Valmarie a achevé lundi l'exercice « Bouclier Bleu », qui s'est déroulé au large de Port-Ardent.\n\nLe gouvernement a par ailleurs présenté lundi son budget.\n\nSur les six premiers mois de l'exercice budgétaire, les exportations du pays ont progressé de 4 %.\n\nLes deux marines n'ont pas précisé le nombre de navires engagés.",
      { slug: "bouclier-bleu" },
    ),
  );
  it("a span of something else does not say how long the event the question names lasted", () => {
    const r = ask(drills, "Combien de temps a duré l'exercice Bouclier Bleu ?");
    expect(r.answered).toBe(false);
    expect(r.text).not.toMatch(/^« six premiers mois/);
  });
});

describe("what a count counts beyond its noun", () => {
  const rally = createEngine(
    ingest(
      "About 600 protesters gathered in Pellham on Sunday, and two protesters were injured in scuffles with police.\n\nTwo city officials said the march had been peaceful. The union, which has 9,000 members, called a second march.\n\nLe syndicat a réuni 400 manifestants à Dunmore, et trois manifestants ont été blessés, selon deux responsables de la préfecture.",
      { slug: "pellham-rally" },
    ),
  );
  it("people counted by what happened to them (« two protesters were injured ») do not answer a plain count of that noun", () => {
    const r = ask(rally, "How many protesters gathered in Pellham?");
    expect(r.answered).toBe(true);
    expect(r.text).toContain("600");
    expect(r.text).not.toMatch(/two protesters/);
    expect(ask(rally, "How many protesters were injured in Pellham?").text).toContain("two protesters");
    const fr = ask(rally, "Combien de manifestants à Dunmore ?");
    expect(fr.text).toContain("400");
    expect(fr.text).not.toContain("trois manifestants");
    expect(ask(rally, "Combien de manifestants ont été blessés à Dunmore ?").text).toContain("trois manifestants");
  });
  it("people counted as sources (« two officials said », « selon deux responsables ») are no count a reader asks for", () => {
    const talks = createEngine(
      ingest(
        "The talks in Pellham ended on Monday without a deal, three people familiar with the talks said.\n\nSelon deux responsables de la mairie, la réunion de Dunmore a été annulée.\n\nThe city has 40,000 residents.",
        { slug: "pellham-talks" },
      ),
    );
    for (const [engine, q] of [[rally, "Combien de policiers étaient présents ?"], [talks, "How many people took part in the talks?"], [talks, "Combien de personnes à la réunion de Dunmore ?"], [talks, "How many officials were at the talks?"]] as const) {
      const r = ask(engine, q);
      expect(r.answered).toBe(false);
      expect(r.text).not.toMatch(/(?:three people|deux responsables|Two)/i);
    }
  });
  const vote = createEngine(
    ingest(
      "The Unity Party won 54 seats in Sunday's election in Valmarie, up from 41 in the last parliament.\n\nThe government initially planned to build 2,000 homes, but cut the target to 1,500 last month.",
      { slug: "valmarie-vote" },
    ),
  );
  it("« combien de kilomètres » asks a length: a surface in kilometres does not answer", () => {
    const front = createEngine(ingest("L'armée a avancé lundi vers la vallée de Dunmore, où les rebelles tiennent des centaines de kilomètres carrés.\n\nL'armée compte 9 000 soldats.", { slug: "dunmore-front" }));
    const r = ask(front, "De combien de kilomètres l'armée a-t-elle avancé ?");
    expect(r.answered).toBe(false);
    expect(r.text).not.toMatch(/^« des centaines/);
  });
  it("« by how much »: the change written beside the level reached (« rose by 12 cents to 1.85 euros »)", () => {
    const fuel = createEngine(ingest("Fuel prices in Valmarie rose by 12 cents to 1.85 euros a litre on Monday.\n\nInflation in Valmarie reached 4.2% in May.", { slug: "valmarie-fuel" }));
    for (const q of ["By how much did fuel prices rise?", "De combien ont augmenté les prix du carburant ?"]) {
      const r = ask(fuel, q);
      expect(r.text).toContain("12 cents");
      expect(r.text).not.toContain("1.85");
      expect(r.text).not.toContain("4.2%");
    }
  });
  it("an earlier value set beside the current one (« up from 41 », « initially ») answers only a question that asks for it", () => {
    const now = ask(vote, "How many seats did the Unity Party win?");
    expect(now.text).toContain("54 seats");
    expect(now.text).not.toContain("41");
    expect(ask(vote, "How many seats did the Unity Party have before?").text).toContain("41");
    expect(ask(vote, "How many homes did the government initially plan to build?").text).toContain("2,000");
  });
});

describe("counts asked in the reader's words (invented dispatches)", () => {
  const garrison = createEngine(
    ingest(
      [
        "The United States has about 7,000 troops in Borduria, the defence ministry said on Monday.",
        "The alliance deployed two air-defence batteries near the capital last year.",
        "The new brigade, which is expected to total about 4,500 soldiers, will be ready next spring.",
        "Several hundred Bordurian soldiers are posted in the north of the country, where rebels attacked a convoy.",
        "The agency will mail its civil-defence leaflet to 4.2 million households next month.",
        "Residents getting it late can download it from the agency's website.",
        "Russia protested against the plan.",
      ].join("\n\n"),
      { slug: "borduria-garrison" },
    ),
  );
  it("a country written by its formal name (« The United States has … ») gives its nationality to the count", () => {
    const r = ask(garrison, "How many US troops are there in Borduria?");
    expect(r.answered).toBe(true);
    expect(r.text).toContain("7,000");
  });
  it("« stationed in X » is said by a count its sentence puts in X", () => {
    const r = ask(garrison, "How many troops are stationed in Borduria?");
    expect(r.answered).toBe(true);
    expect(r.text).toContain("7,000");
  });
  it("a nationality beside a border says where, not whose count (« on Russia's border »)", () => {
    const r = ask(garrison, "How many soldiers will the new brigade on Russia's border total?");
    expect(r.answered).toBe(true);
    expect(r.text).toContain("4,500");
  });
  it("a light verb of the question (« getting ») asks nothing the figure's sentence must say", () => {
    const r = ask(garrison, "How many households will be getting it?");
    expect(r.answered).toBe(true);
    expect(r.text).toContain("4.2 million");
  });
  it("« how many were killed » is not answered by a count whose sentence tells of no one killed, nor by the reader", () => {
    for (const q of ["How many Bordurian soldiers were killed?", "Combien de soldats bordures ont été tués ?"]) {
      const r = ask(garrison, q);
      expect(r.answered).toBe(false);
      expect(r.text).not.toMatch(/^(?:« )?Several hundred/i);
    }
  });
  it("an age set after a first name the story changed (« Mathilde*, 41 ans, ») is that person's", () => {
    const strike = createEngine(
      ingest(
        "La grève entre dans sa troisième semaine à l'hôpital de Vaucluse-Nord.\n\nSa collègue Inès Garnier, 29 ans, approuve le mouvement.\n\n« Nous tiendrons », assure Mathilde*, 41 ans, infirmière de nuit.",
        { slug: "greve-vaucluse" },
      ),
    );
    for (const q of ["Quel âge a Mathilde ?", "How old is Mathilde?"]) {
      const r = ask(strike, q);
      expect(r.text).toContain("41");
      expect(r.text).not.toContain("29");
    }
  });
  it("a number not given is said as « pas de chiffre », with who did not give it", () => {
    const drill = createEngine(ingest("Le ministère de l'Intérieur n'a pas précisé le nombre de gendarmes mobilisés pour l'exercice de Vaucluse.", { slug: "gendarmes-vaucluse" }));
    const r = ask(drill, "Combien de gendarmes sont mobilisés ?");
    expect(r.answered).toBe(true);
    expect(r.text).toMatch(/^Pas de chiffre/);
    expect(r.text).toContain("ministère de l'Intérieur");
  });
});

/**
 * An invented story for the session-9 rules: a count given twice (lead and body), and a figure
 * asked by who gives it.
 */
const REPEAT = `(Varna) Quelque 1 500 soldats grecs luttent depuis lundi contre un incendie dans les collines de Varna, a annoncé la protection civile.

Cet échange, le premier entre les deux chefs des secours, visait surtout à coordonner les équipes, a précisé un porte-parole.

Les secours ont mobilisé quelque 1 500 soldats grecs et 40 avions bombardiers d'eau, selon la protection civile.

Les pompiers n'ont pas précisé le nombre d'hectares brûlés, mais l'association Terra Viva affirme que 9 000 hectares ont déjà brûlé.`;
const rep = createEngine(ingest(REPEAT, { slug: "feu-varna" }));

describe("a count given twice, who gives a figure", () => {
  it("a figure the story repeats is given once", () => {
    const r = rep.ask("Combien de soldats ?", emptyConversation()).reply;
    expect(r.answered).toBe(true);
    expect(r.text.split("1 500").length - 1).toBe(1);
  });
  it("« Terra Viva dit combien ? » gives the figure the association gives", () => {
    const r = rep.ask("Et Terra Viva, elle dit combien ?", emptyConversation()).reply;
    expect(r.answered).toBe(true);
    expect(r.text).toContain("9 000 hectares");
    expect(r.text).not.toContain("1 500");
  });
});

describe("a cost asked with a bare « combien »", () => {
  it("is a sum of money, not the count of soldiers the story gives", () => {
    const r = rep.ask("Combien va coûter l'opération des secours ?", emptyConversation()).reply;
    expect(r.text).not.toContain("1 500");
    expect(r.answered).toBe(false);
  });
});

const STRENGTH = `(Ostrava) Le général Karel Dvorak a assuré que son armée, forte de 9 000 militaires, restait sur la défensive.

Quelque 2 500 soldats ruritaniens ont été déployés près de la frontière, où se trouvent deux brigades.`;
const str = createEngine(ingest(STRENGTH, { slug: "armee-ostrava" }));

describe("a body's own strength", () => {
  it("« combien de soldats compte l'armée » is the figure set on the army, not a deployment", () => {
    for (const q of ["Combien de soldats compte l'armée ?", "How many soldiers does the army have?"]) {
      const r = str.ask(q, emptyConversation()).reply;
      expect(r.text).toContain("9 000");
      expect(r.text).not.toContain("2 500");
    }
  });
  it("the strength of a body the story never sizes is declined", () => {
    const r = str.ask("Combien de soldats compte une brigade ?", emptyConversation()).reply;
    expect(r.answered).toBe(false);
  });
});

const VOTE = `Ostravia's centre-right Union Party won Sunday's election with 24.6%, ahead of the Greens with 21.2%, while the Farmers' League took 18.9%.

Some 1,900 candidates were vying for the 150 seats in the national assembly.

The Union Party's result gives it 41 seats in the assembly, while the Greens, a party campaigning for cheaper trains, are to get 37 seats and Dorn's Farmers' League 33 seats.

Turnout reached 68.4%, the electoral commission said.

The corruption case against the former speaker, Ines Dorn, has been heard for almost six years.

The parties were given four months to agree on a joint programme.`;
const vote = createEngine(ingest(VOTE, { slug: "vote" }));

describe("whose the figure is: a list of results for several parties", () => {
  it("« quel score pour les Greens ? »: the share written against that party, not the winner's the sentence gives first", () => {
    const r = ask(vote, "Quel score pour les Greens ?");
    expect(r.answered).toBe(true);
    expect(r.text).toContain("21.2");
    expect(r.text).not.toContain("24.6");
  });
  it("« how many seats for the Farmers' League? »: that party's seats, not the others' of the same sentence", () => {
    const r = ask(vote, "how many seats for the Farmers' League?");
    expect(r.answered).toBe(true);
    expect(r.text).toContain("33");
    expect(r.text).not.toContain("41");
    expect(r.text).not.toContain("37");
  });
  it("« how many seats are there in the assembly? »: the whole, not the winner's part", () => {
    for (const q of ["how many seats are there in the assembly?", "combien de sièges à l'assemblée ?"]) {
      const r = ask(vote, q);
      expect(r.answered).toBe(true);
      expect(r.text).toContain("150");
      expect(r.text).not.toContain("41");
    }
  });
});

describe("shares asked in other words", () => {
  it("« quel était le taux de participation ? » is a share: the turnout, not a party's score", () => {
    const r = ask(vote, "Quel était le taux de participation ?");
    expect(r.answered).toBe(true);
    expect(r.text).toContain("68.4");
    expect(r.text).not.toContain("24.6");
  });
});

describe("how long: spans in years, and a span asked in words the story does not use", () => {
  it("« how long has … been going on »: the span in years, not a decline for want of an end date", () => {
    const r = ask(vote, "how long has her case been going on?");
    expect(r.answered).toBe(true);
    expect(r.text).toContain("six years");
  });
  it("« combien de temps ont les partis pour … »: the one span whose sentence speaks of what is asked, past a verb the story does not use", () => {
    const r = ask(vote, "Combien de temps ont les partis pour s'entendre sur un programme ?");
    expect(r.answered).toBe(true);
    expect(r.text).toContain("four months");
  });
});

const COURSE = `Cadets in Ostravia follow a training course that lasts 10 to 14 weeks, even if half the class drops out.

Under the old rules, when the academy was run by the navy, every cadet had to serve at least two years in the course.`;
const course = createEngine(ingest(COURSE, { slug: "course" }));

describe("a condition's word that concedes", () => {
  it("« even if » puts no condition on the figure: the span of today's course, not the old rule's", () => {
    const r = ask(course, "How long does the training course last in Ostravia?");
    expect(r.answered).toBe(true);
    expect(r.text).toContain("10 to 14 weeks");
    expect(r.text).not.toContain("two years");
  });
});

describe("a share of something the story never speaks of", () => {
  it("« quel taux de chômage ? » of an election story: no share of the story is that one", () => {
    const r = ask(vote, "Quel taux de chômage en Ostravie ?");
    expect(r.answered).toBe(false);
    expect(r.text).not.toContain("68.4");
  });
});

const CABLE = `A power cable will link Port Alder to Greyhaven, a fishing village that lies 15km east of the old lighthouse.

Work on the cable starts in May, the grid operator said.`;
const cable = createEngine(ingest(CABLE, { slug: "cable" }));

describe("a distance that places something is no length", () => {
  it("« how long is the cable? »: « 15km east of the lighthouse » says where the village lies, not how long the cable is", () => {
    const r = ask(cable, "How long is the cable in km?");
    expect(r.answered).toBe(false);
    expect(r.text).not.toMatch(/^« 15km »/);
    expect(ask(cable, "How far is Greyhaven from the lighthouse?").text).toContain("15km");
  });
});

const LIBRARY = `Brannock's council signed the $4.5 million contract with the builder Ostrel on Friday for the town's new public library, officials said.

For every month the library opens late, Ostrel owes the town a $200,000 fine, starting on March 12.

Councillors sat through a 3-day session in Tolby, which closed a 2-week recess.

Checking a building of that size usually takes inspectors a few days, the mayor said.

About 70 carpenters are employed on the site.`;
const library = createEngine(ingest(LIBRARY, { slug: "library" }));

describe("a sum asked on a condition, with a verb the story never writes", () => {
  it("« how much must … pay » where the story writes « owes »: the sum owed on that condition, never the day of the date (answered by the count path; does not isolate the money clause, which the « from X to Y » test does)", () => {
    const r = ask(library, "If the library opens late, how much must Ostrel pay?");
    expect(r.answered).toBe(true);
    expect(r.text).toContain("200,000");
    expect(r.text).not.toMatch(/^« ?12\b|^12\b/);
    expect(r.text).not.toContain("4.5 million");
  });
});

describe("a span counted in the unit asked", () => {
  it("« combien de jours » of « a 3-day session » beside « a 2-week recess »: the span in days", () => {
    const r = ask(library, "La séance des conseillers a duré combien de jours ?");
    expect(r.answered).toBe(true);
    expect(r.text).toContain("3-day");
    expect(r.text).not.toContain("2-week");
  });
});

describe("a span written in words", () => {
  it("« a few days » answers how long, when no number gives the span", () => {
    const r = ask(library, "How long does it take inspectors to check a building?");
    expect(r.answered).toBe(true);
    expect(r.text).toContain("a few days");
  });
});

const FESTIVAL = `Thousands of visitors crowded the harbour of Quillon on Saturday as a week of music got under way.

Hotels fill up every August for the Bluewater festival, organisers said.

Around 90 bands will play on its two main stages.`;
const festival = createEngine(ingest(FESTIVAL, { slug: "festival" }));

describe("a name the question puts on the thing counted", () => {
  it("« the Bluewater festival »: a count from the sentence after the one that names the festival, which writes no name", () => {
    const r = ask(festival, "How many bands play at the Bluewater festival?");
    expect(r.answered).toBe(true);
    expect(r.text).toContain("90 bands");
  });
});

const SUBSIDY = `Trustees in Hallam voted on Friday for a school transport subsidy reduced from $12m to $9m, to the anger of parents.

Parents have until May to appeal.`;
const subsidy = createEngine(ingest(SUBSIDY, { slug: "subsidy" }));

describe("a value changed « from X to Y »", () => {
  it("the value reached answers « à combien … réduit », the one left behind answers « auparavant »", () => {
    const now = ask(subsidy, "À combien les administrateurs ont-ils réduit la subvention de transport scolaire ?");
    expect(now.answered).toBe(true);
    expect(now.text).toContain("$9m");
    expect(now.text).not.toContain("$12m");
    const before = ask(subsidy, "Quel était le montant de la subvention de transport scolaire auparavant ?");
    expect(before.text).toContain("$12m");
    expect(before.text).not.toContain("$9m");
  });
});

const SAPLINGS = `Brenna Park will plant 600 saplings along its river this year, the parks office said on Wednesday.

Volunteers put in 120 last weekend, warden Ilse Marr said, and 200 more will follow in the spring.`;
const saplings = createEngine(ingest(SAPLINGS, { slug: "saplings" }));

describe("a bare number counts what the sentence before counted", () => {
  it("« Volunteers put in 120 » after « 600 saplings »: the saplings planted last weekend, not those still to come", () => {
    const r = ask(saplings, "How many saplings did volunteers plant last weekend?");
    expect(r.answered).toBe(true);
    expect(r.text).toContain("120");
    expect(r.text).not.toContain("200");
    expect(r.text).not.toContain("600");
  });
});

describe("a party that gives one count and withholds another", () => {
  const story = `(Osterburg) L'armée valdorienne doit envoyer 3 200 soldats supplémentaires vers la frontière d'ici au printemps, selon Montbrun, qui n'a pas donné de chiffre sur les hommes déjà formés.

Le ministre de la Défense a visité mardi la caserne de Belcastel.`;
  const e = createEngine(ingest(story, { slug: "valdorie-recrues" }));
  it("« selon X, qui n'a pas donné de chiffre sur B »: a question on B is told X gave none, without « selon »", () => {
    const r = ask(e, "Combien de soldats l'armée valdorienne a-t-elle déjà formés ?");
    expect(r.text).toMatch(/Montbrun n'(?:a|ont) pas donné de chiffre|pas été précisé par Montbrun/);
    expect(r.text).not.toMatch(/Selon Montbrun n'/);
    const en = ask(e, "How many soldiers has the Valdorian army already trained?");
    expect(en.text).not.toMatch(/selon/i);
  });
});

describe("a number counts the noun after it, not that noun's adjective", () => {
  // « deux responsables militaires » counts officials: asked for soldiers, neither the figures nor the
  // reader may give « deux » (the figure's counted words and the reader's words after a number).
  const story = `Appel entre chefs d'armée\n\nLe général norlandais Piet Aalders a téléphoné jeudi à son homologue varien, selon le ministère de la Défense.\n\nCette conversation, la première entre les deux responsables militaires, visait notamment à apaiser les tensions à la frontière, a précisé le porte-parole de l'armée norlandaise.`;
  const engine = createEngine(ingest(story, { slug: "chefs-armee" }));
  it.each(["combien de soldats ?", "how many soldiers are at the border?", "how many norland soldiers?"])("declines « %s » rather than counting the officials", (q) => {
    const reply = ask(engine, q);
    expect(reply.answered).toBe(false);
    expect(reply.text).not.toMatch(/«[^»]*\bdeux\b|\btwo\b|\(2\)/i);
  });
  it("still counts soldiers written with their nationality after the noun (« 300 soldats varians »)", () => {
    const more = createEngine(ingest(`${story}\n\nSelon le ministère, 300 soldats varians sont déployés à la frontière.`, { slug: "chefs-armee-2" }));
    expect(ask(more, "combien de soldats varians ?").text).toMatch(/300/);
  });
});

const RIOTS = `(Barlevent) Procès d'une élue de l'opposition

The trial of Mira Castell, an opposition lawmaker accused of inciting violence through a series of online posts she wrote before and during the 2019 unrest, which left 27 people dead in Sorvane and Kellin, opened on Monday.

Le tribunal de Sorvane a condamné mardi Arsène Ducloux à un an de prison ferme pour pillage.`;
const riots = createEngine(ingest(RIOTS, { slug: "riots" }));
const CHARGES = `Prosecutors in Dunmore charged more than 30 defendants with fraud linked to the harbour scheme, officials said on Friday.

The strike at the harbour lasted one week.`;
const charges = createEngine(ingest(CHARGES, { slug: "charges" }));
const arrests = createEngine(ingest(`${CHARGES}\n\nPolice arrested 15 protesters outside the courthouse.`, { slug: "arrests" }));

describe("a count's fate must be the one asked", () => {
  it("the dead do not answer how many were arrested", () => {
    const r = ask(riots, "combien de personnes ont été arrêtées pendant les émeutes ?");
    expect(r.answered).toBe(false);
    expect(r.text).toContain("27");
  });
  it("defendants charged do not answer how many were arrested; those arrested do", () => {
    const r = ask(charges, "How many people were arrested in Dunmore?");
    expect(r.answered).toBe(false);
    expect(ask(arrests, "How many protesters were arrested?").text).toContain("15 protesters");
  });
});

describe("« un an », « une semaine », “one week”: a span of one", () => {
  it("a prison term of « un an » answers how long", () => {
    const r = ask(riots, "Combien de temps de prison a eu Ducloux ?");
    expect(r.answered).toBe(true);
    expect(r.text).toContain("un an");
  });
  it("“one week” answers how long", () => {
    expect(ask(charges, "How long did the strike last?").text).toContain("one week");
  });
});

const HOSTAGES = `Two engineers were freed on Tuesday in a prisoner exchange.

Their families said the long detention of aid workers by the rebels may soon come to an end.

Talks on their release opened in May.`;
const hostages = createEngine(ingest(HOSTAGES, { slug: "hostages" }));

describe("“may”: a month only with a day, a year or a lead word", () => {
  it("the modal is no date", () => {
    const r = ask(hostages, "the aid workers have been in detention since when?");
    expect(r.text).not.toMatch(/^May\b/);
  });
  it("“in May” is the month", () => {
    expect(ask(hostages, "When did the talks on their release open?").text).toContain("May");
  });
});
