// How someone's words are shown in an answer: a quote whole or framed, reported words short, a position with its verb.
import type { Quote } from "../../../story/schema.js";
import type { Draft } from "../../compose.js";
import { guillemets, pick } from "../../compose.js";
import type { Ctx } from "../../context.js";
import type { Entity } from "../../index.js";
import { describedIn } from "../../labels.js";
import type { QuotedSpeech } from "../../reply.js";
import { fold, words } from "../../text.js";
import { FRAGMENT_WORDS, fragmentFrame, quotedWithin, type Stance } from "../stance.js";
import { speechLexicon } from "../../../story/lang/index.js";

/** A quote as the reply carries it. */
export function speech(q: Quote): QuotedSpeech {
  return { speaker: q.speaker, text: q.text, kind: q.kind, sentence: q.sentence };
}

const frameMemo = new WeakMap<Quote, Map<Entity, string | null>>();

/**
 * A direct quote as an answer shows it: whole in « », or, when it is a fragment of a few words,
 * with the story's words around it (« a été aussitôt condamnée comme une « provocation » ») in the
 * story's language, beside the fragment alone when the answer is in the other language.
 */
export function shownQuote(ctx: Ctx, e: Entity, q: Quote, text: string): string {
  if (q.kind !== "direct" || text !== q.text || q.text.split(/\s+/).length > FRAGMENT_WORDS) return guillemets(text);
  let byEntity = frameMemo.get(q);
  if (!byEntity) frameMemo.set(q, (byEntity = new Map()));
  let frame = byEntity.get(e);
  if (frame === undefined) byEntity.set(e, (frame = fragmentFrame(ctx.index.story.lang, e, ctx.index.story.sentences[q.sentence]?.text ?? "", q.text)));
  if (!frame) return guillemets(text);
  return ctx.lang === ctx.index.story.lang ? frame : `${guillemets(text)} (${pick(ctx.lang, "dans les mots de la dépêche", "in the story's words")} : “${frame}”)`.replace(" : “", ctx.lang === "en" ? ": “" : " : “");
}

/** Drops quotes contained in a longer one already shown (an embedded « … » inside reported speech). */
export function distinct(quotes: Quote[]): Quote[] {
  return quotes.filter((q) => !quotes.some((o) => o.text.length > q.text.length && fold(o.text).includes(fold(q.text))));
}

/** The statements a reported clause joins (« A, et que B », « A and that B »). */
export function statements(text: string): string[] {
  return text
    .split(/,?\s+(?:et|mais|ou|jugeant|estimant|affirmant|ajoutant|assurant|soulignant|expliquant|précisant|rappelant|déplorant|regrettant)\s+qu(?:e\s+|['’])|,?\s+(?:and|but|or|saying|adding|arguing|insisting|noting|warning|claiming)\s+that\s+|,\s+(?=sans préciser|sans donner|without (?:saying|giving|specifying))/u)
    .map((x) => x.trim().replace(/[.\s]+$/, ""))
    .filter((x) => x.length > 0);
}

/** Reported words longer than this are read for the speaker's own words inside them. */
export const CLAUSE_WORDS = 11;

/**
 * Reported words that quote the speaker inside them (« a jugé « impératif » mardi que … : « Elles
 * représentent … » »): the quoted words, the speaker's own, shown in « » without the reporting
 * clause around them, which is the story's paraphrase pasted. Words already short, or whose quoted
 * words are only a few (a scare quote: « viole l'esprit » de l'Acte …), come back as they are.
 */
export function reportedShort(lang: "en" | "fr", text: string): string {
  const t = text.trim().replace(/[.\s]+$/, "");
  if (t.split(/\s+/).length <= CLAUSE_WORDS) return t;
  return quotedWithin(lang, t) ?? t;
}

/** Someone's positions as the story reports them, its verb kept (« s'est engagée à … »). */
export function stanceDraft(ctx: Ctx, e: Entity, stances: Stance[], intent = "said"): Draft {
  const { index, lang } = ctx;
  const lines = stances.slice(0, 2).map((x) => `${x.verb ? `${x.verb} ` : ""}${x.content}${x.via ? ` (${x.via})` : ""}`);
  const head = describedIn(e, index.story.lang, lang);
  return {
    answered: true,
    parts: [pick(lang, `${head}, selon la dépêche (propos rapportés) : ${lines.join(" ; ")}.`, `${head}, as the story reports it (not a direct quote): ${lines.join("; ")}.`)],
    intent,
    cites: stances.slice(0, 2).map((x) => x.sentence),
    focus: e.name,
  };
}

/**
 * Reported words put back after their verb: a language whose verbs of saying take no bare clause
 * gets its complementizer back (« a répondu que l'État … », not « a répondu l'État … »), unless the
 * verb asks or judges or the words open on what such a verb takes (« à la direction de … », « de verser … »).
 */
export function clauseAfterVerb(lang: "en" | "fr", verb: string, text: string): string {
  const lex = speechLexicon(lang);
  if (lex.bareClause) return text;
  // a verb of asking or judging takes its object, not a clause (« accuse la direction d'avoir … »)
  const v = fold(verb.split(/\s+/).pop() ?? "");
  if (lex.directiveWords.has(v) || lex.evalWords.has(v) || [...lex.directiveStems, ...lex.evalStems].some((x) => v.startsWith(x))) return text;
  const first = fold(text.split(/\s+/)[0] ?? "").replace(/’/g, "'");
  const elided = /^([a-z]+')/.exec(first)?.[1] ?? "";
  if ([first, elided].some((w) => lex.infinitiveMarkers.has(w) || lex.datives.has(w) || lex.complementizers.has(w))) return text;
  const que = [...lex.complementizers].sort((a, b) => b.length - a.length);
  const full = que.find((c) => !c.endsWith("'")) ?? "";
  const short = que.find((c) => c.endsWith("'"));
  return short && /^[aeiouyhàâéèêîôû]/i.test(text) ? `${short}${text}` : `${full} ${text}`;
}

/** « de X », « d'Emmanuel X »: French elides before a vowel. */
export function ofName(name: string): string {
  return /^[aeiouyhàâéèêîôû]/i.test(name) ? `d'${name}` : `de ${name}`;
}
