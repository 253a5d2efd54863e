import type { Draft } from "../compose.js";
import { excerpt, fit, guillemets, pick } from "../compose.js";
import type { Ctx } from "../context.js";
import type { Entity, StoryIndex } from "../index.js";
import { oncePerEntity } from "../entity-memo.js";
import { fitDescription, governingPhrase } from "./described.js";
import { describedOnly, ownedRoleHolders } from "./owned-role.js";
import { fold } from "../text.js";
import { appositionsOf, descriptionAfter, nameOccurrences, descriptionsOf, isTitleWord, roleOf, roleOwner, TITLE_NOUN } from "./roles.js";
import { isStopword } from "../text.js";
import { asksJob, asksName } from "../intent.js";
import { whOf } from "./reader.js";
import { keysOf } from "../index.js";
import type { Term } from "../query.js";
import { describedIn, nameIn, roleIn } from "../labels.js";
import { decline } from "./general.js";
import { settle } from "./settled.js";
import { ageOf } from "./figures.js";
import { entityFits, nationalityTerms, titleTerms } from "../qualifiers.js";
import { onlyInNames } from "../mentions.js";
import { EN_CALENDAR, FR_CALENDAR } from "../../story/lang/calendar.js";
import { placeWords } from "../lexicon-place.js";
import { allNameWords } from "../../story/lang/names.js";

/** Relative pronouns of a person (« who », « qui »), every language. */
const PERSON_RELATIVES = allNameWords((w) => w.personRelatives);

/** Prepositions after a noun, of every language: its place (« à », "at") or its complement (« de », "of"). */
const TIES: ReadonlySet<string> = new Set((["en", "fr"] as const).flatMap((l) => [...placeWords(l).locatives, ...placeWords(l).complements]));

