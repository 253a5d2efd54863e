/**
 * Who a pronoun of a reporting frame points back to (« he said », « a-t-elle ajouté », « they
 * said »), as a ranking of the entities mentioned before it rather than a chain of rules. Each
 * candidate is scored on what news writing relies on:
 *   - agreement: number and gender (the language's pronoun lexicon tells the pronoun's, a given name,
 *     a title or a gendered role noun the entity's); a mismatch rules a candidate out;
 *   - recency: how many sentences back it was last mentioned;
 *   - the paragraph: a pronoun rarely reaches over a paragraph break to someone not mentioned since;
 *   - salience: the subject a sentence opened with, someone who already spoke in this stretch;
 *   - introduction: a person named for the first time in the sentence just before is being brought
 *     in to speak next (« … was criticised by X, the opposition leader. "…," he said »).
 * Language-neutral: everything language-specific comes in as features of the pronoun and entities.
 */
import type { Entity } from "./entities.js";
import { FEMININE_GIVEN, MASCULINE_GIVEN } from "./lang/given-names.js";
import { fold } from "./text.js";

export interface PronounCue {
  gender: "m" | "f" | null;
  plural: boolean;
  thing?: boolean;
}

/** The reading context: where the pronoun stands, and which paragraph each sentence belongs to. */
export interface Place {
  /** sentence * 100000 + offset, as entity positions are kept. */
  at: number;
  sentence: number;
  /** The paragraph of a sentence, or null when the reader was not told paragraphs. */
  paragraphOf: (sentence: number) => number | null;
  /** Where the entity was last named in the reporter's words (outside quotation marks), or -1. */
  narrated: (e: Entity) => number;
  /** Whether that naming, in the pronoun's own sentence, is the object of a preposition (« … by X, he said »). */
  governed?: (e: Entity) => boolean;
}

const SENTENCE = 100000;
/** How far back (in sentences) a pronoun looks for its antecedent. */
export const WINDOW = 8;

export const WEIGHTS = {
  /** Per sentence between the candidate's last mention and the pronoun. */
  distance: -1.5,
  /** Last mentioned in the pronoun's own paragraph. */
  sameParagraph: 2,
  /** Has spoken (been given words) before the pronoun. */
  spoke: 1.5,
  /** Spoke in the pronoun's paragraph or the sentence before. */
  spokeNear: 0.5,
  /** Was the subject the sentence of its last mention opened with. */
  subjectThere: 1.5,
  /** Was a sentence's subject once, further back. */
  subjectOnce: 0.5,
  /** Named for the first time in the sentence before the pronoun. */
  introduced: 1,
  /**
   * Named last in the pronoun's own sentence, before it, as the object of a preposition (« under
   * questioning by X, she said »): had the writer meant X, X would have been the subject.
   */
  governedHere: -3,
  /** Its gender is known and is the pronoun's (not merely unknown). */
  genderKnown: 0.5,
  /** A person's pronoun (he, she, il, elle) standing for a body of no known gender: only when no person fits. */
  notPerson: -4,
  /** A body or a thing that neither spoke nor opened a sentence: mentioned in passing. */
  inPassing: -2,
};

/**
 * The sentence of the candidate's last mention before the pronoun: named in the reporter's words,
 * given words, or the subject of a sentence. A name inside quoted words does not count. -1 if none.
 */
function lastMentionBefore(e: Entity, place: Place): number {
  let best = -1;
  for (const pos of [place.narrated(e), e.lastSpoke, e.lastSubject]) if (pos >= 0 && pos <= place.at && pos > best) best = pos;
  return best < 0 ? -1 : Math.floor(best / SENTENCE);
}

/** The sentence the entity was created in: the first of its mentions (a set keeps insertion order). */
function firstMention(e: Entity): number {
  return e.mentions.values().next().value ?? -1;
}

/**
 * The gender an entity is known by, or that its name tells: a person named by a given name alone
 * (« Lucas, étudiant en droit », an interviewee the copy names by first name only) is read by that
 * name, as a two-word name is when first met. Read at the pronoun, under the name the entity has by
 * then: a lone « Martin » later named « Anne Martin » is read as Anne.
 */
export function genderOf(e: Entity): "m" | "f" | null {
  if (e.gender !== null || e.kind !== "person" || /\s/.test(e.name.trim())) return e.gender;
  const given = fold(e.name).replace(/[^a-z]/g, "");
  return MASCULINE_GIVEN.has(given) ? "m" : FEMININE_GIVEN.has(given) ? "f" : null;
}

/** Whether an entity can be what the pronoun stands for, by number, gender and animacy. */
export function agrees(e: Entity, p: PronounCue): boolean {
  if (p.thing) return e.kind !== "person";
  const gender = genderOf(e);
  if (p.gender !== null && gender !== null && gender !== p.gender) return false;
  if (p.plural && p.gender !== null) return e.kind !== "person";
  return true;
}

export interface Scored {
  entity: Entity;
  score: number;
  /** The sentence of its last mention before the pronoun. */
  last: number;
}

