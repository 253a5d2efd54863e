import type { Draft } from "../compose.js";
import { pick } from "../compose.js";
import type { Ctx } from "../context.js";
import { findEntities, mainEntity } from "../entities.js";
import { keysOf } from "../index.js";
import { readIntent } from "../intent.js";
import { analyse, matcher } from "../query.js";
import type { Lang } from "../reply.js";
import { agent } from "./agent.js";

/**
 * « was it X who asked for the talks? », « c'est X qui a révélé l'affaire ? »: a yes/no question put
 * as a cleft, settled against the doer the sentence of that act gives (answers/agent.ts reads it,
 * asked as « who asked for the talks? »). Yes when the doer is X, no with the doer otherwise; null
 * when the question is no cleft or no sentence tells the act with its doer.
 */

const CLEFT: Readonly<Record<Lang, { form: RegExp; who: string }>> = {
  en: { form: /^(?:and |so |but )?(?:was it|is it|wasn't it|isn't it) (?:really |actually )?(.+?) (?:who|that) (.+)$/, who: "who" },
  fr: { form: /^(?:et |alors |mais )?(?:est-ce que |est-ce qu')?(?:c'est|c'etait|ce n'est pas|ce n'etait pas|c est|c etait) (?:bien |vraiment )?(.+?) qui (.+)$/, who: "qui" },
};

export function cleftDoer(ctx: Ctx): Draft | null {
  const lang = ctx.query.lang;
  const f = ctx.query.folded.replace(/[?!.\s]+$/, "").replace(/\s+/g, " ").trim();
  const m = CLEFT[lang].form.exec(f);
  if (!m) return null;
  const named = m[1]!;
  // « c'est quoi le groupe qui … », "is it the plan that …": a question word or a thing, no doer named
  if (/\b(?:quoi|quel|quelle|quels|quelles|what|which|who|qui|combien|how)\b/.test(named)) return null;
  const { index } = ctx;
  const query = analyse(`${CLEFT[lang].who} ${m[2]!}`, index, lang);
  const mm = matcher(index, query);
  const hits = findEntities(index, query, mm);
  // read as the « who » question it stands for (the cleft itself reads as « who is »)
  const asked: Ctx = { ...ctx, query, m: mm, hits, entity: null, named: false, reading: readIntent(query, hits.length > 0) };
  // a call's initiative is read by the call answer (engine.ts, yesNoCall)
  if (asked.reading.intent === "call") return null;
  const doer = agent(asked);
  if (!doer?.answered) return null;
  // the one the question names: an entity of the story, else its words (« les Américains ») against the doer's
  const nq = analyse(named, index, lang);
  const x = mainEntity(findEntities(index, nq, matcher(index, nq)))?.entity ?? null;
  const doerEntity = doer.focus ? (index.entities.find((e) => e.name === doer.focus) ?? null) : null;
  let yes: boolean;
  if (x && doerEntity) yes = x === doerEntity;
  else {
    const words = [...keysOf(named)];
    const theirs = doerEntity ? doerEntity.keys : keysOf(doer.parts.join(" "));
    yes = words.length > 0 && words.some((k) => theirs.has(k));
  }
  return { ...doer, intent: "doer", parts: [pick(ctx.lang, yes ? "Oui —" : "Non —", yes ? "Yes —" : "No —"), ...doer.parts] };
}
