import { describe, expect, it } from "vitest";
import { createEngine } from "../src/engine/engine.js";
import { emptyConversation } from "../src/engine/reply.js";
import { ingest } from "../src/story/ingest.js";

/** Routing a question to an intent by its asking words, on an invented dispatch. */
const engine = createEngine(
  ingest(
    `Drills begin near the border

The army of Valdor began drills on Monday near the border, the ministry said.
Dubbed "Iron Gate", the drills were named by the chief of staff on Friday.
The defence minister called his counterpart on Sunday.`,
    { slug: "iron-gate-routing" },
  ),
);
const ask = (q: string) => engine.ask(q, emptyConversation()).reply;

describe("the question word decides before a naming verb", () => {
  it("« when was it named? » asks a date, not the name", () => {
    const r = ask("when were the drills named?");
    expect(r.intent).toBe("when");
    expect(r.text).toMatch(/Friday/);
  });
  it("« what are the drills called? » still asks the name", () => {
    expect(ask("what are the drills called?").intent).toBe("name");
  });
});
