import { describe, expect, it } from "vitest";
import { type FigureMatch, extractFigures } from "../src/story/figures/index.js";

const figs = (s: string): FigureMatch[] => extractFigures(s);
const one = (s: string): FigureMatch => {
  const all = figs(s);
  expect(all, JSON.stringify(all)).toHaveLength(1);
  return all[0] as FigureMatch;
};
const troops = (s: string): FigureMatch[] => figs(s).filter((f) => f.category === "troops");

describe("troop counts", () => {
  it("counts soldiers written with a narrow no-break space", () => {
    const f = one("L'état-major a dépêché 4\u202f500 soldats vers le nord.");
    expect(f).toMatchObject({ value: 4500, approx: "exact", unit: "soldats", category: "troops", text: "4\u202f500 soldats", counted: "soldats" });
  });

  it("keeps the adjectives of the counted noun, « et » included", () => {
    const f = one("Quelque 2 300 soldats néerlandais et belges participent à la mission.");
    expect(f.counted).toBe("soldats néerlandais et belges");
    expect(f.text).toBe("Quelque 2 300 soldats néerlandais et belges");
    expect(f.approx).toBe("about");
  });

  it("stops the counted phrase at the verb", () => {
    const f = one("Au total, 640 parachutistes doivent sauter jeudi.");
    expect(f.counted).toBe("parachutistes");
    expect(f.text).toBe("640 parachutistes");
  });

  it.each([
    ["militaires", "Le pays a déployé 9 000 militaires à la frontière."],
    ["hommes", "Le régiment compte environ 1 100 hommes, selon l'armée."],
    ["troupes", "Ankara a massé 70 000 troupes près de la frontière."],
    ["réservistes", "Le ministère a rappelé 25\u00a0000 réservistes."],
    ["fantassins", "Trois cents fantassins tiennent la crête."],
    ["combattants", "Près de 800 combattants ont rejoint le front."],
    ["recrues", "L'armée a formé 12 000 recrues cette année."],
    ["casques bleus", "L'ONU maintient 450 Casques bleus dans la zone tampon."],
    ["gardes-frontières", "Kiev a envoyé 600 gardes-frontières en renfort."],
    ["soldiers", "The Pentagon sent 3,500 soldiers to the base."],
    ["troops", "Britain will station 900 troops in the region."],
    ["servicemen", "Some 250 servicemen were evacuated from the base."],
  ])("%s", (noun, sentence) => {
    const t = troops(sentence);
    expect(t, JSON.stringify(figs(sentence))).toHaveLength(1);
    expect(t[0]?.unit?.toLowerCase()).toBe(noun);
  });

  it("counts « N de leurs soldats »", () => {
    const f = one("Les alliés ont retiré 1 400 de leurs soldats de la zone.");
    expect(f).toMatchObject({ value: 1400, category: "troops", counted: "soldats", text: "1 400 de leurs soldats" });
  });

  it("counts a troop number written in words", () => {
    const f = one("L'alliance veut une force de quarante mille soldats d'ici l'été.");
    expect(f).toMatchObject({ value: 40000, category: "troops", approx: "exact" });
  });

  it("hundreds of « hommes » are a force even without a military word", () => {
    expect(one("Paris va envoyer 400 hommes supplémentaires au Sahel.").category).toBe("troops");
  });

  it("reads « hommes » as people, not troops, outside a military setting", () => {
    const f = one("Trois hommes ont été interpellés dans la nuit par la police.");
    expect(f.category).toBe("other");
  });

  it("never makes « les deux généraux », « les deux parties », « les deux responsables » troops", () => {
    for (const s of [
      "Les deux généraux se sont parlé au téléphone pendant une heure.",
      "Les deux parties ont signé un cessez-le-feu.",
      "Ces deux responsables militaires ont refusé de commenter.",
      "Les deux soldats blessés ont été évacués.",
    ]) {
      expect(troops(s), s).toHaveLength(0);
    }
  });

  it("does not count « une brigade », « un premier contingent », « un soldat »", () => {
    expect(figs("Une brigade blindée et un premier contingent de soldats sont arrivés.")).toHaveLength(0);
    expect(figs("Un soldat a été blessé lors de l'exercice.")).toHaveLength(0);
    expect(figs("Le pays ne fournira aucun soldat à la coalition.")).toHaveLength(0);
  });
});

describe("qualifiers", () => {
  it.each([
    ["Plus de 6 000 soldats sont engagés.", "more_than"],
    ["Au-delà de 6 000 soldats sont engagés.", "more_than"],
    ["Au moins 6 000 soldats sont engagés.", "more_than"],
    ["Over 6,000 soldiers are involved.", "more_than"],
    ["More than 6,000 soldiers are involved.", "more_than"],
    ["At least 6,000 soldiers are involved.", "more_than"],
    ["Moins de 6 000 soldats sont engagés.", "less_than"],
    ["Jusqu'à 6 000 soldats seront engagés.", "less_than"],
    ["Up to 6,000 soldiers will be involved.", "less_than"],
    ["Fewer than 6,000 soldiers are involved.", "less_than"],
    ["Près de 6 000 soldats sont engagés.", "about"],
    ["Environ 6 000 soldats sont engagés.", "about"],
    ["Quelque 6 000 soldats sont engagés.", "about"],
    ["Autour de 6 000 soldats sont engagés.", "about"],
    ["Around 6,000 soldiers are involved.", "about"],
    ["Nearly 6,000 soldiers are involved.", "about"],
    ["Some 6,000 soldiers are involved.", "about"],
    ["Approximately 6,000 soldiers are involved.", "about"],
    ["Un peu plus de 6 000 soldats sont engagés.", "about"],
    ["Le pays a engagé 6 000 soldats.", "exact"],
  ])("%s → %s", (sentence, approx) => {
    const f = one(sentence);
    expect(f.value).toBe(6000);
    expect(f.approx).toBe(approx);
    expect(f.category).toBe("troops");
  });

  it("puts the qualifier in the text", () => {
    expect(one("Il reste plus de 650 soldats sur place.").text).toBe("plus de 650 soldats");
    expect(one("Il reste près d'un millier de soldats sur place.").text).toBe("près d'un millier de soldats");
  });

  it("reads a trailing « environ »", () => {
    expect(one("Le camp abrite 700 soldats environ.")).toMatchObject({ approx: "about", text: "700 soldats environ" });
  });

  it.each([
    ["entre 2 000 et 3 000 soldats", 2000, 3000],
    ["de 2 000 à 3 000 soldats", 2000, 3000],
    ["2 000 à 3 000 soldats", 2000, 3000],
    ["between 2,000 and 3,000 soldiers", 2000, 3000],
    ["entre deux et trois mille soldats", 2000, 3000],
    ["entre 2 et 3 millions d'euros", 2_000_000, 3_000_000],
  ])("range: %s", (phrase, value, valueMax) => {
    const f = one(`Le plan prévoit ${phrase} au total.`);
    expect(f).toMatchObject({ value, valueMax, approx: "range", text: phrase });
  });

  it("keeps a lone « entre » out of the figure", () => {
    expect(one("Le tir a eu lieu entre 300 soldats et la ville.").approx).toBe("exact");
  });
});

