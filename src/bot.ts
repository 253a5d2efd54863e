import type { InboundMessage, MessageHandler } from "./adapter/types.js";
import type { Engine } from "./engine/engine.js";
import { detectLang } from "./engine/query.js";
import { emptyConversation, type ConversationState, type Reply } from "./engine/reply.js";

export interface BotOptions {
  /** How many conversations are remembered; the least recently used is forgotten first. */
  maxConversations?: number;
  /** Longer questions are declined politely rather than analysed. */
  maxQuestionLength?: number;
}

export const DEFAULT_MAX_CONVERSATIONS = 10_000;
export const DEFAULT_MAX_QUESTION = 500;

/** A Map used as an LRU: re-inserting moves a key to the end, the first key is the oldest. */
export class LruMap<K, V> {
  private readonly map = new Map<K, V>();
  constructor(readonly capacity: number) {
    if (!(capacity >= 1)) throw new Error("LruMap: capacity must be at least 1");
  }
  get size(): number {
    return this.map.size;
  }
  get(key: K): V | undefined {
    const v = this.map.get(key);
    if (v !== undefined) {
      this.map.delete(key);
      this.map.set(key, v);
    }
    return v;
  }
  set(key: K, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
    while (this.map.size > this.capacity) {
      const oldest = this.map.keys().next();
      if (oldest.done) break;
      this.map.delete(oldest.value);
    }
  }
  has(key: K): boolean {
    return this.map.has(key);
  }
  delete(key: K): boolean {
    return this.map.delete(key);
  }
}

function tooLong(lang: "fr" | "en", max: number): Reply {
  return {
    answered: false,
    lang,
    intent: "too_long",
    text:
      lang === "fr"
        ? `Cette question est trop longue (plus de ${max} caractères). Posez-la plus brièvement, par exemple : « Qui a parlé ? »`
        : `That question is too long (over ${max} characters). Please ask it more briefly, for example: "Who spoke?"`,
    quotes: [],
    figures: [],
    citations: [],
    suggestions: lang === "fr" ? ["Qui a parlé ?", "Résumé"] : ["Who spoke?", "Summary"],
  };
}

/**
 * The one handler every adapter calls: it keeps each conversation's state (for follow-ups) so
 * the adapters stay stateless.
 */
export function createBot(engine: Engine, opts: BotOptions = {}): MessageHandler & { conversations: LruMap<string, ConversationState> } {
  const maxQuestion = opts.maxQuestionLength ?? DEFAULT_MAX_QUESTION;
  const conversations = new LruMap<string, ConversationState>(opts.maxConversations ?? DEFAULT_MAX_CONVERSATIONS);
  return {
    conversations,
    handle(message: InboundMessage): Reply {
      const key = `${message.platform}:${message.conversationId}`;
      const state = conversations.get(key) ?? emptyConversation();
      const text = message.text.trim();
      if (text.length > maxQuestion) {
        const lang = message.lang ?? detectLang(text.slice(0, maxQuestion), state.lang ?? engine.story.lang);
        return tooLong(lang, maxQuestion);
      }
      const { reply, state: next } = engine.ask(text, state, message.lang ? { lang: message.lang } : {});
      conversations.set(key, next);
      return reply;
    },
  };
}
