// « where / to whom did X say it »: the occasion or outlet the sentence of their words gives.
import type { Draft } from "../../compose.js";
import { pick } from "../../compose.js";
import type { Ctx } from "../../context.js";
import { topicTerms } from "../../context.js";
import { nameIn } from "../../labels.js";
import { words } from "../../text.js";
import { whOf } from "../reader.js";
import { distinct, ofName, speech } from "./shown.js";
import { quoteScore } from "./topic.js";

// Where and to whom words were said, as news writing reports it: the outlet after « told » or
// « au micro de », the occasion after « in a statement », « lors d'une conférence de presse ».
const SETTING: Record<"en" | "fr", RegExp[]> = {
  en: [
    /\b(?:told|telling)\s+((?:the\s+)?\p{Lu}[^,.;:"“”]{1,50}|reporters|journalists)/u,
    /\b(?:[Ss]peaking|[Ss]poke|[Ss]peaks)\s+(?:to|on|at|with|in|during)\s+[^,.;:"“”]{2,70}/u,
    /\b[Ii]n an? (?:interview|statement|video|post|speech|letter|op-ed|press release|news conference|press conference|broadcast|address|message)\b(?:\s+(?:with|to|on|at|for)\s+[^,.;:"“”]{2,40})?/u,
    /\b(?:[Aa]t|[Dd]uring) an? (?:[\p{Ll}-]+\s+){0,2}(?:press conference|news conference|conference|briefing|rally|meeting|summit|hearing|ceremony|event|visit|convention|session|forum)\b[^,.;:"“”]{0,40}/u,
    /\bon (?:social media|Twitter|Facebook|Telegram|television|TV|radio|state television)\b/u,
  ],
  fr: [
    /\ba (?:[\p{Ll}]+ment\s+)?(?:déclaré|dit|confié|affirmé|expliqué|indiqué|assuré|raconté|précisé|souligné)\s+(?:à|au|aux)\s+[^,.;:«»"“”]{2,50}/u,
    /\b(?:au micro d[eu']|sur l['’]antenne d[eu']|sur les ondes d[eu']|à l['’]antenne d[eu']|sur le plateau d[eu']|dans les colonnes d[eu']|au journal)\s*[^,.;:«»"“”]{2,50}/u,
    /\bdans (?:un|une|son|sa) (?:entretien|interview|vidéo|communiqué|message|discours|lettre|tribune|déclaration|allocution)\b[^,.;:«»"“”]{0,50}/u,
    /\b(?:lors|au cours) d['’](?:une?|son|sa) (?:conférence de presse|point de presse|point presse|réunion|visite|discours|sommet|audition|cérémonie|rencontre|inspection|entretien|convention|séance|congrès)\b[^,.;:«»"“”]{0,50}/u,
    /\b(?:interrogée?s?|jointe?s?|contactée?s?|citée?s?) par\s+[^,.;:«»"“”]{2,50}/u,
    /\bdevant (?:la presse|les journalistes|[^,.;:«»"“”]{2,40})/u,
  ],
};

/**
 * Where, to whom or on what occasion someone said their words (« il a dit ça sur quelle
 * chaîne ? », « where did X say it? »): the setting the sentence of their quote gives, in the
 * story's words, on the quote that best fits the question. null when no sentence gives one.
 */
export function speechSetting(ctx: Ctx): Draft | null {
  const e = ctx.entity;
  if (!e?.quotes.length) return null;
  const terms = topicTerms(ctx);
  const ranked = distinct(e.quotes)
    .map((q) => ({ q, s: quoteScore(ctx, q, terms) }))
    .sort((a, b) => b.s - a.s || a.q.sentence - b.q.sentence);
  const patterns = [...SETTING[ctx.index.story.lang], ...SETTING[ctx.index.story.lang === "fr" ? "en" : "fr"]];
  const name = nameIn(e, ctx.index.story.lang, ctx.lang);
  const where = whOf(ctx.query.folded) === "where";
  for (const { q } of ranked) {
    const text = ctx.index.story.sentences[q.sentence]?.text ?? "";
    // the setting lies outside the quoted words
    const outside = text.replace(/[«“"][^«»“”"]*[»”"]/gu, " ");
    for (const p of patterns) {
      const m = p.exec(outside);
      if (!m) continue;
      // the setting ends where what was said begins (« told X that … », « a déclaré à X que … »)
      const setting = m[0].trim().replace(/\s+(?:que|qu['’]|that|and|et|who|qui|when|quand|after|before|après|avant|if|si)\b.*$/u, "");
      return {
        answered: true,
        intent: "said",
        // the setting is the story's words about the telling, never the speaker's: not shown as a quote of theirs
        parts: [where ? pick(ctx.lang, `Où ${name} l'a dit, selon la dépêche : « ${setting} ».`, `Where ${name} said it, in the story's words: “${setting}”.`) : pick(ctx.lang, `Le cadre des propos ${ofName(name)}, selon la dépêche : « ${setting} ».`, `The setting of ${name}'s words, in the story's words: “${setting}”.`)],
        cites: [q.sentence],
        quotes: [speech(q)],
        focus: e.name,
      };
    }
  }
  return null;
}