describe("round approximations", () => {
  it.each([
    ["une dizaine de blindés", 10, "about", "equipment"],
    ["une vingtaine de drones", 20, "about", "equipment"],
    ["une trentaine de militaires", 30, "about", "troops"],
    ["une quarantaine de recrues", 40, "about", "troops"],
    ["une soixantaine de frégates", 60, "about", "equipment"],
    ["une centaine de soldats", 100, "about", "troops"],
    ["un millier de soldats", 1000, "about", "troops"],
    ["une dizaine de milliers de soldats", 10000, "about", "troops"],
    ["plusieurs centaines de soldats", 200, "vague", "troops"],
    ["plusieurs milliers de réservistes", 2000, "vague", "troops"],
    ["quelques milliers de soldats", 2000, "vague", "troops"],
    ["des milliers de soldats", 2000, "vague", "troops"],
    ["des centaines de chars", 200, "vague", "equipment"],
    ["des dizaines de milliers de soldats", 20000, "vague", "troops"],
    ["plusieurs dizaines de milliers de soldats", 20000, "vague", "troops"],
    ["thousands of troops", 2000, "vague", "troops"],
    ["several thousand troops", 2000, "vague", "troops"],
    ["tens of thousands of troops", 20000, "vague", "troops"],
    ["a dozen tanks", 12, "about", "equipment"],
  ])("%s", (phrase, value, approx, category) => {
    const f = one(`Selon le communiqué, ${phrase} participent.`);
    expect(f).toMatchObject({ value, approx, category, text: phrase });
  });

  it("lets a qualifier override the round noun", () => {
    expect(one("Plus d'une centaine de chars sont engagés.")).toMatchObject({ value: 100, approx: "more_than" });
  });
});

describe("categories", () => {
  it("equipment", () => {
    expect(one("La marine a mobilisé 14 navires.")).toMatchObject({ category: "equipment", unit: "navires" });
    expect(one("Le pays a reçu 48 chars lourds.")).toMatchObject({ category: "equipment", unit: "chars", counted: "chars lourds" });
    expect(one("Kiev a abattu 35 drones dans la nuit.")).toMatchObject({ category: "equipment", unit: "drones" });
    expect(one("Deux avions de chasse ont décollé.")).toMatchObject({ category: "equipment", counted: "avions de chasse", value: 2 });
  });

  it("money", () => {
    expect(one("Le budget atteint 3 milliards d'euros.")).toMatchObject({ value: 3e9, unit: "euros", category: "money", text: "3 milliards d'euros" });
    expect(one("Une aide de 450 millions de dollars a été votée.")).toMatchObject({ value: 450e6, unit: "dollars", category: "money" });
    expect(one("Le contrat vaut 800 000 €.")).toMatchObject({ value: 800000, unit: "euros", category: "money", text: "800 000 €" });
    expect(one("The package is worth $2 billion.")).toMatchObject({ value: 2e9, unit: "dollars", category: "money", text: "$2 billion" });
    expect(one("Le programme coûte 12 M€.")).toMatchObject({ value: 12e6, category: "money" });
  });

  it("distance", () => {
    expect(one("La base est à 25 km de la ville.")).toMatchObject({ value: 25, unit: "km", category: "distance", text: "25 km" });
    expect(one("Les chars ont avancé de 18 kilomètres.")).toMatchObject({ value: 18, unit: "km", category: "distance" });
    expect(one("The convoy stopped 40 miles from the border.")).toMatchObject({ unit: "miles", category: "distance" });
    expect(one("Le front a reculé d'une quinzaine de kilomètres.")).toMatchObject({ value: 15, approx: "about", category: "distance" });
  });

  it("percent", () => {
    expect(one("Le budget militaire a grandi de 7 % en un an.")).toMatchObject({ value: 7, unit: "%", category: "percent" });
    expect(one("Les dépenses ont bondi de 4,5\u00a0% cette année.")).toMatchObject({ value: 4.5, unit: "%", category: "percent" });
    expect(one("Le taux atteint douze pour cent.")).toMatchObject({ value: 12, unit: "%", category: "percent", text: "douze pour cent" });
    expect(one("Turnout fell to 41 percent.")).toMatchObject({ value: 41, category: "percent" });
  });

  it("other: durations and counts of other things", () => {
    expect(one("Les négociations dureront moins de cinq jours.")).toMatchObject({ value: 5, approx: "less_than", unit: "jours", category: "other" });
    expect(one("L'alliance compte désormais 31 pays.")).toMatchObject({ value: 31, unit: "pays", category: "other" });
    expect(one("Cette ville de 1,2 million d'habitants est menacée.")).toMatchObject({ value: 1_200_000, unit: "habitants", category: "other" });
    expect(one("L'armée a mobilisé trois brigades d'infanterie.").category).toBe("other");
  });
});

describe("dates, years and ages are never troops", () => {
  it("day and month", () => {
    expect(one("L'exercice s'achèvera le 17 novembre.")).toMatchObject({ value: 17, category: "date", text: "le 17 novembre" });
    expect(one("Le sommet est prévu le 1er avril à Rome.")).toMatchObject({ value: 1, category: "date", text: "le 1er avril" });
    expect(one("RIGA, 9 janvier (AFP) - La Lettonie a réagi.")).toMatchObject({ value: 9, category: "date", text: "9 janvier" });
    expect(one("The talks ended on 4 May 2023.")).toMatchObject({ value: 4, category: "date" });
  });

  it("years in a year context", () => {
    expect(one("La base est fermée depuis 2008.")).toMatchObject({ value: 2008, category: "date", text: "depuis 2008" });
    expect(one("Le traité a été signé en 1991.")).toMatchObject({ value: 1991, category: "date", text: "en 1991" });
    expect(one("La brigade sera prête d'ici à 2030.")).toMatchObject({ value: 2030, category: "date", text: "d'ici à 2030", approx: "exact" });
  });

  it("a four-digit number that counts soldiers is not a year", () => {
    expect(one("L'armée a déployé 2000 soldats.")).toMatchObject({ value: 2000, category: "troops" });
  });

  it("ages", () => {
    expect(one("Âgée de 47 ans, la ministre a pris ses fonctions.")).toMatchObject({ value: 47, category: "age", text: "Âgée de 47 ans", unit: "ans" });
    expect(one("Le général Paul Martin (58 ans) a démissionné.")).toMatchObject({ value: 58, category: "age" });
    expect(one("Le colonel Jean Morel, 49 ans, commande le régiment.")).toMatchObject({ value: 49, category: "age" });
    expect(one("Un soldat de 22 ans a été blessé.")).toMatchObject({ value: 22, category: "age" });
    expect(one("The 63-year-old general resigned.")).toMatchObject({ value: 63, category: "age" });
    expect(one("Dunmore, who at age 41 leads the guild, resigned.")).toMatchObject({ value: 41, category: "age", text: "at age 41" });
  });

  it("a duration in years is other, not an age", () => {
    expect(one("La guerre dure depuis dix ans.")).toMatchObject({ value: 10, category: "other", unit: "ans" });
  });
});

