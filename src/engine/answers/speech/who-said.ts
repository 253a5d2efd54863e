// « who said … »: the speaker of a quoted fragment or of what the question paraphrases.
import type { Quote } from "../../../story/schema.js";
import type { Draft } from "../../compose.js";
import { excerpt, guillemets, pick, snippet } from "../../compose.js";
import type { Ctx } from "../../context.js";
import { topicTerms } from "../../context.js";
import type { Entity } from "../../index.js";
import { keysOf } from "../../index.js";
import { entityByName } from "../../entities.js";
import { nameIn, roleIn } from "../../labels.js";
import { roleOf } from "../roles.js";
import { contentTokens, fold, words } from "../../text.js";
import { decline } from "../general.js";
import { allStances, type Stance } from "../stance.js";
import { speech, stanceDraft } from "./shown.js";
import { heldBy } from "./speaker.js";
import { stanceKeys, stanceVerbKeys } from "./stance-keys.js";

/** Who said a quote: their name, their role, and the words. */
export function answerWho(ctx: Ctx, q: Quote, intent: string): Draft {
  const { lang, index } = ctx;
  const named = entityByName(index, q.speaker);
  const e = (named && heldBy(index, named)) ?? named;
  // the name, then what the answer says, then the role: « X, senior fellow at Y » is how the story
  // writes it, and the answer says who spoke in its own words, not by copying the apposition
  const role = e ? roleOf(index, e) : null;
  // a title written into the name (« Mayor X ») is said once, in the role
  const roleWords = new Set(fold(role ?? "").split(/\s+/));
  const shown = e ? nameIn({ ...e, nameWords: e.nameWords.filter((w) => !roleWords.has(fold(w))) }, index.story.lang, lang) : q.speaker;
  const tail = role && !fold(shown).includes(fold(role)) ? ` (${roleIn(role, index.story.lang, lang)})` : "";
  const words = excerpt(q.text, 260).replace(/[.\s]+$/, "");
  return {
    answered: true,
    intent,
    parts: [
      q.kind === "indirect"
        ? pick(lang, `${shown}, selon la dépêche${tail} (propos rapportés) : ${words}.`, `${shown}, as the story reports it${tail} (not a direct quote): ${words}.`)
        : pick(lang, `${shown} l'a dit${tail} : ${guillemets(words)}.`, `${shown} said it${tail}: ${guillemets(words)}.`),
    ],
    cites: [q.sentence],
    quotes: [speech(q)],
    focus: e?.name ?? q.speaker,
  };
}

/** The share of the fragment's words found, in order-free fashion, in `text`. */
function coverage(fragment: string, text: string): number {
  const want = contentTokens(fragment);
  if (!want.length) return 0;
  const have = new Set(contentTokens(text));
  return want.filter((w) => have.has(w)).length / want.length;
}

