import { describe, expect, it } from "vitest";
import { splitSentences } from "../src/story/sentences.js";
import { SpeechReader } from "../src/story/speech/index.js";

/** Reads an invented dispatch and lists « speaker | kind | text ». */
function read(lang: "fr" | "en", text: string): string[] {
  const r = new SpeechReader(lang);
  splitSentences(text).forEach((s, i) => r.read(i, s.text));
  return r.quotes.map((q) => `${q.entity.name} | ${q.kind} | ${q.text}`);
}

describe("a clause before « , <description> said » is reported words, not a name in apposition", () => {
  it("reads « X will miss the final, her agent said » as the agent's words about X", () => {
    expect(read("en", "Coach Lena Marsh will miss the final with a knee injury, her agent said.")).toEqual(["her agent | indirect | Coach Lena Marsh will miss the final with a knee injury"]);
    expect(read("en", "Pieter Ostrand was never told of the leak, a lawyer said.")).toEqual(["lawyer | indirect | Pieter Ostrand was never told of the leak"]);
  });

  it("still joins a name and its apposition when no verb stands between them", () => {
    expect(read("en", "Hanna Voss, her spokesperson, said the harbour would reopen.")).toEqual(["Hanna Voss | indirect | the harbour would reopen."]);
    expect(read("fr", "Le directeur du port à Brélac, Yves Morand, a dit que le quai rouvrirait.")).toEqual(["Yves Morand | indirect | le quai rouvrirait."]);
  });
});
