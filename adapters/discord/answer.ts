import type { ChatInputCommandInteraction } from "discord.js";
import type { Lang, Reply } from "../../src/engine/reply.js";
import { conversationId, type DiscordContext } from "./context.js";
import { MESSAGES, langFromLocale } from "./render/messages.js";
import { LIMITS } from "./render/limits.js";
import { renderReply } from "./render/reply.js";
import { splitMessage } from "./render/split.js";
import { replyEphemeral, sendChunks } from "./respond.js";

/** The user's language for the bot's own words (refusals, errors, fixed-question commands). */
export const interactionLang = (i: ChatInputCommandInteraction): Lang => langFromLocale(i.locale);

/**
 * The path every answering command takes: rate limit, defer only when the handler has been
 * measured slow (see deadline.ts), ask the handler once per question, render, respond.
 * Returns false when the user was rate-limited (nothing was asked).
 */
export async function answerInteraction(
  interaction: ChatInputCommandInteraction,
  ctx: DiscordContext,
  questions: string[],
  opts: { lang?: Lang; /** Text shown before the answer (e.g. the command list in /help). */ preface?: string } = {},
): Promise<boolean> {
  const lang = opts.lang ?? interactionLang(interaction);
  const limited = ctx.limiter.take(interaction.user.id);
  if (!limited.ok) {
    await replyEphemeral(interaction, MESSAGES.rateLimited(lang, limited.retryInMs));
    return false;
  }
  if (ctx.deferral.shouldDefer()) await interaction.deferReply();
  const conversation = conversationId(interaction.channelId, !interaction.inGuild());
  const replies: Reply[] = questions.map((text) =>
    ctx.deferral.time(() =>
      ctx.handler.handle({ platform: "discord", text, user: interaction.user.id, conversationId: conversation, ...(opts.lang ? { lang: opts.lang } : {}) }),
    ),
  );
  // Several answers (e.g. /quotes for each speaker) read as one message, split only where needed.
  const chunks = replies.length === 1 ? renderReply(replies[0] as Reply) : splitMessage(replies.map((r) => renderReply(r, Infinity).join("")).join("\n\n"));
  await sendChunks(interaction, opts.preface ? withPreface(opts.preface, chunks) : chunks);
  return true;
}

/** Puts the preface in the first message when both fit, else in a message of its own. */
function withPreface(preface: string, chunks: string[]): string[] {
  const [first, ...rest] = chunks;
  if (first !== undefined && preface.length + 2 + first.length <= LIMITS.content) return [`${preface}\n\n${first}`, ...rest];
  return [preface, ...chunks];
}
