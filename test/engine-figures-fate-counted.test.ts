import { describe, expect, it } from "vitest";
import { createEngine } from "../src/engine/engine.js";
import { emptyConversation } from "../src/engine/reply.js";
import { ingest } from "../src/story/ingest.js";

/**
 * A count of people that says their fate (« 900 service members were wounded ») counts the wounded: it answers
 * « how many wounded », and a bare « how many soldiers? » only when the story counts those soldiers no other way,
 * its fate said with it. The words of a toll belong to the count they are said of: the next sentence's count of
 * troops still in place is no toll.
 */
const EN = `Convoy ambushed near Tarrow Pass

ODDMERE, Aug. 4 - About 900 service members were wounded in the fighting, the command said.
Some 7,500 Halvish troops stay in the valley.`;

const ONLY = `Convoy ambushed near Tarrow Pass

ODDMERE, Aug. 4 - About 900 service members were wounded in the fighting, the command said.
The road was closed for a week.`;

const FR = `Embuscade près du col de Tarrow

ODDMERE, 4 août - Quelque 900 militaires ont été blessés lors des combats, selon le commandement.
La route est restée fermée une semaine.`;

const ask = (text: string, q: string) => createEngine(ingest(text, { slug: "tarrow-pass" })).ask(q, emptyConversation()).reply;

describe("the words of a toll belong to the count they are said of", () => {
  it("« how many soldiers were wounded » answers the wounded, not the troops of the next sentence", () => {
    const r = ask(EN, "how many soldiers were wounded?");
    expect(r.text).toContain("900");
    expect(r.text).not.toContain("7,500");
  });
});

describe("a count whose only fate is a toll answers a bare count of its noun, its fate said", () => {
  it("English", () => {
    const r = ask(ONLY, "how many soldiers?");
    expect(r.answered).toBe(true);
    expect(r.text).toContain("About 900 service members were wounded");
  });
  it("French, asked in French", () => {
    const r = ask(FR, "combien de soldats ?");
    expect(r.answered).toBe(true);
    expect(r.text).toContain("Quelque 900 militaires ont été blessés");
  });
  it("a count of troops with no fate answers before it", () => {
    const r = ask(EN, "how many troops?");
    expect(r.text).toContain("7,500");
  });
  it("another fate asked still declines (« killed » of a count of the wounded)", () => {
    expect(ask(ONLY, "how many soldiers were killed?").answered).toBe(false);
  });
});
