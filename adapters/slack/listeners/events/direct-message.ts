import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from "@slack/bolt";
import type { SlackContext } from "../../context.js";
import { mentionQuestion } from "../../inbound-text.js";
import { answerInConversation } from "./answer.js";

/**
 * A message in a DM with the bot: answered in the DM (in the thread when the question was in
 * one). Edits, joins, bot posts (our own included) and other subtypes are ignored.
 */
export function directMessage(ctx: SlackContext) {
  return async ({ event, client }: SlackEventMiddlewareArgs<"message"> & AllMiddlewareArgs): Promise<void> => {
    if (event.subtype !== undefined || event.channel_type !== "im" || event.bot_id) return;
    if (ctx.identity.botUserId !== undefined && event.user === ctx.identity.botUserId) return;
    await answerInConversation(ctx, client, {
      question: mentionQuestion(event.text ?? "", ctx.identity.botUserId),
      user: event.user,
      channel: event.channel,
      threadTs: event.thread_ts,
      conversationId: event.thread_ts ? `${event.channel}:${event.thread_ts}` : event.channel,
    });
  };
}
