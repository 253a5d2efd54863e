import type { Draft } from "../compose.js";
import { guillemets, pick, snippet } from "../compose.js";
import { FUTURE_Q, FUTURE_S, read, whOf } from "./reader.js";
import { insideQuote } from "./times.js";
import type { Ctx } from "../context.js";
import { topicTerms } from "../context.js";
import { entitiesIn, onlyInNames } from "../mentions.js";
import { fold } from "../text.js";
import { EN_CALENDAR, FR_CALENDAR } from "../../story/lang/calendar.js";
import { roleIn } from "../labels.js";
import { centralSentences, decline, naming } from "./general.js";
import { frenchLabelInEnglish, placeIn } from "../labels.js";
import { keysOf, type StoryIndex } from "../index.js";
import { COUNT_CLASSES } from "../lexicon.js";
import { asksDay } from "../lexicon-time.js";
import { asksRank, rankAnswer } from "./rank.js";
import { anchored, ASKS_END, ASKS_HOUR, dateIn, datesOf, endAnchored, eventTerms, HOUR_SPOT, isLooseSpan, namedByQuestion, placesOf } from "./anchor.js";
import { questionTerms, rankEvidence } from "../evidence.js";
import { asksTellingPlace, tellingPlace } from "./telling-place.js";

/** Words for equipment in general (« weapons », « matériel »): they name no kind. */
const ANY_EQUIPMENT = new Set("weapon weapons weaponry arms armament equipment hardware system systems arme armes armement armements equipement equipements materiel materiels systeme systemes".split(" "));

/** The French keys of each kind of equipment (tanks, aircraft, ships…). */
const EQUIPMENT_CLASSES: { en: ReadonlySet<string>; keys: ReadonlySet<string> }[] = COUNT_CLASSES.filter((c) => c.category === "equipment").map((c) => ({
  en: new Set(c.en),
  keys: new Set(c.fr.flatMap((w) => [...keysOf(w, true)])),
}));

