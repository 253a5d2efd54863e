import type { Citation, Lang } from "../engine/reply.js";
import { stripArticle } from "../story/text.js";
import type { Figure, Sentence, Speaker, Story } from "../story/schema.js";
import { headings, headlineOf, stripDateline, tidyHeadline, wholeClause } from "./clauses.js";
import { briefingLexicon, type BriefingLexicon } from "./lexicon.js";
import { nearRepeat, pickCovering, sentenceWeights, wordSet } from "./select.js";
import { speechItems, type SpeechItem } from "./speech.js";
import { labels, type BriefingLabels } from "./labels.js";
import { translator, type Translate } from "./translate.js";
import type { Briefing } from "./types.js";

export interface ComposeOptions {
  lang: Lang;
  /**
   * The newest dispatch index of the last briefing this reader received. When the story has a
   * newer dispatch, the briefing says it is new (`isUpdate`). Whatever it is, a grown story leads
   * with its newest dispatch: that is the news.
   */
  sinceDispatch?: number | null;
  /** Caps keep a briefing readable in one chat message. */
  maxPoints?: number;
  maxQuotes?: number;
  maxFigures?: number;
  maxPeople?: number;
}

const LEAD_SHORT = 140; // a first sentence shorter than this gets its follow-up sentence too

/**
 * Composes the briefing from the structured story, as an editor would: the lead, then one point
 * from each part of the rest of the story (so the end is heard as well as the start), weightiest
 * first; who is who; what was said, whole; the numbers with who gives them and what was not given.
 * Pure: same story and options, same briefing.
 */
export function composeBriefing(story: Story, opts: ComposeOptions): Briefing {
  const lex = briefingLexicon[story.lang];
  const tr = translator(story.lang, opts.lang);
  const reader = briefingLexicon[opts.lang];
  const newest = newestDispatch(story);
  const isUpdate = opts.sinceDispatch != null && newest > opts.sinceDispatch;
  const grown = newest > firstDispatch(story);
  const fresh = (s: number) => grown && story.sentences[s]?.dispatch === newest;
  const weights = sentenceWeights(story, lex, fresh);
  const weight = (i: number) => weights[i] ?? 0;
  const heads = headings(story);

  // A title that is the whole first sentence is still followed by it: a wire lead that short is
  // the news itself, and a standfirst cannot be told from it.
  const leadSentences = pickLead(story, newest, heads);
  const first = leadSentences[0];
  // A grown story's headline is its newest dispatch's; the story's title is the first one's.
  const grownLead = !!first && first.dispatch !== firstDispatch(story);
  const title = grownLead
    ? headlineOf(stripDateline(story, first.text), lex)
    : tidyHeadline(story.title, stripDateline(story, first?.text ?? ""), lex);
  const lead = leadSentences.map((s) => stripDateline(story, s.text)).join(" ");
  const used = new Set(leadSentences.map((s) => s.index));
  const seen = [wordSet(lead)];
  const repeats = (text: string) => {
    const w = wordSet(text);
    return seen.some((s) => nearRepeat(s, w));
  };

  // The speakers' own words first: a whole quote says more than any sentence around it.
  const items = speechItems(story);
  const maxQuotes = opts.maxQuotes ?? 5;
  const direct = pickQuotes(items.filter((q) => q.kind === "direct"), weight, used, repeats, maxQuotes);
  const take = (texts: string[], sentences: number[]) => {
    for (const s of sentences) used.add(s);
    for (const t of texts) seen.push(wordSet(t));
  };
  take(direct.map((q) => q.text), direct.flatMap((q) => q.sentences));

  // Then the rest of the story, reported speech included (with its attribution, as written).
  const candidates = story.sentences.filter((s) => !used.has(s.index) && !heads.has(s.index) && !repeats(s.text)).map((s) => s.index);
  const k = Math.min(opts.maxPoints ?? 5, candidates.length);
  const points = pickCovering(candidates, weight, k).map((i) => ({ text: stripDateline(story, story.sentences[i]!.text), sentence: i }));
  take(points.map((p) => p.text), points.map((p) => p.sentence));

  // Reported speech for a speaker not heard yet, while there is room: never in « ».
  const heard = new Set(direct.map((q) => q.speaker));
  for (const p of points) for (const q of story.quotes) if (q.sentence === p.sentence) heard.add(q.speaker);
  const reported = pickQuotes(
    items.filter((q) => q.kind === "indirect" && !heard.has(q.speaker)),
    weight,
    used,
    repeats,
    Math.max(0, maxQuotes - direct.length),
  );
  const quotes = [...direct, ...reported];

  const figures = pickFigures(story, lex, weight, opts.maxFigures ?? 6).map((f) => ({
    text: f.text,
    claimedBy: f.claimedBy ? claimant(story, f.claimedBy, lex, tr, reader) : null,
    sentence: f.sentence,
  }));
  const unstated = story.unstated.map((u) => ({ text: unstatedLine(story, u, lex, tr, labels[opts.lang]), sentence: u.sentence }));
  const people = listPeople(story, leadSentences.map((s) => s.index), fresh, tr).slice(0, opts.maxPeople ?? 10);

  const cited = new Set<number>([
    ...leadSentences.map((s) => s.index),
    ...points.map((p) => p.sentence),
    ...quotes.flatMap((q) => q.sentences),
    ...figures.map((f) => f.sentence),
    ...unstated.map((u) => u.sentence),
  ]);
  const citations: Citation[] = [...cited]
    .sort((a, b) => a - b)
    .flatMap((i) => {
      const s = story.sentences[i];
      return s ? [{ sentence: i, text: s.text }] : [];
    });

  return {
    lang: opts.lang,
    title,
    lead,
    isUpdate,
    leadSentences: leadSentences.map((s) => s.index),
    points,
    people,
    quotes: quotes.map((q) => ({ speaker: q.kind === "direct" ? displayName(story, q.speaker, tr) : claimant(story, q.speaker, lex, tr, reader), text: q.text, kind: q.kind, sentence: q.sentences[0]!, sentences: q.sentences })),
    figures,
    unstated,
    citations,
  };
}

