import type { InboundMessage, MessageHandler } from "../../../src/adapter/types.js";
import { createBot } from "../../../src/bot.js";
import { createEngine } from "../../../src/engine/engine.js";
import type { Reply } from "../../../src/engine/reply.js";
import type { Story } from "../../../src/story/schema.js";
import { loadStory } from "../../../src/story/load.js";

export type RecordingHandler = MessageHandler & {
  /** Every message the adapter passed, and the reply the real bot gave, in order. */
  calls: InboundMessage[];
  replies: Reply[];
  /** Set to replace the answer for a test (a failure, a very long reply); cleared by the test. */
  next?: ((m: InboundMessage) => Reply) | undefined;
};

/**
 * The real answer path (default story → engine → bot), wrapped to record what the adapter
 * passed in and what came back, so end-to-end tests compare the Discord output with it.
 */
export function realBot(story: Story = loadStory()): { story: Story; handler: RecordingHandler } {
  const bot = createBot(createEngine(story));
  const handler: RecordingHandler = {
    calls: [],
    replies: [],
    handle(message) {
      handler.calls.push(message);
      const reply = handler.next ? handler.next(message) : bot.handle(message);
      handler.replies.push(reply);
      return reply;
    },
  };
  return { story, handler };
}
