import type { Ctx } from "../context.js";
import type { Entity } from "../index.js";
import type { Term } from "../query.js";
import { fold } from "../text.js";
import { backReferenceWords } from "../lexicon-people.js";
import { ROLE_NOUNS } from "../../story/lexicon.js";
import { descriptionsOf, roleOf, roleOwner, TITLE_NOUN } from "./roles.js";

/*
 * « who is X's deputy », "the spokesman of X", « l'avocat de X »: a person asked by the office or the
 * relation they hold to someone the question names. The answer is whoever the story gives that
 * office of X (« Her deputy, Y », "Y, a spokesman for the mayor"), never X: X's spokesman is not X.
 */

/** Whether the question ties an office to the person it names: "X's …", "… of X", « … de X ». */
function ownedBy(ctx: Ctx, e: Entity): boolean {
  const words = backReferenceWords(ctx.query.lang);
  const names = e.nameWords.filter((w) => /^\p{Lu}/u.test(w)).map(fold);
  const qw = ctx.query.words;
  return qw.some((w, k) => {
    const bare = w.replace(/['’]s$/u, "");
    if (!names.includes(bare)) return false;
    // "Calloway's" is read as two words, the name and its possessive ending
    if (words.ownerMark && (words.ownerMark.test(w) || words.ownerMark.test(`${w}'${qw[k + 1] ?? ""}`))) return true;
    // « de Rita Calloway », "of Mayor Calloway": the complement word before the name, over its other words
    let j = k - 1;
    while (j >= 0 && names.includes(qw[j]!)) j--;
    return j >= 0 && words.complements.has(qw[j]!.replace(/['’]$/u, ""));
  });
}

/** The question's words of an office or a relation that the named person's own role and descriptions do not hold. */
function officesAsked(ctx: Ctx, e: Entity): Term[] {
  const own = [roleOf(ctx.index, e) ?? "", ...descriptionsOf(ctx.index, e)].filter(Boolean);
  return ctx.query.terms.filter(
    (t) => [t.word, ...t.keys].some((k) => ROLE_NOUNS.has(k) || TITLE_NOUN.test(k)) && !ctx.m.found(e.keys, [t]).length && !own.some((d) => names(d, t)),
  );
}

/**
 * Whether a description holds the office a term asks, by the term's own word or a key that is itself
 * an office (« adjoint » for "deputy"): the wider keys a term carries for retrieval (a verb of speech
 * beside « porte-parole ») would take one office for another.
 */
function names(desc: string, t: Term): boolean {
  const offices = [t.word, ...t.keys].filter((k) => k === t.word || ROLE_NOUNS.has(k) || TITLE_NOUN.test(k));
  const ws = fold(desc).split(/[^\p{L}\d-]+/u).filter(Boolean);
  return ws.some((w) => offices.some((k) => w === k || (k.length >= 5 && w.startsWith(k)) || (w.length >= 5 && k.startsWith(w))));
}

/** Whether a description of x makes it an office of e: its owner is e, or it names e or e's own role (« spokesman for the mayor »). */
function officeOf(ctx: Ctx, x: Entity, desc: string, e: Entity): boolean {
  const owner = roleOwner(ctx.index, x, desc);
  const surnames = e.nameWords.filter((w) => /^\p{Lu}/u.test(w)).map(fold);
  if (owner && (owner === e.name || surnames.some((n) => fold(owner).split(/\s+/).includes(n)))) return true;
  const d = fold(desc).split(/[^\p{L}\d-]+/u);
  if (surnames.some((n) => d.includes(n))) return true;
  const role = roleOf(ctx.index, e);
  const heads = role ? fold(role).split(/\s+/).filter((w) => ROLE_NOUNS.has(w) || TITLE_NOUN.test(w)) : [];
  return heads.length > 0 && heads.every((h) => d.includes(h));
}

/**
 * Who holds, of the person the question names, the office it asks (with the description that says
 * so); null when the question asks no office of them. An empty list: the story names no one in it.
 */
export function ownedRoleHolders(ctx: Ctx, e: Entity): { x: Entity; desc: string }[] | null {
  if (e.kind !== "person" || !ownedBy(ctx, e)) return null;
  const asked = officesAsked(ctx, e);
  if (!asked.length) return null;
  const out: { x: Entity; desc: string }[] = [];
  for (const x of ctx.index.entities) {
    if (x === e || x.kind !== "person" || !/^\p{Lu}/u.test(x.name)) continue;
    const role = roleOf(ctx.index, x);
    const desc = [...(role ? [role] : []), ...descriptionsOf(ctx.index, x)].find((d) => asked.every((t) => names(d, t)) && officeOf(ctx, x, d, e));
    if (desc) out.push({ x, desc });
  }
  return out;
}

/** The question's words of an office or a relation (« coach », « porte-parole »). */
function officeTerms(ctx: Ctx): Term[] {
  return ctx.query.terms.filter((t) => [t.word, ...t.keys].some((k) => ROLE_NOUNS.has(k) || TITLE_NOUN.test(k)));
}

/**
 * Whether the office a question asks the holder of is one the story gives only a description of
 * (« the coach, who was not named, said »): someone it does not name holds it, and no one it
 * names does, by role, description or alias.
 */
export function describedOnly(ctx: Ctx): boolean {
  const asked = officeTerms(ctx);
  if (!asked.length) return false;
  const holds = (x: Entity) => {
    const role = roleOf(ctx.index, x);
    return [x.name, ...x.aliases, ...(role ? [role] : []), ...descriptionsOf(ctx.index, x)].some((d) => asked.every((t) => names(d, t)));
  };
  const people = ctx.index.entities.filter((x) => x.kind === "person");
  const named = (x: Entity) => /^\p{Lu}/u.test(x.name);
  return people.some((x) => !named(x) && holds(x)) && !people.some((x) => named(x) && holds(x));
}
