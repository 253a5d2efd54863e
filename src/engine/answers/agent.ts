import type { Draft } from "../compose.js";
import type { Ctx } from "../context.js";
import { coverage, questionTerms, rankEvidence, type Evidence } from "../evidence.js";
import type { Entity, StoryIndex } from "../index.js";
import type { Term } from "../query.js";
import type { Lang } from "../reply.js";
import { fold } from "../text.js";
import { describedIn, roleIn } from "../labels.js";
import { wordsOf, type Word } from "./anchor.js";
import { insideQuote } from "./times.js";
import { roleOf } from "./roles.js";
import { partners } from "./partner.js";
import { head } from "./head.js";
import { patient } from "./patient.js";
import { whom } from "./whom.js";
import { figureSource, isFigureNoun } from "./figure-source.js";
import { actFamily, type ActFamily } from "../lexicon-acts.js";
import { WORDS } from "./agent-words.js";
import { isAskedVerb, verbWord } from "./asked-verb.js";
import { doerOf, foldKeep, isVerbAt, named, phraseAt, quoteOpensOn, withConjuncts } from "./doer-phrase.js";


/*
 * « Who makes the engines? », « qui a demandé l'appel ? »: the question asks who did an act. The
 * answer is the subject of that verb in the sentence that tells the act (or the agent of its
 * passive, « révélée par X », "was paid by X"; or the subject French puts after the verb,
 * « comme l'a annoncé X », « c'est ce qu'a dit X »), not whoever the sentence also names.
 */


/** The question read as « who VERB rest »: the verb's folded word and the terms of its object; null when the question asks no act. */
interface Asked {
  verb: string;
  verbTerms: Term[];
  objectTerms: Term[];
  /** The object is only a word for the story itself (« l'affaire »): the verb alone says which act. */
  storyObject: boolean;
  /** Asked in a progressive (« who was driving »), which the intents read as asking who someone is. */
  progressive: boolean;
}

