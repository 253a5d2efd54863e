import type { Lang, Reply } from "../../src/engine/reply.js";
import type { Subscription } from "../../src/scheduling/types.js";
import { parseBriefCommand, type BriefAction, type BriefCommand } from "./command-text.js";
import type { SlackContext } from "./context.js";
import { safeText } from "./render/escape.js";
import { renderHelp, renderNotice } from "./render/help.js";
import type { SlackMessage } from "./render/limits.js";
import { renderReplies, renderReply } from "./render/reply.js";
import { conversationIn, subscriptionChannel } from "./workspace.js";

export type Visibility = "in_channel" | "ephemeral";

export interface CommandOutcome {
  visibility: Visibility;
  messages: SlackMessage[];
  /** The language of the answer, for the "More" button of a long one (default English). */
  lang?: Lang;
}

export interface CommandInvocation {
  text: string;
  userId: string;
  channelId: string;
  /** The asker's name as Slack sent it (`user_name`), shown instead of a mention. */
  userName?: string;
  /** The workspace (`team_id`): part of every key when the bot serves several. */
  teamId?: string;
}

/** The questions the keyword commands stand for, phrased like the engine's intent examples. */
const templates: Record<Lang, { who: string; troops: string; quotesBy: (p: string) => string }> = {
  en: { who: "who spoke", troops: "how many troops", quotesBy: (p) => `what did ${p} say` },
  fr: { who: "qui a parlé", troops: "combien de soldats", quotesBy: (p) => `qu'a dit ${p}` },
};

/** `/brief quotes` without a name asks about each quoted speaker, up to this many. */
const MAX_SPEAKERS = 8;

/**
 * `/brief …` from text to messages. Answers go to the channel unless `-p` asks for privacy;
 * help, errors and the subscription list go to the asker alone.
 */
/**
 * Questions are answered synchronously (the hot path); subscription commands go to the store and
 * return a promise.
 */
export function runBriefCommand(ctx: SlackContext, inv: CommandInvocation): CommandOutcome | Promise<CommandOutcome> {
  const parsed = parseBriefCommand(inv.text);
  if (!parsed.ok) return { visibility: "ephemeral", messages: renderNotice(`${safeText(parsed.error)}. Try \`/brief help\`.`) };
  const cmd = parsed.command;
  const shown: Visibility = cmd.private ? "ephemeral" : "in_channel";
  const a = cmd.action;
  switch (a.kind) {
    case "help":
      return { visibility: "ephemeral", messages: renderHelp() };
    case "briefing": {
      const lang = cmd.lang ?? ctx.story.lang;
      return { visibility: shown, messages: ctx.briefing(lang), lang };
    }
    case "subscribe":
    case "unsubscribe":
    case "subscriptions":
      return subscriptionCommand(ctx, inv, cmd, a);
    default: {
      const answer = ask(ctx, inv, cmd, a, shown);
      return answer instanceof Promise ? answer.then((x) => ({ visibility: shown, ...x })) : { visibility: shown, ...answer };
    }
  }
}

type Question = Extract<BriefAction, { kind: "ask" | "who" | "quotes" | "troops" }>;

function questionsFor(ctx: SlackContext, a: Question, lang: Lang): string[] {
  const t = templates[lang];
  switch (a.kind) {
    case "ask":
      return [a.question];
    case "who":
      return [t.who];
    case "troops":
      return [t.troops];
    case "quotes": {
      if (a.person) return [t.quotesBy(a.person)];
      const quoted = [...new Set(ctx.story.quotes.map((q) => q.speaker))].slice(0, MAX_SPEAKERS);
      return quoted.length > 0 ? quoted.map(t.quotesBy) : [t.who];
    }
  }
}

/** Where the buttons of a /brief answer lead: the asker's conversation in the channel, answered through response_url. */
export const commandConversation = (ctx: Pick<SlackContext, "workspaces">, inv: Pick<CommandInvocation, "channelId" | "userId" | "teamId">): string =>
  conversationIn(ctx, inv.teamId, `${inv.channelId}:${inv.userId}`);

type Answer = { messages: SlackMessage[]; lang: Lang };

/**
 * Synchronous on one process (the hot path: the answer rides on the ack). With a shared store the
 * conversation's memory is read from and written to the database, so a follow-up that reaches
 * another process knows what the asker was asking about; the listener then acks within Slack's
 * deadline even if the database is slow (listeners/commands/brief.ts).
 */
