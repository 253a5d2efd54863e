import type { App } from "@slack/bolt";
import type { SlackContext } from "../../context.js";
import { appHomeOpened } from "./app-home.js";
import { appMention } from "./app-mention.js";
import { directMessage } from "./direct-message.js";
import { appUninstalled, tokensRevoked } from "./uninstall.js";

export function register(app: App, ctx: SlackContext): void {
  app.event("app_mention", appMention(ctx));
  app.event("message", directMessage(ctx));
  app.event("app_home_opened", appHomeOpened(ctx));
  if (ctx.workspaces) {
    app.event("app_uninstalled", appUninstalled(ctx, ctx.workspaces));
    app.event("tokens_revoked", tokensRevoked(ctx, ctx.workspaces));
  }
}
