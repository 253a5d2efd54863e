import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from "discord.js";
import { ask } from "./ask.js";
import { brief } from "./brief.js";
import { help } from "./help.js";
import { quotes } from "./quotes.js";
import { subscribe, subscriptions, unsubscribe } from "./subscribe.js";
import { troops } from "./troops.js";
import type { SlashCommand } from "./types.js";
import { who } from "./who.js";

export const COMMANDS: readonly SlashCommand[] = [ask, brief, who, quotes, troops, help, subscribe, unsubscribe, subscriptions];

export const commandByName = new Map(COMMANDS.map((c) => [c.data.name, c]));

/** What `npm run discord:register` PUTs: the whole list, so removed commands disappear too. */
export const commandDefinitions = (): RESTPostAPIChatInputApplicationCommandsJSONBody[] => COMMANDS.map((c) => c.data);
