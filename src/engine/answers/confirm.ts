import type { Draft } from "../compose.js";
import { pick } from "../compose.js";
import type { Ctx } from "../context.js";
import { mainEntity } from "../entities.js";
import { keysOf, type Entity, type StoryIndex } from "../index.js";
import type { Term } from "../query.js";
import { entitiesIn } from "../mentions.js";
import type { Lang } from "../reply.js";
import { fold } from "../text.js";
import { perSentence } from "../sentence-memo.js";
import { foldKeepLength } from "../../story/tokens.js";
import { describedIn } from "../labels.js";
import { NEGATION_Q, whOf } from "./reader.js";
import { insideQuote } from "./times.js";
import { speechLexicon } from "../../story/lang/index.js";
import { questionTerms } from "../evidence.js";
import { speechVerbAt } from "./speech.js";
import { roleOf } from "./roles.js";

/*
 * « did X deny the call? », « X a-t-il confirmé l'entretien ? »: a yes/no question on whether
 * someone confirmed or denied something, settled against the sentence where the story makes X the
 * subject of a verb of confirming or denying (« X a confirmé l'entretien », "X denied the report").
 * The two acts are opposites: « did X deny it? » of a story that says X confirmed it is « No — X
 * confirmed it », and a negation in that sentence (« X n'a pas confirmé ») turns its act over.
 * null when the question is not of this kind or the story tells no such act of X, so the other
 * answerers are tried (the story not saying is not the same as X not having done it).
 */

type Stance = "confirm" | "deny";

/** The verbs of each stance, per language (folded). */
const STANCE_VERBS: Readonly<Record<Lang, Record<Stance, RegExp>>> = {
  fr: {
    confirm: /\b(?:confirm(?:e|ee|ees|es|ent|er|ait|aient|era|eront)|reconnu|reconnue|reconnaissent|reconnait|reconnaitre|admis|admet|admettent|admettre)\b/g,
    deny: /\b(?:dementi|dementie|dementis|dement|dementent|dementir|nie|niee|nient|nier|niait|contest(?:e|ee|ent|er|ait))\b/g,
  },
  en: {
    confirm: /\b(?:confirm|confirms|confirmed|confirming|acknowledg(?:e|es|ed|ing)|admit|admits|admitted|admitting)\b/g,
    deny: /\b(?:deny|denies|denied|denying|disput(?:e|es|ed|ing)|refut(?:e|es|ed|ing))\b/g,
  },
};

