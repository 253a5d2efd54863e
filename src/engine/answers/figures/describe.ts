import type { Figure } from "../../../story/schema.js";
import { guillemets, pick } from "../../compose.js";
import type { Ctx } from "../../context.js";
import { clauseAround } from "../../index.js";
import { entityByName } from "../../entities.js";
import { displayName } from "../../mentions.js";
import { fold } from "../../text.js";
import { claimantIn, roleIn } from "../../labels.js";
import { casualtyVerb } from "../../figure-fit.js";

const APPROX_EN: Record<Figure["approx"], string> = {
  exact: "",
  more_than: "more than ",
  less_than: "fewer than ",
  about: "about ",
  range: "between ",
  vague: "an unspecified ",
};

const UP_TO = /^(?:up to|as many as|as much as|jusqu'a|jusqu'au|au plus|at most)\b/;

/** 12,000 and 4.7, as toLocaleString("en-US") writes them, without its slow Intl call on every answer. */
export function formatValue(v: number): string {
  const [int = "", dec] = String(Math.round(v * 1000) / 1000).split(".");
  return `${int.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}${dec ? `.${dec}` : ""}`;
}

// « Selon un responsable de l'OTAN cité par l'agence »: a source the sentence names without a name
const SOURCE = /\b(?:selon|d'apr[eè]s|d’apr[eè]s|de source|according to)\s+([^,;.«»]{3,90})/iu;

/** The source a figure's sentence gives in words, when no speaker was attached to it. */
export function sourcePhrase(sentence: string): string | null {
  const m = SOURCE.exec(sentence);
  return m ? m[0].trim() : null;
}

const GENERIC_CLAIMANT = /^(?:(?:la|le|les|l'|the|this|these|cette|ces) ?)?(?:source|sources|chiffre|chiffres|figure|figures|data|donnees|statistique|statistiques|statistics)$/;

// « selon cette source », « according to him »: a source that points back to the sentence before
const BACK = /^(?:selon|d'apr[eè]s|d’apr[eè]s|according to)\s+(?:cette source|ces sources|la m[eê]me source|la source|lui|elle|eux|elles|him|her|them|it|this source|these sources|the same source|the source)\b/iu;

/**
 * The source a figure's sentence names for it in words: in the figure's own clause, opening the
 * sentence (« Selon X, … ») or closing it (« …, according to X. »); one set in another clause
 * speaks for that clause. « Selon cette source » is the source of the sentence before.
 */
function sourceOf(ctx: Ctx, f: Figure): string | null {
  const text = ctx.index.story.sentences[f.sentence]?.text ?? "";
  const m = SOURCE.exec(text);
  if (!m) return null;
  const clause = clauseAround(text, f.text);
  const at = m.index;
  const opens = !/[,;:]/.test(text.slice(0, at));
  const closes = !/[,;:]/.test(text.slice(at + m[0].length).replace(/[.!?»"”\s]+$/, ""));
  if (!clause.includes(m[0].trim()) && !opens && !closes) return null;
  if (BACK.test(m[0].trim())) {
    const before = ctx.index.story.sentences[f.sentence - 1]?.text ?? "";
    const earlier = SOURCE.exec(before);
    return earlier && !BACK.test(earlier[0].trim()) ? earlier[0].trim() : null;
  }
  return m[0].trim();
}

/** « plus de 8 000 soldats » (more than 8,000), selon X: the figure as written, its qualifier and its source. */
export function describeFigure(ctx: Ctx, g: Figure): string {
  const { lang } = ctx;
  // « 41 » alone says nothing: « killed 41 », as the sentence has it
  const verb = g.counted === null ? casualtyVerb(ctx.index.story.sentences[g.sentence]?.text ?? "", g.text) : null;
  const said = verb ? { ...g, text: `${verb.verb} ${g.text}` } : g;
  // « selon cette source » read as a claimant « source »: a bare noun of sourcing names no one, the words of the sentence say who
  const f = said.claimedBy && GENERIC_CLAIMANT.test(fold(said.claimedBy).trim()) ? { ...said, claimedBy: null } : said;
  const claimant = entityByName(ctx.index, f.claimedBy);
  const phrase = f.claimedBy ? null : sourceOf(ctx, f);
  const who = claimant ? displayName(claimant) : (f.claimedBy ?? (phrase ? guillemets(phrase) : null));
  // « jusqu'à », « up to » reach the figure: « up to », not « fewer than »
  const upTo = f.approx === "less_than" && UP_TO.test(fold(f.text));
  const gloss = f.approx === "vague" ? "" : ` (${upTo ? "up to " : APPROX_EN[f.approx]}${formatValue(f.value)}${f.valueMax !== undefined ? `–${formatValue(f.valueMax)}` : ""})`;
  if (phrase) return pick(lang, `${guillemets(f.text)}, source : ${who}.`, `${guillemets(f.text)}${gloss}, source given as ${who}.`);
  // « selon les Occidentaux », « according to the Westerners »: the claimant with the story's article, in the answer's language
  const sentence = ctx.index.story.sentences[f.sentence]?.text ?? "";
  const named = who && claimant ? claimantIn(claimant.name, sentence, ctx.index.story.lang, lang) : who;
  if (lang === "fr") return `${guillemets(f.text)}, ${named ? `selon ${named}` : "chiffre donné par la dépêche elle-même"}.`;
  return `${guillemets(f.text)}${gloss}, ${named ? `according to ${claimant ? named : roleIn(named, ctx.index.story.lang, "en")}` : "stated by the dispatch itself"}.`;
}
