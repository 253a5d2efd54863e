import type { Ctx } from "./context.js";
import type { Lang } from "./reply.js";
import { fit, pick, type Draft } from "./compose.js";
import { keysOf, type KeySet } from "./index.js";
import type { Term } from "./query.js";
import { nameRuns } from "./answers/unmentioned.js";
import { fold, frKeys } from "./text.js";
import { nationalityGroupsOf } from "./lexicon.js";
import { isPlaceName } from "../story/lang/places.js";
import { askedUnit } from "./figure-fit.js";
import { backReferenceWords } from "./lexicon-people.js";
import { namelessAnswer, sumlessAnswer } from "./asked-kind.js";

/*
 * What an answer must carry before it is said, whichever answerer wrote it. A question presupposes
 * what it names (« how many people have left Z? », « combien dépense le pays X ? »): an answer whose
 * sentences never speak of Z answers of something else, however many other words it shares with the
 * question. A sentence speaks of Z when it writes Z (or its translation), names it by a mention the
 * story ties to it, or stands right after a sentence of the same paragraph that writes it (the « it »,
 * « the country » of news writing). Read once the answer is drafted (engine.ts), so every answerer
 * is held to it.
 */

/** The sentences an answer rests on, with the one before each in its paragraph (where its pronoun points). */
function carriers(ctx: Ctx, cites: readonly number[]): number[] {
  const sentences = ctx.index.story.sentences;
  const out = new Set<number>();
  for (const c of cites) {
    out.add(c);
    const prev = sentences[c - 1];
    if (prev && prev.paragraph === sentences[c]?.paragraph) out.add(c - 1);
  }
  return [...out];
}

/** A name's terms: each of its words as the question reads it, with the translations of a phrase it is part of. */
function nameTerms(ctx: Ctx, run: readonly string[]): Term[] {
  const out: Term[] = [];
  for (const w of run) {
    const t = ctx.query.terms.find((x) => x.word === fold(w));
    if (!t) continue;
    out.push(t);
    const alt = ctx.query.alternatives.get(t);
    if (alt) for (const a of [...alt.own, ...alt.translation]) if (!out.includes(a)) out.push(a);
  }
  return out;
}

/** Whether some of `terms` is found in `keys`. */
function holds(ctx: Ctx, keys: KeySet, terms: readonly Term[]): boolean {
  return terms.some((t) => ctx.m.has(keys, t));
}

/** The keys of the countries some of `ws` name, in every language (names, capital, adjective): « Royaume-Uni » ~ "UK". */
// A run's country keys depend on its words alone: worked out once per run, not on every question that names it
// (bounded: cleared when full, as readers name few places).
const countryMemo = new Map<string, ReadonlySet<string> | null>();

function countryKeys(ws: readonly string[]): ReadonlySet<string> | null {
  const key = ws.join(" ");
  const hit = countryMemo.get(key);
  if (hit !== undefined) return hit;
  if (countryMemo.size > 2000) countryMemo.clear();
  const out = countryKeysNow(ws);
  countryMemo.set(key, out);
  return out;
}

function countryKeysNow(ws: readonly string[]): ReadonlySet<string> | null {
  const own = new Set([...frKeys(ws.join("")), ...ws.flatMap((w) => frKeys(w)), fold(ws.join(""))]);
  const groups = nationalityGroupsOf(own);
  return groups.length ? new Set(groups.flatMap((g) => [...g])) : null;
}

/** Whether `keys` hold the name: its words as the question reads them, or its country's keys. */
function holdsName(ctx: Ctx, keys: KeySet, terms: readonly Term[], country: ReadonlySet<string> | null): boolean {
  if (holds(ctx, keys, terms)) return true;
  if (country) for (const k of keys) if (country.has(k)) return true;
  return false;
}

/** « other countries », « à part X », "besides X": the question asks for others of the kind it names. */
const OTHERS = /\b(?:other|others|besides|apart from|except|aside from|autres?|a part|sauf|hormis|outre|en dehors d)\b/;

