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
    expect(read("The organisers said 2,300 runners finished the race despite the heat.")).toEqual(["organisers | 2,300 runners finished the race despite the heat."]);
    expect(read("Park rangers said about 1,120 deer crossed the valley in October.")).toEqual(["Park rangers | about 1,120 deer crossed the valley in October."]);
  });

  it("reads an apposition set off by commas inside the clause's subject", () => {
    expect(read("The mayor said the town's oldest bakery, a shop on Mill Lane, would close in June.")).toEqual(["mayor | the town's oldest bakery, a shop on Mill Lane, would close in June."]);
  });

  it("reads a list of subjects joined by commas and « and »", () => {
    expect(read("Mayor Tilde Marsk said the goalkeeper, the two defenders and the captain had caught the flu.")).toEqual(["Tilde Marsk | the goalkeeper, the two defenders and the captain had caught the flu."]);
    expect(read("Judge Anton Skarr said the heat, the dust and the long drive had tired the horses.")).toEqual(["Anton Skarr | the heat, the dust and the long drive had tired the horses."]);
  });

  it("reads a phrase of time or circumstance that opens the clause before its comma", () => {
    expect(read("Jon Halm said when the storm reached the island, the lamp failed twice.")).toEqual(["Jon Halm | when the storm reached the island, the lamp failed twice."]);
    expect(read("Judge Elin Vasse said during the long drought of last year, her well ran dry.")).toEqual(["Elin Vasse | during the long drought of last year, her well ran dry."]);
  });

  it("leaves the medium of the saying out of the clause (« said in a statement, … »)", () => {
    expect(read("Mayor Tilde Marsk said in a statement, the ferry would run again on Friday.")).toEqual(["Tilde Marsk | the ferry would run again on Friday."]);
    expect(read("Judge Anton Skarr said at a news conference, he had not seen the report.")).toEqual(["Anton Skarr | he had not seen the report."]);
  });

  it("still reads no clause where the commas set off no subject", () => {
    // A list of things with no verb after it, and a phrase of time with no subject after its comma, report nothing.
    expect(read("Mayor Tilde Marsk said goodbye to the goalkeeper, the defenders and the captain.")).toEqual([]);
    expect(read("Elin Vasse said so at the market, before the auction of the sheep.")).toEqual([]);
    expect(read("Elin Vasse walked to the market, before the auction of the sheep.")).toEqual([]);
  });
});
