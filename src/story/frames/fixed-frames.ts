/** Frames read as fixed sequences: « selon », « pour », « à ses yeux », « comme l'a dit », participles. */
import { fold } from "../text.js";
import { isAbbreviationDot } from "../tokens.js";
import { isDocument, isGroup, isInstitution, isPersonDescription } from "../entities.js";
import { bareClauseStart, directiveClauseStart, isDirective, isRequest, requestObject } from "./clause.js";
import { type Ctx, type Frame, seqAt, withoutImpersonal } from "./frame.js";
import { looksLikeSpeaker, skipDative } from "./speaker-checks.js";
import { prevNonSpace, subjectAfter } from "./subject.js";
import { stemKind } from "./verbs.js";

/**
 * « Pour l'analyste X, … »: a point of view, like « selon », when X is a person or an institution, a
 * description by trade (« pour la toxicologue »), or a stressed pronoun standing for someone (« pour eux »).
 */
export function isPourFrame(ctx: Ctx, i: number): boolean {
  const t = ctx.tokens[i]!;
  if (!ctx.lex.pointOfView.has(t.low)) return false;
  // At the sentence's start, or after one connective (« Cependant, pour les auteurs, … »).
  if (ctx.text.slice(0, t.start).trim() !== "" && !afterConnective(ctx, t.start)) return false;
  const comma = ctx.text.indexOf(",", t.end);
  if (comma < 0 || comma - t.end > 80) return false;
  const np = ctx.text.slice(t.end, comma).trim();
  const pronoun = ctx.lex.pronouns[np.toLowerCase()];
  return /\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(np) || isPersonDescription(np) || isInstitution(np) || isGroup(np) || (pronoun !== undefined && !pronoun.thing);
}

/**
 * « …, a-t-on appris de source policière », « apprend-on auprès de l'armée »: an inverted frame whose
 * subject follows the preposition. So does an impersonal verb of saying: « …, a-t-on indiqué dans
 * l'entourage du ministre », « précise-t-on de source militaire », « a-t-on ajouté de même source »
 * (the source named last, `sameSource` on the frame).
 */
export function learntFrom(ctx: Ctx, i: number): Frame | null {
  const { tokens, lex, text } = ctx;
  const t = tokens[i]!;
  const glued = withoutImpersonal(t.low, lex);
  const bare = glued ?? t.low;
  let g = i;
  // « avait-on appris », « a-t-on indiqué »: an auxiliary carries the pronoun.
  const aux = g > 0 ? withoutImpersonal(tokens[g - 1]!.low, lex) : null;
  if (aux !== null && lex.auxiliaries.has(aux)) g--;
  const learn = lex.learnVerbs.has(bare);
  const impersonal = !learn && (g < i || glued !== null) && stemKind(bare, lex) === "say";
  if (!learn && !impersonal) return null;
  const before = prevNonSpace(text, tokens[g]!.start);
  if (before.ch !== "," && before.ch !== "»" && before.ch !== "”") return null;
  let k = i + 1;
  while (tokens[k] && lex.timeWords.has(tokens[k]!.low)) k++;
  const frame = (subject: Frame["subject"]): Frame => ({ kind: "inverted", verb: text.slice(tokens[g]!.start, t.end), groupStart: tokens[g]!.start, groupEnd: t.end, subject, pronoun: null, negated: false, says: true, clause: null, scope: { start: 0, end: before.at }, colon: false });
  if (impersonal && seqAt(tokens, k, lex.sameSource) > 0) return { ...frame(null), sameSource: true };
  // (« a-t-on appris dans l'entourage du ministre »: what is learnt comes from a circle too.)
  const seq = lex.sourcePreps.find((p) => p.every((w, n) => tokens[k + n]?.low === w)) ?? lex.circlePreps.find((p) => p.every((w, n) => tokens[k + n]?.low === w));
  if (!seq) return null;
  // (« auprès des pompiers »: the article a preposition carries opens the source's phrase, « des pompiers », a group.)
  const article = seq.length > 1 && lex.determiners.has(seq[seq.length - 1]!);
  const subj = subjectAfter(ctx, tokens[k + seq.length - (article ? 2 : 1)]!.end);
  if (!subj) return null;
  // (« a-t-on indiqué de manière officieuse », « dans un communiqué »: after a bare « de » or « dans », only a source or a circle speaks.)
  if (((impersonal && seq.length === 1) || lex.circlePreps.includes(seq)) && !lex.sourceCircle.test(fold(subj.text))) return null;
  return frame(subj);
}

