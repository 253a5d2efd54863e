import type { Lang, Reply } from "../../src/engine/reply.js";
import { conversationId, type DiscordContext } from "./context.js";
import { MESSAGES, langFromLocale } from "./render/messages.js";
import { LIMITS } from "./render/limits.js";
import { renderReply } from "./render/reply.js";
import { splitMessage } from "./render/split.js";
import type { AnswerPart } from "./render/buttons.js";
import { replyEphemeral, sendAnswer, type AnswerableInteraction } from "./respond.js";

/** The user's language for the bot's own words (refusals, errors, fixed-question commands). */
export const interactionLang = (i: AnswerableInteraction): Lang => langFromLocale(i.locale);

/**
 * An answer as the messages it is sent in. One reply: its suggestions become buttons under the
 * last part. Several (e.g. /quotes for each speaker) read as one message, split only where needed.
 */
export function answerParts(replies: Reply[], preface?: string): AnswerPart[] {
  const [only] = replies;
  const single = replies.length === 1 && only !== undefined;
  const chunks = single ? renderReply(only, LIMITS.content, { buttons: true }) : splitMessage(replies.map((r) => renderReply(r, Infinity).join("")).join("\n\n"));
  const lang = only?.lang ?? "en";
  const suggestions = single && !only.answered ? only.suggestions : [];
  return (preface ? withPreface(preface, chunks) : chunks).map((content) => ({ content, lang, suggestions }));
}

/**
 * The path every answering command takes: rate limit, defer only when the handler has been
 * measured slow (see deadline.ts), ask the handler once per question, render, respond.
 * Returns false when the user was rate-limited (nothing was asked).
 */
export async function answerInteraction(
  interaction: AnswerableInteraction,
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
  const inbound = (text: string) => ({ platform: "discord" as const, text, user: interaction.user.id, conversationId: conversation, ...(opts.lang ? { lang: opts.lang } : {}) });
  const shared = ctx.handler.handleShared?.bind(ctx.handler);
  const replies: Reply[] = [];
  // With a shared store the conversation's memory is read and written there (a follow-up may
  // reach another process); the time measured then includes it, so a slow database defers.
  for (const text of questions) replies.push(shared ? await ctx.deferral.timeAsync(() => shared(inbound(text))) : ctx.deferral.time(() => ctx.handler.handle(inbound(text))));
  await sendAnswer(interaction, ctx, answerParts(replies, opts.preface));
  return true;
}

/** Puts the preface in the first message when both fit, else in a message of its own. */
function withPreface(preface: string, chunks: string[]): string[] {
  const [first, ...rest] = chunks;
  if (first !== undefined && preface.length + 2 + first.length <= LIMITS.content) return [`${preface}\n\n${first}`, ...rest];
  return [preface, ...chunks];
}
