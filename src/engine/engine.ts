import type { Story } from "../story/schema.js";
import type { ConversationState, Lang, Reply } from "./reply.js";

export interface AskOptions {
  /** Forces the answer language; by default the question's own. */
  lang?: Lang;
}

export interface Engine {
  readonly story: Story;
  /** Pure: the same question and state give the same reply and next state. */
  ask(question: string, state: ConversationState, opts?: AskOptions): { reply: Reply; state: ConversationState };
}

/** Indexes the story once; each question is then answered from the index. */
export function createEngine(story: Story): Engine {
  void story;
  throw new Error("engine: not built yet");
}
