import { centralSentences } from "./answers/general.js";
import { guillemets, pick, snippet, type Draft } from "./compose.js";
import type { Entity, StoryIndex } from "./index.js";
import { analyse, matcher } from "./query.js";
import type { Lang } from "./reply.js";

/**
 * « what else? », « et sinon ? », "anything else?": the next fact the conversation has not given.
 * The person in focus's other words when their words were asked; else the sentence that answers
 * the last question best among those not yet cited; else the story's next central sentence.
 */
export interface MoreAsked {
  index: StoryIndex;
  lang: Lang;
  /** The sentences the conversation has cited so far. */
  given: ReadonlySet<number>;
  focus: Entity | null;
  lastQuestion: string | null;
  lastIntent: string | null;
}

/** Intents whose answer is someone's words: « what else? » asks for more of them. */
const SPEECH = new Set(["said", "who_said"]);

export function more(a: MoreAsked): Draft {
  return otherWords(a) ?? nextOnSubject(a) ?? nextCentral(a) ?? allSaid(a);
}

function otherWords({ index, lang, given, focus, lastIntent }: MoreAsked): Draft | null {
  if (!focus || !SPEECH.has(lastIntent ?? "")) return null;
  const left = focus.quotes.filter((q) => !given.has(q.sentence)).slice(0, 2);
  if (!left.length) return null;
  const words = left.map((q) => (q.kind === "direct" ? guillemets(q.text) : pick(lang, `(propos rapportés) ${q.text}`, `(reported) ${q.text}`)));
  return {
    answered: true,
    intent: "said",
    parts: [pick(lang, `${focus.name} a aussi dit : ${words.join(" ; ")}.`, `${focus.name} also said: ${words.join("; ")}.`)],
    cites: left.map((q) => q.sentence),
    quotes: left.map((q) => ({ speaker: focus.name, text: q.text, kind: q.kind, sentence: q.sentence })),
    focus: focus.name,
  };
}

/** The sentence not yet cited that shares most of the last question's words. */
function nextOnSubject({ index, lang, given, lastQuestion }: MoreAsked): Draft | null {
  if (!lastQuestion) return null;
  const query = analyse(lastQuestion, index);
  if (!query.terms.length) return null;
  const m = matcher(index, query);
  let best = -1;
  let score = 0;
  for (const s of index.sentences) {
    if (given.has(s.index) || !tells(index, s.index)) continue;
    const v = m.score(s.keys);
    if (v > score) [best, score] = [s.index, v];
  }
  return best >= 0 ? also(index, lang, best) : null;
}

function nextCentral({ index, lang, given }: MoreAsked): Draft | null {
  const fresh = (s: { index: number }): boolean => !given.has(s.index) && tells(index, s.index);
  const next = centralSentences(index).find(fresh) ?? index.story.sentences.find(fresh);
  return next ? also(index, lang, next.index) : null;
}

/** A sentence that tells something: a headline or a caption (few words, no closing stop) is no fact to add. */
function tells(index: StoryIndex, sentence: number): boolean {
  const text = index.story.sentences[sentence]?.text.trim() ?? "";
  return text.split(/\s+/).length >= 6 && /[.!?»"”…]$/.test(text);
}

function also(index: StoryIndex, lang: Lang, sentence: number): Draft {
  const text = index.story.sentences[sentence]?.text ?? "";
  return { answered: true, intent: "more", parts: [pick(lang, `Aussi : ${snippet(text, null, 10, index.story.lang)}`, `Also: ${snippet(text, null, 10, index.story.lang)}`)], cites: [sentence] };
}

function allSaid({ lang }: MoreAsked): Draft {
  return { answered: false, intent: "more", parts: [pick(lang, "C'est tout ce que dit la dépêche.", "That is all the story says.")], cites: [] };
}
