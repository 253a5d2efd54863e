import type { Draft } from "../compose.js";
import { excerpt, guillemets, pick, snippet } from "../compose.js";
import type { Ctx } from "../context.js";
import type { Lang } from "../reply.js";
import type { StoryIndex } from "../index.js";
import { fold } from "../text.js";
import { read } from "./reader.js";
import { roleOf } from "./roles.js";
import { roleIn } from "../labels.js";

/** Questions this story can answer, to offer when a question cannot be. */
export function suggestions(index: StoryIndex, lang: Lang): string[] {
  const out: string[] = [pick(lang, "Qui a parlé ?", "Who spoke?")];
  const quoted = index.entities.find((e) => e.kind === "person" && e.quotes.length > 0) ?? index.entities.find((e) => e.quotes.length > 0);
  if (quoted) out.push(pick(lang, `Qu'a dit ${quoted.name} ?`, `What did ${quoted.name} say?`));
  if (index.figures.some((f) => f.figure.category === "troops")) out.push(pick(lang, "Combien de soldats ?", "How many troops?"));
  out.push(pick(lang, "Résumé", "Summary"));
  return out;
}

export function help(ctx: Ctx): Draft {
  const { lang, index } = ctx;
  const s = suggestions(index, lang);
  return {
    answered: true,
    intent: "help",
    parts: [
      pick(
        lang,
        "Je réponds aux questions sur la dépêche : qui a parlé, ce qu'a dit quelqu'un, qui a dit une phrase, qui est quelqu'un, combien de soldats et selon qui, qui a appelé qui, quand, où, quels équipements, ou un résumé.",
        "I answer questions about the dispatch: who spoke, what someone said, who said a phrase, who someone is, how many troops and by whose count, who called whom, when, where, what equipment, or a summary.",
      ),
      pick(lang, `Par exemple : ${s.join(" · ")}`, `For example: ${s.join(" · ")}`),
    ],
    cites: [],
    suggestions: s,
    focus: null,
  };
}

/** The plain « the story does not say », with what can be asked instead. */
export function decline(ctx: Ctx, reason?: string): Draft {
  const { lang, index } = ctx;
  const s = suggestions(index, lang);
  return {
    answered: false,
    intent: "decline",
    // the suggestions are not in the text: each renderer shows them once, beneath it (a line, buttons)
    parts: [reason ?? pick(lang, "La dépêche ne le dit pas.", "The story does not say.")],
    cites: [],
    suggestions: s,
  };
}

/** Summaries depend on the story and the language alone: composed once for each, handed out as copies. */
const summaries = new WeakMap<StoryIndex, Map<Lang, Draft>>();

/**
 * The story in a few lines: the lead's core (its densest ten words: names, places, numbers), who
 * is in it with their roles, and its main figures with their sources; the lead itself is cited.
 */
export function summary(ctx: Ctx): Draft {
  const { lang, index } = ctx;
  let byLang = summaries.get(index);
  if (!byLang) summaries.set(index, (byLang = new Map()));
  const known = byLang.get(lang);
  if (known) return { ...known, parts: [...known.parts], cites: [...known.cites] };
  const lead = index.story.sentences.find((s) => s.text.split(/\s+/).length >= 8) ?? index.story.sentences[0];
  if (!lead) return decline(ctx);
  const draft = composeSummary(index, lang, lead);
  byLang.set(lang, draft);
  return { ...draft, parts: [...draft.parts], cites: [...draft.cites] };
}

