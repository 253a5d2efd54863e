import type { InboundMessage, MessageHandler } from "../../../src/adapter/types.js";
import type { Reply } from "../../../src/engine/reply.js";
import type { Logger } from "../../../src/log.js";

/**
 * A transparent MessageHandler for adapter tests: it echoes the question and counts turns per
 * conversation, so a test can see exactly what the adapter passed in (text, user, conversation,
 * language). "long" gets an answer too big for one Slack message; "boom" throws.
 */
export function echoHandler(): MessageHandler & { seen: InboundMessage[] } {
  const seen: InboundMessage[] = [];
  const turns = new Map<string, number>();
  return {
    seen,
    handle(m: InboundMessage): Reply {
      seen.push(m);
      if (m.text === "boom") throw new Error("engine exploded");
      const turn = (turns.get(m.conversationId) ?? 0) + 1;
      turns.set(m.conversationId, turn);
      const long = m.text === "long";
      return {
        answered: true,
        lang: m.lang ?? "en",
        intent: "echo",
        text: `You asked: ${m.text} (turn ${turn})`,
        quotes: [{ speaker: "Jan Novak", text: "Ces exercices sont purement défensifs", kind: "direct", sentence: 1 }],
        figures: [],
        citations: long
          ? Array.from({ length: 700 }, (_, i) => ({ sentence: i, text: `Cited sentence number ${i}.` }))
          : [{ sentence: 1, text: "« Ces exercices sont purement défensifs », a déclaré le porte-parole Jan Novak." }],
        suggestions: [],
      };
    },
  };
}

/** A logger that keeps its lines, to assert on warnings. */
export function memoryLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const at = (level: string) => (msg: string, fields?: Record<string, unknown>) => {
    lines.push(`${level} ${msg}${fields ? ` ${JSON.stringify(fields, (_k, v: unknown) => (v instanceof Error ? v.message : v))}` : ""}`);
  };
  return { lines, debug: () => {}, info: at("info"), warn: at("warn"), error: at("error") };
}
