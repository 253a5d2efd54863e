/** Whether a token is a reporting verb (« a précisé », « said »), and of which kind. */
import { type SpeechLexicon } from "../lang/index.js";
import { testWord } from "../text.js";
import { type Token } from "../tokens.js";
import { UPPER_FIRST, withoutInvertedPronoun } from "./frame.js";

/** « appelle les parties à reprendre … »: an infinitive marker and an infinitive a few words on. */
function infinitiveAhead(tokens: Token[], i: number, lex: SpeechLexicon): boolean {
  for (let j = i + 1; j < tokens.length && j <= i + 8; j++) {
    if (lex.infinitiveMarkers.has(tokens[j]!.low) && lex.infinitiveAfter.test(tokens[j + 1]?.low ?? "")) return true;
  }
  return false;
}

/**
 * A word with the language's adverb ending (« récemment », "recently"), written in lower case: a
 * capital inside a sentence opens a name that merely ends the same way ("Kelly", "Reilly").
 */
export const adverbAt = (lex: SpeechLexicon, t: Token | undefined): boolean => t !== undefined && lex.adverbEnding.test(t.low) && /^\p{Ll}/u.test(t.text);

export const startsWithAny = (low: string, stems: readonly string[]) => stems.some((s) => low.startsWith(s));

/**
 * Which stem list a word starts with, remembered per lexicon: a verb-shaped word is tried against
 * about a hundred stems, and the same words come back in every sentence. Bounded like the folds.
 */
const stemKinds = new WeakMap<SpeechLexicon, Map<string, "say" | "eval" | null>>();
export function stemKind(low: string, lex: SpeechLexicon): "say" | "eval" | null {
  let memo = stemKinds.get(lex);
  if (!memo) stemKinds.set(lex, (memo = new Map()));
  const hit = memo.get(low);
  if (hit !== undefined) return hit;
  const kind = startsWithAny(low, lex.sayStems) ? "say" : startsWithAny(low, lex.evalStems) ? "eval" : null;
  if (memo.size >= 50_000) memo.clear();
  memo.set(low, kind);
  return kind;
}

/**
 * Whether a word (a token's `low`) can be a reporting verb at all: every way reportingVerb says
 * « say » or « eval » needs one of these, whatever the words around it. Called for every token of
 * every sentence, so remembered per lexicon like the stems.
 */
const reporting = new WeakMap<SpeechLexicon, Map<string, boolean>>();
function mayReport(tokenLow: string, lex: SpeechLexicon): boolean {
  let memo = reporting.get(lex);
  if (!memo) reporting.set(lex, (memo = new Map()));
  const hit = memo.get(tokenLow);
  if (hit !== undefined) return hit;
  const low = withoutInvertedPronoun(tokenLow, lex);
  const may =
    lex.callFor.has(low) ||
    lex.phrasal.has(low) ||
    lex.evalPhrasal.has(low) ||
    lex.sayWords.has(low) ||
    lex.evalWords.has(low) ||
    lex.directiveWords.has(low) ||
    lex.requestWords.has(low) ||
    lex.requestParticles.has(low) ||
    (lex.verbEndings !== null && testWord(lex.verbEndings, low) && stemKind(low, lex) !== null);
  if (memo.size >= 50_000) memo.clear();
  memo.set(tokenLow, may);
  return may;
}

/** A finite verb's ending, which a noun-like ending does not rule out (« remplaçaient »). */
const FINITE_ENDING = /(?:ait|aient|ant|ent)$/;

/** Whether a token is a reporting verb, and of which kind. */
export function reportingVerb(tokens: Token[], i: number, lex: SpeechLexicon, text?: string): "say" | "eval" | null {
  // Most words can never report, whatever surrounds them: known at once, before the tests of context.
  return mayReport(tokens[i]!.low, lex) ? reportingVerbInContext(tokens, i, lex, text) : null;
}

/**
 * reportingVerb without the word-level shortcut (test/frames-shortcut.test.ts checks the two agree).
 * Every way it answers « say » or « eval » needs the word in one of the lexicon's tables that
 * `mayReport` reads: a new one must be added there too.
 */
