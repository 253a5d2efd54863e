import type { Figure } from "../../../story/schema.js";
import type { Ctx } from "../../context.js";
import type { Entity } from "../../index.js";
import { keysOf } from "../../index.js";
import { entitiesIn } from "../../mentions.js";
import { fold, words } from "../../text.js";
import { questionTerms } from "../reader.js";
import { NEUTRAL as ASKING_NUMBER } from "../../agreement.js";
import { sentenceKeys } from "./figure-keys.js";
import { NAME_SUFFIX } from "../../figure-words/index.js";

// (« Webb Jr., 51, »: a suffix of the name is passed over)
const NAME_BEFORE = new RegExp(`(\\p{Lu}[\\p{L}'’-]+)(?:,?\\s+(?:${NAME_SUFFIX}))?\\*?,\\s*$`, "u");
const AGE_WORDS = /\b(?:age|agee?s?|ans|years? old|year-old|ans?-)\b/;

/** The name a bare number set between commas follows (« Kowalski, 52, »), when it is set so: that person's age. */
function appositiveAge(sentence: string, f: Figure): string | null {
  // « Kowalski, 52, », « Mathis*, 32 ans, »
  if (f.category === "date" || !/^\d{1,3}(?: ans)?$/.test(f.text) || f.value < 1 || f.value > 115) return null;
  for (let at = sentence.indexOf(`, ${f.text},`); at >= 0; at = sentence.indexOf(`, ${f.text},`, at + 1)) {
    const m = NAME_BEFORE.exec(sentence.slice(Math.max(0, at - 40), at + 1));
    if (m) return m[1]!;
  }
  // « Kowalski, who was 52 at the time, », « Kowalski, qui avait 52 ans, »: a relative clause that gives the bare number
  if (!/^\d{1,3}$/.test(f.text)) return null;
  for (const m of sentence.matchAll(WHO_WAS)) {
    if (m[2] === f.text && AFTER_AGE.test(sentence.slice(m.index + m[0].length))) return m[1]!;
  }
  return null;
}