describe("names and labels are not figures", () => {
  it.each([
    "Le pays a acheté des systèmes S-500 et des F-22.",
    "L'armée aligne des T-72, des Su-27 et des MiG-29.",
    "L'Airbus A400M et le lance-roquettes HIMARS M142 sont arrivés.",
    "Les dirigeants du G7 et du G20 se réunissent.",
    "L'article 5 du traité a été invoqué.",
    "Pour tout renseignement, appelez le 01 45 67 89 12.",
    "La réunion commence à 14:30.",
    "La résolution 2334 a été adoptée.",
    "Le gazoduc Nord Stream 2 a été endommagé.",
  ])("%s", (sentence) => {
    expect(figs(sentence)).toEqual([]);
  });

  it("skips the glued name and still reads the count after it", () => {
    const all = figs("Téhéran a livré 8 batteries de S-300 et 40 chars T-90.");
    expect(all.map((f) => f.value)).toEqual([8, 40]);
    expect(all.every((f) => f.category === "equipment")).toBe(true);
  });
});

describe("offsets", () => {
  it("text is the sentence slice at start..end", () => {
    const s = "Selon Varsovie, près de 3 000 soldats et une vingtaine d'hélicoptères arriveront le 5 mai.";
    const all = figs(s);
    expect(all).toHaveLength(3);
    for (const f of all) expect(s.slice(f.start, f.end)).toBe(f.text);
    expect(all.map((f) => f.category)).toEqual(["troops", "equipment", "date"]);
  });
});

describe("more French and English writing", () => {
  it("« portant à N le nombre de ses militaires »: the count before what it counts", () => {
    const f = one("Ce renfort porte à 6 200 le nombre de soldats alliés présents dans le pays.");
    expect(f).toMatchObject({ value: 6200, category: "troops", counted: "soldats alliés" });
  });

  it("day ranges before one month", () => {
    expect(one("Les manœuvres auront lieu du 8 au 19 juin.")).toMatchObject({ value: 8, valueMax: 19, category: "date", approx: "range" });
    expect(one("Le sommet se tiendra les 9 et 10 juillet.")).toMatchObject({ value: 9, valueMax: 10, category: "date" });
  });

  it("English month-day dates", () => {
    expect(one("The drills began on September 14 near the coast.")).toMatchObject({ value: 14, category: "date", text: "September 14" });
  });

  it("does not read the adjective « neuf » (new) as nine", () => {
    expect(figs("Le régiment a reçu un équipement neuf.")).toEqual([]);
    expect(one("Le régiment a reçu neuf blindés.")).toMatchObject({ value: 9, category: "equipment" });
  });

  it("counts peoples and states written with a capital, but never a proper name", () => {
    expect(one("Environ 900 Canadiens servent dans la mission.")).toMatchObject({ value: 900, unit: "canadiens", category: "other" });
    expect(one("Les 30 États membres ont voté.")).toMatchObject({ value: 30, counted: "États" });
    expect(one("En 1989 Mikhaïl Gorbatchev a retiré ses troupes.")).toMatchObject({ value: 1989, category: "date" });
  });

  it("does not take an English verb for an adjective of the counted noun", () => {
    expect(one("Some 1,800 troops arrived on Monday.").counted).toBe("troops");
  });

  it("several figures in one sentence keep their own qualifiers", () => {
    const all = figs("Plus de 4 000 soldats, environ 90 chars et jusqu'à 30 hélicoptères sont mobilisés.");
    expect(all.map((f) => [f.value, f.approx, f.category])).toEqual([
      [4000, "more_than", "troops"],
      [90, "about", "equipment"],
      [30, "less_than", "equipment"],
    ]);
  });
});

describe("what is counted, wherever it is written", () => {
  it("modifiers before the noun: French « nouveaux », English adjectives and capitals", () => {
    expect(one("Rome enverra 1 500 nouveaux soldats au printemps.")).toMatchObject({ value: 1500, category: "troops", counted: "nouveaux soldats" });
    expect(one("Ottawa will deploy 2,200 additional Canadian troops.")).toMatchObject({ value: 2200, category: "troops", counted: "additional Canadian troops" });
    expect(one("The alliance moved 350 U.S. soldiers east.")).toMatchObject({ value: 350, category: "troops" });
  });

  it("a service word before the noun: « military personnel », after a dotted abbreviation too", () => {
    expect(one("Some 450 Ruritanian military personnel remain at the outpost.")).toMatchObject({ value: 450, approx: "about", category: "troops", unit: "personnel" });
    expect(one("Roughly 5,100 U.K. army personnel serve overseas this year.")).toMatchObject({ value: 5100, category: "troops", counted: "U.K. army personnel" });
    expect(one("The ministry sent 120 army troops north.")).toMatchObject({ value: 120, category: "troops" });
  });

  it("modifiers after « de »: « des milliers d'autres soldats »", () => {
    expect(one("Des centaines d'autres militaires attendent.")).toMatchObject({ value: 200, approx: "vague", category: "troops", counted: "autres militaires" });
    expect(one("Le plan prévoit 1,2 million de nouveaux conscrits.")).toMatchObject({ value: 1_200_000, category: "troops" });
  });

  it("a number of a named model is equipment, and the model joins the counted noun", () => {
    expect(one("L'armée a reçu 24 KF-21 et rien d'autre.")).toMatchObject({ value: 24, category: "equipment", unit: "KF-21" });
    expect(one("La marine a commandé 6 sous-marins S-80.")).toMatchObject({ value: 6, category: "equipment", counted: "sous-marins S-80" });
  });

  it("« le nombre de soldats … atteindra N »: the named noun counts the next bare number", () => {
    expect(one("Le nombre de militaires britanniques sur la base atteindra 1 600 cet été.")).toMatchObject({ value: 1600, category: "troops", unit: "militaires" });
    expect(one("Les effectifs du régiment passeront de 900 à 1 300.")).toMatchObject({ value: 900, valueMax: 1300, category: "troops" });
    expect(one("Le nombre de blessés s'élève à 17.")).toMatchObject({ value: 17, category: "other" });
  });

  it("a year after its preposition stays a year whatever word follows", () => {
    expect(one("Le nombre de victimes depuis 2019 reste incertain.")).toMatchObject({ value: 2019, category: "date", text: "depuis 2019", counted: null });
  });

  it("« trois » is never an adjective of the noun before it", () => {
    expect(figs("Le pays enverra 400 soldats et trois frégates.").map((f) => f.text)).toEqual(["400 soldats", "trois frégates"]);
  });
});

