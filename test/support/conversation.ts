import type { createEngine } from "../../src/engine/engine.js";
import { emptyConversation, type ConversationState, type Reply } from "../../src/engine/reply.js";

/** Asks the questions in turn in one conversation, as a reader would, and gives each reply. */
export function conversation(engine: ReturnType<typeof createEngine>, questions: string[]): Reply[] {
  let state: ConversationState = emptyConversation();
  return questions.map((q) => {
    const r = engine.ask(q, state);
    state = r.state;
    return r.reply;
  });
}
