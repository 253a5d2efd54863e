import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from "@slack/bolt";
import type { SlackContext } from "../../context.js";
import { mentionQuestion } from "../../inbound-text.js";
import { answerInConversation } from "./answer.js";
import { conversationIn } from "../../workspace.js";

/**
 * A message in a DM with the bot: answered in the DM (in the thread when the question was in
 * one). Edits, joins, bot posts (our own included) and other subtypes are ignored.
 */
export function directMessage(ctx: SlackContext) {
  return async ({ event, client, context }: SlackEventMiddlewareArgs<"message"> & AllMiddlewareArgs): Promise<void> => {
    if (event.subtype !== undefined || event.channel_type !== "im" || event.bot_id) return;
    // With several workspaces the bot's user id is each workspace's own (from its installation).
    const botUserId = context.botUserId ?? ctx.identity.botUserId;
    if (botUserId !== undefined && event.user === botUserId) return;
    await answerInConversation(ctx, client, {
      question: mentionQuestion(event.text ?? "", botUserId),
      user: event.user,
      channel: event.channel,
      threadTs: event.thread_ts,
      conversationId: conversationIn(ctx, context.teamId, event.thread_ts ? `${event.channel}:${event.thread_ts}` : event.channel),
    });
  };
}
