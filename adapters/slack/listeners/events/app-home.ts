import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from "@slack/bolt";
import { splitChannelId, type Subscription } from "../../../../src/store/types.js";
import type { SlackContext } from "../../context.js";
import { renderHome } from "../../render/home.js";

/**
 * The Home tab, published each time someone opens it, so it shows the subscriptions as they are
 * now. A failure is logged: the tab then keeps its last view.
 */
export function appHomeOpened(ctx: SlackContext) {
  return async ({ event, client, context }: SlackEventMiddlewareArgs<"app_home_opened"> & AllMiddlewareArgs): Promise<void> => {
    if (event.tab !== "home") return;
    let subscriptions: Subscription[] | null = null;
    try {
      subscriptions = ctx.subscriptions ? await ctx.subscriptions.list("slack") : null;
      // Several workspaces: this workspace's own channels only, shown by their plain ids.
      if (subscriptions && ctx.workspaces) {
        subscriptions = subscriptions.flatMap((s) => {
          const { workspaceId, channelId } = splitChannelId(s.channelId);
          return workspaceId !== null && workspaceId === context.teamId ? [{ ...s, channelId }] : [];
        });
      }
    } catch (error) {
      ctx.log.warn("slack: subscriptions not read for the Home tab", { error });
    }
    try {
      await client.views.publish({ user_id: event.user, view: renderHome(ctx.story, subscriptions) });
    } catch (error) {
      ctx.log.warn("slack: Home tab not published", { why: (error as Error).message });
    }
  };
}
