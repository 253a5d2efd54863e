import type { Draft } from "../../compose.js";
import { excerpt, guillemets, pick } from "../../compose.js";
import type { Ctx } from "../../context.js";
import { entityByName } from "../../entities.js";
import { displayName } from "../../mentions.js";
import { decline } from "../general.js";
import { questionTerms, whOf } from "../reader.js";
import { figureSource } from "../figure-source.js";
import { actObject } from "../agent.js";
import { sourcePhrase } from "./describe.js";
import { rank } from "./ranking.js";

/** Who gives a figure: the one whose value the question quotes, or the best fitting one. */
export function claimant(ctx: Ctx): Draft {
  const { index, lang } = ctx;
  // no number asked (« according to who? » after a count, "who compiled the clinic figures?"): the source of the figures pointed to
  // (not « ce bilan est définitif ? »: a yes/no question on a figure asks no source)
  const pointed = ctx.query.numbers.length || whOf(ctx.query.folded) === "yesno" ? null : figureSource(ctx, actObject(ctx) ?? questionTerms(ctx));
  if (pointed) return pointed;
  const byValue = index.figures.filter((f) => ctx.query.numbers.includes(f.figure.value));
  const pool = byValue.length ? byValue : index.figures.filter((f) => f.figure.category === "troops");
  const best = rank(ctx, pool, [])[0];
  if (!best?.figure) return decline(ctx, pick(lang, "La dépêche ne donne pas ce chiffre.", "The story does not give that figure."));
  const f = best.figure.figure;
  const e = entityByName(index, f.claimedBy);
  const sentence = index.story.sentences[f.sentence]?.text ?? f.text;
  const phrase = sourcePhrase(sentence);
  const head = e
    ? pick(lang, `${displayName(e)} : ${guillemets(f.text)}.`, `${displayName(e)} gives that figure: ${guillemets(f.text)}.`)
    : f.claimedBy
      ? pick(lang, `${f.claimedBy} : ${guillemets(f.text)}.`, `${f.claimedBy} gives that figure: ${guillemets(f.text)}.`)
      : phrase
        ? pick(lang, `La source est donnée ainsi : ${guillemets(phrase)} — ${guillemets(f.text)}.`, `The dispatch gives the source as ${guillemets(phrase)}: ${guillemets(f.text)}.`)
        : pick(lang, `La dépêche donne ce chiffre elle-même, sans source : ${guillemets(f.text)}.`, `The dispatch states it itself, without a source: ${guillemets(f.text)}.`);
  return {
    answered: true,
    intent: "claimant",
    parts: [head, guillemets(excerpt(sentence, 420, f.text))],
    cites: [f.sentence],
    figures: [{ text: f.text, claimedBy: f.claimedBy, sentence: f.sentence }],
    focus: f.claimedBy,
  };
}
