import type { Message } from "discord.js";
import { conversationId, type DiscordContext } from "../context.js";
import { NO_PINGS } from "../render/limits.js";
import { MESSAGES, langFromLocale } from "../render/messages.js";
import { answerParts } from "../answer.js";
import { answerButtons } from "../render/buttons.js";

/** A reply never pings the asker either: Discord would ping the replied-to user by default. */
const REPLY_MENTIONS = { ...NO_PINGS, repliedUser: false };

/** Whether the message addresses the bot, and the question with the mention taken out. */
export function readQuestion(message: Message, botId: string): { addressed: boolean; text: string } {
  const isDM = !message.inGuild();
  const botRoles = message.inGuild() ? message.mentions.roles.filter((r) => r.tags?.botId === botId).map((r) => r.id) : [];
  // `mentions` is what Discord parsed; the `<@id>` text covers clients that only send the text.
  const mentionText = new RegExp(`<@!?${botId}>|${botRoles.map((id) => `<@&${id}>`).join("|") || "(?!)"}`, "g");
  const mentioned = message.mentions.users.has(botId) || botRoles.length > 0 || new RegExp(`<@!?${botId}>`).test(message.content);
  let text = message.content.replace(mentionText, " ").replace(/\s+/g, " ").trim();
  // Some clients and bridges send the mention as plain "@name" text alongside the mentions array.
  const name = message.client.user.username.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  if (mentioned) text = text.replace(new RegExp(`^@${name}\\b[,:]?\\s*`, "i"), "");
  return { addressed: isDM || mentioned, text };
}

/** Mentions in channels and every DM: the question goes to the handler, the answer comes back as a reply. */
export function onMessageCreate(ctx: DiscordContext) {
  return async (message: Message): Promise<void> => {
    const botId = message.client.user.id;
    // Bots (ourselves included) are never answered: two bots can otherwise loop forever.
    if (message.author.bot || message.author.id === botId || message.system || message.webhookId) return;
    const { addressed, text } = readQuestion(message, botId);
    if (!addressed) return;
    const lang = langFromLocale(message.guild?.preferredLocale);
    try {
      if (!text) {
        await message.reply({ content: MESSAGES.emptyQuestion(lang), allowedMentions: REPLY_MENTIONS });
        return;
      }
      const limited = ctx.limiter.take(message.author.id);
      if (!limited.ok) {
        // Said once per streak: answering every extra message would flood the channel for them.
        if (limited.first) await message.reply({ content: MESSAGES.rateLimited(lang, limited.retryInMs), allowedMentions: REPLY_MENTIONS });
        return;
      }
      const inbound = { platform: "discord" as const, text, user: message.author.id, conversationId: conversationId(message.channelId, !message.inGuild()) };
      const reply = ctx.handler.handleShared ? await ctx.handler.handleShared(inbound) : ctx.handler.handle(inbound);
      // A long answer shows its first part with "More"; suggestions are buttons under the answer.
      const [first, ...rest] = answerParts([reply]);
      if (!first) return;
      const moreId = rest.length ? await ctx.continuations.put(rest) : null;
      await message.reply({ content: first.content, allowedMentions: REPLY_MENTIONS, components: answerButtons(first, moreId) });
    } catch (err) {
      ctx.log.error("discord: could not answer a message", { channel: message.channelId, error: err instanceof Error ? err : String(err) });
      await message.reply({ content: MESSAGES.failed(lang), allowedMentions: REPLY_MENTIONS }).catch(() => undefined);
    }
  };
}
