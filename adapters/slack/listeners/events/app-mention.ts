import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from "@slack/bolt";
import type { SlackContext } from "../../context.js";
import { mentionQuestion } from "../../inbound-text.js";
import { answerInConversation } from "./answer.js";
import { conversationIn } from "../../workspace.js";

/** `@briefbot …` in a channel: answered in the thread, which is the conversation for follow-ups. */
export function appMention(ctx: SlackContext) {
  return async ({ event, client, context }: SlackEventMiddlewareArgs<"app_mention"> & AllMiddlewareArgs): Promise<void> => {
    if (event.bot_id || event.subtype) return;
    const thread = event.thread_ts ?? event.ts;
    await answerInConversation(ctx, client, {
      // With several workspaces the bot's user id is each workspace's own (from its installation).
      question: mentionQuestion(event.text, context.botUserId ?? ctx.identity.botUserId),
      user: event.user ?? "",
      channel: event.channel,
      threadTs: thread,
      conversationId: conversationIn(ctx, context.teamId, `${event.channel}:${thread}`),
    });
  };
}