/** The score of one candidate, or null when it cannot be the antecedent. */
export function score(e: Entity, p: PronounCue, place: Place): number | null {
  if (!agrees(e, p)) return null;
  const last = lastMentionBefore(e, place);
  if (last < 0) return null;
  const distance = place.sentence - last;
  if (distance > WINDOW) return null;
  let s = WEIGHTS.distance * distance;
  const here = place.paragraphOf(place.sentence);
  const samePara = here !== null && place.paragraphOf(last) === here;
  if (samePara) s += WEIGHTS.sameParagraph;
  const spoke = e.lastSpoke >= 0 && e.lastSpoke <= place.at;
  if (spoke) {
    s += WEIGHTS.spoke;
    const spokeAt = Math.floor(e.lastSpoke / SENTENCE);
    if (spokeAt >= place.sentence - 1 || (here !== null && place.paragraphOf(spokeAt) === here)) s += WEIGHTS.spokeNear;
  }
  if (e.lastSubject >= 0 && e.lastSubject <= place.at) s += Math.floor(e.lastSubject / SENTENCE) === last ? WEIGHTS.subjectThere : WEIGHTS.subjectOnce;
  if (e.kind === "person" && !spoke && firstMention(e) === last && last >= place.sentence - 1 && last < place.sentence) s += WEIGHTS.introduced;
  if (p.gender !== null && genderOf(e) === p.gender) s += WEIGHTS.genderKnown;
  if (distance === 0 && !spoke && place.governed?.(e)) s += WEIGHTS.governedHere;
  if (!p.plural && !p.thing && e.kind !== "person" && e.gender === null) s += WEIGHTS.notPerson;
  if (e.kind !== "person" && !spoke && !(e.lastSubject >= 0 && e.lastSubject <= place.at)) s += WEIGHTS.inPassing;
  return s;
}

/**
 * The candidates ranked, best first; ties go to the most recently mentioned. `pool` is every entity
 * known; `allow` narrows it (a plural pronoun asks first among bodies and groups).
 */
export function rank(pool: readonly Entity[], p: PronounCue, place: Place, allow: (e: Entity) => boolean = () => true): Scored[] {
  const out: Scored[] = [];
  for (const e of pool) {
    if (!allow(e)) continue;
    const s = score(e, p, place);
    if (s !== null) out.push({ entity: e, score: s, last: lastMentionBefore(e, place) });
  }
  return out.sort((a, b) => b.score - a.score || b.entity.lastSeen - a.entity.lastSeen);
}

/** Whether the token at k is a capitalised word (« Lund », not « LUND » nor a lower-case word). */
const capitalAt = (tokens: readonly { text: string }[], k: number): boolean => CAPITAL_WORD.test(tokens[k]?.text ?? "");
/**
 * (Built once: asked three times for every token of every sentence, and a literal with « \p{…} »
 * is a new RegExp at each evaluation where tsx runs the code, as the bench and `npm start` do.)
 */
const CAPITAL_WORD = /^\p{Lu}\p{Ll}/u;

/**
 * A known person named again by surname alone (« Regarding the posts, Lund said … », « Selon Durand,
 * … »): the mention keeps them in view for the pronouns after it, as a full name does. Only a
 * capitalised word outside quoted words, not part of a name found in the sentence nor of a longer
 * run of capitalised words (« Lund Street »), that is the last word of someone already known.
 */
export function surnameMentions(
  tokens: readonly { text: string; low: string; start: number; end: number }[],
  names: readonly { first: number; last: number }[],
  spans: readonly { start: number; end: number }[],
  known: (lastWord: string) => Entity | null,
): { entity: Entity; at: number }[] {
  const out: { entity: Entity; at: number }[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (!capitalAt(tokens, k) || names.some((n) => k >= n.first && k <= n.last)) continue;
    if ((capitalAt(tokens, k - 1) && tokens[k - 1]!.end + 1 >= t.start) || (capitalAt(tokens, k + 1) && tokens[k + 1]!.start <= t.end + 1)) continue;
    if (spans.some((q) => t.start > q.start && t.start < q.end)) continue;
    const e = known(t.low);
    // (A person's name, not a description that ends on a place: « ambassadrice de Varonne au Portugal ».)
    if (e && e.name.split(/\s+/).every((w) => /^\p{Lu}/u.test(w) || w.length <= 3)) out.push({ entity: e, at: t.start });
  }
  return out;
}

/**
 * Whether the word before `offset` in `text` is one of `prepositions` (folded), past a title or an
 * article written between (« by Mr X », « avec le général X »), within the same comma-segment.
 */
export function afterPreposition(text: string, offset: number, prepositions: ReadonlySet<string> | undefined): boolean {
  if (!prepositions?.size) return false;
  const before = text.slice(Math.max(0, offset - 60), offset);
  const segment = before.slice(Math.max(before.lastIndexOf(","), before.lastIndexOf(";"), before.lastIndexOf(":"), before.lastIndexOf("«"), before.lastIndexOf("("), before.lastIndexOf("—")) + 1);
  const words = segment.split(/[^\p{L}.'’-]+/u).filter(Boolean).map((w) => w.replace(/’/g, "'"));
  for (let k = words.length - 1, between = 0; k >= 0 && between <= 2; k--, between++) {
    const w = words[k]!;
    const f = fold(w);
    // « d'Anna », « l'avocat »: the elided article or preposition glued to the next word.
    const glued = /^(\p{L}')/u.exec(f)?.[1];
    if (prepositions.has(f) || (glued && prepositions.has(glued) && k === words.length - 1)) return true;
    // Only a title (capitalised, « Mr », « Gen. ») or a short lower-case article may stand between.
    if (!/^\p{Lu}/u.test(w) && f.length > 3) return false;
  }
  return false;
}
