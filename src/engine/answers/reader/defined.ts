import type { Draft } from "../../compose.js";
import { pick } from "../../compose.js";
import type { Ctx } from "../../context.js";
import { fold, isStopword } from "../../text.js";
import { roleOf } from "../roles.js";
import { roleIn } from "../../labels.js";
import { clauseWords } from "../../lexicon-clauses.js";
import { NAME_WORDS } from "../../../story/lang/names.js";
import { toks, type Tok } from "../tokens.js";
import { QuestionMemo } from "../../question-memo.js";
import { SPAN, WINDOW, spanText, wordsIn } from "./span.js";

// « What is X? », « who is X? »: the definition news writing gives of a name (an apposition, a spelled-out acronym, a role).

// « c'est quoi X », « what is X », « what does X stand for »: X, without its article
// (chat spellings and greetings — « c koi », "whats", « salut, » — are read in chat.ts before any answer: the question here is in standard spelling)
const DEFINE_Q = /^(?:c'est quoi|(?:ca|cela) veut dire quoi|what's|what is|what are|what was|qu'est-ce que c'est que|qu'est-ce que|que signifie|que veut dire|what does|(c'est qui|qui est|qui etait|who is|who's|who was))\s+(?:the |a |an |le |la |les |l'|un |une |des )?(.{2,40}?)(?:\s+(?:mean|means|stand for|stands for|veut dire))?\s*[?!.]*$/;
/** A question that asks what a name means or stands for, not what the thing is. */
const MEANING_Q = /\b(?:mean|means|stand for|stands for|veut dire|signifie|signifient)\b/;
const DEFINE_STOP = /^(?:it|this|that|they|he|she|ca|cela|il|elle|going|happening|the|news|info|story|histoire|article|name|nom|role|job|story about|deal)\b/;

/**
 * « What is X? » answered the way news writing defines things: an acronym's spelled-out name
 * before it in brackets (« … Customs Office (Rco) »), an apposition after it (« X, a patrol
 * vessel, … », brackets skipped), or the noun before it (« le pesticide X »). Null when the story
 * writes no such definition.
 */
export function defined(ctx: Ctx): Draft | "name" | null {
  // asked by the routing and then by the reader, of the same question: read once
  if (defineMemo.has(ctx)) return defineMemo.get(ctx) ?? null;
  const d = define(ctx);
  defineMemo.set(ctx, d);
  return d;
}
const defineMemo = new QuestionMemo<Ctx, Draft | "name" | null>();

/**
 * « X c'est quoi ? », « X, c'est qui ? », "X, what is it?": the same question with its subject put first,
 * as readers type it in a chat (chat spellings « c koi », « c qui » are read as « c'est quoi », « c'est qui » before).
 */
