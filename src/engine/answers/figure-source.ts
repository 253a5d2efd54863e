import type { Draft } from "../compose.js";
import { excerpt, guillemets, pick } from "../compose.js";
import type { Ctx } from "../context.js";
import { coverage } from "../evidence.js";
import type { IndexedFigure } from "../index.js";
import { claimantIn } from "../labels.js";
import type { Term } from "../query.js";
import type { Lang } from "../reply.js";

/*
 * « qui a donné ces chiffres sur les drones ? », "who compiled the clinic figures?", "according to
 * who?" after a count: the question asks where figures come from. News writing gives a figure's
 * source beside it (« selon l'institut X », "according to figures from Y", « rapporte le ministère »),
 * which the story's figures keep as their claimant: the answer is the claimant of the figures the
 * question's topic points to, or of the figures the last answer gave.
 */

/** Nouns for numbers themselves (« ces chiffres », "the figures"), per language (folded). */
const FIGURE_NOUNS: Record<Lang, ReadonlySet<string>> = {
  en: new Set("figure figures number numbers data statistics stats count toll tally estimate estimates".split(" ")),
  fr: new Set("chiffre chiffres nombre nombres donnees statistiques stats bilan decompte estimation estimations".split(" ")),
};

/** Whether a folded word names numbers themselves, in either language. */
export const isFigureNoun = (w: string): boolean => FIGURE_NOUNS.en.has(w) || FIGURE_NOUNS.fr.has(w);

/** Words that ask for a source (« la source du chiffre », "where does it come from"), per language (folded): no topic of the figures. */
const SOURCE_WORDS: Record<Lang, ReadonlySet<string>> = {
  en: new Set("source sources come comes came origin behind".split(" ")),
  fr: new Set("source sources provient proviennent vient viennent origine provenance".split(" ")),
};
const isSourceWord = (w: string): boolean => SOURCE_WORDS.en.has(w) || SOURCE_WORDS.fr.has(w);

/** How much of the topic a sentence must hold for its figures to be the ones asked about. */
const TOPIC_MIN = 0.5;
/** At most this many sources are named for figures the topic points to equally. */
const SOURCES_MAX = 3;

/**
 * The source of the figures asked about: those of the sentences that best hold `topic` (the
 * question's words beside its figure noun and its verb), else, with no topic, those the last answer
 * cited. null when no figure is pointed to, or none of them has a source (the other answers then try).
 */
export function figureSource(ctx: Ctx, topic: readonly Term[]): Draft | null {
  const { index, lang } = ctx;
  const subject = topic.filter((t) => !isFigureNoun(t.word) && !isSourceWord(t.word));
  let chosen: IndexedFigure[] = [];
  if (subject.length) {
    let best = 0;
    for (const f of index.figures) {
      const share = coverage(ctx, index.sentences[f.figure.sentence]!.keys, subject).share;
      if (share < TOPIC_MIN || share < best - 1e-9) continue;
      if (share > best + 1e-9) [best, chosen] = [share, []];
      chosen.push(f);
    }
  } else {
    const previous = new Set(ctx.previous ?? []);
    chosen = index.figures.filter((f) => previous.has(f.figure.sentence));
  }
  // (a date beside the figures, « en 2022 », is when they hold, not one of them)
  const claimed = chosen.filter((f) => f.figure.claimedBy && f.figure.category !== "date");
  if (!claimed.length) return null;
  const story = index.story;
  const lines: string[] = [];
  const seen = new Set<string>();
  for (const { figure: f } of claimed) {
    if (seen.has(f.claimedBy!) || seen.size >= SOURCES_MAX) continue;
    seen.add(f.claimedBy!);
    const who = claimantIn(f.claimedBy!, story.sentences[f.sentence]?.text ?? "", story.lang, lang);
    lines.push(`${who.charAt(0).toUpperCase()}${who.slice(1)} (${guillemets(f.text)})`);
  }
  const first = claimed[0]!.figure;
  const cites = [...new Set(claimed.filter((f) => seen.has(f.figure.claimedBy!)).map((f) => f.figure.sentence))];
  return {
    answered: true,
    intent: "claimant",
    parts: [`${lines.join(pick(lang, " ; ", "; "))}.`, guillemets(excerpt(story.sentences[first.sentence]?.text ?? first.text, 300, first.text))],
    cites,
    figures: claimed.filter((f) => seen.has(f.figure.claimedBy!)).map((f) => ({ text: f.figure.text, claimedBy: f.figure.claimedBy, sentence: f.figure.sentence })),
    focus: first.claimedBy,
  };
}
