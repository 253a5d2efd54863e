import type { types } from "@slack/bolt";
import type { Lang } from "../../../src/engine/reply.js";

/**
 * Block Kit buttons under an answer: the suggested questions (a click asks it in the same
 * conversation) and "More" when a long answer goes on. A button's value carries what the click
 * needs: the question or the id of the rest, the conversation, and how the answer was sent
 * (in a thread or DM with chat.postMessage, or through the slash command's response_url).
 */
export const ASK_ACTION = "brief_ask";
export const MORE_ACTION = "brief_more";
/** Every action id the bot listens to starts with this. */
export const ACTION_PATTERN = /^brief_(ask|more)(_\d+)?$/;

export type Via = "thread" | "respond";

/** Where an answer's buttons lead: its conversation, and how it was sent. */
export interface ButtonTarget {
  conversationId: string;
  via: Via;
  /** For `respond`: whether the answer was visible to the channel or to the asker alone. */
  visibility?: "in_channel" | "ephemeral";
}

export interface ButtonValue {
  /** The question to ask, or (More) the id of the rest. */
  q?: string;
  m?: string;
  c: string;
  v: Via;
  e?: boolean;
}

/** Slack's limits: 75 characters of button text, 2,000 of value, 25 elements an actions block. */
const LABEL_MAX = 75;
const VALUE_MAX = 2000;
const BUTTONS_MAX = 5;

const label = (text: string) => (text.length <= LABEL_MAX ? text : `${text.slice(0, LABEL_MAX - 1)}…`);

const valueOf = (target: ButtonTarget, what: { q: string } | { m: string }): string =>
  JSON.stringify({ ...what, c: target.conversationId, v: target.via, ...(target.visibility === "ephemeral" ? { e: true } : {}) });

function button(text: string, actionId: string, value: string, primary = false): types.Button {
  // plain_text: a question from the story is shown as typed, never parsed as markup.
  return { type: "button", text: { type: "plain_text", text: label(text), emoji: false }, action_id: actionId, value, ...(primary ? { style: "primary" as const } : {}) };
}

/** An actions block with a button for each suggestion (those that fit), or null. */
export function suggestionActions(suggestions: string[], target: ButtonTarget): types.ActionsBlock | null {
  const questions = [...new Set(suggestions.map((s) => s.trim()).filter(Boolean))];
  const elements = questions
    .map((q, i) => button(q, `${ASK_ACTION}_${i}`, valueOf(target, { q })))
    .filter((b) => (b.value ?? "").length <= VALUE_MAX)
    .slice(0, BUTTONS_MAX);
  return elements.length ? { type: "actions", elements } : null;
}

const MORE: Record<Lang, string> = { en: "More", fr: "Suite" };

/** The "More" button under the part of a long answer that has a next one. */
export function moreActions(id: string, lang: Lang, target: ButtonTarget): types.ActionsBlock {
  return { type: "actions", elements: [button(MORE[lang], MORE_ACTION, valueOf(target, { m: id }), true)] };
}

/** A button's value as the bot wrote it, or null when it is not one (checked: it comes back from outside). */
export function readButtonValue(value: unknown): ButtonValue | null {
  if (typeof value !== "string") return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return null;
  }
  const v = parsed as Partial<ButtonValue> | null;
  if (!v || typeof v.c !== "string" || (v.v !== "thread" && v.v !== "respond")) return null;
  if (typeof v.q !== "string" && typeof v.m !== "string") return null;
  return { c: v.c, v: v.v, ...(typeof v.q === "string" ? { q: v.q } : {}), ...(typeof v.m === "string" ? { m: v.m } : {}), ...(v.e ? { e: true } : {}) };
}
