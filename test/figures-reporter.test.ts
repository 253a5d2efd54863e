import { describe, expect, it } from "vitest";
import { type NameLookup, reportingClause } from "../src/story/figures/index.js";
import { ingest } from "../src/story/ingest.js";

const at = (s: string, figure: string): number => s.indexOf(figure) + figure.length;
/** The source of the figure ending at `end`: the closing clause's, when the figure stands before it. */
const reportedSource = (s: string, end: number, lookup: NameLookup): string | null => {
  const clause = reportingClause(s, lookup);
  return clause && end <= clause.start ? clause.source : null;
};
const nobody = (): null => null;

describe("who gives a figure, from the reporting clause closing the sentence", () => {
  it("an impersonal inverted verb and its source (« a-t-on appris dans », « indique-t-on dans »)", () => {
    const a = "L'opération mobilise 7 000 militaires, a-t-on appris dans l'entourage de la ministre.";
    expect(reportedSource(a, at(a, "7 000 militaires"), nobody)).toBe("entourage de la ministre");
    const b = "Le dispositif compte 900 hommes, indique-t-on de source militaire.";
    expect(reportedSource(b, at(b, "900 hommes"), nobody)).toBe("source militaire");
  });

  it("a verb first, a day and its date stepped over, the known person its subject names", () => {
    const s = "Le camp de Vorst logera 1 500 soldats dès la rentrée, a précisé jeudi 9 la préfète de région Lise Varenne.";
    const known = (p: string): string | null => (p === "Lise Varenne" ? "Lise Varenne" : null);
    expect(reportedSource(s, at(s, "1 500 soldats"), known)).toBe("Lise Varenne");
  });

  it("a subject first, then its verb and only the medium told", () => {
    const s = "Norland will send 600 soldiers, a government spokesman told the news agency.";
    expect(reportedSource(s, at(s, "600 soldiers"), nobody)).toBe("government spokesman");
  });

  it("nobody when the clause after the figure is no reporting clause", () => {
    const a = "Norland will send 600 soldiers, a move critics said was overdue.";
    expect(reportedSource(a, at(a, "600 soldiers"), nobody)).toBeNull();
    const b = "Le pays a envoyé 600 soldats, a déclaré la ministre, qui a ajouté que la mission durerait un an.";
    expect(reportedSource(b, at(b, "600 soldats"), nobody)).toBeNull();
    const c = "Le pays a envoyé 600 soldats, dont 40 femmes.";
    expect(reportedSource(c, at(c, "600 soldats"), nobody)).toBeNull();
  });

  it("a story gives the troop count to the source an impersonal closing clause names", () => {
    // no quote frame and no pledge carries this figure: only the closing clause gives its source
    const story = ingest(
      "VORST — Le camp de Vorst a rouvert ses portes en janvier.\n\n" +
        "Le camp accueille désormais 3 200 soldats venus du nord, indique-t-on de source militaire.\n",
      { slug: "t" },
    );
    const f = story.figures.find((x) => x.value === 3200);
    expect(f?.category).toBe("troops");
    expect(f?.claimedBy).toBe("source militaire");
  });
});
