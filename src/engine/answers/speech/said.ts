// « what did X say (about Y) »: someone's statements chosen by the question's subject.
import type { Quote } from "../../../story/schema.js";
import type { Draft } from "../../compose.js";
import { excerpt, fit, pick } from "../../compose.js";
import type { Ctx } from "../../context.js";
import { topicTerms } from "../../context.js";
import { keysOf } from "../../index.js";
import { entityByName } from "../../entities.js";
import { describedIn, nameIn } from "../../labels.js";
import { fold, words } from "../../text.js";
import { speechLexicon } from "../../../story/lang/index.js";
import { decline } from "../general.js";
import { ownSentences, speaksFor, stancesOf, tellingVerb, withoutFrame, type Stance } from "../stance.js";
import { ASKING_WORDS, ON_SUBJECT, askedSubject } from "./ask.js";
import { describing } from "./describe.js";
import { notQuoted } from "./not-quoted.js";
import { clauseAfterVerb, distinct, reportedShort, shownQuote, speech, stanceDraft, statements } from "./shown.js";
import { describedClause, shadowsOf } from "./speaker.js";
import { stanceKeys } from "./stance-keys.js";
import { offTopicSpeech, quoteScore } from "./topic.js";
import { asksWhetherSaid, saidYesNo } from "./yes-no.js";

/**
 * Someone's words when they answer a factual question about them (« what does X suspect about
 * steel » where the story reports X's suspicion): only when a quote of theirs holds at least half
 * of the question's subject matter. null otherwise: the question is not answered by their words.
 */
export function saidOnTopic(ctx: Ctx): Draft | null {
  const e = ctx.entity;
  if (!e?.quotes.length) return null;
  // words the story never uses say nothing of which quote answers (« going », « really »)
  // nor do names and offices (« the US », « the minister »): the quote must hold what is asked of them
  const terms = topicTerms(ctx).filter(
    (t) => !ASKING_WORDS.has(t.word) && ctx.index.sentences.some((s) => ctx.m.found(s.keys, [t]).length > 0) && !ctx.index.entities.some((x) => ctx.m.found(x.keys, [t]).length > 0),
  );
  const total = terms.reduce((n, t) => n + ctx.m.weight(t), 0);
  if (!total) return null;
  const best = Math.max(...e.quotes.map((q) => {
    const own = ctx.index.quoteKeys.get(q);
    return own ? ctx.m.score(own, terms) : 0;
  }));
  return best / total >= 0.5 ? said(ctx) : null;
}

/** How many words of reported speech are shown around the question's subject: fewer than the dozen a pasted run starts at. */
const WINDOW = 11;

/** How many sentences before someone's words may set out the subject they speak to. */
const NEAR = 2;

/**
 * The words a question asks someone's statements about (« about the villagers »): its subject
 * matter the story speaks of, not the asking words.
 */
function askedOf(ctx: Ctx, terms: ReturnType<typeof topicTerms>): ReturnType<typeof topicTerms> {
  // the words after « about », « sur »: « what did she warn X about » asks no subject of X's words
  const y = askedSubject(ctx.query.raw);
  if (!y) return [];
  const ys = new Set(words(fold(y)));
  return terms.filter((t) => ys.has(t.word) && !ASKING_WORDS.has(t.word) && ctx.index.sentences.some((x) => ctx.m.found(x.keys, [t]).length > 0));
}

