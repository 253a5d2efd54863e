import { scopedChannelId } from "../../src/store/types.js";
import type { SlackContext } from "./context.js";

/**
 * Keys that are per workspace. With one workspace (a bot token) they stay as they always were;
 * with several (OAuth) they carry the team id, so two workspaces never share a subscription or a
 * conversation's follow-up memory.
 */

/** A follow-up conversation's id (thread, DM, /brief asker) in its workspace. */
export function conversationIn(ctx: Pick<SlackContext, "workspaces">, teamId: string | undefined, id: string): string {
  return ctx.workspaces && teamId ? `${teamId}:${id}` : id;
}

/** The channel id a subscription is kept under: `T…/C…` when the bot serves several workspaces. */
export function subscriptionChannel(ctx: Pick<SlackContext, "workspaces">, teamId: string | undefined, channelId: string): string {
  return ctx.workspaces && teamId ? scopedChannelId(teamId, channelId) : channelId;
}