/** The index of the newest dispatch (0 for a story ingested once). */
export function newestDispatch(story: Story): number {
  let max = 0;
  for (const d of story.dispatches) max = Math.max(max, d.index);
  for (const s of story.sentences) max = Math.max(max, s.dispatch);
  return max;
}

function firstDispatch(story: Story): number {
  return story.sentences[0]?.dispatch ?? 0;
}

/**
 * The dispatch's first sentence that is a sentence (a standfirst or a kicker line without a full
 * stop announces the story, it does not tell it), and its follow-up when it is short.
 */
function pickLead(story: Story, dispatch: number, heads: Set<number>): Sentence[] {
  const own = story.sentences.filter((s) => s.dispatch === dispatch);
  const body = own.filter((s) => !heads.has(s.index));
  const pool = body.length ? body : own.length ? own : story.sentences;
  const [first, second] = pool;
  if (!first) return [];
  // A quote following the lead is shown with the quotes, whole, rather than run into the lead.
  // Nor a question (« Des loyers trop chers ? » is a subhead or a teaser, not news).
  const follows = second && second.index === first.index + 1 && !/^\s*[«"“]/u.test(second.text) && !/\?\s*[»"”]?\s*$/u.test(second.text);
  return follows && stripDateline(story, first.text).length < LEAD_SHORT ? [first, second] : [first];
}

/**
 * What was said: one item per speaker first (the weightiest), so that every side is heard, then
 * more from the same speakers. Items whose sentence is already told, or that repeat it, are left out.
 */
function pickQuotes(
  items: SpeechItem[],
  weight: (i: number) => number,
  used: Set<number>,
  repeats: (text: string) => boolean,
  max: number,
): SpeechItem[] {
  const score = (q: SpeechItem) => weight(q.sentences[0]!);
  const open = items.filter((q) => !q.sentences.some((s) => used.has(s)) && !repeats(q.text));
  const eligible = open.sort((a, b) => score(b) - score(a));
  const picked: SpeechItem[] = [];
  const speakers = new Set<string>();
  for (const q of eligible) {
    if (picked.length >= max) break;
    if (!speakers.has(q.speaker)) (picked.push(q), speakers.add(q.speaker));
  }
  for (const q of eligible) {
    if (picked.length >= max) break;
    if (!picked.includes(q)) picked.push(q);
  }
  return picked.sort((a, b) => score(b) - score(a));
}