/** Of a quote of several sentences, those that hold the subject, the others left out with « … ». */
function sentencesOn(ctx: Ctx, text: string, subject: ReturnType<typeof topicTerms>): string {
  const parts = text.split(/(?<=[.!?…])\s+(?=[\p{Lu}«“"])/u);
  if (parts.length < 2) return text;
  const en = ctx.index.story.lang === "en";
  const keep = parts.map((p) => ctx.m.score(keysOf(p, false, en), subject) > 0);
  if (!keep.includes(true)) return text;
  const out: string[] = [];
  keep.forEach((k, i) => {
    if (k) out.push(parts[i]!);
    else if (out[out.length - 1] !== "…") out.push("…");
  });
  return out.join(" ");
}

/** A subject, then an apposition set off by commas, then the clause going on in lower case (« X, la première, visait … »). */
const APPOSED = /^([^,;:«»“”]{3,60}?),\s+[^,;:«»“”]{3,80}?,\s+(?=\p{Ll})/u;

/** What someone said: the quotes on the question's subject first, direct before reported. */
export function said(ctx: Ctx): Draft {
  const { lang, index } = ctx;
  const e = ctx.entity;
  if (!e) return decline(ctx, pick(lang, "Je ne trouve pas cette personne dans la dépêche.", "I cannot find that person in the story."));
  const all = [...e.quotes, ...shadowsOf(ctx, e).flatMap((x) => x.quotes)];
  const d = describing(ctx);
  if (d) return d;
  if (!all.length) return notQuoted(ctx, e);
  // « did X say / deny / confirm … ? »: read against X's statements, not answered with all of them
  const yn = asksWhetherSaid(ctx) ? saidYesNo(ctx, e, all) : null;
  if (yn) return yn;
  const terms = topicTerms(ctx);
  const scored = distinct(all).map((q) => ({ q, s: quoteScore(ctx, q, terms) }));
  scored.sort((a, b) => b.s - a.s || (a.q.kind === "direct" ? 0 : 1) - (b.q.kind === "direct" ? 0 : 1) || a.q.sentence - b.q.sentence);
  // what the story reports them holding outside their quotes (« X called for an inquiry into the
  // accident ») answers a question on its subject better than quotes on something else
  if (terms.length) {
    const quoted = new Set(all.map((q) => q.sentence));
    const en = index.story.lang === "en";
    let top: { x: Stance; s: number } | null = null;
    for (const x of stancesOf(index, e, ownSentences(index, e, [...quoted]))) {
      if (x.declined || quoted.has(x.sentence)) continue;
      const sc = ctx.m.score(stanceKeys(x, en), terms) + 0.3 * ctx.m.score(index.sentences[x.sentence]?.keys ?? new Set(), terms);
      if (!top || sc > top.s) top = { x, s: sc };
    }
    if (top && top.s > 0 && top.s > scored[0]!.s) return stanceDraft(ctx, e, [top.x]);
  }
  // every quote, those on the question's subject first, each whole: readers' words often miss the
  // quote or the sentence of it that answers them (measured on eval/questions: keeping only the
  // quotes on the subject, or only their sentences on it, lost more answers than it won)
  // « what did X say about Y »: when some of X's statements hold Y in their own words (its stem, a
  // synonym, a translation), those alone answer, not X's words on other things
  const ySubject = ON_SUBJECT.test(ctx.query.folded) ? askedOf(ctx, terms) : [];
  const ownOnY = (q: Quote) => {
    const own = index.quoteKeys.get(q);
    return own ? ctx.m.score(own, ySubject) : 0;
  };
  const onY = ySubject.length ? scored.filter(({ q }) => ownOnY(q) > 0) : [];
  const chosen = onY.length ? onY : scored;
  const head = describedIn(e, index.story.lang, lang);
  // « Le général a indiqué que Moscou … »: words on the subject the story gives under a description of them
  const described = terms.length && !(scored[0]!.s > 0) ? describedClause(ctx, e, terms) : null;
  if (described) {
    // reported, so never in « » as if these were the speaker's words
    const line = reportedShort(index.story.lang, described.clause);
    return { answered: true, intent: "said", parts: [fit([`${head}${pick(lang, ", selon la dépêche (propos rapportés) : ", ", as the story reports it (not a direct quote): ")}${line}`])], cites: [described.sentence], focus: e.name };
  }
  // « what did X say about Y » where none of X's words, nor the sentences around them, speak of Y
  // (the story's words for Y, not a paraphrase it never uses): what the story reports X holding
  // on Y, or said plainly that X is quoted but not on Y, never their words on something else
  const subject = ON_SUBJECT.test(ctx.query.folded) && !(scored[0]!.s > 0) ? terms.filter((t) => !ASKING_WORDS.has(t.word) && index.sentences.some((x) => ctx.m.found(x.keys, [t]).length > 0)) : [];
  // a quote often speaks to a subject the story set out paragraphs before it, without its word
  const setOutBefore = (q: Quote) => index.sentences.slice(Math.max(0, q.sentence - NEAR), q.sentence).some((x) => ctx.m.score(x.keys, subject) > 0);
  if (subject.length && offTopicSpeech(ctx) && !all.some(setOutBefore)) {
    const onY = stancesOf(index, e, ownSentences(index, e, all.map((q) => q.sentence))).filter((x) => !x.declined && ctx.m.score(index.sentences[x.sentence]?.keys ?? new Set(), subject) > 0);
    if (onY.length) return stanceDraft(ctx, e, onY);
    const y = askedSubject(ctx.query.raw);
    const name = nameIn(e, index.story.lang, lang);
    return {
      answered: false,
      intent: "said",
      parts: [
        y
          ? pick(lang, `${name} est cité${e.gender === "f" ? "e" : ""} dans la dépêche, mais pas sur ${y}.`, `${name} is quoted in the story, but not on ${y}.`)
          : pick(lang, `${name} est cité${e.gender === "f" ? "e" : ""} dans la dépêche, mais pas sur ce sujet.`, `${name} is quoted in the story, but not on that subject.`),
      ],
      cites: [all[0]!.sentence],
      focus: e.name,
    };
  }
  const lines: string[] = [];
  const used: Quote[] = [];
  let budget = 600 - head.length;
  // reported speech is never put in « » as if these were the speaker's words: it is said to be reported
  const allReported = chosen.every(({ q }) => q.kind === "indirect");
  const mark = pick(lang, "(propos rapportés) ", "(reported) ");
  // reported speech that joins two statements (« que A, et que B ») shows them as two
  const show = (q: Quote, t: string, cut = false) => (q.kind === "direct" ? shownQuote(ctx, e, q, cut && onY.length ? sentencesOn(ctx, t, ySubject) : t) : `${allReported ? "" : mark}${reported(q, t, cut)}`);
  // reported words: without the attribution their span may hold, with a verb that says more than
  // « said » (« urged the council to … »), the statements they join shown as two
  const reported = (q: Quote, t: string, cut: boolean) => {
    const own = withoutFrame(index.story.lang, e, t) ?? t;
    const text = statements(own).map((x) => reportedShort(index.story.lang, cut ? around(x.trim()) : x.trim())).join(pick(lang, " ; ", "; "));
    if (!tellingVerb(index.story.lang, q.verb)) return text;
    // the verb leads, as the story writes it, within a pasted sentence's length only: longer
    // reported words stand alone (the cited sentence beneath the answer holds the verb)
    const verb = q.verb!.replace(/-t-(?:il|elle|ils|elles)$|-(?:il|elle|ils|elles)$/u, "");
    const joined = `${verb} ${clauseAfterVerb(index.story.lang, verb, text)}`;
    return joined.split(/\s+/).length <= 11 && !text.startsWith("…") ? joined : text;
  };
  // « what did X say about Y »: reported words are shown where they speak of Y, a few words around
  // it, not the whole clause (the cited sentence beneath the answer holds it whole)
  function around(text: string): string {
    // a when or where is said after the subject, past any window: the whole statement
    if (!terms.length || ctx.reading.also.includes("when") || ctx.reading.also.includes("where")) return text;
    const en = ctx.index.story.lang === "en";
    // « Cette visite, la deuxième en un an, visait à … »: an apposition between the subject asked
    // about and its verb is set aside, so the window holds what is said of the subject
    const app = APPOSED.exec(text);
    if (app && ctx.m.found(keysOf(app[1]!, false, en), terms).length > 0) text = `${app[1]} … ${text.slice(app[0].length)}`;
    const ws = text.split(/\s+/);
    if (ws.length <= WINDOW + 2) return text;
    const hit = ws.map((w) => ctx.m.found(keysOf(w, false, en), terms).length > 0);
    if (!hit.includes(true)) return text;
    // the window holding most of the subject's words, opening just before the first of them:
    // what is said of a subject mostly follows it
    let start = 0;
    let most = -1;
    for (let i = 0; i < ws.length; i++) {
      if (!hit[i]) continue;
      const from = Math.max(0, i - 1);
      const n = hit.slice(from, from + WINDOW).filter(Boolean).length;
      if (n > most) {
        most = n;
        start = from;
      }
    }
    start = Math.min(start, Math.max(0, ws.length - WINDOW));
    let end = Math.min(ws.length, start + WINDOW);
    // words the story quotes inside the clause are kept whole: they are the speaker's own
    const opened = ws.slice(start, end).join(" ");
    if ((opened.match(/[«“]/g) ?? []).length > (opened.match(/[»”]/g) ?? []).length) {
      const close = ws.findIndex((w, i) => i >= end && /[»”]/.test(w));
      if (close >= 0) end = close + 1;
    }
    // the closing ellipsis glued to the last word, which a mark standing alone would lengthen into a pasted run
    return `${start > 0 ? "… " : ""}${ws.slice(start, end).join(" ").replace(/[,;:]$/, "")}${end < ws.length ? "…" : ""}`;
  }
  // « X praised A and warned that B »: a reported statement whose sentence gives X another act of speech
  // before it, which ingest left out of the quote: that act, from its verb to the statement's, shown first
  function actBefore(q: Quote): string | null {
    if (q.kind !== "indirect" || !q.verb) return null;
    const x = stancesOf(index, e!, [q.sentence])[0];
    const text = index.story.sentences[q.sentence]?.text ?? "";
    // (an act that says more than « said »: « said » before a reported statement frames that statement itself)
    if (!x || x.declined || fold(x.verb) === fold(q.verb) || !tellingVerb(index.story.lang, x.verb)) return null;
    // the act opens before the statement and its clause runs on to the statement's own verb
    const at = text.indexOf(x.verb);
    const to = x.clause.indexOf(q.verb);
    if (at < 0 || at >= text.indexOf(q.text) || q.text.includes(x.verb) || to <= 0) return null;
    // (the word that lets the second verb share the subject goes: the two acts are shown as two)
    const act = x.clause.slice(0, to).replace(speechLexicon(index.story.lang).sharedSubject, "").replace(/[\s,;]+$/u, "").trim();
    const n = act.split(/\s+/).length;
    if (!act || n > WINDOW) return null;
    return `${allReported ? "" : mark}${x.verb} ${act}${pick(lang, " ; ", "; ")}`;
  }
  // words said for them (« Brenner's office said … ») say through whom
  const via = (q: Quote) => (q.speaker !== e.name && speaksFor(index.story.lang, entityByName(index, q.speaker) ?? e, e) ? ` (${q.speaker})` : "");
  for (const { q } of chosen) {
    const line = `${actBefore(q) ?? ""}${show(q, q.text, true)}${via(q)}`;
    // two fragments of one sentence frame alike: the frame is shown once
    if (lines.includes(line)) continue;
    if (line.length > budget && used.length) continue;
    const cut = line.length > budget ? show(q, excerpt(q.text, budget - 30)) : line;
    lines.push(cut);
    used.push(q);
    budget -= cut.length + 3;
    if (budget < 40) break;
  }
  const text = fit([`${head}${allReported ? pick(lang, ", selon la dépêche (propos rapportés) : ", ", as the story reports it (not a direct quote): ") : pick(lang, " : ", ": ")}${lines.join(pick(lang, " ; ", "; "))}`]);
  return { answered: true, intent: "said", parts: [text], cites: used.map((q) => q.sentence), quotes: used.map(speech), focus: e.name };
}