describe("anaphora and ages after adjectives", () => {
  it("« dont N » counts what the figure before it counts", () => {
    const all = figs("L'Italie entretient environ 3 800 soldats à l'étranger, dont 1 100 au Liban.");
    expect(all.map((f) => [f.value, f.category])).toEqual([[3800, "troops"], [1100, "troops"]]);
  });

  it("« contre N », « dont plus de N », « up from N » take the unit of the count before", () => {
    const all = figs("L'Espagne aligne 4 200 militaires, contre environ 3 100 en début d'année, dont plus de 900 en Lettonie.");
    expect(all.map((f) => [f.value, f.approx, f.category])).toEqual([
      [4200, "exact", "troops"],
      [3100, "about", "troops"],
      [900, "more_than", "troops"],
    ]);
    expect(troops("The army now has 52,000 soldiers, up from 47,000.").map((f) => f.value)).toEqual([52000, 47000]);
  });

  it("« dont N Français » after a troop count is troops too", () => {
    expect(troops("Quelque 3 400 militaires, dont 700 Portugais, sont sur place.").map((f) => f.value)).toEqual([3400, 700]);
  });

  it("« contre » with no count before it borrows nothing", () => {
    expect(troops("Le tribunal a statué contre 4 accusés.")).toEqual([]);
  });

  it("« dont N » after a count of something else is not troops", () => {
    const all = figs("Le pays compte 40 aéroports, dont 12 internationaux.");
    expect(all.some((f) => f.category === "troops")).toBe(false);
  });

  it("« un soldat américain de 23 ans »: the age comes after the noun's adjectives", () => {
    expect(one("Un militaire belge de 41 ans a été promu.")).toMatchObject({ value: 41, category: "age" });
  });
});

describe("named models and role nouns", () => {
  it("a named model after an equipment noun joins what is counted", () => {
    expect(one("Madrid a promis 18 chars Leopard 2 à Kiev.")).toMatchObject({ value: 18, counted: "chars Leopard 2", category: "equipment" });
    expect(one("Kiev a reçu 4 systèmes NASAMS.")).toMatchObject({ value: 4, counted: "systèmes NASAMS" });
  });

  it("the version number of a named model is no figure", () => {
    expect(figs("Le Leopard 2 et le Patriot sont arrivés.")).toEqual([]);
  });

  it("« Le président, 70 ans, » is an age", () => {
    expect(one("Le général, 63 ans, a pris sa retraite.")).toMatchObject({ value: 63, category: "age" });
  });

  it("« pour 2027 » is a year, « pour 2000 personnes » a count", () => {
    expect(one("Le chantier est prévu pour 2027.")).toMatchObject({ value: 2027, category: "date", text: "pour 2027" });
    expect(one("Le camp est conçu pour 2000 personnes.")).toMatchObject({ value: 2000, category: "other", unit: "personnes" });
  });
});

describe("people who are not troops, and troops named another way", () => {
  it("« soldats du feu » are firefighters", () => {
    expect(troops("Près de 250 soldats du feu combattent les flammes près de la caserne.")).toEqual([]);
  });

  it("« hommes d'affaires », « hommes politiques » are civilians even near an army", () => {
    expect(troops("L'armée a reçu 120 hommes d'affaires puis 15 hommes politiques.")).toEqual([]);
  });

  it("« membres des forces spéciales » are troops", () => {
    expect(one("Environ 180 membres des forces spéciales ont été déployés.")).toMatchObject({
      value: 180,
      category: "troops",
      counted: "membres des forces spéciales",
    });
    expect(one("Les 27 membres du conseil ont voté.").category).toBe("other");
  });

  it("a sentence about armed men is a military setting, one about Armenians is not", () => {
    expect(one("Quelque 60 hommes armés ont pris la ville.").category).toBe("troops");
    expect(one("Environ 60 hommes arméniens ont manifesté.").category).toBe("other");
  });
});

describe("typography", () => {
  it("typographic apostrophes and non-breaking hyphens", () => {
    const all = figs("Jusqu\u2019à 7 500 soldats d\u2019ici à 2031, près d\u2019un millier d\u2019obus, quatre\u2011vingt\u2011onze chars.");
    expect(all.map((f) => [f.value, f.approx, f.category])).toEqual([
      [7500, "less_than", "troops"],
      [2031, "exact", "date"],
      [1000, "about", "equipment"],
      [91, "exact", "equipment"],
    ]);
  });

  it("a percent sign glued to the number or after a narrow no-break space", () => {
    expect(one("Le taux a atteint 12%.")).toMatchObject({ value: 12, category: "percent", text: "12%" });
    expect(one("Le taux a atteint 12\u202f%.")).toMatchObject({ value: 12, category: "percent" });
  });
});

describe("units", () => {
  it("are plural and lower-case whatever the number", () => {
    expect(one("Un seul régiment, soit 1 bataillon, est resté.").unit).toBe("bataillons");
    expect(one("Il reste 1 soldat.").unit).toBe("soldats");
    expect(one("Le pays a perdu 1 hôpital.").unit).toBe("hôpitaux");
    expect(one("Il reste 8 bataillons.").unit).toBe("bataillons");
  });
});


describe("sailors in hundreds", () => {
  it("counts hundreds of « marins » as troops without another military word, a handful not", () => {
    const [many] = extractFigures("Les alliés envisagent d'envoyer jusqu'à 400 marins de plus en mer du Nord.");
    expect(many).toMatchObject({ value: 400, approx: "less_than", category: "troops" });
    const [few] = extractFigures("Trois marins ont été secourus au large de Brest.");
    expect(few?.category).not.toBe("troops");
  });
});

