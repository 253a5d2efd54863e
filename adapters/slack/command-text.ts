import { z } from "zod";
import type { Lang } from "../../src/engine/reply.js";

/** What `/brief …` asks for, once its text is parsed. */
export type BriefAction =
  | { kind: "briefing" }
  | { kind: "ask"; question: string }
  | { kind: "who" }
  | { kind: "quotes"; person: string | null }
  | { kind: "troops" }
  | { kind: "help" }
  | { kind: "subscribe"; time: string; timezone: string; lang: Lang | null }
  | { kind: "unsubscribe" }
  | { kind: "subscriptions" };

export interface BriefCommand {
  action: BriefAction;
  /** `-p` / `--private`: only the asker sees the answer. */
  private: boolean;
  /** `--fr` / `--en`, or a French keyword: forces the answer's language. */
  lang: Lang | null;
}

const Time = z.string().regex(/^([01]?\d|2[0-3]):[0-5]\d$/, "the time must be HH:MM, e.g. 08:00");
// Shape only: the subscription service checks the zone really exists.
const TimeZone = z.string().regex(/^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/, "the time zone must be an IANA name, e.g. Europe/Paris");
const LangArg = z.enum(["fr", "en"], { error: "the language must be fr or en" });
const SubscribeArgs = z
  .array(z.string())
  .min(2, "usage: /brief subscribe HH:MM Area/City [fr|en], e.g. /brief subscribe 08:00 Europe/Paris fr")
  .max(3, "usage: /brief subscribe HH:MM Area/City [fr|en], e.g. /brief subscribe 08:00 Europe/Paris fr")
  .transform((a) => ({ time: a[0] ?? "", timezone: a[1] ?? "", lang: a[2] ?? null }))
  .pipe(z.object({ time: Time, timezone: TimeZone, lang: LangArg.nullable() }));

const flags: Record<string, { private?: true; lang?: Lang }> = {
  "-p": { private: true },
  "--private": { private: true },
  "--fr": { lang: "fr" },
  "--en": { lang: "en" },
};

/** One-word commands, in English and French (a French keyword also means a French answer). */
const keywords: Record<string, { kind: "who" | "quotes" | "troops" | "help"; lang: Lang | null }> = {
  who: { kind: "who", lang: null },
  qui: { kind: "who", lang: "fr" },
  quotes: { kind: "quotes", lang: null },
  citations: { kind: "quotes", lang: "fr" },
  troops: { kind: "troops", lang: null },
  troupes: { kind: "troops", lang: "fr" },
  help: { kind: "help", lang: null },
  aide: { kind: "help", lang: "fr" },
  "?": { kind: "help", lang: null },
};

/**
 * The text after `/brief`. Flags are whole words anywhere; the first remaining word picks a
 * subcommand, and anything else is a question for the engine. `fail` receives a message and
 * returns what the caller gives back for an invalid command.
 */
function readBriefCommand<F>(text: string, fail: (message: string) => F): BriefCommand | F {
  let isPrivate = false;
  let lang: Lang | null = null;
  const words: string[] = [];
  for (const word of text.trim().split(/\s+/)) {
    if (!word) continue;
    const flag = flags[word.toLowerCase()];
    if (flag) {
      isPrivate ||= flag.private === true;
      lang = flag.lang ?? lang;
    } else words.push(word);
  }
  const done = (action: BriefAction, forced: Lang | null = null): BriefCommand => ({ action, private: isPrivate, lang: lang ?? forced });
  const [first, ...rest] = words;
  if (first === undefined) return done({ kind: "briefing" });
  const head = first.toLowerCase();
  if (rest.length === 0 && (head === "fr" || head === "en")) return done({ kind: "briefing" }, head);

  const keyword = keywords[head];
  if (keyword && (rest.length === 0 || keyword.kind === "quotes")) {
    if (keyword.kind === "quotes") return done({ kind: "quotes", person: rest.length ? rest.join(" ") : null }, keyword.lang);
    return done({ kind: keyword.kind }, keyword.lang);
  }
  if (head === "subscribe") {
    const args = SubscribeArgs.safeParse(rest);
    if (!args.success) return fail(args.error.issues[0]?.message ?? "invalid subscription");
    return done({ kind: "subscribe", ...args.data });
  }
  if (head === "unsubscribe" && rest.length === 0) return done({ kind: "unsubscribe" });
  if (head === "subscriptions" && rest.length === 0) return done({ kind: "subscriptions" });
  return done({ kind: "ask", question: words.join(" ") });
}

const MAX_COMMAND_TEXT = 4000;
const TOO_LONG = "that is too long for a question";

/** The text after `/brief` as a schema (the same reading as parseBriefCommand). */
export const BriefCommandText = z
  .string()
  .max(MAX_COMMAND_TEXT, TOO_LONG)
  .transform((text, ctx): BriefCommand | typeof z.NEVER =>
    readBriefCommand(text, (message) => {
      ctx.addIssue({ code: "custom", message });
      return z.NEVER;
    }),
  );

export type ParsedBriefCommand = { ok: true; command: BriefCommand } | { ok: false; error: string };

export function parseBriefCommand(text: string): ParsedBriefCommand {
  // Every slash command goes through here: read it directly rather than through the schema's
  // parse machinery (same checks, same messages); anything but a string still gets the schema's error.
  if (typeof text === "string") {
    if (text.length > MAX_COMMAND_TEXT) return { ok: false, error: TOO_LONG };
    let error: string | undefined;
    const command = readBriefCommand(text, (message) => {
      error = message;
      return null;
    });
    return command ? { ok: true, command } : { ok: false, error: error ?? "I could not read that command" };
  }
  const parsed = BriefCommandText.safeParse(text);
  if (parsed.success) return { ok: true, command: parsed.data };
  return { ok: false, error: parsed.error.issues[0]?.message ?? "I could not read that command" };
}