/** « À ses yeux, … », « in her view, … »: the point of view of the last speaker (« selon elle »). */
export function viewFrame(ctx: Ctx, i: number): Frame | null {
  const { tokens, text, lex } = ctx;
  const n = seqAt(tokens, i, lex.viewOf);
  if (!n) return null;
  const t = tokens[i]!;
  const end = tokens[i + n - 1]!.end;
  const before = prevNonSpace(text, t.start);
  const atStart = before.ch === "" || afterConnective(ctx, t.start);
  const comma = /^\s*,/.exec(text.slice(end));
  const clause = atStart ? { start: end + (comma ? comma[0].length : 0), end: text.length } : { start: 0, end: before.at };
  const pronoun = { gender: null, plural: /(?:leurs?|their)$/.test(tokens[i + 1]!.low) };
  return { kind: "selon", verb: text.slice(t.start, end), groupStart: t.start, groupEnd: end, subject: null, pronoun, negated: false, says: true, clause, scope: clause, colon: false };
}

/**
 * « La loi, comme l'a rappelé le ministre, s'applique », « …, comme l'explique le site du
 * ministère »: the sentence around the incise is the speaker's.
 */
export function asInciseFrame(ctx: Ctx, i: number): Frame | null {
  const { tokens, text, lex } = ctx;
  const n = seqAt(tokens, i, lex.asIncise);
  if (!n) return null;
  let j = i + n;
  while (tokens[j] && (lex.auxiliaries.has(tokens[j]!.low) || lex.adverbs.has(tokens[j]!.low)) && j < i + n + 3) j++;
  const v = tokens[j];
  if (!v || stemKind(v.low, lex) !== "say" && !lex.sayWords.has(v.low)) return null;
  const dative = skipDative(ctx, j + 1);
  const subj = subjectAfter(ctx, dative ?? v.end);
  // (A first name alone is a speaker too, with the asterisk French copy puts on a changed name: « Mathis* ».)
  if (!subj || !(looksLikeSpeaker(subj.text) || /^\p{Lu}\p{Ll}+\*?$/u.test(subj.text))) return null;
  const before = prevNonSpace(text, tokens[i]!.start);
  const scopeEnd = before.ch === "," ? before.at : before.at + 1;
  return { kind: "inverted", verb: text.slice(tokens[i]!.start, v.end), groupStart: tokens[i]!.start, groupEnd: v.end, subject: subj, pronoun: null, negated: false, says: true, clause: null, scope: { start: 0, end: Math.max(0, scopeEnd) }, colon: false };
}

/**
 * "As he put it, “…”", "As the minister said on Monday, the port will reopen", "“…,” as she told
 * reporters.": the speaker and a verb of saying after the incise's opening word. Opening the
 * sentence, it gives what follows its comma to the speaker; closing it, what comes before.
 */
