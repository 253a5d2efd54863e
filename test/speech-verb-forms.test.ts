import { describe, expect, it } from "vitest";
import { verbs } from "../src/story/lang/english-verb-forms.js";
import { splitSentences } from "../src/story/sentences.js";
import { SpeechReader } from "../src/story/speech/index.js";

/** Reads an invented English dispatch and lists « speaker | kind | text ». */
function read(text: string): string[] {
  const r = new SpeechReader("en");
  splitSentences(text).forEach((s, i) => r.read(i, s.text));
  return r.quotes.map((q) => `${q.entity.name} | ${q.kind} | ${q.text}`);
}

describe("English verb forms", () => {
  it("doubles the final consonant of a stressed closed syllable before -ed and -ing", () => {
    expect([...verbs("admit slam quip refer occur patrol")]).toEqual(expect.arrayContaining(["admitted", "admitting", "slammed", "quipped", "referred", "occurring", "patrolled"]));
    // An unstressed last syllable keeps one consonant: « offered », « visited », « posited ».
    expect([...verbs("offer visit posit")]).toEqual(expect.arrayContaining(["offered", "visiting", "posited"]));
    expect([...verbs("offer visit posit")]).not.toContain("offerred");
  });

  it("spells an unstressed final -l both ways (British and American) and keeps the « e » of « -ee »", () => {
    expect([...verbs("signal agree lie")]).toEqual(expect.arrayContaining(["signalled", "signaled", "agreeing", "lying"]));
  });
});

describe("reporting verbs whose past doubles a consonant", () => {
  it("reads what a speaker admitted, with or without « that »", () => {
    expect(read("Harbour master Ilse Brandt admitted that the beacon had failed twice.")).toEqual(["Ilse Brandt | indirect | the beacon had failed twice."]);
    expect(read("Ilse Brandt admitted the beacon had failed.")).toEqual(["Ilse Brandt | indirect | the beacon had failed."]);
  });

  it("reads a gerund after « admitted to » as what was admitted, and the phrase before the subject as none of it", () => {
    expect(read("Late on Friday, Oskar Veel admitted to moving the boat without a permit.")).toEqual(["Oskar Veel | indirect | moving the boat without a permit."]);
    // A noun phrase after « to » is what they admitted to, not their words.
    expect(read("Oskar Veel admitted to the theft.")).toEqual([]);
  });
});
