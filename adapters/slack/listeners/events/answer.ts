import type { webApi } from "@slack/bolt";
import type { SlackContext } from "../../context.js";
import { renderHelp, renderNotice } from "../../render/help.js";
import type { SlackMessage } from "../../render/limits.js";
import { renderReply } from "../../render/reply.js";

export interface ConversationMessage {
  question: string;
  user: string;
  channel: string;
  /** Reply in this thread; undefined: in the channel (a DM) itself. */
  threadTs: string | undefined;
  /** Follow-ups are remembered per thread or per DM. */
  conversationId: string;
}

/** Answers a mention or a DM with chat.postMessage; failures are logged, never thrown at Bolt. */
export async function answerInConversation(ctx: SlackContext, client: webApi.WebClient, m: ConversationMessage): Promise<void> {
  let messages: SlackMessage[];
  if (m.question === "") messages = renderHelp();
  else {
    try {
      messages = renderReply(ctx.handler.handle({ platform: "slack", text: m.question, user: m.user, conversationId: m.conversationId }));
    } catch (error) {
      ctx.log.error("slack: answering failed", { error, conversationId: m.conversationId });
      messages = renderNotice("Sorry, something went wrong answering that. Please try again.");
    }
  }
  for (const message of messages) {
    try {
      await client.chat.postMessage({
        channel: m.channel,
        ...(m.threadTs ? { thread_ts: m.threadTs } : {}),
        text: message.text,
        blocks: message.blocks,
        unfurl_links: false,
        unfurl_media: false,
      });
    } catch (error) {
      ctx.log.warn("slack: reply not posted", { channel: m.channel, why: (error as Error).message });
      return;
    }
  }
}
