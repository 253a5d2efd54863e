import { describe, expect, it } from "vitest";
import { createEngine } from "../src/engine/engine.js";
import { followUpOf } from "../src/engine/chat.js";
import { ingest } from "../src/story/ingest.js";
import { conversation } from "./support/conversation.js";

/** Follow-ups that change one slot of a figure question: invented dispatches, every name and number made up. */
const EN = createEngine(
  ingest(
    `Harbour strike spreads along the coast

PORT ELMIRA — About 4,000 dock workers walked out in Port Elmira on Monday, the dockers' union said.
In Calder Bay, some 1,200 workers joined the strike on Tuesday, according to the port authority.
Dockers in Lindgrund stayed at work, their foreman said.
Last year, only 900 workers had stopped work in Port Elmira.
Since January, the clashes have injured 57 Velorian dockers and 12 Ostrian guards, according to a count by local hospitals.
The union wants a pay rise of 8 percent, while the shipping lines offer 3 percent.`,
    { slug: "harbour-slots" },
  ),
);

const FR = createEngine(
  ingest(
    `Les viticulteurs de la vallée de Brenne manifestent

BRENNE — Quelque 3 500 viticulteurs ont défilé samedi à Vauclerc, selon la préfecture.
À Montagrel, environ 800 manifestants se sont rassemblés devant la mairie, a indiqué la gendarmerie.
En 2019, seuls 600 viticulteurs avaient défilé à Vauclerc.
Les producteurs de Sorvenne sont restés chez eux, a précisé leur syndicat.`,
    { slug: "vignes-slots" },
  ),
);

describe("a follow-up asking the same figure of another place, time, source or side", () => {
  it("« and in <place>? » gives the figure of that place, not the previous one", () => {
    const [, b] = conversation(EN, ["how many workers walked out in Port Elmira on Monday?", "and in Calder Bay?"]);
    expect(b!.answered).toBe(true);
    expect(b!.text).toMatch(/1,200/);
    expect(b!.text).not.toMatch(/4,000/);
  });
  it("a place the story names without a figure is declined, never answered with the previous figure", () => {
    const [, b] = conversation(EN, ["how many workers walked out in Port Elmira on Monday?", "and in Lindgrund?"]);
    expect(b!.answered).toBe(false);
    expect(b!.text).not.toMatch(/4,000/);
  });
  it("« and last year? » gives that year's figure", () => {
    const [, b] = conversation(EN, ["how many workers walked out in Port Elmira on Monday?", "and last year?"]);
    expect(b!.text).toMatch(/900/);
    expect(b!.text).not.toMatch(/4,000/);
  });
  it("« and on the <people> side? », « and the <people>? » give the other side's figure", () => {
    const [, b] = conversation(EN, ["how many Velorian dockers were injured?", "and on the Ostrian side?"]);
    expect(b!.text).toMatch(/\b12\b/);
    expect(b!.text).not.toMatch(/\b57\b/);
    const [, c] = conversation(EN, ["how many Velorian dockers were injured?", "and the Ostrians?"]);
    expect(c!.text).toMatch(/\b12\b/);
  });
  it("« and according to <source>? » gives the figure that source gives", () => {
    const [, b] = conversation(EN, ["what pay rise does the union want?", "and according to the shipping lines?"]);
    expect(b!.text).toMatch(/3 percent/);
  });
  it("in French: « et à <lieu> ? », « et en <année> ? », a place with no figure declined", () => {
    const [, b, , d, , f] = conversation(FR, [
      "Combien de viticulteurs ont défilé à Vauclerc samedi ?",
      "et à Montagrel ?",
      "Combien de viticulteurs ont défilé à Vauclerc samedi ?",
      "et en 2019 ?",
      "Combien de viticulteurs ont défilé à Vauclerc samedi ?",
      "et à Sorvenne ?",
    ]);
    expect(b!.text).toMatch(/800/);
    expect(b!.text).not.toMatch(/3 500/);
    expect(d!.text).toMatch(/600/);
    expect(d!.text).not.toMatch(/3 500/);
    expect(f!.answered).toBe(false);
    expect(f!.text).not.toMatch(/3 500/);
  });
});

describe("completing a follow-up that names another side", () => {
  it("« et côté <peuple> ? » puts the side's word in place of the previous question's people word", () => {
    const f = followUpOf("et côté ostrien ?", "combien de gardes véloriens blessés ?");
    expect(f?.question).toBe("combien de gardes ostrien blessés");
    expect(f?.slot).toBe("ostrien");
  });
  it("“and on the <people> side?” does the same in English", () => {
    const f = followUpOf("and on the Ostrian side?", "how many Velorian dockers were injured?");
    expect(f?.question).toBe("how many Ostrian dockers were injured");
  });
});
