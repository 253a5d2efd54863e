import { describe, expect, it } from "vitest";
import { extractFigures, figureTokens, parseNumberAt, readNumberWords, scanDigits } from "../src/story/figures/index.js";

const at = (text: string, i = 0) => parseNumberAt(text, i);

describe("digit groups", () => {
  it.each([
    ["ordinary space", "45 000 réservistes", 45000],
    ["no-break space U+00A0", "45\u00a0000 réservistes", 45000],
    ["thin space U+2009", "45\u2009000 réservistes", 45000],
    ["narrow no-break space U+202F", "45\u202f000 réservistes", 45000],
    ["dot", "45.000 réservistes", 45000],
    ["English comma", "45,000 reservists", 45000],
    ["no separator", "7000 réservistes", 7000],
    ["three groups", "1\u202f250\u202f000 habitants", 1250000],
  ])("%s", (_label, text, value) => {
    expect(at(text)?.value).toBe(value);
  });

  it("ends the number after the last group", () => {
    const text = "7\u00a0500 marins";
    expect(at(text)?.end).toBe(5);
  });

  it("does not glue a four-digit year to the next number", () => {
    const text = "en 1995 300 casques bleus";
    expect(at(text, 3)).toEqual({ value: 1995, end: 7 });
  });

  it("does not mix separator kinds", () => {
    expect(at("12 345.678")?.value).toBe(12345.678);
  });

  it("reads a decimal comma and a decimal dot", () => {
    expect(at("3,25 points")?.value).toBe(3.25);
    expect(at("0,125 gramme")?.value).toBe(0.125);
    expect(at("4.75 percent")?.value).toBe(4.75);
  });

  it("reports grouping and decimals", () => {
    const g = scanDigits("18 000", 0);
    expect(g.grouped).toBe(true);
    expect(g.decimal).toBe(false);
    expect(g.intDigits).toBe(5);
    const d = scanDigits("18,5", 0);
    expect(d.decimal).toBe(true);
  });
});

describe("scales", () => {
  it.each([
    ["1,5 million", 1_500_000],
    ["3,7 millions de personnes", 3_700_000],
    ["3,6 millions", 3_600_000],
    ["4 milliards", 4_000_000_000],
    ["1.5 million", 1_500_000],
    ["6 billion", 6_000_000_000],
    ["12 mille", 12_000],
    ["2,25 milliards", 2_250_000_000],
  ])("%s", (text, value) => {
    expect(at(text)?.value).toBe(value);
  });

  it("includes the scale word in the span", () => {
    expect(at("9 milliards d'euros")?.end).toBe("9 milliards".length);
  });
});

describe("numbers in words", () => {
  it.each([
    ["deux", 2],
    ["onze", 11],
    ["dix-sept", 17],
    ["vingt et un", 21],
    ["trente-quatre", 34],
    ["soixante et onze", 71],
    ["soixante-douze", 72],
    ["quatre-vingts", 80],
    ["quatre-vingt-dix", 90],
    ["quatre-vingt-dix-neuf", 99],
    ["cent vingt", 120],
    ["deux cents", 200],
    ["trois cent quarante", 340],
    ["mille", 1000],
    ["quarante mille", 40000],
    ["deux mille cinq cents", 2500],
    ["un million", 1_000_000],
    ["deux millions", 2_000_000],
    ["cinq milliards", 5_000_000_000],
    ["two", 2],
    ["thirty thousand", 30000],
    ["two hundred and five", 205],
    ["forty-two", 42],
    ["a thousand", 1000],
  ])("%s = %d", (text, value) => {
    expect(at(text)?.value).toBe(value);
  });

  it("stops at the first word that is not part of the number", () => {
    const text = "douze brigades";
    expect(at(text)).toEqual({ value: 12, end: 5 });
  });

  it("does not read « un », « une » or « one » alone as a number", () => {
    expect(at("une brigade")).toBeNull();
    expect(at("un premier contingent")).toBeNull();
    expect(at("one of them")).toBeNull();
    expect(readNumberWords("un", 0)).toBeNull();
  });

  it("does not add two separate numbers", () => {
    expect(at("deux trois")?.value).toBe(2);
    expect(at("vingt trente")?.value).toBe(20);
  });

  it("does not take a word made of a number and something else", () => {
    expect(at("deux-roues")).toBeNull();
    expect(at("brigade")).toBeNull();
  });

  it("is null on a position that holds no number", () => {
    expect(at("« », ;")).toBeNull();
    expect(at("")).toBeNull();
  });

  it("is null on a digit run too long to be a quantity", () => {
    expect(at("1".repeat(40))).toBeNull();
  });
});

describe("decimal and thousands separators by language", () => {
  const value = (s: string, lang?: "fr" | "en"): number | undefined => extractFigures(s, figureTokens(s), lang)[0]?.value;

  it("one dot group before a scale word is a decimal in any language: « RM4.375 million », « $1.275bn »", () => {
    expect(value("The fine was RM6.125 million.", "en")).toBe(6_125_000);
    expect(value("The deal was worth $2.375 billion.", "en")).toBe(2_375_000_000);
    expect(value("The fund lost $2.375bn.", "en")).toBe(2_375_000_000);
    expect(value("The deal was worth $2.375 billion.")).toBe(2_375_000_000);
  });

  it("English writes decimals with a dot and thousands with a comma", () => {
    expect(value("The rate rose to 6.125 percent.", "en")).toBe(6.125);
    expect(value("The firm employs 6,125 people.", "en")).toBe(6125);
    expect(value("The budget was cut by £6,125 million.", "en")).toBe(6_125_000_000);
  });

  it("French writes decimals with a comma and thousands with a space or a dot", () => {
    expect(value("Le contrat s'élève à 6,125 millions d'euros.", "fr")).toBe(6_125_000);
    expect(value("Le litre coûte 1,875 euro.", "fr")).toBe(1.875);
    expect(value("Le taux atteint 6,125 %.", "fr")).toBe(6.125);
    expect(value("Le chantier coûte 6.125 euros.", "fr")).toBe(6125);
    expect(value("Plus de 36.000 morts ont été recensés.", "fr")).toBe(36000);
  });
});

describe("money written with a currency's letters apart, Indian scales and coins", () => {
  const first = (s: string) => extractFigures(s)[0];

  it("« Rs 5 crore », « KSh 2.5 billion », « RM 4.3 million »: the letters before the amount are its currency", () => {
    expect(first("The mill was fined Rs 7 crore.")).toMatchObject({ value: 70_000_000, category: "money", unit: "roupies" });
    expect(first("The dam cost KSh 3.5 billion.")).toMatchObject({ value: 3_500_000_000, category: "money", unit: "shillings" });
    expect(first("The port raised RM 4.3 million.")).toMatchObject({ value: 4_300_000, category: "money", unit: "ringgits" });
    expect(first("The tanner earned Rs 3 lakh.")).toMatchObject({ value: 300_000, category: "money" });
  });

  it("« 50 cents » is money, not a hundred; « deux cents » is still two hundred", () => {
    expect(extractFigures("Bread rose by 45 cents a loaf.").map((f) => [f.value, f.category])).toEqual([[45, "money"]]);
    expect(first("Deux cents marins ont embarqué.")).toMatchObject({ value: 200 });
  });
});
