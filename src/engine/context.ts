import type { Entity, StoryIndex } from "./index.js";
import type { EntityHit } from "./entities.js";
import type { IntentReading } from "./intent.js";
import type { Matcher, Query, Term } from "./query.js";
import type { Lang } from "./reply.js";
import { nameSimilarity, NAME_MATCH } from "./names.js";
import { QuestionMemo } from "./question-memo.js";
import { chatWords } from "./lexicon-chat.js";
import { fold, isStopword } from "./text.js";

/**
 * Everything an answer is built from. One per question (and its copies): a memo of a question's
 * readings is a QuestionMemo (./question-memo.ts), never a module WeakMap keyed by the context or
 * its query, whose entries young collections do not free (they were the engine's latency tail).
 */
export interface Ctx {
  index: StoryIndex;
  query: Query;
  m: Matcher;
  lang: Lang;
  reading: IntentReading;
  hits: EntityHit[];
  /** Who the question is about: named in it, or the conversation's focus for a pronoun. */
  entity: Entity | null;
  /** Whether `entity` was named in the question (not taken from the conversation). */
  named: boolean;
  /** Someone the question makes speak whom the story never mentions (« did Smith comment on X »). */
  unknownSpeaker?: string | null;
  /** The sentences the previous answer cited, for an elliptical follow-up (« when? »). */
  previous?: number[];
}

/** Words that say what kind of question it is, not what it is about. */
const GENERIC = new Set(
  (
    "say said says stated state declare declared tell told think thinks announce announced describe described react reacted " +
    "dit dire declare declaree annonce annonce estime affirme indique precise ajoute pense reagi qualifie propos position " +
    "many much number nombre combien story article depeche dispatch report reported text question " +
    "happen happened passe quoted cite cites citee name nom called appelle"
  ).split(" "),
);

/** The question's words about the subject matter: not the entity's name, not the question's verb. */
export function topicTerms(ctx: Ctx, entity: Entity | null = ctx.entity): Term[] {
  // asked again for every figure, quote and sentence an answer weighs: read once per question and entity
  let byEntity = topicMemo.get(ctx);
  if (!byEntity) topicMemo.set(ctx, (byEntity = new Map()));
  let out = byEntity.get(entity);
  if (!out) byEntity.set(entity, (out = Object.freeze(topicTermsNow(ctx, entity)) as Term[]));
  return out;
}

const topicMemo = new QuestionMemo<Ctx, Map<Entity | null, Term[]>>();

function topicTermsNow(ctx: Ctx, entity: Entity | null): Term[] {
  return ctx.query.terms.filter((t) => {
    if (GENERIC.has(t.word)) return false;
    if (!entity) return true;
    if (entity.nameWords.some((n) => nameSimilarity(t.word, n) >= NAME_MATCH) || entity.capitals?.some((n) => nameSimilarity(t.word, n) >= NAME_MATCH)) return false;
    return ctx.m.found(entity.keys, [t]).length === 0;
  });
}

