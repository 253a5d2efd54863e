import type { Ctx } from "../context.js";
import type { StoryIndex } from "../index.js";
import type { Term } from "../query.js";
import { capital, fold } from "../text.js";
import type { PlaceWords } from "../lexicon-place.js";
import { englishWord, isNationalityWord, NATIONALITY_KEYS } from "../lexicon.js";
import { perSentence } from "../sentence-memo.js";
import { DAYS, MONTHS, toks, type Element, type Tok } from "./tokens.js";

/**
 * The places a sentence gives, as the general reader answers « where » (answers/reader.ts): the places
 * it names, the place tied to the act asked by the preposition after it (lexicon-place.ts), and the
 * list of countries « which countries » asks for.
 */

/** « which countries », « quels autres pays », "what other nations": the answer is the list of countries the sentence names. */
export const COUNTRIES_Q = /\b(?:(?:which|what)(?: \w+)? (?:countries|country|nations|nation|states)|quel(?:le)?s?(?: \w+)? (?:pays|nations?|etats))\b/;
/** What may stand between two countries of one list (« russe et biélorusse », "Norland, Varia and Ostmark", « en Norlande et en Varie »). */
export const COUNTRY_NOUN = /^(?:countr(?:y|ies)|nations?|states?|pays|etats?)$/;
/** How far (in words) a list of countries may stand from the question's words to be the list asked. */
export const LIST_NEAR = 6;
const LIST_GLUE = /^(?:and|or|et|ou|as|well|in|en|au|aux|a|the|la|le|l|les|but|also|mais|aussi)$/;
/** Compass words written before a country's name in English (« South Korea ») and after it in French (« Corée du Sud »). */
const COMPASS = /^(?:south|north|east|west|sud|nord|est|ouest)$/;

/** Whether a token names a country or a nationality (« Japon », « biélorusse », "Japanese", "U.S."). */
function isCountryTok(t: Tok): boolean {
  if (/^(?:U\.S|US|USA|UK|U\.K)$/.test(t.text)) return true;
  if (isNationalityWord(t.bare)) return true;
  for (const k of t.keys) if (NATIONALITY_KEYS.has(k)) return true;
  return false;
}

/**
 * The countries a sentence lists, as one element: the longest run of country and nationality words
 * joined by commas and « et », "and" (the run nearest the question's words on a tie), without the
 * countries the question itself names. Its text lists them as written, with an English gloss of a
 * French nationality for an English reader.
 */
export function countriesIn(ctx: Ctx, ts: Tok[], hits: Map<number, Term>): Element[] {
  const runs: { at: number[]; from: number; to: number }[] = [];
  let cur: { at: number[]; from: number; to: number } | null = null;
  for (let k = 0; k < ts.length; k++) {
    const t = ts[k]!;
    if (isCountryTok(t) && !hits.has(k)) {
      let from = k;
      let to = k + 1;
      if (k > 0 && COMPASS.test(ts[k - 1]!.bare) && /^\p{Lu}/u.test(ts[k - 1]!.text)) from = k - 1;
      if (k + 2 < ts.length && /^(?:du|de)$/.test(ts[k + 1]!.bare) && COMPASS.test(ts[k + 2]!.bare)) to = k + 3;
      if (cur && cur.at.length && k - cur.to <= 4 && ts.slice(cur.to, from).every((x) => LIST_GLUE.test(x.bare))) {
        cur.at.push(from);
        cur.to = to;
      } else runs.push((cur = { at: [from], from, to }));
      k = to - 1;
    }
  }
  if (!runs.length) return [];
  const keys = [...hits.keys()];
  const dist = (r: { from: number; to: number }) => (keys.length ? Math.min(...keys.map((h) => (h < r.from ? r.from - h : h >= r.to ? h - r.to + 1 : 0))) : 0);
  runs.sort((a, b) => b.at.length - a.at.length || dist(a) - dist(b));
  const best = runs[0]!;
  const names: string[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < best.at.length; i++) {
    const from = best.at[i]!;
    let to = from + 1;
    while (to < best.to && to < from + 3 && (i + 1 >= best.at.length || to < best.at[i + 1]!) && !LIST_GLUE.test(ts[to]!.bare)) to++;
    const words = ts.slice(from, to).map((x) => x.text);
    const text = words.join(" ");
    if (seen.has(fold(text))) continue;
    seen.add(fold(text));
    const gloss = ctx.lang === "en" && ctx.index.story.lang === "fr" ? englishWord(fold(text)) : null;
    names.push(gloss && gloss !== fold(text) ? `${text} (${capital(gloss)})` : text);
  }
  return [{ from: best.from, to: best.to, text: names.join(", "), kind: "place" }];
}

