import type { App } from "@slack/bolt";
import type { SlackContext } from "../../context.js";
import { briefCommand } from "./brief.js";

/** The command name is part of the contract with the app manifest and the held-out check. */
export const BRIEF_COMMAND = "/brief";

export function register(app: App, ctx: SlackContext): void {
  app.command(BRIEF_COMMAND, briefCommand(ctx));
}
