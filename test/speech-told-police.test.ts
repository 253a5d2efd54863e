import { describe, expect, it } from "vitest";
import { splitSentences } from "../src/story/sentences.js";
import { SpeechReader } from "../src/story/speech/index.js";

/** Reads an invented English dispatch and lists « speaker | text ». */
function read(text: string): string[] {
  const r = new SpeechReader("en");
  splitSentences(text).forEach((s, i) => r.read(i, s.text));
  return r.quotes.map((q) => `${q.entity.name} | ${q.text}`);
}

describe("« told police he … »: the police and those who question a suspect are hearers, the clause follows them", () => {
  it("reads the clause after « told police », « told police officers », « told detectives »", () => {
    expect(read("Aron Pell told police he had lost the keys to the barn.")).toEqual(["Aron Pell | he had lost the keys to the barn."]);
    expect(read("Aron Pell told police officers the van was stolen from the yard.")).toEqual(["Aron Pell | the van was stolen from the yard."]);
    expect(read("Aron Pell told detectives he never entered the mill.")).toEqual(["Aron Pell | he never entered the mill."]);
  });
});
