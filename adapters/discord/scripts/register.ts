/** `npm run discord:register`: registers the slash commands (guild when DISCORD_GUILD_ID is set, else global). */
import { registerMain } from "../register.js";
import { loadDotEnv } from "../../../src/config/dotenv.js";

loadDotEnv();
process.exitCode = await registerMain(process.env, console.log, console.error);
