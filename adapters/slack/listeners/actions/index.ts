import type { AllMiddlewareArgs, App, BlockAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import type { SlackContext } from "../../context.js";
import { firstPart, nextPart } from "../../more.js";
import { ACTION_PATTERN, readButtonValue, type ButtonTarget } from "../../render/buttons.js";
import { renderNotice } from "../../render/help.js";
import type { SlackMessage } from "../../render/limits.js";
import { renderReply } from "../../render/reply.js";

type ActionArgs = SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs;

/**
 * A click on a suggestion or "More" button. The question is asked in the conversation the
 * button's value names (the thread, the DM, or the asker's /brief conversation), so a follow-up
 * still knows who « he » is; the answer goes where the first one went: the same thread or DM,
 * or through the slash command's response_url, visible as the first answer was.
 */
async function onButton(ctx: SlackContext, { ack, body, action, client, respond }: ActionArgs): Promise<void> {
  await ack();
  if (action.type !== "button") return;
  const value = readButtonValue(action.value);
  if (!value) {
    ctx.log.warn("slack: a button click with an unreadable value was ignored", { actionId: action.action_id });
    return;
  }
  const target: ButtonTarget = { conversationId: value.c, via: value.v, visibility: value.e ? "ephemeral" : "in_channel" };
  let message: SlackMessage | undefined;
  if (value.q !== undefined) {
    try {
      // The conversation's memory is shared by the processes when there is a shared store.
      const inbound = { platform: "slack" as const, text: value.q, user: body.user.id, conversationId: value.c };
      const reply = ctx.handler.handleShared ? await ctx.handler.handleShared(inbound) : ctx.handler.handle(inbound);
      message = await firstPart(ctx, renderReply(reply, target), reply.lang, target);
    } catch (error) {
      ctx.log.error("slack: answering a button failed", { error, conversationId: value.c });
      message = renderNotice("Sorry, something went wrong answering that. Please try again.")[0];
    }
  } else {
    let next: SlackMessage | null;
    try {
      next = await nextPart(ctx, value.m ?? "", target);
    } catch (error) {
      ctx.log.warn("slack: the rest of a long answer could not be read", { error });
      next = null;
    }
    if (!next) {
      await respond({ response_type: "ephemeral", replace_original: false, text: "The rest of that answer is no longer available (the bot restarted, or it is too old): please ask again." });
      return;
    }
    message = next;
  }
  if (!message) return;
  try {
    if (value.v === "respond") {
      await respond({ response_type: target.visibility ?? "in_channel", replace_original: false, text: message.text, blocks: message.blocks });
      return;
    }
    const channel = body.channel?.id ?? body.container?.channel_id;
    if (!channel) return;
    // In the thread the answer was in; a DM answered outside a thread is answered in the DM.
    const threadTs = body.message?.thread_ts;
    await client.chat.postMessage({ channel, ...(threadTs ? { thread_ts: threadTs } : {}), text: message.text, blocks: message.blocks, unfurl_links: false, unfurl_media: false });
  } catch (error) {
    ctx.log.warn("slack: answer to a button not posted", { why: (error as Error).message });
  }
}

export function register(app: App, ctx: SlackContext): void {
  app.action<BlockAction>(ACTION_PATTERN, (args) => onButton(ctx, args));
}
