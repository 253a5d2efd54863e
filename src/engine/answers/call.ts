/** A telephone call told by the story: who called whom, at whose initiative, on what day. */
import type { Draft } from "../compose.js";
import { guillemets, pick, snippet } from "../compose.js";
import { whOf } from "./reader.js";
import { insideQuote } from "./times.js";
import type { Ctx } from "../context.js";
import { topicTerms } from "../context.js";
import { entitiesIn, onlyInNames } from "../mentions.js";
import { fold } from "../text.js";
import { decline, naming } from "./general.js";
import { frenchLabelInEnglish, roleIn } from "../labels.js";
import { type StoryIndex } from "../index.js";
import { asksDay } from "../lexicon-time.js";
import { dateIn, datesOf } from "./anchor.js";
import { gloss } from "./date-words.js";
import { settle } from "./settled.js";

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
      // a call word the story writes only inside a name (« Last Call Studios ») reports no call
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
