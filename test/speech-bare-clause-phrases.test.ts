import { describe, expect, it } from "vitest";
import { splitSentences } from "../src/story/sentences.js";
import { SpeechReader } from "../src/story/speech/index.js";

/** Reads an invented English dispatch and lists « speaker | text » of its reported clauses. */
function read(text: string): string[] {
  const r = new SpeechReader("en");
  splitSentences(text).forEach((s, i) => r.read(i, s.text));
  return r.quotes.filter((q) => q.kind === "indirect").map((q) => `${q.entity.name} | ${q.text}`);
}

describe("a clause reported with no « that », whose subject holds commas", () => {
  it("reads a count written with a thousands comma as one number, not the end of the subject", () => {
    expect(read("Dock workers said more than 3,400 people signed the petition.")).toEqual(["Dock workers | more than 3,400 people signed the petition."]);
    expect(read("River wardens reported at least 1,250 boats crossed the lock in May.")).toEqual(["River wardens | at least 1,250 boats crossed the lock in May."]);
  });

  it("reads an apposition set off by commas inside the clause's subject", () => {
    expect(read("Mayor Ines Varga said her office, the county registry, has received forty complaints.")).toEqual(["Ines Varga | her office, the county registry, has received forty complaints."]);
  });

  it("reads a list of subjects joined by commas and « and »", () => {
    expect(read("Pavel Orn said he, Lida Ferro and the miller planned to open a bakery by the quay.")).toEqual(["Pavel Orn | he, Lida Ferro and the miller planned to open a bakery by the quay."]);
    expect(read("Judge Alma Trell said the statute's wording, its history and the earlier ruling settled the question.")).toEqual(["Alma Trell | the statute's wording, its history and the earlier ruling settled the question."]);
  });

  it("reads a phrase of time or circumstance that opens the clause before its comma", () => {
    expect(read("Pavel Orn said since the day the bridge closed, he was in touch with the engineers every week.")).toEqual(["Pavel Orn | since the day the bridge closed, he was in touch with the engineers every week."]);
    expect(read("Lida Ferro said in the early hours of Monday while still at home, she heard the dam give way.")).toEqual(["Lida Ferro | in the early hours of Monday while still at home, she heard the dam give way."]);
  });

  it("still reads no clause where the commas set off no subject", () => {
    // A list of things with no verb after it, and a phrase of time with no subject after its comma, report nothing.
    expect(read("Pavel Orn said goodbye to the miller, the baker and the smith.")).toEqual([]);
    expect(read("Lida Ferro said so in the morning, before the vote on the quay.")).toEqual([]);
    expect(read("Lida Ferro spoke in the morning, before the vote on the quay.")).toEqual([]);
  });
});
