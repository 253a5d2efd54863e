import type { InboundMessage, MessageHandler } from "../../src/adapter/types.js";
import { createBot } from "../../src/bot.js";
import type { Engine } from "../../src/engine/engine.js";
import type { Reply } from "../../src/engine/reply.js";
import { withSharedMemory } from "../../src/shared-memory.js";
import type { Store } from "../../src/store/types.js";

/**
 * The real bot with its follow-up memory in a shared store, as each of several processes runs it;
 * « everything » gets an answer of `citations` sentences, too long for one platform message, so a
 * "More" click has a rest to find.
 */
export function sharedHandler(engine: Engine, store: Store, citations: number): MessageHandler {
  const shared = withSharedMemory(createBot(engine), store.ephemeral);
  const long = (m: InboundMessage): Reply => ({
    answered: true,
    lang: "en",
    intent: "x",
    text: "A long one.",
    quotes: [],
    figures: [],
    citations: Array.from({ length: citations }, (_, i) => ({ sentence: i, text: `Invented sentence number ${i} for ${m.user}.` })),
    suggestions: [],
  });
  return {
    handle: (m) => (m.text === "everything" ? long(m) : shared.handle(m)),
    handleShared: async (m) => (m.text === "everything" ? long(m) : shared.handleShared!(m)),
  };
}
