import { z } from "zod";
import type { InboundMessage, MessageHandler } from "./adapter/types.js";
import type { LruMap } from "./bot.js";
import type { ConversationState, Reply } from "./engine/reply.js";
import type { Logger } from "./log.js";
import type { EphemeralStore } from "./store/types.js";

/** Follow-up memory outlives a pause in the conversation, not a day. */
export const SHARED_MEMORY_TTL_MS = 6 * 3_600_000;

const State = z.object({
  focus: z.string().nullable(),
  lang: z.enum(["fr", "en"]).nullable(),
  lastIntent: z.string().nullable(),
  lastQuestion: z.string().nullable().optional(),
  lastCites: z.array(z.number().int().nonnegative()).max(20).optional(),
});

/**
 * Follow-up memory shared by several bot processes: « and what did he say? » may reach another
 * process than the question before it. The conversation's state is read from the shared store
 * before answering and written back after, with an expiry; the engine itself stays synchronous.
 * A store that fails degrades to this process's own memory (logged once).
 */
export function withSharedMemory(
  bot: MessageHandler & { conversations: LruMap<string, ConversationState> },
  store: Pick<EphemeralStore, "get" | "set">,
  opts: { ttlMs?: number; now?: () => Date; log?: Logger } = {},
): MessageHandler & { conversations: LruMap<string, ConversationState> } {
  const ttl = opts.ttlMs ?? SHARED_MEMORY_TTL_MS;
  const now = opts.now ?? (() => new Date());
  let warned = false;
  const warn = (error: unknown) => {
    if (!warned) opts.log?.warn("follow-up memory: the shared store is unavailable; using this process's own", { error });
    warned = true;
  };
  return {
    conversations: bot.conversations,
    handle: (m) => bot.handle(m),
    async handleShared(m: InboundMessage): Promise<Reply> {
      const local = `${m.platform}:${m.conversationId}`;
      const key = `conv:${local}`;
      try {
        const raw = await store.get(key, now());
        const parsed = raw ? State.safeParse(JSON.parse(raw)) : null;
        if (parsed?.success) bot.conversations.set(local, { ...parsed.data, lastQuestion: parsed.data.lastQuestion ?? null });
      } catch (error) {
        warn(error);
      }
      const reply = bot.handle(m);
      const state = bot.conversations.get(local);
      if (state) await store.set(key, JSON.stringify(state), ttl, now()).catch(warn);
      return reply;
    },
  };
}
