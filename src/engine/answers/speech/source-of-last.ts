// « who says that? », « selon qui ? »: the source of the last answer.
import type { Draft } from "../../compose.js";
import { guillemets, pick } from "../../compose.js";
import type { Ctx } from "../../context.js";
import type { Entity } from "../../index.js";
import { entitiesIn } from "../../mentions.js";
import { claimantIn, describedIn } from "../../labels.js";
import { allStances } from "../stance.js";
import { stanceDraft } from "./shown.js";
import { answerWho } from "./who-said.js";

/**
 * « who says that? », « selon qui ? », "according to whom?": a question with no words of its own that
 * asks the source of the last answer, per language (folded, its closing punctuation dropped).
 */
const SOURCE_OF_LAST: Record<"en" | "fr", RegExp> = {
  en: /^(?:and |but |so |ok |okay |wait )?(?:who (?:says|said|claims|claimed|reports|reported|states|stated|gives|gave|told us) (?:that|this|it|so|those|these)(?: figures?| numbers?)?|says who|according to whom?|who(?:'s| is) saying (?:that|this|it|so)|(?:what|which) (?:is|was|'s) (?:the|their|its) source|(?:the )?source)$/,
  fr: /^(?:et |mais |alors |ok )?(?:(?:c'est )?qui (?:est-ce )?(?:qui )?(?:dit|a dit|affirme|a affirme|avance|le dit|l'a dit|l'affirme|donne (?:ce|ces) chiffres?)(?: (?:ca|cela|ceci|ca au juste))?|selon qui|d'apres qui|de quelle source|quelle (?:est (?:la|sa) )?source|(?:la )?source)$/,
};

/** A sentence that opens on words in quotation marks, then a frame: a verb in lower case and a person's name within a few words. */
const OPENING_QUOTE_FRAME = /^\s*[«“"][^«»“”"]{8,}[»”"]\s*,?\s*((?:\p{Ll}[\p{L}'’-]*\s+){1,4})/u;

/** The person a sentence's frame gives its opening quoted words to (« «…», rappelle X »), when the story's own reading left them to no one. */
function framedSpeaker(ctx: Ctx, sentence: number): Entity | null {
  const text = ctx.index.story.sentences[sentence]?.text ?? "";
  const m = OPENING_QUOTE_FRAME.exec(text);
  if (!m) return null;
  const rest = text.slice(m[0].length);
  const first = entitiesIn(ctx.index, rest, true)[0];
  return first && first.at <= 2 ? first.entity : null;
}

/** Whether the question only asks who the source of the last answer is. */
export function asksSourceOfLast(folded: string): boolean {
  const q = folded.trim().replace(/[?!.\s]+$/u, "").replace(/\s+/g, " ");
  return SOURCE_OF_LAST.en.test(q) || SOURCE_OF_LAST.fr.test(q);
}

/**
 * The source of the last answer (« who says that? » after a figure or a statement): who gives the
 * figures it gave, else who speaks in the first sentence it cited, else that the story states it
 * itself. null when the question asks something else or no answer came before.
 */
export function sourceOfLast(ctx: Ctx, given: readonly { text: string; sentence: number }[]): Draft | null {
  const previous = ctx.previous ?? [];
  if (!previous.length || !asksSourceOfLast(ctx.query.folded)) return null;
  const { index, lang } = ctx;
  const story = index.story;
  const figures = given.flatMap((g) => story.figures.filter((f) => f.sentence === g.sentence && f.text === g.text));
  const lines: string[] = [];
  const seen = new Set<string>();
  for (const f of figures) {
    if (!f.claimedBy || seen.has(f.claimedBy)) continue;
    seen.add(f.claimedBy);
    const who = claimantIn(f.claimedBy, story.sentences[f.sentence]?.text ?? "", story.lang, lang);
    lines.push(`${who.charAt(0).toUpperCase()}${who.slice(1)} (${guillemets(f.text)})`);
  }
  if (lines.length) {
    const cites = [...new Set(figures.filter((f) => f.claimedBy).map((f) => f.sentence))];
    return { answered: true, intent: "who_said", parts: [`${lines.join(pick(lang, " ; ", "; "))}.`], cites, focus: figures.find((f) => f.claimedBy)?.claimedBy ?? null };
  }
  // the words of the first sentence the last answer cited: their speaker, quoted or reported
  for (const s of previous) {
    const q = story.quotes.find((x) => x.sentence === s && x.kind === "direct") ?? story.quotes.find((x) => x.sentence === s);
    if (q) return answerWho(ctx, q, "who_said");
    const position = allStances(index).find((x) => x.stance.sentence === s);
    if (position) return stanceDraft(ctx, position.entity, [position.stance], "who_said");
    // « «65 % des …», souligne ainsi X, pharmacienne. »: words in quotation marks the frame after them gives to someone named
    const framed = framedSpeaker(ctx, s);
    if (framed) {
      return {
        answered: true,
        intent: "who_said",
        parts: [`${describedIn(framed, story.lang, lang)}.`],
        cites: [s],
        focus: framed.name,
      };
    }
  }
  return {
    answered: true,
    intent: "who_said",
    parts: [pick(lang, "La dépêche l'écrit elle-même, sans l'attribuer à une source.", "The story states it itself, without giving a source for it.")],
    cites: previous.slice(0, 1),
  };
}
