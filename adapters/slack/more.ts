import { z } from "zod";
import type { Lang } from "../../src/engine/reply.js";
import type { SlackContext, SlackPart } from "./context.js";
import { moreActions, type ButtonTarget } from "./render/buttons.js";
import type { SlackMessage } from "./render/limits.js";

/** A message with a "More" button for the part after it (packMessages leaves a block free for it). */
function withMore(message: SlackMessage, moreId: string | null, lang: Lang, target: ButtonTarget): SlackMessage {
  return moreId ? { text: message.text, blocks: [...message.blocks, moreActions(moreId, lang, target)] } : message;
}

/**
 * The message to send now for an answer of one or more messages: the first, with "More" when
 * others follow (they wait in ctx.continuations until clicked). undefined for no message.
 */
export async function firstPart(ctx: SlackContext, messages: SlackMessage[], lang: Lang, target: ButtonTarget): Promise<SlackMessage | undefined> {
  const [first, ...rest] = messages;
  if (!first) return undefined;
  const moreId = rest.length ? await ctx.continuations.put(rest.map((message): SlackPart => ({ message, lang }))) : null;
  return withMore(first, moreId, lang, target);
}

/** The next part of a long answer for a "More" click, or null when it has expired. */
export async function nextPart(ctx: SlackContext, id: string, target: ButtonTarget): Promise<SlackMessage | null> {
  const taken = await ctx.continuations.take(id);
  return taken ? withMore(taken.next.message, taken.moreId, taken.next.lang, target) : null;
}

/** The parts of a long answer as the shared store gives them back: checked, since they come from the database. */
const StoredParts = z.array(
  z.object({
    message: z.object({ text: z.string(), blocks: z.array(z.looseObject({ type: z.string() })) }),
    lang: z.enum(["fr", "en"]),
  }),
);

export function parseParts(value: unknown): SlackPart[] | null {
  const parsed = StoredParts.safeParse(value);
  // The blocks were rendered by this bot and stored as they were: their shape is checked above.
  return parsed.success ? (parsed.data as unknown as SlackPart[]) : null;
}
