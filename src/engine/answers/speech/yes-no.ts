// « did X say / deny … ? »: the question read against X's statements, a yes or a no when one settles it.
import type { Quote } from "../../../story/schema.js";
import type { Draft } from "../../compose.js";
import { excerpt, fit, pick } from "../../compose.js";
import type { Ctx } from "../../context.js";
import { topicTerms } from "../../context.js";
import type { Entity } from "../../index.js";
import { keysOf } from "../../index.js";
import { describedIn, nameIn } from "../../labels.js";
import { fold, words } from "../../text.js";
import { ownSentences, stancesOf, tellingVerb } from "../stance.js";
import { whOf } from "../reader.js";
import { speechLexicon } from "../../../story/lang/index.js";
import { ASKING_WORDS, REPLY_ASK, SPEECH_WORDS, isPositionWord } from "./ask.js";
import { clauseAfterVerb, distinct, reportedShort, shownQuote, speech } from "./shown.js";
import { stanceKeys } from "./stance-keys.js";
import { standing } from "./standing.js";

// « qu'a-t-il dit ? », « what has he said »: an inverted verb after a question word asks for words, not yes or no
const WH_OPENING = /^(?:and |et |so |alors |mais )?(?:qu'|que |quoi|quel|quelle|what|which|who|qui|comment|how|pourquoi|why|ou |quand|when|where|combien)/;

// « did X deny … », « X a-t-il démenti … »: the question asks whether X said the opposite
const DENY_ASK: Record<"en" | "fr", RegExp> = {
  en: /\b(?:deny|denies|denied|denying|reject|rejects|rejected|dismiss|dismisses|dismissed|refute|refutes|refuted|rule out|ruled out|rules out)\b/,
  fr: /\b(?:nie|nient|nier|dementi|dementent|dementir|dement|rejete|rejetent|rejeter|refute|refutent|refuter|ecarte|ecartent|ecarter|conteste|contestent|contester)\b/,
};
/** Words of the question that ask about the speaking, not what was said (« did X say that … »). */
const ASKED_SPEECH = new RegExp(`^(?:${SPEECH_WORDS.en}|${SPEECH_WORDS.fr}|deny|denies|denied|nie|nier|nient|dementi|dement|rejete|reject|rejected|that|que|qu)$`);

/** The folded words of a text, an elided word split from its apostrophe (« n'a » → « n' », « a »; « didn't » → « didn' », « t »). */
function negTokens(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}\p{N}']+/u)
    .flatMap((w) => {
      const m = /^([\p{L}]+')(.+)$/u.exec(w);
      return m ? [m[1]!, m[2]!] : [w];
    })
    .filter(Boolean);
}

/** Determiners and pronouns that negate (« no place », « aucune place »), besides the verb's negation in the speech lexicon. */
const NEGATING: Record<"en" | "fr", ReadonlySet<string>> = {
  en: new Set(["no", "none", "nothing", "nobody", "neither", "nor"]),
  fr: new Set(["aucun", "aucune", "rien", "personne", "ni", "nul", "nulle"]),
};

/**
 * Forms of « avoir », « être », "be", of the verbs that make a near future (« va coûter », "is going to
 * rise") or a passive (« get a sentence ») and the pronoun standing for what is asked (« ça »): a
 * question's words that say nothing of what was said.
 */
const AUXILIARY_FORMS: Record<"en" | "fr", ReadonlySet<string>> = {
  en: new Set(["be", "been", "being", "was", "were", "is", "are", "had", "has", "have", "did", "does", "would", "will", "going", "gonna", "go", "goes", "get", "gets", "got", "getting"]),
  fr: new Set(["ait", "aient", "avait", "avaient", "aurait", "auraient", "soit", "soient", "etait", "etaient", "serait", "seraient", "sera", "seront", "ete", "eu", "va", "vont", "allait", "allaient", "aller", "ca", "cela"]),
};

/** Prefixes that make a word its opposite (« instable », "unfair"), per language, folded. */
const NEGATING_PREFIXES: Record<"en" | "fr", readonly string[]> = {
  en: ["un", "in", "im", "il", "ir", "non", "dis"],
  fr: ["in", "im", "il", "ir", "non", "des", "de", "me"],
};

/** Whether `text` holds the asked word under a negating prefix (« instable » for « stable »). */
function negatedForm(ctx: Ctx, text: string, lang: "en" | "fr", t: ReturnType<typeof topicTerms>[number]): boolean {
  const en = lang === "en";
  return negTokens(text).some((w) =>
    NEGATING_PREFIXES[lang].some((p) => w.startsWith(p) && w.length - p.length >= 4 && !ctx.m.found(keysOf(w, false, en), [t]).length && ctx.m.found(keysOf(w.slice(p.length), false, en), [t]).length > 0),
  );
}

/** Whether a negation of the language stands within four words before one of the asked words, or anywhere when none is found. */
function negatedOn(ctx: Ctx, text: string, lang: "en" | "fr", terms: ReturnType<typeof topicTerms>): boolean {
  const verbNeg = speechLexicon(lang).negation;
  const neg = { has: (w: string) => verbNeg.has(w) || NEGATING[lang].has(w) };
  const ts = negTokens(text);
  const en = lang === "en";
  const hits = ts.map((w, i) => (ctx.m.found(keysOf(w, false, en), terms).length ? i : -1)).filter((i) => i >= 0);
  const negs = ts.map((w, i) => (neg.has(w) ? i : -1)).filter((i) => i >= 0);
  if (!hits.length) return negs.length > 0;
  return negs.some((n) => hits.some((h) => n < h && h - n <= 4));
}

// « X a nié que … ? », "X denied the meeting?": a statement with a question mark and no question word
// asks whether (« que », "that" there open what was said, not a question)
const ASKING_ANYWHERE = /\b(?:what|which|who|whom|whose|how|why|where|when|quoi|quel(?:le)?s?|lequel|laquelle|qui|comment|pourquoi|quand|combien|ou)\b/;

/** Whether a question about someone's words asks whether they said something, not what. */
export function asksWhetherSaid(ctx: Ctx): boolean {
  const f = ctx.query.folded;
  if (WH_OPENING.test(f)) return false;
  if (whOf(f) === "yesno") return true;
  return /\?\s*$/.test(ctx.query.raw) && !ASKING_ANYWHERE.test(f);
}

/** The share of a yes/no question's words one of X's statements must hold to be shown, and to settle it. */
const YESNO_PARTIAL = 0.5;
const YESNO_SETTLED = 0.6;

/**
 * « Did X say the port would close? », « le ministère a-t-il démenti … ? »: the question read against
 * X's statements (quotes and positions). Yes or No when one of them holds what is asked (the negation
 * on both sides read, a denial asked of as the opposite); the story said not to say whether X said it
 * when none speaks of it; null when one only touches it (their words are given as for « what did X say »).
 */
export function saidYesNo(ctx: Ctx, e: Entity, all: Quote[]): Draft | null {
  const { index, lang } = ctx;
  const slang = index.story.lang;
  const en = slang === "en";
  const qlang = ctx.query.lang === "en" ? "en" : "fr";
  // « X a réagi vite ? », "did X react at all?": a reaction is asked of, and words the story never
  // uses (« vite ») say nothing of which of X's statements it is
  const reaction = REPLY_ASK.test(ctx.query.folded);
  const terms = topicTerms(ctx).filter(
    // (« does X want … », « X veut … ? » asks X's position: the verb of wanting is the asking, not what is asked)
    (t) => !ASKING_WORDS.has(t.word) && !ASKED_SPEECH.test(t.word) && !AUXILIARY_FORMS[qlang].has(t.word) && !isPositionWord(qlang, t.word) && (!reaction || index.sentences.some((s) => ctx.m.has(s.keys, t))),
  );
  const denyAsked = DENY_ASK[qlang].test(ctx.query.folded);
  const askedNeg = negatedOn(ctx, ctx.query.raw, qlang, []);
  type Said = { text: string; sentence: number; keys: ReturnType<typeof keysOf>; verb: string | null; quote: Quote | null };
  const statements: Said[] = [
    ...distinct(all).map((q) => ({ text: q.text, sentence: q.sentence, keys: index.quoteKeys.get(q) ?? keysOf(q.text, false, en), verb: q.verb ?? null, quote: q })),
    ...stancesOf(index, e, ownSentences(index, e, all.map((q) => q.sentence)))
      .filter((x) => !x.declined && !all.some((q) => q.sentence === x.sentence))
      .map((x) => ({ text: `${x.verb} ${x.clause}`, sentence: x.sentence, keys: stanceKeys(x, en), verb: x.verb, quote: null })),
  ];
  const name = nameIn(e, slang, lang);
  const head = describedIn(e, slang, lang);
  // reported words keep a verb that says more than « said » (« denied that … »): without it they read as the opposite
  const verbOf = (x: Said) => (x.quote && x.verb && tellingVerb(slang, x.verb) ? x.verb.replace(/-t-(?:il|elle|ils|elles)$|-(?:il|elle|ils|elles)$/u, "") : null);
  const words = (x: Said) => {
    const text = x.quote ? reportedShort(slang, x.text) : excerpt(x.text, 260).replace(/[.\s]+$/, "");
    const verb = verbOf(x);
    return verb ? `${verb} ${clauseAfterVerb(slang, verb, text)}` : text;
  };
  const show = (x: Said) => (x.quote?.kind === "direct" ? shownQuote(ctx, e, x.quote, x.text.length > 260 ? excerpt(x.text, 260).replace(/[.\s]+$/, "") : x.text) : `${pick(lang, "(propos rapportés) ", "(reported) ")}${words(x)}`);
  const total = terms.reduce((n, t) => n + ctx.m.weight(t), 0);
  if (!total) {
    // « did Oslo confirm it? »: whether they said anything on what was asked before; they did
    if (denyAsked) return null;
    const x = statements[0];
    if (!x) return null;
    return { answered: true, intent: "said", parts: [fit([pick(lang, `Oui, d'après la dépêche. ${head} : ${show(x)}.`, `Yes, according to the story. ${head}: ${show(x)}.`)])], cites: [x.sentence], ...(x.quote ? { quotes: [speech(x.quote)] } : {}), focus: e.name };
  }
  let best: { x: Said; share: number; antonyms: number } | null = null;
  for (const x of statements) {
    // « instable » for « stable », "unfair" for "fair": the asked word under a negating prefix is found, negated
    const missing = terms.filter((t) => !ctx.m.found(x.keys, [t]).length);
    const antonyms = missing.filter((t) => negatedForm(ctx, x.text, slang, t));
    const share = (ctx.m.score(x.keys, terms) + antonyms.reduce((n, t) => n + ctx.m.weight(t), 0)) / total;
    if (!best || share > best.share) best = { x, share, antonyms: antonyms.length };
  }
  // nothing X said holds most of what is asked: the story does not say whether X said it, and X's
  // words on something else are no answer to it
  if (!best || best.share < YESNO_PARTIAL) {
    return standing({
      answered: false,
      intent: "said",
      parts: [pick(lang, `La dépêche ne dit pas si ${name} l'a dit.`, `The story does not say whether ${name} said that.`)],
      cites: [],
      focus: e.name,
    });
  }
  const x = best.x;
  // half of it: what X said on it, without a yes or a no the words do not settle
  if (best.share < YESNO_SETTLED) {
    return { answered: true, intent: "said", parts: [fit([`${head}${pick(lang, " : ", ": ")}${show(x)}.`])], cites: [x.sentence], ...(x.quote ? { quotes: [speech(x.quote)] } : {}), focus: e.name };
  }
  const saidNeg = negatedOn(ctx, x.text, slang, terms) !== (best.antonyms % 2 === 1);
  const deniedByVerb = x.verb !== null && DENY_ASK[slang].test(fold(x.verb));
  const yes = denyAsked ? saidNeg || deniedByVerb : saidNeg === askedNeg;
  return {
    answered: true,
    intent: "said",
    parts: [fit([pick(lang, `${yes ? "Oui" : "Non"}, d'après la dépêche. ${head} : ${show(x)}.`, `${yes ? "Yes" : "No"}, according to the story. ${head}: ${show(x)}.`)])],
    cites: [x.sentence],
    ...(x.quote ? { quotes: [speech(x.quote)] } : {}),
    focus: e.name,
  };
}
