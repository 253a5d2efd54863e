import { afterEach, describe, expect, it } from "vitest";
import { createEngine } from "../src/engine/engine.js";
import { emptyConversation } from "../src/engine/reply.js";
import { ingest } from "../src/story/ingest.js";
import { FEATURE_NAMES, featureVector, probability, resetReaderGate, setReaderGate, vetoGate, type GateFeatures, type GateModel } from "../src/engine/answers/reader-gate.js";
import { READER_GATE } from "../src/engine/answers/reader-gate-weights.js";

// an invented dispatch: a ferry line, its crossings and a strike
const STORY = `Ferry line to Quellis suspended after crew walkout

The Ostrander ferry company suspended its line to the island of Quellis on Tuesday after 37 crew members walked out over unpaid overtime.
About 2,400 passengers a week use the crossing, which takes 50 minutes.
The company's director, Maren Tolvek, said talks with the crew would resume on Friday.
Island shopkeepers fear empty shelves if the line stays closed past the weekend.`;

const engine = createEngine(ingest(STORY, { slug: "quellis-ferry" }));
const ask = (q: string) => engine.ask(q, emptyConversation()).reply;

/** The features the reader hands its gate for one question (the first call that has a candidate). */
function featuresOf(q: string): GateFeatures | null {
  let seen: GateFeatures | null = null;
  setReaderGate((f) => {
    seen ??= f;
    return f.bars;
  });
  ask(q);
  resetReaderGate();
  return seen;
}

afterEach(() => resetReaderGate());

describe("the reader's gate", () => {
  it("reads the candidate's features from what the reader holds", () => {
    const f = featuresOf("why did the crew walk out?");
    expect(f).not.toBeNull();
    expect(f!.wh).toBe("why");
    expect(f!.bars).toBe(true);
    expect(f!.found).toBe(2);
    expect(f!.terms).toBe(2);
    expect(f!.otherLang).toBe(false);
    expect(f!.weightShare).toBeCloseTo(1);
    expect(f!.margin).toBeGreaterThan(0);
  });

  it("counts the question's words the story never writes apart from those it writes elsewhere", () => {
    // « mainland » is written nowhere: the sentence may answer in other words; the bars decline it
    const f = featuresOf("what do the shopkeepers fear on the mainland?");
    expect(f).not.toBeNull();
    expect(f!.bars).toBe(false);
    expect(f!.missAbsent).toBe(1);
    expect(f!.missElsewhere).toBe(0);
  });

  it("decides for the reader: a gate that declines turns an answer down, one that answers takes the candidate", () => {
    const q = "do shopkeepers fear empty shelves?";
    expect(ask(q).text).toContain("Yes");
    setReaderGate(() => false);
    expect(ask(q).text).not.toContain("Yes");
    // below the bars, the candidate the reader would have turned down
    const low = "what do the shopkeepers fear on the mainland?";
    expect(ask(low).text).not.toContain("empty shelves");
    setReaderGate(() => true);
    expect(ask(low).text).toContain("empty shelves");
  });

  it("vetoes what the bars answer below its kind's cut, and never answers what they decline", () => {
    const model: GateModel = { weights: [0, 4], cut: { who: 0.5, element: 0.5, free: 0.5, yesno: 0.5 } };
    const base: GateFeatures = {
      wh: "count", coverage: 0.2, conf: 0.2, bars: true, found: 1, terms: 3, weightShare: 0.3, element: true, distance: 2, margin: 0,
      top: true, otherLang: false, followUp: false, saidIntent: false, guessed: false, named: false, missAbsent: 0, missElsewhere: 2, namedIn: true,
    };
    const gate = vetoGate(model);
    // p = σ(4 × 0.2) ≈ 0.69 over the cut; σ(4 × −0.2) under it
    expect(probability(model, base)).toBeGreaterThan(0.5);
    expect(gate(base)).toBe(true);
    expect(gate({ ...base, coverage: -0.2 })).toBe(false);
    expect(gate({ ...base, bars: false, coverage: 1 })).toBe(false);
  });

  it("holds a weight for every feature, in the table the calibration wrote", () => {
    expect(READER_GATE.weights.length).toBe(FEATURE_NAMES.length);
    const f = featuresOf("why did the crew walk out?")!;
    expect(featureVector(f).length).toBe(FEATURE_NAMES.length);
  });
});
