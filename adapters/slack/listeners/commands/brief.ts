import { performance } from "node:perf_hooks";
import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from "@slack/bolt";
import { commandConversation, runBriefCommand, type CommandOutcome } from "../../actions.js";
import { firstPart } from "../../more.js";
import type { SlackContext } from "../../context.js";
import { renderNotice } from "../../render/help.js";

/** Slack shows an error when the ack takes over 3 s: the answer must be on its way by this. */
const ACK_BUDGET_MS = 2_000;

/**
 * `/brief`: the answer rides on the ack itself (the engine answers in well under Slack's
 * 3 seconds), so it arrives without a second round trip; a reply too long for one message shows
 * a "More" button, whose click sends the next part through `response_url`. When the answer
 * cannot be ready in time — the request already waited `ackFirstAfterMs` behind others (a burst
 * on a just started process), or a store call is still running at the budget — the ack goes
 * first, empty, and the answer follows through `response_url`.
 */
export function briefCommand(ctx: SlackContext) {
  const ackFirstAfterMs = ctx.ackFirstAfterMs ?? 1_000;
  return async ({ command, ack, respond, context }: SlackCommandMiddlewareArgs & AllMiddlewareArgs): Promise<void> => {
    const receivedAt = typeof context.receivedAt === "number" ? context.receivedAt : performance.now();
    let acked = false;
    const ackFirst = async () => {
      if (acked) return;
      acked = true;
      await ack();
    };
    if (performance.now() - receivedAt >= ackFirstAfterMs) await ackFirst();
    let outcome: CommandOutcome;
    try {
      const pending = runBriefCommand(ctx, { text: command.text, userId: command.user_id, channelId: command.channel_id, userName: command.user_name, teamId: command.team_id });
      if (pending instanceof Promise && !acked) {
        const timer = setTimeout(() => void ackFirst(), Math.max(0, ACK_BUDGET_MS - (performance.now() - receivedAt)));
        try {
          outcome = await pending;
        } finally {
          clearTimeout(timer);
        }
      } else {
        outcome = await pending;
      }
    } catch (error) {
      ctx.log.error("slack: /brief failed", { error });
      outcome = { visibility: "ephemeral", messages: renderNotice("Sorry, something went wrong answering that. Please try again.") };
    }
    const target = { conversationId: commandConversation(ctx, { channelId: command.channel_id, userId: command.user_id, teamId: command.team_id }), via: "respond" as const, visibility: outcome.visibility };
    let first: Awaited<ReturnType<typeof firstPart>>;
    try {
      first = await firstPart(ctx, outcome.messages, outcome.lang ?? "en", target);
    } catch (error) {
      // The rest could not be kept (the shared store): the first part alone, without "More".
      ctx.log.warn("slack: the rest of a long answer was not kept", { error });
      first = outcome.messages[0];
    }
    if (!acked) {
      acked = true;
      await ack({ response_type: outcome.visibility, text: first?.text ?? "", blocks: first?.blocks ?? [] });
      return;
    }
    if (!first) return;
    try {
      await respond({ response_type: outcome.visibility, replace_original: false, text: first.text, blocks: first.blocks });
    } catch (error) {
      ctx.log.warn("slack: answer via response_url failed", { error });
    }
  };
}
