import type { Ctx } from "../../context.js";
import { questionTerms } from "../../evidence.js";
import type { Term } from "../../query.js";
import { centralSentences } from "../general.js";
import { defined } from "./defined.js";
import { whOf } from "./wh.js";

// Which questions an intent took from one loose cue the general reader should try first (a summary cue with a subject, a classifier's guess).

const CALL_ASKED = /\b(?:call|calls|called|calling|phone\w*|telephon\w*|rang|ring|appel(?:e|ee|ait|ant|er|eront|a)?|a appele|entretien|conversation|contact\w*)\b/;
const CALL_REASON = /^(?:why|pourquoi|when|quand|where|ou)\b/;
/** What a summary question says besides asking for one: « what happened in X » names its subject. */
const SUMMARY_WORDS_FR = "resume resumer resumez article info infos histoire situation gros deux mots stp svp bref essentiel depeche quoi passe neuf moi nouvelles nouvelle parle parler raconte raconter ici principal principale actu actus actualite sujet";
const SUMMARY_WORDS_EN = "summary summarise summarize article story news info quick pls please tldr brief about what happened new tell me here going on happening main latest headline headlines gist topic";
const SUMMARY_WORDS = new Set(`${SUMMARY_WORDS_FR} ${SUMMARY_WORDS_EN}`.split(" "));
/** The nouns by which a reader asks for the news itself (« c'est quoi l'info », "what's the main news"), per language. */
const NEWS_NOUNS = { fr: new Set("info infos histoire nouvelles nouvelle actu actus actualite sujet depeche article essentiel".split(" ")), en: new Set("news story info headline headlines gist topic article".split(" ")) };

/** The verbs and words by which a reader asks what the story is about (« ça parle de quoi », "what's going on"), per language. */
const ABOUT_WORDS = { fr: new Set("parle parler passe raconte".split(" ")), en: new Set("about going happening".split(" ")) };
/** Nouns for the matter a whole story is about (« cette affaire », "this tension"), per language: after a demonstrative, the story itself. */
const MATTER_NOUNS = {
  fr: new Set("tension tensions conflit crise affaire polemique scandale dossier differend situation histoire".split(" ")),
  en: new Set("tension tensions conflict crisis affair dispute row controversy scandal standoff situation".split(" ")),
};
const DEMONSTRATIVE = { fr: /\b(?:ce|cet|cette|ces)\b/, en: /\b(?:this|that|these|those)\b/ };

/**
 * « c'est quoi l'actu ? », "what's the latest story here", « ça raconte quoi ? », "what is this
 * dispute about": a what-question whose every word asks for the news itself (a news noun, a word
 * for what a story is about, the matter after a demonstrative, and nothing the story could be
 * searched for) wants the summary, not a sentence that happens to hold « info ».
 */
export function asksNews(ctx: Ctx): boolean {
  // the words that say what is asked (« ça », "this", "exactly") set aside
  const terms = questionTerms(ctx);
  if (!terms.length || ctx.hits.some((h) => h.by === "name")) return false;
  const f = ctx.query.folded;
  const matter = (w: string) => (MATTER_NOUNS.fr.has(w) && DEMONSTRATIVE.fr.test(f)) || (MATTER_NOUNS.en.has(w) && DEMONSTRATIVE.en.test(f));
  if (!terms.every((t) => SUMMARY_WORDS.has(t.word) || matter(t.word))) return false;
  return terms.some((t) => NEWS_NOUNS.fr.has(t.word) || NEWS_NOUNS.en.has(t.word) || ABOUT_WORDS.fr.has(t.word) || ABOUT_WORDS.en.has(t.word) || matter(t.word));
}

/** Whether the story's lead holds every word of a summary question besides its asking (« what's going on in X » of the story's own X). */
function leadHolds(ctx: Ctx, terms: Term[]): boolean {
  const lead = centralSentences(ctx.index)[0];
  const keys = lead ? ctx.index.sentences[lead.index]?.keys : undefined;
  return keys !== undefined && terms.every((t) => ctx.m.has(keys, t));
}

/**
 * Whether a question an intent read from one loose cue is a plain factual one the reader should
 * try first: a classifier's « help » guess, « what happened to X » (a summary cue with a subject),
 * a « call » read from a word that names no call (« initiative ») or asking why or when of one.
 */
export function readerFirst(ctx: Ctx): boolean {
  const { intent, source } = ctx.reading;
  const f = ctx.query.folded;
  if (intent === "help") return source === "classifier";
  // « c'est quoi une grenade X ? » guessed off topic by the classifier: the story's own definition of X, when it writes one
  if (source === "classifier" && intent === "offtopic" && whOf(f) === "what") {
    const d = defined(ctx);
    if (d !== null && d !== "name") return true;
  }
  // « c'est quoi cette affaire ? »: the news itself, whatever kind the classifier guessed
  if (source === "classifier" && whOf(f) === "what" && asksNews(ctx)) return true;
  // « is the sale stopped? », « are exports growing? »: a yes/no question the classifier took for another kind
  if (source === "classifier" && whOf(f) === "yesno" && intent !== "said") return true;
  // « why are X banned? »: a reason, never a list of people or a figure the classifier guessed
  if (source === "classifier" && whOf(f) === "why") return true;
  // « what happened to X » reads X's sentence; « what's going on in X » of the X the story's lead is about is the summary
  if (intent === "summary") {
    const rest = ctx.query.terms.filter((t) => !SUMMARY_WORDS.has(t.word));
    return rest.length > 0 && !leadHolds(ctx, rest);
  }
  if (intent === "call") return !CALL_ASKED.test(f) || CALL_REASON.test(f.replace(/^(?:and|et|so|alors)\s+/, ""));
  return false;
}
