import type { Draft } from "../compose.js";
import { pick } from "../compose.js";
import type { Ctx } from "../context.js";
import { pronounGender, topicTerms } from "../context.js";
import type { Entity, StoryIndex } from "../index.js";
import { placeWords, type SettingWords } from "../lexicon-place.js";
import type { Lang } from "../reply.js";
import { perSentence } from "../sentence-memo.js";
import { CALENDAR } from "../../story/lang/calendar.js";
import { isPlaceNoun } from "./anchor.js";
import { insideQuote } from "./times.js";
import { toks, type Tok } from "./tokens.js";

/*
 * « où a-t-il dit ça ? », "where did she make her comments?", "where was he speaking from?": the place
 * of a telling is its setting, which news copy writes beside the reporting verb (« a-t-il dit sur
 * Radio Brel », "said speaking on Channel 9's evening news", « a déclaré X, lors d'une conférence de
 * presse à Y ») or fronts before the speaker (« Interrogée sur une radio locale, la ministre a … », "At a
 * public meeting in Lorvik on Friday, X warned …"), often in the sentence that introduces the speaker when
 * the quote that follows says only "X said then". Not a place the quoted words name, nor the
 * story's place: the occasion or outlet the setting phrase gives.
 */

/** How many words a setting may run to, and with the name set after it: a dozen would read as the story's sentence pasted. */
const SETTING_WORDS = 9;
const WITH_NAME = 11;
/** How many words may stand between an opener and the occasion it opens (« lors d'une grande conférence »). */
const BEFORE_OCCASION = 3;
/** How far back from a quote the sentence that sets it may stand (« At X, Y said … » then « “…,” Y said then »). */
const WALK_BACK = 2;

/** Whether a folded word is a day of the week or a month of a language. */
function isCalendarWord(word: string, lang: Lang): boolean {
  const c = CALENDAR[lang];
  return c.weekdays.includes(word) || c.months.includes(word);
}

/** A setting phrase of a sentence: token span [from, to) from its opener, and its text as written. */
interface Setting {
  from: number;
  to: number;
  text: string;
}

/** Whether a question asks where someone said something: a word of saying and, besides it, at most one word of its own. */
export function asksTellingPlace(ctx: Ctx): boolean {
  const sw = placeWords(ctx.query.lang).setting;
  if (!ctx.query.words.some((w) => sw.asked.has(w))) return false;
  return ownWords(ctx, sw).length <= 1;
}

/** The question's words about what was said (« le lendemain »), not its words of saying nor its pointers (« ça », "all this"). */
function ownWords(ctx: Ctx, sw: SettingWords) {
  return topicTerms(ctx).filter((t) => !sw.asked.has(t.word) && !sw.pointers.has(t.word));
}

/**
 * The setting of the telling asked: of the person asked (or of the one the last answer quoted), in
 * the sentence of their words the question's own word points to, else the last answer's, else their
 * first; walking back from a quote to the sentence that introduces them. null when none gives one.
 */
export function tellingPlace(ctx: Ctx): Draft | null {
  const { index } = ctx;
  const sw = placeWords(ctx.query.lang).setting;
  const speaker = ctx.entity ?? speakerOfLast(ctx) ?? onlySpeaker(ctx);
  if (!speaker?.quotes.length) return null;
  const own = ownWords(ctx, sw);
  const told = [...new Set(speaker.quotes.map((q) => q.sentence))].sort((a, b) => a - b);
  const last = (ctx.previous ?? []).filter((i) => told.includes(i));
  // a word of the question beside its words of saying (« le lendemain », "at the summit") tells which of their words; else the last answer's, else the first
  const byOwn = own.length ? told.filter((i) => ctx.m.found(groupKeys(index, speaker, i), own).length > 0) : [];
  if (own.length && !byOwn.length) return null;
  const order = own.length ? byOwn : [...last, ...told.filter((i) => !last.includes(i))];
  for (const i of order) {
    for (const j of sentencesSetting(index, speaker, i)) {
      const s = settingsOf(index, j)[0];
      if (!s) continue;
      const line = pick(ctx.lang, `Où : « ${s.text} ».`, `Where: “${s.text}”.`);
      return { answered: true, intent: "where", parts: [line], cites: [j] };
    }
  }
  return null;
}

/** The person whose words the last answer cited, when one person's are. */
function speakerOfLast(ctx: Ctx): Entity | null {
  const prev = ctx.previous ?? [];
  if (!prev.length) return null;
  const speakers = ctx.index.entities.filter((e) => e.quotes.some((q) => prev.includes(q.sentence)));
  return speakers.length === 1 ? speakers[0]! : null;
}

