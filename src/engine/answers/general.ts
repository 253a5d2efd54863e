import type { Draft } from "../compose.js";
import { excerpt, guillemets, pick, snippet } from "../compose.js";
import type { Ctx } from "../context.js";
import type { Lang } from "../reply.js";
import type { StoryIndex } from "../index.js";
import { fold } from "../text.js";
import { read } from "./reader.js";

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
    parts: [reason ?? pick(lang, "La dépêche ne le dit pas.", "The story does not say."), pick(lang, `Vous pouvez demander : ${s.join(" · ")}`, `You can ask: ${s.join(" · ")}`)],
    cites: [],
    suggestions: s,
  };
}

export function summary(ctx: Ctx): Draft {
  const { lang, index } = ctx;
  const first = index.story.sentences[0];
  if (!first) return decline(ctx);
  const people = index.entities.filter((e) => e.kind === "person").map((e) => e.name);
  const troops = index.figures.filter((f) => f.figure.category === "troops" && !f.zero).map((f) => f.figure.text);
  const parts = [pick(lang, `En bref : ${excerpt(first.text, 360)}`, `In short (from the dispatch): ${excerpt(first.text, 360)}`)];
  if (people.length) parts.push(pick(lang, `Personnes citées : ${people.join(", ")}.`, `People named: ${people.join(", ")}.`));
  if (troops.length) parts.push(pick(lang, `Chiffres : ${troops.map(guillemets).join(", ")}.`, `Figures: ${troops.map(guillemets).join(", ")}.`));
  const cites = [first.index, ...index.figures.filter((f) => f.figure.category === "troops" && !f.zero).map((f) => f.figure.sentence)];
  return { answered: true, intent: "summary", parts, cites };
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
