import type { App } from "@slack/bolt";
import type { Lang } from "../../src/engine/reply.js";
import type { SlackContext } from "./context.js";

/** Questions of each kind the engine answers, in both languages. */
const QUESTIONS = ["who spoke?", "qui a parlé ?", "how many troops?", "combien de soldats ?", "what did he say?", "qu'a-t-il dit ?"];
const ROUNDS = 20;
/** The workspace the warm-up's requests claim to come from; Slack never sends it (with OAuth it gets no token). */
export const WARMUP_TEAM = "TWARMUP";

/**
 * Before the adapter listens: a few rounds of /brief through Bolt's middleware, the listener,
 * the engine and the Block Kit rendering, and each language's briefing composed. A just started
 * process otherwise pays for lazily built indexes, templates and cold code on its first burst of
 * requests, which is what made some of a thousand concurrent /brief miss Slack's 3 seconds.
 * Nothing goes out: the acks go nowhere and no answer needs a response_url.
 */
export async function warmUp(app: App, ctx: SlackContext): Promise<void> {
  for (const lang of ["fr", "en"] as Lang[]) ctx.briefing(lang);
  // The warm-up's questions are not a conversation anyone continues: kept out of the shared
  // store (hundreds of writes at every start, on a database other processes are draining on).
  ctx.warming = true;
  try {
    for (let round = 0; round < ROUNDS; round++) {
      for (const text of QUESTIONS) {
        await app.processEvent({
          body: { command: "/brief", text, user_id: "UWARMUP", user_name: "warmup", channel_id: "CWARMUP", team_id: WARMUP_TEAM, response_url: "", trigger_id: "" },
          ack: async () => undefined,
          customProperties: {},
        });
      }
    }
  } finally {
    ctx.warming = false;
  }
}