describe("tolls, civil forces and units: who the people counted are", () => {
  it("a toll counts losses, not a force, in either language", () => {
    expect(one("The court heard of the killings of two soldiers near the border.").category).toBe("other");
    expect(one("Three soldiers were killed in the ambush.").category).toBe("other");
    expect(one("L'attaque a fait 14 soldats tués selon l'état-major.").category).toBe("other");
    expect(one("Trois soldats ont été blessés lors de l'exercice.").category).toBe("other");
    expect(one("The army moved 3,000 soldiers to the border.").category).toBe("troops");
  });

  it("a toll whose verb comes first, or after an apposition or a phrase of origin, is no force", () => {
    expect(one("A raid on a border post that killed 40 soldiers shook the capital.").category).toBe("other");
    expect(one("L'embuscade a tué 40 soldats près du fleuve.").category).toBe("other");
    expect(one("Twelve marines, among them the captain, were killed when their boat sank.").category).toBe("other");
    expect(one("In March 60 soldiers from the garrison died in an attack on their camp.").category).toBe("other");
    expect(one("Quinze soldats du contingent ont été tués dans l'attaque du camp.").category).toBe("other");
    // The same shapes with no toll stay troop counts.
    expect(one("Twelve hundred marines, most of them reservists, were sent to the island.").category).toBe("troops");
    expect(one("In March 600 soldiers from the garrison moved to the coast.").category).toBe("troops");
  });

  it("a singular troop noun before an equipment noun qualifies it: « fighter jets »", () => {
    expect(one("The air force said it lost four fighter jets.")).toMatchObject({ value: 4, category: "equipment", unit: "jets" });
    expect(one("Quelque 60 hommes armés ont pris la ville.").category).toBe("troops");
  });

  it("firefighters, police and rescuers are people, and make « hommes » and « personnel » theirs", () => {
    expect(one("Plus de 300 pompiers luttent contre le feu.").category).toBe("other");
    expect(one("Some 150 police officers guarded the summit.").category).toBe("other");
    expect(one("Quelque 500 hommes, dont des pompiers et des secouristes, ont été déployés dans la zone.").category).toBe("other");
    expect(one("About 400 personnel from the fire service and police were deployed to the base.").category).toBe("other");
  });

  it("a unit's strength counted in people is a troop count", () => {
    const all = figs("Le bataillon ne compte plus que 85 personnes actives sur 640 déployés.");
    expect(all.map((f) => [f.value, f.category])).toEqual([[85, "troops"], [640, "troops"]]);
    expect(one("Le club compte 85 personnes actives.").category).toBe("other");
  });

  it("participants in a military exercise, or beside forces taking part, are troops", () => {
    expect(one("Each navy is fielding more than 900 participants, while other forces also take part.").category).toBe("troops");
    expect(one("Les manoeuvres réunissent 2 000 participants de l'armée de terre.").category).toBe("troops");
    expect(one("The conference drew 900 participants.").category).toBe("other");
  });

  it("peoples joined before the noun: « Dutch and Belgian troops »", () => {
    expect(one("Thousands of Dutch and Belgian troops crossed the river.")).toMatchObject({ value: 2000, approx: "vague", category: "troops" });
  });
});

describe("money and measures written the short way", () => {
  it.each([
    ["The fund gets €1.2m this year.", 1.2e6, "euros"],
    ["Investors lost $2bn overnight.", 2e9, "dollars"],
    ["The club paid £20m for him.", 2e7, "livres sterling"],
    ["The agency was allocated R4bn in the budget.", 4e9, "rands"],
    ["The board approved USD 3 million for repairs.", 3e6, "dollars"],
    ["Le canton débloque CHF 200 000 pour la route.", 2e5, "francs suisses"],
    ["The state will spend 4 million rand.", 4e6, "rands"],
    ["L'Etat versera 2 milliards d'euros.", 2e9, "euros"],
    ["Ottawa will spend $3.5 billion on ships.", 3.5e9, "dollars"],
    // an amount used as an adjective, its scale joined by a hyphen
    ["The $40-million bridge opened on Friday.", 4e7, "dollars"],
    ["Le plan de €2-milliards a été adopté.", 2e9, "euros"],
  ])("%s", (s, value, unit) => {
    expect(one(s)).toMatchObject({ value, unit, category: "money" });
  });

  it("a distance glued to its unit: « 30m », « 9.3km »", () => {
    expect(figs("The wall is 30m high and the tunnel 9.3km long.").map((f) => [f.value, f.unit, f.category])).toEqual([
      [30, "m", "distance"],
      [9.3, "km", "distance"],
    ]);
  });

  it('a length made a surface (« kilomètres carrés », "square miles") is no distance', () => {
    expect(one("Les rebelles tiennent des centaines de kilomètres carrés dans la vallée.")).toMatchObject({ category: "other", text: "des centaines de kilomètres carrés" });
    expect(one("The fire burned 40 square miles of forest.").category).toBe("other");
    expect(one("The convoy drove 40 miles to the border.").category).toBe("distance");
  });

  it("a road or a model glued to letters is no amount: « the R4 », « the G7 », « 5G »", () => {
    expect(figs("Traffic on the R4 slowed as the G7 met to discuss 5G.")).toEqual([]);
  });

  it("fractions of a scale in words", () => {
    expect(one("Half a million people fled the city.").value).toBe(500000);
    expect(one("A quarter of a million troops massed at the border.")).toMatchObject({ value: 250000, category: "troops" });
    expect(one("Le pays accueille un demi-million de réfugiés.").value).toBe(500000);
  });

  it("a number right after an acronym names a model: « GM 200 »", () => {
    expect(figs("The firm recalled its XR 300 units and sold 40 trucks.").map((f) => f.value)).toEqual([40]);
  });
});

describe("a glued « m » or « bn » without a currency", () => {
  it("is a scale before a counted noun, a length before a dimension or after an article", () => {
    expect(one("About 1.5m people fled the region.")).toMatchObject({ value: 1.5e6, unit: "people" });
    expect(one("Nearly 4bn users logged in.")).toMatchObject({ value: 4e9, unit: "users" });
    expect(one("The levee is 30m high.")).toMatchObject({ value: 30, unit: "m", category: "distance" });
    expect(one("They built a 30m wall.")).toMatchObject({ value: 30, unit: "m", category: "distance" });
    expect(one("Some 2m soldiers were mobilised.")).toMatchObject({ value: 2e6, category: "troops" });
  });
});

