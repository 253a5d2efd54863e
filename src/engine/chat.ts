import type { Lang } from "./reply.js";
import { fold, isStopword } from "./text.js";
import { chatWords, type ChatWords, type WhKind } from "./lexicon-chat.js";
import { detectLang } from "./query.js";
import { isNationalityWord, NATIONALITY_KEYS } from "./lexicon.js";
import { frKeys } from "./text.js";
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
  /** The language the courtesy words around the question are in (« salut, … », "… pls"), if any. */
  hint: Lang | null;
  /** A bare « tl;dr »: no word says its language, the conversation's is kept. */
  tldr: boolean;
  /** « what else? », « et sinon ? »: the next fact the conversation has not given. */
  more: boolean;
}

const NON_ASCII = /[^\x00-\x7f]/;
/** Markdown marks, emoji and repeated punctuation: decoration, not words. */
export function clean(text: string): string {
  // emoji and their joiners are never ASCII: a message of ASCII alone skips that scan of every character
  return (NON_ASCII.test(text) ? text.replace(/\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u200d|\ufe0f/gu, " ") : text)
    .replace(/[*_~`#>|]+/g, " ")
    .replace(/([?!.])\1+/g, "$1")
    .replace(/\s+/g, " ")
    .trim();
}

/** The words of a chat line with the punctuation around each (« koi? » → « koi »), and where each stands. */
const CHAT_TOKEN = /[^\s]+/g;
const EDGE = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u;

const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** Any chat spelling of either language, as a word (a superset of what respell changes: it only gates the reading). */
const ANY_SPELLING = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${[...new Set((["fr", "en"] as const).flatMap((l) => [...chatWords(l).spellings.keys()]))].map(escape).join("|")})(?![\\p{L}\\p{N}])`,
  "iu",
);
const ANY_ELIDED: readonly RegExp[] = (["fr", "en"] as const).flatMap((l) => {
  const re = chatWords(l).elided;
  return re ? [new RegExp(re.source, re.flags.replace("g", ""))] : [];
});

/** How many of `text`'s lower-case words are chat spellings of `lang` (words of two letters or more; « y », « c » prove nothing). */
function spellingHits(text: string, lang: Lang): number {
  const { spellings } = chatWords(lang);
  let n = 0;
  for (const [tok] of text.matchAll(CHAT_TOKEN)) {
    const w = EDGE.exec(tok)?.[2] ?? "";
    if (w.length >= 2 && w === w.toLowerCase() && spellings.has(w)) n++;
  }
  return n;
}

/**
 * A question as typed in a chat, in standard spelling: « c koi l'histoire » → « c'est quoi
 * l'histoire », "hw many troops" → "how many troops", « c est qui » → « c'est qui ». The table is
 * the one of the question's language: its function words decide, unless only the other
 * language's chat spellings are there (« kan a eu lieu l'appel »). Courtesy words go (« stp »).
 */
export function respell(text: string): string {
  // most questions hold no chat spelling and no elision typed with a space: nothing to read word by word
  if (!ANY_SPELLING.test(text) && !ANY_ELIDED.some((re) => re.test(text))) return text.replace(/\s+/g, " ").trim();
  const guess = detectLang(text, "en");
  const other: Lang = guess === "fr" ? "en" : "fr";
  const lang = spellingHits(text, other) > 0 && spellingHits(text, guess) === 0 ? other : guess;
  const { spellings, elided } = chatWords(lang);
  const out = (elided ? text.replace(elided, "$1'") : text).replace(CHAT_TOKEN, (tok, at: number) => {
    const [, lead = "", w = "", tail = ""] = EDGE.exec(tok) ?? [];
    // lower case as readers type chat forms; a capital only opens the message (« C koi ? »)
    const lower = w.toLowerCase();
    if (!w || (w !== lower && !(at === 0 && w.slice(1) === lower.slice(1)))) return tok;
    const standard = spellings.get(lower);
    return standard === undefined ? tok : `${lead}${standard}${tail}`;
  });
  return out.replace(/\s+/g, " ").trim();
}


/** The question without the courtesy words of either language (« combien de soldats stp », "who spoke pls"). */
function withoutCourtesy(text: string): string {
  let out = text;
  for (const re of COURTESY_ALL) out = out.replace(re, " ");
  return out.replace(/\s+/g, " ").trim();
}
const COURTESY_ALL = (["fr", "en"] as const).map((lang) => new RegExp(chatWords(lang).courtesy.source, "giu"));

/** The language courtesy words say a message is in (« salut », « stp »; "hi", "pls"), if any. */
function courtesyLang(text: string): Lang | null {
  const f = fold(text);
  const fr = FRENCH_COURTESY.test(f) || chatWords("fr").courtesy.test(text) || /^(?:slt|bjr|mrc|cc)\b/i.test(f);
  const en = /^(?:hi|hello|hey|hiya|thanks|thank you|thx|cheers)\b/i.test(f) || chatWords("en").courtesy.test(text);
  return fr === en ? null : fr ? "fr" : "en";
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

const FOREIGN_ANY = new RegExp(`(?<![\\p{L}])(?:${[...FOREIGN].map(escape).join("|")})(?![\\p{L}])`, "iu");
/** A word that may be a German participle (a superset of GERMAN_PARTICIPLE's words). */
const PARTICIPLE_ANY = /(?<![\p{L}])(?:an|auf|aus|ein|mit|vor|zu|ab|zurück|zuruck)?ge\p{L}{2,}/iu;

function isForeign(text: string): boolean {
  // no word of the list, no German participle, no Spanish mark: nothing to count (most questions)
  if (!FOREIGN_ANY.test(text) && !FOREIGN_ANY.test(fold(text)) && !PARTICIPLE_ANY.test(text)) return /[¿¡]/.test(text);
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
  const typed = clean(text);
  const hint = courtesyLang(typed);
  let q = respell(typed);
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
  q = withoutCourtesy(q);
  // « et sinon ? », "anything else?": more of the story, asked of nothing in particular
  const more = MORE.test(fold(q).replace(/[?!.,;:…\s]+/g, " ").trim());
  if (more) q = "";
  if (POLITE.test(q) || /^[\s?!.,;:]*$/.test(q)) q = "";
  // « tl;dr » says no language: the courtesy around it, else French words in it, else the conversation's (tldr)
  let tldr = false;
  if (TLDR.test(q)) {
    const fr = lang === "fr" || (!lang && (hint === "fr" || /\b(?:r[ée]sum|ça|ca|quoi|du|de la)\b/i.test(q)));
    tldr = !lang && !hint && !fr && /^\W*(?:tl;?dr|tl dr)\W*$/i.test(q);
    q = fr ? "résumé" : "summary";
  }
  // a hello or thanks in another language is answered (with the languages), a question in one is not
  const courtesy = q !== "" && FOREIGN_COURTESY.test(q);
  // read as typed: a German « wer » is no chat spelling of "where"
  const foreign = q !== "" && !courtesy && isForeign(typed);
  const languages = courtesy || (q !== "" && !foreign && LANGUAGE_ASK.test(q));
  return { question: q, greeting, thanks, lang, foreign, languages, hint, tldr, more };
}

/** A message that only asks for more (« et sinon », "what else", after an optional « et », "and", "so"), in either language. */
const MORE = new RegExp(`^(?:(?:${[...new Set([...chatWords("fr").links, ...chatWords("en").links])].join("|")}) )?(?:${[...new Set([...chatWords("fr").more, ...chatWords("en").more])].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})$`);

/** « who called and why? »: a question, then a question word alone that asks more of it. */
const AND_BARE =
  /^(.*\p{L}.*?)[\s,]+(?:and|et)\s+(why|how|when|where|who|pourquoi|comment|quand|où|qui|since when|until when|depuis quand|jusqu'à quand|jusqu'a quand)\s*[?!.]*$/iu;
/** What AND_BARE needs somewhere: a link word after a space or comma. Most questions have none, and the
 * full pattern backtracks over the whole message before it fails. */
const AND_LINK = /[\s,](?:and|et)\s/iu;

/**
 * The questions one message asks: « who called and why? » → « who called? », « why? »; "Who
 * called? Why?" → the two. A question that stands alone is one. Quoted words are never cut, and
 * a first question of one word is none of its own (« où et quand ? » is one).
 */
export function splitQuestions(text: string): string[] {
  const t = text.trim();
  if (/[«»"“”]/.test(t)) return [t];
  const parts = t.split(/(?<=\?)\s+(?=\S)/u).filter((p) => /\p{L}/u.test(p));
  const out: string[] = [];
  for (const p of parts.length > 1 && parts.length <= 3 ? parts : [t]) {
    const m = AND_LINK.test(p) ? AND_BARE.exec(p) : null;
    if (m && m[1]!.trim().split(/\s+/).length >= 2) out.push(`${m[1]!.trim()} ?`, `${m[2]} ?`);
    else out.push(p);
  }
  return out.length > 1 && out.every((p) => p.trim().split(/\s+/).length >= 1) ? out : [t];
}

const ELLIPTIC = /^(?:and|et|so|alors|what about|how about|et pour|and for|et pour les|et chez|et en|et au|et aux|et dans|and in|and at|and on|et le|et la|et les|and the)\b/i;
const WH = /\b(?:who|what|when|where|why|how|which|qui|que|quoi|quand|où|pourquoi|comment|combien|quel|quelle|quels|quelles)\b/i;

// « et Véran, il a corrigé ? »: a name taken up by a subject pronoun is a clause of its own too
const OWN_CLAUSE = /^(?:(?:did|does|do|is|was|are|were|has|have|had|will|would|can|could)\s+(?:he|she|they|it|\p{Lu}\p{L}+)\b|(?:\p{Lu}[\p{L}'’-]+,?\s+){0,3}(?:il|elle|ils|elles)\s+\p{L}|[\p{L}]+-t-(?:il|elle)\b|est-ce qu)/iu;

/** Words that tell what a question is about and may be swapped by a follow-up (places, times, groups). */
const SLOT = new RegExp(`^(?:\\p{Lu}[\\p{L}'-]*|\\d{4}|\\d+|(?:19|20)\\d\\d|men|women|hommes|femmes|today|yesterday|now|maintenant|aujourd'hui|hier|last|dernier|derniere|next|prochain|prochaine|${Object.values(CALENDAR).flatMap(monthForms).join("|")})$`, "u");

/** Both languages' words of one field, longest first (an alternation tries « combien de » before « combien »). */
const both = (pick: (w: ChatWords) => readonly string[]): string =>
  [...new Set([...pick(chatWords("fr")), ...pick(chatWords("en"))])]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("|");
const LINKS = both((w) => w.links);
/** « how many », « combien de »: what opens a count. */
const COUNT_OPENER = new RegExp(`^(?:(?:${LINKS})\\s+)?(?:${both((w) => w.countOpeners)})\\s*`, "i");
/** A fragment that opens with a preposition says where or when (« and in Spain? »): the same thing counted elsewhere. */
const CIRCUMSTANCE = new RegExp(`^(?:${both((w) => w.circumstance)})(?![\\p{L}])`, "iu");
const DETERMINER = new RegExp(`^(?:${both((w) => w.determiners.filter((d) => !/['’]$/.test(d)))})\\s+|^(?:${both((w) => w.determiners.filter((d) => /['’]$/.test(d)))})\\s*`, "i");
/** The previous question's circumstance: from its first preposition of place or time on (« … en Estonie »). */
const TRAILING_CIRCUMSTANCE = new RegExp(`\\s(?:${both((w) => w.circumstance.filter((c) => !/^(?:for|from|before|after|among|pour|avant|apres|après|parmi|a)$/.test(c)))})\\s.*$`, "i");

/**
 * « et les chars ? » after « combien de soldats en Estonie ? » counts another thing: « combien
 * de chars en Estonie ». The previous question's kind (a count) with the fragment's noun, in
 * the fragment's language, keeping the previous question's circumstance when it is in that
 * language too. null when the fragment is no new thing counted (a place, a time, a nationality).
 */
function newCounted(fragment: string, previous: string): string | null {
  const prev = previous.trim().replace(/[?!.\s]+$/, "");
  if (!COUNT_OPENER.test(prev) || CIRCUMSTANCE.test(fragment)) return null;
  const noun = fragment.replace(DETERMINER, "").trim();
  const head = fold(noun.split(/\s+/)[0] ?? "");
  if (!head || !/\p{L}/u.test(head) || isNationalityWord(head) || frKeys(head).some((k) => NATIONALITY_KEYS.has(k))) return null;
  const lang = detectLang(fragment, detectLang(prev, "en"));
  const circumstance = detectLang(prev, lang) === lang && !TRAILING_CIRCUMSTANCE.test(` ${noun}`) ? (TRAILING_CIRCUMSTANCE.exec(prev)?.[0] ?? "") : "";
  return `${chatWords(lang).countWords} ${noun}${circumstance}`;
}

/** A source opening a follow-up (« selon les syndicats »), and one standing in the previous question, from where it opens. */
const SOURCE_OPENER = new RegExp(`^(?:${both((w) => w.sources)})\\s`, "i");
const SOURCE_IN = new RegExp(`\\s(?:${both((w) => w.sources)})\\s`, "i");

/** A question word alone (« why? », « et comment ? », « c'était quand déjà ? », "and where exactly?"): the kind asked, the subject the previous question's. */
const BARE_WH = new RegExp(
  `^(?:(?:${LINKS})\\s+)?(?:(?:${both((w) => w.cleft)})\\s+)?(${both((w) => Object.keys(w.bareAsks))})(?:\\s+(?:${both((w) => w.bareTails)}))?$`,
);
/** The kind a bare question word asks, in either language. */
const WH_KIND: Readonly<Record<string, WhKind>> = { ...chatWords("fr").bareAsks, ...chatWords("en").bareAsks };
/** What opens a question and says its kind, taken off the previous question to keep its subject (« how many troops » → « troops »). */
const ASKING_OPENER = new RegExp(`^(?:(?:${LINKS})\\s+)?(?:${both((w) => w.askingOpeners)})(?=[\\s']|$)\\s*`, "i");

/**
 * « and in Spain? » after « how many hectares burned in Portugal? » asks « how many hectares
 * burned in Spain? »; « why? », « and how? » ask that of the previous question's subject, in the
 * previous question's words (so its language reads them). When, where and who alone are
 * completed only when the previous answer cited nothing (`cited` false): else the sentences it
 * cited answer them (evidence.ts). Returns the question to answer, or null when the question
 * stands on its own.
 */
export function followUp(question: string, previous: string | null, cited = true): string | null {
  return followUpOf(question, previous, cited)?.question ?? null;
}

/** A follow-up completed: the question to answer, whether it is all the previous question's words, and the slot it changes. */
export interface FollowUp {
  question: string;
  /** The completed question is the previous one's words alone (a bare « why? »). */
  borrowed: boolean;
  /**
   * The reader's words that change one slot of the previous question (a place, a time, a source, a
   * side: « en 1963 », "according to the unions", « côté israélien »): an answer must hold them.
   */
  slot?: string;
}

/** A side asked of the same question: « côté israélien », « du côté des syndicats », "on the Russian side". */
const SIDES: readonly RegExp[] = (["fr", "en"] as const).map((l) => {
  const { before, after } = chatWords(l).sides;
  const alt = (ws: readonly string[]): string => [...ws].sort((a, b) => b.length - a.length).map(escape).join("|");
  return new RegExp(`^(?:${alt(before)})\\s+(.+?)${after.length ? `\\s+(?:${alt(after)})` : ""}$`, "i");
});

/** A people or nationality word (« israéliens », "Palestinians", « Russes »): what a side of a story is named by. */
function isGroupWord(word: string): boolean {
  const f = fold(word).replace(/[^\p{L}-]/gu, "");
  if (f.length < 4) return false;
  if (isNationalityWord(f) || isNationalityWord(f.replace(/s$/, ""))) return true;
  if (frKeys(f).some((k) => NATIONALITY_KEYS.has(k))) return true;
  // « -ien », "-ian": the suffix of most people words the lexicon does not list
  return f.length > 5 && /(?:iens?|iennes?|ians?)$/.test(f);
}

/**
 * « et côté israélien ? » after « how many Palestinians were killed? »: the previous question with
 * the side's word in place of its own people word (or added, when it has none).
 */
function sideSwap(fragment: string, previous: string): FollowUp | null {
  const f = fold(fragment);
  const side = SIDES.map((re) => re.exec(f)).find((m) => m)?.[1];
  const words = side ? null : fragment.replace(DETERMINER, "").trim().split(/\s+/);
  // « and the Israelis? »: a people word alone asks the same of that side
  const alone = words && words.length === 1 && isGroupWord(words[0]!) ? words[0]! : null;
  if (!side && !alone) return null;
  // the side as typed, accents kept (folding keeps the length of a composed text)
  const from = side ? f.lastIndexOf(side) : -1;
  const typed = alone ?? (f.length === fragment.length ? fragment.slice(from, from + side!.length) : side!);
  const prev = previous.trim().replace(/[?!.\s]+$/, "").split(/\s+/);
  // the previous question's people word; else its one capitalised word after the first (« how much should Swedes keep? »: a people the lexicon does not list)
  const named = prev.flatMap((w, i) => (i > 0 && /^\p{Lu}\p{Ll}/u.test(w) ? [i] : []));
  const group = prev.findIndex((w, i) => i > 0 && isGroupWord(w));
  const at = group >= 0 ? group : named.length === 1 ? named[0]! : -1;
  const question = at >= 0 ? [...prev.slice(0, at), typed, ...prev.slice(at + 1)].join(" ") : `${prev.join(" ")} ${typed}`;
  return { question, borrowed: false, slot: typed };
}

/** Both languages' scope words (« au total », "worldwide", « auparavant »), folded, and the preposition each stands for. */
const SCOPES: Readonly<Record<string, string>> = { ...chatWords("fr").scopes, ...chatWords("en").scopes };
/** A preposition of place or time, folded (« en », "in"). */
const CIRCUMSTANCE_WORDS = new Set([...chatWords("fr").circumstance, ...chatWords("en").circumstance].map(fold));
/** A preposition of time with the previous question's own time after it (« avant », "before"): what « et avant ? » asks. */
const TIME_OBJECT = new RegExp(`^(?:\\d+|(?:${Object.values(CALENDAR).flatMap(monthForms).join("|")}))$`, "i");

/**
 * « et au total ? », "and worldwide?", « et avant ? »: the previous question with the scope in place of its
 * circumstance; a time word before the previous question's own time (« en 2018 » → « avant 2018 »).
 */
function scopeSwap(fragment: string, previous: string): FollowUp | null {
  const f = fold(fragment).replace(/\s+/g, " ").trim();
  const prep = SCOPES[f] ?? (CIRCUMSTANCE_WORDS.has(f) ? f : undefined);
  if (prep === undefined) return null;
  const prev = previous.trim().replace(/[?!.\s]+$/, "");
  const old = TRAILING_CIRCUMSTANCE.exec(prev);
  const rest = old ? old[0].trim().split(/\s+/).slice(1) : [];
  // a relative time before the previous question's own (« en 2018 ») keeps that time: « avant 2018 »
  if (prep && old && rest.length && rest.every((w) => TIME_OBJECT.test(fold(w)))) return { question: `${prev.slice(0, old.index)} ${prep} ${rest.join(" ")}`, borrowed: false };
  return { question: `${old ? prev.slice(0, old.index) : prev} ${fragment}`, borrowed: false };
}

const DETERMINERS = new Set(
  [...chatWords("fr").determiners, ...chatWords("en").determiners, ...chatWords("fr").possessives, ...chatWords("en").possessives].filter((d) => !/['’]$/.test(d)).map(fold),
);
const ELIDED_NOUN = /^(?:l|d)['’]\p{L}/iu;
const OF_WORDS = new Set([...chatWords("fr").ofWords, ...chatWords("en").ofWords].map(fold));

/**
 * Each language's words a previous question's noun phrases are read with, folded: its own language's only
 * (French « a » is a verb and « à » a preposition, English "a" an article: read with both, « il a dit quoi »
 * had a phrase « a dit »). Its subject pronouns too, which a person's phrase may take the place of.
 */
interface PhraseWords {
  determiners: ReadonlySet<string>;
  circumstance: ReadonlySet<string>;
  of: ReadonlySet<string>;
  pronouns: ReadonlySet<string>;
}
function phraseWords(l: Lang): PhraseWords {
  const w = chatWords(l);
  return {
    determiners: new Set([...w.determiners, ...w.possessives].filter((d) => !/['’]$/.test(d)).map(fold)),
    circumstance: new Set(w.circumstance.map(fold)),
    of: new Set(w.ofWords.map(fold)),
    pronouns: new Set(Object.keys(w.resumption.pronouns)),
  };
}
const PHRASE_WORDS: Readonly<Record<Lang, PhraseWords>> = { fr: phraseWords("fr"), en: phraseWords("en") };
/** Both languages' possessives, folded: a fragment that opens with one names someone by their tie to another (« et sa femme ? »). */
const POSSESSIVES = new Set([...chatWords("fr").possessives, ...chatWords("en").possessives].map(fold));

/**
 * « and the ferry? » after « when does the first bus leave? », « et la piscine ? » after
 * « à quelle heure ouvre la bibliothèque ? », "and the goalkeeper?" after « who coaches the strikers? »: the same
 * question of another thing. The fragment's noun phrase takes the place of the previous question's last
 * noun phrase (an article or a possessive and its noun, or the noun after « of », « de », "on"), never one
 * of its circumstances (« dans les Corbières »). A person's phrase (« et sa femme ? », "and her deputy?") takes
 * the place of the previous question's subject pronoun (« il a dit quoi ? » → « sa femme a dit quoi »), or of its
 * name when it has no pronoun (« who is Varga? » → "who is his lawyer"). null when the previous question has no such phrase.
 */
function nounSwap(fragment: string, previous: string): string | null {
  const prev = previous.trim().replace(/[?!.\s]+$/, "");
  const x = PHRASE_WORDS[detectLang(prev, "en")];
  const opener = ASKING_OPENER.exec(prev)?.[0] ?? "";
  const head = prev.slice(0, opener.length);
  const words = prev.slice(opener.length).split(/\s+/).filter(Boolean);
  const phrases: [number, number][] = [];
  let pronoun = -1;
  for (let i = 0; i < words.length; i++) {
    const w = fold(words[i]!);
    const before = i > 0 ? fold(words[i - 1]!) : "";
    if (pronoun < 0 && x.pronouns.has(w)) pronoun = i;
    if (x.circumstance.has(before) && !x.of.has(before)) continue;
    const next = words[i + 1];
    if (x.determiners.has(w) && next !== undefined && !x.determiners.has(fold(next)) && !ELIDED_NOUN.test(next)) phrases.push([i, i + 2]);
    else if (ELIDED_NOUN.test(words[i]!)) phrases.push([i, i + 1]);
    else if (x.of.has(before) && i === words.length - 1 && (phrases.at(-1)?.[1] ?? 0) <= i) phrases.push([i, i + 1]);
  }
  const ofSomeone = POSSESSIVES.has(fold(fragment.split(/\s+/)[0] ?? ""));
  // « who is Varga? » then « and his lawyer? »: with no pronoun, the person's phrase takes the place of the name (its capitalised words)
  const name = ofSomeone && pronoun < 0 ? words.findIndex((w) => /^\p{Lu}/u.test(w) && !isStopword(fold(w))) : -1;
  let nameEnd = name;
  while (name >= 0 && nameEnd < words.length && /^\p{Lu}/u.test(words[nameEnd]!)) nameEnd++;
  const person = ofSomeone && (pronoun >= 0 || name >= 0);
  if (!phrases.length && !person) return null;
  // the phrase whose noun the fragment repeats (« et l'autre initiative ? »: the initiative asked about); else the last one
  const stem = (w: string): string => fold(w.replace(/^(?:l|d)['’]/i, "")).slice(0, 6);
  const own = new Set(fragment.split(/\s+/).filter((w) => w.replace(/^(?:l|d)['’]/i, "").length >= 4).map(stem));
  const span: [number, number] = person ? (pronoun >= 0 ? [pronoun, pronoun + 1] : [name, nameEnd]) : (phrases.filter((p) => words.slice(p[0], p[1]).some((w) => own.has(stem(w)))).at(-1) ?? phrases.at(-1)!);
  return `${head}${[...words.slice(0, span[0]), fragment, ...words.slice(span[1])].join(" ")}`.trim();
}

/** A question word alone (« since when? », « et pourquoi ? »): it asks of the conversation's frame, and leaves it as it was. */
export function isBareAsk(question: string): boolean {
  return BARE_WH.test(fold(question.trim().replace(/[?!.\s]+$/, "")).replace(/\s+/g, " "));
}

/** followUp, and whether the completed question is all the previous question's words (a bare « why? ») or holds the reader's own. */
export function followUpOf(question: string, previous: string | null, cited = true, answered: string | null = null): FollowUp | null {
  if (!previous) return null;
  const q = question.trim().replace(/[?!.\s]+$/, "");
  const f = fold(q).replace(/\s+/g, " ");
  const bare = BARE_WH.exec(f);
  if (bare) {
    const kind = WH_KIND[bare[1]!];
    if (!kind || (kind !== "why" && kind !== "how" && cited)) return null;
    const prev = previous.trim().replace(/[?!.\s]+$/, "");
    let rest = prev.replace(ASKING_OPENER, "");
    // « combien ? » then « pourquoi ? »: no subject to borrow, the last answer's sentences are asked about
    if (!rest || !/\p{L}/u.test(rest)) return null;
    // « who painted the mural? » then « why? »: why the one the answer named did it
    if (answered && kind !== "who" && WH_KIND[fold(prev.split(/\s+/)[0] ?? "")] === "who") rest = `${answered} ${rest}`;
    return { question: `${chatWords(detectLang(prev, "en")).asks[kind]} ${rest}`, borrowed: true };
  }
  const words = q.split(/\s+/);
  if (!ELLIPTIC.test(q) || words.length > 7) return null;
  // « and what did he say » is a question of its own, only its pronoun refers back
  if (WH.test(q.replace(ELLIPTIC, ""))) return null;
  // « and did he accept? », « et elle a démissionné ? »: a question of its own about someone
  if (OWN_CLAUSE.test(q.replace(ELLIPTIC, "").trim())) return null;
  const fragment = q.replace(ELLIPTIC, "").trim();
  if (!fragment) return null;
  // « et selon les syndicats ? », "and according to the unions?": the last question by another source's account
  const source = SOURCE_OPENER.exec(fold(fragment));
  if (source) {
    const prev = previous.trim().replace(/[?!.\s]+$/, "");
    const own = SOURCE_IN.exec(fold(prev));
    return { question: `${own ? prev.slice(0, own.index).trim() : prev} ${fragment}`, borrowed: false, slot: fragment.slice(source[0].length).trim() };
  }
  // « et côté israélien ? », "and on the Russian side?": the same question of another side
  const side = sideSwap(fragment, previous);
  if (side) return side;
  // « et au total ? », "and worldwide?", « et avant ? »: the same question over another scope or time
  const scope = scopeSwap(fragment, previous);
  if (scope) return scope;
  const fragWords = fragment.split(/\s+/).map((w) => w.replace(/^(?:l|d|qu)['’]/i, ""));
  const swaps = fragWords.some((w) => SLOT.test(w));
  // « and the ferry? » after « when does the first bus leave? »: another thing in the same frame
  // (a noun phrase: an article or a possessive first, or a word or two, no clause of its own like « c'est fait »)
  const first = fragment.split(/\s+/)[0] ?? "";
  const nounLike = DETERMINERS.has(fold(first)) || ELIDED_NOUN.test(first) || (fragWords.length <= 2 && !/['’]/.test(fragment));
  const swapped = swaps || !nounLike || CIRCUMSTANCE.test(fragment) ? null : nounSwap(fragment, previous);
  if (swapped) return { question: swapped, borrowed: false };
  const counted = swaps ? null : newCounted(fragment, previous);
  if (counted) return { question: counted, borrowed: false };
  // « and in Ukraine? » after « how many tanks in Belarus? »: the new circumstance in place of the old one
  const prev = previous.trim().replace(/[?!.\s]+$/, "");
  const old = TRAILING_CIRCUMSTANCE.exec(prev);
  // the slot is the fragment's words after its preposition (« en 1963 » → « 1963 »)
  const circumstance = CIRCUMSTANCE.exec(fragment);
  const slot = circumstance ? fragment.slice(circumstance[0].length).trim() : fragment;
  if (circumstance && old) return { question: `${prev.slice(0, old.index)} ${fragment}`, borrowed: false, ...(slot.split(/\s+/).length <= 3 ? { slot } : {}) };
  const prevWords = previous.replace(/[?!.\s]+$/, "").split(/\s+/);
  const slotWord = (w: string): boolean => SLOT.test(w.replace(/[^\p{L}\p{N}'-]/gu, ""));
  // « Tamsel offre quoi ? » then « et Brevia ? »: a name that opens the previous question is its subject (no question
  // word, no auxiliary: « Did », « What » are capitalised too), and the new name takes its place there
  const subject = swaps && !circumstance && slotWord(prevWords[0] ?? "") && !isStopword(fold(prevWords[0] ?? ""));
  const kept = prevWords.filter((w, i) => (i === 0 && !subject) || !swaps || !slotWord(w));
  // a slot is a few words (« en 1963 », "in Calder Bay"); a longer fragment asks about another subject
  const short = slot.split(/\s+/).length <= 3;
  return { question: subject ? `${fragment} ${kept.join(" ")}` : `${kept.join(" ")} ${fragment}`, borrowed: false, ...((swaps || circumstance) && short ? { slot } : {}) };
}
