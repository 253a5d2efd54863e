import type { InboundMessage, MessageHandler } from "../../../src/adapter/types.js";
import type { Reply } from "../../../src/engine/reply.js";
import type { Story } from "../../../src/story/schema.js";

/**
 * A stand-in MessageHandler for adapter tests: it answers from the story with simple rules and
 * records every message it was given, so tests can check what the adapter passed through.
 * The end-to-end tests use the real engine when it is available.
 */
export function recordingHandler(story: Story): MessageHandler & { calls: InboundMessage[]; next?: (m: InboundMessage) => Reply } {
  const calls: InboundMessage[] = [];
  const handler: MessageHandler & { calls: InboundMessage[]; next?: (m: InboundMessage) => Reply } = {
    calls,
    handle(message) {
      calls.push(message);
      if (handler.next) return handler.next(message);
      const lang = message.lang ?? (/\b(qui|que|qu'|combien|quoi)\b/i.test(message.text) ? "fr" : "en");
      const base: Reply = { answered: true, lang, intent: "test", text: "", quotes: [], figures: [], citations: [], suggestions: [] };
      const said = /(?:what did|qu'a dit) (.+?)(?: say)?\??$/i.exec(message.text);
      if (said) {
        const name = (said[1] as string).trim();
        const speaker = story.speakers.find((s) => [s.name, ...s.aliases].some((a) => a.toLowerCase() === name.toLowerCase()));
        const qs = story.quotes.filter((q) => q.speaker === speaker?.name);
        if (!speaker || !qs.length) return { ...base, answered: false, text: `The story does not say what ${name} said.`, suggestions: ["who spoke"] };
        return {
          ...base,
          intent: "said",
          text: `${speaker.name}:`,
          quotes: qs.map((q) => ({ speaker: q.speaker, text: q.text, kind: q.kind, sentence: q.sentence })),
          citations: qs.map((q) => ({ sentence: q.sentence, text: story.sentences[q.sentence]?.text ?? "" })),
        };
      }
      if (/troops|soldats/i.test(message.text)) {
        const f = story.figures.filter((x) => x.category === "troops");
        return { ...base, intent: "count", text: f.map((x) => `${x.text} (${x.claimedBy ?? "story"})`).join("; "), citations: f.map((x) => ({ sentence: x.sentence, text: story.sentences[x.sentence]?.text ?? "" })) };
      }
      if (/who spoke|qui a parlé/i.test(message.text)) {
        return { ...base, intent: "people", text: story.speakers.map((s) => (s.role ? `${s.name}, ${s.role}` : s.name)).join("; ") };
      }
      return { ...base, intent: "echo", text: `You asked: ${message.text}`, citations: [{ sentence: 0, text: story.sentences[0]?.text ?? "" }] };
    },
  };
  return handler;
}
