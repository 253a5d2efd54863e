import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from "@slack/bolt";
import type { SlackContext } from "../../context.js";
import { mentionQuestion } from "../../inbound-text.js";
import { answerInConversation } from "./answer.js";

/** `@briefbot …` in a channel: answered in the thread, which is the conversation for follow-ups. */
export function appMention(ctx: SlackContext) {
  return async ({ event, client }: SlackEventMiddlewareArgs<"app_mention"> & AllMiddlewareArgs): Promise<void> => {
    if (event.bot_id || event.subtype) return;
    const thread = event.thread_ts ?? event.ts;
    await answerInConversation(ctx, client, {
      question: mentionQuestion(event.text, ctx.identity.botUserId),
      user: event.user ?? "",
      channel: event.channel,
      threadTs: thread,
      conversationId: `${event.channel}:${thread}`,
    });
  };
}