/** A negation between the subject and its verb, per language (folded). */
const NEGATION: Readonly<Record<Lang, RegExp>> = {
  fr: /\b(?:n'|ne\b|pas\b|jamais\b|aucune?\b|refuse\w* de\b|exclu\w*)/,
  en: /\b(?:not|never|no|n't|refused to|declined to|refuses to|rule\w* out)\b|n't\b/,
};

/** What the answer says each stance is, per reader's language. */
const SAID: Readonly<Record<Lang, Record<Stance, string>>> = {
  fr: { confirm: "a confirmé", deny: "a démenti" },
  en: { confirm: "confirmed it", deny: "denied it" },
};

const NOT_SAID: Readonly<Record<Lang, Record<Stance, string>>> = {
  fr: { confirm: "n'a pas confirmé", deny: "n'a pas démenti" },
  en: { confirm: "did not confirm it", deny: "did not deny it" },
};

interface StanceAt {
  stance: Stance;
  at: number;
  end: number;
}

/** The verbs of confirming and denying a sentence holds outside quotes, with their positions: once per story and sentence. */
const stancesOf = perSentence((index: StoryIndex, i: number): StanceAt[] => {
  const lang: Lang = index.story.lang === "en" ? "en" : "fr";
  const text = index.story.sentences[i]?.text ?? "";
  const f = foldKeepLength(text);
  const out: StanceAt[] = [];
  for (const stance of ["confirm", "deny"] as const) {
    for (const m of f.matchAll(STANCE_VERBS[lang][stance])) {
      const at = m.index ?? 0;
      if (!insideQuote(text, at)) out.push({ stance, at, end: at + m[0].length });
    }
  }
  out.sort((a, b) => a.at - b.at);
  return out;
});

/** The stance a question asks about, in its own language (or the other one's words). */
function askedStance(folded: string, lang: Lang): Stance | null {
  for (const l of [lang, lang === "fr" ? "en" : "fr"] as Lang[]) {
    for (const stance of ["confirm", "deny"] as const) {
      const re = STANCE_VERBS[l][stance];
      re.lastIndex = 0;
      if (re.test(folded)) {
        re.lastIndex = 0;
        return stance;
      }
    }
  }
  return null;
}

export function confirmDeny(ctx: Ctx): Draft | null {
  const folded = ctx.query.folded;
  if (whOf(folded) !== "yesno") return null;
  const asked = askedStance(folded, ctx.query.lang);
  if (!asked) return ownWordsSettle(ctx);
  const { index, lang } = ctx;
  const storyLang: Lang = index.story.lang === "en" ? "en" : "fr";
  // X, the one the question makes confirm or deny: the question's words before its verb (« did Lisbon deny … »,
  // « le port de X a-t-il confirmé … »), and the entity they name when they name one
  const verbAt = askedAt(folded, asked, ctx.query.lang);
  const place = (t: Term): number => wordIndex(folded, t.word);
  const subjectTerms = ctx.query.terms.filter((t) => { const at = place(t); return at >= 0 && at < verbAt; });
  const objectTerms = ctx.query.terms.filter((t) => !subjectTerms.includes(t) && askedStance(t.word, ctx.query.lang) === null);
  const x = mainEntity(ctx.hits)?.entity ?? null;
  if (!subjectTerms.length && !x) return null;
  let best: { sentence: number; v: StanceAt; negated: boolean; found: number } | null = null;
  for (const s of index.story.sentences) {
    const verbs = stancesOf(index, s.index);
    if (!verbs.length) continue;
    const keys = index.sentences[s.index]!.keys;
    const found = objectTerms.length ? ctx.m.found(keys, objectTerms).length : 0;
    // the thing confirmed or denied is in the sentence (« l'entretien », "the report"), else it is another act
    if (objectTerms.length && found === 0) continue;
    const f = foldKeepLength(s.text);
    const placed = x ? entitiesIn(index, s.text) : [];
    for (const v of verbs) {
      // the subject's span: the clause before the verb, or the few words after it (« a confirmé X », "confirmed by X")
      const from = Math.max(0, ...[...s.text.slice(0, v.at).matchAll(CLAUSE_BREAK)].map((m) => (m.index ?? 0) + 1));
      const afterText = s.text.slice(v.end);
      const afterEnd = v.end + Math.min(60, afterText.search(CLAUSE_BREAK) < 0 ? afterText.length : afterText.search(CLAUSE_BREAK));
      const isX = (a: number, b: number): boolean => {
        if (x && placed.some((p) => p.entity === x && p.at >= a && p.at < b)) return true;
        if (!subjectTerms.length) return false;
        return ctx.m.found(keysOf(s.text.slice(a, b), false, storyLang === "en"), subjectTerms).length === subjectTerms.length;
      };
      const before = isX(from, v.at);
      // after the verb only as an incise or a passive's agent, never as the object (« X a confirmé Y »)
      const after = !before && /^\s+(?:by|par)\s|^\s+(?:le|la|les|l['’]|the)?\s*\p{Lu}/u.test(afterText) && /[,«»"”]\s*(?:(?:a|ont|avait|has|had)\s+)?$/u.test(s.text.slice(0, v.at)) && isX(v.end, afterEnd);
      if (!before && !after) continue;
      const negated = NEGATION[storyLang].test(before ? f.slice(from, v.at) : f.slice(Math.max(0, v.at - 14), v.at));
      if (!best || found > best.found) best = { sentence: s.index, v, negated, found };
    }
  }
  if (!best) return null;
  const told: Stance = best.negated ? (best.v.stance === "confirm" ? "deny" : "confirm") : best.v.stance;
  const yes = told === asked;
  const text = index.story.sentences[best.sentence]!.text;
  const own = ownWords(text, best.v.at);
  const who = x ? shown(index, x, storyLang, lang) : asAsked(ctx.query.raw, subjectTerms);
  const act = best.negated ? NOT_SAID[lang][best.v.stance] : SAID[lang][best.v.stance];
  const head = pick(lang, yes ? "Oui" : "Non", yes ? "Yes" : "No");
  return { answered: true, intent: "doer", parts: [`${head} — ${who} ${act} (« ${own} »).`], cites: [best.sentence], ...(x ? { focus: x.name } : {}) };
}

const LETTER = /\p{L}/u;

/** Where a whole word first stands in a text, or -1 (no regex built per question). */
function wordIndex(text: string, word: string): number {
  const letter = LETTER;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if ((at === 0 || !letter.test(text[at - 1]!)) && (at + word.length >= text.length || !letter.test(text[at + word.length]!))) return at;
  }
  return -1;
}

/** Where a clause ends, inside a sentence. */
const CLAUSE_BREAK = /[;:«»"“”()]|,(?=\s)/g;

/** Where the question's verb of confirming or denying stands in the folded question. */
function askedAt(folded: string, stance: Stance, lang: Lang): number {
  for (const l of [lang, lang === "fr" ? "en" : "fr"] as Lang[]) {
    const re = STANCE_VERBS[l][stance];
    re.lastIndex = 0;
    const m = re.exec(folded);
    re.lastIndex = 0;
    if (m) return m.index;
  }
  return folded.length;
}

/** The question's own words for X, as the reader wrote them (« Lisbonne », "the port authority"). */
function asAsked(raw: string, terms: readonly Term[]): string {
  const ws = raw.split(/\s+/);
  const hit = (w: string): boolean => terms.some((t) => fold(w.replace(/[^\p{L}\p{N}'’-]/gu, "")).replace(/’/g, "'").endsWith(t.word));
  const first = ws.findIndex(hit);
  const last = ws.length - 1 - [...ws].reverse().findIndex(hit);
  // from the first of its words to the last, with the little words between them (« port de X »)
  return first >= 0 ? ws.slice(first, last + 1).join(" ").replace(/[?!.,;:]+$/u, "") : terms.map((t) => t.word).join(" ");
}

/** The verb and a few words after it, to the clause's end, as the story writes them. */
function ownWords(text: string, at: number): string {
  const rest = text.slice(at);
  const cut = rest.search(/[,;:.!?«»"“”()]/);
  return (cut >= 0 ? rest.slice(0, cut) : rest).split(/\s+/).slice(0, 5).join(" ").trim();
}

/** Whom the answer names: the entity with its role in the reader's language. */
function shown(index: StoryIndex, e: Entity, storyLang: Lang, lang: Lang): string {
  if (e.kind === "person") return e.name;
  const label = describedIn({ ...e, role: roleOf(index, e) }, storyLang, lang);
  // « Varian ministry of trade » is said as a noun phrase in English: « the Varian ministry of trade »
  return lang === "en" && /^\p{Lu}?[\p{L}-]*\s+\p{Ll}/u.test(label) ? `the ${label}` : label;
}

/*
 * « will X resign? », « X va-t-il démissionner ? »: a yes/no question on what someone does or will do
 * is settled by their own words when they speak of it. Of the statements the story gives as X's
 * (direct or reported), the one that holds every word the question asks beside X's name: a negation
 * before that word in it (« je ne quitterai pas mon poste », "I will not resign") answers
 * « no », in their words; without one, their words are shown, never turned into « yes » (saying
 * one will is not having done it). null when X says nothing of it, so the other answerers are tried.
 */

/** Whether a negation begins at word j of a statement (« pas », "never", "refused to", "won't"). */
function negationAt(ws: readonly string[], j: number, lang: Lang): boolean {
  const one = (k: number) => fold(ws[k] ?? "").replace(/’/g, "'");
  return NEGATION[lang].test(`${one(j)} ${one(j + 1)}`) && !NEGATION[lang].test(one(j + 1));
}

/** Whether word k of a statement opens another clause: a complementizer (« que », "that"), or a clause mark ends the word before. */
function clauseBreak(ws: readonly string[], k: number, lex: ReadonlySet<string>): boolean {
  const w = fold(ws[k] ?? "").replace(/’/g, "'").replace(/^[«"“(]+|[»"”),.;:!?]+$/g, "");
  return lex.has(w) || lex.has(w.replace(/^(\p{L}+').*$/u, "$1")) || /[,;:]$/.test(ws[k - 1] ?? "");
}

function ownWordsSettle(ctx: Ctx): Draft | null {
  // « did X say that … ? » asks of X's words themselves: speech.ts reads it against every statement of theirs
  if (speechVerbAt(ctx.query.folded) >= 0) return null;
  // « is X not going to resign? »: a « no » would answer the opposite of what it seems to; left to the others
  if (NEGATION_Q.test(ctx.query.folded)) return null;
  const { index, lang } = ctx;
  const hit = mainEntity(ctx.hits);
  if (!hit || hit.entity.kind !== "person" || !hit.entity.quotes.length) return null;
  const x = hit.entity;
  const storyLang: Lang = index.story.lang === "en" ? "en" : "fr";
  const complementizers = speechLexicon(storyLang).complementizers;
  // the question's words that are not X's name: what X is asked to do
  const nameKeys = keysOf([x.name, ...x.aliases].join(" "), false, storyLang === "en");
  const asked = questionTerms(ctx).filter((t) => !ctx.m.has(nameKeys, t));
  if (!asked.length) return null;
  let best: { text: string; sentence: number; negated: boolean; reported: boolean } | null = null;
  for (const q of x.quotes) {
    // the statement of the quote that holds what is asked (a quote may say several things)
    for (const st of q.text.split(/(?<=[.!?;])\s+/)) {
      if (ctx.m.found(keysOf(st, false, storyLang === "en"), asked).length < asked.length) continue;
      const ws = st.split(/\s+/);
      const at = ws.map((w) => ctx.m.found(keysOf(w, false, storyLang === "en"), asked).length > 0);
      const first = at.indexOf(true);
      const last = at.lastIndexOf(true);
      // the nearest negation in the six words before the first word asked, in its clause, that governs
      // every word asked: no other clause (« que », "that", a comma) nor a second negation up to the last
      let neg = -1;
      for (let j = first - 1; j >= Math.max(0, first - 6); j--) {
        if (negationAt(ws, j, storyLang)) { neg = j; break; }
        if (clauseBreak(ws, j + 1, complementizers)) break;
      }
      let negated = neg >= 0;
      for (let k = neg + 1; negated && k <= last; k++) {
        if (clauseBreak(ws, k, complementizers)) negated = false;
        else if (k < last && k > neg + 1 && negationAt(ws, k, storyLang)) negated = false;
      }
      if (!best || (negated && !best.negated)) best = { text: st.trim(), sentence: q.sentence, negated, reported: q.kind === "indirect" };
    }
  }
  if (!best) return null;
  const who = shown(index, x, storyLang, lang);
  const words = best.text.replace(/^[«"“\s]+|[»"”,.\s]+$/g, "");
  // reported speech is the story's account of what X said, not X's words: no quotation marks
  const que = /^[aeiouyhàâéèêîôû]/i.test(words) ? "qu'" : "que ";
  const said = best.reported
    ? pick(lang, `${who} a dit ${que}${words}`, `${who} said that ${words}`)
    : pick(lang, `${who} a dit « ${words} »`, `${who} said « ${words} »`);
  const text = best.negated
    ? pick(lang, `Non, selon ses propres mots : ${said}.`, `No, in their own words: ${said}.`)
    : best.reported
      ? `${said}.`
      : pick(lang, `${who} en dit ceci : « ${words} ».`, `${who} says this of it: « ${words} ».`);
  return { answered: true, intent: "confirm", parts: [text], cites: [best.sentence], focus: x.name };
}
