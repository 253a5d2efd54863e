import type { Draft } from "../compose.js";
import type { Ctx } from "../context.js";
import { attributes } from "./attributes.js";
import { calledName } from "./called.js";
import { confirmDeny } from "./confirm.js";
import { definition } from "./definition.js";
import { cleftDoer } from "./doer.js";
import { means } from "./means.js";
import { purpose } from "./purpose.js";

/**
 * Plain factual questions of a few fixed kinds that one sentence answers (the means of an exchange,
 * a person's rank or given name, the purpose of an act, whether someone confirmed or denied something, a cleft yes/no on the doer of an act): each answerer reads
 * its kind of question and its kind of sentence, and returns null for a question that is not its
 * own, so that the engine goes on to its other answerers. One entry point for the engine.
 */
export function plainFact(ctx: Ctx): Draft | null {
  return means(ctx) ?? attributes(ctx) ?? purpose(ctx) ?? calledName(ctx) ?? definition(ctx) ?? confirmDeny(ctx) ?? cleftDoer(ctx);
}
