import type { Citation, Lang, QuotedFigure, QuotedSpeech } from "../engine/reply.js";
import type { Figure, Quote, Sentence, Story } from "../story/schema.js";
import type { Briefing } from "./types.js";

export interface ComposeOptions {
  lang: Lang;
  /**
   * The newest dispatch index of the last briefing this reader received. When the story has a
   * newer dispatch, the briefing leads with it; otherwise with the story's own lead.
   */
  sinceDispatch?: number | null;
  /** Caps keep a briefing readable in one chat message. */
  maxQuotes?: number;
  maxFigures?: number;
  maxPeople?: number;
}

const LEAD_SHORT = 140; // a first sentence shorter than this gets its follow-up sentence too

/** Composes the briefing from the structured story. Pure: same story and options, same briefing. */
export function composeBriefing(story: Story, opts: ComposeOptions): Briefing {
  const newest = newestDispatch(story);
  const isUpdate = opts.sinceDispatch != null && newest > opts.sinceDispatch;
  const fresh = (sentence: number) => isUpdate && story.sentences[sentence]?.dispatch === newest;

  const leadSentences = pickLead(story, isUpdate ? newest : firstDispatch(story));
  const lead = leadSentences.map((s, i) => (i === 0 ? stripDateline(story, s.text) : s.text)).join(" ");

  const quotes = rankQuotes(story.quotes, fresh).slice(0, opts.maxQuotes ?? 5).map(toQuotedSpeech);
  const figures = rankFigures(story.figures, fresh).slice(0, opts.maxFigures ?? 6).map(toQuotedFigure);
  const unstated = story.unstated.map((u) => ({ text: u.text, sentence: u.sentence }));
  const people = listPeople(story, fresh).slice(0, opts.maxPeople ?? 10);

  const cited = new Set<number>([
    ...leadSentences.map((s) => s.index),
    ...quotes.map((q) => q.sentence),
    ...figures.map((f) => f.sentence),
    ...unstated.map((u) => u.sentence),
  ]);
  const citations: Citation[] = [...cited]
    .sort((a, b) => a - b)
    .flatMap((i) => {
      const s = story.sentences[i];
      return s ? [{ sentence: i, text: s.text }] : [];
    });

  return {
    lang: opts.lang,
    // Stories saved before titles were trimmed may still end on a comma.
    title: story.title.replace(/[\s,;:]+$/, ""),
    lead,
    isUpdate,
    leadSentences: leadSentences.map((s) => s.index),
    people, quotes, figures, unstated, citations };
}

/** The index of the newest dispatch (0 for a story ingested once). */
export function newestDispatch(story: Story): number {
  let max = 0;
  for (const d of story.dispatches) max = Math.max(max, d.index);
  for (const s of story.sentences) max = Math.max(max, s.dispatch);
  return max;
}

function firstDispatch(story: Story): number {
  return story.sentences[0]?.dispatch ?? 0;
}

function pickLead(story: Story, dispatch: number): Sentence[] {
  const own = story.sentences.filter((s) => s.dispatch === dispatch);
  const [first, second] = own;
  if (!first) return story.sentences.slice(0, 1);
  return second && first.text.length < LEAD_SHORT ? [first, second] : [first];
}

/**
 * Wire copy opens with « PLACE, 12 mars (AFP) - »: the reader wants the news, not the slug line.
 * A later dispatch has its own dateline, so the shape is matched, not the story's dateline text.
 */
const WIRE_DATELINE = /^\p{Lu}[\p{Lu}\s'’.-]+,[^()]{0,40}\([^()]{1,20}\)\s*[-–—]+\s*/u;

function stripDateline(story: Story, text: string): string {
  const dl = story.dateline?.text.trim();
  let rest = text;
  if (dl && text.startsWith(dl)) rest = text.slice(dl.length).replace(/^[\s\-–—:,]+/, "");
  else rest = text.replace(WIRE_DATELINE, "");
  return rest.length > 0 ? rest : text;
}

function rankQuotes(quotes: Quote[], fresh: (s: number) => boolean): Quote[] {
  // Newest news first, then the speaker's own words before reported speech, then story order.
  return [...quotes].sort(
    (a, b) =>
      Number(fresh(b.sentence)) - Number(fresh(a.sentence)) ||
      Number(a.kind === "indirect") - Number(b.kind === "indirect") ||
      a.sentence - b.sentence,
  );
}

/** The counts a reader weighs; « deux généraux », dates and ages are just words of the story. */
const BRIEFED_FIGURES = new Set<Figure["category"]>(["troops", "equipment", "money", "distance", "percent"]);

function rankFigures(figures: Figure[], fresh: (s: number) => boolean): Figure[] {
  // Troop counts first: they are what such stories turn on.
  return figures
    .filter((f) => BRIEFED_FIGURES.has(f.category))
    .sort(
      (a, b) =>
        Number(b.category === "troops") - Number(a.category === "troops") ||
        Number(fresh(b.sentence)) - Number(fresh(a.sentence)) ||
        a.sentence - b.sentence,
    );
}

const toQuotedSpeech = (q: Quote): QuotedSpeech => ({ speaker: q.speaker, text: q.text, kind: q.kind, sentence: q.sentence });
const toQuotedFigure = (f: Figure): QuotedFigure => ({ text: f.text, claimedBy: f.claimedBy, sentence: f.sentence });

function listPeople(story: Story, fresh: (s: number) => boolean): Briefing["people"] {
  const spoke = new Set(story.quotes.map((q) => q.speaker));
  const entries = [
    ...story.speakers.map((s) => ({ e: s, spoke: spoke.has(s.name) })),
    ...story.people.map((p) => ({ e: p, spoke: spoke.has(p.name) })),
  ];
  const firstMention = (m: number[]) => (m.length ? Math.min(...m) : Number.MAX_SAFE_INTEGER);
  const seen = new Set<string>();
  return entries
    // In the order the story introduces them (its protagonists come first), news first in an update.
    .sort(
      (a, b) =>
        Number(b.e.mentions.some(fresh)) - Number(a.e.mentions.some(fresh)) ||
        firstMention(a.e.mentions) - firstMention(b.e.mentions) ||
        Number(b.spoke) - Number(a.spoke),
    )
    .filter(({ e }) => (seen.has(e.name) ? false : (seen.add(e.name), true)))
    .map(({ e, spoke }) => ({ name: e.name, role: e.role, spoke }));
}
