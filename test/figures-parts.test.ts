import { describe, expect, it } from "vitest";
import { type FigureMatch, extractFigures } from "../src/story/figures/index.js";

const troops = (s: string): number[] => extractFigures(s).filter((f: FigureMatch) => f.category === "troops").map((f) => f.value);

describe("counts leaning on the troop count before them", () => {
  it.each([
    ["a gapped clause after a comma and « et »", "La Norlande déploie 350 militaires au Kandor, et la Vestrie 200.", [350, 200]],
    ["a gapped clause after « while »", "Norland has about 2,500 troops in the country, while Vestria has 900.", [2500, 900]],
    ["a gapped clause after a semicolon, with its qualifier", "Norland has 900 troops in Brask; Vestria has about 300.", [900, 300]],
    ["a gapped destination", "Norland deployed 1,000 troops to the north and 500 to the south.", [1000, 500]],
    ["a chain of days", "Environ 7 000 soldats seront mobilisés lundi, 9 000 mardi et 11 000 mercredi.", [7000, 9000, 11000]],
    ["a number whose noun « more » leaves to the count", "The 500 troops were joined by 300 more on Friday.", [500, 300]],
    ["a part of the count before a French finite verb", "Sur les 4 000 militaires, 1 500 resteront jusqu'en juin.", [4000, 1500]],
    ["a date of the count's clause stepped over", "Le ministère a envoyé 1 000 soldats en 2015, et 500 en 2016.", [1000, 500]],
  ])("%s", (_kind, sentence, values) => {
    expect(troops(sentence)).toEqual(values);
  });

  it.each([
    ["a toll in the gapped clause", "Some 1,000 soldiers were sent, and 200 were killed in the first week."],
    ["another noun counted in between", "Le régiment compte 1 200 militaires et 300 véhicules, et la brigade 4 000."],
    ["a handful", "Norland sent 2,000 troops to the north and 3 to the capital."],
    ["a designator", "Norland has 3,000 troops in the region, and Article 50 applies."],
    ["a name's age between commas", "Norland has 5,000 troops in the region, Ilse Marr, 64, said on Tuesday."],
    ["a weekday's date in a reporting clause", "Plus de 2 500 militaires ont quitté Brask, a confirmé vendredi 19 un porte-parole."],
    ["a reporting verb in the gap", "Vestria pulled 1,200 troops out, officials confirmed, 30 of them by air."],
  ])("no lean across %s", (_kind, sentence) => {
    expect(troops(sentence)).toHaveLength(1);
  });

  it("leaves a toll said with « more » a toll", () => {
    expect(troops("The attack killed 20 troops and wounded 30 more.")).toEqual([]);
  });

  it("keeps an age after a troop count an age", () => {
    const ages = extractFigures("The 3,000 soldiers, aged 18 to 25, were trained in 2020.").filter((f) => f.value === 18);
    expect(ages.map((f) => f.category)).toEqual(["age"]);
  });

  it.each([
    ["« dont » and the women of the force", "Le contingent compte 900 hommes, dont 40 femmes, a précisé le colonel Marek.", [900, 40]],
    ["« includes » and the women of the unit", "The unit of about 900 troops includes 60 women.", [900, 60]],
    ["officers « including » in parentheses", "About 5,000 troops (including 300 officers) took part.", [5000, 300]],
  ])("a part named by who it is: %s", (_kind, sentence, values) => {
    expect(troops(sentence)).toEqual(values);
  });

  it("does not make women a force without a troop count before them", () => {
    expect(troops("The shelter houses 900 people, including 60 women.")).toEqual([]);
  });

  it.each([
    ["after the troops it measures", "Les soldats déployés en opérations extérieures (environ 6 000) ne sont pas concernés.", [6000]],
    ["for sub-units an ordinal stands for", "Deux compagnies du bataillon, la première (120) et la deuxième (140), ont été déployées.", [120, 140]],
  ])("a strength in parentheses %s", (_kind, sentence, values) => {
    expect(troops(sentence)).toEqual(values);
  });

  it("reads no strength in parentheses outside a military sentence", () => {
    expect(troops("Deux compagnies, la première (120) et la deuxième (140), ont été rachetées.")).toEqual([]);
    expect(troops("The company (150 employees) is based in Brask.")).toEqual([]);
  });

  it("counts the new figure of a change the same as the old one", () => {
    expect(troops("The government plans to cut troop numbers from 3,000 to 2,200.")).toEqual([3000, 2200]);
  });

  it.each([
    ["doubling the troops it names", "Norland plans to double its troops in Brask to 2,000.", [2000]],
    ["boosting a troop presence", "Norland will boost its troop presence to 3,500.", [3500]],
    ["« porter ses troupes à »", "Le pays compte porter ses troupes à 3 000 d'ici l'été.", [3000]],
  ])("a new strength given by a verb of change: %s", (_kind, sentence, values) => {
    expect(troops(sentence)).toEqual(values);
  });

  it("no new strength without a verb of change, or for what is no troop", () => {
    expect(troops("Norland moved its troops from Brask to 2 bases near the coast.")).toEqual([]);
    expect(troops("Norland will double its budget to 3,500.")).toEqual([]);
  });

  it("reads troops numbering their strength", () => {
    expect(troops("Vestrian troops numbering 2,500 remain in the country.")).toEqual([2500]);
  });

  it("reads a running total after an adjective", () => {
    expect(troops("Vestria will add 300 soldiers to the battlegroup, raising its total size to 1,400.")).toEqual([300, 1400]);
  });
});

describe("forces named by their strength", () => {
  it.each([
    ["a battlegroup", "The 800-strong battlegroup is led by Vestria.", 800],
    ["a force counted by its members", "The 2,000-member force will be deployed next month.", 2000],
    ["a force counted by its men", "A 600-man force landed at dawn.", 600],
  ])("%s", (_kind, sentence, value) => {
    expect(troops(sentence)).toEqual([value]);
  });

  it("keeps a civil body counted so out", () => {
    expect(troops("The 2,000-member police force will patrol the capital.")).toEqual([]);
  });
});

describe("troop nouns of two words", () => {
  it.each([
    ["service members", "About 600 service members remain in the country.", 600],
    ["special forces", "About 4,500 military personnel are in the country, including 400 special forces.", 400],
    ["forces spéciales", "Paris a envoyé 200 forces spéciales dans la région.", 200],
  ])("%s", (_kind, sentence, value) => {
    expect(troops(sentence)).toContain(value);
  });
});

describe("a finite verb after a number", () => {
  it("is no counted noun (« 300 pourraient », « 40 resteront »)", () => {
    const [f] = extractFigures("Au total, 300 pourraient partir.");
    expect(f?.counted).toBeNull();
    const [g] = extractFigures("Parmi eux, 40 resteront sur place.");
    expect(g?.counted).toBeNull();
  });
});
