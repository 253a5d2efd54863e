// « what did they talk about »: the subject matter a sentence says was discussed, or kept private.
import type { Draft } from "../../compose.js";
import { guillemets, pick } from "../../compose.js";
import type { Ctx } from "../../context.js";
import { entityByName } from "../../entities.js";
import { nameIn } from "../../labels.js";
import { fold } from "../../text.js";
import { sourceOf } from "../reader/source.js";

/** « what did they talk about », « de quoi ont-ils parlé », « qu'est-ce qu'ils se sont dit »: the subject of a conversation is asked (folded question). */
const TALK_TOPIC_ASK =
  /^(?:and |et |so |alors |mais )?(?:(?:on sait )?(?:ce qu'|qu'est-ce qu')(?:ils|elles) se sont dit(?: exactement)?|de quoi (?:[\w' -]{1,60}? )?(?:ont|avaient)(?:[- ](?:t-)?(?:ils|elles))? (?:parle|discute)(?: exactement)?|(?:ils|elles) (?:ont|avaient) (?:parle|discute) de quoi(?: exactement)?|what (?:did|do|have|had) [\w' -]{1,60}? (?:talk|speak|discuss|talked|spoken|discussed)(?: about)?(?: exactly)?|what (?:was|were|is|are) (?:discussed|talked about)|what (?:was|were) the (?:talks?|call|conversation|meeting) about)$/;

/** A verb of discussion with its subject matter after it, per story language (folded sentence, offsets kept). */
const DISCUSSED: Record<"en" | "fr", RegExp> = {
  fr: /\b(?:ont|a|avaient|avait|auraient|aurait) (?:notamment |longuement |aussi |egalement )?(?:discute|parle|debattu|echange)\s+(?:de |d'|des |du |sur |a propos )/,
  en: /\b(?:discussed|talked about|spoke about|exchanged views on|focused on)\s/,
};

/**
 * « what did they talk about? »: what a sentence of the story says was discussed (« les deux maires ont
 * parlé de transports », "they discussed trade"), its subject matter shown short with who
 * reports it; null when the question asks no such thing or no sentence tells it.
 */
export function discussed(ctx: Ctx): Draft | null {
  if (!TALK_TOPIC_ASK.test(ctx.query.folded.replace(/[?!.\s]+$/, "").replace(/\s+/g, " ").trim())) return null;
  const { index, lang } = ctx;
  const slang = index.story.lang === "en" ? "en" : "fr";
  const recent = new Set(ctx.previous ?? []);
  let best: { sentence: number; at: number; score: number } | null = null;
  for (const s of index.story.sentences) {
    const f = fold(s.text);
    const m = DISCUSSED[slang].exec(f);
    if (!m || m.index === undefined) continue;
    // the sentence the conversation is at, else the first that tells it
    const score = recent.has(s.index) ? 2 : 1;
    if (!best || score > best.score) best = { sentence: s.index, at: m.index, score };
  }
  // « les deux maires ont convenu de garder secret le contenu de leur entretien »: what was not said is part of the answer
  const kept = index.story.sentences.find((s) => KEPT_PRIVATE[slang].test(fold(s.text)));
  if (!best && !kept) return null;
  const parts: string[] = [];
  const cites: number[] = [];
  if (best) {
    const text = index.story.sentences[best.sentence]!.text;
    const clause = text.slice(best.at).split(/[»”";.!?]|,\s/u)[0]!.trim();
    const shown = clause.split(/\s+/).slice(0, 10).join(" ");
    // whose words the shown clause is, not whoever else the sentence quotes
    const speaker = sourceOf(ctx, best.sentence, shown);
    const who = speaker ? entityByName(index, speaker) : null;
    const by = who ? pick(lang, ` (selon ${nameIn(who, slang, lang)})`, ` (according to ${nameIn(who, slang, lang)})`) : "";
    parts.push(`${pick(lang, "D'après la dépêche, ils ", "According to the story, they ")}${guillemets(`…${shown}`)}${by}.`);
    cites.push(best.sentence);
  }
  if (kept) {
    // from the words that say what was kept (« le contenu de leur entretien »), a clause's length at most
    const at = KEPT_PRIVATE[slang].exec(fold(kept.text))?.index ?? 0;
    const shown = kept.text.slice(at).split(/[»”";.!?,]/u)[0]!.trim().split(/\s+/).slice(0, 10).join(" ");
    parts.push(pick(lang, `Les détails sont restés confidentiels : ${guillemets(`…${shown}`)}.`, `The details were kept private: ${guillemets(`…${shown}`)}.`));
    cites.push(kept.index);
  }
  return { answered: true, intent: "said", parts, cites };
}

/** A sentence saying what was said is kept private (« garder les détails … privés », "declined to give details"), per story language (folded). */
const KEPT_PRIVATE: Record<"en" | "fr", RegExp> = {
  fr: /\b(?:details?|contenu|teneur)\b[^.;!?]{0,60}\b(?:prives?|privees?|confidentiel(?:le)?s?|secrets?)\b/,
  en: /\b(?:details?|content|substance)\b[^.;!?]{0,60}\b(?:private|confidential|secret)\b|\b(?:did not|didn't|declined to|would not|wouldn't|refused to) (?:disclose|give|reveal|share|provide) (?:any )?details\b/,
};
