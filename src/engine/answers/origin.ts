import type { Draft } from "../compose.js";
import { pick } from "../compose.js";
import type { Ctx } from "../context.js";
import type { Entity, StoryIndex } from "../index.js";
import { oncePerEntity } from "../entity-memo.js";
import { englishWord } from "../lexicon.js";
import { describedIn } from "../labels.js";
import type { Lang } from "../reply.js";
import { fold } from "../text.js";
import { placeWords } from "../lexicon-place.js";
import { PLACE_WORDS } from "../../story/lang/places.js";
import { anchored, ASKS_COUNTRY, capitalsGloss, countryRuns, isCountry, nationalityRuns, wordsOf } from "./anchor.js";
import { dispatchOrigin } from "./dispatch.js";
import { decline } from "./general.js";
import { descriptionsOf, roleOf, workplaceOf } from "./roles.js";

/*
 * « What nationality is X? », « la société Y, c'est une boîte de quel pays ? »: news writing gives a
 * nationality beside the name or in its role — an adjective in the apposition before it (« sa
 * collègue norlandaise, la juge X », "the Varian group X") or after it (« X, un analyste polonais »),
 * or the country its role names (« directrice des douanes du Norland »). The
 * answer is that adjective with its country, in the reader's language.
 */

/** How a reader asks where someone or something is from, per language (folded questions). */
const ASKS_NATIONALITY: Record<Lang, RegExp> = {
  en: /\bnationality\b|\bwhere (?:is|are|was|were|'s|does|do|did) .{1,50}\b(?:from|come from|hail from|based)\s*[?!.]*$|\b(?:what|which) country (?:is|are|was|were|does|do|did) .{1,50}\b(?:from|come from)\s*[?!.]*$/,
  fr: /\bnationalite\b|\bde quel pays\b|\bd'ou (?:vient|viennent|venait|est|sont|etait) (?!la depeche|le texte|l'article|cet article|cette depeche|ce texte|l'info)|\b(?:vient|viennent|venait|est|sont|etait) d'ou\b|\boriginaire d'ou\b|\bd'ou est originaire\b|\bquel pays\b.{0,40}\b(?:vient|viennent|originaire)\b|\b(?:basee?s?|implantee?s?) ou\b|\bou (?:est|sont) (?:basee?s?|implantee?s?)\b/,
};

interface Nationality {
  /** The folded adjective of the story's table (« suisse », "swiss"). */
  adjective: string;
  /** The words as the story writes them. */
  written: string;
  sentence: number | null;
}

/** Each language's adjectives and countries, folded, built once. */
const TABLE: Record<Lang, { byAdjective: ReadonlyMap<string, string>; byCountry: ReadonlyMap<string, string>; countryRe: RegExp }> = {
  fr: tables("fr"),
  en: tables("en"),
};
function tables(lang: Lang) {
  const pairs = PLACE_WORDS[lang].countries;
  const byCountry = new Map(pairs.map(([a, c]) => [fold(c), a] as const));
  // every country name of the table as one pattern over folded text, built once per language
  const names = [...byCountry.keys()].sort((a, b) => b.length - a.length).map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return { byAdjective: new Map(pairs.map(([a, c]) => [a, c] as const)), byCountry, countryRe: new RegExp(`(?<![\\p{L}])(?:${names.join("|")})(?![\\p{L}])`, "u") };
}

/** The table's adjective a written word is a form of (« suisses », « américaine », "Swiss"), or null. */
function adjectiveOf(word: string, lang: Lang): string | null {
  const f = fold(word).replace(/’/g, "'");
  const forms = lang === "fr" ? [f, f.replace(/s$/, ""), f.replace(/es?$/, ""), f.replace(/nnes?$/, "n"), f.replace(/x$/, "")] : [f, f.replace(/s$/, "")];
  return forms.find((x) => TABLE[lang].byAdjective.has(x)) ?? null;
}

/** A country the text names (« de la Suisse », "of Switzerland"): its adjective, or null. */
function countryIn(text: string, lang: Lang): { adjective: string; written: string } | null {
  const f = fold(text);
  const m = TABLE[lang].countryRe.exec(f);
  const adjective = m ? TABLE[lang].byCountry.get(m[0]) : undefined;
  return m && adjective ? { adjective, written: text.slice(m.index, m.index + m[0].length) } : null;
}

/** The nearest nationality adjective in a run of words, read from `fromEnd` (nearest the name first). */
function adjectiveIn(text: string, lang: Lang, fromEnd: boolean): { adjective: string; written: string } | null {
  const ws = [...text.matchAll(/[\p{L}][\p{L}'’-]*/gu)].map((m) => m[0]);
  for (const w of fromEnd ? ws.reverse() : ws) {
    const a = adjectiveOf(w, lang);
    if (a) return { adjective: a, written: w };
  }
  return null;
}

/** The nationality the story gives for an entity: beside its name, else in its role; once per story and entity. */
export const nationalityOf: (index: StoryIndex, e: Entity) => Nationality | null = oncePerEntity((index, e) => findNationality(index, e));

function findNationality(index: StoryIndex, e: Entity): Nationality | null {
  const forms = [...new Set([e.name, ...e.aliases, ...e.nameWords.filter((w) => /^\p{Lu}/u.test(w) && w.length > 2)])].sort((a, b) => b.length - a.length);
  const beside = besideName(index, forms, [...new Set(e.mentions)].sort((a, b) => a - b));
  if (beside) return beside;
  const role = roleOf(index, e);
  const lang: Lang = index.story.lang === "en" ? "en" : "fr";
  if (role) {
    const inRole = adjectiveIn(role, lang, false) ?? countryIn(role, lang);
    if (inRole) return { ...inRole, sentence: null };
  }
  return null;
}

/** A nationality adjective beside one of the name's forms, in the sentences given, in their order. */
function besideName(index: StoryIndex, forms: readonly string[], sentences: readonly number[]): Nationality | null {
  const lang: Lang = index.story.lang === "en" ? "en" : "fr";
  for (const i of sentences) {
    const text = index.story.sentences[i]?.text ?? "";
    const form = forms.find((n) => text.includes(n));
    if (!form) continue;
    const at = text.indexOf(form);
    // the name's own noun phrase and the apposition before it: back to the break before the one that ends right before the name
    const head = text.slice(0, at).replace(/[\s,]+$/u, "");
    const before = head.slice(Math.max(...[",", ";", ":", "(", "«", "»", "—"].map((b) => head.lastIndexOf(b))) + 1);
    const pre = adjectiveIn(before.split(/\s+/).slice(-6).join(" "), lang, true);
    if (pre) return { ...pre, sentence: i };
    // « X, un analyste polonais, … », "X, a Swiss banker, …": an apposition after the name, set off by commas
    const after = /^\s*,\s*((?:un|une|le|la|l['’]|a|an|the)\s[^,;:.()«»]{2,60}),/iu.exec(text.slice(at + form.length));
    const post = after ? adjectiveIn(after[1]!, lang, false) : null;
    if (post) return { ...post, sentence: i };
  }
  return null;
}

/**
 * A name the question writes with capitals that the story holds but made no entity of (« la
 * start-up danoise Nordvik Data Systems »): its longest run of capitalised words.
 */
function nameInQuestion(ctx: Ctx): { form: string; sentences: number[] } | null {
  const runs = [...ctx.query.raw.matchAll(/\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*/gu)].map((m) => ({ text: m[0], at: m.index ?? 0 }));
  // the question's first word is capitalised because it opens the question
  const names = runs.map((r) => (r.at === 0 ? r.text.split(/\s+/).slice(1).join(" ") : r.text)).filter((n) => n.length > 2).sort((a, b) => b.length - a.length);
  for (const form of names) {
    const sentences = ctx.index.story.sentences.filter((s) => s.text.includes(form)).map((s) => s.index);
    if (sentences.length) return { form, sentences };
  }
  return null;
}

/** An adjective of one language's table in the other's: « suisse » → "swiss", through the lexicon or the country. */
function otherAdjective(adjective: string, from: Lang): string | null {
  if (from === "fr") {
    const en = englishWord(adjective);
    if (!en) return null;
    return TABLE.en.byAdjective.has(en) ? en : (TABLE.en.byCountry.get(en) ?? null);
  }
  for (const fr of TABLE.fr.byAdjective.keys()) if (otherAdjective(fr, "fr") === adjective) return fr;
  return null;
}

const capital = (w: string) => w.replace(/(^|[\s-])(\p{L})/gu, (_, s: string, c: string) => s + c.toUpperCase());

/** How a reader asks where someone works or for whom, per language (folded questions). */
const ASKS_WORKPLACE: Record<Lang, RegExp> = {
  en: /\bwhere (?:does|do|did) .{1,50}\bwork\b|\bwho (?:does|do|did) .{1,50}\bwork for\b|\b(?:what|which) (?:company|organi[sz]ation|firm|agency|body|institution|department|ministry|paper|newspaper|outlet) (?:does|do|did) .{1,50}\bwork (?:for|at|in)\b|\bwhere is .{1,50}\bemployed\b/,
  fr: /\bou travaill\w*|\bpour qui travaill\w*|\btravaill\w* (?:ou|pour qui|dans quel\w*|pour quel\w*)\b|\b(?:dans|pour) quel(?:le)?s? (?:entreprise|organisation|organisme|institution|service|ministere|journal|media|societe) .{0,40}\btravaill\w*/,
};

/** A label that names a body after its title (« … de l'état-major », "… of the Foundation", "… at X"), per either language's links. */
const BODY_OF = /\s(?:de|du|des|d['’]|of|at|for|with)\s*\S/iu;

/** Whether a label names a place or body after its noun: « of », « at » and the story language's prepositions of place (« à l'hôpital Y »). */
function namesBody(label: string, storyLang: Lang): boolean {
  if (BODY_OF.test(label)) return true;
  const { locatives, complements } = placeWords(storyLang);
  return fold(label).split(/[\s']+/).slice(1).some((w) => locatives.has(w) || complements.has(w));
}

/**
 * « where does X work », « pour qui travaille X »: the body X's role names, with the role (« porte-
 * parole de l'état-major américain »), in the reader's language; null when the story gives X no role.
 */
function workplace(ctx: Ctx, e: Entity): Draft | null {
  const { index, lang } = ctx;
  // a title alone (« colonelle ») names no body: a description that does (« porte-parole de l'état-major ») comes first
  // an apposition naming the place (« …, chirurgienne et cardiologue à l'hôpital Saint-Varonne, ») before a role that stops short of it
  const labels = [workplaceOf(index, e), roleOf(index, e), ...descriptionsOf(index, e)].filter((x): x is string => Boolean(x));
  const storyLang: Lang = index.story.lang === "en" ? "en" : "fr";
  const role = labels.find((l) => namesBody(l, storyLang)) ?? labels[0];
  if (!role) return null;
  // a role that names no body (« surgeon ») does not say where: declined, with what the story does say of them
  if (!namesBody(role, storyLang)) {
    const what = describedIn({ ...e, role }, storyLang, lang);
    return decline(ctx, pick(lang, `La dépêche ne dit pas où travaille ${what}.`, `The story does not say where ${what} works.`));
  }
  const line = describedIn({ ...e, role }, storyLang, lang);
  return { answered: true, intent: "who_is", parts: [`${line}.`], cites: e.mentions.slice(0, 1), focus: e.name };
}

/** How a reader asks where a place is (« c'est où X », « où se trouve X », "where is X"), per language (folded questions). */
const ASKS_WHERE_PLACE: Record<Lang, RegExp> = {
  en: /^(?:and |so )?(?:where(?:'s| is| are)|where exactly is)\s/,
  fr: /^(?:et |alors )?(?:ou (?:est|sont|se (?:trouve|trouvent|situe|situent))|c'est ou|ca se trouve ou|c ou)\b|\b(?:c'est|ca se trouve|se trouve|se situe|est situee?) ou\s*[?!.]*$/,
};
/** A run of one, two or three capitalised words (a place's name as a story writes it), built once. */
const NAME_RUNS: readonly RegExp[] = [1, 2, 3].map((n) => new RegExp(`(?<![\\p{L}])(${Array.from({ length: n }, () => "\\p{Lu}[\\p{L}'’-]*").join("[\\s-]+")})(?![\\p{L}])`, "gu"));

/** Words of asking where, not of the place asked. */
const WHERE_FRAME: ReadonlySet<string> = new Set("where exactly located situated trouve trouvent situe situent situee exactement ca".split(" "));

/**
 * What a story writes right after a place's name to say where it is (« X, dans le nord-est de Y »,
 * « X (région de Y) », "X, a village near Y", "X, in northern Y"), per language: the phrase up to
 * the next break.
 */
const LOCATING: Record<Lang, RegExp> = {
  fr: /^\s*[,(]\s*((?:(?:dans|en|au|aux|pres d[eu']|près d[eu']|non loin d[eu']|a l'(?:est|ouest)|à l'(?:est|ouest)|au (?:nord|sud)(?:-(?:est|ouest))?)\s[^,;.()«»]{2,80})|(?:(?:une?|la|le|l')\s*)?(?:ville|village|commune|localité|localite|région|region|province|bourgade|cité|cite|port|capitale)\s[^,;.()«»]{2,80})/iu,
  en: /^\s*[,(]\s*((?:in|near|outside|north of|south of|east of|west of|off)\s[^,;.()"“”]{2,80}|\p{Lu}[\p{L}-]+['’]s\s+(?:[\p{L}-]+\s+)?(?:city|capital|port|town|region|province|island|district)\b[^,;.()"“”]{0,60}|(?:an?|the)\s+(?:[\p{L}-]+\s+){0,2}(?:town|city|village|region|province|port|district|suburb|island|capital)\s[^,;.()"“”]{2,80})/iu,
};

/** What a story writes right before a place's name to say where it is (« la région norlandaise de X », "Norland's northern island of X"), per language. */
const LOCATING_BEFORE: Record<Lang, RegExp> = {
  fr: /((?:la |le |l['’])?(?:ville|région|region|province|île|ile|commune|localité|localite|capitale|port|village|oblast)\s+(?:[\p{Ll}-]+\s+){1,2}(?:de |d['’]|du ))$/u,
  en: /(\p{Lu}[\p{L}.-]+(?:\s+\p{Lu}[\p{L}.-]+)?['’]s\s+(?:[\p{Ll}-]+\s+){0,2}(?:town|city|village|region|province|port|district|island|state|county|capital) of\s+)$/u,
};

/**
 * « c'est où X ? », "where is X?" of a place the story names: what it writes beside the name to
 * locate it (the region, the country, what it is near), never the name echoed back; null when the
 * story writes nothing of the kind, or the question asks about something else.
 */
function placeOfPlace(ctx: Ctx): Draft | null {
  const f = ctx.query.folded;
  if (!(ASKS_WHERE_PLACE.en.test(f) || ASKS_WHERE_PLACE.fr.test(f))) return null;
  const { index, lang } = ctx;
  const words = ctx.query.terms.map((t) => t.word).filter((w) => !WHERE_FRAME.has(w));
  if (!words.length || words.length > 3) return null;
  const storyLang: Lang = index.story.lang === "en" ? "en" : "fr";
  // the name as the story writes it, capitalised, made of the question's words
  const m = NAME_RUNS[words.length - 1]!;
  let named: string | null = null;
  for (const s of index.story.sentences) {
    for (const hit of s.text.matchAll(m)) {
      if (fold(hit[1]!).split(/[\s-]+/).join(" ") !== words.join(" ")) continue;
      named ??= hit[1]!;
      const loc = LOCATING[storyLang].exec(s.text.slice((hit.index ?? 0) + hit[1]!.length));
      // « la région norlandaise de X », "Norland's southern island of X": the words before the name locate it
      const pre = LOCATING_BEFORE[storyLang].exec(s.text.slice(Math.max(0, (hit.index ?? 0) - 90), hit.index ?? 0));
      const found = loc?.[1] ?? pre?.[1]?.replace(/\s+(?:of|de|du|d['’])\s*$/u, "") ?? null;
      if (!found) continue;
      const where = found.trim();
      const shown = lang === storyLang ? where : `« ${where} »`;
      return { answered: true, intent: "where", parts: [pick(lang, `${hit[1]} : ${shown}.`, `${hit[1]}: ${shown}.`)], cites: [s.index] };
    }
  }
  // « where is the village? »: a place asked by its noun, named by the story after it (« le village de X, dans le nord du pays »)
  if (!named && words.length === 1 && PLACE_NOUNS_ASKED.has(words[0]!)) {
    const noun = placeByNoun(ctx, words[0]!);
    if (noun) return noun;
  }
  // a place the story names without saying where it lies: the name echoed back, or another place of its sentence, would be a guess
  // (someone's name asks where a person is, which other answers read)
  if (named && !index.entities.some((e) => e.kind === "person" && e.nameWords.some((n) => words.includes(fold(n))))) {
    return decline(ctx, pick(lang, `La dépêche nomme ${named} sans dire où cela se trouve.`, `The story names ${named} but does not say where it is.`));
  }
  return null;
}

/** Nouns of places a reader asks « where is the X? » by, either language (folded). */
const PLACE_NOUNS_ASKED: ReadonlySet<string> = new Set("village town city ville commune region province port island ile district quartier neighbourhood neighborhood suburb county departement localite bourgade hamlet hameau".split(" "));

/** After a place noun, « de X », "of X": the place's own name (« le village de X », "the town of X"), per language. */
const NOUN_OF_NAME: Record<Lang, RegExp> = {
  fr: /^\s+(?:de |d['’]|du )(\p{Lu}[\p{L}'’-]*(?:[\s-]+\p{Lu}[\p{L}'’-]*){0,2})/u,
  en: /^\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:[\s-]+\p{Lu}[\p{L}'’-]*){0,2})/u,
};

/**
 * « where is the village? » of a place the story names after its noun: the name, with what the
 * story writes after it to locate it (« le village de X, au sud de la province »). A country
 * after the noun (« un village du pays Y ») says where it lies, not its name: it answers only when
 * no sentence names the place itself. null when no sentence names a place by that noun.
 */
function placeByNoun(ctx: Ctx, word: string): Draft | null {
  const { index, lang } = ctx;
  const storyLang: Lang = index.story.lang === "en" ? "en" : "fr";
  const term = ctx.query.terms.find((t) => t.word === word);
  if (!term) return null;
  let country: { name: string; sentence: number } | null = null;
  for (const s of index.story.sentences) {
    if (!ctx.m.found(index.sentences[s.index]!.keys, [term]).length) continue;
    for (const w of wordsOf(index, s.index)) {
      if (!ctx.m.found(w.keys, [term]).length || insideQuotes(s.text, w.at)) continue;
      const after = s.text.slice(w.end);
      const m = NOUN_OF_NAME[storyLang].exec(after);
      if (!m?.[1]) continue;
      if (isCountry(m[1])) {
        country ??= { name: m[1], sentence: s.index };
        continue;
      }
      const loc = LOCATING[storyLang].exec(after.slice(m[0].length))?.[1]?.trim() ?? null;
      const where = loc ? (lang === storyLang ? `, ${loc}` : ` (« ${loc} »)`) : "";
      return { answered: true, intent: "where", parts: [pick(lang, `${m[1]}${where}.`, `${m[1]}${where}.`)], cites: [s.index] };
    }
  }
  if (!country) return null;
  return { answered: true, intent: "where", parts: [pick(lang, `${country.name} (la dépêche ne nomme pas le lieu lui-même).`, `${country.name} (the story does not name the place itself).`)], cites: [country.sentence] };
}

/** Whether a position of a sentence stands inside « … » or "…": the words of a quote. */
function insideQuotes(text: string, at: number): boolean {
  const before = text.slice(0, at);
  return (before.match(/«/g)?.length ?? 0) > (before.match(/»/g)?.length ?? 0);
}

/**
 * « which countries take part? » answered by the story with their nationalities (« Australian,
 * British and Japanese forces also take part »): the whole list, from the sentence that holds the
 * question's event (anchor.ts), whatever intent the classifier guessed; null unless such a list is
 * what answers.
 */
function countriesListed(ctx: Ctx): Draft | null {
  if (!ASKS_COUNTRY.test(ctx.query.folded)) return null;
  const found = anchored(ctx, "place");
  if (!found || found.confidence < 0.75) return null;
  const storyLang: Lang = ctx.index.story.lang === "en" ? "en" : "fr";
  const text = ctx.index.story.sentences[found.sentence]?.text ?? "";
  const lists = countryRuns(text, storyLang);
  if (!found.spots.some((s) => lists.some((l) => l.at === s.at))) return null;
  // « Lisbonne et Madrid »: the capitals are said with the countries they stand for
  const said = found.spots.map((s) => { const gloss = capitalsGloss(s.text, ctx.lang); const own = ctx.lang === storyLang ? s.text : `« ${s.text} »`; return gloss ? `${gloss} (${own})` : own; }).join(", ");
  return { answered: true, intent: "where", parts: [pick(ctx.lang, `Pays : ${said}.`, `Countries: ${said}.`)], cites: [found.sentence] };
}

/** « What nationality is X », « X est de quel pays », « où travaille X »: what the story's labels give for X; null when another answer fits. */
export function origin(ctx: Ctx): Draft | null {
  const e = ctx.entity;
  const f = ctx.query.folded;
  const asksNationality = ASKS_NATIONALITY.en.test(f) || ASKS_NATIONALITY.fr.test(f);
  if (!e) return (asksNationality ? unindexed(ctx) : null) ?? placeOfPlace(ctx) ?? countriesListed(ctx) ?? dispatchOrigin(ctx);
  // « which countries hold the drills? » that names a body of the story in passing: the countries' list still answers it
  if (!asksNationality && ASKS_COUNTRY.test(f)) {
    const listed = countriesListed(ctx);
    if (listed) return listed;
  }
  if (ASKS_WORKPLACE.en.test(f) || ASKS_WORKPLACE.fr.test(f)) return workplace(ctx, e);
  if (!asksNationality) return null;
  const nat = nationalityOf(ctx.index, e);
  return nat ? said(ctx, describedIn({ ...e, role: null }, ctx.index.story.lang, ctx.lang), nat, e.mentions.slice(0, 1), e.name) : null;
}

/** « where is X based » of a name the story holds but made no entity of: the adjective beside it. */
function unindexed(ctx: Ctx): Draft | null {
  const named = nameInQuestion(ctx);
  if (!named) return null;
  const nat = besideName(ctx.index, [named.form], named.sentences);
  return nat ? said(ctx, named.form, nat, named.sentences.slice(0, 1), null) : null;
}

/** The nationality found, in the reader's language, with the story's own word when that is another language. */
function said(ctx: Ctx, name: string, nat: Nationality, fallbackCites: number[], focus: string | null): Draft | null {
  const { index, lang } = ctx;
  const storyLang: Lang = index.story.lang === "en" ? "en" : "fr";
  const adjective = lang === storyLang ? nat.adjective : otherAdjective(nat.adjective, storyLang);
  const country = adjective ? TABLE[lang].byAdjective.get(adjective) : null;
  // the story's own word beside the reader's: « suisse » stays findable in the cited sentence
  const shown = lang === storyLang ? nat.written : adjective ? (lang === "en" ? capital(adjective) : adjective) : null;
  if (!shown) return null;
  const story = lang !== storyLang ? pick(lang, ` (« ${nat.written} » dans la dépêche)`, ` (« ${nat.written} » in the story)`) : "";
  const line = pick(lang, `${name} : ${shown}${country ? `, ${country}` : ""}${story}.`, `${name}: ${shown}${country ? ` (${country})` : ""}${story}.`);
  return { answered: true, intent: "who_is", parts: [line], cites: nat.sentence !== null ? [nat.sentence] : fallbackCites, focus };
}
