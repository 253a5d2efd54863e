import type { Story } from "../story/schema.js";
import { rankAnswer } from "./answers/rank.js";
import { anchoredWhenWhere, whenWhere } from "./answers/events.js";
import { call } from "./answers/call.js";
import { asksStoryPlace, storyPlace } from "./answers/dispatch.js";
import { equipment } from "./answers/equipment.js";
import { isSettled } from "./answers/settled.js";
import { agent } from "./answers/agent.js";
import { origin } from "./answers/origin.js";
import { plainFact } from "./answers/plain.js";
import { claimant, count } from "./answers/figures.js";
import { compare } from "./answers/compare.js";
import { decline, declineAbsent, help, isOpenDecline, naming, suggestions, summary } from "./answers/general.js";
import { clean, followUpOf, FRENCH_COURTESY, isBareAsk, readChat, splitQuestions } from "./chat.js";
import { fold, words } from "./text.js";
import { chatWords } from "./lexicon-chat.js";
import { asksGist } from "./gist.js";
import { evidenceAnswer, notMentioned, read, readerFirst, whOf } from "./answers/reader.js";
import { people, whoIs } from "./answers/people.js";
import { asksPosition, describing, discussed, isStandingDecline, withSpeaker, offTopicSpeech, onSubject, said, saidOnTopic, sourceOfLast, speechAsk, speechSetting, speechVerbAt, whoSaid } from "./answers/speech.js";
import { MAX_ANSWER, pick, toReply, type Draft } from "./compose.js";
import { more } from "./more.js";
import { unsupported } from "./guards.js";
import { asksWhyMatters, overview } from "./answers/overview.js";
import { givenFigures, slotFigure, slotHeld } from "./answers/slot.js";
import { leansOnPrevious, outsideRelatives, withoutResumptive, pronounGender, pronounReferent, type Ctx } from "./context.js";
import { entityByName, findEntities, mainEntity, pronounIn, speakerOf, type EntityHit } from "./entities.js";
import { buildIndex, type Entity } from "./index.js";
import { asksInterlocutor, asksJob, asksName, asksForWords, FACT_ABOUT, LABEL_ASK, readIntent, type Intent } from "./intent.js";
import { entitiesIn, onlyInNames } from "./mentions.js";
import { describedByRelation } from "./relations.js";
import { analyse, detectLang, matcher, type Query } from "./query.js";
import type { ConversationState, Lang, Reply } from "./reply.js";

export interface AskOptions {
  /** Forces the answer language; by default the question's own. */
  lang?: Lang;
  /** Sees the context each question is answered from (measurement scripts: scripts/rank-recall.ts). */
  inspect?: (ctx: Ctx) => void;
}

export interface Engine {
  readonly story: Story;
  /** Pure: the same question and state give the same reply and next state. */
  ask(question: string, state: ConversationState, opts?: AskOptions): { reply: Reply; state: ConversationState };
}

/** Intents about one person or institution: an inverted pronoun (« qu'a-t-il dit ») refers back for these. */
const PERSONAL: ReadonlySet<Intent> = new Set(["said", "who_is"]);

/** Intents whose question never makes one person speak (« who said … », « how many … »). */
const NOT_SPEECH: ReadonlySet<Intent> = new Set(["who_said", "people", "count", "claimant", "help", "offtopic", "summary", "name"]);

/** The main entity among `hits` that the follow-up's own words name (« et X ? »). */
function ownNamed(index: ReturnType<typeof buildIndex>, own: string, lang: Lang, hits: EntityHit[]): EntityHit | null {
  const q = analyse(own, index, lang);
  const mine = mainEntity(findEntities(index, q, matcher(index, q)));
  return mine ? (hits.find((h) => h.entity === mine.entity) ?? null) : null;
}

/** Intents whose cue words readIntent tests: the classifier's guess of one, with none of them, is answered by the reader or declined. */
// (not « count »: « quel est l'effectif » is a count the classifier reads rightly from its examples)
const GUESS_NOT_TRUSTED: ReadonlySet<Intent> = new Set(["equipment"]);