export function asSubjectFrame(ctx: Ctx, i: number): Frame | null {
  const { tokens, text, lex } = ctx;
  const n = seqAt(tokens, i, lex.asSubjectIncise);
  if (!n) return null;
  const lead = text.slice(0, tokens[i]!.start).trim();
  const opening = lead === "" || afterConnective(ctx, tokens[i]!.start);
  const before = prevNonSpace(text, tokens[i]!.start);
  if (!opening && !/^[,”»"]$/.test(before.ch)) return null;
  // The speaker: a pronoun, a name or a description of a few words, then the verb group.
  let j = i + n;
  const from = j;
  const isVerb = (k: number) => lex.sayWords.has(tokens[k]!.low) || seqAt(tokens, k, lex.asPhrases) > 0;
  while (tokens[j] && j < from + 6 && !isVerb(j) && !lex.auxiliaries.has(tokens[j]!.low) && !/[,.;:!?«»“”"()]/.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start))) j++;
  if (j === from || !tokens[j]) return null;
  const subj = { start: tokens[from]!.start, end: tokens[j - 1]!.end, text: text.slice(tokens[from]!.start, tokens[j - 1]!.end) };
  const pronoun = lex.pronouns[subj.text.toLowerCase()] ?? null;
  if (!pronoun && !looksLikeSpeaker(subj.text)) return null;
  while (tokens[j] && j < from + 9 && (lex.auxiliaries.has(tokens[j]!.low) || lex.adverbs.has(tokens[j]!.low))) j++;
  if (!tokens[j] || !isVerb(j) || lex.clauseOnlyWords.has(tokens[j]!.low)) return null;
  const phrase = seqAt(tokens, j, lex.asPhrases);
  const v = tokens[j + Math.max(1, phrase) - 1]!;
  // Up to the incise's end: a comma (it opens the sentence) or the sentence's end (it closes it), a few words of circumstance on.
  const rest = text.slice(v.end);
  const stop = /^[^,.;:!?«»“”"]{0,40}?(?=[,.;!?]|$)/u.exec(rest);
  if (!stop) return null;
  const end = v.end + stop[0].length;
  const after = text.slice(end);
  const verb = text.slice(tokens[i]!.start, v.end);
  if (opening && /^\s*,/.test(after)) {
    const start = end + (/^\s*,\s*/.exec(after)?.[0].length ?? 0);
    if (start >= text.trimEnd().length) return null;
    return { kind: "preverbal", verb, groupStart: tokens[i]!.start, groupEnd: v.end, subject: pronoun ? null : subj, pronoun, negated: false, says: true, clause: { start, end: text.length }, scope: { start, end: text.length }, colon: false };
  }
  if (!opening && /^\s*[.!?]?\s*$/.test(after)) {
    return { kind: pronoun ? "pronoun" : "inverted", verb, groupStart: tokens[i]!.start, groupEnd: v.end, subject: pronoun ? null : subj, pronoun, negated: false, says: true, clause: null, scope: { start: 0, end: before.ch === "," ? before.at : before.at + 1 }, colon: false };
  }
  return null;
}

/** « Et d'ajouter que … », « Et de préciser : « … » »: the last speaker goes on. */
export function narrativeFrame(ctx: Ctx, i: number): Frame | null {
  const { tokens, text, lex } = ctx;
  const n = seqAt(tokens, i, lex.narrativeInfinitive);
  if (!n || text.slice(0, tokens[i]!.start).trim() !== "") return null;
  const v = tokens[i + n];
  if (!v || stemKind(v.low, lex) !== "say" || !lex.infinitive?.test(v.low)) return null;
  const colon = /^\s*:/.test(text.slice(v.end));
  const que = tokens[i + n + 1] && lex.complementizers.has(tokens[i + n + 1]!.low) ? tokens[i + n + 1]! : null;
  const clause = que ? { start: que.end, end: text.length } : null;
  return { kind: "preverbal", verb: text.slice(tokens[i]!.start, v.end), groupStart: tokens[i]!.start, groupEnd: v.end, subject: null, pronoun: { gender: null, plural: false }, negated: false, says: true, clause, scope: { start: v.end, end: text.length }, colon };
}

/** Only one connective stands before `at` (« Cependant, », « Mais, »): the sentence starts there. */
function afterConnective(ctx: Ctx, at: number): boolean {
  const lead = ctx.text.slice(0, at).trim();
  const first = ctx.tokens[0]?.low ?? "";
  // « Mais pour X, … »: a coordinating word needs no comma.
  if (/^\S+$/.test(lead) && ctx.lex.conjunctions.test(`${lead} `)) return true;
  return /^\S+,$/.test(lead) && (ctx.lex.adverbs.has(first) || ctx.lex.conjunctions.test(`${first} `));
}

const SELON_NP_MAX = 160;

export function selonFrame(ctx: Ctx, i: number, words: number): Frame {
  const t = ctx.tokens[i]!;
  const wordEnd = ctx.tokens[i + words - 1]!.end;
  const verb = ctx.text.slice(t.start, wordEnd);
  let a = wordEnd;
  while (a < ctx.text.length && /\s/.test(ctx.text[a]!)) a++;
  let b = a;
  // A speaker's noun phrase is a few words: without the cap, « selon X et selon Y et … » with no
  // punctuation scans to the sentence's end for every « selon » (quadratic).
  const npEnd = Math.min(ctx.text.length, a + SELON_NP_MAX);
  // « selon M. Durand »: the period of a title does not end the noun phrase.
  while (b < npEnd && (!/[,.;:!?«»()]/.test(ctx.text[b]!) || isAbbreviationDot(ctx.text, b))) b++;
  // An apposition naming the speaker (« selon le porte-parole du gouvernement, Hugo Lenz ») or giving
  // the named speaker's role (« d'après le général X, chef d'état-major des forces, … »).
  const appo = /^,\s*((?:\p{Lu}[\p{L}'’-]+\s*){2,4})(?=[,.;]|$)/u.exec(ctx.text.slice(b));
  if (appo?.[1]) b += appo[0].length - (appo[0].length - appo[0].trimEnd().length);
  const age = /^,\s*\d+\s*ans(?=\s*,)/.exec(ctx.text.slice(b));
  if (age) b += age[0].length;
  else if (/\p{Lu}\p{Ll}+$/u.test(ctx.text.slice(a, b).trim())) {
    const role = /^,\s*((?:le |la |l['’])?([\p{L}-]+)[^,;.«»]*)(?=,)/u.exec(ctx.text.slice(b));
    if (role?.[2] && isPersonDescription(role[1]!)) b += role[0].length;
  }
  let np = ctx.text.slice(a, b).trimEnd();
  let npStart = a;
  // « selon les estimations fournies par la mairie »: the agent speaks.
  const par = / par (?=(?:le|la|les|l['’])\s*)/i.exec(np);
  // Any document (« une vidéo diffusée par l'armée ») gives way to its agent too.
  if (par && (/^(?:les?|la|l['’])\s*(?:chiffres|donnees|données|estimations|informations|sources|propos|termes|bilan|figures|data)/i.test(np) || isDocument(np.slice(0, par.index)))) {
    npStart = a + par.index + par[0].length;
    np = np.slice(par.index + par[0].length);
  }
  const subj = { start: npStart, end: npStart + np.length, text: np };
  // « À l'en croire, … »: the source is the pronoun inside the words, the last one who spoke.
  const inner = np ? undefined : ctx.tokens.slice(i, i + words).map((w) => ctx.lex.accordingPronouns.get(w.low)).find(Boolean);
  const pron = inner ?? ctx.lex.pronouns[np.toLowerCase()] ?? null;
  const before = prevNonSpace(ctx.text, t.start);
  const atStart = before.ch === "" || before.at < 0 || afterConnective(ctx, t.start);
  // « Ce choix a été arrêté, selon cette source, pendant une visite … », « Le malaise est
  // si grand, selon lui, que … »: an incise inside a sentence that goes on reports the whole of it.
  // Not a relative or an apposition on the source (« selon l'Insee, qui publie … », « selon l'observatoire, le service … »).
  const onward = /^,\s*(\p{Ll}[\p{L}-]*(?:['’])?)/u.exec(ctx.text.slice(b));
  const w0 = onward ? fold(onward[1]!).replace(/’/g, "'") : "";
  // (« Le malaise est si grand, selon lui, que … »: a complementizer goes on with the sentence; a relative does not.)
  const goesOn = !atStart && before.ch === "," && onward !== null && !ctx.lex.determiners.has(w0) && (!ctx.lex.relatives.test(w0) || ctx.lex.complementizers.has(w0)) && !ctx.lex.appositionArticle.test(`${w0} `) && ctx.text.slice(b).split(/\s+/).filter((w) => /\p{L}/u.test(w)).length >= 3;
  // « Le chantier a pris du retard selon un audit du cabinet. », "They are hungry according to the police.": a source
  // set at the end with no comma before it reports what came before it, when it names someone (a
  // name, a body, a person by role); « classés selon la source » sorts by a criterion.
  const names = /\p{Lu}/u.test(np.slice(1)) || isPersonDescription(np) || isInstitution(np) || isGroup(np);
  const last = !atStart && before.ch !== "," && names && /^[\s.!?]*$/.test(ctx.text.slice(b));
  const clause = last
    ? { start: 0, end: before.at + 1 }
    : atStart || before.ch !== ","
    ? { start: b + 1, end: ctx.text.length }
    : { start: 0, end: goesOn ? ctx.text.length : before.at };
  return { kind: "selon", verb, groupStart: t.start, groupEnd: wordEnd, subject: inner ? null : subj, pronoun: pron, negated: false, says: true, clause, scope: clause, colon: false };
}

export function participleFrame(ctx: Ctx, i: number, kind: "say" | "eval"): Frame {
  const t = ctx.tokens[i]!;
  // « …, le ministre italien de l'Économie, Carlo Bassi, estimant que … »: the apposition before is the speaker.
  const before = prevNonSpace(ctx.text, t.start);
  let subject: Frame["subject"] = null;
  if (before.ch === ",") {
    const prevComma = ctx.text.lastIndexOf(",", before.at - 1);
    const seg = ctx.text.slice(prevComma + 1, before.at).trim();
    if (/^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)+$/u.test(seg)) {
      const segStart = ctx.text.indexOf(seg, prevComma + 1);
      let start = segStart;
      const prev2 = ctx.text.lastIndexOf(",", prevComma - 1);
      const roleSeg = ctx.text.slice(prev2 + 1, prevComma).trim();
      if (/^(?:le|la|l['’])\s*/i.test(roleSeg)) start = ctx.text.indexOf(roleSeg, prev2 + 1);
      subject = { start, end: segStart + seg.length, text: ctx.text.slice(start, segStart + seg.length) };
    }
  }
  // « une lettre du maire Paul Ducros jugeant que … »: a name right before the participle, no comma.
  if (!subject && i >= 2 && !/\S/.test(ctx.text.slice(ctx.tokens[i - 1]!.end, t.start))) {
    let k = i;
    while (k > 0 && i - k < 4 && /^\p{Lu}\p{Ll}/u.test(ctx.tokens[k - 1]!.text) && !/[^\s'’-]/.test(ctx.text.slice(ctx.tokens[k - 1]!.end, ctx.tokens[k]!.start)) && !ctx.lex.determiners.has(ctx.tokens[k - 1]!.low)) k--;
    if (i - k >= 2 && k > 0) subject = { start: ctx.tokens[k]!.start, end: ctx.tokens[i - 1]!.end, text: ctx.text.slice(ctx.tokens[k]!.start, ctx.tokens[i - 1]!.end) };
  }
  // « …, pointing out that … »: the particle of a phrasal verb belongs to the verb.
  const v = ctx.lex.phrasal.get(t.low)?.has(ctx.tokens[i + 1]?.low ?? "") && ctx.tokens[i + 1]!.start - t.end === 1 ? i + 1 : i;
  const next = ctx.tokens[v + 1];
  const que = next && ctx.lex.complementizers.has(next.low) ? next : null;
  // « …, saying they had waited »: English reports a clause with no complementizer after a participle too.
  const bare = !que && kind === "say" && ctx.lex.bareClause ? bareClauseStart(ctx, v) : null;
  // « …, accusing it of funding the blockade », « urging both sides to talk »: what was asked or charged.
  const asked = !que && bare === null && isDirective(ctx.lex, t.low, next?.low) ? directiveClauseStart(ctx, i) : null;
  // « …, demanding a recount », « réclamant l'arrêt des travaux »: what was asked for.
  const request = (!que || kind !== "say") && bare === null && asked === null && isRequest(ctx.lex, t.low) ? requestObject(ctx, i) : null;
  const clauseStart = que && kind === "say" ? que.end : bare ?? asked ?? request?.start ?? null;
  const clause = clauseStart !== null ? { start: clauseStart, end: request && clauseStart === request.start ? request.end : ctx.text.length } : null;
  return {
    kind: "participle",
    verb: ctx.text.slice(t.start, ctx.tokens[v]!.end),
    groupStart: t.start,
    groupEnd: ctx.tokens[v]!.end,
    subject,
    pronoun: null,
    negated: false,
    says: kind === "say" || asked !== null || request !== null,
    clause,
    scope: { start: ctx.tokens[v]!.end, end: ctx.text.length },
    colon: false,
  };
}