/** Determiners an apposition that describes someone may open with (« a », « the », « la », « son »). */
const OPENS_DESCRIPTION = /^(?:a|an|the|le|la|les|l['’]\p{L}+|un|une|son|sa|ses|his|her|their|its|leur)$/iu;

/** Days and months: « X, lundi, a dit » sets a date off, not a description. */
const CALENDAR_WORDS: ReadonlySet<string> = new Set([...FR_CALENDAR.weekdays, ...EN_CALENDAR.weekdays, ...FR_CALENDAR.monthsWritten, ...EN_CALENDAR.monthsWritten].map((w) => fold(w)));
/** A noun and its complement, the second word a preposition of either language's lexicon of places or of belonging. */
const COMPLEMENT = new RegExp(`^\\p{L}[\\p{L}-]+\\s+(?:${[...TIES].join("|")})[\\s']`, "u");

/**
 * The appositions after someone's name that are noun phrases describing them (« a history teacher at
 * X », « la fille de Y »), not a circumstance (« in a statement ») or a participle (« speaking to … »).
 */
function nounAppositions(ctx: Ctx, e: Entity): string[] {
  return appositionsOf(ctx.index, e)
    .filter((a) => {
      const first = a.split(/\s+/)[0] ?? "";
      // a determiner opens a noun phrase; else the words must hold a title or occupation (« history teacher at X »), not a circumstance (« despite a row »)
      if (OPENS_DESCRIPTION.test(first)) return true;
      // « X, who teaches at Y, said », « X, qui dirige la boulangerie, a … »: a relative clause on the person says what they do
      if (PERSON_RELATIVES.has(fold(first)) && a.split(/\s+/).length >= 3) return true;
      if (isStopword(fold(first)) || /(?:ing|ant)$/u.test(first) || /\d/.test(first) || CALENDAR_WORDS.has(fold(first))) return false;
      // a title or occupation (« history teacher at X »), or any noun tied to a complement (« caissière du magasin »,
      // "baker in the village"): a noun phrase a writer sets after the name says who they are, listed or not
      return TITLE_NOUN.test(fold(a.split(/\s+/).slice(0, 3).join(" "))) || (a.split(/\s+/).length <= 8 && COMPLEMENT.test(fold(a)));
    })
    .slice(0, 2);
}

/** « name (role) », in the answer's language (labels.ts). */
function describer(ctx: Ctx): (e: Entity) => string {
  return (e) => describedIn({ ...e, nameWords: [] }, ctx.index.story.lang, ctx.lang);
}

/** Everyone the story names: people first (quoted or only mentioned), then institutions quoted. */
export function people(ctx: Ctx): Draft {
  const { index, lang } = ctx;
  // « which Estonian officials »: only those the nationality fits
  const nat = nationalityTerms(ctx.query);
  const fits = (e: Entity) => nat.every((t) => entityFits(index, e, t, ctx.m));
  const persons = index.entities.filter((e) => e.kind === "person" && fits(e));
  const quotedPersons = persons.filter((e) => e.quotes.length > 0 || e.speaker);
  const mentioned = persons.filter((e) => !quotedPersons.includes(e));
  const institutions = index.entities.filter((e) => e.kind !== "person" && (e.quotes.length > 0 || e.speaker) && fits(e));
  if (!persons.length && !institutions.length) return decline(ctx, pick(lang, "La dépêche ne nomme personne.", "The story names no one."));
  const parts: string[] = [];
  const described = describer(ctx);
  const shown = (e: Entity) => nameIn(e, index.story.lang, lang);
  if (quotedPersons.length) parts.push(pick(lang, `Cités : ${quotedPersons.map(described).join(" ; ")}.`, `Quoted: ${quotedPersons.map(described).join("; ")}.`));
  if (mentioned.length) parts.push(pick(lang, `Nommés sans être cités : ${mentioned.map(described).join(" ; ")}.`, `Named but not quoted: ${mentioned.map(described).join("; ")}.`));
  if (institutions.length) parts.push(pick(lang, `Institutions : ${institutions.map(shown).join(" ; ")}.`, `Institutions: ${institutions.map(shown).join("; ")}.`));
  // a long list is trimmed person by person rather than cut mid-name
  let text = fit(parts);
  if (text.length < parts.join(" ").length && quotedPersons.length + mentioned.length > 0) {
    const names = [...quotedPersons, ...mentioned].map((e) => e.name);
    text = fit([pick(lang, `Personnes : ${names.join(", ")}.`, `People: ${names.join(", ")}.`), ...parts.slice(-1)]);
  }
  const cites = [...quotedPersons, ...mentioned, ...institutions].map((e) => e.quotes[0]?.sentence ?? e.mentions[0]).filter((n): n is number => n !== undefined);
  return { answered: true, intent: "people", parts: [text], cites };
}

/** The sentence that introduces someone: where the name first appears. */
function introduction(ctx: Ctx, e: Entity): number | undefined {
  const f = fold(e.nameWords[e.nameWords.length - 1] ?? e.name);
  return e.mentions.find((i) => fold(ctx.index.story.sentences[i]?.text ?? "").includes(f)) ?? e.mentions[0] ?? e.quotes[0]?.sentence;
}

/** Descriptions the story uses for someone beyond the role (« l'ancien Premier ministre danois »). */
function otherDescriptions(e: Entity): string[] {
  const names = new Set(e.nameWords.map(fold));
  return e.aliases.filter((a) => {
    const ws = a.split(/\s+/);
    if (ws.length < 3) return false;
    if (ws.some((w) => names.has(fold(w)))) return false;
    return !e.role || !fold(a).includes(fold(e.role));
  });
}

/** The first noun phrase the story names someone in (« the disappearance of X »), with its sentence. */
const completed = oncePerEntity((index: StoryIndex, e: Entity): { text: string; sentence: number } | null => {
  for (const { sentence, text, at, name } of nameOccurrences(index, e)) {
    const phrase = governingPhrase(text.slice(0, at), name, index.story.lang);
    if (phrase) return { text: phrase, sentence };
  }
  return null;
});
const completedIn = (ctx: Ctx, e: Entity) => completed(ctx.index, e);

/** Fewer words than a pasted sentence's dozen, copied in a row. */
const PASTE_RUN = 11;

/** Whether the story writes the role right after the name (« X, lecturer at … »), so that « X: role » copies one run of it. */
function nameThenRole(ctx: Ctx, h: Entity, role: string): boolean {
  const run = fold(`${h.name} ${role}`).split(/[^\p{L}\d]+/u).filter((t) => t.length > 1);
  if (run.length <= PASTE_RUN) return false;
  const key = ` ${run.join(" ")} `;
  return h.mentions.some((i) => ` ${fold(ctx.index.story.sentences[i]?.text ?? "").split(/[^\p{L}\d]+/u).filter((t) => t.length > 1).join(" ")} `.includes(key));
}

/** Who someone is (their role), or who holds a role the question describes. */
export function whoIs(ctx: Ctx): Draft {
  const { lang, hits } = ctx;
  const e = ctx.entity;
  const titles = titleTerms(ctx.query);
  if (!e) {
    // « qui est le commandant de la force »: someone an apposition before the name calls that
    const holders = titles.length ? holdersByDescription(ctx, titles) : HEADS.test(ctx.query.folded) ? headsOf(ctx) : [];
    if (holders.length) return describe(ctx, holders.map((h) => h.x), true, new Map(holders.map((h) => [h.x, h.desc])));
    // « who is the coach » when the story gives the coach no name: that is the answer, not a sentence about the coach
    if (describedOnly(ctx)) return settle(decline(ctx, pick(lang, "La dépêche ne donne pas de nom.", "The story gives no name.")));
    return noOne(ctx);
  }
  const namesPerson = hits.some((h) => h.by === "name" && h.entity.kind === "person");
  // « who is X's deputy », « l'avocat de X »: the one the story gives that office of X, not X
  const owned = namesPerson ? ownedRoleHolders(ctx, e) : null;
  if (owned?.length) return describe(ctx, owned.map((h) => h.x), true, new Map(owned.map((h) => [h.x, h.desc])));
  if (owned) return decline(ctx, pick(lang, "La dépêche ne nomme pas cette personne.", "The story does not name that person."));
  // « who is the ambassador », « le nom du commandant »: the answer is a person who holds that office,
  // of the nationality asked; an institution or someone else named in the question is not one
  if (titles.length && !namesPerson && ctx.named) {
    const holds = (x: Entity) => x.kind === "person" && ctx.m.found(x.keys, titles).length > 0 && nationalityTerms(ctx.query).every((t) => entityFits(ctx.index, x, t, ctx.m));
    const titled = hits.filter((h) => holds(h.entity));
    if (!titled.length) return decline(ctx, pick(lang, "La dépêche ne nomme pas cette personne.", "The story does not name that person."));
    return describe(ctx, titled.filter((h) => h.score >= titled[0]!.score - 0.1).map((h) => h.entity), true);
  }
  const byRole = ctx.named && hits[0]?.by === "description";
  const described = byRole ? hits.filter((h) => h.by === "description" && h.score >= hits[0]!.score - 0.1).map((h) => h.entity) : [e];
  // « qui dirige la FSKV », "who is the Brellow police chief": a name the question gives with the office
  // says whose office it is; a holder of the same title elsewhere (« chef de l'État ») is not the answer
  const names = byRole ? namedQualifiers(ctx) : [];
  const holders = names.length ? described.filter((x) => names.every((t) => fitsQualifier(ctx, x, t))) : described;
  if (!holders.length) {
    const heads = HEADS.test(ctx.query.folded) || titles.length ? headsOf(ctx) : [];
    if (heads.length && names.every((t) => fitsQualifier(ctx, heads[0]!.x, t))) return describe(ctx, heads.map((h) => h.x), true, new Map(heads.map((h) => [h.x, h.desc])));
    // the one person whose office, as the story words it, names them all (« nouveau président de l'Union Varonne » for « le patron de l'Union Varonne »)
    const offices = ctx.index.entities.flatMap((x) => {
      if (x.kind !== "person") return [];
      const role = roleOf(ctx.index, x);
      const desc = [...(role ? [role] : []), ...descriptionsOf(ctx.index, x)].find((d) => TITLE_NOUN.test(fold(d)) && names.every((t) => ctx.m.found(keysOf(d), [t]).length > 0));
      return desc ? [{ x, desc }] : [];
    });
    if (offices.length === 1) return describe(ctx, [offices[0]!.x], true, new Map([[offices[0]!.x, offices[0]!.desc]]));
    return noOne(ctx);
  }
  return describe(ctx, holders, byRole);
}

/**
 * The decline when no one fits: « does not name that person » only when a person is asked — a who, a
 * name, a job or an office; « c'est quoi l'amende prévue ? », "and the deposit?" ask of a thing.
 */
function noOne(ctx: Ctx): Draft {
  const f = ctx.query.folded;
  const person = whOf(f) === "who" || asksName(f) || asksJob(f) || titleTerms(ctx.query).length > 0;
  return person ? decline(ctx, pick(ctx.lang, "La dépêche ne nomme pas cette personne.", "The story does not name that person.")) : decline(ctx);
}

/** The question's words the story writes only as names (« FSKV », « Brellow »), and its nationality words. */
function namedQualifiers(ctx: Ctx): Term[] {
  const nat = new Set(nationalityTerms(ctx.query));
  return ctx.query.terms.filter((t) => nat.has(t) || (t.word.length > 1 && onlyInNames(ctx.index, t.word)));
}

/** Whether someone's name, role or descriptions hold a name or nationality the question gives. */
function fitsQualifier(ctx: Ctx, x: Entity, t: Term): boolean {
  if (nationalityTerms(ctx.query).includes(t)) return entityFits(ctx.index, x, t, ctx.m);
  if (ctx.m.found(x.keys, [t]).length) return true;
  const role = roleOf(ctx.index, x);
  return [...(role ? [role] : []), ...descriptionsOf(ctx.index, x)].some((d) => ctx.m.found(keysOf(d), [t]).length > 0);
}

// « qui dirige X », « who heads X »: the person whose role is heading X
const HEADS = /^(?:and |et )?(?:qui (?:dirige|commande|preside|pilote|est a la tete d)|who (?:heads|leads|runs|commands|chairs|is in charge of|is at the head of|is heading|is leading))\b/;
const HEAD_VERBS = new Set("dirige commande preside pilote tete heads leads runs commands chairs charge head heading leading".split(" "));

/** The person whose role or description holds every word of what the question says they head. */
function headsOf(ctx: Ctx): { x: Entity; desc: string }[] {
  const terms = ctx.query.terms.filter((t) => !HEAD_VERBS.has(t.word));
  if (!terms.length) return [];
  const out: { x: Entity; desc: string }[] = [];
  for (const x of ctx.index.entities) {
    if (x.kind !== "person") continue;
    const role = roleOf(ctx.index, x);
    const desc = [...(role ? [role] : []), ...descriptionsOf(ctx.index, x)].find((d) => ctx.m.found(keysOf(d), terms).length === terms.length);
    if (desc) out.push({ x, desc });
  }
  return out.length === 1 ? out : [];
}

/** People whose descriptions hold every title word the question uses, of the nationality asked, best fit first. */
function holdersByDescription(ctx: Ctx, titles: Term[]): { x: Entity; desc: string }[] {
  const nat = nationalityTerms(ctx.query);
  const scored = ctx.index.entities
    .filter((x) => x.kind === "person" && nat.every((t) => entityFits(ctx.index, x, t, ctx.m)))
    .map((x) => {
      let best = 0;
      let desc = "";
      for (const d of descriptionsOf(ctx.index, x)) {
        const k = keysOf(d);
        if (ctx.m.found(k, titles).length < titles.length || ctx.m.score(k) <= best) continue;
        best = ctx.m.score(k);
        desc = d;
      }
      return { x, best, desc };
    })
    .filter((h) => h.best > 0)
    .sort((a, b) => b.best - a.best);
  return scored.filter((h) => h.best >= (scored[0]?.best ?? 0)).slice(0, 2);
}

/** Who each of `holders` is: role (or « role : name » when the question gave the role), age when asked, and the introducing sentence. */
function describe(ctx: Ctx, all: Entity[], byRole: boolean, shown: Map<Entity, string> = new Map()): Draft {
  const { lang } = ctx;
  const parts: string[] = [];
  const cites: number[] = [];
  // « une source gouvernementale », « l'ambassadrice »: a description the story never puts a name to
  // is no one's name, and « who is … » is not answered by repeating it
  const named = (h: Entity) => /^\p{Lu}/u.test(h.name) && !isTitleWord(h.name.split(/\s+/)[0] ?? "");
  const holders = all.filter((h) => (h.kind === "person" ? named(h) : !byRole || named(h)));
  if (!holders.length) return decline(ctx, pick(lang, "La dépêche ne donne pas de nom.", "The story gives no name."));
  let unknownRoles = 0;
  const job = asksJob(ctx.query.folded);
  for (const h of holders.slice(0, 3)) {
    const intro = introduction(ctx, h);
    if (intro !== undefined) cites.push(intro);
    const storyLang = ctx.index.story.lang;
    const more = otherDescriptions(h).map((d) => roleIn(d, storyLang, lang));
    // « c'est quoi son métier »: the other descriptions the story puts before the name (« l'épidémiologiste X ») too
    // (a description holding the role, or held by it, says nothing more)
    const settled = fold(roleOf(ctx.index, h) ?? "\u0000");
    if (job) for (const d of descriptionsOf(ctx.index, h)) if (!fold(d).includes(settled) && !settled.includes(fold(d))) more.push(roleIn(d, ctx.index.story.lang, lang));
    // a long role written right after the name would make the answer a pasted run of the story: cut to fit beside the name
    const written = shown.get(h) ?? roleOf(ctx.index, h);
    // (only « X: role »: « X est role », "X is the role" put a word of their own between the two)
    const own = written && !byRole && lang === "en" && nameThenRole(ctx, h, written) ? (fitDescription(written, storyLang, PASTE_RUN - h.name.split(/\s+/).length) ?? written) : written;
    // « son porte-parole »: whose spokesperson, as the story says it a sentence before
    const owner = own ? roleOwner(ctx.index, h, own) : null;
    const label = (x: string) => roleIn(x, storyLang, lang, h.gender);
    const role = own ? (owner ? `${label(own)} (${label(owner)})` : label(own)) : null;
    if (role) {
      parts.push(
        byRole
          ? pick(lang, `${role[0]!.toUpperCase()}${role.slice(1)} : ${h.name}.`, `${h.name} is the ${role}.`)
          : pick(lang, `${h.name} est ${role}.`, `${h.name}: ${role}.`),
      );
    } else if (more.length) {
      parts.push(pick(lang, `${h.name} : ${more[0]}.`, `${h.name}: ${more[0]}.`));
    } else if (h.kind === "person" && nounAppositions(ctx, h).length) {
      // « X, a person of influence, the daughter of Y, had shared it »: what the appositions after the name say they are
      parts.push(pick(lang, `${h.name} : ${nounAppositions(ctx, h).map((a) => roleIn(a, ctx.index.story.lang, lang)).join(" ; ")}.`, `${h.name}: ${nounAppositions(ctx, h).map((a) => roleIn(a, ctx.index.story.lang, lang)).join("; ")}.`));
    } else if (h.kind === "person" && descriptionAfter(ctx.index, h)) {
      // « X called the brigade. The 23-year-old had … »: the description the next sentence refers back with
      const back = descriptionAfter(ctx.index, h)!;
      parts.push(pick(lang, `${h.name} : ${roleIn(back.text, ctx.index.story.lang, lang)}.`, `${h.name}: ${roleIn(back.text, ctx.index.story.lang, lang)}.`));
      cites.push(back.sentence);
    } else if (h.kind === "person" && completedIn(ctx, h)) {
      // « the disappearance of X »: the story gives no role, but the noun phrase it names X in says what X is to the story
      const c = completedIn(ctx, h)!;
      parts.push(pick(lang, `La dépêche nomme ${nameIn(h, ctx.index.story.lang, lang)} sans préciser sa fonction, dans « ${c.text} ».`, `The story names ${nameIn(h, ctx.index.story.lang, lang)} without giving a role, in “${c.text}”.`));
      cites.push(c.sentence);
    } else {
      parts.push(pick(lang, `La dépêche nomme ${nameIn(h, ctx.index.story.lang, lang)} sans préciser sa fonction.`, `The story names ${nameIn(h, ctx.index.story.lang, lang)} without giving a role.`));
      if (h.kind !== "person") unknownRoles++;
    }
    if (role && more.length) parts.push(pick(lang, `Aussi décrit comme ${more.slice(0, 2).join(", ")}.`, `Also described as ${more.slice(0, 2).join(", ")}.`));
  }
  if (ctx.reading.also.includes("count") && holders[0]) {
    const age = ageOf(ctx, holders[0]);
    if (age) {
      parts.push(pick(lang, `Âge : ${guillemets(age.text)}.`, `Age: ${age.value} (${guillemets(age.text)}).`));
      cites.push(age.sentence);
    }
  }
  const intro = cites[0];
  // an institution with nothing to say of it: the general reader may find what it is
  return { answered: unknownRoles < Math.min(3, holders.length), intent: "who_is", parts, cites, focus: holders[0]?.name ?? null };
}