// Verbs of calling (the caller is named before them) and nouns of a call (context only).
const CALL_VERB = /\b(?:telephone|appele|joint|contacte|called|phoned|rang|telephoned|contacted)\b/;
const CALL_NOUN = /\b(?:telephon\w*|appel\w*|entretien|entretenu\w*|conversation|initiative|phone|call)\b/;
const INITIATIVE = /\b(?:a l'initiative|initiative|at the request|on the initiative|a la demande)\b/;
/**
 * « appeler à manifester », « l'appel à la grève », "called for talks", "called on X to resign": a
 * call for something, no telephone call (French calls a person without « à »), either language (folded).
 */
// (« son appel à un voisin » is a call to someone: only an infinitive or a noun of what is called for follows « à » here)
const CALL_FOR = /\bappel\w*\s+(?:a\s+(?:\w+(?:er|ir|re)\b|(?:la\s+|l')(?:greve|manifestation|mobilisation|resistance|retenue|paix|desobeissance|revolte|vigilance|prudence|solidarite|unite|demission|reprise)\b)|au\s+(?:calme|boycott|dialogue|vote|rassemblement|cessez-le-feu|depart|soulevement|secours)\b|aux\s+(?:dons|urnes|armes)\b)|\bcall(?:s|ed|ing)?\s+(?:for|on\s+(?:\S+\s+){1,4}to)\b/;
const CALL_FOR_G = new RegExp(CALL_FOR.source, "g");
const CALL_WORD_G = new RegExp(`${CALL_NOUN.source}|${CALL_VERB.source}`, "g");

/** A question that asks what something is called. */
const NAME_ASKED = /(?:(?:\b(?:is|are|was|were)\b|'s\b).{1,60}\bcalled$|\bcomment s'appell?e|\bquel (?:est le )?nom\b|\bwhat(?:'s| is) the name\b)/;

/** A question about who asked for the call rather than who made it. */
// « l'appel venait de qui ? », "where did the call come from?": whose initiative it was
const ASKS_INITIATIVE = /\b(?:initiat\w*|request\w*|ask(?:ed)? for|wanted|demande\w*|initiative|voulu|sollicit\w*|ven(?:ait|aient|u|ue)|provenait|came|origin\w*)\b/;

/** The phrase after « à l'initiative », « à la demande », « at the request »: its article, then at most five words, to the clause's end. */
const INITIATIVE_OF = /(?:a l'initiative|a la demande|at the (?:initiative|request)|on the initiative|at the behest)\s+((?:de la |de l'|du |des |de |d'|of (?:the )?)?)([^,;.«»"“”()]{2,60})/;

/** An English label as a noun phrase: « Varian ministry of trade » → « the Varian ministry of trade »; a name as it is. */
function theLabel(label: string): string {
  return /^(?:the|a|an)\s/i.test(label) || !/\s\p{Ll}|^\p{Ll}/u.test(label) || label.startsWith("«") ? label : `the ${label}`;
}

/**
 * Who asked for the call, as the story says it (« à l'initiative de la partie X », "at the request of
 * Y"): the story's words for that side, the answer's line with its source, and the sentence. null
 * when no sentence of a call says whose initiative it was.
 */
export function callInitiative(ctx: Ctx): { words: string; line: string; sentence: number } | null {
  const c = callSentences(ctx.index).find((x) => INITIATIVE.test(x.f));
  if (!c) return null;
  const m = INITIATIVE_OF.exec(c.f.replace(/[’]/g, "'"));
  const line = initiativeLine(ctx, c.s.text, c.s.index);
  if (!m?.[2] || !line) return null;
  return { words: m[2], line, sentence: c.s.index };
}

/** « À l'initiative de la partie américaine (source : le ministère) » in the reader's language; null when the sentence names no one. */
function initiativeLine(ctx: Ctx, text: string, i: number): string | null {
  const { index, lang } = ctx;
  const f = fold(text).replace(/[’]/g, "'");
  const m = INITIATIVE_OF.exec(f);
  if (!m?.[2]) return null;
  // the same words, as the story writes them (accents), cut at five words
  const lead = m[1] ?? "";
  const at = m.index + m[0].length - m[2].length;
  const words = text.slice(at, at + m[2].length).trim().split(/\s+/).slice(0, 5).join(" ");
  const article = text.slice(at - lead.length, at);
  const q = index.story.quotes.find((x) => x.sentence === i);
  if (lang === "fr" || index.story.lang === lang) {
    const src = q ? (lang === "en" ? theLabel(q.speaker) : q.speaker) : null;
    return pick(lang, `À l'initiative ${article.trim() === "" ? "de " : article}${words}${src ? ` (source : ${src})` : ""}.`, `At the initiative ${article.trim() ? article : "of "}${words}${src ? `, according to ${src}` : ""}.`);
  }
  const who = theLabel(roleIn(words, index.story.lang, "en"));
  const src = q ? theLabel(roleIn(q.speaker, index.story.lang, "en")) : null;
  return `At the initiative of ${who}${src ? `, according to ${src}` : ""}.`;
}

const callMemo = new WeakMap<StoryIndex, { s: StoryIndex["story"]["sentences"][number]; f: string; verb: RegExpExecArray | null }[]>();

/** The story's sentences that report a call, folded, with their calling verb: once per story. */
function callSentences(index: StoryIndex) {
  let hit = callMemo.get(index);
  if (!hit) {
    hit = index.story.sentences
      .map((s) => ({ s, f: fold(s.text) }))
      // a call word the story writes only inside a name (« Call of Duty ») reports no call
      // nor a call for something (« l'appel à manifester »)
      .filter(({ f }) => {
        const callsFor = [...f.matchAll(CALL_FOR_G)].map((m) => m.index);
        return [...f.matchAll(CALL_WORD_G)].some((m) => !onlyInNames(index, m[0]) && !callsFor.includes(m.index));
      })
      .map((x) => ({ ...x, verb: CALL_VERB.exec(x.f) }));
    callMemo.set(index, hit);
  }
  return hit;
}

/**
 * The words by which a reader asks about the call itself — who called, whom, at whose request,
 * whether there was one — per language (folded). A question word outside these, that the call's
 * own sentences do not hold either (its language, whether it went well, its other aim, what a
 * third party made of it), asks a detail the call's frame does not give.
 */
const CALL_FRAME_WORDS: Record<"fr" | "en", ReadonlySet<string>> = {
  en: new Set(
    ("call calls called calling caller phone phoned phoning phonecall ring rang rung telephone telephoned contact contacted reached reach dial dialled dialed " +
      "talk talked talking speak spoke spoken conversation conversations chat exchange " +
      "who whom whose make made place placed pick picked initiate initiated initiative request requested ask asked wanted want behind origin start started " +
      "other end line there any one person side party parties each between both two").split(" "),
  ),
  fr: new Set(
    ("appel appels appele appelee appeles appelait appeler appelant telephone telephonique telephoner telephone telephonait coup fil joint joindre contacte contacter " +
      "entretien entretenu entretenus conversation conversations echange echanges parle parler discute " +
      "qui initiative initie demande demandee voulu sollicite origine passe passer " +
      "autre bout ligne partie parties cote deux entre").split(" "),
  ),
};

/** A question word that asks for a thing, a manner or a reason (« de quoi », "what about", « comment »), not for a person. */
const ASKS_THING = /^(?:(?:and|et|so|alors|mais|but)\s+)?(?:(?:de|sur|a|en|dans|avec|pour|par|about|of|in|with|for|on|by)\s+)?(?:what|which|how|why|que|qu'|quel|quelle|quels|quelles|comment|pourquoi)(?=\s|$|')|(?:^|\s)quoi(?=\s|$)/;

/** Whether the question asks a detail of the call that none of the call's sentences holds. */
function asksCallDetail(ctx: Ctx, sentences: number[]): boolean {
  const { index, m } = ctx;
  // « de quoi ont-ils parlé pendant l'appel ? », "how did the call go?": the frame says who, whom and at whose request, not what or how
  const wh = whOf(ctx.query.folded);
  if (wh !== "who" && ASKS_THING.test(ctx.query.folded)) return true;
  const frame = (w: string) => CALL_FRAME_WORDS.en.has(w) || CALL_FRAME_WORDS.fr.has(w);
  return ctx.query.terms.some((t) => {
    if (frame(t.word) || ASKS_INITIATIVE.test(t.word)) return false;
    // the call's own words (the participants, their titles, its day) are its frame
    if (sentences.some((i) => m.found(index.sentences[i]!.keys, [t]).length > 0)) return false;
    return !index.entities.some((e) => e.nameWords.some((n) => fold(n) === t.word));
  });
}

/** The question asks whom someone called, not who called. */
const CALLEE_ASK = /\b(?:(?:appele|telephone|contacte|joint|called|phoned|rang|contacted|call|phone|ring)\s+(?:qui|quoi|whom|who)\b|(?:who|whom) did .{1,40}\b(?:call|phone|ring|contact)\b|a qui .{0,40}(?:telephone|parle)|(?:qui|whom) (?:a-t-il|a-t-elle|ont-ils) (?:appele|telephone))/;

/** The words after the calling verb, to the end of its clause: who was called, as the story says it. */
function calledPhrase(text: string, foldedVerb: string): string | null {
  const ws = [...text.matchAll(/[^\s]+/gu)];
  const at = ws.findIndex((w) => fold(w[0].replace(/[^\p{L}'’-]/gu, "")) === foldedVerb);
  if (at < 0) return null;
  const out: string[] = [];
  for (const w of ws.slice(at + 1, at + 15)) {
    const word = w[0];
    out.push(word.replace(/[,;:.]+$/u, ""));
    if (/[,;:.]$/u.test(word)) break;
  }
  // a time or place phrase between the verb and the one called (« lundi matin son homologue »)
  // is not who was called: the object begins at the next determiner
  if (/^(?:dans|à|au|aux|en|lors|pendant|après|avant|dès|on|in|at|during|after|before|early|late|this|ce|cette|mardi|lundi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday|hier|yesterday)$/iu.test(out[0] ?? "")) {
    const det = /^(?:son|sa|ses|leur|leurs|le|la|les|l['’]\S*|un|une|des|his|her|their|its|the|a|an)$/iu;
    const next = out.findIndex((w, i) => i >= 2 && det.test(w));
    if (next > 0) out.splice(0, next);
  }
  const phrase = out.join(" ").trim();
  return phrase.split(/\s+/).length >= 2 ? phrase : null;
}

/** Who called whom and who took the initiative, from the sentences that report a call. */
export function call(ctx: Ctx): Draft {
  const { index, lang, m } = ctx;
  // « what is the exercise called? », « comment s'appelle … »: a name is asked, not a phone call
  if (NAME_ASKED.test(ctx.query.folded.replace(/[?!.\s]+$/, ""))) return naming(ctx);
  const terms = topicTerms(ctx, null);
  // a guess of the classifier on a question with no word of calling (« qui a révélé l'affaire ») asks about no call;
  // « qui a appelé à manifester ? », "who called for talks?" ask about a call for something, which the other answers read
  if (ctx.reading.source === "classifier" || CALL_FOR.test(ctx.query.folded)) return decline(ctx);
  const calls = callSentences(index).map((x) => ({ ...x, score: m.score(index.sentences[x.s.index]!.keys, terms) }));
  if (!calls.length) return decline(ctx, pick(lang, "La dépêche ne mentionne aucun appel.", "The story mentions no call."));
  // the best report of a call names both ends: caller before the verb, callee after it
  const read = calls
    .filter((c) => c.verb)
    .map((c) => {
      const at = c.verb!.index;
      const placed = entitiesIn(index, c.s.text);
      const persons = placed.filter((p) => p.entity.kind === "person");
      const pool = persons.length ? persons : placed;
      const caller = [...pool].reverse().find((p) => p.at < at) ?? null;
      const callee = pool.find((p) => p.at > at && p.entity !== caller?.entity) ?? null;
      return { ...c, caller, callee, rank: c.score + (caller ? 2 : 0) + (callee ? 1 : 0) };
    })
    .sort((a, b) => b.rank - a.rank || a.s.index - b.s.index);
  const withVerb = read;
  const parts: string[] = [];
  const cites: number[] = [];
  let focus: string | null = null;
  const main = read[0];
  const initiative = calls.find((c) => INITIATIVE.test(c.f) && c.s.index !== main?.s.index) ?? calls.find((c) => INITIATIVE.test(c.f));
  // « was it by video? », « did it go well? », « what else was it for? »: the frame (who called whom,
  // at whose request) does not answer a detail; the sentence that holds it does, or nothing does
  const frameSentences = [main?.s.index, initiative?.s.index].filter((i): i is number => i !== undefined);
  // (« what day », « quel jour » ask the call's date, which its sentence gives below, not a detail)
  if (frameSentences.length && !asksCallDate(ctx) && asksCallDetail(ctx, frameSentences)) return decline(ctx);
  if (main) {
    const { caller, callee } = main;
    // « X a appelé qui ? », « who did X call »: the one called, in the story's words when no name is given
    const object = caller && !callee && CALLEE_ASK.test(ctx.query.folded) ? calledPhrase(main.s.text, main.verb![0]) : null;
    if (caller && object) {
      focus = caller.entity.name;
      // the story's words stay as written; an English reader of a French story gets a gloss when the lexicons give one
      const gloss = lang === "en" && index.story.lang === "fr" ? frenchLabelInEnglish(object.replace(/^(?:son|sa|ses|leur|leurs|le|la|les|un|une|des)\s+/iu, "")) : null;
      parts.push(pick(lang, `${caller.entity.name} a appelé ${guillemets(object)}.`, `${caller.entity.name} called ${guillemets(object)}${gloss ? ` (${gloss})` : ""}.`));
    } else if (caller) {
      focus = caller.entity.name;
      parts.push(
        callee
          ? pick(lang, `${caller.entity.name} a appelé ${callee.entity.name}.`, `${caller.entity.name} called ${callee.entity.name}.`)
          : pick(lang, `C'est ${caller.entity.name} qui a appelé.`, `${caller.entity.name} placed the call.`),
      );
    } else parts.push(snippet(main.s.text, main.verb?.[0] ?? null, 10, index.story.lang));
    cites.push(main.s.index);
  }
  // « à l'initiative de la partie américaine », « at the request of X »: who asked for it, said in a few words with its source
  if (initiative) {
    const line = initiativeLine(ctx, initiative.s.text, initiative.s.index);
    if (line) {
      // « who asked for the call? »: the initiative is the answer, the call itself its context
      if (ASKS_INITIATIVE.test(ctx.query.folded)) parts.unshift(line);
      else parts.push(line);
      cites.push(initiative.s.index);
    }
  }
  // « c'était quand l'appel ? », "what day was the call?": the day the call's own sentence gives leads the answer
  if (main && asksCallDate(ctx)) {
    const day = callDay(ctx, main.s.index);
    if (!day) return settle(decline(ctx, pick(lang, "La dépêche ne dit pas quand a eu lieu l'appel.", "The story does not say when the call took place.")));
    parts.unshift(pick(lang, `Quand : ${day}.`, `When: ${day}.`));
  }
  const confirm = withVerb.find((c) => c.s.index !== main?.s.index && c.s.index !== initiative?.s.index);
  if (confirm) cites.push(confirm.s.index);
  if (!parts.length) {
    const best = [...calls].sort((a, b) => b.score - a.score)[0]!;
    parts.push(snippet(best.s.text, CALL_NOUN.exec(best.f)?.[0] ?? null, 10, index.story.lang));
    cites.push(best.s.index);
  }
  return { answered: true, intent: "call", parts, cites, focus };
}

/** « quand », "what day": a question about the call that asks its date (the call intent read « when » beside it). */
function asksCallDate(ctx: Ctx): boolean {
  // « how long after the call … » asks a span, which the call's day does not give
  if (!ctx.reading.also.includes("when") || /\b(?:how long|how soon|how many|combien de temps|combien|(?:after|before|apres|avant) (?:the |l'|le |la )?(?:first |premier |premiere )?(?:call|appel))\b/.test(ctx.query.folded)) return false;
  const wh = whOf(ctx.query.folded);
  return wh === "when" || wh === "year" || asksDay(ctx.query.folded);
}

/**
 * The day a call's sentence gives it, in the reader's language: the date phrase nearest the
 * calling verb that does not date the telling (« a déclaré samedi »); null when the sentence dates
 * nothing. A year is never added to a day the story gives without one.
 */
function callDay(ctx: Ctx, i: number): string | null {
  const { index, lang } = ctx;
  const storyLang = index.story.lang === "en" ? "en" : "fr";
  const text = index.story.sentences[i]?.text ?? "";
  const verb = CALL_VERB.exec(fold(text));
  const at = verb?.index ?? 0;
  const spots = datesOf(index, i).filter((s) => !insideQuote(text, s.at) && !REPORTING_NEAR[storyLang].test(fold(text.slice(Math.max(0, s.at - 16), s.at))));
  if (!spots.length) return null;
  const near = [...spots].sort((a, b) => Math.abs(a.at - at) - Math.abs(b.at - at))[0]!;
  return dateIn(near.text, lang, storyLang);
}
/** A reporting verb right before a date (« a indiqué samedi », "said on Friday"): the telling's day, not the call's. */
const REPORTING_NEAR: Record<"fr" | "en", RegExp> = {
  fr: /\b(?:a|ont) (?:indique|declare|annonce|precise|affirme|dit|confirme|assure)\s+$/,
  en: /\b(?:said|says|announced|confirmed|told \w+)(?:\s+on)?\s+$/,
};

/** A French day or month (folded) → the English one, capitalised: « mardi » → "Tuesday". */
const capitalised = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);
const DAY_EN: Record<string, string> = Object.fromEntries([
  ...FR_CALENDAR.weekdays.map((d, i) => [d, capitalised(EN_CALENDAR.weekdays[i]!)]),
  ...FR_CALENDAR.months.map((m, i) => [m, capitalised(EN_CALENDAR.months[i]!)]),
]);
const FR_DAYS_MONTHS = [...FR_CALENDAR.weekdays, ...FR_CALENDAR.months].join("|");
/** A date written in French (folded): a day or a month of the French calendar, or a French lead before a year. */
const FRENCH_DATE = new RegExp(`\\b(?:${FR_DAYS_MONTHS})\\b|^(?:en|depuis|d'ici(?: a| au)?|jusqu'(?:a|au|en)|avant|apres)\\s+\\d`);
/** French seasons and the words that name one, in English (folded French → English): « cet été » → "this summer". */
const SEASON_EN: Record<string, string> = { printemps: "spring", ete: "summer", automne: "autumn", hiver: "winter" };
const SEASON_LEAD_EN: Record<string, string> = { cet: "this", ce: "this", cette: "this", au: "in", en: "in", "l'": "", "d'": "" };
/** A season as a French story writes it, with its determiner or preposition. */
const SEASON_WRITTEN = /(?:(?<![\p{L}])(?:cet|ce|au|en)\s+|(?<![\p{L}])[ld]['’])?(?:printemps|été|ete|automne|hiver)(?![\p{L}])/iu;
// « été » folded is also the participle (« a été adopté »): a season only after the words that name one (« cet été », « en été », « l'été »)
const TIME_WORD = new RegExp(`\\b(?:${FR_DAYS_MONTHS}|aujourd'hui|hier|demain|printemps|(?<=\\b(?:cet|en|l'|d'|l|d)\\s?)ete|automne|hiver|(?:19|20)\\d\\d)\\b`, "g");

/** Per story and sentence: what timesIn and placesIn found (they read the story alone). */
const timesMemo = new WeakMap<StoryIndex, Map<number, string[]>>();
const placesMemo = new WeakMap<StoryIndex, Map<number, string[]>>();
function perSentence(memo: WeakMap<StoryIndex, Map<number, string[]>>, ctx: Ctx, i: number, read: (ctx: Ctx, i: number) => string[]): string[] {
  let m = memo.get(ctx.index);
  if (!m) memo.set(ctx.index, (m = new Map()));
  let hit = m.get(i);
  if (!hit) m.set(i, (hit = read(ctx, i)));
  return hit;
}

/** Dates and weekdays a sentence gives, from the story's date mentions and plain time words. */
export function timesIn(ctx: Ctx, i: number): string[] {
  return perSentence(timesMemo, ctx, i, readTimes);
}

function readTimes(ctx: Ctx, i: number): string[] {
  const text = ctx.index.story.sentences[i]?.text ?? "";
  // « aujourd'hui » inside a quote is the speaker's day, not one the story dates
  const quotedOnly = (w: string) => {
    if (!/^(?:aujourd'hui|hier|demain|today|yesterday|tomorrow)$/.test(w)) return false;
    const at = [...text.matchAll(new RegExp(w.replace("'", "['’]"), "gi"))].map((x) => x.index ?? 0);
    return at.length > 0 && at.every((p) => insideQuote(text, p));
  };
  const marked = ctx.index.story.dates.filter((d) => d.sentence === i && !quotedOnly(fold(d.text).replace(/’/g, "'"))).map((d) => d.text);
  // a season is said as the story writes it, with what names it (« cet été », « au printemps »), not as a folded word
  const plain = [...fold(text).matchAll(TIME_WORD)].map((m) => m[0]).filter((w) => !quotedOnly(w)).map((w) => (SEASON_EN[w] ? (SEASON_WRITTEN.exec(text)?.[0] ?? w) : w));
  const markedFolded = marked.map(fold);
  return [...marked, ...plain.filter((p) => !markedFolded.some((f) => f.includes(p)))];
}

const DATED = new RegExp(`\\d|\\b(?:${FR_DAYS_MONTHS})\\b`);

export function placesIn(ctx: Ctx, i: number): string[] {
  return perSentence(placesMemo, ctx, i, readPlaces);
}

function readPlaces(ctx: Ctx, i: number): string[] {
  // the places anchor.ts reads (a preposition of place, no one's name, no dative « à »), the dateline's own for its sentence
  const read = placesOf(ctx.index, i);
  const dateline = ctx.index.story.places.filter((p) => p.sentence === i && p.text === ctx.index.story.dateline?.place).map((p) => p.text);
  return [...new Set([...dateline, ...read])];
}

/** « jeudi 12 octobre » → « jeudi 12 octobre (Thursday 12 October) ». */
export function glossDate(lang: string, t: string): string {
  return gloss(lang, t);
}

/** The part of a month a French date names before it (« fin mai », « début juin », « mi-juillet »), in English. */
const MONTH_PART_EN: Readonly<Record<string, string>> = { fin: "late", debut: "early", mi: "mid" };

/** A French date phrase in English words alone (the story's words are given beside it by the caller). */
function englishDate(t: string): string {
  const bare = t.trim().replace(/^(?:le|la|du|au)\s+/iu, "");
  const en = dateIn(bare, "en", "fr");
  return en.endsWith(` (${bare})`) ? en.slice(0, -bare.length - 3) : en;
}

function gloss(lang: string, t: string): string {
  if (lang !== "en") return t;
  // a French date in an English answer is said in English first, the story's own words after it to find it by
  // (« le 3 mai » → « 3 May (le 3 mai) »; « en 2019 », whose figures say it all, → « 2019 »), as dateIn says every date
  const f = fold(t).replace(/’/g, "'");
  if (FRENCH_DATE.test(f)) {
    // « entre le 3 et le 9 mai »: a range, each end said in English; « fin mai », « début juin »: the part of the month too
    const range = /^entre\s+(.+?)\s+et\s+(.+)$/u.exec(t.trim());
    if (range) return `between ${englishDate(range[1]!)} and ${englishDate(range[2]!)} (${t})`;
    const part = /^(fin|debut|mi)[\s-]+/.exec(f);
    if (part && MONTH_PART_EN[part[1]!]) return `${MONTH_PART_EN[part[1]!]} ${englishDate(t.trim().replace(/^\S+?[\s-]+/u, ""))} (${t})`;
    const en = englishDate(t);
    if (en !== t) return t.endsWith(en) ? en : `${en} (${t})`;
  }
  let changed = false;
  const en = t.split(/\s+/).flatMap((w) => {
    const f = fold(w).replace(/’/g, "'");
    // « l'été », « cet été »: the season and its determiner in English
    const season = SEASON_EN[f.replace(/^[ld]'/, "")];
    if (season) {
      changed = true;
      return [season];
    }
    if (f in SEASON_LEAD_EN && SEASON_WRITTEN.test(t)) return SEASON_LEAD_EN[f] ? [`\u0000${SEASON_LEAD_EN[f]}`] : [];
    const d = DAY_EN[f];
    if (d) changed = true;
    return [d ?? (w === "1er" ? "1" : w)];
  }).map((w) => w.replace(/^\u0000/, ""));
  return changed ? `${en.filter((w) => !/^(?:le|la|au|du|en|l')$/i.test(w)).join(" ")} (${t})` : t;
}

const END_Q = /\b(?:until when|till when|how long|combien de temps|pendant combien|when (?:does|will|did) .{0,40}(?:end|finish|close|stop|run)|jusqu'a quand|quand (?:se termine|s'acheve|prend fin|finit)|fin de|end of|deadline|date limite)\b/;
const END_S = /\b(?:jusqu'(?:au|a|en)|s'achev\w*|prendr\w* fin|se termin\w*|until|ending|expire\w*)\b/;
const START_Q = /\b(?:since when|depuis quand|a partir de quand|when (?:did|does|will) .{0,40}(?:start|begin|began|open)|quand (?:a commence|commence|debute|a debute))\b/;
const START_S = /\b(?:depuis|a partir d\w*|debut\w*|commenc\w*|lance\w*|ouvert\w*)\b/;

/** Words of a question about the whole story (« where is it happening »), per language: they name no event of their own. */
const WHOLE_STORY: Record<"fr" | "en", ReadonlySet<string>> = {
  en: new Set("it this that happening happen happened going on take takes taking place there story news all everything".split(" ")),
  fr: new Set("ca cela se passe passer deroule deroulent lieu tout histoire info infos".split(" ")),
};

/** « where is it happening? », « où ça se passe ? » asked first, not as a follow-up: a question about the story's place. */
export function asksStoryPlace(ctx: Ctx): boolean {
  if (ctx.previous?.length) return false;
  // the question's words and the translations the query adds (« taking place » → « se déroule ») are read in both languages
  return topicTerms(ctx, null).every((t) => WHOLE_STORY.en.has(t.word) || WHOLE_STORY.fr.has(t.word));
}

/** The story's place: its dateline and the places of its most central opening sentence. */
export function storyPlace(ctx: Ctx): Draft | null {
  const { index, lang } = ctx;
  const lead = centralSentences(index)[0];
  const places = [index.story.dateline?.place ?? null, ...(lead ? placesIn(ctx, lead.index) : [])].filter((p): p is string => Boolean(p));
  const unique = places
    .filter((p, k) => places.findIndex((q) => fold(q).includes(fold(p)) || fold(p).includes(fold(q))) === k)
    .slice(0, 3)
    // a French story's place names in English where the lexicon knows them (« Russie » → « Russia »), as written otherwise
    .map((p) => (lang === "en" ? roleIn(p, index.story.lang, "en").replace(/^« (.*) »$/, "$1") : p));
  if (!unique.length) return null;
  return { answered: true, intent: "where", parts: [pick(lang, `Où : ${unique.join(", ")}.`, `Where: ${unique.join(", ")}.`)], cites: lead ? [lead.index] : [] };
}

/**
 * Words of a question about the dispatch itself (« l'article date de quand », "where was this filed
 * from", « c'est de quel jour ce fil ») per language: nouns for the dispatch, verbs of writing and
 * filing, and the words that frame a date or an origin.
 */
const DISPATCH_NOUNS: Record<"fr" | "en", ReadonlySet<string>> = {
  en: new Set("article story piece dispatch wire text item news dateline datelined".split(" ")),
  fr: new Set("article depeche fil papier texte info dateline".split(" ")),
};
const DISPATCH_WORDS: Record<"fr" | "en", ReadonlySet<string>> = {
  en: new Set("written write wrote filed file published publish posted dated date from come comes came day out released it this city town place location".split(" ")),
  fr: new Set("ecrit ecrite redige redigee publie publiee date datee vient provient paru parue sorti sortie jour quand ville lieu endroit".split(" ")),
};
/** Nouns that frame a place in a question about the dispatch (« de quelle ville », "what city"), per language. */
const DISPATCH_PLACE: Record<"fr" | "en", ReadonlySet<string>> = {
  en: new Set("city town place location".split(" ")),
  fr: new Set("ville lieu endroit".split(" ")),
};

/**
 * « what city is the dispatch from? », « de quelle ville vient l'article ? » asked in a form no
 * « where » reads: the dateline's place (or a plain decline when the story has none); null otherwise.
 */
export function dispatchOrigin(ctx: Ctx): Draft | null {
  if (!asksDispatch(ctx)) return null;
  const words = ctx.query.terms.map((t) => t.word);
  if (!words.some((w) => DISPATCH_PLACE.en.has(w) || DISPATCH_PLACE.fr.has(w))) return null;
  return dispatchWhenWhere(ctx, false);
}

/** A question about when or where the dispatch itself was written, not about an event it tells. */
function asksDispatch(ctx: Ctx): boolean {
  const words = ctx.query.terms.map((t) => t.word);
  if (!words.length) return false;
  const known = (w: string) => DISPATCH_NOUNS.en.has(w) || DISPATCH_NOUNS.fr.has(w) || DISPATCH_WORDS.en.has(w) || DISPATCH_WORDS.fr.has(w);
  if (!words.every(known)) return false;
  // « when was it published » after another answer asks about what that answer told: only a noun for the dispatch says otherwise
  // "filed", « rédigé » say the dispatch itself whatever came before
  const noun = words.some((w) => DISPATCH_NOUNS.en.has(w) || DISPATCH_NOUNS.fr.has(w) || /^(?:filed|written|wrote|dateline|ecrite?|redigee?)$/.test(w));
  const writing = words.some((w) => DISPATCH_WORDS.en.has(w) || DISPATCH_WORDS.fr.has(w));
  return noun || (writing && !ctx.previous?.length);
}

/** « 18 juillet », "April 22, 2025": a day of a named month, per month of either language, built once. */
const DAY_OF_MONTH: { month: number; re: RegExp }[] = [FR_CALENDAR.months, EN_CALENDAR.months].flatMap((list) =>
  list.map((name, k) => ({ month: k + 1, re: new RegExp(String.raw`(?:\b(\d{1,2})(?:er|st|nd|rd|th)?\s+${name}\b|\b${name}\.?\s+(\d{1,2})\b)(?:,?\s+((?:19|20)\d\d))?`) })),
);

/** A date phrase's day, month (1–12) and year, when it names a day of a month (« jeudi 18 juillet », "April 22, 2025"). */
function dayOfMonth(text: string): { day: number; month: number; year: number | null } | null {
  const f = fold(text);
  for (const { month, re } of DAY_OF_MONTH) {
    const m = re.exec(f);
    if (m) return { day: Number(m[1] ?? m[2]), month, year: m[3] ? Number(m[3]) : null };
  }
  return null;
}

/**
 * « what day was this written? », « d'où vient la dépêche ? »: the dateline's date or place; with
 * no dated dateline, the day the story names as its own (« ce mardi 9 mars », "this Tuesday")
 * in its opening, else the latest day of a month it states, said as such; declined when none.
 */
function dispatchWhenWhere(ctx: Ctx, wantWhen: boolean): Draft {
  const { index, lang } = ctx;
  const storyLang = index.story.lang === "en" ? "en" : "fr";
  const dl = index.story.dateline;
  if (!wantWhen) {
    if (!dl?.place) return settle(decline(ctx, pick(lang, "La dépêche ne porte pas de lieu d'origine (pas de dateline).", "The story gives no dateline saying where it was filed.")));
    const place = lang === "en" ? roleIn(dl.place, index.story.lang, "en").replace(/^« (.*) »$/, "$1") : dl.place;
    return { answered: true, intent: "where", parts: [pick(lang, `Lieu de la dépêche : ${place}.`, `Filed from ${place} (the dateline).`)], cites: [0] };
  }
  if (dl?.date) return { answered: true, intent: "when", parts: [pick(lang, `La dépêche est datée du ${dateIn(dl.date, "fr", storyLang)}.`, `The story is dated ${dateIn(dl.date, "en", storyLang)}.`)], cites: [0] };
  // a deadline (« jusqu'au 30 avril », "by April 30") is no day the story was written on
  const dated = index.story.sentences
    .flatMap((s) => datesOf(index, s.index).map((d) => ({ d: { text: d.text.replace(/^(?:ce|cette|le|this|on)\s+/iu, ""), sentence: s.index, raw: d.text }, when: dayOfMonth(d.text) })))
    .filter((x) => x.when !== null && !/^(?:until|till|by|before|through|jusqu|d'ici|avant)/.test(fold(x.d.raw).replace(/’/g, "'")));
  // the story's own day, named in its opening with « ce », « this » or its weekday
  const own = dated.find((x) => x.d.sentence <= 3 && /^(?:ce|cette|this|today)\b|\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/.test(fold(x.d.raw)));
  const year = (x: (typeof dated)[number]) => x.when!.year ?? 0;
  const latest = [...dated].sort((a, b) => year(b) - year(a) || b.when!.month - a.when!.month || b.when!.day - a.when!.day)[0];
  const pickd = own ?? latest;
  if (!pickd) return settle(decline(ctx, pick(lang, "La dépêche ne donne pas sa date.", "The story does not give its date.")));
  const shown = dateIn(pickd.d.text, lang, storyLang);
  return {
    answered: true,
    intent: "when",
    parts: [own ? pick(lang, `La dépêche est du ${shown}.`, `The story is from ${shown}.`) : pick(lang, `La dépêche ne donne pas sa date ; le jour le plus récent qu'elle cite : ${shown}.`, `The story gives no date of its own; the latest day it names: ${shown}.`)],
    cites: [pickd.d.sentence],
  };
}

/** The dispatch's own day: its dateline's date, else a day of a month its opening names as its own (« ce mardi 9 mars »). */
function dispatchDay(ctx: Ctx): string | null {
  const { index, lang } = ctx;
  const storyLang = index.story.lang === "en" ? "en" : "fr";
  const dl = index.story.dateline;
  if (dl?.date) return dateIn(dl.date, lang, storyLang);
  for (const s of index.story.sentences.slice(0, 4)) {
    const own = datesOf(index, s.index).find((d) => dayOfMonth(d.text) && /^(?:ce|cette|this|today)\b/.test(fold(d.text)));
    if (own) return dateIn(own.text.replace(/^(?:ce|cette|this)\s+/iu, ""), lang, storyLang);
  }
  return null;
}

/**
 * « le mois dernier », "last year" as the only date of the event asked: said with the dispatch's
 * day it is counted from, or, when the story gives none, said as the story's words with that
 * caveat (readers asking « c'était quand ? » take « l'an dernier » for an answer; a date worked
 * out from nothing would not be one).
 */
function looseSpan(ctx: Ctx, said: string, sentence: number): Draft {
  const { lang } = ctx;
  const day = dispatchDay(ctx);
  const line = day
    ? pick(lang, `Quand : ${said}, compté depuis la date de la dépêche, ${day}.`, `When: ${said}, counted from the story's date, ${day}.`)
    : pick(lang, `Quand : ${said}, selon la dépêche, qui ne donne pas de date d'où le compter.`, `When: ${said}, as the story puts it; it gives no date to count from.`);
  return { answered: true, intent: "when", parts: [line], cites: [sentence] };
}

/** Declines that stand: the general reader is not tried after them (it would date another event). */
const settled = new WeakSet<Draft>();
export function settle(d: Draft): Draft {
  settled.add(d);
  return d;
}
/** Whether a decline is one the reader must not second-guess. */
export function isSettled(d: Draft): boolean {
  return settled.has(d);
}

/** A question about where someone said something: the outlet or occasion, not a place. */
const ASKS_TELLING = /\b(?:say|said|says|tell|told|announc\w*|speak\w*|spoke|dit|dire|declare\w*|annonce\w*|parle\w*|affirme\w*|publi\w*|posted|post)\b/;

/** Below this, the anchored date or place is not trusted: the reader and the older reading try. */
const ANCHOR_MIN = 0.75;

/**
 * « when did X happen », « where did Y take place »: the date or place that stands by the
 * question's own event in the sentence that holds it (anchor.ts), in the reader's language.
 * null when no sentence holds enough of the question with a date or place by its words.
 */
export function anchoredWhenWhere(ctx: Ctx): Draft | null {
  const { index, lang } = ctx;
  const wantWhen = ctx.reading.intent === "when";
  const wantWhere = ctx.reading.intent === "where";
  if (wantWhen === wantWhere || ctx.reading.also.length) return null;
  // « where does X rank », « à quelle place au classement »: a rank, not a place
  // (no ordinal fits: the question is read as any other, « what position does she hold » may ask a post)
  const ranked = asksRank(ctx) ? rankAnswer(ctx) : null;
  if (ranked) return ranked;
  // « ça en est où ? » asks how far, « quand » inside another question asks no date; « where did X say it » asks the outlet (speech.ts)
  const wh = whOf(ctx.query.folded);
  // « what day was this written? », « d'où vient la dépêche ? », "what's the date of this story": the dispatch's own date or place
  if ((wantWhen || wh === "where") && asksDispatch(ctx)) return dispatchWhenWhere(ctx, wantWhen);
  // « où a-t-il dit ça ? », "where did she make her comments?": the setting of the telling (telling-place.ts), not a place the words name
  if (wantWhere && wh === "where" && asksTellingPlace(ctx)) return tellingPlace(ctx);
  if (wantWhere ? wh !== "where" || ASKS_TELLING.test(ctx.query.folded) : wh !== "when" && wh !== "year") return null;
  if (wantWhen && whOf(ctx.query.folded) === "duration") return null;
  // « when do the drills end? »: only a date of the end answers; the day they began is no answer to it
  if (wantWhen && ASKS_END.test(ctx.query.folded)) return endOf(ctx);
  const found = anchored(ctx, wantWhen ? "date" : "place");
  // « à quelle heure ? », "what time?": a day is no hour; the story's day is said, the question declined
  if (wantWhen && ASKS_HOUR.test(ctx.query.folded)) return hourOf(ctx, found);
  if (!found || found.confidence < ANCHOR_MIN) {
    // « when will they vote? »: no date by that event, and a date the story gives for something else would be a guess
    // (« until when will … », « since when » are read by the older reading, which knows the span's bounds)
    if (wantWhen && FUTURE_Q.test(ctx.query.folded) && !END_Q.test(ctx.query.folded) && !START_Q.test(ctx.query.folded) && topicTerms(ctx, null).length >= 2) return settle(decline(ctx, pick(lang, "La dépêche ne le précise pas.", "The story does not say.")));
    return wantWhere ? datelinePlace(ctx) : null;
  }
  const storyLang = index.story.lang === "en" ? "en" : "fr";
  // « le mois dernier », "last year": a span counted from the dispatch's day, which the answer must give or the question is not answered
  if (wantWhen && found.spots.every((s) => isLooseSpan(s.text))) return looseSpan(ctx, found.spots.map((s) => (lang === storyLang ? s.text : dateIn(s.text, lang, storyLang))).join(", "), found.sentence);
  const shown = found.spots.map((s) => (wantWhen ? dateIn(s.text, lang, storyLang) : lang === "en" ? roleIn(s.text, index.story.lang, "en").replace(/^« (.*) »$/, "$1") : s.text));
  const said = shown.join(", ");
  const line = wantWhen ? pick(lang, `Quand : ${said}.`, `When: ${said}.`) : pick(lang, `Où : ${said}.`, `Where: ${said}.`);
  return { answered: true, intent: wantWhen ? "when" : "where", parts: [line], cites: [found.sentence] };
}

/** The words that lead a date of an end (« until », "through", « jusqu'au »), folded: such a date bounds what it dates. */
const ENDS_AT = /^(?:until|till|through|jusqu'(?:au|a|aux)|jusqu)\b/;

/**
 * « when do the drills end? », « jusqu'à quand … ? »: the date the story gives for the end of that
 * event; when it gives none, a decline that stands (a date of the start, or of another event the
 * sentence tells, would read as the answer), saying the day it did give when one stands by the event.
 */
function endOf(ctx: Ctx): Draft {
  const { index, lang } = ctx;
  const storyLang = index.story.lang === "en" ? "en" : "fr";
  const end = endAnchored(ctx);
  if (end && end.confidence >= 0.5) {
    const said = end.spots.map((s) => dateIn(s.text, lang, storyLang)).join(", ");
    return { answered: true, intent: "when", parts: [pick(lang, `Quand : ${said}.`, `When: ${said}.`)], cites: [end.sentence] };
  }
  const other = anchored(ctx, "date");
  // « until when? » after an answer whose sentence dates the event « until 30 April », « jusqu'au 9 mai »: that date is the end
  // (of the sentence that dates the event asked: a date of it led by a word of ending)
  // (endAnchored reads the question's own words, and an elliptical follow-up has none)
  // (the lead may stand just before the spot: « jusqu'|au 30 avril »)
  const text = other ? (index.story.sentences[other.sentence]?.text ?? "") : "";
  const until = other && other.confidence >= ANCHOR_MIN ? datesOf(index, other.sentence).filter((s) => ENDS_AT.test(fold(text.slice(Math.max(0, s.at - 8), s.end)).replace(/’/g, "'").replace(/^.*?\b(?=until|till|through|jusqu)/, ""))) : [];
  if (other && until.length) {
    const said = until.map((s) => dateIn(s.text, lang, storyLang)).join(", ");
    return { answered: true, intent: "when", parts: [pick(lang, `Quand : ${said}.`, `When: ${said}.`)], cites: [other.sentence] };
  }
  const day = other && other.confidence >= ANCHOR_MIN ? other.spots.map((s) => dateIn(s.text, lang, storyLang)).join(", ") : null;
  const line = day
    ? pick(lang, `La dépêche ne dit pas quand cela se termine ; elle ne date que le début ou un autre moment (${day}).`, `The story does not say when it ends; the only date it gives there is for the start or another moment (${day}).`)
    : pick(lang, "La dépêche ne dit pas quand cela se termine.", "The story does not say when it ends.");
  const out = decline(ctx, line);
  return settle(other && day ? { ...out, cites: [other.sentence] } : out);
}

/**
 * « à quelle heure ? », "at what time?": the hour or time of day by the event asked. A day is a
 * lesser answer that reads as a confident one, so the story's day is said in a decline that
 * stands (the reader is not tried after it: it would give that day again).
 */
function hourOf(ctx: Ctx, anchoredFound: ReturnType<typeof anchored>): Draft {
  const { index, lang } = ctx;
  const storyLang = index.story.lang === "en" ? "en" : "fr";
  // the hour's pull (anchor.ts) may choose a sentence with an hour that tells another event: the
  // sentence that holds clearly more of the question tells the event asked, with or without an hour
  let found = anchoredFound;
  const top = rankEvidence(ctx, eventTerms(ctx, "date"), 4);
  const here = top.find((e) => e.sentence === found?.sentence)?.coverage ?? 0;
  const other = top[0];
  if (found && other && other.sentence !== found.sentence && other.coverage >= here + 0.2) {
    const spots = datesOf(index, other.sentence);
    found = spots.length ? { sentence: other.sentence, spots: [...spots], confidence: other.coverage } : null;
  }
  const hours = found && found.confidence >= ANCHOR_MIN ? found.spots.filter((s) => HOUR_SPOT.test(fold(s.text))) : [];
  if (found && hours.length) {
    const said = hours.map((s) => dateIn(s.text, lang, storyLang)).join(", ");
    return { answered: true, intent: "when", parts: [pick(lang, `Quand : ${said}.`, `When: ${said}.`)], cites: [found.sentence] };
  }
  const day = found && found.confidence >= ANCHOR_MIN ? found.spots.map((s) => dateIn(s.text, lang, storyLang)).join(", ") : null;
  const line = day
    ? pick(lang, `La dépêche donne le jour (${day}), pas l'heure.`, `The story gives the day (${day}), not the time.`)
    : pick(lang, "La dépêche ne donne pas l'heure.", "The story does not give the time.");
  const out = decline(ctx, line);
  return settle(found && day ? { ...out, cites: [found.sentence] } : out);
}

/**
 * « where was the meeting? » of the event a dispatch opens with, when its sentence names no place:
 * the dateline's place is where the story was filed from, which for the lead event is where it
 * happened. Only for the opening sentences, and only when one of them holds most of the question.
 */
/** The first two sentences of the body (a headline is shorter), read once per story. */
function leadSentences(index: StoryIndex): readonly number[] {
  let lead = leadMemo.get(index);
  if (!lead) leadMemo.set(index, (lead = index.story.sentences.filter((s) => s.text.split(/\s+/).length >= 8).slice(0, 2).map((s) => s.index)));
  return lead;
}
const leadMemo = new WeakMap<StoryIndex, readonly number[]>();

function datelinePlace(ctx: Ctx): Draft | null {
  const place = ctx.index.story.dateline?.place;
  if (!place) return null;
  const top = rankEvidence(ctx, questionTerms(ctx), 1)[0];
  // the first two sentences of the body (a headline is shorter)
  const lead = leadSentences(ctx.index);
  if (!top || top.followUp || top.coverage < 0.6 || !lead.includes(top.sentence) || placesOf(ctx.index, top.sentence).length) return null;
  const shown = ctx.lang === "en" ? roleIn(place, ctx.index.story.lang, "en").replace(/^« (.*) »$/, "$1") : place;
  return { answered: true, intent: "where", parts: [pick(ctx.lang, `Où : ${shown} (lieu de la dépêche).`, `Where: ${shown} (where the story was filed).`)], cites: [top.sentence] };
}

/** When and where: the sentence most related to the question that gives a date (or a place). */
export function whenWhere(ctx: Ctx): Draft {
  const { index, lang, m } = ctx;
  const wantWhen = ctx.reading.intent === "when" || ctx.reading.also.includes("when");
  const wantWhere = ctx.reading.intent === "where" || ctx.reading.also.includes("where");
  const terms = topicTerms(ctx, null);
  const asksEnd = END_Q.test(ctx.query.folded);
  const asksStart = START_Q.test(ctx.query.folded);
  let best: { i: number; score: number; times: string[]; places: string[]; ends: boolean } | null = null;
  const asksDuration = wantWhen && !wantWhere && whOf(ctx.query.folded) === "duration";
  const asksFuture = wantWhen && FUTURE_Q.test(ctx.query.folded);
  const lead = leadSentences(index);
  for (const s of index.sentences) {
    const times = wantWhen ? timesIn(ctx, s.index) : [];
    // (the place the question names is what it asks about, not where that is)
    const places = wantWhere ? placesIn(ctx, s.index).filter((p) => !namedByQuestion(ctx, p)) : [];
    if ((wantWhen && !times.length) && (wantWhere && !places.length)) continue;
    if (wantWhen && !wantWhere && !times.length) continue;
    if (wantWhere && !wantWhen && !places.length) continue;
    // a named day or date says more than « aujourd'hui »
    const dated = times.some((t) => DATED.test(fold(t)));
    const f = fold(s.text);
    // « until when » is answered by the end date (« jusqu'au », « doit s'achever »), « since when » by the start
    const bound = wantWhen && times.length ? (asksEnd && END_S.test(f) ? 1.5 : 0) + (asksStart && START_S.test(f) ? 1.5 : 0) : 0;
    // a sentence that holds none of the question's words dates or places nothing asked, however dated it
    // is, unless it is the lead's: news writing dates and places its main event there
    if (terms.length && !lead.includes(s.index) && !m.found(s.keys, terms).length) continue;
    const score = m.score(s.keys, terms) + (wantWhen && times.length ? 0.5 : 0) + (dated ? 0.75 : 0) + (wantWhere && places.length ? 0.5 : 0) + bound;
    const ends = times.length > 0 && END_S.test(f);
    if (asksDuration && !ends) continue;
    // « when is the next summit? », « when will they vote? »: a date the story gives for what already happened is no answer
    if (asksFuture && !FUTURE_S.test(f)) continue;
    if (!best || score > best.score) best = { i: s.index, score, times, places, ends };
  }
  const intent = wantWhen ? "when" : "where";
  // « how long has X been … », « combien de temps durent … » ask a duration: a day is no answer, an end date
  // (« jusqu'au 14 », « doit s'achever le … ») is one for how long something goes on
  if (asksDuration) {
    const r = read(ctx, { wh: "duration", intent: "when" });
    if (r) return r;
    if (!best || !best.ends) return decline(ctx, pick(lang, "La dépêche ne donne pas de durée.", "The story gives no duration."));
  }
  // « where is it happening? », « où ça se passe ? » with nothing before it: the story's own place
  if (wantWhere && !wantWhen && asksStoryPlace(ctx)) {
    const whole = storyPlace(ctx);
    if (whole) return whole;
  }
  // a bare « when? » with nothing before it to refer to: any date of the story would be a guess
  if (!terms.length) return decline(ctx, pick(lang, "La dépêche ne le précise pas.", "The story does not say."));
  if (!best || best.score < 1) {
    // no marked date or place fits: the sentence that best matches still says where or when, if any does
    const fallback = index.sentences.map((s) => ({ s, f: m.found(s.keys, terms).length, score: m.score(s.keys, terms) })).sort((a, b) => b.score - a.score)[0];
    if (fallback && fallback.f >= 2 && fallback.f >= Math.ceil(terms.length * 0.6)) {
      const r = read(ctx);
      if (r) return r;
    }
    return decline(ctx, pick(lang, "La dépêche ne le précise pas.", "The story does not say."));
  }
  const sentence = index.story.sentences[best.i]!.text;
  const parts: string[] = [];
  const storyLang = index.story.lang === "en" ? "en" : "fr";
  if (wantWhen && !wantWhere && best.times.length && best.times.every((t) => isLooseSpan(t))) return looseSpan(ctx, best.times.map((t) => (lang === storyLang ? t : dateIn(t, lang, storyLang))).join(", "), best.i);
  if (best.times.length) parts.push(pick(lang, `Quand : ${best.times.map((t) => dateIn(t, "fr", storyLang)).join(", ")}.`, `When: ${best.times.map((t) => gloss(lang, t)).join(", ")}.`));
  if (best.places.length) parts.push(pick(lang, `Où : ${best.places.join(", ")}.`, `Where: ${best.places.map((p) => placeIn(p, storyLang, lang)).join(", ")}.`));
  // the sentence is cited beneath: a reader of the other language gets the date or place alone, not a clause in the story's language
  if (index.story.lang === lang || !parts.length) parts.push(snippet(sentence, best.times[0] ?? best.places[0] ?? null, 10, index.story.lang));
  return { answered: true, intent, parts, cites: [best.i] };
}

// Model designations (« F-35 », « T-72B3 », « Su-27 », « Kh-101 », « Shahed-136 », « IRIS-T »):
// a capitalised word, a dash, digits or a capital. Linear: each part is a bounded class run.
const MODEL = /\b\p{Lu}[\p{L}]{0,7}-\d{1,4}[\p{L}\d]{0,3}\b|\b\p{Lu}{2,}\d{1,4}\b|\b\p{Lu}{2,}-\p{Lu}{1,2}\b/gu;
const EQUIPMENT_WORD = /\b(?:armes?|armements?|equipements?|materiels?|systemes?|missiles?|batteries?|batterie|chars?|blindes?|avions?|helicopteres?|navires?|drones?|roquettes?|canons?|obusiers?|antiaeriens?|lance-roquettes)\b/;

const equipmentMemo = new WeakMap<StoryIndex, { s: StoryIndex["story"]["sentences"][number]; models: string[]; f: string }[]>();

/** The story's sentences about equipment (models named, equipment words or counts): once per story. */
function equipmentSentences(index: StoryIndex) {
  let hit = equipmentMemo.get(index);
  if (!hit) {
    hit = index.story.sentences
      .map((s) => ({ s, models: [...new Set([...s.text.matchAll(MODEL)].map((x) => x[0]))], f: fold(s.text) }))
      .filter((c) => c.models.length > 0 || EQUIPMENT_WORD.test(c.f) || index.figures.some((f) => f.figure.category === "equipment" && f.figure.sentence === c.s.index));
    equipmentMemo.set(index, hit);
  }
  return hit;
}

/** Weapons and equipment: model designations and equipment counts, in the sentence that fits best. */
export function equipment(ctx: Ctx): Draft {
  const { index, lang, m } = ctx;
  const terms = topicTerms(ctx, null);
  // the kinds of equipment the question names (« avions », « drones »): a sentence about none of them does not answer it
  const specific = terms.filter((t) => !ANY_EQUIPMENT.has(t.word));
  const kinds = EQUIPMENT_CLASSES.filter((c) => specific.some((t) => c.en.has(t.word) || t.keys.some((k) => c.keys.has(k)))).map((c) => c.keys);
  const ofKind = (keys: ReadonlySet<string>) => kinds.some((c) => [...c].some((k) => keys.has(k)));
  const candidates = equipmentSentences(index).filter((c) => !kinds.length || ofKind(index.sentences[c.s.index]!.keys));
  if (!candidates.length) return decline(ctx, pick(lang, "La dépêche ne mentionne pas ce matériel.", "The story does not mention that equipment."));
  const scored = candidates
    .map((c) => ({ ...c, score: m.score(index.sentences[c.s.index]!.keys, terms) + (c.models.length ? 2 : 0) }))
    .sort((a, b) => b.score - a.score || a.s.index - b.s.index);
  const best = scored[0]!;
  const figs = index.figures.filter((f) => f.figure.category === "equipment").map((f) => f.figure);
  const parts: string[] = [];
  if (best.models.length) parts.push(pick(lang, `Matériel nommé : ${best.models.join(", ")}.`, `Equipment named: ${best.models.join(", ")}.`));
  parts.push(snippet(best.s.text, best.models[0] ?? null, 10, index.story.lang));
  const extra = figs.filter((f) => f.sentence !== best.s.index).slice(0, 3);
  if (extra.length) parts.push(pick(lang, `Autres équipements chiffrés : ${extra.map((f) => guillemets(f.text)).join(", ")}.`, `Other equipment counted: ${extra.map((f) => guillemets(f.text)).join(", ")}.`));
  return { answered: true, intent: "equipment", parts, cites: [best.s.index, ...extra.map((f) => f.sentence)], figures: extra.map((f) => ({ text: f.text, claimedBy: f.claimedBy, sentence: f.sentence })) };
}