function ask(ctx: SlackContext, inv: CommandInvocation, cmd: BriefCommand, a: Question, visibility: Visibility): Answer | Promise<Answer> {
  // Keyword commands are English words: their answer is in English unless --fr or a French keyword says otherwise.
  const lang = cmd.lang ?? (a.kind === "ask" ? null : "en");
  const questions = questionsFor(ctx, a, lang ?? "en");
  const conversationId = commandConversation(ctx, inv);
  // Slash-command follow-ups are per asker within a channel: « what did he say? » means the asker's last subject.
  const inbound = (text: string) => ({ platform: "slack" as const, text, user: inv.userId, conversationId, ...(lang ? { lang } : {}) });
  const render = (replies: Reply[]): Answer => {
    const [only] = replies;
    const messages = replies.length === 1 && only ? renderReply(only, { conversationId, via: "respond", visibility }) : renderReplies(replies);
    return { messages, lang: only?.lang ?? "en" };
  };
  const shared = ctx.warming ? undefined : ctx.handler.handleShared?.bind(ctx.handler);
  if (!shared) return render(questions.map((text) => ctx.handler.handle(inbound(text))));
  return (async () => {
    const replies: Reply[] = [];
    // One after the other: each question's answer is the next one's context.
    for (const text of questions) replies.push(await shared(inbound(text)));
    return render(replies);
  })();
}

async function subscriptionCommand(
  ctx: SlackContext,
  inv: CommandInvocation,
  cmd: BriefCommand,
  a: Extract<BriefAction, { kind: "subscribe" | "unsubscribe" | "subscriptions" }>,
): Promise<CommandOutcome> {
  const notice = (visibility: Visibility, text: string): CommandOutcome => ({ visibility, messages: renderNotice(text) });
  const subs = ctx.subscriptions;
  if (!subs) return notice("ephemeral", "Daily briefings are not enabled on this bot.");
  // Kept under the workspace too when the bot serves several: that workspace's token posts there.
  const channelId = subscriptionChannel(ctx, inv.teamId, inv.channelId);
  if (a.kind === "subscriptions") {
    const list = await subs.list("slack", channelId);
    if (list.length === 0) return notice("ephemeral", "This channel has no daily briefing. `/brief subscribe 08:00 Europe/Paris fr` sets one up.");
    return notice("ephemeral", `Daily briefings in this channel:\n${list.map(describe).join("\n")}`);
  }
  if (ctx.subscribeUsers.size > 0 && !ctx.subscribeUsers.has(inv.userId)) {
    return notice("ephemeral", "Only the users listed in SLACK_SUBSCRIBE_USERS may change this channel's daily briefing.");
  }
  const shown: Visibility = cmd.private ? "ephemeral" : "in_channel";
  if (a.kind === "unsubscribe") {
    return (await subs.unsubscribe("slack", channelId))
      ? notice(shown, `${asker(inv)} stopped this channel's daily briefing.`)
      : notice("ephemeral", "This channel had no daily briefing.");
  }
  const requested = a.lang ?? cmd.lang ?? ctx.story.lang;
  const result = await subs.subscribe({
    platform: "slack",
    channelId,
    time: a.time,
    timezone: a.timezone,
    lang: requested,
    user: inv.userId,
  });
  if (!result.ok) {
    // The service writes its error in the language asked for (French when unclear): so does the example.
    const example = requested === "en" ? "Example:" : "Exemple :";
    return notice("ephemeral", `${safeText(result.error.replace(/\.\s*$/, ""))}. ${example} \`/brief subscribe 08:00 Europe/Paris fr\``);
  }
  const next = Math.floor(result.nextRun.getTime() / 1000);
  return notice(
    shown,
    `${asker(inv)} set a daily briefing for this channel: ${describe(result.subscription)}. ` +
      `Next one <!date^${next}^{date_short_pretty} at {time}|${result.nextRun.toISOString()}>.`,
  );
}

function describe(s: Subscription): string {
  const lang = s.lang === "fr" ? "in French" : "in English";
  return `• ${safeText(s.time)} ${safeText(s.timezone)}, ${lang}${s.enabled ? "" : ` (disabled: ${safeText(s.disabledReason ?? "the bot could not post here")})`}`;
}

/**
 * Who changed the subscription, as a mention that does not ping: Slack has no allowed_mentions,
 * so a `<@U…>` would notify; the name as plain text (escaped, broadcasts defused) does not, and
 * a raw user id is never shown.
 */
function asker(inv: CommandInvocation): string {
  const name = inv.userName?.trim();
  return name ? `@${safeText(name)}` : "Someone";
}
