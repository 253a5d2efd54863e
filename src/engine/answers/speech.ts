import type { Quote } from "../../story/schema.js";
import type { Draft } from "../compose.js";
import { excerpt, fit, guillemets, pick, snippet } from "../compose.js";
import type { Ctx } from "../context.js";
import { topicTerms } from "../context.js";
import type { Entity } from "../index.js";
import { keysOf } from "../index.js";
import { entityByName } from "../entities.js";
import { displayName } from "../mentions.js";
import type { QuotedSpeech } from "../reply.js";
import { contentTokens, fold } from "../text.js";
import { decline } from "./general.js";

function speech(q: Quote): QuotedSpeech {
  return { speaker: q.speaker, text: q.text, kind: q.kind, sentence: q.sentence };
}

/** A quote's fit to the question's subject: its own words first, its sentence's as a hint. */
function quoteScore(ctx: Ctx, q: Quote, terms = topicTerms(ctx)): number {
  const own = ctx.index.quoteKeys.get(q);
  const sentence = ctx.index.sentences[q.sentence]?.keys;
  return (own ? ctx.m.score(own, terms) : 0) + (sentence ? 0.3 * ctx.m.score(sentence, terms) : 0);
}

/** Drops quotes contained in a longer one already shown (an embedded « … » inside reported speech). */
function distinct(quotes: Quote[]): Quote[] {
  return quotes.filter((q) => !quotes.some((o) => o.text.length > q.text.length && fold(o.text).includes(fold(q.text))));
}

/** What someone said: the quotes on the question's subject first, direct before reported. */
export function said(ctx: Ctx): Draft {
  const { lang, index } = ctx;
  const e = ctx.entity;
  if (!e) return decline(ctx, pick(lang, "Je ne trouve pas cette personne dans la dépêche.", "I cannot find that person in the story."));
  if (!e.quotes.length) return notQuoted(ctx, e);
  const terms = topicTerms(ctx);
  const scored = distinct(e.quotes).map((q) => ({ q, s: quoteScore(ctx, q, terms) }));
  scored.sort((a, b) => b.s - a.s || (a.q.kind === "direct" ? 0 : 1) - (b.q.kind === "direct" ? 0 : 1) || a.q.sentence - b.q.sentence);
  const head = e.role ? `${displayName(e)} (${e.role})` : displayName(e);
  const lines: string[] = [];
  const used: Quote[] = [];
  let budget = 640 - head.length;
  for (const { q } of scored) {
    const line = `${guillemets(q.text)}${q.kind === "indirect" ? pick(lang, " (propos rapportés)", " (reported)") : ""}`;
    if (line.length > budget && used.length) continue;
    lines.push(line.length > budget ? guillemets(excerpt(q.text, budget - 10)) : line);
    used.push(q);
    budget -= line.length + 3;
    if (budget < 40) break;
  }
  const text = fit([`${head}${pick(lang, " : ", ": ")}${lines.join(" ; ")}`]);
  return { answered: true, intent: "said", parts: [text], cites: used.map((q) => q.sentence), quotes: used.map(speech), focus: e.name };
}

