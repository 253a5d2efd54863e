import type { webApi } from "@slack/bolt";
import type { Lang } from "../../../../src/engine/reply.js";
import type { SlackContext } from "../../context.js";
import { firstPart } from "../../more.js";
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
  let lang: Lang = "en";
  // The answer's buttons ask in this same thread or DM.
  const target = { conversationId: m.conversationId, via: "thread" as const };
  if (m.question === "") messages = renderHelp();
  else {
    try {
      const inbound = { platform: "slack" as const, text: m.question, user: m.user, conversationId: m.conversationId };
      const reply = ctx.handler.handleShared ? await ctx.handler.handleShared(inbound) : ctx.handler.handle(inbound);
      lang = reply.lang;
      messages = renderReply(reply, target);
    } catch (error) {
      ctx.log.error("slack: answering failed", { error, conversationId: m.conversationId });
      messages = renderNotice("Sorry, something went wrong answering that. Please try again.");
    }
  }
  // A long answer: its first part, with "More" for the rest.
  const first = await firstPart(ctx, messages, lang, target).catch((error: unknown) => {
    ctx.log.warn("slack: the rest of a long answer was not kept", { error });
    return messages[0];
  });
  if (!first) return;
  try {
    await client.chat.postMessage({
      channel: m.channel,
      ...(m.threadTs ? { thread_ts: m.threadTs } : {}),
      text: first.text,
      blocks: first.blocks,
      unfurl_links: false,
      unfurl_media: false,
    });
  } catch (error) {
    ctx.log.warn("slack: reply not posted", { channel: m.channel, why: (error as Error).message });
  }
}