/** « où a-t-il dit ça ? » with no one in focus: the one person of the pronoun's gender the story quotes, if only one is. */
function onlySpeaker(ctx: Ctx): Entity | null {
  const g = pronounGender(ctx.query.folded);
  if (!g) return null;
  const quoted = ctx.index.entities.filter((e) => e.kind === "person" && e.quotes.length > 0 && e.gender === g);
  return quoted.length === 1 ? quoted[0]! : null;
}

/** A quote's sentence, then the sentences before it that go on about the speaker (their words, or a sentence naming them). */
function sentencesSetting(index: StoryIndex, e: Entity, i: number): number[] {
  const out = [i];
  for (let j = i - 1; j >= 0 && j >= i - WALK_BACK; j--) {
    const theirs = e.quotes.some((q) => q.sentence === j);
    if (!theirs && !e.mentions.includes(j)) break;
    out.push(j);
    if (!theirs) break;
  }
  return out;
}

/** The keys of a quote's sentence and of the sentences that set it: a question's word may name the occasion (« le lendemain »). */
function groupKeys(index: StoryIndex, e: Entity, i: number): Set<string> {
  const keys = new Set<string>();
  for (const j of sentencesSetting(index, e, i)) for (const k of index.sentences[j]?.keys ?? []) keys.add(k);
  return keys;
}

/** The setting phrases of a sentence outside its quoted words, in order: once per story and sentence. */
export const settingsOf = perSentence((index: StoryIndex, i: number): readonly Setting[] => {
  const lang: Lang = index.story.lang === "en" ? "en" : "fr";
  return settingsIn(index.story.sentences[i]?.text ?? "", toks(index, i), lang);
});

/**
 * A setting: an opener (« lors de », "during", "at"), or a participle of appearing (« invitée de »,
 * "speaking on"), then an occasion noun within a few words (« une conférence de presse », "a major
 * speech"), or after « sur », "on" or a participle a name (an outlet: « sur Radio Brel »). It runs to
 * the end of its clause, or to a word that opens what was said; a place noun that ends it takes the
 * name set after it (« depuis la capitale, Lorvik »).
 */
export function settingsIn(text: string, ts: readonly Tok[], lang: Lang): Setting[] {
  const sw = placeWords(lang).setting;
  const out: Setting[] = [];
  for (let k = 0; k < ts.length; k++) {
    const t = ts[k]!;
    if (insideQuote(text, t.start)) continue;
    const participle = sw.participles.has(t.bare);
    if (!participle && !sw.openers.has(t.bare)) continue;
    let j = k + 1;
    // « speaking on », « invitée sur »: the participle's own preposition
    let outlet = participle || sw.outlets.has(t.bare);
    if (participle && j < ts.length && (sw.openers.has(ts[j]!.bare) || sw.outlets.has(ts[j]!.bare))) outlet = true, j++;
    while (j < ts.length && sw.glue.has(ts[j]!.bare) && ts[j]!.clause === t.clause) j++;
    const first = ts[j];
    if (!first || first.clause !== t.clause) continue;
    let fits = false;
    // (« sur » or "on" before a day or a month dates the telling: "on Tuesday" names no outlet)
    if (outlet && /^\p{Lu}/u.test(first.text) && !isCalendarWord(first.bare, lang)) fits = true;
    for (let m = j; !fits && m < ts.length && m <= j + BEFORE_OCCASION && ts[m]!.clause === t.clause; m++) if (sw.occasions.has(ts[m]!.bare)) fits = true;
    if (!fits) continue;
    let to = j;
    while (to < ts.length && ts[to]!.clause === t.clause && !sw.ends.has(ts[to]!.bare) && to - k < SETTING_WORDS) to++;
    // « dans la ville frontalière, Lorvik »: a name set after the phrase's last noun, ending the sentence or its clause
    const next = ts[to];
    if (next && next.clause === ts[to - 1]!.clause + 1 && ts.slice(Math.max(j, to - 2), to).some((x) => isPlaceNoun(x.bare, lang))) {
      let end = to;
      while (end < ts.length && ts[end]!.clause === next.clause && /^\p{Lu}/u.test(ts[end]!.text)) end++;
      if (end > to && end - k <= WITH_NAME && ts[end]?.clause !== next.clause) to = end;
    }
    out.push({ from: k, to, text: text.slice(t.start, ts[to - 1]!.end) });
    k = to - 1;
  }
  return out;
}
