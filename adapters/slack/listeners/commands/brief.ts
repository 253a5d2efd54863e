import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from "@slack/bolt";
import { commandConversation, runBriefCommand, type CommandOutcome } from "../../actions.js";
import { firstPart } from "../../more.js";
import type { SlackContext } from "../../context.js";
import { renderNotice } from "../../render/help.js";

/**
 * `/brief`: the answer rides on the ack itself (the engine answers in well under Slack's
 * 3 seconds), so it arrives without a second round trip; a reply too long for one message shows
 * a "More" button, whose click sends the next part through `response_url`.
 */
export function briefCommand(ctx: SlackContext) {
  return async ({ command, ack }: SlackCommandMiddlewareArgs & AllMiddlewareArgs): Promise<void> => {
    let outcome: CommandOutcome;
    try {
      outcome = await runBriefCommand(ctx, { text: command.text, userId: command.user_id, channelId: command.channel_id, userName: command.user_name });
    } catch (error) {
      ctx.log.error("slack: /brief failed", { error });
      outcome = { visibility: "ephemeral", messages: renderNotice("Sorry, something went wrong answering that. Please try again.") };
    }
    const target = { conversationId: commandConversation({ channelId: command.channel_id, userId: command.user_id }), via: "respond" as const, visibility: outcome.visibility };
    const first = firstPart(ctx, outcome.messages, outcome.lang ?? "en", target);
    await ack({ response_type: outcome.visibility, text: first?.text ?? "", blocks: first?.blocks ?? [] });
  };
}