// « Kowalski, who was 52 », « Kowalski, who is now 52 »: a name, then a relative clause of being with a bare number
const WHO_WAS = /(\p{Lu}[\p{L}'’-]+)\*?,\s+who\s+(?:is|was)\s+(?:now\s+|then\s+)?(\d{1,3})/gu;
// what may follow an age so given: the clause's end, « at the time », « when », « years old »
const AFTER_AGE = /^(?:\s*[,.;)]|\s+(?:at the time|when|and|years? old)\b|\s*$)/;

// « le passeur, 31 ans, », « the skipper, 31, »: a common noun of a person, then the age between commas
const NOUN_COMMA = /(?:^|\s)(?:le|la|l'|un|une|the|a|an)\s+\p{Ll}[\p{L}-]{2,},\s*$/u;

// « the 52-year-old Kowalski »: an age glued before a name; « Kowalski, who at age 52 », « Kowalski, âgé de 52 ans »: after it
const NAME_AFTER_AGE = /^\s+(\p{Lu}[\p{L}'’-]+)/u;
const NAME_BEFORE_AGE = /(\p{Lu}[\p{L}'’-]+)\*?,\s*(?:(?:who|qui)\s+(?:(?:is|was|est|etait|était)\s+)?)?$/u;

/** The name an age figure is written against (« the 52-year-old Kowalski », « Kowalski, aged 52 »): that person's age, not another's of the sentence. */
function boundAge(sentence: string, f: Figure): string | null {
  if (f.category !== "age") return null;
  const at = sentence.indexOf(f.text);
  if (at < 0) return null;
  if (/-year-old$/i.test(f.text)) {
    const after = NAME_AFTER_AGE.exec(sentence.slice(at + f.text.length, at + f.text.length + 40));
    if (after) return after[1]!;
  }
  return NAME_BEFORE_AGE.exec(sentence.slice(Math.max(0, at - 50), at))?.[1] ?? null;
}

// « un pompier de 44 ans »: a noun, « de », years: that person's age (« plus de 10 ans », « depuis 10 ans » are spans)
const NOUN_DE = /(?:^|\s)(?!(?:plus|moins|pres|pendant|depuis|environ|durant|ans)\s)\p{L}{3,}\s+de\s*$/u;

function personOfAge(sentence: string, f: Figure): boolean {
  if (!/\bans$/.test(fold(f.text)) || !/^\d/.test(f.text)) return false;
  const at = sentence.indexOf(f.text);
  if (at <= 0) return false;
  const before = sentence.slice(Math.max(0, at - 30), at);
  // (« le passeur, 31 ans, a été arrêté »: the age set between commas after the noun)
  // (« ce voisin qui avait 19 ans »: a relative clause of having the years)
  return NOUN_DE.test(fold(before)) || /\bqui (?:a|avait|aura|aurait)\s*$/.test(fold(before)) || (NOUN_COMMA.test(before) && /^\s*[,.;)]/.test(sentence.slice(at + f.text.length)));
}

/** The age figures of someone (in a sentence about them, or the only one), or, asked of no one, those whose sentence says what the question says. */
export function agesFor(ctx: Ctx, e: Entity | null): Figure[] {
  const text = (f: Figure) => ctx.index.story.sentences[f.sentence]?.text ?? "";
  const named = new Map<Figure, string>();
  for (const f of ctx.index.figures) {
    const name = f.figure.category === "age" ? boundAge(text(f.figure), f.figure) : appositiveAge(text(f.figure), f.figure);
    if (name) named.set(f.figure, name);
  }
  const ages = ctx.index.figures.filter((f) => f.figure.category === "age" || named.has(f.figure) || (AGE_WORDS.test(fold(f.figure.text)) && f.figure.category !== "date")).map((f) => f.figure);
  const real = ages.filter((f) => f.category === "age" || named.has(f) || personOfAge(text(f), f));
  const pool = real.length ? real : ages;
  if (!pool.length) return [];
  if (e) {
    const isHis = (n: string) => e.nameWords.some((w) => fold(w) === fold(n));
    // « Okafor, 47, » is Okafor's age; « Al Hamdi, 52, » in a sentence that also names Okafor is not
    const apposed = pool.find((f) => named.has(f) && isHis(named.get(f)!));
    if (apposed) return [apposed];
    // « the 52-year-old Minister »: a role word after the age is no one's name
    const free = (f: Figure) => !named.has(f) || [...keysOf(named.get(f)!)].some((k) => e.roleKeys.has(k));
    // a sentence that calls the person by a name of theirs alone (« Kowalski, who … ») speaks of them too
    // (as written, capital and all: « Boulanger » the name is not « boulanger » the baker)
    const namesHim = (f: Figure) => words(text(f)).some((w) => w.length > 2 && /^\p{Lu}/u.test(w) && e.nameWords.includes(w));
    const own = pool.find((f) => (e.mentions.includes(f.sentence) || f.claimedBy === e.name || (e.nameWords.length > 0 && namesHim(f))) && free(f));
    if (own) return [own];
    // « Âgé de 52 ans, le ministre » describes whoever the role words name
    const byRole = pool.find((f) => {
      const ks = keysOf(text(f));
      return free(f) && ([...e.roleKeys].some((k) => ks.has(k)) || e.aliases.some((a) => fold(text(f)).includes(fold(a)) && a.length > 4));
    });
    if (byRole) return [byRole];
    // the only age of the story is not this person's when its sentence names someone else by name
    const only = pool.length === 1 ? pool[0]! : null;
    if (!only || named.has(only)) return [];
    if (entitiesIn(ctx.index, text(only), true).some((p) => p.entity !== e && p.entity.nameWords.length > 0)) return [];
    return [only];
  }
  if (pool.length === 1) return pool;
  // « quel âge a le cycliste blessé ? »: the ages whose sentence says most of what the question says of the person
  const terms = questionTerms(ctx).filter((t) => !AGE_WORDS.test(t.word) && !ASKING_NUMBER.has(t.word));
  if (!terms.length) return [];
  // within a sentence, the person the age is set beside (« a woman aged 70 », « une fillette de 9 ans », « a 35-year-old fisherman »)
  const beside = (f: Figure) => {
    const t = text(f);
    const at = t.indexOf(f.text);
    if (at < 0) return new Set<string>();
    const before = t.slice(0, at).split(/\s+/).slice(-4).join(" ");
    const after = t.slice(at + f.text.length).split(/\s+/).slice(0, 3).join(" ");
    return keysOf(`${before} ${after}`);
  };
  const scored = pool.map((f) => ({ f, score: ctx.m.score(sentenceKeys(ctx, f.sentence), terms) + 0.5 * ctx.m.score(beside(f), terms) }));
  const best = Math.max(...scored.map((s) => s.score));
  if (best <= 0) return [];
  // two ages in the sentence that fits (« une fillette de 9 ans … en fait âgée de 10 ans »): both are given
  return scored.filter((s) => s.score >= best - 1e-9).map((s) => s.f).slice(0, 2);
}

/** The age figure of someone: in a sentence about them, or the only one. */
export function ageOf(ctx: Ctx, e: Entity | null): Figure | null {
  return agesFor(ctx, e)[0] ?? null;
}
