import { describe, expect, it } from "vitest";
import { createEngine } from "../src/engine/engine.js";
import { readIntent } from "../src/engine/intent.js";
import { buildIndex } from "../src/engine/index.js";
import { analyse, type Query } from "../src/engine/query.js";
import { emptyConversation } from "../src/engine/reply.js";
import { askedFrame, whOf } from "../src/engine/answers/reader/wh.js";
import { withoutTopic } from "../src/engine/context.js";
import { ingest } from "../src/story/ingest.js";

/** Which slot a question asks when it holds two question words: invented dispatches, every name and sentence made up. */
const EN = ingest(
  `Ferry strike spreads to Tarnholm

TARNHOLM — Ilse Brandvold, the harbour chief, said at a news conference in Skelby on Monday that the strike would cost the island about 3 million crowns a week.
The workers' council, led by Aron Feldt at the time of the vote, rejected the last offer on Friday.`,
  { slug: "tarnholm-asked-slot" },
);
const enIndex = buildIndex(EN);
const enEngine = createEngine(EN);
const en = (q: string) => readIntent(analyse(q, enIndex, "en") as Query, false, {});
const fr = (q: string) => readIntent(analyse(q, enIndex, "fr") as Query, false, {});

describe("a clause of time after the asking word dates the act, it asks no time", () => {
  it("« elle se trouvait dans quelle ville quand elle a signé ? » asks where, « who led the port when the dyke gave way » who", () => {
    expect(whOf("elle se trouvait dans quelle ville quand elle a signe ?")).toBe("where");
    expect(whOf("who led the port when the dyke gave way")).toBe("who");
    expect(fr("on la voyait où lorsque la digue a cédé ?").also).not.toContain("when");
  });
  it("« lorsqu'il » is the subordinator and its subject in one word", () => {
    expect(askedFrame("qui pilotait lorsqu'il a coule")).toBe("qui pilotait");
  });
  it("a word of time that asks stays: in place of the question word, before any other, or joined to it by « et »", () => {
    expect(whOf("c'etait quand la greve ?")).toBe("when");
    expect(whOf("depuis quand il dirige le conseil ?")).toBe("when");
    expect(whOf("ou et quand le conseil se reunit-il ?")).toBe("when");
    expect(en("when did the council vote").intent).toBe("when");
    expect(en("since when is she harbour chief").intent).toBe("when");
  });
  it("« quand même » is an adverb: « quel quai reste quand même ouvert ? » asks no time", () => {
    expect(askedFrame("quel quai reste quand meme ouvert ?")).toBe("quel quai reste ouvert ?");
    expect(fr("quel quai reste quand même ouvert ?").also).not.toContain("when");
  });
  it("the place of the words is answered, not the day the question never asked", () => {
    const first = enEngine.ask("who is Ilse Brandvold?", emptyConversation());
    const r = enEngine.ask("elle se trouvait dans quelle ville quand elle a parlé ?", first.state).reply;
    expect(r.answered).toBe(true);
    expect(r.text).toMatch(/Skelby/);
    expect(r.text).not.toMatch(/Quand|lundi/);
  });
});

describe("who someone is, asked with the question word in place", () => {
  it("« alors elle, elle était qui ? », « mais ils sont qui ? » ask who someone is, as « and she is who? » does", () => {
    expect(fr("alors elle, elle était qui ?").intent).toBe("who_is");
    expect(fr("mais ils sont qui ?").intent).toBe("who_is");
    expect(en("and she is who?").intent).toBe("who_is");
  });
  it("« il a vu qui ? » asks whom he saw, not who he is", () => {
    expect(fr("il a vu qui ?").intent).not.toBe("who_is");
  });
  it("after an answer naming someone, « lui, il était qui ? » gives that one's role", () => {
    const first = enEngine.ask("who led the workers' council?", emptyConversation());
    const r = enEngine.ask("lui, il était qui ?", first.state).reply;
    expect(r.intent).toBe("who_is");
    expect(r.text).toMatch(/Feldt/);
  });
});

describe("a job asked after the phrase a pronoun takes up (« X, elle faisait quoi comme métier ? »)", () => {
  const names = new Set(["aron", "feldt", "ilse", "brandvold"]);
  const isName = (w: string) => names.has(w);
  it("the frame from the pronoun on, the phrase set aside when it opens on a determiner or is made of names", () => {
    expect(withoutTopic("aron feldt, il faisait quoi comme metier ?", isName)).toBe("il faisait quoi comme metier ?");
    expect(withoutTopic("la porte-parole elle bosse pour qui", isName)).toBe("elle bosse pour qui");
    // a phrase of time is no subject, nor a phrase of common words without a determiner
    expect(withoutTopic("le lendemain il a fait quoi", isName)).toBe("le lendemain il a fait quoi");
    expect(withoutTopic("greve il y a eu", isName)).toBe("greve il y a eu");
  });
  it("« Brandvold, elle faisait quoi comme boulot ? » and « la cheffe du port elle bosse pour qui » ask a job", () => {
    const q = (s: string) => readIntent(analyse(s, enIndex, "fr") as Query, true, { isName }).intent;
    expect(q("Brandvold, elle faisait quoi comme boulot ?")).toBe("who_is");
    expect(q("la cheffe du port elle bosse pour qui")).toBe("who_is");
  });
  it("the engine gives her role, not a sentence of her words", () => {
    const r = enEngine.ask("Ilse Brandvold, elle faisait quoi comme métier ?", emptyConversation()).reply;
    expect(r.intent).toBe("who_is");
    expect(r.text).toMatch(/harbour chief/i);
  });
});
