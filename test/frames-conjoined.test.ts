import { describe, expect, it } from "vitest";
import { splitSentences } from "../src/story/sentences.js";
import { SpeechReader } from "../src/story/speech/index.js";

/** Reads an invented dispatch and lists « speaker | text » of every quote, direct or reported. */
function read(text: string, lang: "fr" | "en"): string[] {
  const r = new SpeechReader(lang);
  splitSentences(text).forEach((s, i) => r.read(i, s.text, s.paragraph));
  return r.quotes.map((q) => `${q.entity.name} | ${q.text}`);
}

describe("a second verb of saying joined by a conjunction goes on with the same statement (frames/close.ts)", () => {
  it("takes « , and insisted B » into what the speaker said", () => {
    expect(read(`The harbour board, meanwhile, said any closure of the quay would be brief, and insisted the ferries would keep sailing.`, "en")).toEqual([
      "harbour board | any closure of the quay would be brief, and insisted the ferries would keep sailing.",
    ]);
  });

  it("takes « but wanted B » in too: the conjunction joins two things one speaker said", () => {
    expect(read(`Ada Mercer said her group backed the budget but wanted the mayor to explain the cuts to libraries.`, "en")).toEqual([
      "Ada Mercer | her group backed the budget but wanted the mayor to explain the cuts to libraries.",
    ]);
  });

  it("reads « a jugé que A et assuré que B » in French the same way", () => {
    expect(read(`La préfète a jugé que la crue serait brève et assuré que les digues tiendraient.`, "fr")).toEqual([
      "préfète | la crue serait brève et assuré que les digues tiendraient.",
    ]);
  });

  it("leaves a second verb with a subject of its own to its own speaker", () => {
    expect(read(`The harbour board said any closure of the quay would be brief, while Tom Brack insisted the ferries would stop.`, "en")).toEqual([
      "harbour board | any closure of the quay would be brief",
      "Tom Brack | the ferries would stop.",
    ]);
  });
});
