import type { App } from "@slack/bolt";
import type { SlackContext } from "../context.js";
import * as actions from "./actions/index.js";
import * as commands from "./commands/index.js";
import * as events from "./events/index.js";

export function registerListeners(app: App, ctx: SlackContext): void {
  commands.register(app, ctx);
  events.register(app, ctx);
  actions.register(app, ctx);
}
