import { describe, expect, it } from "vitest";
import { createEngine } from "../src/engine/engine.js";
import { classify, readIntent } from "../src/engine/intent.js";
import { buildIndex } from "../src/engine/index.js";
import { analyse, type Query } from "../src/engine/query.js";
import { emptyConversation } from "../src/engine/reply.js";
import { ingest } from "../src/story/ingest.js";

/** The classifier reads a question's frame, not its topic: on invented dispatches, every name and sentence made up. */
const FR = ingest(
  `Naufrage au large de Port-Vel

PORT-VEL — La navigatrice Lise Marbot est morte d'une hypothermie au large de Port-Vel, a indiqué la préfecture maritime.
La motion de soutien aux sauveteurs a été déposée mardi au conseil municipal.`,
  { slug: "port-vel-frame" },
);
const frIndex = buildIndex(FR);
const frEngine = createEngine(FR);
const fr = (q: string) => readIntent(analyse(q, frIndex, "fr") as Query, false, {});

describe("the classifier leaves the question's topic out", () => {
  it("a story word the examples hold (« weather ») does not make a story question an aside", () => {
    const q = "the weather station recorded what";
    expect(classify(q).intent).toBe("offtopic");
    expect(classify(q, (w) => ["weather", "station", "recorded"].includes(w)).intent).not.toBe("offtopic");
  });
});

describe("a classifier's guess against the question's frame is no reading", () => {
  it("« qui a déposé la motion ? »: who said, guessed without a verb of saying, is not acted on", () => {
    const r = fr("qui a déposé la motion ?");
    expect(r.source).toBe("classifier");
    expect(r.confidence).toBe(0);
  });
  it("« elle est morte de quoi ? »: who someone is, guessed without « who is », goes to the reader", () => {
    expect(fr("elle est morte de quoi ?").confidence).toBe(0);
    const reply = frEngine.ask("la navigatrice est morte de quoi ?", emptyConversation()).reply;
    expect(reply.text).toMatch(/hypothermie/);
  });
});