/** « what happened to X », « qu'est-il arrivé à X »: what became of one thing, never the story in short. */
const HAPPENED_TO = /\b(?:what (?:happened|has happened|will happen|is happening) to|qu'est-il arrive a|qu'est-ce qui est arrive a|qu'est-il advenu d|qu'est devenu|que devient)\b/;

/** The question's words the story writes (its topic, not its frame): a name, or a term one of whose keys a sentence holds. */
function topicOf(index: ReturnType<typeof buildIndex>, query: Query): (folded: string) => boolean {
  const written = new Set(query.terms.filter((t) => t.keys.some((k) => index.df.has(k))).map((t) => t.word));
  return (w) => written.has(w) || onlyInNames(index, w);
}

/** Whether the story writes one of the question's terms: a question about it, not a chat aside. */
const aboutStory = (ctx: Ctx): boolean => ctx.query.terms.some((t) => t.keys.some((k) => ctx.index.df.has(k)));

/** Below this lead over its runner-up, the classifier's guess is not acted on. */
const CLASSIFIER_MIN = 0.15;

/**
 * One way of answering, tried in turn. `run` returns null when the question is not its kind (« not
 * mine »): the next step is tried. What it returns otherwise ends the search, unless the step may
 * fall through and its draft is no final one (an answer, or a decline for a reason): then the next
 * steps are tried, and the draft is said only if none of them answers.
 */
interface Step {
  /** For tests and debugging: which step answered. */
  name: string;
  run: (ctx: Ctx) => Draft | null;
  fallsThrough?: boolean;
}

/** Measurement only (/work/tools/steps.mts): told which step gave each draft and what changed it after; no behaviour depends on it. */
export type StepTrace = (event: string) => void;
let trace: StepTrace | null = null;
export function traceSteps(fn: StepTrace | null): void {
  trace = fn;
}

/** Whether a draft ends the search: an answer, a decline that stands for its reason, or what a chat intent says. */
function isFinal(ctx: Ctx, d: Draft): boolean {
  return d.answered || isSettled(d) || isStandingDecline(d) || ctx.reading.intent === "offtopic" || ctx.reading.intent === "help";
}

/** « who did X talk to? »: the call's other end, which the call's own answer knows better than the doer of an act. */
const ownAnswerFirst = (ctx: Ctx): boolean => ctx.reading.intent === "call" && asksInterlocutor(ctx.query.folded);

