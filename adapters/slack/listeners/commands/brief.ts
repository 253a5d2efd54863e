import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from "@slack/bolt";
import { runBriefCommand, type CommandOutcome } from "../../actions.js";
import type { SlackContext } from "../../context.js";
import { renderNotice } from "../../render/help.js";

/**
 * `/brief`: the answer rides on the ack itself (the engine answers in well under Slack's
 * 3 seconds), so it arrives without a second round trip; only a reply too long for one message
 * sends its continuation through `response_url`.
 */
export function briefCommand(ctx: SlackContext) {
  return async ({ command, ack, respond }: SlackCommandMiddlewareArgs & AllMiddlewareArgs): Promise<void> => {
    let outcome: CommandOutcome;
    try {
      outcome = await runBriefCommand(ctx, { text: command.text, userId: command.user_id, channelId: command.channel_id, userName: command.user_name });
    } catch (error) {
      ctx.log.error("slack: /brief failed", { error });
      outcome = { visibility: "ephemeral", messages: renderNotice("Sorry, something went wrong answering that. Please try again.") };
    }
    const [first, ...rest] = outcome.messages;
    await ack({ response_type: outcome.visibility, text: first?.text ?? "", blocks: first?.blocks ?? [] });
    for (const message of rest) {
      try {
        await respond({ response_type: outcome.visibility, replace_original: false, text: message.text, blocks: message.blocks });
      } catch (error) {
        ctx.log.warn("slack: continuation via response_url failed", { error });
        break;
      }
    }
  };
}
