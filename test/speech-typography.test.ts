import { describe, expect, it } from "vitest";
import { splitSentences } from "../src/story/sentences.js";
import { quoteSpans, spanText } from "../src/story/quote-spans.js";
import { ingest } from "../src/story/ingest.js";

/** Ingests an invented dispatch and lists « speaker | kind | text ». */
function quotes(text: string): string[] {
  return ingest(text, { slug: "x" }).quotes.map((q) => `${q.speaker} | ${q.kind} | ${q.text}`);
}
const texts = (src: string) => splitSentences(src).map((s) => s.text);

describe("a quotation in single marks (‘…’, British copy) over several sentences", () => {
  it("keeps the quotation in one sentence, as « … » and “…” are", () => {
    expect(texts("The notice says ‘Boats leave at noon. Late passengers stay ashore.’\n\nWhat is in it?")).toEqual([
      "The notice says ‘Boats leave at noon. Late passengers stay ashore.’",
      "What is in it?",
    ]);
  });

  it("gives the whole quotation to its speaker", () => {
    expect(quotes("Notice\n\nThe notice says ‘Boats leave at noon. Late passengers stay ashore.’\n\nWhat is in it?\n")).toContain(
      "notice | direct | Boats leave at noon. Late passengers stay ashore.",
    );
  });

  it("does not take an apostrophe for a closing mark, nor open on a mark no closing one follows", () => {
    expect(texts("The party’s ‘plan was late. It failed.\n\nNext.")).toEqual(["The party’s ‘plan was late.", "It failed.", "Next."]);
  });
});

describe("a straight opening mark with a stray space after it", () => {
  it("still opens a quotation when the next mark closes one (glued to the word before it)", () => {
    const t = '" The government has every confidence in the plan."';
    expect(quoteSpans(t).map((s) => spanText(t, s))).toEqual(["The government has every confidence in the plan."]);
  });

  it("gives the words to the speaker of the sentence before, as any quotation with no frame", () => {
    expect(quotes('Games\n\nThe games open on Friday.\n\n"We leave nothing to chance," Sports Secretary Mark Hale said in a statement. " The government has every confidence in the plan."\n\nThe army will help.\n')).toEqual([
      "Mark Hale | direct | We leave nothing to chance",
      "Mark Hale | direct | The government has every confidence in the plan.",
    ]);
  });

  it("opens nothing when no closing mark follows (inches, a stray sign)", () => {
    const t = 'The pipe is 12 " wide and rusty.';
    expect(quoteSpans(t)).toEqual([]);
  });
});

describe("an abbreviation that ends a sentence before a quotation", () => {
  it("ends the sentence after « U.K. » when a quotation of some words opens with a capital", () => {
    expect(texts('Lena Ward, the choir\'s manager, confirmed a last week of concerts in the U.K. "We have rehearsed for this tour all year," conductor Omar Tazi said.')).toEqual([
      "Lena Ward, the choir's manager, confirmed a last week of concerts in the U.K.",
      '"We have rehearsed for this tour all year," conductor Omar Tazi said.',
    ]);
  });

  it("goes on before a quoted name (« the U.S. \"Patriot\" system »)", () => {
    expect(texts('They bought the U.S. "Patriot" system last year.')).toHaveLength(1);
  });

  it("gives the quotation to the speaker named after it, not to the one before the abbreviation", () => {
    expect(quotes('Tour\n\nLena Ward, the choir\'s manager, confirmed a last week of concerts in the U.K. "We have rehearsed for this tour all year," conductor Omar Tazi said on Friday.\n')).toContain(
      "Omar Tazi | direct | We have rehearsed for this tour all year",
    );
  });
});

describe("a quotation nested in a quotation, with its own incise (a newspaper quoting a speech)", () => {
  it("gives the nested words to the speaker the incise names, without their marks", () => {
    expect(quotes(`Herald\n\nThe Dunmore Herald printed the speech on Monday. "'We never hid anything,' Lopez said. 'The records are open.'"\n`)).toEqual([
      "Lopez | direct | We never hid anything",
      "Lopez | direct | The records are open.",
    ]);
    expect(quotes("Herald\n\nThe paper printed the speech. “‘We never hid anything,’ Mayor Ana Lopez said. ‘The records are open.’”\n")).toEqual([
      "Ana Lopez | direct | We never hid anything",
      "Ana Lopez | direct | The records are open.",
    ]);
  });

  it("reads “…” inside « … » the same way", () => {
    expect(quotes("Discours\n\nLe journal a publié le discours lundi. « “Nous n'avons rien caché”, a déclaré Mme Lopez. “Les archives sont ouvertes.” »\n")).toEqual([
      "Lopez | direct | Nous n'avons rien caché",
      "Lopez | direct | Les archives sont ouvertes.",
    ]);
  });

  it("keeps a few quoted words inside a quotation, with no incise of their own, in it", () => {
    expect(quotes(`Plain\n\nMark Hale said: "She told me 'never again' and left."\n`)).toEqual(["Mark Hale | direct | She told me 'never again' and left."]);
  });
});

describe("a speaker's name set in brackets by the editor (« \"…,\" [Lopez] said »)", () => {
  it("reads the name inside the brackets", () => {
    expect(quotes(`Court\n\n"We never hid anything," [Lopez] said.\n`)).toEqual(["Lopez | direct | We never hid anything"]);
  });
});