const STEPS: readonly Step[] = [
  // « what did X say » of someone the story never mentions: no one else's words answer it
  { name: "unknown-speaker", run: (ctx) => (ctx.unknownSpeaker ? declineAbsent(ctx, pick(ctx.lang, `La dépêche ne cite pas ${ctx.unknownSpeaker}.`, `The story does not quote ${ctx.unknownSpeaker}.`)) : null) },
  // « what did they talk about? »: what the story says was discussed
  { name: "discussed", run: discussed },
  // any question naming someone or something the story never writes (« how many soldiers does Z send? »): no sentence of it answers
  { name: "unmentioned", run: notMentioned },
  // « is 2,000 more than the 6,500 of the unions? », « plus ou moins de 500 ? »: two figures of the story side by side (answers/compare.ts)
  { name: "compare", run: compare },
  // « where does X rank on Y », « à quelle place au classement »: an ordinal beside a word of ranking (answers/rank.ts), not a place
  { name: "rank", run: rankAnswer },
  // « what's going on at the border? »: the part of the story about one place or thing, in short (answers/overview.ts)
  { name: "going-on", run: (ctx) => overview(ctx, "going-on") },
  // « was it a video call? », « what rank is X? », « what was the aim of … »: kinds one sentence answers (answers/plain.ts), null when not theirs
  { name: "plain", run: plainFact },
  // « where is it happening? », « ça se passe où ? »: the story's place, not the place of whichever sentence shares a word
  { name: "story-place", run: (ctx) => (!ctx.entity && whOf(ctx.query.folded) === "where" && asksStoryPlace(ctx) ? storyPlace(ctx) : null) },
  // « what nationality is X », « où travaille X », "what city is this from": what the story's labels and dateline give (answers/origin.ts)
  { name: "origin", run: origin },
  // « who makes the engines? », « qui a révélé l'affaire ? »: the doer of the act asked, from the sentence that tells it
  { name: "agent", run: (ctx) => (whOf(ctx.query.folded) === "who" && !ownAnswerFirst(ctx) ? agent(ctx) : null) },
  // an intent read from one loose cue (« initiative », « what happened to … », a classifier's « help ») on a plain factual question
  {
    name: "reader-first",
    run: (ctx) => {
      if (!readerFirst(ctx) || ownAnswerFirst(ctx)) return null;
      const r = read(ctx);
      if (r) return r;
      // a yes/no question no sentence settles is declined plainly, not answered as the kind the classifier guessed
      if (ctx.reading.source === "classifier" && whOf(ctx.query.folded) === "yesno") return decline(ctx);
      // « what happened to the truce? » asks what became of one thing: the story's summary does not say it
      if (ctx.reading.intent === "summary" && HAPPENED_TO.test(ctx.query.folded)) return decline(ctx);
      return null;
    },
  },
  // « why does X matter here? », « pourquoi X c'est important ? »: what the story ties to X, in short (a help or a who the classifier guessed is no answer)
  { name: "why-matters", run: (ctx) => (asksWhyMatters(ctx.query.folded) ? overview(ctx, "why") : null) },
  // the intent's own answer; a decline that is not final leaves the question to the steps after it
  { name: "intent", run: (ctx) => { const first = byIntent(ctx); return yesNoCall(ctx, first) ?? first; }, fallsThrough: true },
  // « who criticised the deal » read as speech and not answered so: the act is read all the same
  { name: "agent-after", run: (ctx) => (whOf(ctx.query.folded) === "who" ? agent(ctx, true) : null) },
  // the general reader: the sentence that answers; a person's name asked (« comment s'appelait le soldat tué ? ») that no
  // one of the story answers is not answered by a sentence that names no one
  { name: "reader", run: (ctx) => (ctx.reading.intent === "who_is" && !ctx.entity && asksName(ctx.query.folded) ? null : read(ctx)) },
];

/**
 * The answer: the first step whose draft is final, else the first draft a step gave, else a plain
 * decline; a decline because no answerer found what was asked (not because the story never
 * mentions it) is read once more from the ranked evidence, under the fallback's calibrated bars
 * (answers/reader.ts, evidenceAnswer).
 */
function answer(ctx: Ctx): Draft {
  const d = firstAnswer(ctx);
  // a decline that stands for its reason (the day given but not the hour, the start dated but not the end, words not found) is the answer
  if (!(isOpenDecline(d) && !isSettled(d) && !isStandingDecline(d))) return d;
  const e = evidenceAnswer(ctx);
  if (e) trace?.("evidence");
  return e ?? d;
}

function firstAnswer(ctx: Ctx): Draft {
  let kept: Draft | null = null;
  let keptBy = "";
  for (const step of STEPS) {
    const d = step.run(ctx);
    if (!d) continue;
    if (!step.fallsThrough || isFinal(ctx, d)) {
      trace?.(step.name === "intent" ? `intent:${ctx.reading.intent}` : step.name);
      return d;
    }
    if (!kept) [kept, keptBy] = [d, step.name === "intent" ? `intent:${ctx.reading.intent}` : step.name];
  }
  trace?.(kept ? `${keptBy}(kept)` : "none");
  return kept ?? decline(ctx);
}