const DEFINE_AFTER_Q = /^(?:et |and |so |alors )?(?:the |a |an |le |la |les |l'|un |une |des )?(.{2,40}?),? (?:c'est (?:quoi|(qui))|c'est quoi (?:ca|exactement)|c'est (qui) (?:ca|exactement)|qu'est-ce que c'est|qui est-ce|what is (?:it|that)|what's (?:that|it)|(who) is (?:he|she|that))\s*[?!.]*$/;

function define(ctx: Ctx): Draft | "name" | null {
  const f = ctx.query.folded.replace(/\s+/g, " ").trim();
  const m = DEFINE_Q.exec(f);
  const after = m ? null : DEFINE_AFTER_Q.exec(f);
  const subjectText = m?.[2] ?? after?.[1];
  if ((!m && !after) || !subjectText || DEFINE_STOP.test(subjectText)) return null;
  // « who is X »: only a name is defined (« who is the new boss » asks for a person, read as « who »)
  const person = m ? m[1] !== undefined : after![2] !== undefined || after![3] !== undefined || after![4] !== undefined;
  const subject = subjectText.split(" ").filter(Boolean);
  if (subject.length > 5) return null;
  const { index, lang } = ctx;
  // « who is X » of a person the story names: the role it gives them, in an apposition before or after the name or a title
  if (person) {
    const e = ctx.hits.find((h) => h.by === "name" && h.entity.kind === "person" && subject.some((w) => h.entity.nameWords.some((n) => fold(n) === w)))?.entity;
    const role = e ? roleOf(index, e) : null;
    if (e && role) {
      const shown = lang === "en" ? roleIn(role, index.story.lang, "en") : role;
      const cite = e.mentions[0];
      return { answered: true, intent: "read", parts: [pick(lang, `${e.name} : ${shown}.`, `${e.name}: ${shown}.`)], cites: cite !== undefined ? [cite] : [], confidence: 0.8 };
    }
  }
  let named = false;
  let gloss: Draft | null = null;
  for (const s of index.story.sentences) {
    const ts = toks(index, s.index);
    const text = s.text;
    for (let k = 0; k + subject.length <= ts.length; k++) {
      if (!subject.every((w, j) => fold(ts[k + j]!.text) === w)) continue;
      if (person && !/^\p{Lu}/u.test(ts[k]!.text)) continue;
      named = true;
      let end = k + subject.length;
      // « Marel » asked, « Marel Island » written: the rest of the name goes with it
      while (end < ts.length && end < k + subject.length + 2 && /^\p{Lu}/u.test(ts[end]!.text) && /^\p{Lu}/u.test(ts[k]!.text) && /^\s*$/.test(text.slice(ts[end - 1]!.end, ts[end]!.start))) end++;
      const gapBefore = k > 0 ? text.slice(ts[k - 1]!.end, ts[k]!.start) : "";
      let def: [number, number] | null = null;
      let bracket: [number, number] | null = null;
      if (/\(\s*$/.test(gapBefore) && k > 1) {
        def = spelledOut(ts, k);
      } else if (end < ts.length) {
        let j = end;
        let gap = text.slice(ts[end - 1]!.end, ts[j]!.start);
        // skip a bracket right after the name (« Marel Island (Sorn Island), a … »), keeping
        // what it holds: a spelled-out name or a translation when nothing after it defines the name
        if (/^['’"”»]?\s*\(/.test(gap)) {
          const close = text.indexOf(")", ts[end - 1]!.end);
          while (j < ts.length && ts[j]!.start < close) j++;
          if (glossIn(ts, end, j)) bracket = [end, j];
          if (j >= ts.length && !bracket) continue;
          if (j < ts.length) gap = text.slice(close, ts[j]!.start);
        }
        const slang = index.story.lang === "en" ? "en" : "fr";
        const first = j < ts.length ? fold(ts[j]!.text).replace(/'.*$/, "") : "";
        // « X, a patrol vessel, », « X, or Falcon, »: an apposition or a gloss; « X, président du
        // groupe Y, »: a role noun with no article, as news writing puts one after a name
        // « what does X stand for », « que veut dire X »: the bracket's spelled-out name first
        if (j >= ts.length || (bracket && MEANING_Q.test(ctx.query.folded))) def = bracket;
        // (a name written in quotation marks, « le "X", une pente … », closes them before the comma)
        else if (/^[)"”»’']?\s*,\s*$/.test(gap) && (APPOSITION_OPENS[slang].test(first) || (/^\p{Ll}/u.test(ts[j]!.text) && ROLE_NOUNS[slang].has(first)))) {
          if (/^(?:or|ou|soit)$/.test(fold(ts[j]!.text))) j++;
          let to = j + 1;
          while (to < ts.length && to - j < WINDOW && ts[to]!.clause === ts[j]!.clause) to++;
          def = [j, to];
        }
        // « X est une substance active … », "X is a grouping of …": the copula and an indefinite article define
        else if (/^["”»’']?\s+$/.test(gap) && j + 2 < ts.length && COPULA[slang].test(first) && INDEFINITE[slang].test(fold(ts[j + 1]!.text)) && ts[j + 1]!.clause === ts[j]!.clause) {
          let to = j + 2;
          while (to < ts.length && to - j - 1 < WINDOW && ts[to]!.clause === ts[j + 1]!.clause) to++;
          def = [j + 1, to];
        }
      }
      // « l'ambassadeur de Y en France, X »: a person's role in the apposition before the name
      if (!def && person && k > 1 && /^\s*,\s*$/.test(gapBefore)) {
        const slang = index.story.lang === "en" ? "en" : "fr";
        const c = ts[k - 1]!.clause;
        for (let r = k - 1; r >= 0 && k - r <= WINDOW && ts[r]!.clause === c; r--) {
          if (ROLE_NOUNS[slang].has(fold(ts[r]!.text).replace(/^(?:l|d)['’]/, "")) && /^\p{Ll}/u.test(ts[r]!.text)) {
            def = [r, k];
            break;
          }
        }
      }
      // « le pesticide X »: a common noun before a name written in lower case
      if (!def && k > 1 && /^\p{Ll}/u.test(ts[k]!.text) && /^(?:the|le|la|les|l)$/.test(fold(ts[k - 2]!.text)) && /^\p{Ll}{4,}$/u.test(ts[k - 1]!.text) && !isStopword(fold(ts[k - 1]!.text))) def = [k - 1, k];
      // « des systèmes antiaériens X », « de la frégate X »: the common noun (and its adjective) a designation is written after
      if (!def && k > 1 && /[\p{Lu}\d]/u.test(ts[k]!.text) && ts[k - 1]!.clause === ts[k]!.clause) {
        let from = k;
        while (from > 0 && k - from < 2 && /^\p{Ll}{4,}$/u.test(ts[from - 1]!.text) && !isStopword(fold(ts[from - 1]!.text)) && ts[from - 1]!.clause === ts[k]!.clause) from--;
        if (from < k && from > 0 && NOUN_BEFORE_NAME.test(fold(ts[from - 1]!.text))) def = [from, k];
      }
      // a bracket alone glosses the name: taken when no sentence defines it otherwise
      const glossOnly = !def && bracket !== null;
      def ??= bracket;
      if (!def || def[1] - def[0] < 1) continue;
      // an apposition right after the name is read on from it: the name and its definition together
      // stay shorter than a pasted run of the story's words
      if (def[0] >= end && /^[\s,"”»’']*$/.test(text.slice(ts[end - 1]!.end, ts[def[0]]!.start))) {
        const dangling = clauseWords(index.story.lang === "en" ? "en" : "fr").dangling;
        while (def[1] - def[0] > 1 && wordsIn(ts, k, def[1]) > SPAN[lang] - 1) def[1]--;
        while (def[1] - def[0] > 1 && dangling.has(ts[def[1] - 1]!.bare)) def[1]--;
      }
      const span = spanText(index, s.index, ts, def[0], def[1]);
      if (span.split(/\s+/).length > 11) continue;
      const name = spanText(index, s.index, ts, k, end);
      // a reader of the other language gets the story's own words, quoted: a definition is too short a phrase to translate word by word
      const said = index.story.lang === lang ? span : lang === "fr" ? `« ${span} »` : `“${span}”`;
      const draft: Draft = { answered: true, intent: "read", parts: [pick(lang, `${name} : ${said}.`, `${name}: ${said}.`)], cites: [s.index], confidence: 0.8 };
      if (!glossOnly) return draft;
      gloss ??= draft;
    }
  }
  if (gloss) return gloss;
  // « who is X » of a name the story writes but never defines: no other person it names is the answer
  if (person && named) return "name";
  return null;
}

/** A present or past copula: « X est une … » defines X. */
const COPULA = { en: /^(?:is|was|are|were)$/, fr: /^(?:est|etait|sont|etaient)$/ };
/** The indefinite article a definition opens with (« une substance », "a group"). */
const INDEFINITE = { en: /^(?:a|an)$/, fr: /^(?:un|une|des)$/ };
/** The story's role nouns (« président », « spokesman »), folded: an apposition may open on one with no article. */
const ROLE_NOUNS = { en: new Set(NAME_WORDS.en.roleNouns.map((w) => fold(w))), fr: new Set(NAME_WORDS.fr.roleNouns.map((w) => fold(w))) };

/** The words that open an apposition in each language (French « a » after a comma is the verb, « X, a téléphoné »). */
const APPOSITION_OPENS = { en: /^(?:a|an|the|which|one|or|meaning|i\.e)$/i, fr: /^(?:un|une|le|la|l|qui|ou|soit)$/i };

/** The words a common noun stands after when a designation follows it (« de systèmes antiaériens X », « the frigate X »). */
const NOUN_BEFORE_NAME = /^(?:de|des|du|d|le|la|les|l|un|une|the|a|an|of)$/;

const CONNECTS = /^(?:de|du|des|d|la|le|l|et|of|and|for|on|pour|sur|en)$/;
const DETERMINES = /^(?:the|a|an|le|la|les|l|un|une|over|of|du|des|de|by|par|au|aux|to|in|en|for|pour|its|their|son|sa|ses|leur)$/;

/**
 * Whether tokens [from, to) in brackets after a name gloss it: news writing puts an acronym's
 * spelled-out name or a foreign name's translation there (« la BXR (Brigade des xylophones
 * rapides) », "operation 'Zor-e-Bakht' (Strength of Fortune)"): two words or more, opening on a
 * capital, with no figure (« (2019) », « (14 %) » date or count the name, they do not define it).
 */
function glossIn(ts: Tok[], from: number, to: number): boolean {
  if (to - from < 2 || to - from > WINDOW) return false;
  if (!/^\p{Lu}/u.test(ts[from]!.text)) return false;
  return ts.slice(from, to).every((t) => !/\d/.test(t.text) && t.clause === ts[from]!.clause);
}

/** The name an acronym in brackets spells out (« Ruritanian Customs Office (Rco) »), as token bounds. */
function spelledOut(ts: Tok[], k: number): [number, number] | null {
  const last = k - 1;
  const clause = ts[last]!.clause;
  const capital = (t: Tok) => /^(?:[ldLD]['’])?\p{Lu}/u.test(t.text);
  if (capital(ts[last]!)) {
    // an English name: capitalised words and the small words between them
    let from = last;
    while (from > 0 && ts[from - 1]!.clause === clause && (capital(ts[from - 1]!) || (CONNECTS.test(fold(ts[from - 1]!.text)) && from > 1 && capital(ts[from - 2]!)))) from--;
    return [from, k];
  }
  // a French name starts with one capital (« Agence nationale des routes … »), not the sentence's own
  for (let c = last - 1; c > 0 && c >= last - 11 && ts[c]!.clause === clause; c--) if (capital(ts[c]!)) return [c, k];
  // lower-case words back to their determiner (« the long-term housing strategy »)
  let from = last;
  while (from > 0 && last - from < WINDOW && ts[from - 1]!.clause === clause && !DETERMINES.test(fold(ts[from - 1]!.text))) from--;
  return [from, k];
}