describe("money with decimals, ranges and a country code; lengths before a singular noun", () => {
  it("a letter currency with decimals is one amount: « R7.5bn »", () => {
    expect(figs("The agency gets an extra R7.5bn and the fund shrinks to R2.5bn.").map((f) => [f.value, f.unit])).toEqual([
      [7.5e9, "rands"],
      [2.5e9, "rands"],
    ]);
  });

  it("a range of amounts repeating the currency is one figure with its maximum", () => {
    for (const [s, value, valueMax, unit] of [
      ["Savings of R20bn to R50bn a year are expected.", 2e10, 5e10, "rands"],
      ["The repairs will cost $2m to $3m.", 2e6, 3e6, "dollars"],
      ["Le chantier coûtera entre €1m et €2.5m.", 1e6, 2.5e6, "euros"],
      ["The bill is between 2 and 3 billion dollars.", 2e9, 3e9, "dollars"],
    ] as const) {
      expect(one(s), s).toMatchObject({ value, valueMax, unit, category: "money", approx: "range" });
    }
  });

  it("a falling amount « from X to Y » stays two amounts", () => {
    expect(figs("The grant fell from R14bn to R6.5bn.").map((f) => f.value)).toEqual([14e9, 6.5e9]);
  });

  it("a country code before a currency sign is no model name: « US $4.2 billion »", () => {
    expect(one("Exports reached US $4.2 billion last year.")).toMatchObject({ value: 4.2e9, unit: "dollars" });
  });

  it("a glued « m » before a singular noun is a length, not millions: « the 30m vessel »", () => {
    expect(one("The 30m vessel ran aground.")).toMatchObject({ value: 30, unit: "m", category: "distance" });
    expect(one("The 12m boat's hull cracked.")).toMatchObject({ value: 12, unit: "m", category: "distance" });
    expect(one("He sold 2m shares.")).toMatchObject({ value: 2e6, unit: "shares" });
  });
});

describe("what a count is of, when a noun phrase follows", () => {
  it("a singular noun before a plural one is a compound: the plural is counted", () => {
    expect(one("The city hired more than 1,000 parking wardens.")).toMatchObject({ value: 1000, unit: "wardens", text: "more than 1,000 parking wardens" });
    expect(one("Some 20 police officers stood by.")).toMatchObject({ value: 20, unit: "officers", category: "other" });
  });

  it("a participle after « dont N » counts nothing: N counts what the figure before it counts", () => {
    const [all, part] = figs("La police a dressé 410 amendes de stationnement, dont 122 concernant le trottoir.");
    expect(all).toMatchObject({ value: 410, unit: "amendes" });
    expect(part).toMatchObject({ value: 122, unit: "amendes" });
    const [total, some] = figs("Inspectors issued 90 fines, including 30 regarding the noise.");
    expect(total).toMatchObject({ value: 90, unit: "fines" });
    expect(some).toMatchObject({ value: 30, unit: "fines" });
  });
});

describe("numbers opening a compound adjective", () => {
  it("a force's strength is a troop count: « a 700-strong contingent »", () => {
    expect(one("The island sent a 700-strong contingent.")).toMatchObject({ value: 700, category: "troops" });
    expect(one("A 3,000-strong force crossed the river.")).toMatchObject({ value: 3000, category: "troops" });
  });

  it("a strength that is no force is no troop count", () => {
    expect(one("A 12,000-strong crowd gathered.").category).toBe("other");
    expect(one("A 500-strong police unit patrolled.").category).toBe("other");
  });

  it("the unit after the hyphen is what the number measures: « a 5-day hearing »", () => {
    expect(one("The judge set a 5-day hearing.")).toMatchObject({ value: 5, unit: "jours" });
    expect(one("Unions called a 24-hour strike.")).toMatchObject({ value: 24, unit: "heures" });
    expect(one("They walked a 10-km route.")).toMatchObject({ value: 10, unit: "km", category: "distance" });
  });

  it("a range of amounts joined by a hyphen, each with its currency", () => {
    expect(one("The bridge will cost €2bn-€3bn.")).toMatchObject({ value: 2e9, valueMax: 3e9, unit: "euros", approx: "range" });
  });

  it("a compound after « dozens of » is counted by its plural", () => {
    expect(one("Dozens of police officers watched.")).toMatchObject({ unit: "officers", category: "other" });
  });
});

describe("a year spanning two calendar years", () => {
  it("« 2025/2026 » and « 2024/25 » are one date range; other slashes stay labels", () => {
    expect(figs("The 2031/2032 budget and the 2030/31 season.").map((f) => [f.value, f.valueMax, f.category])).toEqual([
      [2031, 2032, "date"],
      [2030, 2031, "date"],
    ]);
    expect(figs("Open 24/7 and in 2019/2021 nothing.")).toEqual([]);
  });
});

describe("English adjectives before the counted noun", () => {
  it("are skipped to the noun: « 100 dedicated offices », « seven top swing states »", () => {
    expect(one("It runs more than 100 dedicated offices.")).toMatchObject({ value: 100, unit: "offices" });
    expect(one("The seven top swing states vote.")).toMatchObject({ value: 7, unit: "states" });
  });

  it("a toll's participle before the noun still makes a toll, not troops: « ten wounded soldiers »", () => {
    expect(one("Ten wounded soldiers were evacuated.").category).toBe("other");
    expect(one("About 3,000 deployed troops remain.").category).toBe("troops");
  });
});

describe("a number glued to a word by a hyphen that is no compound adjective", () => {
  it("a numbered list item gives no figure: « 1-prendre des mesures »", () => {
    expect(figs("Le plan : 1-prendre des mesures, 2-réduire les coûts.")).toEqual([]);
  });
});

describe("numbers that count nothing after them", () => {
  it("a preposition, a direction or an abbreviation's letter is no counted noun", () => {
    expect(figs("Drive along Route 9 toward the coast.")).toEqual([]);
    expect(one("It starts at about 10 p.m.")).toMatchObject({ value: 10, counted: null });
  });

  it("a capitalised number word beside a capitalised word inside a sentence is part of a name", () => {
    expect(figs("He spoke to Seven Network on Friday.")).toEqual([]);
    expect(one("Seven people died.")).toMatchObject({ value: 7, unit: "people" });
  });
});

describe("years and abbreviated months", () => {
  it("« Sept. 29 » is a date, not seven; French « Sept soldats » stays seven", () => {
    expect(figs("Sept. 29, 1950: the stadium opened.").map((f) => [f.value, f.category])).toEqual([
      [29, "date"],
      [1950, "date"],
    ]);
    expect(one("Sept soldats ont été déployés.")).toMatchObject({ value: 7, category: "troops" });
  });

  it("a year before a singular noun qualifies it: « the 1898 ruling »; a plural after a number is counted", () => {
    expect(one("The 1898 ruling still stands.")).toMatchObject({ value: 1898, category: "date" });
    expect(one("It sent 1500 reservists.")).toMatchObject({ value: 1500, category: "troops" });
  });
});