function askedAct(ctx: Ctx): Asked | null {
  const f = ctx.query.folded.replace(/[?!.\s]+$/, "").replace(/\s+/g, " ").trim();
  for (const lang of [ctx.query.lang, ctx.query.lang === "fr" ? "en" : "fr"] as Lang[]) {
    const w = WORDS[lang];
    const m = w.who.exec(f);
    if (!m) continue;
    const rest = f.slice(m[0].length);
    if (w.notAct.test(rest)) return null;
    const ws = rest.split(/[\s']+/).filter(Boolean);
    let k = 0;
    while (k < ws.length - 1 && w.aux.has(ws[k]!)) k++;
    // "who was driving the van?", "who is building it?": the auxiliary of a progressive asks the act of the verb after it
    const progressive = w.progressive?.aux.test(ws[k] ?? "") === true && w.progressive.form.test(ws[k + 1] ?? "");
    if (progressive) k++;
    const verb = ws[k];
    if (!verb || verb.length < 3 || w.saying.has(verb)) return null;
    // « qui Vasseur tient-elle pour … », "who did Hamas blame", « c qui X »: a name where the verb should be asks whom, or who someone is
    if (ctx.hits.some((h) => h.entity.nameWords.some((n) => fold(n) === verb) || fold(h.entity.name).split(/\s+/).includes(verb))) return null;
    if (/-(?:t-)?(?:il|elle|ils|elles|on)\b/.test(rest)) return null;
    // « who called whom »: the call answer reads both ends
    // « who asked for the call », « qui a demandé l'appel »: who took the initiative, which the call answer reads from « à l'initiative de »
    if (ctx.reading.intent === "call" && /^(?:call|phon|telephon|appel|contact|rang|ring|joint|ask|request|initiat|want|demand|voulu|sollicit)/.test(verb)) return null;
    // the verb from all the question's words (a verb of telling is no topic word, but « who announced X » asks who did)
    const terms = [...ctx.query.terms];
    const verbTerms = terms.filter((t) => t.word === verb || (verb.length >= 5 && t.word.length >= 5 && (t.word.startsWith(verb.slice(0, 5)) || verb.startsWith(t.word.slice(0, 5)))));
    if (!verbTerms.length) return null;
    // the verb's translation (« financed » → « financer ») reads a story in the other language
    for (const v of [...verbTerms]) for (const t of ctx.query.alternatives.get(v)?.translation ?? []) if (!verbTerms.includes(t)) verbTerms.push(t);
    const objectTerms = questionTerms(ctx).filter((t) => !verbTerms.includes(t));
    const storyObject = objectTerms.length > 0 && objectTerms.every((t) => WORDS.en.storyNouns.has(t.word) || WORDS.fr.storyNouns.has(t.word));
    return { verb, verbTerms, objectTerms: storyObject ? [] : objectTerms, storyObject, progressive };
  }
  return null;
}

/** Intents whose own answers read a who-question better: who someone is, who said, asked or warned (speech.ts), who speaks, whose figure. */
const OTHER_ANSWERS: ReadonlySet<string> = new Set(["who_is", "who_said", "people", "claimant", "count"]);

interface Found {
  sentence: number;
  /** The agent as the story writes it. */
  text: string;
  entity: Entity | null;
  score: number;
  also?: { text: string; entity: Entity | null }[];
}

/**
 * « who VERB … »: the one who did the act, from the sentence that tells it, in the reader's
 * language, with their role; null when no sentence tells that act with its object, or its doer is
 * a pronoun or a clause the rules do not read. `after`: asked once the intent's own answer found nothing.
 */
export function agent(ctx: Ctx, after = false): Draft | null {
  // « X a parlé avec qui ? », "who was X with?": X's partners, from the list after a word of company or a verb of meeting
  const company = partners(ctx);
  if (company) return company;
  // « qui préside la commission ? », "who chairs the panel?": the person the story ties as head to that body
  const chair = after ? null : head(ctx);
  if (chair) return chair;
  // « qui a été arrêté ? », "who was fired?": the one the act befell, not who did it or spoke of it
  const befell = after ? null : patient(ctx);
  if (befell) return befell;
  // « who did X thank? », « X soutient qui ? »: the one the act was done to, by the one the question names
  const done = after ? null : whom(ctx);
  if (done) return done;
  // « who paid for X », « qui finance X » is read as a sum by the intents, but asks who did the paying
  const payer = ctx.reading.intent === "count" && ctx.reading.measure === "money";
  // after the intent's own answer found nothing (« who criticised the deal » read as speech), the act is read all the same
  const asked = askedAct(ctx);
  // "who was driving the van?" opens as « who is X » does, but a progressive asks who did an act, not who someone is
  const progressive = asked?.progressive === true && ctx.reading.intent === "who_is";
  const other = progressive ? false : after ? ctx.reading.intent === "who_is" || ctx.reading.intent === "people" : OTHER_ANSWERS.has(ctx.reading.intent) && ctx.reading.source === "rule" && !payer;
  // « qui a demandé aux soldats de … ? », « qui a dénoncé X ? » read as speech: the verb asked is no verb of saying (askedAct
  // leaves those to the speech answers), and the sentence that writes it with its subject or its passive's agent says who did
  // it; whoever reports that sentence is only its source (« X "a demandé …", a déclaré Y » : X asked). A verb that itself
  // reports the words of its sentence (« X a dénoncé une « … » ») is left to the speech answers, which give the words too.
  if ((other && ctx.reading.intent !== "who_said") || ctx.query.fragment || !asked) return null;
  const { index, lang } = ctx;
  // (a question the rules read as speech: before, only a passive's agent was taken for it)
  const speechAsked = other && !after && ctx.reading.intent === "who_said";
  const storyLang: Lang = index.story.lang === "en" ? "en" : "fr";
  const w = WORDS[storyLang];
  const terms = [...asked.verbTerms, ...asked.objectTerms];
  // a verb of a family (« built » for "makes") is not among the terms ranked: more of the sentences that hold the object are read
  const family = actFamily(asked.verb, asked.storyObject);
  const found = rankEvidence(ctx, terms, family === null ? 8 : 16);
  // "who broke the news?": the object is only a word for the story itself, so no term finds a sentence, and the act is
  // written with another verb of its family ("first reported"); the sentences that write one are read
  const ranked = found.length || asked.objectTerms.length || family === null ? found : familyTold(ctx, family);
  let best: Found | null = null;
  for (const ev of ranked) {
    const text = index.story.sentences[ev.sentence]?.text ?? "";
    const ws = wordsOf(index, ev.sentence);
    // the object of the act, in this sentence or in the one before it that this one continues (« C'est ce qu'a annoncé X »)
    const prev = ev.sentence > 0 ? index.sentences[ev.sentence - 1]!.keys : null;
    const keys = index.sentences[ev.sentence]!.keys;
    // « these figures », "the numbers": a sentence that gives numbers holds them
    const figures = /\d/.test(text);
    const objectHere = coverage(ctx, keys, asked.objectTerms, (t) => figures && isFigureNoun(t.word)).share;
    const objectPrev = prev ? coverage(ctx, prev, asked.objectTerms).share : 0;
    const object = Math.max(objectHere, objectPrev);
    // the verb and a good part of its object (a word of it the lexicons do not bridge may be missing)
    const whole = coverage(ctx, keys, terms, (t) => figures && isFigureNoun(t.word)).share;
    // a verb of the question's family (« built » for "makes") stands for the verb the terms did not find
    const familyHere = family !== null && ws.some((x) => actFamily(fold(text.slice(x.at, x.end))) === family);
    if (asked.objectTerms.length && (object < 0.34 || (whole < 0.5 && !familyHere))) continue;
    for (let k = 0; k < ws.length; k++) {
      const v = ws[k]!;
      if (!sameVerb(ctx, text.slice(v.at, v.end), v.keys, asked) || (insideQuote(text, v.at) && !quoteOpensOn(text, v.at, w))) continue;
      // « l'agression commise par X », "the attack carried out by X": the act named by its noun, its doer after the participle's « par »
      if (!isVerbAt(text, v, asked.verb) || w.determiners.has(fold(text.slice(ws[k - 1]?.at ?? 0, ws[k - 1]?.end ?? 0)))) {
        const byAgent = w.nounAgent.exec(foldKeep(text.slice(v.end, v.end + 60)));
        const doer = byAgent ? withConjuncts(index, text, phraseAt(index, text, v.end + byAgent[0].length, w), w) : null;
        if (doer) {
          const score = ev.coverage + (doer.entity ? 0.1 : 0);
          if (!best || score > best.score) best = { sentence: ev.sentence, text: doer.text, entity: doer.entity, score, also: doer.also };
        }
        continue;
      }
      // « Moscou a dénoncé une « provocation » »: the verb that reports words is the speech answers' to read, with the words
      if (speechAsked && !w.by.test(text.slice(v.end)) && reportsWords(index, ev.sentence, text.slice(v.at, v.end))) continue;
      const doer = doerOf(index, ev.sentence, text, v.at, v.end, w);
      if (!doer) continue;
      const score = ev.coverage + (objectHere >= object ? 0.2 : 0) + (doer.entity ? 0.1 : 0);
      if (!best || score > best.score) best = { sentence: ev.sentence, text: doer.text, entity: doer.entity, score, also: doer.also };
    }
  }
  // « qui a donné ces chiffres sur X ? », "who produced the figures?": no sentence tells that act, the figures' source answers
  if (!best) return ctx.query.words.some(isFigureNoun) ? figureSource(ctx, asked.objectTerms) : null;
  // several sentences with a verb of that family tell several acts, and the question says nothing of which one it means
  if (ranked !== found && ranked.length > 1) return null;
  // the act with its object or its only telling: a verb met in several sentences with nothing of its object is no answer
  if (asked.storyObject && ranked.filter((ev) => wordsOf(index, ev.sentence).some((v) => { const t = index.story.sentences[ev.sentence]!.text; return isVerbAt(t, v, asked.verb) && sameVerb(ctx, t.slice(v.at, v.end), v.keys, asked); })).length > 1) return null;
  const show = (d: { text: string; entity: Entity | null }): string =>
    d.entity ? describedIn({ ...d.entity, role: roleOf(index, d.entity) }, storyLang, lang) : lang === storyLang ? d.text : roleIn(d.text, storyLang, lang).replace(/^« (.*) »$/, "« $1 »");
  // doers coordinated (« par X et Y »): the act is theirs together, each named
  const all = [best, ...(best.also ?? [])].map(show);
  const shown = all.length > 1 ? `${all.slice(0, -1).join(", ")} ${WORDS[lang].and} ${all.at(-1)}` : all[0]!;
  return { answered: true, intent: "who", parts: [`${shown[0]!.toUpperCase()}${shown.slice(1)}.`], cites: [best.sentence], focus: best.entity?.name ?? null, confidence: Math.min(1, best.score) };
}

/**
 * Whether a word of the story is the question's verb: in the question's own language, the same
 * stem (« built » for "build", « révèle » for « révélé »), not a word the lexicons only relate to it;
 * across languages, through the lexicons.
 */
function sameVerb(ctx: Ctx, raw: string, keys: Word["keys"], asked: Asked): boolean {
  // "who makes X?" met by « X is built by Y »: verbs of one family do the same act
  const family = actFamily(asked.verb, asked.storyObject);
  if (family !== null && actFamily(verbWord(raw)) === family) return true;
  return isAskedVerb(ctx, raw, keys, asked.verb, asked.verbTerms);
}

/**
 * The sentences that write a verb of `family`, as evidence that covers the question: "who broke
 * the news?" names no object a sentence repeats, and the act may be told with any verb of its family.
 */
function familyTold(ctx: Ctx, family: ActFamily): Evidence[] {
  const out: Evidence[] = [];
  const sentences = ctx.index.story.sentences;
  for (let i = 0; i < sentences.length; i++) {
    const text = sentences[i]!.text;
    if (wordsOf(ctx.index, i).some((x) => actFamily(fold(text.slice(x.at, x.end))) === family)) out.push({ sentence: i, coverage: 1, found: [], score: 1 });
  }
  return out;
}

/** Whether `word` is the verb that reports a quote or reported words of sentence i (« a dénoncé » of « X a dénoncé une « … » »). */
function reportsWords(index: StoryIndex, i: number, word: string): boolean {
  const f = fold(word);
  return index.story.quotes.some((q) => q.sentence === i && q.verb !== null && q.verb !== undefined && fold(q.verb).split(/\s+/).includes(f));
}


/** The terms of the object of the act a who-question asks (« qui a donné ces chiffres sur les drones » → chiffres, drones); null when it asks no act. */
export function actObject(ctx: Ctx): Term[] | null {
  return askedAct(ctx)?.objectTerms ?? null;
}

/** For tests and the engine's ordering: whether a question reads as « who did this act ». */
export function asksAct(ctx: Ctx): boolean {
  return askedAct(ctx) !== null;
}
