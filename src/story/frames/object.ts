/** The noun phrase said after a reporting verb that took no clause (« a annoncé l'acquisition de … »). */
import { type SpeechLexicon } from "../lang/index.js";
import { fold, testWord } from "../text.js";
import { isAbbreviationDot, type Token } from "../tokens.js";
import { isPersonDescription } from "../entities.js";
import { type Ctx, firstTokenAt, type Frame, UPPER_FIRST } from "./frame.js";
import { skipTimePhrase } from "./subject.js";
import { startsWithAny } from "./verbs.js";

/**
 * « X a annoncé l'acquisition de Y », "X stressed the value of patience": what a speaker says
 * as a noun phrase right after a reporting verb that took no clause, up to the frame's end, a comma
 * or a full stop; three words at least. A clause missed after a time phrase (« révèle ce vendredi
 * que … ») opens after its complementizer. Null when the words after the verb are no such phrase:
 * a preposition, an infinitive, a verb, a name, a quotation, or a verb whose object is no content
 * (« maintenir des liens », "maintain engines").
 */
export function objectSaid(text: string, low: string, tokens: Token[], frames: readonly Frame[], f: number, quotes: { start: number; end: number }[], lex: SpeechLexicon): { start: number; end: number } | null {
  const fr = frames[f]!;
  // The few frames before this one (a run-on sentence can hold thousands: no scan of all of them per frame).
  const earlier = frames.slice(Math.max(0, f - 4), f);
  const verb = firstTokenAt(tokens, fr.groupEnd) - 1;
  // (After « told », the object is who was told.)
  if (verb < 0 || startsWithAny(tokens[verb]!.low, lex.noContentObject) || lex.hearerVerbs.has(tokens[verb]!.low)) return null;
  // « X a affirmé que A et a annoncé B »: a verb sharing the subject of a statement already reported
  // adds what X did, told with the statement, not a second one.
  if (earlier.some((o) => o.clause !== null && o.groupEnd <= fr.groupStart) && lex.sharedSubject.test(text.slice(Math.max(0, fr.groupStart - 12), fr.groupStart))) return null;
  // « say the move signals a shift »: a verb inside what another frame reports is part of it.
  if (earlier.some((o) => o.clause !== null && o.clause.start <= fr.groupStart && o.clause.end >= fr.groupEnd)) return null;
  const ctx: Ctx = { text, low, tokens, quotes, lex };
  const gapAt = (j: number) => text.slice(tokens[j - 1]!.end, tokens[j]!.start);
  let k = skipTimePhrase(ctx, verb + 1);
  // (« ce vendredi », « cette semaine », "last Friday": a time word after its determiner too.)
  const timeAt = (j: number) => (lex.timeWords.has(tokens[j]?.low ?? "") ? 1 : lex.determiners.has(tokens[j]!.low) && lex.timeWords.has(tokens[j + 1]?.low ?? "") ? 2 : 0);
  while (tokens[k] && !/[,.;:!?()«»“”"]/.test(gapAt(k)) && (lex.adverbs.has(tokens[k]!.low) || timeAt(k) > 0)) k = skipTimePhrase(ctx, k + Math.max(1, timeAt(k)));
  if (tokens[k] && lex.complementizers.has(tokens[k]!.low) && k > verb + 1) k++;
  const first = tokens[k];
  if (!first || first.start >= fr.scope.end || /[,.;:!?()«»“”"]/.test(gapAt(k))) return null;
  const w = first.low;
  if (lex.complementizers.has(w) || lex.notNpStart.has(w) || lex.datives.has(w) || lex.infinitiveMarkers.has(w) || lex.finite.has(w) || lex.auxiliaries.has(w) || lex.negation.has(w)) return null;
  // (« a dit ce matin vouloir … »: an infinitive in the first words is what the speaker means to do, not a noun phrase.)
  for (let j = k; j < k + 3 && tokens[j]; j++) if (lex.infinitive && testWord(lex.infinitive, tokens[j]!.low)) return null;
  // A name opens no object (« juge Varga », a noun read as a verb), unless it owns what follows (« China's opposition »).
  if (UPPER_FIRST.test(first.text) && !/^['’]s\b/.test(text.slice(first.end, first.end + 3)) && !lex.determiners.has(w)) return null;
  // Where a noun phrase needs its determiner, a bare word opens none (« dit peut s'avérer »).
  if (!lex.bareClause && !lex.determiners.has(w) && !/^\d/.test(w)) return null;
  let end = Math.min(fr.scope.end, text.length);
  // Past an apposition to a name (« la mort de Jean Roy, 15 ans, … »), quoted words are part of the object.
  let apposed = false;
  let embedded = false;
  for (let i = first.start; i < end; i++) {
    const c = text[i]!;
    const span = /[«“"]/.test(c) ? quotes.find((s) => s.start === i) : undefined;
    // « a regretté le manque de moyens dans les « petites écoles » »: a few words quoted inside the noun
    // phrase, after a word of its own, belong to it.
    const inner = span && !apposed && i > first.start && /\p{L}\s*$/u.test(text.slice(first.start, i)) && wordCount(text.slice(span.start + 1, span.end)) <= EMBEDDED_WORDS;
    if (span && (apposed || inner)) {
      if (inner) embedded = true;
      i = span.end;
      continue;
    }
    if (/[,;:!?()«»“”"]/.test(c) || (c === "." && !isAbbreviationDot(text, i))) {
      const skip = c === "," ? appositionEnd(text, i, end) : -1;
      if (skip > 0) {
        apposed = true;
        i = skip;
        continue;
      }
      // « a annoncé l'ouverture du marché, qui doit durer … », "announced the closure of the bridge,
      // which will …": a relative clause on the object's last noun is part of what was said.
      if (c === "," && relativeAfter(text, i, lex)) {
        apposed = true;
        continue;
      }
      end = i;
      break;
    }
  }
  // « a confirmé les manœuvres dans un communiqué »: the medium it was said in is no part of it.
  for (let j = k + 1; tokens[j] && tokens[j]!.start < end; j++) {
    if (lex.datives.has(tokens[j]!.low) && [1, 2, 3].some((n) => lex.media.has(tokens[j + n]?.low ?? ""))) {
      end = tokens[j - 1]!.end;
      break;
    }
  }
  if (!apposed && !embedded && quotes.some((s) => s.start < end && s.end > first.start)) return null;
  if (wordCount(text.slice(first.start, end)) < 3) return null;
  return { start: first.start, end };
}

/** The most words quoted inside a noun phrase said (« les « petites écoles » »): more, and they are a quotation of their own. */
const EMBEDDED_WORDS = 5;

/** Words of letters or digits (« said killed 14 villagers »: a number counts). */
function wordCount(s: string): number {
  return s.split(/\s+/).filter((w) => LETTER_OR_DIGIT.test(w)).length;
}
/** (Built once: a literal with « \p{…} » is a new RegExp at each evaluation where tsx runs the code, as the bench does.) */
const LETTER_OR_DIGIT = /[\p{L}\d]/u;

/** After the comma at `comma`, a relative pronoun (not a complementizer: « que », "that") opens the next words. */
function relativeAfter(text: string, comma: number, lex: SpeechLexicon): boolean {
  const m = /^\s*([\p{L}]+['’]?)/u.exec(text.slice(comma + 1, comma + 24));
  if (!m?.[1] || !/^\p{Ll}/u.test(m[1])) return false;
  const w = fold(m[1]).replace(/’/g, "'");
  return lex.relatives.test(w) && !lex.complementizers.has(w) && !lex.complementizers.has(w.replace(/'$/, "e"));
}

/**
 * « …de Jean Roy, 15 ans, tué … », « …du chef du groupe, Karl Benn, lors de … »: the comma at `comma`
 * closes a name (or a role before a name) and opens an apposition of a few words (an age, a name,
 * a description) closed by a second comma; the offset of that second comma, or -1.
 */
function appositionEnd(text: string, comma: number, limit: number): number {
  const before = /(\S+)\s*$/.exec(text.slice(Math.max(0, comma - 40), comma))?.[1] ?? "";
  const named = /^(?:\p{L}['’])?\p{Lu}/u.test(before);
  const next = text.indexOf(",", comma + 1);
  if (next < 0 || next >= limit - 1) return -1;
  const seg = text.slice(comma + 1, next).trim();
  if (!seg || /[;:!?()«»“”"]/.test(seg) || seg.split(/\s+/).length > 6) return -1;
  // An age, a personal name, or a description of a person.
  // An age or a description after a name; a personal name after a name or a role (« le chef du réseau, Omar Fadil, »).
  // (A name's particles stay lower-case: « al-Karim », « de », « van ».)
  const words = seg.split(/\s+/);
  const name = words.length >= 2 && words.length <= 4 && UPPER_FIRST.test(seg) && words.every((w) => /^\p{Lu}[\p{L}'’-]*$/u.test(w) || /^\p{Ll}{1,3}(?:-\p{Lu}[\p{L}'’-]*)?$/u.test(w));
  const ok = name || (named && (/^\(?\d{1,3}\)?(?:\s+\p{Ll}+)?$/u.test(seg) || isPersonDescription(seg)));
  return ok ? next : -1;
}