describe("people who join a force", () => {
  it("a people, volunteers or foreigners joining an army are a troop count", () => {
    expect(one("Some 80,000 Veronians have joined the territorial defence forces since March.")).toMatchObject({ value: 80000, category: "troops" });
    expect(one("Thousands of foreigners have joined the international legion.")).toMatchObject({ value: 2000, category: "troops" });
    expect(one("About 6,000 volunteers enlisted in the army last month.")).toMatchObject({ value: 6000, category: "troops" });
    expect(one("Nearly 900 nationals volunteered to fight for the republic.")).toMatchObject({ value: 900, category: "troops" });
  });

  it("« des milliers de volontaires ont rejoint l'armée » is a troop count in French too", () => {
    expect(one("Des milliers de volontaires ont rejoint les rangs de l'armée.")).toMatchObject({ value: 2000, category: "troops" });
    expect(one("Quelque 4 000 étrangers se sont engagés dans la légion internationale.")).toMatchObject({ value: 4000, category: "troops" });
  });

  it("joining a civil body, a protest or a fight against fire makes no troops", () => {
    expect(one("Some 2,000 volunteers joined the rescue effort.").category).toBe("other");
    expect(one("About 500 residents joined the police force.").category).toBe("other");
    expect(one("Thousands of students joined the protest.").category).toBe("other");
    expect(one("Hundreds of residents signed up to fight the wildfires.").category).toBe("other");
    expect(one("Un millier de volontaires ont rejoint la sécurité civile.").category).toBe("other");
    expect(one("Quelque 300 bénévoles ont rejoint les secours.").category).toBe("other");
  });
});

describe("a force named by its strength", () => {
  it("« a force of N », « a force numbering N », « N strong »: no troop noun after the number, still troops", () => {
    expect(troops("The league sent a joint force of 3,600 gathered from four kingdoms.")).toMatchObject([{ value: 3600, approx: "exact" }]);
    expect(troops("The rebels keep a force numbering about 1,700 in the marshes.")).toMatchObject([{ value: 1700, approx: "about" }]);
    expect(troops("The garrison, some 2,300 strong, held the pass.")).toMatchObject([{ value: 2300, approx: "about", text: "some 2,300 strong" }]);
    expect(troops("The contingent is roughly 8,400 strong.")).toMatchObject([{ value: 8400, approx: "about" }]);
    expect(troops("A force of between 2,000 and 2,500 will cross in spring.")).toMatchObject([{ value: 2000, valueMax: 2500, approx: "range" }]);
    expect(troops("The 5,200-strong mission leaves in May.")).toMatchObject([{ value: 5200 }]);
  });

  it("« une force conjointe de N », « un contingent fort de N », « un corps expéditionnaire de N » in French", () => {
    expect(troops("Les deux royaumes ont formé une force conjointe de 3 600 venus des provinces.")).toMatchObject([{ value: 3600 }]);
    expect(troops("Le duché a promis un contingent fort de 7 300 pour la mission.")).toMatchObject([{ value: 7300 }]);
    expect(troops("Un corps expéditionnaire d'environ 4 100 doit partir au printemps.")).toMatchObject([{ value: 4100, approx: "about" }]);
  });

  it("a measure of a force beside a military word: « a troop presence of N », « troop levels of N », « une présence militaire de N »", () => {
    expect(troops("The duchy keeps a troop presence of about 2,700 in the valley.")).toMatchObject([{ value: 2700, approx: "about" }]);
    expect(troops("Troop levels of 2,700 will be kept.")).toMatchObject([{ value: 2700 }]);
    expect(troops("Le duché maintient une présence militaire de 2 700 dans la vallée.")).toMatchObject([{ value: 2700 }]);
    expect(troops("A police presence of 300 was visible.")).toEqual([]);
    expect(troops("The firm keeps a presence of 300 in the city.")).toEqual([]);
  });

  it("« blue helmets », « Guardsmen » and « airmen » are troops", () => {
    expect(troops("Some 10,000 blue helmets watch the zone.")).toMatchObject([{ value: 10000, unit: "blue helmets" }]);
    expect(troops("Around 900 Guardsmen were sent to the capital.")).toMatchObject([{ value: 900 }]);
    expect(troops("The base houses 1,200 airmen.")).toMatchObject([{ value: 1200 }]);
  });

  it("a civil force, a crowd, a count of something else or a small number is no troop count", () => {
    expect(troops("The city's police force of 2,000 was put on alert.")).toEqual([]);
    expect(troops("The labour force of 4,000 went on strike.")).toEqual([]);
    expect(troops("The firm's sales force of 300 met on Monday.")).toEqual([]);
    expect(troops("A force of 2,000 police was deployed.")).toEqual([]);
    expect(troops("An army of 300 lawyers filed suit.")).toEqual([]);
    expect(troops("Marchers 5,000 strong filled the square.")).toEqual([]);
    expect(troops("Gusts of wind force of 12 hit the coast.")).toEqual([]);
    expect(troops("Une force de police de 2 000 agents a été mobilisée.")).toEqual([]);
  });
});

describe("recruits behind a verb chain", () => {
  it("« have rushed to join », « had decided to enlist », « ont choisi de s'engager »", () => {
    expect(troops("Tens of thousands of volunteers have rushed to join the militia.")).toMatchObject([{ value: 20000, approx: "vague" }]);
    expect(troops("Officials said some 45,000 citizens had decided to enlist in the reserve.")).toMatchObject([{ value: 45000, approx: "about" }]);
    expect(troops("Des dizaines de milliers de volontaires ont choisi de s'engager dans la garde nationale.")).toMatchObject([{ value: 20000 }]);
    expect(troops("Hundreds of men have lined up to sign up for the army.")).toMatchObject([{ value: 200 }]);
  });

  it("a refusal on the way, or a chain to a civil body or a protest, makes no troops", () => {
    expect(troops("Some 5,000 volunteers refused to join the army.")).toEqual([]);
    expect(troops("Des milliers d'habitants ont fui pour ne pas rejoindre l'armée.")).toEqual([]);
    expect(troops("About 2,000 students were ordered to join the protest march.")).toEqual([]);
    expect(troops("Plus de 3 000 étudiants ont décidé de rejoindre la manifestation.")).toEqual([]);
  });
});

