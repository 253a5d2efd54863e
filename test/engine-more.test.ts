import { describe, expect, it } from "vitest";
import { readChat } from "../src/engine/chat.js";
import { createEngine } from "../src/engine/engine.js";
import { emptyConversation, type ConversationState, type Reply } from "../src/engine/reply.js";
import { ingest } from "../src/story/ingest.js";

/** « what else? » on an invented dispatch: every name, number and sentence is made up. */
const engine = createEngine(
  ingest(
    `Ferry strike on the Lorn estuary

Ferry crews on the Lorn estuary walked out on Monday over a new rota, the Lorn Mariners' Union said.
"We will not sail under these rules," union leader Hanna Brody said at the quay.
Brody added that the strike would last at least a week.
About 300 crew members joined the walkout, according to the union.
The ferry company, Lorn Lines, said it regretted the strike and offered talks on Thursday.
Islanders have been asked to use the weekly supply boat instead.`,
    { slug: "lorn-ferry" },
  ),
);

function conversation(questions: string[]): Reply[] {
  let state: ConversationState = emptyConversation();
  return questions.map((q) => {
    const r = engine.ask(q, state);
    state = r.state;
    return r.reply;
  });
}

describe("« what else? »: the next fact not yet given", () => {
  it("reads « what else? », « et sinon ? », « quoi d'autre ? » as asking for more, and nothing longer", () => {
    for (const q of ["what else?", "Anything else?", "et sinon ?", "quoi d'autre ?", "and what else?", "tell me more"]) expect(readChat(q).more).toBe(true);
    expect(readChat("what else did she say?").more).toBe(false);
    expect(readChat("who else?").more).toBe(false);
  });
  it("after someone's words, gives their other words, not the ones already given", () => {
    const [said, more] = conversation(["What did Hanna Brody say at the quay?", "what else?"]);
    expect(said!.answered).toBe(true);
    expect(more!.answered).toBe(true);
    const first = new Set(said!.citations.map((c) => c.sentence));
    expect(more!.citations.length).toBeGreaterThan(0);
    for (const c of more!.citations) expect(first.has(c.sentence)).toBe(false);
  });
  it("after a question, gives another sentence on its subject, never one already cited", () => {
    const replies = conversation(["Why did the ferry crews walk out?", "et sinon ?", "what else?"]);
    const cited = replies.map((r) => r.citations.map((c) => c.sentence));
    expect(replies[1]!.answered).toBe(true);
    expect(replies[1]!.lang).toBe("fr");
    expect(replies[2]!.lang).toBe("en");
    const seen = new Set(cited[0]);
    for (const later of cited.slice(1)) {
      expect(later.length).toBeGreaterThan(0);
      for (const s of later) expect(seen.has(s)).toBe(false);
      for (const s of later) seen.add(s);
    }
  });
  it("says when the story has nothing more", () => {
    const replies = conversation(["what else?", "what else?", "what else?", "what else?", "what else?", "what else?", "what else?", "what else?"]);
    expect(replies[replies.length - 1]!.answered).toBe(false);
    expect(replies[replies.length - 1]!.text).toMatch(/all the story says/);
  });
});