/** « was X called by Y », « a-t-il été appelé par »: the one named first is the one called. */
const PASSIVE_CALL = /\b(?:was|were|been|being|ete)\b.*\b(?:called|phoned|rung|contacted|appele|appelee|contacte|contactee|joint)\b/;
/** « c'est X qui a appelé ? », "was it X who called?": a yes/no question put as a cleft. */
const CLEFT_YESNO = /^(?:et |and |so |alors )?(?:est-ce que |est-ce qu')?(?:c'est|c'etait|ce n'est pas|is it|was it|wasn't it|isn't it) (?:bien |vraiment |really )?(?:[\p{L}'-]+ ){1,3}(?:qui|who|that)\b/u;

/**
 * « did X call Y? », « c'est Vasseur qui a appelé ? »: a yes/no question the call answer settles,
 * said first (yes when the person the question makes the caller is the one who called), before who
 * called whom. null when it is no yes/no question about who placed a call the story tells.
 */
function yesNoCall(ctx: Ctx, d: Draft): Draft | null {
  if (!d.answered || d.intent !== "call" || !d.focus || (whOf(ctx.query.folded) !== "yesno" && !CLEFT_YESNO.test(ctx.query.folded))) return null;
  const persons = ctx.hits.filter((h) => h.entity.kind === "person").sort((a, b) => a.pos - b.pos);
  const named = persons[0]?.entity.name;
  if (!named) return null;
  const passive = PASSIVE_CALL.test(ctx.query.folded);
  const yes = passive ? named !== d.focus : named === d.focus;
  return { ...d, parts: [pick(ctx.lang, yes ? "Oui." : "Non.", yes ? "Yes." : "No."), ...d.parts] };
}

function byIntent(ctx: Ctx): Draft {
  const intent = ctx.reading.intent;
  if (ctx.reading.source === "classifier" && ctx.reading.confidence < CLASSIFIER_MIN && intent !== "offtopic") return read(ctx) ?? decline(ctx);
  // kinds asked by plain cue words (a weapon, a number, a source): a guess of the classifier without one is not that kind
  if (ctx.reading.source === "classifier" && GUESS_NOT_TRUSTED.has(intent)) return read(ctx) ?? decline(ctx);
  switch (intent) {
    case "help":
      // a guess of the classifier on a question about the story (« what do they want for top jobs »)
      // that the reader could not answer is declined plainly, not answered with the menu
      return ctx.reading.source === "classifier" && ctx.query.terms.length > 0 ? decline(ctx) : help(ctx);
    case "offtopic":
      // the classifier's « off topic » on a question whose terms the story writes is no aside: the reader tries it
      return decline(ctx);
    case "summary":
      return summary(ctx);
    case "people":
      return people(ctx);
    case "said": {
      if (!ctx.entity) return read(ctx) ?? decline(ctx);
      ctx = withSpeaker(ctx);
      const asks = speechAsk(ctx.query.folded);
      // « what did X say about Y » where none of X's words speak of Y, or of someone the story
      // never quotes: the sentence that answers it comes before a list of their other words
      // « how did X describe Y »: the words X applied, before any sentence that merely speaks of Y
      // « what does X want? » of someone the story never quotes: the sentence that reports X's position, not « X is not quoted »
      if (asks === "words") return describing(ctx) ?? (offTopicSpeech(ctx) ? onSubject(ctx, read(ctx), asksPosition(ctx.query.folded, ctx.query.lang)) : null) ?? said(ctx);
      // « qu'est-ce qu'il appelle X ? »: the words X applied, whatever verb the question uses
      if (LABEL_ASK.test(ctx.query.folded)) {
        const labelled = describing(ctx);
        if (labelled) return labelled;
      }
      // « X a réagi quel jour ? », « la ministre a dit ça où ? »: the time or the place of the words, as a « when » or « where » is answered
      const wh = whOf(ctx.query.folded);
      if (asks === "circumstance" && (wh === "when" || wh === "year")) return read(ctx) ?? byIntent({ ...ctx, reading: { ...ctx.reading, intent: "when" } });
      if (asks === "circumstance" && wh === "where") return byIntent({ ...ctx, reading: { ...ctx.reading, intent: "where" } });
      // « il a dit ça sur quelle chaîne ? »: the setting the sentence of the quote gives
      if (asks === "circumstance") return (ctx.reading.also.includes("when") ? null : speechSetting(ctx)) ?? read(ctx) ?? decline(ctx);
      // a factual question about someone (« why was X in prison », « where did X say it »): the
      // sentence that answers it, or their words when those are on the question's subject
      return read(ctx) ?? saidOnTopic(ctx) ?? decline(ctx);
    }
    case "who_said":
      return whoSaid(ctx);
    case "who_is":
      return whoIs(ctx);
    case "count":
      return count(ctx);
    case "claimant":
      return claimant(ctx);
    case "call":
      return call(ctx);
    case "when":
    case "where":
      // « where did X say it »: the outlet or occasion of their words
      if (intent === "where" && ctx.entity && speechAsk(ctx.query.folded) === "circumstance") {
        const setting = speechSetting(ctx);
        if (setting) return setting;
      }
      // a single « when » or « where »: the date or place by the question's own event, else the reader's in the sentence that holds the question
      return anchoredWhenWhere(ctx) ?? (!ctx.reading.also.length ? read(ctx, { minCoverage: 0.6, intent: ctx.reading.intent }) : null) ?? whenWhere(ctx);
    case "equipment":
      return equipment(ctx);
    case "name":
      return naming(ctx);
  }
}

/** A reply to the chat around questions: hello, thanks, or the languages the bot answers in. */
function chatReply(index: ReturnType<typeof buildIndex>, lang: Lang, kind: "greeting" | "thanks" | "language"): Reply {
  const s = suggestions(index, lang);
  const text =
    kind === "language"
      ? "I answer in English and French. Je réponds en français et en anglais. Ask again in one of them — posez la question dans l'une d'elles."
      : kind === "greeting"
        ? pick(lang, `Bonjour ! Je réponds aux questions sur la dépêche. Par exemple : ${s.join(" · ")}`, `Hello! I answer questions about the story. For example: ${s.join(" · ")}`)
        : pick(lang, `Avec plaisir. Autre chose ? Par exemple : ${s.join(" · ")}`, `You're welcome. Anything else? For example: ${s.join(" · ")}`);
  return { answered: kind !== "language", lang, intent: kind === "language" ? "language" : "chat", text, quotes: [], figures: [], citations: [], suggestions: s };
}

/** Indexes the story once; each question is then answered from the index. */
export function createEngine(story: Story): Engine {
  const index = buildIndex(story);
  const engine: Engine = {
    story,
    ask(question, state, opts = {}) {
      // « who called and why? », "Who is X? What did he say?": each asked in turn, the second a follow-up of the first
      const several = splitQuestions(question);
      if (several.length > 1) {
        let st = state;
        const replies: Reply[] = [];
        for (const part of several) {
          const r = engine.ask(part, st, opts);
          replies.push(r.reply);
          st = r.state;
        }
        return { reply: joinReplies(replies), state: st };
      }
      const chat = readChat(question);
      const own = chat.question || clean(question);
      const asked: Lang | undefined = opts.lang ?? chat.lang ?? undefined;
      const conversation: Lang = state.lang ?? story.lang;
      // a bare « merci » or « salut » is answered in the language of its courtesy words; « tl;dr » in the conversation's
      const courtesy = !chat.question ? (chat.hint ?? (FRENCH_COURTESY.test(fold(clean(question))) ? "fr" : null)) : null;
      const replyLang: Lang = asked ?? courtesy ?? (chat.tldr ? conversation : own ? detectLang(own, conversation) : conversation);
      if (chat.foreign) return { reply: chatReply(index, replyLang, "language"), state: { ...state, lastIntent: "language" } };
      // « which languages do you speak? » is answered: these two
      if (chat.languages) return { reply: { ...chatReply(index, replyLang, "language"), answered: true }, state: { ...state, lang: replyLang, lastIntent: "language" } };
      // « in English please » alone: the last question again, in that language
      // « what else? », « et sinon ? »: the next fact not yet given, about what the conversation is about
      if (chat.more) {
        const given = state.given ?? [];
        const d = more({ index, lang: replyLang, given: new Set(given), focus: entityByName(index, state.focus ?? null), lastQuestion: state.lastQuestion ?? null, lastIntent: state.lastIntent ?? null });
        const reply = toReply(index, d, replyLang);
        const cites = reply.citations.map((c) => c.sentence);
        return { reply, state: { ...state, lang: replyLang, lastIntent: state.lastIntent ?? null, lastCites: cites, given: remember(given, cites) } };
      }
      let own2 = chat.question;
      if (!own2 && chat.lang && state.lastQuestion) own2 = state.lastQuestion;
      if (!own2 && (chat.greeting || chat.thanks)) {
        return { reply: chatReply(index, replyLang, chat.greeting ? "greeting" : "thanks"), state: { ...state, lang: replyLang, lastIntent: "chat" } };
      }
      // a follow-up completed from the last question (« why? », « and in Spain? »); « when? » leans on the last answer's sentences when it cited some
      const completed = followUpOf(own2, state.lastQuestion ?? null, (state.lastCites?.length ?? 0) > 0, state.lastCites?.length ? (state.focus ?? null) : null);
      const q = completed?.question ?? own2;
      // the reader's own words say the language of the answer (« why? » after a French question is answered in English);
      // a question made of the previous one's words alone (« pourquoi » + its subject) is read in their language
      const ownLang: Lang = chat.tldr && own2 === chat.question ? conversation : own2 ? detectLang(own2, conversation) : conversation;
      const query = analyse(q, index, completed?.borrowed ? detectLang(q, ownLang) : ownLang);
      const lang: Lang = asked ?? (q ? ownLang : conversation);
      const m = matcher(index, query);
      const hits = findEntities(index, query, m);
      let named = mainEntity(hits);
      // « and her brother, what does he say? »: the one person the story describes by that relation
      // (« his counterpart »: of the one the conversation is about, never that one)
      const focused = entityByName(index, state.focus ?? null);
      // « et son homologue ? », "and his counterpart?" after a question about X: the one the story describes so beside X, whose
      // name the completed question still holds (« qu'a dit X son homologue »): the follow-up's own words name whom it asks about
      const ownKin = q !== own2 ? describedByRelation(index, words(fold(own2)), query.lang, named?.entity ?? focused) : null;
      const kin = ownKin ?? (hits.some((h) => h.by === "name") ? null : describedByRelation(index, query.words, query.lang, focused));
      if (kin) hits.unshift((named = { entity: kin, score: 3, pos: 0, by: "description" }));
      // « et X ? » after a question about Y is about X: the follow-up's own names come first
      if (q !== own2 && hits.length > 1 && !ownKin) named = ownNamed(index, own2, query.lang, hits) ?? named;
      const reading = readIntent(query, named !== null, { isName: (w) => onlyInNames(index, w), topic: topicOf(index, query) });
      // « what did X say about Y », « qu'a-t-elle dit à Y »: the speaker stands before the verb
      // a subject pronoun stands for the focus, or for the one person of its gender the story quotes most
      const asksWords = !NOT_SPEECH.has(reading.intent) && speechAsk(query.folded) === "words";
      const recent = (state.recent ?? []).map((n) => entityByName(index, n)).filter((e): e is Entity => e !== null);
      // (a pronoun in a clause describing the one asked, « the nurse who reported her », refers to someone else: not read)
      // (nor one that takes up a noun phrase of the question, « la gardienne elle habite où ? »: it stands for that phrase)
      const ownClause = withoutResumptive(outsideRelatives(query.folded));
      const referent = pronounReferent(index, ownClause, entityByName(index, state.focus ?? null), hits.length > 0, recent);
      const speaker = asksWords ? speakerOf(index, query, m, hits, speechVerbAt(query.folded), referent !== null) : null;
      if (speaker?.hit) named = speaker.hit;
      const noSpeaker = speaker?.fromFocus || speaker?.unknown || speaker?.topicOnly;
      let entity: Entity | null = noSpeaker ? null : (named?.entity ?? null);
      if (noSpeaker) named = null;
      if (!entity && speaker?.fromFocus) entity = referent;
      else if (!entity && state.focus && !speaker?.unknown && !speaker?.topicOnly) {
        const pronoun = pronounIn(ownClause);
        // « c'est quoi son métier ? »: a possessive refers back as a pronoun does when someone's occupation is asked
        // (each language's possessives from the chat lexicon; English ones are already pronouns there)
        const possessive = asksJob(query.folded) && words(query.folded).some((w) => chatWords(query.lang).possessives.includes(w));
        // a pronoun whose gender the focus contradicts (« what did he say? » after a question about a woman) stands for no one rather than for her
        if (pronoun === "free" || possessive || (pronoun === "inverted" && PERSONAL.has(reading.intent))) entity = referent ?? (pronounGender(ownClause) ? null : entityByName(index, state.focus));
      }
      // « What did he say? » with a focus reads as « what did X say »
      // (only a question asking for words or a view: « why is she at home? » of her asks a fact, read from the sentence that tells it)
      // (where, when or to whom the one in focus said it, « elle l'a dit à qui ? », is read by that rule, not by the classifier's
      // guess: its confidence, often low on so short a question, no longer sends it to the general reader alone, which finds no
      // sentence for « ça »)
      const finalReading = entity && !named && reading.source === "classifier" ? (asksForWords(query.folded, query.lang) ? { ...reading, intent: "said" as Intent, ...(speechAsk(query.folded) === "circumstance" ? { source: "rule" as const, confidence: 1 } : {}) } : FACT_ABOUT(reading.also)) : reading;
      // a follow-up that changes a slot (« and in the EU? ») asks of another frame: the last answer's sentences answered the old one
      const ctx: Ctx = { index, query, m, lang, reading: finalReading, hits, entity, named: named !== null, unknownSpeaker: speaker?.unknown ?? null, ...(state.lastCites?.length && !completed?.slot && leansOnPrevious(hits, focused, recent) ? { previous: state.lastCites } : {}) };
      opts.inspect?.(ctx);
      // « who says that? », « selon qui ? »: the source of the last answer, not a search for words the question does not give
      // « c'est quoi l'histoire ? », "whats this trial about?": the gist, whatever words of the story the reader calls it by
      const ofLast = sourceOfLast(ctx, state.lastFigures ?? []);
      const gist = !ofLast && asksGist(query.folded);
      if (ofLast) trace?.("source-of-last");
      else if (gist) trace?.("gist");
      let draft = ofLast ?? (gist ? summary(ctx) : answer(ctx));
      // « et en 1963 ? », "and according to the unions?" after a figure: an answer that holds the new slot, else the figure of
      // the slot, or a decline; never the previous figure again as though it answered for the new slot
      if (completed?.slot && state.lastFigures?.length && (finalReading.intent === "count" || finalReading.intent === "claimant")) draft = slotFigure(ctx, completed.slot, state.lastFigures, draft) ?? draft;
      // any other answer to such a follow-up rests on a sentence that holds the new slot, or is no answer for it
      else if (completed?.slot && draft.answered && !slotHeld(ctx, completed.slot, draft.cites)) {
        trace?.("slot-unheld");
        draft = decline(ctx);
      }
      // an answer that does not carry what the question presupposes (a place, a person it names) answers of something else
      if (draft.answered) {
        const why = unsupported(ctx, draft);
        if (why) {
          trace?.("guard");
          draft = decline(ctx, why);
        }
      }
      if (!q) draft = help(ctx);
      const reply = toReply(index, draft, lang);
      if (!reply.text) reply.text = pick(lang, "La dépêche ne le dit pas.", "The story does not say.");
      const focus = keepsNamed(ctx, draft) ? ctx.entity!.name : draft.focus !== undefined ? (entityByName(index, draft.focus) ? draft.focus : state.focus) : (personAnswered(ctx, reply) ?? entity?.name ?? state.focus);
      // an answer's cited sentences are what the next elliptical question asks about; after a decline there are none
      // (« when? » after a question the story does not answer is not asked of an older answer's sentences)
      const lastCites = reply.answered ? reply.citations.slice(0, 3).map((c) => c.sentence) : [];
      const given = remember(state.given ?? [], reply.answered ? reply.citations.map((c) => c.sentence) : []);
      const lastFigures = reply.answered ? givenFigures(index, reply.figures, lastCites, reply.text) : [];
      // « since when? » answered from the last answer's sentences leaves the frame as it was: « and why? » next asks it of the last full question
      const frame = !completed && isBareAsk(own2) && state.lastQuestion ? state.lastQuestion : q || (state.lastQuestion ?? null);
      return { reply, state: { focus: focus ?? null, lang, lastIntent: reply.intent, lastQuestion: frame, lastCites, given, lastFigures, recent: recentPeople(focus ?? null, ctx) } };
    },
  };
  return engine;
}

/**
 * « who was the outside auditor? » answered by a sentence: the person the answer names first is whom the
 * next « he » stands for, as when an answer about a person says so. null for a question asking no one.
 */
function personAnswered(ctx: Ctx, reply: Reply): string | null {
  if (!reply.answered || whOf(ctx.query.folded) !== "who") return null;
  const first = entitiesIn(ctx.index, reply.text, true).sort((a, b) => a.at - b.at)[0];
  return first?.entity.name ?? null;
}

/** How many people of one exchange a pronoun of the next may stand for. */
const RECENT_MAX = 4;
/** The people of this exchange, most salient first: the one it ends about, then those its question named, in their order. */
function recentPeople(focus: string | null, ctx: Ctx): string[] {
  // (by name only: « all these new leaders » describes no one of the story in particular)
  const named = [...ctx.hits].filter((h) => h.by === "name").sort((a, b) => a.pos - b.pos).map((h) => h.entity).filter((e) => e.kind === "person").map((e) => e.name);
  return [...new Set([...(focus ? [focus] : []), ...(ctx.entity ? [ctx.entity.name] : []), ...named])].slice(0, RECENT_MAX);
}

/** How many cited sentences a conversation remembers for « what else? » (the latest kept). */
const GIVEN_MAX = 64;
function remember(given: readonly number[], cites: readonly number[]): number[] {
  const out = [...given.filter((s) => !cites.includes(s)), ...cites];
  return out.length > GIVEN_MAX ? out.slice(out.length - GIVEN_MAX) : out;
}

/** Answers whose person is who the question asks for (« who called? » → the caller is the next « he »). */
const ANSWERS_A_PERSON: ReadonlySet<string> = new Set(["call", "who_said", "people", "who", "claimant"]);

/**
 * « why was X in prison? » answered from a sentence of Y's words leaves X the one the conversation is
 * about: the next « when did he get out? » asks about X. The person named in the question stays in
 * focus unless the question asked for a person (« who …? »), whose answer then is the focus.
 */
function keepsNamed(ctx: Ctx, draft: Draft): boolean {
  if (!ctx.named || ctx.entity?.kind !== "person" || !draft.focus || draft.focus === ctx.entity.name) return false;
  if (ANSWERS_A_PERSON.has(draft.intent) || whOf(ctx.query.folded) === "who") return false;
  return true;
}

/** The answers to the questions of one message, one after the other, within the length of one answer. */
function joinReplies(replies: Reply[]): Reply {
  const first = replies[0]!;
  const answered = replies.filter((r) => r.answered);
  if (!answered.length) return first;
  const share = Math.floor((MAX_ANSWER - replies.length * 2) / replies.length);
  const cut = (t: string): string => (t.length <= share ? t : `${t.slice(0, t.lastIndexOf(" ", share - 1) > 0 ? t.lastIndexOf(" ", share - 1) : share - 1)}…`);
  const seen = new Set<number>();
  return {
    ...first,
    answered: true,
    intent: answered[0]!.intent,
    text: replies.map((r) => cut(r.text)).join("\n"),
    quotes: replies.flatMap((r) => r.quotes),
    figures: replies.flatMap((r) => r.figures),
    citations: replies.flatMap((r) => r.citations).filter((c) => {
      if (seen.has(c.sentence)) return false;
      seen.add(c.sentence);
      return true;
    }),
    suggestions: first.suggestions,
  };
}