describe("qualifiers that bound a figure", () => {
  it("an upper bound before the number: « as many as », « a maximum of », « un maximum de »", () => {
    expect(one("The mission will have as many as 6,100 troops.")).toMatchObject({ value: 6100, approx: "less_than" });
    expect(one("A maximum of 6,100 troops will be sent.")).toMatchObject({ value: 6100, approx: "less_than" });
    expect(one("Un maximum de 6 100 soldats sera envoyé.")).toMatchObject({ value: 6100, approx: "less_than" });
    expect(one("It will send upward of 6,100 troops.")).toMatchObject({ value: 6100, approx: "more_than" });
  });

  it("a bound after the figure: « au maximum », « au plus », « or more »; « au plus fort » is no bound", () => {
    expect(one("Il enverra 6 100 soldats au maximum.")).toMatchObject({ value: 6100, approx: "less_than", text: "6 100 soldats au maximum" });
    expect(one("Il enverra 6 100 soldats au plus.")).toMatchObject({ approx: "less_than" });
    expect(one("It will send 6,100 troops or more.")).toMatchObject({ approx: "more_than" });
    expect(one("Ils étaient 6 100 soldats au plus fort de la crise.")).toMatchObject({ approx: "exact", text: "6 100 soldats" });
  });
});

describe("no troop count where soldiers are lost, held or speaking", () => {
  it("bodies, the missing, captives, surrenders and losses are tolls", () => {
    expect(troops("The bodies of 31 soldiers were flown home.")).toEqual([]);
    expect(troops("Les corps de 31 soldats ont été rapatriés.")).toEqual([]);
    expect(troops("Some 47 soldiers are still missing after the storm.")).toEqual([]);
    expect(troops("The insurgents captured 230 soldiers at the pass.")).toEqual([]);
    expect(troops("About 230 soldiers surrendered at dawn.")).toEqual([]);
    expect(troops("The swap freed 91 soldiers held since spring.")).toEqual([]);
    expect(troops("The duchy lost 17 soldiers in the ambush.")).toEqual([]);
    expect(troops("Le duché a perdu 17 soldats dans l'embuscade.")).toEqual([]);
  });

  it("a toll named before the number: « the toll includes », « among the dead were », « le bilan comprend »", () => {
    expect(troops("The toll includes 17 soldiers.")).toEqual([]);
    expect(troops("Among the dead were 17 soldiers.")).toEqual([]);
    expect(troops("Le bilan comprend 17 soldats.")).toEqual([]);
  });

  it("soldiers counted as they speak are witnesses, not a force; hearsay about a force is still one", () => {
    expect(troops("Two soldiers said the depot was empty.")).toEqual([]);
    expect(troops("Deux soldats ont raconté l'attaque.")).toEqual([]);
    expect(troops("Some 5,000 troops said to be massing near the river worry the envoys.")).toMatchObject([{ value: 5000 }]);
    expect(troops("The duke sent 900 soldiers to the pass.")).toMatchObject([{ value: 900 }]);
  });
});

describe("a count named before its number", () => {
  it("« the number of troops … to N », « troop numbers … N », « le nombre total de militaires … N »", () => {
    expect(troops("The number of troops in the valley will rise to 3,400.")).toMatchObject([{ value: 3400 }]);
    expect(troops("The total number of soldiers deployed will reach 3,400 next year.")).toMatchObject([{ value: 3400, text: "3,400" }]);
    expect(troops("Troop numbers will climb to about 3,400.")).toMatchObject([{ value: 3400, approx: "about" }]);
    expect(troops("Le nombre total de militaires passera à 3 400.")).toMatchObject([{ value: 3400 }]);
  });

  it("a civil count or a toll named so is no troop count", () => {
    expect(troops("The number of police officers will rise to 3,400.")).toEqual([]);
    expect(troops("The number of troops killed rose to 41.")).toEqual([]);
  });
});

describe("a bare number sent or deployed", () => {
  it("« déployer jusqu'à N », \"deploy up to N\": the object of a verb of sending in a military sentence is a force", () => {
    expect(troops("\"We will deploy up to 7,500 if needed,\" the marshal told reporters.")).toMatchObject([{ value: 7500, approx: "less_than" }]);
    expect(troops("« Nous pourrons déployer jusqu'à 7 500 si nécessaire », a déclaré la maréchale.")).toMatchObject([{ value: 7500, approx: "less_than" }]);
  });

  it("a year, a distance, a civil emergency or a sentence with no military word gives none", () => {
    expect(troops("The army deployed in 2023 and stayed.")).toEqual([]);
    expect(troops("The army deployed 300 kilometres north.")).toEqual([]);
    expect(troops("The city deployed 500 to fight the wildfires.")).toEqual([]);
    expect(troops("The charity sent 5,000 to the flood victims.")).toEqual([]);
  });
});

describe("a wire's troop counts: additions, running totals, strengths", () => {
  it("« another N troops » keeps « another » in the figure: an addition, not the total", () => {
    expect(troops("The ministry is sending another 1,300 troops to the coast.")).toMatchObject([{ value: 1300, text: "another 1,300 troops" }]);
  });
  it("« deux autres juges », \"two other judges\": a word of addition before any noun stays in the figure with that noun", () => {
    expect(one("La commission a saisi le tribunal contre la juge Morel et deux autres juges fédéraux.").text).toBe("deux autres juges fédéraux");
    expect(one("The council filed complaints against two other judges.").text).toBe("two other judges");
    expect(one("Il y en a deux autres.").text).toBe("deux");
  });
  it("« 800 sailors each », « 500 soldats chacun »: a figure per party says so in its text", () => {
    expect(troops("The navies of both countries are sending more than 800 sailors each.")).toMatchObject([{ text: "more than 800 sailors each" }]);
    expect(troops("Les deux pays engagent 500 soldats chacun, selon l'état-major.")).toMatchObject([{ text: "500 soldats chacun" }]);
    // « each year » is a period, not a party
    expect(one("The plant makes 40 tanks each year.").text).toBe("40 tanks");
  });
  it("« bringing the total to N » after a troop count counts troops too, in both languages", () => {
    expect(troops("The ministry is sending 1,500 more troops, bringing the total to about 3,700.").map((f) => f.value)).toEqual([1500, 3700]);
    expect(troops("L'armée envoie 400 soldats supplémentaires, portant le total à 2 900.").map((f) => f.value)).toEqual([400, 2900]);
    // a total of another thing is no force
    expect(troops("The firm hired 300 more clerks, bringing the total to 2,000.")).toEqual([]);
  });
  it("« the number of US troops there to N »: a people's name between « of » and the troop noun", () => {
    expect(troops("The move will bring the number of US troops there to roughly 6,500.")).toMatchObject([{ value: 6500, approx: "about" }]);
  });
  it("« a N-strong border response unit »: the force noun English puts last; a police force is none", () => {
    expect(troops("The plan relies on the alliance's 30,000-strong border response unit.")).toMatchObject([{ value: 30000 }]);
    expect(troops("A 2,000-strong riot police unit was sent.")).toEqual([]);
  });
});
