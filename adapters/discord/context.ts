import type { Briefing } from "../../src/briefing/types.js";
import type { Lang } from "../../src/engine/reply.js";
import type { MessageHandler } from "../../src/adapter/types.js";
import type { Logger } from "../../src/log.js";
import type { SubscriptionCommands } from "../../src/scheduling/types.js";
import type { Story } from "../../src/story/schema.js";
import type { ContinuationStore } from "../../src/adapter/continuations.js";
import type { DeferPolicy } from "./deadline.js";
import type { AnswerPart } from "./render/buttons.js";
import type { UserRateLimiter } from "./ratelimit.js";

/** What the event handlers and commands share; built once per adapter in index.ts. */
export interface DiscordContext {
  handler: MessageHandler;
  story: Story;
  log: Logger;
  subscriptions?: SubscriptionCommands;
  limiter: UserRateLimiter;
  deferral: DeferPolicy;
  /** The rest of long answers, until "More" is clicked (in the shared database when there is one). */
  continuations: ContinuationStore<AnswerPart>;
  /** Composes a briefing on the story now (/brief). */
  composeBriefing: (lang: Lang) => Briefing;
}

/** Follow-ups are remembered per channel, DMs included (a DM is its own channel). */
export function conversationId(channelId: string, isDM: boolean): string {
  return isDM ? `discord:dm:${channelId}` : `discord:${channelId}`;
}
