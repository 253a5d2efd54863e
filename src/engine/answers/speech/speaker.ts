// The speaker a question's person stands for: an acronym or a bare description ingest took for someone else.
import type { Ctx } from "../../context.js";
import { topicTerms } from "../../context.js";
import type { Entity } from "../../index.js";
import { fold } from "../../text.js";
import { speaksFor } from "../stance.js";
import { descriptionHeads } from "./heads.js";
import { reportedClause } from "./own-words.js";

/** An acronym the attribution took for a person (« le député LFI a estimé … » → a speaker « LFI »). */
function acronymPerson(x: Entity): boolean {
  return x.kind === "person" && /^[\p{Lu}\d&-]{2,8}$/u.test(x.name);
}

/**
 * The named person an acronym taken for a person stands for: the one person of the same office
 * (« député ») the sentences of its words name. null when none or several do.
 */
export function heldBy(index: Ctx["index"], x: Entity): Entity | null {
  if (!acronymPerson(x)) return null;
  const where = new Set([...x.quotes.map((q) => q.sentence), ...x.mentions]);
  const heads = descriptionHeads(x);
  const fits = index.entities.filter(
    (p) => p !== x && p.kind === "person" && !acronymPerson(p) && p.mentions.some((i) => where.has(i)) && (!heads.length || descriptionHeads(p).some((h) => heads.includes(h))),
  );
  return fits.length === 1 ? fits[0]! : null;
}

/**
 * The question's context with the person it asks about: a party's acronym the story's attribution
 * took for a person, or a description only that person answers to, is that person (« qu'a dit le
 * député ? » → the député the story names, not « LFI »).
 */
export function withSpeaker(ctx: Ctx): Ctx {
  const e = ctx.entity;
  const p = e ? heldBy(ctx.index, e) : null;
  return p ? { ...ctx, entity: p } : ctx;
}

/** « de la FNTA » of « dirigeante de la FNTA »: what a description says the office is of, folded. */
function officeOf(description: string): string | null {
  const m = /\s(?:de la|de l'|du|des|de|d'|of the|of|at the|at)\s*(.{3,})$/.exec(fold(description).replace(/’/g, "'"));
  return m?.[1]?.trim() ?? null;
}

/**
 * A description the story speaks under (« la dirigeante de la FNTA a jugé … ») of the office
 * only `e` holds (« secrétaire générale de la FNTA »), named after `e`: the same person.
 */
function sameOffice(ctx: Ctx, x: Entity, e: Entity): boolean {
  if (x === e || x.kind !== "person" || e.kind !== "person" || /^\p{Lu}/u.test(x.name) || !x.quotes.length) return false;
  const office = officeOf(x.name);
  if (!office || (office.split(/\s+/).length < 2 && !/\p{Lu}/u.test(x.name))) return false;
  const holds = (y: Entity) => [y.role ?? "", ...y.aliases].some((a) => officeOf(a) === office);
  if (!holds(e)) return false;
  // named before the description stands for them, and the only named one of that office
  if (!((e.mentions[0] ?? Infinity) <= Math.min(...x.quotes.map((q) => q.sentence)))) return false;
  return !ctx.index.entities.some((y) => y !== e && y !== x && y.kind === "person" && /^\p{Lu}/u.test(y.name) && holds(y));
}

/** A name's words as written, without the marks around them (« M. », « Le », « Gall »). */
const nameTokens = (name: string): string[] => name.split(/\s+/).map((w) => w.replace(/^[^\p{L}]+|[^\p{L}.]+$/gu, "")).filter(Boolean);

/**
 * « M. Le Gall », "Ms Lindqvist" after « Odile Le Gall », "Mara Lindqvist": the family name of one
 * named person, behind a title at most, which ingest took for someone of its own. Not a description
 * that holds the name (« spokesperson for Ferro » speaks for Ferro, as speaksFor reads it).
 */
function surnameOf(index: Ctx["index"], x: Entity, e: Entity): boolean {
  if (x === e || x.kind !== "person" || e.kind !== "person" || !x.nameWords.length || x.nameWords.length >= e.nameWords.length) return false;
  const last = (p: Entity) => fold(p.nameWords[p.nameWords.length - 1]!);
  if (last(x) !== last(e) || !x.nameWords.every((w) => e.nameWords.includes(w))) return false;
  // (besides the name, only a title or a particle: no word of a description)
  if (nameTokens(x.name).some((w) => !x.nameWords.includes(w) && w.length > 3)) return false;
  // the only one of that family name the story names in full
  return !index.entities.some((y) => y !== e && y !== x && y.kind === "person" && y.nameWords.length > x.nameWords.length && y.nameWords.length > 0 && last(y) === last(x));
}

/**
 * Entities the story made of a bare description only `e` answers to (« Le général a indiqué
 * que … » read as a speaker « général » of its own), or of an acronym next to their name: their
 * words are `e`'s.
 */
export function shadowsOf(ctx: Ctx, e: Entity): Entity[] {
  const heads = descriptionHeads(e);
  const lang = ctx.index.story.lang;
  const same = (x: Entity) => surnameOf(ctx.index, x, e);
  if (!heads.length) return ctx.index.entities.filter((x) => speaksFor(lang, x, e) || same(x));
  return ctx.index.entities.filter((x) => {
    if (x !== e && (heldBy(ctx.index, x) === e || sameOffice(ctx, x, e) || speaksFor(lang, x, e) || same(x))) return true;
    if (x === e || x.kind !== e.kind || x.nameWords.some((w) => /^\p{Lu}/u.test(w))) return false;
    const bare = fold(x.name).replace(/^(?:le|la|les|l'|the)\s+/, "");
    if (!heads.includes(bare)) return false;
    // no other named one answers to it
    return !ctx.index.entities.some((y) => y !== e && y !== x && y.kind === e.kind && descriptionHeads(y).includes(bare));
  });
}

/**
 * What a sentence reports someone as saying under a description only they answer to (« le
 * général », « the minister »), on the question's subject: ingest attributes only what names or
 * pronouns carry. null when no such sentence speaks of the subject.
 */
export function describedClause(ctx: Ctx, e: Entity, terms: ReturnType<typeof topicTerms>): { clause: string; sentence: number } | null {
  const names = new Set(e.nameWords.map(fold));
  const heads = new Set<string>();
  for (const a of [...e.aliases, ...(e.role ? [e.role] : [])]) {
    const ws = a.split(/\s+/).filter((w) => !names.has(fold(w)));
    const head = ws.find((w) => /^\p{Ll}/u.test(w) && w.length > 3);
    if (head) heads.add(head);
  }
  // a description someone else also answers to names no one in particular
  const own = [...heads].filter((h) => !ctx.index.entities.some((x) => x !== e && x.kind === e.kind && [x.role ?? "", ...x.aliases].some((a) => fold(a).split(/\s+/).includes(fold(h)))));
  if (!own.length) return null;
  const forms = own.flatMap((h) => ["le", "la", "the", "Le", "La", "The", "l'", "L'"].map((d) => `${d}${d.endsWith("'") ? "" : " "}${h}`));
  let best: { clause: string; sentence: number; s: number } | null = null;
  for (const s of ctx.index.sentences) {
    const score = ctx.m.score(s.keys, terms);
    if (score <= 0 || (best && score <= best.s)) continue;
    const clause = reportedClause(ctx.index.story.sentences[s.index]!.text, forms);
    if (clause) best = { clause, sentence: s.index, s: score };
  }
  return best;
}
