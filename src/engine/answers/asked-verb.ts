import type { Ctx } from "../context.js";
import type { Term } from "../query.js";
import { fold } from "../text.js";
import type { Word } from "./anchor.js";

/** A story's word as a verb is compared: folded, without an elided article (« l'agression », « d'enquêter »). */
export function verbWord(raw: string): string {
  return fold(raw).replace(/^[a-z]['’]/, "");
}

/**
 * Whether a word of the story is the verb a question asks about (« who did X thank », « qui a révélé … »): in the
 * question's language the same word or one of its stem (a common start of three letters, up to five for longer
 * verbs: « révélé » / « révèle »); across languages, the lexicons' match of the word's keys with the verb's terms.
 * The who-did reader (answers/agent.ts) and the whom reader (answers/whom.ts) share it.
 */
export function isAskedVerb(ctx: Ctx, raw: string, keys: Word["keys"], verb: string, verbTerms: Term[]): boolean {
  if (ctx.index.story.lang !== ctx.query.lang) return ctx.m.found(keys, verbTerms).length > 0;
  const word = verbWord(raw);
  let common = 0;
  while (common < word.length && common < verb.length && word[common] === verb[common]) common++;
  return word === verb || common >= Math.max(3, Math.min(verb.length - 1, 5));
}