/** The places a sentence names (« Norway, Finland and Estonia »): its runs of capitalised words a table knows as places. */
function placesIn(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}[\p{L}'’-]*))*/gu)) {
    const run = m[0].replace(/['’]s$/u, "");
    if (isPlaceName(run)) out.push(run);
    else for (const w of run.split(/\s+/)) if (isPlaceName(w.replace(/['’]s$/u, ""))) out.push(w);
  }
  return out;
}

/** What kind of thing a name of the question is, when a table or the story tells: a place, or a person the story names. */
function kindOf(ctx: Ctx, run: readonly string[]): "place" | "person" | null {
  if (isPlaceName(run.join(run.length > 1 && /-/.test(ctx.query.raw) ? "-" : " ")) || isPlaceName(run.join(" "))) return "place";
  const folded = run.map(fold);
  const hit = ctx.hits.find((h) => h.by === "name" && h.entity.kind === "person" && h.entity.nameWords.some((n) => folded.includes(fold(n))));
  return hit ? "person" : null;
}

/** Whether a sentence names another thing of the kind: a place, or a person of the story, that the question does not name. */
function namesRival(ctx: Ctx, draft: Draft, i: number, kind: "place" | "person", terms: readonly Term[], country: ReadonlySet<string> | null): boolean {
  const text = ctx.index.story.sentences[i]?.text ?? "";
  // a place the question's words stand for (the capital of a country it names, through the lexicon) is no other place
  const asked = (name: string): boolean => holds(ctx, keysOf(name, false, ctx.index.story.lang === "en"), ctx.query.terms);
  if (kind === "place") return placesIn(text).some((p) => !holdsName(ctx, keysOf(p, false, ctx.index.story.lang === "en"), terms, country) && !asked(p));
  // the one whose words answer (« what did she say about X? ») is no one else named in X's stead
  const answering = new Set([ctx.entity?.name, draft.focus ?? undefined, ...(draft.quotes ?? []).map((q) => q.speaker)]);
  return ctx.index.entities.some((e) => e.kind === "person" && e.mentions.includes(i) && !answering.has(e.name) && !asked(e.name));
}

/**
 * The question's names: its runs of capitalised words, and its first word when that is a name of a person
 * the story names (« Ivanov arrive quand ? »): a capital that opens a sentence marks no name by itself,
 * but a word the story gives a person as theirs is one wherever the question puts it.
 */
function namesAsked(ctx: Ctx): string[][] {
  const runs = nameRuns(ctx, true);
  const first = /^[\s«"“'‘(]*(\p{Lu}\p{Ll}[\p{L}'’-]*)/u.exec(ctx.query.raw)?.[1];
  if (!first || runs.some((r) => r.includes(first))) return runs;
  const f = fold(first.replace(/['’]s$/u, ""));
  const person = ctx.hits.some((h) => h.by === "name" && h.entity.kind === "person" && h.entity.nameWords.some((n) => fold(n) === f));
  return person ? [[first], ...runs] : runs;
}

/**
 * The first name of the question the story writes somewhere but none of the answer's sentences (nor
 * the answer's own words) speaks of, where the answer's sentences name another of its kind in its
 * stead (« how much does X spend? » answered from a sentence about Y and Z); null when the answer
 * carries every name, or cites nothing to judge.
 */
export function missingName(ctx: Ctx, draft: Draft): string | null {
  if (!draft.answered || !draft.cites.length || OTHERS.test(ctx.query.folded)) return null;
  // words the question quotes, found in the answer's sentence, say which sentence is asked about
  const fragment = ctx.query.fragment ? fold(ctx.query.fragment) : null;
  if (fragment && draft.cites.some((i) => fold(ctx.index.story.sentences[i]?.text ?? "").includes(fragment))) return null;
  const runs = namesAsked(ctx);
  if (!runs.length) return null;
  const near = carriers(ctx, draft.cites);
  const text = fit(draft.parts);
  // the answer's own words are read only for a name its sentences do not carry (most answers carry every name)
  let textKeys: KeySet | null = null;
  const answerKeys = (): KeySet => (textKeys ??= keysOf(text, false, ctx.index.story.lang === "en"));
  for (const run of runs) {
    const terms = nameTerms(ctx, run);
    if (!terms.length) continue;
    // a name the story never writes is the unmentioned step's; one the question's words cannot find is not judged here
    const country = countryKeys(run.map(fold));
    const where = ctx.index.sentences.filter((s) => holdsName(ctx, s.keys, terms, country)).map((s) => s.index);
    if (!where.length) continue;
    if (where.some((i) => near.includes(i)) || holdsName(ctx, answerKeys(), terms, country)) continue;
    // a person or institution the story names by its mentions (« he », « the ministry »)
    const folded = run.map(fold);
    const entity = ctx.hits.find((h) => h.by === "name" && h.entity.nameWords.some((n) => folded.includes(fold(n))))?.entity;
    if (entity && (entity.mentions.some((i) => near.includes(i)) || fold(text).includes(fold(entity.name)))) continue;
    // a sentence that names no other place or person may speak of it by a description (« the city », « the vessel »)
    const kind = kindOf(ctx, run);
    if (!kind || !draft.cites.every((i) => namesRival(ctx, draft, i, kind, terms, country))) continue;
    // as the reader wrote it (« Royaume-Uni »)
    const from = ctx.query.raw.indexOf(run[0]!);
    const to = ctx.query.raw.indexOf(run[run.length - 1]!, from) + run[run.length - 1]!.length;
    return from >= 0 && to > from ? ctx.query.raw.slice(from, to) : run.join(" ");
  }
  return null;
}

/**
 * Per language: what asks for a quantity (« how many », « quel âge »), and the words that give one
 * without digits (« several days », « la moitié »). An answer is read with every language's words:
 * it may quote the story in the other one.
 */
const QUANTITY: Readonly<Record<Lang, { asks: RegExp; words: RegExp }>> = {
  en: {
    asks: /\bhow (?:many|much|old)\b|\bwhat (?:[a-z]+ )?age\b|\bwhat (?:is |was |are |were )?(?:the )?(?:[a-z]+ )?(?:number|percentage|proportion|share) of\b/,
    words:
      /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|trillions?|dozens?|half|halves|third|quarter|several|few|many|once|twice|double|triple|decades?|century|centuries|none|zero|no)\b/,
  },
  fr: {
    asks: /\bcombien\b|\bquel (?:[a-z]+ )?age\b|\bquel(?:le)?s? (?:est |sont |etait )?(?:le |la |les )?(?:nombre|pourcentage|proportion|part) d/,
    words:
      /\b(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|quarante|cinquante|soixante|cents?|mille|milliers?|millions?|milliards?|douzaines?|dizaines?|centaines?|moitie|tiers|quart|plusieurs|quelques|nombreux|nombreuses|double|triple|decennies?|siecles?|aucun|aucune|zero)\b/,
  },
};

/** Answerers of figures, whose answers say the number or that none was given: not held to carry a number here. */
const FIGURE_INTENTS: ReadonlySet<string> = new Set(["count", "claimant", "compare"]);

/**
 * Whether the question asks for a quantity (« what retirement age does X want? ») and the answer,
 * from an answerer of another kind (a speaker's words, a sentence), gives no number at all.
 */
export function missingQuantity(ctx: Ctx, draft: Draft): boolean {
  if (!draft.answered || FIGURE_INTENTS.has(draft.intent)) return false;
  if (!QUANTITY[ctx.query.lang].asks.test(ctx.query.folded)) return false;
  const text = fold(fit(draft.parts));
  return !/\d/.test(text) && !Object.values(QUANTITY).some((q) => q.words.test(text));
}

/**
 * « combien coûte X par élève ? », "how much per soldier?": an amount per unit, answered by an answerer
 * of sentences (figures' own answerer reads the unit itself) from sentences that never speak of the unit:
 * those give a total, or another thing's amount. The unit's noun, when so.
 */
export function missingUnit(ctx: Ctx, draft: Draft): string | null {
  if (!draft.answered || FIGURE_INTENTS.has(draft.intent) || !draft.cites.length) return null;
  // only a quantity is asked per unit: « c'était par visioconférence ? » asks the means
  if (!QUANTITY[ctx.query.lang].asks.test(ctx.query.folded)) return null;
  const word = askedUnit(ctx);
  const unit = word ? ctx.query.terms.find((t) => t.word === word) : undefined;
  if (!unit) return null;
  return draft.cites.some((i) => holds(ctx, ctx.index.sentences[i]?.keys ?? new Set<string>(), [unit])) ? null : word;
}

/** Per language: « what did X say », « qu'a dit X », « qu'est-ce que X a déclaré » — the question for someone's words, X caught. */
const WORDS_OF: Readonly<Record<Lang, readonly RegExp[]>> = {
  en: [/^(?:and |so )?what (?:did|does|do|has|have|had|will|would) (.+?) (?:say|said|tell|told|declare|declared|announce|announced|state|stated)\b/],
  fr: [
    // (« qu'a-t-elle dit sur X »: the pronoun speaks, X is what about)
    /^(?:et |alors )?qu'(?:a|ont|avait|avaient) (?:dit|declare|annonce|affirme) (?!(?:sur|a|au|aux|apres|lors|concernant|pendant|avant) )(.+?)(?: sur| a propos| au sujet| concernant| a | au | aux | apres| lors|$)/,
    /^(?:et |alors )?qu'est-ce qu(?:e |')(.+?) (?:a|ont|avait|avaient) (?:dit|declare|annonce|affirme)\b/,
  ],
};

/** The question's words that name who speaks in « what did X say »; empty when it asks no one's words by name (« what did he say »). */
function speakerTerms(ctx: Ctx): Term[] {
  const folded = ctx.query.folded.replace(/\s+/g, " ").trim().replace(/[?!.]+$/, "").trim();
  for (const re of WORDS_OF[ctx.query.lang]) {
    const m = re.exec(folded);
    if (!m?.[1]) continue;
    const ws = new Set(m[1].split(/[^\p{L}\p{N}'-]+/u).map((w) => w.replace(/^(?:l|d)'/, "")));
    return ctx.query.terms.filter((t) => ws.has(t.word));
  }
  return [];
}

/**
 * « what did X say about Y » answered with the words of someone else (Y's, a third party's that
 * mention X): the words of the sentences the answer rests on, when the story gives them to a
 * speaker, are none of X's. X is known by the question's words before the verb (or the person the
 * conversation is about, for a pronoun), a speaker by their name, aliases and role.
 */
export function otherSpeaker(ctx: Ctx, draft: Draft): string | null {
  // the answerer of speech says itself when someone is not quoted (« X is not quoted; the story names him in these words »)
  if (!draft.answered || !draft.cites.length || draft.intent === "said") return null;
  const terms = speakerTerms(ctx);
  if (!terms.length) return null;
  const quotes = ctx.index.story.quotes.filter((q) => draft.cites.includes(q.sentence));
  const speakers = [...new Set([...quotes.map((q) => q.speaker), ...(draft.quotes ?? []).map((q) => q.speaker)])];
  if (!speakers.length) return null;
  const isAsked = (name: string): boolean => {
    const e = ctx.index.entities.find((x) => x.name === name);
    return holds(ctx, e ? e.keys : keysOf(name, false, ctx.index.story.lang === "en"), terms);
  };
  // someone the story gives words to anywhere is left to the answerers of speech; one it never quotes has no words to give
  if (ctx.index.story.quotes.some((q) => isAsked(q.speaker))) return null;
  return speakers[0]!;
}

/**
 * « qui est le chef de l'armée X ? » answered with someone the story calls only by a description
 * (« X's leader »): who they are is not said by a name. A person's name has a capitalised word other
 * than a place's or an owner's (news writing capitalises names in both languages).
 */
export function namelessPerson(ctx: Ctx, draft: Draft): boolean {
  if (!draft.answered || draft.intent !== "who_is" || !draft.focus) return false;
  const e = ctx.index.entities.find((x) => x.name === draft.focus);
  if (!e || e.kind !== "person") return false;
  // (« Ostland's leader »: the words up to a possessive name the owner, not the person)
  const all = e.name.split(/\s+/);
  const mark = backReferenceWords(ctx.index.story.lang).ownerMark;
  const owner = mark ? all.findLastIndex((w) => mark.test(w)) : -1;
  return !all.slice(owner + 1).some((w) => /^\p{Lu}/u.test(w) && !isPlaceName(w));
}

/** What the question presupposes that the answer does not carry, said as the decline's reason; null when it carries all. */
export function unsupported(ctx: Ctx, draft: Draft): string | null {
  const name = missingName(ctx, draft);
  if (name) return pick(ctx.lang, `La dépêche ne le dit pas pour ${name}.`, `The story does not say that of ${name}.`);
  if (missingQuantity(ctx, draft)) return pick(ctx.lang, "La dépêche ne donne pas ce chiffre.", "The story does not give that number.");
  if (missingUnit(ctx, draft)) return pick(ctx.lang, "La dépêche ne donne pas ce chiffre par unité.", "The story does not give that figure per unit.");
  if (namelessPerson(ctx, draft)) return pick(ctx.lang, "La dépêche ne nomme pas cette personne.", "The story does not name that person.");
  if (otherSpeaker(ctx, draft)) return pick(ctx.lang, "La dépêche ne rapporte pas ces propos.", "The story does not report those words.");
  if (sumlessAnswer(ctx, draft)) return pick(ctx.lang, "La dépêche ne donne pas cette somme.", "The story does not give that sum.");
  if (namelessAnswer(ctx, draft)) return pick(ctx.lang, "La dépêche ne donne pas ce nom.", "The story does not give that name.");
  return null;
}
