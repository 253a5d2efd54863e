import { describe, expect, it } from "vitest";
import { createEngine } from "../src/engine/engine.js";
import { emptyConversation, type ConversationState, type Reply } from "../src/engine/reply.js";
import { ingest } from "../src/story/ingest.js";

/**
 * « et son homologue ? » after a question about the one the story calls « son homologue »
 * (engine/relations.ts, answers/people.ts), on an invented dispatch: a relation both hold of each
 * other is read back to the other person of the sentence, not answered with the same person again.
 */
const FR = `Appel entre états-majors

Le chef d'état-major ostrien, le général Marc Vidal, a téléphoné jeudi à son homologue valbrunois, le général Jean Roux, a annoncé le ministère.
Les deux armées mènent des manœuvres près de la frontière.`;

const engine = createEngine(ingest(FR, { slug: "etats-majors" }));
function talk(...qs: string[]): Reply {
  let state: ConversationState = emptyConversation();
  let reply: Reply | null = null;
  for (const q of qs) ({ reply, state } = engine.ask(q, state));
  return reply!;
}

describe("the counterpart of the one described as a counterpart", () => {
  it("\"and his counterpart?\" after \"who is Roux\": the one who called « son homologue », Vidal", () => {
    const r = talk("who is Roux", "and his counterpart?");
    expect(r.text).toMatch(/^Marc Vidal/);
  });
  it("« et son homologue ? » after « qui est Jean Roux ? », and Roux after a question about Vidal", () => {
    expect(talk("qui est Jean Roux ?", "et son homologue ?").text).toMatch(/^Marc Vidal/);
    expect(talk("qui est Marc Vidal ?", "et son homologue ?").text).toMatch(/^Jean Roux/);
  });
});