/** The story's normalised units of time: a duration (« dix jours ») is not a number to brief. */
const DURATIONS = new Set(["jours", "heures", "semaines", "mois", "ans", "années", "minutes", "secondes", "siècles"]);

/**
 * The figures a reader weighs: counts, money, distances, shares, and any other count the story
 * gives (« plus de 5 500 morts », « 1 200 »). Left out: small counts (« trois juges »), dates,
 * ages (a bare number by a name), durations, a day after a month (« Oct. 7 attacks »). One from
 * each part of the story first, weightiest first; troop counts lead.
 */
function pickFigures(story: Story, lex: BriefingLexicon, weight: (i: number) => number, max: number): Figure[] {
  const afterMonth = (f: Figure) => {
    // Only a day of the month: written in digits, 31 at most, right after the month's name.
    if (!/^\d{1,2}\b/u.test(f.text) || f.value > 31) return false;
    const s = story.sentences[f.sentence]?.text ?? "";
    const at = s.indexOf(f.text);
    return at > 0 && lex.monthBefore.test(s.slice(Math.max(0, at - 12), at));
  };
  const briefed = (f: Figure) =>
    ((f.category === "troops" && f.value >= 10) || f.category === "equipment" || f.category === "money" || f.category === "distance" || f.category === "percent" ||
      (f.category === "other" && f.value >= 10 && !DURATIONS.has(f.unit ?? "") && (f.unit !== null || f.value >= 100))) &&
    !afterMonth(f);
  const seenText = new Set<string>();
  const figs = story.figures.filter((f) => {
    const key = f.text.toLowerCase();
    if (!briefed(f) || seenText.has(key)) return false;
    seenText.add(key);
    return true;
  });
  const bySentence = new Map<number, Figure[]>();
  for (const f of figs) bySentence.set(f.sentence, [...(bySentence.get(f.sentence) ?? []), f]);
  const sentences = pickCovering([...bySentence.keys()], weight, max);
  const out: Figure[] = sentences.map((s) => bySentence.get(s)![0]!);
  // Room left: the other figures of the chosen sentences, then the rest, weightiest first.
  const rest = figs.filter((f) => !out.includes(f)).sort((a, b) => weight(b.sentence) - weight(a.sentence) || a.sentence - b.sentence);
  for (const f of rest) if (out.length < max) out.push(f);
  // Troop counts lead: they are what such stories turn on.
  return out.sort((a, b) => Number(b.category === "troops") - Number(a.category === "troops") || weight(b.sentence) - weight(a.sentence));
}

function entity(story: Story, name: string): Speaker | undefined {
  return story.speakers.find((s) => s.name === name) ?? story.people.find((p) => p.name === name);
}

/** A name in the reader's language: people keep theirs; institutions and groups are translated when they can be. */
function displayName(story: Story, name: string, tr: Translate): string {
  const e = entity(story, name);
  return e && e.kind === "person" ? name : (tr.label(name) ?? name);
}

/**
 * Who gives a figure, ready to follow « selon » / « according to »: with the article the story
 * itself uses before the name (« le Pentagone », « les Occidentaux »), or the lexicon's; a name
 * translated into the reader's language takes that language's article.
 */
function claimant(story: Story, name: string, lex: BriefingLexicon, tr: Translate, reader: BriefingLexicon): string {
  const e = entity(story, name);
  if (!e || e.kind === "person") return name;
  if (tr.identity) {
    const article = articleInStory(story, e) ?? lex.article(name, e.kind, e.gender);
    return article ? `${article}${name}` : name;
  }
  const shown = tr.label(name);
  if (!shown) return name;
  const article = reader.article(shown, e.kind, null);
  return article ? `${article}${shown}` : shown;
}