/** Who said a quoted fragment, or who said what the question paraphrases. */
export function whoSaid(ctx: Ctx): Draft {
  const { index, lang, query } = ctx;
  const quotes = index.story.quotes;
  if (query.fragment) {
    const frag = query.fragment;
    const f = fold(frag);
    let best: { q: Quote; s: number } | null = null;
    for (const q of quotes) {
      const s = fold(q.text).includes(f) ? 1.5 : coverage(frag, q.text);
      if (!best || s > best.s || (s === best.s && q.kind === "direct" && best.q.kind !== "direct")) best = { q, s };
    }
    if (best && best.s >= 0.6) return answerWho(ctx, best.q, "who_said");
    // the words are in the story but not attributed to anyone the story names
    const s = index.story.sentences.find((x) => fold(x.text).includes(f)) ?? index.story.sentences.find((x) => coverage(frag, x.text) >= 0.8);
    if (s) {
      const inSentence = quotes.find((q) => q.sentence === s.index);
      if (inSentence) return answerWho(ctx, inSentence, "who_said");
      return {
        answered: true,
        intent: "who_said",
        parts: [pick(lang, `La dépêche ne nomme pas d'auteur pour ces mots : ${snippet(s.text, frag, 10, index.story.lang)}`, `The story gives these words without naming who said them: ${snippet(s.text, frag, 10, index.story.lang)}`)],
        cites: [s.index],
      };
    }
  }
  const terms = topicTerms(ctx, null);
  const total = terms.reduce((n, t) => n + ctx.m.weight(t), 0);
  // a quote and a reported position are weighed alike: their words, their reporting verb
  // (« a dénoncé » answers « who denounced … » as much as the words do) and half their sentence;
  // a match on the verb alone (« a demandé » for « who demanded a mediation ») is no match when
  // the question asks more than the verb
  const weigh = (own: ReturnType<typeof keysOf> | undefined, verb: ReturnType<typeof keysOf> | null, sentence: ReturnType<typeof keysOf> | undefined): number => {
    const rest = verb ? terms.filter((t) => ctx.m.found(verb, [t]).length === 0) : terms;
    const content = (own ? ctx.m.score(own, rest) : 0) + (sentence ? 0.5 * ctx.m.score(sentence, rest) : 0);
    if (rest.length && content <= 0) return 0;
    // the question's own verb of speech (« who denounced », « qui a mis en garde »: never plain « say », a generic word
    // topicTerms drops) names the act asked: the words reported with that verb weigh it twice
    return (own ? ctx.m.score(own, terms) : 0) + (sentence ? 0.5 * ctx.m.score(sentence, terms) : 0) + (verb ? 2 * ctx.m.score(verb, terms) : 0);
  };
  type Keys = ReturnType<typeof keysOf>;
  let best: { q: Quote; s: number; keys: (Keys | null | undefined)[] } | null = null;
  // « who denounced the deployment? »: the act asked is the verb; one whose words were reported by that
  // verb answers before one who said other things about the deployment and never that verb
  let byVerb: { q: Quote; s: number; verb: Keys } | null = null;
  for (const q of quotes) {
    const verb = q.verb ? keysOf(q.verb) : null;
    const sentence = index.sentences[q.sentence]?.keys;
    const s = weigh(index.quoteKeys.get(q), verb, sentence);
    if (!best || s > best.s || (s === best.s && q.kind === "direct" && best.q.kind !== "direct")) best = { q, s, keys: [index.quoteKeys.get(q), verb, sentence] };
    if (verb && s > 0 && ctx.m.found(verb, terms).length > 0 && (!byVerb || s > byVerb.s)) byVerb = { q, s, verb };
  }
  // « who promised to find a buyer? »: a position the story reports as someone's without quoting it
  const en = index.story.lang === "en";
  let position: { entity: Entity; stance: Stance; s: number } | null = null;
  let positionByVerb: { entity: Entity; stance: Stance; s: number; verb: Keys } | null = null;
  for (const { entity, stance } of allStances(index)) {
    const s = weigh(stanceKeys(stance, en), null, index.sentences[stance.sentence]?.keys);
    if (!position || s > position.s) position = { entity, stance, s };
    if (s > 0 && (!positionByVerb || s > positionByVerb.s)) {
      // the verb asked, and more of the question than the verb alone (« a demandé » is no answer to « qui réclame une médiation »)
      const verb = stanceVerbKeys(stance, en);
      if (ctx.m.found(verb, terms).length > 0 && weigh(stanceKeys(stance, en), verb, index.sentences[stance.sentence]?.keys) > 0) positionByVerb = { entity, stance, s, verb };
    }
  }
  const holds = (x: { s: number } | null): boolean => x !== null && total > 0 && x.s / total >= 0.45;
  if (holds(byVerb) || holds(positionByVerb)) {
    // the statement that would answer holds the asked verb's words already (« à la demande de X »): it stands
    const asked = terms.filter((t) => [byVerb?.verb, positionByVerb?.verb].some((v) => v && ctx.m.found(v, [t]).length > 0));
    const winner: (Keys | null | undefined)[] | null = position && holds(position) && (!best || position.s > best.s) ? [stanceKeys(position.stance, en), index.sentences[position.stance.sentence]?.keys] : best && holds(best) ? best.keys : null;
    const winnerHolds = winner !== null && asked.every((t) => winner.some((k) => k && ctx.m.found(k, [t]).length > 0));
    if (!winnerHolds) {
      best = byVerb && holds(byVerb) ? { q: byVerb.q, s: byVerb.s, keys: [] } : null;
      position = holds(positionByVerb) ? positionByVerb : null;
    }
  }
  // the one that holds more of the question answers it; a quote on a tie (its words are the speaker's own)
  if (position && total > 0 && position.s / total >= 0.45 && (!best || position.s > best.s)) return stanceDraft(ctx, position.entity, [position.stance], "who_said");
  if (best && total > 0 && best.s / total >= 0.45) return answerWho(ctx, best.q, "who_said");
  return decline(ctx, pick(lang, "Je ne trouve pas ces propos dans la dépêche.", "I cannot find those words in the story."));
}
