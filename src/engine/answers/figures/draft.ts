import type { Draft } from "../../compose.js";
import { guillemets, pick } from "../../compose.js";
import type { Ctx } from "../../context.js";
import type { Term } from "../../query.js";
import type { IndexedFigure, IndexedUnstated, StoryIndex } from "../../index.js";
import { keysOf } from "../../index.js";
import { fold, words } from "../../text.js";
import { roleIn } from "../../labels.js";
import { wholeOf, parentOf, ratioPart, fateSaid } from "../../figure-fit.js";
import { describeFigure, formatValue } from "./describe.js";
import { distinct } from "./ranking.js";

export function figureDraft(ctx: Ctx, picked: IndexedFigure[], intent: string, sayFate = false): Draft {
  const { lang } = ctx;
  // « Three of the five judges »: a part is said with its whole, as the sentence writes them (the whole then once only)
  const withPart = new Set(picked.map((f) => wholeOf(ctx.index, f)).filter((w): w is IndexedFigure => w !== null));
  const chosen = distinct(picked.filter((f) => !withPart.has(f)));
  const parts: string[] = [];
  for (const f of chosen) {
    const whole = wholeOf(ctx.index, f);
    const text = ctx.index.story.sentences[f.figure.sentence]?.text ?? "";
    // (« 540 amendes, dont 87 »: a part told by « dont », « including » is said from its whole on)
    const parent = whole || f.figure.category === "percent" ? null : nearParent(ctx.index, f);
    const span = whole ? partSpan(text, f.figure.text, whole.figure.text) : parent ? partSpan(text, f.figure.text, parent.figure.text, true) : "";
    if (f.zero) parts.push(pick(lang, `Aucun : ${guillemets(f.figure.text)}.`, `None: ${guillemets(f.figure.text)} (zero).`));
    // (a French answer gives no value beside the words: the part's own number leads, the whole being in them too)
    else if (span) parts.push(`${lang === "fr" && f.figure.counted === null && !span.startsWith(f.figure.text) ? `${f.figure.text.trim()} : ` : ""}${describeFigure(ctx, { ...f.figure, text: span })}`);
    // (« 4 out of 30 stations » answering « how many »: the count is its first number, not the share)
    else {
      const part = ctx.reading.measure !== "percent" ? ratioPart(f.figure) : null;
      // (a count answered for its noun though it counts the wounded or the dead: its fate is said with it)
      const fate = part === null && sayFate ? fateSaid(ctx.index, f) : null;
      if (part !== null) parts.push(`${lang === "fr" ? `${formatValue(part)} : ` : ""}${describeFigure(ctx, { ...f.figure, value: part, category: "other" })}`);
      else if (fate) parts.push(describeFigure(ctx, { ...f.figure, text: fate }));
      else parts.push(describeFigure(ctx, f.figure));
    }
  }
  // the sentences are cited beneath the answer, not pasted into it
  return {
    answered: true,
    intent,
    parts,
    cites: chosen.map((f) => f.figure.sentence),
    figures: chosen.map((f) => ({ text: f.figure.text, claimedBy: f.figure.claimedBy, sentence: f.figure.sentence })),
    focus: chosen[0]!.figure.claimedBy,
  };
}

/** The count a « dont », « including » part is told from, when it stands a few words before it (« 64 bus, dont 9 électriques »): said with it then. */
function nearParent(index: StoryIndex, f: IndexedFigure): IndexedFigure | null {
  const p = parentOf(index, f);
  if (!p) return null;
  const text = index.story.sentences[f.figure.sentence]?.text ?? "";
  const from = text.indexOf(p.figure.text);
  const to = text.indexOf(f.figure.text);
  return from >= 0 && to > from && words(text.slice(from + p.figure.text.length, to)).length <= 4 ? p : null;
}

/**
 * A part said with its whole, as the sentence writes them: from the part to the whole (« Three of the five judges »), or
 * from the clause's opening to the part when the whole comes first (« Sur les 200 autobus de la ville, 45 »).
 */
function partSpan(text: string, part: string, whole: string, fromWhole = false): string {
  const p = text.indexOf(part);
  const w = text.indexOf(whole);
  if (p < 0 || w < 0) return "";
  if (p < w) return text.slice(p, w + whole.length);
  const open = fromWhole ? w : Math.max(text.lastIndexOf(",", w), text.lastIndexOf(";", w), text.lastIndexOf(":", w)) + 1;
  return text.slice(open, p + part.length).trim();
}

/**
 * Whether the question holds a word of what the sentence says of a part, after both the part and its whole, to the
 * clause's end (« sided with the city » of « Three of the five judges sided with the city », « were sailing » of « Of
 * the county's 90 ferries, 25 were sailing »).
 */
export function saidOfPart(index: StoryIndex, part: IndexedFigure, whole: IndexedFigure, terms: Term[]): boolean {
  const text = index.story.sentences[part.figure.sentence]?.text ?? "";
  const p = text.indexOf(part.figure.text);
  const w = text.indexOf(whole.figure.text);
  if (p < 0 || w < 0) return true;
  const rest = text.slice(Math.max(p + part.figure.text.length, w + whole.figure.text.length)).split(/[,;:.!?]/)[0] ?? "";
  const keys = keysOf(fold(rest));
  return terms.some((t) => t.keys.some((k) => keys.has(k)));
}

/** « Les autorités des deux pays » → « les autorités des deux pays » inside a sentence. */
function inSentence(by: string): string {
  return /^(?:Les|La|Le|L'|L’|The)\b/.test(by) ? by[0]!.toLowerCase() + by.slice(1) : by;
}

/** « Minsk and Moscow gave no number »: a number not given, said beside the figures that are. */
export function withheld(ctx: Ctx, u: IndexedUnstated): string {
  const by = u.unstated.by;
  if (ctx.lang === "fr") return by ? `${by[0]!.toUpperCase()}${by.slice(1)} n'ont pas donné de chiffre (${u.unstated.what}).` : `La dépêche précise que ${u.unstated.what} n'a pas été donné.`;
  const who = by ? roleIn(by.replace(/^(?:les|le|la|l['’])\s*/i, ""), ctx.index.story.lang, "en") : null;
  // « the armed forces of Minsk » takes an article, « Riga and Tallinn » does not
  const bare = who?.replace(/^the\s+/i, "");
  return bare ? `${/^\p{Lu}/u.test(bare) ? bare : `The ${bare}`} gave no number (${roleIn(u.unstated.what, ctx.index.story.lang, "en")}).` : `The story says ${roleIn(u.unstated.what, ctx.index.story.lang, "en")} was not given.`;
}

export function notGiven(ctx: Ctx, u: IndexedUnstated): Draft {
  const { lang } = ctx;
  const by = u.unstated.by;
  return {
    answered: true,
    intent: "count",
    parts: [
      pick(
        lang,
        // « pas de chiffre » first: what a reader looks for, then who gave none
        `Pas de chiffre : ce chiffre n'a pas été précisé${by ? ` par ${inSentence(by)} (${u.unstated.what})` : ""}.`,
        `That number was not given: ${by ? `the ${roleIn(by.replace(/^(?:les|le|la|l['’])\s*/i, ""), ctx.index.story.lang, "en").replace(/^the\s+/i, "")} did not specify the ${roleIn(u.unstated.what.replace(/^(?:les|le|la|l['’])\s*/i, ""), ctx.index.story.lang, "en").replace(/^the\s+/i, "")}` : `the dispatch says ${roleIn(u.unstated.what, ctx.index.story.lang, "en")} was not specified`}.`,
      ),
    ],
    cites: [u.unstated.sentence],
  };
}
