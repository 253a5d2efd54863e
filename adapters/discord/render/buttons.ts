import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponent } from "discord.js";
import { z } from "zod";
import type { Lang } from "../../../src/engine/reply.js";
import { LABELS } from "./labels.js";

/**
 * Buttons under an answer: the suggested questions (a click asks it in the same conversation)
 * and "More" when a long answer continues. Everything a click needs is in the custom_id, so a
 * suggestion still works after a restart; only "More" refers to a part kept in memory.
 */
export const ASK_PREFIX = "brief:ask:";
export const MORE_PREFIX = "brief:more:";

/** Discord's limits: 100 characters of custom_id, 80 of label, 5 buttons a row. */
const CUSTOM_ID_MAX = 100;
const LABEL_MAX = 80;
const ROW_MAX = 5;

/** One part of an answer as sent: its text, and the suggestions its last part offers. */
export interface AnswerPart {
  content: string;
  lang: Lang;
  suggestions: string[];
}

export type ButtonRow = APIActionRowComponent<APIButtonComponent>;

/** The parts of a long answer as the shared store gives them back: checked, since they come from the database. */
const StoredParts = z.array(z.object({ content: z.string(), lang: z.enum(["fr", "en"]), suggestions: z.array(z.string()) }));
export const parseAnswerParts = (value: unknown): AnswerPart[] | null => {
  const parsed = StoredParts.safeParse(value);
  return parsed.success ? parsed.data : null;
};

const label = (text: string) => (text.length <= LABEL_MAX ? text : `${text.slice(0, LABEL_MAX - 1)}…`);

/** The suggestions that fit in a button (a question too long for a custom_id is left out). */
export function suggestionButtons(suggestions: string[]): APIButtonComponent[] {
  return [...new Set(suggestions.map((s) => s.trim()).filter(Boolean))]
    .filter((q) => ASK_PREFIX.length + q.length <= CUSTOM_ID_MAX)
    .slice(0, ROW_MAX)
    .map((q) => ({ type: ComponentType.Button, style: ButtonStyle.Secondary, label: label(q), custom_id: ASK_PREFIX + q }));
}

/** The rows under one message: "More" while the answer goes on, the suggestions under its end. */
export function answerButtons(part: Pick<AnswerPart, "lang" | "suggestions">, moreId: string | null): ButtonRow[] {
  if (moreId) {
    return [{ type: ComponentType.ActionRow, components: [{ type: ComponentType.Button, style: ButtonStyle.Primary, label: LABELS[part.lang].more, custom_id: MORE_PREFIX + moreId }] }];
  }
  const buttons = suggestionButtons(part.suggestions);
  return buttons.length ? [{ type: ComponentType.ActionRow, components: buttons }] : [];
}

/** What a button's custom_id asks for, or null when it is not one of ours. */
export function readButton(customId: string): { kind: "ask"; question: string } | { kind: "more"; id: string } | null {
  if (customId.startsWith(ASK_PREFIX)) {
    const question = customId.slice(ASK_PREFIX.length).trim();
    return question ? { kind: "ask", question } : null;
  }
  if (customId.startsWith(MORE_PREFIX)) return { kind: "more", id: customId.slice(MORE_PREFIX.length) };
  return null;
}