/** The gender a question's subject pronoun gives (« she », « elle » → f; « he », « il » → m), if any. */
export function pronounGender(folded: string): "m" | "f" | null {
  const m = /(?:^|[\s'-])(she|elle|he|il)(?=$|[\s?!.,-])/.exec(folded);
  if (!m) return null;
  return m[1] === "she" || m[1] === "elle" ? "f" : "m";
}

/** A plural subject pronoun (« they », « ils », « ont-elles »), folded. */
const PLURAL_PRONOUN = /(?:^|[\s'-])(?:they|ils|elles)(?=$|[\s?!.,-])/;

/** Whether a pronoun of gender `g` (null: none said) can stand for `e`: an institution, a person of unknown gender or of that gender. */
const agrees = (e: Entity, g: "m" | "f" | null): boolean => !g || e.kind !== "person" || !e.gender || e.gender === g;

/**
 * Who a subject pronoun of the question stands for: the one the conversation is about (the focus)
 * when its gender does not contradict the pronoun's (a person of unknown gender agrees with « he »
 * and « she » alike); else the first of the people of the previous question and answer (`recent`)
 * who agrees (« and what did she say? » after a question about a man and a woman); else the one
 * person of that gender the story gives words to, or the one it quotes more than all the others of
 * that gender together (its protagonist). Between speakers of like weight, no one (null).
 * `othersNamed`: the question names someone else it speaks to or of (« what did she tell X? »): with
 * no focus, the pronoun may still be that one quoted person, never X.
 */
export function pronounReferent(index: StoryIndex, folded: string, focus: Entity | null, othersNamed = false, recent: readonly Entity[] = []): Entity | null {
  const g = pronounGender(folded);
  // « what did they talk about? », « de quoi ont-ils parlé ? » after a question about one person: « they » are
  // several (the two sides, the parties), never that one person; an institution in focus may still be « they »
  if (!g && focus?.kind === "person" && PLURAL_PRONOUN.test(folded)) return null;
  // with no one in focus, a pronoun refers to no one (« what did she say? » starts nothing), unless
  // the question names someone else it speaks to or of
  if (!focus && !othersNamed) return null;
  if (focus && agrees(focus, g)) return focus;
  if (!g) return null;
  const previous = recent.find((e) => e !== focus && e.kind === "person" && e.gender === g);
  if (previous) return previous;
  const fits = index.entities.filter((e) => e.kind === "person" && e.gender === g && (e.quotes.length > 0 || e.speaker)).sort((a, b) => b.quotes.length - a.quotes.length);
  // the one person of that gender the story gives words to, or the one it gives more words than all the others of that gender together
  const rest = fits.slice(1).reduce((n, e) => n + e.quotes.length, 0);
  return fits.length === 1 || (fits[0] && fits[0].quotes.length > rest) ? fits[0]! : null;
}

/** Each language's determiners and relative pronouns, folded: what opens a noun and the clause that describes it. */
const NOUN_CLAUSE = (["fr", "en"] as const).map((l) => {
  const w = chatWords(l);
  return { determiners: new Set(w.determiners.filter((d) => !/['’]$/.test(d))), relatives: new Set(w.relatives.map((r) => r.replace(/['’]$/, ""))) };
});

/**
 * The question without the relative clauses that describe a noun it asks about (« what's the name of the
 * nurse who reported her » → « what's the name of the nurse »): a pronoun there is someone the asked
 * person acted on, not whom the question is about. A relative counts only after a determiner and a noun
 * (a word or two), so « c'est qui elle », « who is she » keep their pronoun. Folded in, folded out.
 */
export function outsideRelatives(folded: string): string {
  const ws = folded.split(/\s+/);
  for (let i = 2; i < ws.length; i++) {
    const w = ws[i]!.replace(/['’].*$/, "");
    for (const x of NOUN_CLAUSE) {
      // (« la condition pour que … »: a relative after a function word opens no description of the noun)
      if (!x.relatives.has(w) || isStopword(ws[i - 1]!)) continue;
      if (x.determiners.has(ws[i - 2]!) || (i >= 3 && x.determiners.has(ws[i - 3]!) && !x.determiners.has(ws[i - 1]!))) return ws.slice(0, i).join(" ");
    }
  }
  return folded;
}

/**
 * Whether the question is asked of the last answer's sentences (`previous`): not when it names, by
 * name, a person the last exchange was not about (« Weir, where's he from? » after a question on
 * someone else): its pronoun resumes that name, a new subject, and the sentences that answered the
 * other one answer nothing of it.
 */
export function leansOnPrevious(hits: readonly EntityHit[], focus: Entity | null, recent: readonly Entity[]): boolean {
  return !hits.some((h) => h.by === "name" && h.entity.kind === "person" && h.entity !== focus && !recent.includes(h.entity));
}

/** Each language's words of a noun phrase a subject pronoun takes up, folded; read with both tables, as readers mix languages. */
const RESUMED = (["fr", "en"] as const).map((l) => {
  const w = chatWords(l);
  const r = w.resumption;
  return {
    pronouns: new Map(Object.entries(r.pronouns)),
    singular: new Set(r.singular.filter((d) => !d.endsWith("'"))),
    plural: new Set(r.plural),
    elided: r.singular.filter((d) => d.endsWith("'")),
    time: new Set(r.timeNouns),
    links: new Set(w.links),
    asking: new Set(w.askingOpeners.filter((o) => !/[\s']/.test(o)).map(fold)),
    withNoun: new Set(r.withNoun),
    withOfNoun: new Set(r.withOfNoun),
    circumstance: new Set(w.circumstance),
    of: new Set(w.ofWords),
  };
});
type Resumed = (typeof RESUMED)[number];

/** Whether `word` opens a noun phrase (an article, a possessive, an elided article) a pronoun of that number agrees with. */
function opensPhrase(x: Resumed, word: string, plural: boolean): boolean {
  if (x.elided.some((e) => word.startsWith(e) && word.length > e.length)) return !plural;
  return plural ? x.plural.has(word) : x.singular.has(word);
}

/**
 * The question from the subject pronoun on, without the noun phrase it takes up (« Ilse Brandvold, elle faisait quoi comme
 * métier ? », « la porte-parole elle travaille pour qui ? » → « elle faisait quoi comme métier », « elle travaille pour qui »): what the question
 * asks is said in its frame after the phrase, which only names whom it is about. The phrase opens on a determiner, or is
 * made of words the story writes only in names (`isName`). Folded in, folded out; unchanged without such a phrase.
 */
export function withoutTopic(folded: string, isName?: (folded: string) => boolean): string {
  const ws = folded.split(/\s+/).filter(Boolean);
  const bare = ws.map((w) => w.replace(/[?!.,;:]+$/, ""));
  for (const x of RESUMED) {
    const p = pronounAfterPhrase(x, bare, isName);
    if (p >= 0) return ws.slice(p).join(" ");
  }
  return folded;
}

/**
 * Where the subject pronoun stands that takes up the noun phrase opening the question (after its
 * links, « et », « alors »): a determiner, a noun or two — or words `isName` takes for a name — then
 * the pronoun, agreeing in number; no phrase of time nor question word in the phrase. -1 when none.
 */
function pronounAfterPhrase(x: Resumed, bare: readonly string[], isName?: (folded: string) => boolean): number {
  let i = 0;
  while (i < bare.length && x.links.has(bare[i]!)) i++;
  for (let p = i + 1; p <= i + 4 && p < bare.length; p++) {
    const plural = x.pronouns.get(bare[p]!);
    if (plural === undefined) continue;
    const phrase = bare.slice(i, p);
    const named = isName !== undefined && phrase.every((w) => isName(w));
    return (opensPhrase(x, phrase[0]!, plural) || named) && phrase.every((w) => !x.time.has(w.replace(/^\p{L}'/u, "")) && !x.asking.has(w)) ? p : -1;
  }
  return -1;
}

/**
 * The question without a subject pronoun that takes up a noun phrase of the question itself, as spoken
 * French and chat put one (« la gardienne, elle habite où ? », « et les voisins ils veulent quoi ? »,
 * « elle a répondu quoi la principale ? »): that pronoun stands for the phrase, not for the one the conversation
 * is about. The phrase stands first and the pronoun after it, or the pronoun opens the question and the
 * phrase follows its question word to the end; the two agree in number; a phrase of time
 * (« le lendemain il … », « il a dit quoi ce matin ») is no subject and is left alone. Folded in, folded out.
 */
export function withoutResumptive(folded: string): string {
  const ws = folded.split(/\s+/).filter(Boolean);
  const bare = ws.map((w) => w.replace(/[?!.,;:]+$/, ""));
  for (const x of RESUMED) {
    // the phrase first: a determiner, a noun or two, then the pronoun
    const p = pronounAfterPhrase(x, bare);
    if (p >= 0) return [...ws.slice(0, p), ...ws.slice(p + 1)].join(" ");
    let i = 0;
    while (i < bare.length && x.links.has(bare[i]!)) i++;
    // the pronoun first, the phrase after the question word (« quel âge », « combien de temps » with their noun)
    const plural = x.pronouns.get(bare[i] ?? "");
    if (plural === undefined) continue;
    for (let q = i + 1; q < bare.length - 1; q++) {
      if (!x.asking.has(bare[q]!)) continue;
      let at = q + 1;
      if (x.withNoun.has(bare[q]!)) at++;
      else if (x.withOfNoun.has(bare[q]!) && x.of.has(bare[at]!)) at += 2;
      if (at >= bare.length || !opensPhrase(x, bare[at]!, plural)) break;
      const phrase = bare.slice(at);
      const end = phrase.findIndex((w, k) => k > 0 && x.circumstance.has(w));
      const noun = end > 0 ? phrase.slice(0, end) : phrase;
      if (noun.length >= 1 && noun.length <= 4 && noun.every((w) => !x.time.has(w.replace(/^\p{L}'/u, "")))) return [...ws.slice(0, i), ...ws.slice(i + 1)].join(" ");
      break;
    }
  }
  return folded;
}