const ARTICLE_BEFORE: Record<string, string> = { le: "le ", la: "la ", les: "les ", "l'": "l'", du: "le ", des: "les ", au: "le ", aux: "les ", the: "the " };

function articleInStory(story: Story, e: Speaker): string | null {
  const name = e.name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const re = new RegExp(`(?<!\\p{L})(le|la|les|l['’]|du|des|au|aux|the)\\s*${name}(?!\\p{L})`, "iu");
  for (const i of e.mentions) {
    const m = re.exec(story.sentences[i]?.text ?? "");
    if (m) return ARTICLE_BEFORE[m[1]!.toLowerCase().replace("’", "'")] ?? null;
  }
  return null;
}

/**
 * A number not given, as a whole clause of its sentence: « n'a pas précisé le nombre de soldats »
 * is extended to « … que fournira chaque pays » so that it does not say the opposite. In another
 * language than the story's, what was not given is translated whole, or named by its kind with
 * the story's own words beside it (never a shorter translation that drops « chaque pays »), and
 * who did not give it follows.
 */
function unstatedLine(story: Story, u: Story["unstated"][number], lex: BriefingLexicon, tr: Translate, l: BriefingLabels): string {
  const sentence = story.sentences[u.sentence]?.text ?? u.text;
  const at = sentence.indexOf(u.text);
  const whole = at >= 0 ? wholeClause(sentence, at, at + u.text.length, lex) : u.text;
  if (tr.identity) return whole;
  const from = whole.indexOf(u.what);
  const what = from >= 0 ? whole.slice(from) : u.what;
  const body = tr.label(what) ?? `${l.kindOf[u.category]} (${l.asWritten(what)})`;
  if (!u.by) return body;
  const by = stripArticle(u.by);
  return `${body}, ${l.by(tr.label(by) ?? by)}`;
}

function listPeople(story: Story, leadSentences: number[], fresh: (s: number) => boolean, tr: Translate): Briefing["people"] {
  const spoke = new Set(story.quotes.map((q) => q.speaker));
  const entries = [...story.speakers, ...story.people];
  const firstMention = (m: number[]) => (m.length ? Math.min(...m) : Number.MAX_SAFE_INTEGER);
  // Protagonists first: the news's people in an update, then who is named most and spoke,
  // then the order the story introduces them.
  const lead = new Set(leadSentences);
  const score = (e: Speaker) =>
    Math.min(4, e.mentions.length) + (spoke.has(e.name) ? 2 : 0) + (e.role ? 1 : 0) + (e.mentions.some((m) => lead.has(m)) ? 3 : 0);
  const seen = new Set<string>();
  return entries
    // Who is who names people, and institutions whose role the story gives; « Pentagone » alone
    // tells the reader nothing the quotes and figures do not.
    // A person the story neither describes nor quotes and names once is a passing mention.
    .filter((e) => (e.kind === "person" && (spoke.has(e.name) || e.mentions.length >= 2)) || wholeRole(e.role))
    // A name has a capital somewhere (« président du » is a role the story failed to attach).
    .filter((e) => /\p{Lu}/u.test(e.name))
    .filter((e) => (seen.has(e.name) ? false : (seen.add(e.name), true)))
    .sort(
      (a, b) =>
        Number(b.mentions.some(fresh)) - Number(a.mentions.some(fresh)) ||
        score(b) - score(a) ||
        firstMention(a.mentions) - firstMention(b.mentions),
    )
    .map((e) => ({ name: displayName(story, e.name, tr), role: wholeRole(e.role) ? (tr.label(e.role!) ?? e.role) : null, spoke: spoke.has(e.name) }));
}

/** A role cut short (« président du », « head of the ») is no role to print. */
function wholeRole(role: string | null): boolean {
  return !!role && !/(?:^|\s)(?:de|du|des|d['’]|la|le|les|l['’]|of|the|and|et|à|au|aux|for|in)\s*[,;:]?$/iu.test(role.trim());
}
