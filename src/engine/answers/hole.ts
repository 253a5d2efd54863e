import type { Query, Term } from "../query.js";
import { holeWords } from "../lexicon-hole.js";

/*
 * A question is a sentence with a hole: « il va présenter quoi au conseil ? », "what did she
 * present to the council?" ask for the object of « présenter ». The word the asking word is the
 * object of is the hole's anchor: in the sentence that answers, the answer is what stands right
 * after that word (« he would present | a budget | to the council »), not what comes after
 * every word of the question (« … to the council | before the summer recess »).
 *
 * Where the anchor stands in the question, by the question language's own words (lexicon-hole.ts):
 * - an asking word left in place (« quoi »): the content word before it, through a preposition
 *   (« frappé avec quoi » → « frappé »);
 * - an asking word put first, then an auxiliary: the verb after the subject. After a subject
 *   pronoun or an auxiliary with the subject put after the verb (« qu'a décidé le tribunal »), the
 *   first content word; after a subject written as a noun ("what did the court decide"), the
 *   last content word before a preposition.
 * None for a light verb (« a fait quoi », "what did they do"): its object is the whole act; none
 * for a verb of saying ("what did X say"): the words said stand before it as often as after it.
 */
export interface Anchor {
  term: Term;
  /** The question's terms written after the anchor (« au parlement »): where the sentence writes them again, the object has ended. */
  after: ReadonlySet<Term>;
}

export function holeAnchors(query: Query, terms: readonly Term[], speechAt = -1): Anchor[] {
  const w = holeWords(query.lang);
  const words = query.words;
  const usable = new Set(terms);
  const termAt = (pos: number): Term | null => query.seq.find((s) => s.pos === pos && usable.has(s.term))?.term ?? null;
  // a verb of saying is no anchor: the reported words stand before it as often as after it, read by their frame
  const anchored = (pos: number, t: Term): Anchor => ({ term: t, after: new Set(query.seq.filter((s) => s.pos > pos && usable.has(s.term) && s.term !== t).map((s) => s.term)) });
  const anchorAt = (pos: number): Anchor[] => {
    const t = w.light.has(words[pos] ?? "") || pos === speechAt ? null : termAt(pos);
    return t ? [anchored(pos, t)] : [];
  };
  // left in place: the content word before it, through a preposition
  const inSitu = words.findLastIndex((x) => w.inSitu.has(x));
  if (inSitu > 0) {
    let j = inSitu - 1;
    while (j > 0 && w.prepositions.has(words[j]!)) j--;
    return anchorAt(j);
  }
  let i = 0;
  while (i < words.length && w.lead.has(words[i]!)) i++;
  if (!w.fronted.has(words[i] ?? "")) return [];
  while (i < words.length && (w.lead.has(words[i]!) || w.fronted.has(words[i]!))) i++;
  const aux = words.slice(i).findIndex((x) => w.auxiliaries.has(x));
  if (aux < 0) {
    // no auxiliary: only a verb put right after the asking word, its subject after it (« que propose le ministre »)
    return query.lang === "fr" ? anchorAt(i) : [];
  }
  let k = i + aux + 1;
  const pronoun = w.subjects.has(words[k] ?? "");
  while (k < words.length && (w.subjects.has(words[k]!) || w.auxiliaries.has(words[k]!))) k++;
  // a subject pronoun, or the French order (subject before the auxiliary, or after the verb): the verb comes first
  if (pronoun || query.lang === "fr") return anchorAt(k);
  // a subject written out ("the court", "the FTC"): the verb is a word after its head that closes the question or
  // stands before its object or a preposition ("the court decide", "the FTC asking | the judge", "pointing | at");
  // a light verb or a verb of saying ends the search
  const out: Anchor[] = [];
  let head = false;
  for (let p = k; p < words.length; p++) {
    if (w.light.has(words[p]!) || p === speechAt) break;
    const t = termAt(p);
    if (!t) continue;
    const next = words[p + 1];
    if (head && (next === undefined || w.prepositions.has(next) || w.objects.has(next))) out.push(anchored(p, t));
    head = true;
  }
  return out;
}