export function reportingVerbInContext(tokens: Token[], i: number, lex: SpeechLexicon, text?: string): "say" | "eval" | null {
  const t = tokens[i]!;
  const low = withoutInvertedPronoun(t.low, lex);
  const next = tokens[i + 1]?.low ?? "";
  // The second word of a two-word verb follows it after one space (« voiced "concerns" » quotes a word, no phrase).
  const nextGlued = tokens[i + 1] !== undefined && tokens[i + 1]!.start - t.end === 1 ? next : "";
  // « a appelé lundi au calme »: a time word may stand between the verb and its preposition.
  let n = i + 1;
  while (tokens[n] && lex.timeWords.has(tokens[n]!.low)) n++;
  // (An infinitive a few words on only where infinitives are marked: English « to » also opens a place.)
  if (lex.callFor.has(low) && (lex.callForNext.has(tokens[n]?.low ?? "") || (lex.infinitive !== null && infinitiveAhead(tokens, i, lex)))) return "say";
  if (lex.notSpeech.has(low) || low.length < 3) return null;
  // A capital inside a sentence starts a name, never a verb: « the United States », « Secretary of State X ».
  if (i > 0 && UPPER_FIRST.test(t.text)) return null;
  const prev = tokens[i - 1]?.low ?? "";
  // « training on how to respond to … »: an English infinitive reports nothing by itself.
  if (!lex.verbEndings && lex.infinitiveMarkers.has(prev)) return null;
  // « because of promises », « with reports »: after a preposition, an English form is a noun.
  // (Right after it: one space between, not the closing mark of a quotation ending on « over ».)
  // A gerund there is still a verb (« after accusing it of … », « before adding that … »).
  if (!lex.verbEndings && i > 0 && lex.notNpStart.has(prev) && t.start - tokens[i - 1]!.end === 1 && !lex.phrasal.get(low)?.has(nextGlued) && !(lex.participle.test(low) && prev !== "of" && prev !== "to")) return null;
  // « fait savoir », « fait valoir », « pointed out »
  if (lex.phrasal.get(low)?.has(nextGlued)) return "say";
  // « the country's state media », « the minister's remarks »: after a possessive, an English form is a
  // noun (« he's said », a contraction of a subject pronoun, still reports).
  if (!lex.verbEndings && prev === "s" && i > 1 && tokens[i - 1]!.start === tokens[i - 2]!.end + 1 && !lex.subjectPronouns.has(tokens[i - 2]!.low) && !lex.relatives.test(tokens[i - 2]!.low)) return null;
  if (lex.evalPhrasal.get(low)?.has(next) && !(lex.infinitive && testWord(lex.infinitive, low) && !lex.auxiliaries.has(tokens[i - 1]?.low ?? ""))) return "eval";
  if (lex.determiners.has(prev) && !lex.determinerAlsoAux.has(prev)) return null;
  // « member states can act », « reports have emerged »: an English form in -s before a modal or an
  // auxiliary is a plural noun, the subject of that verb.
  // (Not after a relative: « which Washington says is aimed at … » reports a clause whose subject is the relative.)
  if (!lex.verbEndings && /[^s]s$/.test(low) && lex.finite.has(next) && tokens[i + 1]!.start - t.end === 1 && ![1, 2, 3, 4].some((d) => lex.relatives.test(tokens[i - d]?.low ?? ""))) return null;
  if (lex.sayWords.has(low)) return "say";
  if (lex.evalWords.has(low) || lex.directiveWords.has(low) || lex.requestWords.has(low)) return "eval";
  // « appealed for calm »: a verb that asks only with its particle reports nothing without it.
  if (lex.requestParticles.get(low)?.has(next)) return "eval";
  if (!lex.verbEndings) return null;
  // « par rapport à », « en rapport avec »: right after a preposition (one that is no auxiliary too, as « a »),
  // a French word is a noun or an infinitive, never a finite verb; a participle in -ant still reports (« en affirmant »).
  if (i > 0 && lex.notNpStart.has(prev) && !lex.finite.has(prev) && !lex.auxiliaries.has(prev) && t.start - tokens[i - 1]!.end === 1 && !lex.participle.test(low)) return null;
  const lower = t.text.toLowerCase();
  const written = withoutInvertedPronoun(lower, lex);
  const afterSubject = UPPER_FIRST.test(tokens[i - 1]?.text ?? "") || lex.subjectPronouns.has(prev);
  // « rappelle », « martèle »: a stem in -el doubles its l (« rappel » + « le »), not the adjective ending « -elle ».
  const doubledL = /^(.+l)l(?:e|es|ent)$/.exec(low);
  const lVerb = doubledL !== null && lex.sayStems.includes(doubledL[1]!);
  // « s'est dite favorable »: after its reflexive auxiliary, « dite » is the verb, not a noun in -ite.
  const selfSaid = lex.selfDescribed !== null && (lex.selfDescribed.test(`${prev} ${low}`) || lex.selfDescribed.test(`${tokens[i - 2]?.low ?? ""} ${prev} ${low}`));
  // « il assure que », « …, signale le maire », « cite-t-il »: a reporting stem with only the
  // present's « -e », « -es » is that verb, though it ends like a noun (« -ure », « -ale », « -ite »),
  // where a verb stands: before « que », after a subject pronoun, inverted after the words it
  // reports, or with its pronoun glued. (« la zone dite rouge »: a participle; « en avance »: a noun.)
  const bare = /^(.+?)es?$/.exec(written)?.[1];
  const verbPlace = lex.complementizers.has(next) || lex.subjectPronouns.has(prev) || low !== t.low || (text !== undefined && i > 0 && /[,»”"]/.test(text.slice(tokens[i - 1]!.end, t.start)));
  const present = bare !== undefined && (lex.sayStems.includes(bare) || lex.evalStems.includes(bare)) && !lex.notNpStart.has(prev) && verbPlace;
  if (!lVerb && !selfSaid && !present && lex.nonVerbEndings && testWord(lex.nonVerbEndings, written) && !testWord(FINITE_ENDING, written) && !(afterSubject && /ance$/.test(written))) return null;
  if (!testWord(lex.verbEndings, low)) return null;
  // Infinitives report nothing by themselves (« sans préciser », « a refusé de dire »); a verb with its
  // pronoun glued is finite whatever its ending (« soupire-t-elle »).
  if (lex.infinitive && testWord(lex.infinitive, low) && !lex.auxiliaries.has(prev) && low === t.low) return null;
  return stemKind(low, lex);
}