// « X said … », « X, the minister, told reporters … », « X a estimé que … »: the verb after the name
const REPORTED_AFTER =
  /^(?:\s*,[^,.;«»"“”]{1,90},)?\s+(?:has |had |also |then |later |on \w+ )?(?:said|says|told|warned|added|argued|explained|wrote|stated|announced|insisted|noted|claimed|acknowledged|admitted|urged|asked|a (?:déclaré|affirmé|dit|indiqué|estimé|expliqué|ajouté|annoncé|assuré|prévenu|souligné|jugé|reconnu|demandé|averti|mis en garde|dénoncé|rappelé|précisé|promis|plaidé)|affirme|estime|déclare|explique|assure|souligne|juge|rappelle|dénonce|demande|prévient|avertit|plaide)\b[\s,]*(?:that |que |qu['’])?(.+)$/iu;
// « selon X, … », « according to X, … »
const ACCORDING = /\b(?:selon|d['’]après|according to)\s*$/iu;

/** What a sentence reports someone as saying without quotation marks, when it does. */
export function reportedClause(text: string, names: string[]): string | null {
  for (const n of names) {
    const at = text.indexOf(n);
    if (at < 0) continue;
    const m = REPORTED_AFTER.exec(text.slice(at + n.length));
    if (m?.[1] && m[1].split(/\s+/).length >= 3) return m[1].replace(/[.\s]+$/, "");
    if (ACCORDING.test(text.slice(0, at))) {
      const rest = text.slice(at + n.length).replace(/^[^,]*,\s*/, "");
      if (rest.split(/\s+/).length >= 3) return rest.replace(/[.\s]+$/, "");
    }
  }
  return null;
}

/** Someone named but never quoted: what the story reports them saying, or said plainly that it reports nothing. */
function notQuoted(ctx: Ctx, e: Entity): Draft {
  const { lang, index } = ctx;
  const terms = topicTerms(ctx);
  const sentences = [...new Set([...e.mentions])].map((i) => index.sentences[i]).filter((s) => s !== undefined);
  sentences.sort((a, b) => ctx.m.score(b.keys, terms) - ctx.m.score(a.keys, terms) || a.index - b.index);
  const names = [e.name, ...e.aliases, ...e.nameWords].filter((n) => n.length > 2).sort((a, b) => b.length - a.length);
  const reported = sentences.map((s) => ({ s, clause: reportedClause(index.story.sentences[s.index]!.text, names) })).filter((x) => x.clause);
  if (reported.length) {
    const lines = reported.slice(0, 2).map((x) => guillemets(excerpt(x.clause!, 300)));
    return {
      answered: true,
      intent: "said",
      parts: [pick(lang, `${displayName(e)}, selon la dépêche (propos rapportés) : ${lines.join(" ; ")}.`, `${displayName(e)}, as the story reports it (not a direct quote): ${lines.join("; ")}.`)],
      cites: reported.slice(0, 2).map((x) => x.s.index),
      focus: e.name,
    };
  }
  const chosen = sentences.slice(0, 2);
  const parts = [pick(lang, `${e.name} n'est pas cité${e.gender === "f" ? "e" : ""} dans la dépêche (aucune citation directe ni propos rapportés).`, `${e.name} is not quoted in the story (no direct or reported speech).`)];
  if (chosen.length) parts.push(pick(lang, `La dépêche le mentionne en ${chosen.map((s) => s.index + 1).join(", ")}.`, `The story mentions ${e.gender === "f" ? "her" : e.gender === "m" ? "him" : "it"} in sentence ${chosen.map((s) => s.index + 1).join(", ")}.`));
  return { answered: true, intent: "said", parts, cites: chosen.map((s) => s.index), focus: e.name };
}

function answerWho(ctx: Ctx, q: Quote, intent: string): Draft {
  const { lang, index } = ctx;
  const e = entityByName(index, q.speaker);
  const who = e ? `${displayName(e)}${e.role ? ` (${e.role})` : ""}` : q.speaker;
  const sentence = index.story.sentences[q.sentence]?.text ?? q.text;
  return {
    answered: true,
    intent,
    parts: [
      pick(lang, `${who} : ${guillemets(excerpt(q.text, 260))}${q.kind === "indirect" ? " (propos rapportés)" : ""}.`, `${who} said it: ${guillemets(excerpt(q.text, 260))}${q.kind === "indirect" ? " (reported speech)" : ""}.`),
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
  let best: { q: Quote; s: number } | null = null;
  for (const q of quotes) {
    const own = index.quoteKeys.get(q);
    const sentence = index.sentences[q.sentence]?.keys;
    // the reporting verb (« a dénoncé ») answers « who denounced … » as much as the words do
    const verb = q.verb ? keysOf(q.verb) : null;
    const s = (own ? ctx.m.score(own, terms) : 0) + (sentence ? 0.5 * ctx.m.score(sentence, terms) : 0) + (verb ? ctx.m.score(verb, terms) : 0);
    if (!best || s > best.s || (s === best.s && q.kind === "direct" && best.q.kind !== "direct")) best = { q, s };
  }
  if (best && total > 0 && best.s / total >= 0.45) return answerWho(ctx, best.q, "who_said");
  return decline(ctx, pick(lang, "Je ne trouve pas ces propos dans la dépêche.", "I cannot find those words in the story."));
}
