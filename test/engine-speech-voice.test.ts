import { describe, expect, it } from "vitest";
import { createEngine } from "../src/engine/engine.js";
import { emptyConversation } from "../src/engine/reply.js";
import { ingest } from "../src/story/ingest.js";

/*
 * « what did X say » of an institution or a country: the words of the one whose office is its voice
 * (« Dunmore Port Authority spokesperson Lo Tan », "Norwegian Foreign Ministry spokesperson …") are
 * its words, said through them. Invented people and sentences.
 */
describe("the words of an institution's or a country's spokesperson are its words", () => {
  it("an office that names the institution (« Port Authority spokesperson »)", () => {
    const story = ingest(
      `Dunmore port to close at night

DUNMORE — The Dunmore Port Authority said on Monday it would close the harbour at night from June.
"Night traffic has doubled and the quays were never built for it," Dunmore Port Authority spokesperson Lo Tan told reporters.
Fishers in Carvel said the closure would cost them their best hours.`,
      { slug: "dunmore-voice" },
    );
    const reply = createEngine(story).ask("what did the Dunmore Port Authority say?", emptyConversation()).reply;
    expect(reply.text).toMatch(/never built for it/);
  });
  it("an office that names the country by its nationality word (« Norwegian Foreign Ministry spokesperson »)", () => {
    const story = ingest(
      `Talks on Carvel fisheries stall

CARVEL — Norway said on Tuesday it was ready to host a new round of talks on the Carvel fisheries.
"We regret that the boats were seized and we call on both sides to show restraint," Norwegian Foreign Ministry spokesperson Lise Tovik said at a briefing.
The Carvel fishers' union called the seizure an act of piracy.`,
      { slug: "carvel-voice" },
    );
    const reply = createEngine(story).ask("what did Norway say?", emptyConversation()).reply;
    expect(reply.text).toMatch(/show restraint/);
  });
});
