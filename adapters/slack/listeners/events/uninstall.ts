import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from "@slack/bolt";
import type { SlackContext, WorkspaceDirectory } from "../../context.js";

/** The workspace an Events API delivery came from. */
function teamOf(body: unknown): { teamId: string | undefined; enterpriseId: string | undefined } {
  const b = body as { team_id?: unknown; enterprise_id?: unknown };
  return { teamId: typeof b.team_id === "string" ? b.team_id : undefined, enterpriseId: typeof b.enterprise_id === "string" ? b.enterprise_id : undefined };
}

async function forget(ctx: SlackContext, workspaces: WorkspaceDirectory, body: unknown, reason: string): Promise<void> {
  const { teamId, enterpriseId } = teamOf(body);
  if (!teamId) return;
  try {
    const { subscriptionsDisabled } = await workspaces.forget(teamId, enterpriseId, reason);
    ctx.log.info("slack: workspace forgotten", { team: teamId, why: reason, subscriptionsDisabled });
  } catch (error) {
    // Slack retries an event that failed; the next delivery tries again.
    ctx.log.error("slack: forgetting a workspace failed", { team: teamId, error });
    throw error;
  }
}

/**
 * The app removed from a workspace, or its bot token revoked: the installation is deleted (the
 * token is dead), and the workspace's daily briefings are disabled, not deleted, with the reason
 * `/brief subscriptions` shows after a reinstall (where `/brief subscribe` turns one back on).
 * Bolt calls these listeners without authorizing (the token is already gone).
 */
export function appUninstalled(ctx: SlackContext, workspaces: WorkspaceDirectory) {
  return async ({ body }: SlackEventMiddlewareArgs<"app_uninstalled"> & AllMiddlewareArgs): Promise<void> => {
    await forget(ctx, workspaces, body, "the app was uninstalled from this workspace");
  };
}

export function tokensRevoked(ctx: SlackContext, workspaces: WorkspaceDirectory) {
  return async ({ event, body }: SlackEventMiddlewareArgs<"tokens_revoked"> & AllMiddlewareArgs): Promise<void> => {
    // Only the bot's token matters: a user token revoked (the bot keeps none) changes nothing.
    if ((event.tokens.bot ?? []).length === 0) return;
    await forget(ctx, workspaces, body, "the app's token was revoked in this workspace");
  };
}
