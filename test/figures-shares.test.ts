import { describe, expect, it } from "vitest";
import { type FigureMatch, extractFigures } from "../src/story/figures/index.js";

const shares = (s: string): Array<Pick<FigureMatch, "value" | "approx" | "text" | "category">> =>
  extractFigures(s).filter((f) => f.unit === "%").map(({ value, approx, text, category }) => ({ value, approx, text, category }));

describe("shares written in words are percentages with their measure", () => {
  it("fractions of a group: « half of », « two-thirds of », « la moitié des », « un tiers des »", () => {
    expect(shares("Half of the tenants left the estate.")).toEqual([{ value: 50, approx: "exact", text: "Half of the tenants", category: "percent" }]);
    expect(shares("Nearly two-thirds of the growers signed.")).toEqual([{ value: 66.7, approx: "about", text: "Nearly two-thirds of the growers", category: "percent" }]);
    expect(shares("Three quarters of the crew stayed ashore.")).toMatchObject([{ value: 75, text: "Three quarters of the crew" }]);
    expect(shares("La moitié des locataires ont signé.")).toMatchObject([{ value: 50, text: "La moitié des locataires" }]);
    expect(shares("Plus de la moitié de la récolte est perdue.")).toMatchObject([{ value: 50, approx: "more_than" }]);
    expect(shares("Un tiers des vergers sont touchés.")).toMatchObject([{ value: 33.3, text: "Un tiers des vergers" }]);
  });

  it("what the share is of runs past names and possessives to its plural: « half of all the Ruritania city's flu cases »", () => {
    expect(shares("Half of all the Ruritania city's flu cases were in the north.")).toMatchObject([{ value: 50, text: "Half of all the Ruritania city's flu cases" }]);
    expect(shares("A tenth of the budget went to the navy.")).toMatchObject([{ value: 10, text: "A tenth of the budget" }]);
  });

  it("a share of a measure: « up to a third slower », « un tiers plus lent »", () => {
    expect(shares("The old ferry is up to a third slower.")).toEqual([{ value: 33.3, approx: "less_than", text: "up to a third slower", category: "percent" }]);
    expect(shares("Le bac est un tiers plus lent.")).toMatchObject([{ value: 33.3, text: "un tiers plus lent" }]);
  });

  it("ratios: « one in five », « nine out of 10 », « un sur cinq »", () => {
    expect(shares("One in five anglers stayed home.")).toMatchObject([{ value: 20, text: "One in five anglers" }]);
    expect(shares("Nine out of 10 bakers agree.")).toMatchObject([{ value: 90, text: "Nine out of 10 bakers" }]);
    expect(shares("Un sur cinq a quitté le village.")).toMatchObject([{ value: 20, text: "Un sur cinq" }]);
  });

  it("a period, a rank, a time or a big number is no share", () => {
    expect(shares("The first half of the season was calm.")).toEqual([]);
    expect(shares("La première moitié du match a été calme.")).toEqual([]);
    expect(shares("It took a quarter of an hour.")).toEqual([]);
    expect(shares("Il a attendu un quart d'heure.")).toEqual([]);
    expect(shares("A third party may join.")).toEqual([]);
    expect(shares("Un cinquième mandat est possible.")).toEqual([]);
    expect(extractFigures("About a quarter of a million anglers came.")).toMatchObject([{ value: 250000, category: "other" }]);
  });
});