function composeSummary(index: StoryIndex, lang: Lang, lead: StoryIndex["story"]["sentences"][number]): Draft {
  const people = index.entities
    .filter((e) => e.kind === "person")
    .sort((a, b) => b.quotes.length + b.mentions.length - (a.quotes.length + a.mentions.length))
    .slice(0, 4)
    .map((e) => {
      const role = roleOf(index, e);
      const r = role && lang === "en" ? roleIn(role, index.story.lang, "en") : role;
      return r && r.split(/\s+/).length <= 10 ? `${e.name} (${r})` : e.name;
    });
  const orgs = index.entities.filter((e) => e.kind !== "person" && e.quotes.length > 0).slice(0, 3).map((e) => (lang === "en" ? roleIn(e.name, index.story.lang, "en") : e.name));
  const figures = index.figures
    .filter((f) => !f.zero && f.figure.category !== "date" && f.figure.category !== "age" && f.figure.value >= 2)
    .sort((a, b) => (a.figure.category === "troops" ? 0 : 1) - (b.figure.category === "troops" ? 0 : 1) || a.figure.sentence - b.figure.sentence)
    .slice(0, 3)
    .map((f) => f.figure.text);
  const parts = [pick(lang, `En bref : ${denseWindow(lead.text, "fr")}.`, `In short: ${denseWindow(lead.text, "en")}.`)];
  if (people.length) parts.push(pick(lang, `Qui : ${people.join(" ; ")}.`, `Who: ${people.join("; ")}.`));
  if (orgs.length) parts.push(pick(lang, `S'expriment aussi : ${orgs.join(", ")}.`, `Also speaking: ${orgs.join(", ")}.`));
  if (figures.length) parts.push(pick(lang, `Chiffres : ${figures.map(guillemets).join(", ")}.`, `Figures: ${figures.map(guillemets).join(", ")}.`));
  const cites = [lead.index, ...index.figures.filter((f) => figures.includes(f.figure.text)).map((f) => f.figure.sentence)];
  return { answered: true, intent: "summary", parts, cites };
}

/** The ten words of a sentence that hold most names, places and numbers, in the story's quotation marks. */
function denseWindow(text: string, lang: Lang): string {
  const ws = text.split(/\s+/);
  const weight = (w: string, i: number) => (/\d/.test(w) ? 1 : 0) + (i > 0 && /^\p{Lu}/u.test(w) ? 1 : 0);
  let best = 0;
  let bestScore = -1;
  for (let s = 0; s + 10 <= Math.max(ws.length, 10); s++) {
    let score = 0;
    for (let k = s; k < Math.min(ws.length, s + 10); k++) score += weight(ws[k]!, k);
    // a lead says its news first: its opening words are worth more than its attribution
    score -= 0.2 * s;
    if (score > bestScore) {
      bestScore = score;
      best = s;
    }
  }
  return snippet(text, ws.slice(best, best + 10).join(" "), 10, lang === "en" && /[éèàç]/.test(text) ? "fr" : lang);
}

const NAMING_WORDS = /\b(?:baptise|baptisee|nomme|nommee|appele|appelee|denomme|surnomme|intitule|baptises|named|dubbed|called|code-named)\b/;

/** What something is called: the naming sentence (« Baptisé « … », l'exercice … ») that fits best. */
export function naming(ctx: Ctx): Draft {
  const { index, m, lang } = ctx;
  const candidates = index.story.sentences.filter((s) => NAMING_WORDS.test(fold(s.text)));
  const best = candidates.map((s) => ({ s, score: m.score(index.sentences[s.index]!.keys) })).sort((a, b) => b.score - a.score)[0];
  if (!best || best.score <= 0) return read(ctx) ?? decline(ctx);
  const word = NAMING_WORDS.exec(fold(best.s.text))?.[0] ?? null;
  const at = word ? fold(best.s.text).indexOf(word) : -1;
  const around = at >= 0 ? best.s.text.slice(at, at + word!.length) : null;
  return { answered: true, intent: "name", parts: [pick(lang, `Le nom : ${snippet(best.s.text, around, 10, index.story.lang)}`, `The name: ${snippet(best.s.text, around, 10, index.story.lang)}`)], cites: [best.s.index] };
}

/** Last resort: the sentence that shares most of the question's words, when it shares enough. */
export function search(ctx: Ctx): Draft | null {
  const { index, m, query, lang } = ctx;
  const total = query.terms.reduce((n, t) => n + m.weight(t), 0);
  if (!total || query.terms.length < 2) return null;
  let best = -1;
  let bestScore = 0;
  for (const s of index.sentences) {
    const sc = m.score(s.keys);
    if (sc > bestScore) {
      bestScore = sc;
      best = s.index;
    }
  }
  const found = best >= 0 ? m.found(index.sentences[best]!.keys).length : 0;
  if (best < 0 || bestScore / total < 0.6 || found < 2) return null;
  const text = index.story.sentences[best]!.text;
  return { answered: true, intent: "search", parts: [pick(lang, `La dépêche dit : ${guillemets(excerpt(text, 500))}`, `The dispatch says: ${guillemets(excerpt(text, 500))}`)], cites: [best] };
}
