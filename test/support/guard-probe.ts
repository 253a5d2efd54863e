import type { Engine } from "../../src/engine/engine.js";
import type { Ctx } from "../../src/engine/context.js";
import type { Draft } from "../../src/engine/compose.js";
import { emptyConversation } from "../../src/engine/reply.js";

/**
 * The guards judge a draft answer against the context the engine built for a question; the tests hand
 * them drafts they write, so they need that context and the index of the sentence a draft cites.
 */
export function guardProbe(engine: Engine): { ctxOf: (q: string) => Ctx; sentenceWith: (words: string) => number } {
  return {
    ctxOf(q) {
      let ctx: Ctx | null = null;
      engine.ask(q, emptyConversation(), { inspect: (c) => (ctx = c) });
      return ctx!;
    },
    sentenceWith: (words) => engine.story.sentences.findIndex((s) => s.text.includes(words)),
  };
}

/** A draft as an answerer would leave it: answered, by `intent`, saying `text`, citing `cites`. */
export const draft = (intent: string, text: string, cites: number[]): Draft => ({ answered: true, intent, parts: [text], cites });
