import type { Lang } from "./reply.js";
import { fold } from "./text.js";
import { CALENDAR, monthForms } from "../story/lang/calendar.js";

/**
 * The chat around a question: greetings and thanks, « tl;dr », « in English please », markdown
 * and emoji, a question in a language the bot does not answer in, and elliptical follow-ups
 * (« and in Spain? », « why? ») completed from the previous question. Pure text in, a reading out.
 */

/** French courtesy words: a bare « bonjour » is answered in French. */
export const FRENCH_COURTESY = /^(?:bonjour|bonsoir|salut|coucou|merci|parfait|genial|super|d'accord|dac)\b/i;

export interface ChatReading {
  /** The question once the chat around it is taken off ("" when nothing is left to answer). */
  question: string;
  greeting: boolean;
  thanks: boolean;
  /** « in English please », « en français stp »: the language asked for. */
  lang: Lang | null;
  /** A question in German, Spanish, Italian or Portuguese (a hello or thanks in one too). */
  foreign: boolean;
  /** « which languages do you speak? »: answered with the languages the bot answers in. */
  languages: boolean;
}

/** Markdown marks, emoji and repeated punctuation: decoration, not words. */
export function clean(text: string): string {
  return text
    .replace(/\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u200d|\ufe0f/gu, " ")
    .replace(/[*_~`#>|]+/g, " ")
    .replace(/([?!.])\1+/g, "$1")
    .replace(/\s+/g, " ")
    .trim();
}

const GREETING = /^(?:hi|hello|hey|hiya|good (?:morning|afternoon|evening)|bonjour|bonsoir|salut|coucou|hello there|yo)\b[\s,!.:;-]*/i;
const THANKS = /^(?:thanks?(?: you)?(?: (?:so|very) much| a lot)?|thx|ty|cheers|merci(?: beaucoup| bien)?|ok(?:ay)?|cool|super|great|parfait|genial|top|nice|d'accord|dac)\b[\s,!.:;-]*/i;
const LANG_EN = /\b(?:in english|en anglais|english please|english pls)\b(?:\s*(?:please|pls|plz|svp|stp))?/i;
const LANG_FR = /\b(?:in french|en fran[cç]ais|french please)\b(?:\s*(?:please|pls|plz|svp|stp))?/i;
const POLITE = /^(?:please|pls|plz|svp|stp|s'il (?:te|vous) pla[iî]t)[\s!.?]*$/i;
const TLDR = /\b(?:tl;?dr|tl dr|too long didn'?t read|r[ée]sum[ée]?(?: moi| stp| svp)?|r[ée]sumer|ça parle de quoi|ca parle de quoi|de quoi (?:ça|ca) parle|c'est quoi l'histoire|what'?s (?:it|this) about|what is it about|en deux mots|in a nutshell|sum (?:it )?up)\b/i;

// Function words of languages the bot does not answer in, none of them French or English words.
// (words that are also French or English — « was », « die », « son », « des » — are left out)
const FOREIGN = new Set(
  (
    "wie viele wer warum wann wo ist sind der das und nicht haben gesagt soldaten welche wieviel " +
    "hat habe wurde wurden wird sein seine ihre mit auf für fur von zum zur über uber nach ich auch noch schon gibt welcher welches wieso weshalb denn " +
    "cuántos cuantos cuántas cuantas quién quien qué dónde donde cuándo cuando porqué hay los las del dijo soldados cuál cual " +
    "cómo está están esta estan fue fueron muy pero ella ellos llamó llamo habló hablo dice dicen según segun " +
    "quanti quante perché della detto soldati quantos quantas onde porque disse são"
  ).split(" "),
);

function isForeign(text: string): boolean {
  const ws = fold(text).match(/[\p{L}]+/gu) ?? [];
  const raw = text.toLowerCase().match(/[\p{L}]+/gu) ?? [];
  let n = 0;
  for (const w of new Set([...ws, ...raw])) if (FOREIGN.has(w)) n++;
  // « ¿ » and « ¡ » are Spanish whatever the words
  // a German past participle (« gesagt », « angerufen ») counts as one word of German
  if (raw.some((w) => w.length >= 6 && GERMAN_PARTICIPLE.test(w))) n++;
  return n >= 2 || /[¿¡]/.test(text) || /\b(?:wie viele|cuántos|cuantos|quién|warum)\b/i.test(text);
}

// « gesagt », « angerufen », « gemacht »: ge- after an optional separable prefix, -t or -en at the end
const GERMAN_PARTICIPLE = /^(?:an|auf|aus|ein|mit|vor|zu|ab|zurück|zuruck)?ge(?!n(?:e|t)|r|l)\p{Ll}{2,}(?:t|en)$/u;

/** Hello and thanks in languages the bot does not answer in: the reply says which ones it does. */
const FOREIGN_COURTESY = /^(?:hola|hallo|guten (?:tag|morgen|abend)|buenos (?:dias|días)|buenas (?:tardes|noches)|servus|moin|ciao|buongiorno|gracias|muchas gracias|danke(?: schön| schon| sehr)?|vielen dank|grazie|obrigad[oa]|ol[aá]|bom dia)\b[\s,!.:;-]*$/i;

/** « which languages do you speak », « tu parles quelles langues », « do you speak German »: the languages, as an answer. */
const LANGUAGE_ASK = /\b(?:(?:which|what) languages? (?:do|can|will) you|(?:do|can) you (?:speak|understand|answer in|reply in) (?:german|spanish|italian|portuguese|other languages|any other language)|quelles? langues? (?:parles|parlez|comprends|comprenez|sais|connais)|(?:tu parles|parles-tu|parlez-vous|vous parlez|tu comprends|tu reponds en|tu réponds en) (?:quelles? langues?|allemand|espagnol|italien|portugais|d'autres langues))\b/i;

export function readChat(text: string): ChatReading {
  let q = clean(text);
  let greeting = false;
  let thanks = false;
  for (let i = 0; i < 3; i++) {
    const g = GREETING.exec(q);
    if (g) {
      greeting = true;
      q = q.slice(g[0].length);
      continue;
    }
    const t = THANKS.exec(fold(q));
    if (t && (t[0].length === q.length || /[\s,!.:;-]$/.test(t[0]))) {
      thanks = true;
      q = q.slice(t[0].length);
      continue;
    }
    break;
  }
  let lang: Lang | null = null;
  if (LANG_EN.test(q)) {
    lang = "en";
    q = q.replace(LANG_EN, " ");
  } else if (LANG_FR.test(q)) {
    lang = "fr";
    q = q.replace(LANG_FR, " ");
  }
  q = q.replace(/\s+/g, " ").trim();
  if (POLITE.test(q) || /^[\s?!.,;:]*$/.test(q)) q = "";
  if (TLDR.test(q)) q = lang === "fr" || (!lang && /\b(?:r[ée]sum|ça|ca|quoi|stp|svp|du|de la)\b/i.test(q)) ? "résumé" : "summary";
  // a hello or thanks in another language is answered (with the languages), a question in one is not
  const courtesy = q !== "" && FOREIGN_COURTESY.test(q);
  const foreign = q !== "" && !courtesy && isForeign(q);
  const languages = courtesy || (q !== "" && !foreign && LANGUAGE_ASK.test(q));
  return { question: q, greeting, thanks, lang, foreign, languages };
}

const ELLIPTIC = /^(?:and|et|so|alors|what about|how about|et pour|and for|et pour les|et chez|et en|et au|et aux|et dans|and in|and at|and on|et le|et la|et les|and the)\b/i;
const WH = /\b(?:who|what|when|where|why|how|which|qui|que|quoi|quand|où|pourquoi|comment|combien|quel|quelle|quels|quelles)\b/i;

// « et Véran, il a corrigé ? »: a name taken up by a subject pronoun is a clause of its own too
const OWN_CLAUSE = /^(?:(?:did|does|do|is|was|are|were|has|have|had|will|would|can|could)\s+(?:he|she|they|it|\p{Lu}\p{L}+)\b|(?:\p{Lu}[\p{L}'’-]+,?\s+){0,3}(?:il|elle|ils|elles)\s+\p{L}|[\p{L}]+-t-(?:il|elle)\b|est-ce qu)/iu;

/** Words that tell what a question is about and may be swapped by a follow-up (places, times, groups). */
const SLOT = new RegExp(`^(?:\\p{Lu}[\\p{L}'-]*|\\d{4}|\\d+|(?:19|20)\\d\\d|men|women|hommes|femmes|today|yesterday|now|maintenant|aujourd'hui|hier|last|dernier|derniere|next|prochain|prochaine|${Object.values(CALENDAR).flatMap(monthForms).join("|")})$`, "u");

/**
 * « and in Spain? » after « how many hectares burned in Portugal? » asks « how many hectares
 * burned in Spain? »; « why? » asks why of the previous question. Returns the question to
 * answer, or null when the question stands on its own.
 */
export function followUp(question: string, previous: string | null): string | null {
  if (!previous) return null;
  const q = question.trim().replace(/[?!.\s]+$/, "");
  const f = fold(q);
  if (/^(?:why|pourquoi|how come|why so|why now|pourquoi donc|pourquoi ça|pourquoi ca)$/.test(f)) {
    const rest = previous.replace(/^(?:and |et |so |alors )?(?:who|what|when|where|how many|how much|how|which|qui|que|quoi|quand|où|ou|combien de|combien|comment|quel(?:le)?s?|qu'est-ce que|est-ce que)\b\s*/i, "");
    return `${/^why|how come/.test(f) ? "why" : "pourquoi"} ${rest}`;
  }
  const words = q.split(/\s+/);
  if (!ELLIPTIC.test(q) || words.length > 7) return null;
  // « and what did he say » is a question of its own, only its pronoun refers back
  if (WH.test(q.replace(ELLIPTIC, ""))) return null;
  // « and did he accept? », « et elle a démissionné ? »: a question of its own about someone
  if (OWN_CLAUSE.test(q.replace(ELLIPTIC, "").trim())) return null;
  const fragment = q.replace(ELLIPTIC, "").trim();
  if (!fragment) return null;
  const fragWords = fragment.split(/\s+/).map((w) => w.replace(/^(?:l|d|qu)['’]/i, ""));
  const swaps = fragWords.some((w) => SLOT.test(w));
  const kept = previous
    .replace(/[?!.\s]+$/, "")
    .split(/\s+/)
    .filter((w, i) => i === 0 || !swaps || !SLOT.test(w.replace(/[^\p{L}\p{N}'-]/gu, "")));
  return `${kept.join(" ")} ${fragment}`;
}
