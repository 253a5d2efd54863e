import type { Draft } from "../compose.js";
import { pick } from "../compose.js";
import type { Ctx } from "../context.js";
import { findEntities, mainEntity } from "../entities.js";
import { keysOf, type Entity } from "../index.js";
import { readIntent } from "../intent.js";
import { analyse, matcher } from "../query.js";
import type { Lang } from "../reply.js";
import { agent } from "./agent.js";
import { callInitiative } from "./call.js";

/**
 * « was it X who asked for the talks? », « c'est X qui a révélé l'affaire ? »: a yes/no question put
 * as a cleft, settled against the doer the sentence of that act gives (answers/agent.ts reads it,
 * asked as « who asked for the talks? »). Yes when the doer is X, no with the doer otherwise; null
 * when the question is no cleft or no sentence tells the act with its doer.
 */

const CLEFT: Readonly<Record<Lang, { form: RegExp; one: RegExp; who: string }>> = {
  en: {
    form: /^(?:and |so |but )?(?:was it|is it|wasn't it|isn't it) (?:really |actually )?(.+?) (?:who|that) (.+)$/,
    // "was X the one who asked …", "were they the ones that …"
    one: /^(?:and |so |but )?(?:was|is|were|are) (.+?) (?:really |actually )?the (?:one|ones|side|party) (?:who|that) (.+)$/,
    who: "who",
  },
  fr: {
    form: /^(?:et |alors |mais )?(?:est-ce que |est-ce qu')?(?:c'est|c'etait|ce n'est pas|ce n'etait pas|c est|c etait) (?:bien |vraiment )?(.+?) qui (.+)$/,
    // « X est celui qui a demandé … », « la partie X, c'est elle qui … »
    one: /^(?:et |alors |mais )?(?:est-ce que |est-ce qu')?(.+?),? (?:est|etait|sont|etaient|c'est|c'etait) (?:bien |vraiment )?(?:celui|celle|ceux|celles|elle|lui|eux) qui (.+)$/,
    who: "qui",
  },
};

/** Nouns of a talk between two sides (« l'entretien », "the talks"): asking who wanted one asks whose initiative the call was. */
const EXCHANGE_NOUNS = /\b(?:talks?|conversations?|exchanges?|discussions?|calls?|phone call|entretiens?|echanges?|appels?)\b/;

/** Words for a side in general (« la partie X », "the X side"): they name no one, the adjective does. */
const SIDE_WORDS: ReadonlySet<string> = new Set("side sides party parties one ones camp partie parties cote camp".split(" "));

export function cleftDoer(ctx: Ctx): Draft | null {
  const lang = ctx.query.lang;
  const f = ctx.query.folded.replace(/[?!.\s]+$/, "").replace(/\s+/g, " ").trim();
  const m = CLEFT[lang].form.exec(f) ?? CLEFT[lang].one.exec(f);
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
  // « was the X side the one who asked for the call? »: settled against whose initiative the story says it was
  if (asked.reading.intent === "call" || EXCHANGE_NOUNS.test(m[2]!)) {
    const settled = initiativeYesNo(ctx, named, m[2]!);
    if (settled || asked.reading.intent === "call") return settled;
  }
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

/** A question about who asked for something (« asked for », « a demandé », « à l'initiative »), in either language. */
const ASKS_FOR = /\b(?:ask(?:ed|s)? for|request\w*|initiat\w*|wanted|demande\w*|initiative|sollicit\w*|voulu)\b/;

/**
 * « was the X side the one who asked for the call? », « c'est Y qui a demandé l'appel ? »: yes when
 * the side the question names is the one the story says took the initiative (its adjective or name
 * among the story's words for it), no when a side is named that is not it; a person, whose side the
 * words do not settle, gets the initiative line alone. null when the story says nobody's initiative.
 */
function initiativeYesNo(ctx: Ctx, named: string, rest: string): Draft | null {
  if (!ASKS_FOR.test(rest)) return null;
  const ini = callInitiative(ctx);
  if (!ini) return null;
  const { index, lang } = ctx;
  const nq = analyse(named, index, lang);
  const own = nq.terms.filter((t) => !SIDE_WORDS.has(t.word));
  const x: Entity | null = mainEntity(findEntities(index, nq, matcher(index, nq)))?.entity ?? null;
  const theirs = keysOf(ini.words, false, index.story.lang === "en");
  const same = own.length > 0 && matcher(index, nq).found(theirs, own).length > 0;
  const line = ini.line;
  if (!same && x?.kind === "person") return { answered: true, intent: "doer", parts: [line], cites: [ini.sentence] };
  if (!own.length) return null;
  return { answered: true, intent: "doer", parts: [`${pick(ctx.lang, same ? "Oui —" : "Non —", same ? "Yes —" : "No —")} ${line.charAt(0).toLowerCase()}${line.slice(1)}`], cites: [ini.sentence] };
}
