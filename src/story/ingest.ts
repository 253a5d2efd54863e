import { createHash } from "node:crypto";
import { extractFigures, extractUnstated, figureTokens, pledgerBefore, reportingClause } from "./figures/index.js";
import { joinPairs } from "./coref.js";
import { findMentions } from "./mentions.js";
import { rolesFromDescriptions } from "./roles.js";
import { countriesAsGovernments, type Entity, type EntityRegistry } from "./entities.js";
import { Story, type Figure, type Person, type Quote, type Speaker, type Unstated } from "./schema.js";
import { findDateline, splitSentences } from "./sentences.js";
import { aliasNations, mergeCapitals, SpeechReader, type RawQuote } from "./speech/index.js";
import { fold, stripArticle } from "./text.js";
import { identifyLanguage } from "./lang/identify.js";

export interface IngestOptions {
  slug: string;
}

/** Turns a dispatch into a structured story. Pure and synchronous; linear in the text's length. */
export function ingest(source: string, opts: IngestOptions): Story {
  const { dateline, bodyStart } = findDateline(source);
  const raw = splitSentences(source, bodyStart);
  const lang = identifyLanguage(source, "fr");
  const reader = new SpeechReader(lang);
  reader.registry.source = source;
  const figures: Figure[] = [];
  const unstated: Unstated[] = [];
  const places: Story["places"] = [];
  const dates: Story["dates"] = [];
  raw.forEach((s, i) => reader.read(i, s.text, s.paragraph));
  mergeCapitals(reader.registry, reader.quotes, reader.claims);
  joinPairs(reader.registry, source, reader.quotes, reader.claims);
  aliasNations(reader.registry, source);
  countriesAsGovernments(reader.registry, source, lang);
  rolesFromDescriptions(raw.map((s) => s.text), reader.registry.entities, (e, role, gender) => reader.registry.setRole(e, role, gender));

  const bySentence = new Map<number, RawQuote[]>();
  for (const q of [...reader.quotes, ...reader.claims.map((c) => ({ ...c, text: "", kind: "indirect" as const, verb: null }))]) {
    const list = bySentence.get(q.sentence);
    if (list) list.push(q);
    else bySentence.set(q.sentence, [q]);
  }
  const knownName = (phrase: string): string | null => (reader.registry.named(fold(stripArticle(phrase))) ?? reader.registry.bySurname(phrase))?.name ?? null;
  raw.forEach((s, i) => {
    const quotesHere = bySentence.get(i) ?? [];
    // One tokenisation for both scanners of the sentence.
    const toks = figureTokens(s.text);
    const reported = closingSource(s.text, knownName);
    for (const f of extractFigures(s.text, toks, lang)) {
      figures.push({
        value: f.value,
        ...(f.valueMax !== undefined ? { valueMax: f.valueMax } : {}),
        approx: f.approx,
        unit: f.unit,
        category: f.category,
        text: f.text,
        sentence: i,
        claimedBy: claimant(quotesHere, f.start, f.end) ?? pledger(reader.registry, s.text, f.start, lang) ?? reported(f.end),
        counted: f.counted,
      });
    }
    for (const u of extractUnstated(s.text, toks)) unstated.push({ ...u, sentence: i });
    const m = findMentions(s.text);
    for (const p of m.places) places.push({ text: p, sentence: i });
    for (const d of m.dates) dates.push({ text: d, sentence: i });
  });
  if (dateline?.place && !places.some((p) => p.text === dateline.place)) places.unshift({ text: dateline.place, sentence: 0 });

  // Speakers: whoever is given words, or announces or confirms something.
  const quoted = new Set([...reader.quotes, ...reader.claims].map((q) => q.entity));
  const speakers: Speaker[] = [];
  const people: Person[] = [];
  for (const e of reader.registry.entities) {
    const spoke = quoted.has(e);
    if (!spoke && e.kind !== "person") continue;
    const entry = toSpeaker(e);
    if (spoke) speakers.push(entry);
    else if (e.kind === "person") people.push({ ...entry, kind: "person" });
  }
  const quotes: Quote[] = dedupeQuotes(reader.quotes).map((q) => ({
    speaker: q.entity.name,
    text: q.text,
    kind: q.kind,
    sentence: q.sentence,
    verb: q.verb,
  }));

  const sentences = raw.map((s, i) => ({ index: i, paragraph: s.paragraph, dispatch: 0, text: s.text, start: s.start, end: s.end }));
  return Story.parse({
    schemaVersion: 1,
    slug: opts.slug,
    lang,
    title: titleOf(sentences[0]?.text ?? ""),
    dateline,
    dispatches: [{ index: 0, sha256: createHash("sha256").update(source).digest("hex"), firstSentence: 0, sentenceCount: sentences.length }],
    sentences,
    speakers,
    people,
    quotes,
    figures,
    unstated,
    places,
    dates,
  });
}

function toSpeaker(e: Entity): Speaker {
  const aliases = [...e.aliases].map((a) => a.trim()).filter((a) => a && a !== e.name && stripArticle(a) !== e.name);
  return {
    name: e.name,
    aliases: [...new Set(aliases)],
    kind: e.kind,
    role: e.role,
    gender: e.gender,
    mentions: [...e.mentions].sort((a, b) => a - b),
  };
}

/**
 * The source of the sentence's closing reporting clause for a figure ending at `end` before it: the
 * clause read once, and only when a figure no quote carries asks for it.
 */
function closingSource(sentence: string, knownName: (phrase: string) => string | null): (end: number) => string | null {
  let closing: ReturnType<typeof reportingClause> | undefined;
  return (end) => {
    if (closing === undefined) closing = reportingClause(sentence, knownName);
    return closing && end <= closing.start ? closing.source : null;
  };
}

/** Who gives a number: the speaker whose words contain it, the smallest such span first. */
function claimant(quotes: RawQuote[], start: number, end: number): string | null {
  const around = quotes.filter((q) => q.start <= start && q.end >= end).sort((a, b) => a.end - a.start - (b.end - b.start));
  return around[0]?.entity.name ?? null;
}

/** Who commits to a figure no quote carries (« X pledged 500 troops »): a known entity, or nobody. */
function pledger(registry: EntityRegistry, sentence: string, start: number, lang: "fr" | "en"): string | null {
  const np = pledgerBefore(sentence, start, lang);
  if (!np) return null;
  const key = fold(stripArticle(np));
  const named = registry.named(key);
  return (named ?? registry.bySurname(np))?.name ?? null;
}

/** The same words attributed twice (a clause found by two frames) count once. */
function dedupeQuotes(quotes: RawQuote[]): RawQuote[] {
  const seen = new Set<string>();
  return quotes
    .slice()
    .sort((a, b) => a.sentence - b.sentence || a.start - b.start)
    .filter((q) => {
      const key = `${q.sentence}|${q.kind}|${q.text}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/** The lead sentence's main clause, short enough for a title. */
function titleOf(lead: string): string {
  // A clause cut before « afin », « pour »… may end on the comma that opened an apposition: a title never does.
  const cut = (lead.split(/,\s+(?:a|ont)\s+(?:annoncé|indiqué|déclaré|précisé|affirmé)|\s+afin\s+|\s+pour\s+/)[0] ?? lead).replace(/[\s,;:]+$/, "");
  return cut.length > 140 ? `${cut.slice(0, 137).replace(/\s+\S*$/, "").replace(/[\s,;:]+$/, "")}…` : cut;
}