/** The prepositions a place is written after, per language of the story (English « a » is an article, French « à » folded is « a »). */
const LOCATIVE = { en: /^(?:in|at|to|from|near|into|toward|towards|across|inside|outside|around)$/, fr: /^(?:a|au|aux|en|dans|vers|pres|depuis|de|du|des|sur)$/ };

/** Folded words of the names of the story's people and bodies that no place of the story holds (« Défense » of « ministère de la Défense »). */
const entityWordsMemo = new WeakMap<StoryIndex, ReadonlySet<string>>();
function entityWords(index: StoryIndex): ReadonlySet<string> {
  let out = entityWordsMemo.get(index);
  if (out) return out;
  const places = new Set(index.story.places.flatMap((p) => fold(p.text).split(/[\s'’-]+/)));
  const set = new Set<string>();
  for (const e of index.entities) for (const n of [e.name, ...e.aliases]) for (const w of n.split(/[\s'’-]+/)) if (/^\p{Lu}/u.test(w) && !places.has(fold(w))) set.add(fold(w));
  entityWordsMemo.set(index, (out = set));
  return out;
}

/**
 * The places a sentence names: a word the story's places hold, or a capitalised name after a locative
 * preposition, read once per story and sentence: every « where » question reads the same ones.
 */
export const placesOf = perSentence((index: StoryIndex, i: number): readonly Element[] => placesIn(index, i, toks(index, i)));

function placesIn(index: StoryIndex, i: number, ts: Tok[]): Element[] {
  const out: Element[] = [];
  const marked = index.story.places.filter((p) => p.sentence === i).map((p) => fold(p.text));
  const locative = LOCATIVE[index.story.lang === "en" ? "en" : "fr"];
  const named = entityWords(index);
  for (let k = 0; k < ts.length; k++) {
    const t = ts[k]!;
    if (!/^\p{Lu}/u.test(t.text) || k === 0) continue;
    const f = fold(t.text);
    const isMarked = marked.some((p) => p.split(/\s+/).includes(f));
    const after = locative.test(fold(ts[k - 1]!.text)) || (k > 1 && /^(?:l|la|le|les|the)$/.test(fold(ts[k - 1]!.text)) && locative.test(fold(ts[k - 2]!.text)));
    if (!isMarked && !after) continue;
    // a capital after « de » that names a person or a body (« ministre de la Défense », « l'administration de Valérie X »), or a disease, is no place
    if (!isMarked && (named.has(f) || /\d/.test(t.text))) continue;
    let to = k + 1;
    while (to < ts.length && to < k + 4 && (/^\p{Lu}/u.test(ts[to]!.text) || (/^(?:de|du|of|la|le)$/.test(fold(ts[to]!.text)) && /^\p{Lu}/u.test(ts[to + 1]?.text ?? ""))) && ts[to]!.clause === t.clause) to++;
    out.push({ from: k, to, text: "", kind: "place" });
    k = to - 1;
  }
  return out;
}

/**
 * The places tied to the question's own words (lexicon-place.ts): a locative preposition at most two
 * words after a word the question repeats (« sheltering far inside the barn », « réunis à la préfecture »), and
 * the noun phrase after it, up to three words, whatever the story's places name. The act asked is
 * where it happened; a place the sentence names elsewhere is another act's.
 */
export function attachedPlacesIn(ts: Tok[], hits: Map<number, Term>, pw: PlaceWords, dangling: ReadonlySet<string>): Element[] {
  const out: Element[] = [];
  for (const k of [...hits.keys()].sort((a, b) => a - b)) {
    let j = k + 1;
    while (j < ts.length && j <= k + 2 && pw.between.has(ts[j]!.bare) && ts[j]!.clause === ts[k]!.clause) j++;
    if (j >= ts.length || ts[j]!.clause !== ts[k]!.clause || !pw.locatives.has(ts[j]!.bare) || hits.has(j + 1)) continue;
    let from = j + 1;
    while (from < ts.length && pw.determiners.has(ts[from]!.bare) && ts[from]!.clause === ts[j]!.clause) from++;
    // after « à », "on", a place is a name (« à la préfecture de Lyon » is a named place already): a lower-case word is a verb,
    // an idiom or a figure of speech (« à assurer », "on hold", « sur le front »); a day or a month is a time
    const first = ts[from];
    if (!first || (!pw.inside.has(ts[j]!.bare) && !/^\p{Lu}/u.test(first.text)) || MONTHS.test(first.bare) || DAYS.test(first.bare)) continue;
    let to = from;
    while (to < ts.length && to < from + 3 && ts[to]!.clause === ts[j]!.clause && !dangling.has(ts[to]!.bare) && !/^\d/.test(ts[to]!.text)) to++;
    if (to === from || out.some((e) => e.from === from)) continue;
    out.push({ from, to, text: "", kind: "place", attached: true });
  }
  return out;
}
