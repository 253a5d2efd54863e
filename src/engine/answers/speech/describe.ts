// « how did X describe Y »: the word or short phrase someone applied to something.
import type { Quote } from "../../../story/schema.js";
import type { Draft } from "../../compose.js";
import { guillemets, pick } from "../../compose.js";
import type { Ctx } from "../../context.js";
import { topicTerms } from "../../context.js";
import type { Entity } from "../../index.js";
import { describedIn } from "../../labels.js";
import { fold } from "../../text.js";
import { ownSentences } from "../stance.js";
import { ASKING_WORDS } from "./ask.js";
import { shadowsOf } from "./speaker.js";

// « how did X describe Y », « X a qualifié ça comment », « what did X call it »: the word X applied, not all X said
const DESCRIBE_ASK =
  /\b(?:describ\w*|characteri[sz]\w*|label+ed|termed|dubbed|qualifi\w*|decri\w*|decrit|traite\w*)\b|\b(?:what|how) (?:did|does|do|has|have|would) .{1,40} call\b|\bappel\w*\b.{0,30}\bcomment\b|\bcomment\b.{0,40}\bappel\w*|\b(?:qu'est-ce qu'|ce qu')(?:il|elle|ils|elles|on) (?:appel\w*|qualifi\w*)\b|\b(?:il|elle|ils|elles) (?:appel\w*|qualifi\w*) quoi\b/;
/** The verbs news writing describes something with, folded, per language. */
const DESCRIBE_VERB: Record<"en" | "fr", RegExp> = {
  en: /\b(?:called|calls|calling|described|describes|describing|labell?ed|termed|branded|dubbed|characteri[sz]ed|decried|hailed|slammed|denounced|condemned)\b/,
  fr: /\b(?:qualifi\w*|decri\w*|traite\w*|denonc\w*|fustig\w*|salu\w*|parle d\w*|evoqu\w*)\b/,
};
/** « called it an act of folly », « qualifié la décision de scandaleuse »: the words the verb applies. */
const DESCRIBE_COMPLEMENT: Record<"en" | "fr", RegExp> = {
  en: /\b(?:called|calls|calling|described|describes|describing|labell?ed|termed|branded|dubbed|characteri[sz]ed)\s+(?:(?:it|them|this|that|him|her|the\s+[\p{L}-]+)\s+)?(?:as\s+)?((?:an?\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,4})/u,
  fr: /\b(?:qualifi|trait|décri|decri)\p{L}*\s+(?:[^,.;«»"“”]{0,40}?\s)?(?:de|d['’]|comme)\s*((?:une?\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,3})/u,
};
const COMPLEMENT_END: Record<"en" | "fr", RegExp> = {
  en: /\s+(?:and|but|that|which|who|after|because|since|as|when|while|said|says)\b.*$/u,
  fr: /\s+(?:et|mais|qui|que|qu['’]|car|lors|après|avant|pour|par|avec|dans|sur|en|estimant|jugeant)\b.*$/u,
};

/**
 * The word or short quoted phrase someone applied to something (« how did X describe the delay »
 * → « a disgrace »), from the sentences that report them: short quoted words there, or the words
 * a verb of describing applies. null when none of their sentences describes anything.
 */
function describedAs(ctx: Ctx, e: Entity, all: Quote[]): Draft | null {
  const { index, lang } = ctx;
  const storyLang = index.story.lang;
  const terms = topicTerms(ctx).filter((t) => !ASKING_WORDS.has(t.word));
  const others = index.story.quotes.filter((q) => !all.includes(q));
  let best: { s: number; phrases: string[]; score: number } | null = null;
  for (const i of ownSentences(index, e, all.map((q) => q.sentence))) {
    const text = index.story.sentences[i]?.text ?? "";
    const f = fold(text);
    const verb = DESCRIBE_VERB[storyLang].test(f);
    // short quoted words, never someone else's
    const quoted = [...text.matchAll(/[«“"]\s*([^«»“”"]{1,80}?)\s*[»”"]/gu)]
      .map((m) => m[1]!.trim())
      .filter((p) => p.split(/\s+/).length <= 8 && !others.some((q) => fold(q.text).includes(fold(p))));
    const theirs = all.some((q) => q.sentence === i && q.kind === "direct" && q.text.split(/\s+/).length <= 8);
    let phrases = quoted;
    if (!phrases.length && verb) {
      const m = DESCRIBE_COMPLEMENT[storyLang].exec(text);
      const c = m?.[1]?.replace(COMPLEMENT_END[storyLang], "").trim();
      if (c && c.split(/\s+/).length >= 1) phrases = [c];
    }
    if (!phrases.length || (!verb && !theirs)) continue;
    const keys = index.sentences[i]?.keys;
    const score = (terms.length && keys && ctx.m.score(keys, terms) > 0 ? 2 : 0) + (verb ? 1 : 0) + (theirs ? 0.5 : 0);
    if (!best || score > best.score) best = { s: i, phrases, score };
  }
  if (!best) return null;
  const head = describedIn(e, storyLang, lang);
  return {
    answered: true,
    intent: "said",
    parts: [`${head}${pick(lang, " : ", ": ")}${best.phrases.slice(0, 3).map((p) => guillemets(p)).join(pick(lang, " ; ", "; "))}.`],
    cites: [best.s],
    focus: e.name,
  };
}

/** « how did X describe Y »: the words X applied to Y; null for any other question, or when no sentence of X describes. */
export function describing(ctx: Ctx): Draft | null {
  const e = ctx.entity;
  if (!e || !DESCRIBE_ASK.test(ctx.query.folded)) return null;
  return describedAs(ctx, e, [...e.quotes, ...shadowsOf(ctx, e).flatMap((x) => x.quotes)]);
}
