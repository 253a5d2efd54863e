import type { Entity, StoryIndex } from "../index.js";
import type { Lang } from "../reply.js";
import { fold } from "../text.js";
import { entitiesIn } from "../mentions.js";
import { isNumberTok } from "./tokens.js";
import { isTitleWord } from "./roles.js";
import { wordsOf } from "./anchor.js";
import { WORDS, type AgentWords } from "./agent-words.js";

/*
 * The noun phrase that did an act, read back from its verb in a sentence: the subject before the verb (with its
 * complements, its conjuncts, an apposition or an antecedent), the phrase after a passive's « par » / "by". The
 * who-did readers share it: answers/agent.ts (the doer), answers/patient.ts and answers/whom.ts (objects, passives).
 */

/** Endings of nouns made from verbs (« révélations », "payment", « financement »): the act named, not done by a subject. */
const NOUN_ENDING = /(?:tions?|sions?|ments?|ances?|ences?|ures?|ages?|ship|ness)$/;

/** Whether the story's word at `v` can be the question's verb: the same word, or one not shaped as a noun. */
export function isVerbAt(text: string, v: { at: number; end: number }, verb: string): boolean {
  const raw = text.slice(v.at, v.end);
  const word = fold(raw);
  // « financé », « annoncées »: a French participle, whatever its folded ending looks like
  return word === verb || /ée?s?$/u.test(raw) || !(NOUN_ENDING.test(word) || (/^[a-z]+$/.test(raw) && /(?:ers|ors)$/.test(word)));
}

/**
 * The length of a phrase of time that starts at `from` (« lundi », « en juin dernier », "on Monday"),
 * 0 when none does: read past, it leaves the words the verb governs (« voté en janvier par X », « a
 * annoncé lundi le ministre »). Only a run with a day, a month, a year or « hier » is one.
 */
function timeRunAt(text: string, from: number, w: AgentWords): number {
  const re = /\s*([^\s,;:.()«»"“”]+)/y;
  re.lastIndex = from;
  let len = 0;
  for (let n = 0; n < 5; n++) {
    const m = re.exec(text);
    if (!m) break;
    const f = fold(m[1]!).replace(/’/g, "'");
    if (w.timeAnchors.has(f) || /^\d{4}$/.test(f) || (len > 0 && (w.timeTails.has(f) || w.dayNumber.test(f)))) len = re.lastIndex - from;
    else if (!w.timeLeads.has(f) && !w.dayNumber.test(f)) break;
  }
  return len;
}

/** The doer of the verb at [at, end) of sentence i: the passive's agent, the subject after an inverting « qu'a », or the subject before it. */
export function doerOf(index: StoryIndex, i: number, text: string, at: number, end: number, w: AgentWords): Doer | null {
  // « voté en janvier dernier par X », « a confirmé mardi soir la présidente »: a phrase of time after the verb stands before what it governs
  const past = end + timeRunAt(text, end, w);
  const after = text.slice(past);
  const by = w.by.exec(after);
  if (by) return withConjuncts(index, text, phraseAt(index, text, past + by[0].length, w), w);
  const before = foldKeep(text.slice(Math.max(0, at - 40), at));
  // « a écrit au ministre pour réclamer … », "went to ask": an infinitive's subject is its main clause's, not the words before it
  if (w.infinitive.test(text.slice(Math.max(0, at - 40), at).toLowerCase().replace(/’/g, "'"))) return null;
  if (w.inverted.test(before)) return withConjuncts(index, text, phraseAt(index, text, past, w), w);
  // « …, a annoncé le ministère. »: an incise after a comma or a quote names its subject after the verb, then the sentence or the clause ends
  // (a name, or a title: « a confirmé mardi soir la présidente de la région, X »)
  if (w.incise.test(before) && inciseSubject(after, w)) {
    // (« X, présidente du club, a reçu la ministre », "Tom Reyes, a fisherman, blocked the harbour": the comma closes an
    // apposition to the subject, and the title after the verb is its object)
    if (!/^\s+(?:(?:le|la|les|l['’]|the)\s*)?\p{Lu}/u.test(after)) {
      const subject = subjectBefore(index, i, text, at, w);
      if (subject?.entity) return subject;
    }
    return withConjuncts(index, text, phraseAt(index, text, past, w), w);
  }
  return subjectBefore(index, i, text, at, w);
}

/** Whether the words after an incise's verb open its subject: a name or a title, then the clause's end within a few words. */
function inciseSubject(after: string, w: AgentWords): boolean {
  const m = /^\s+(?:(?:le|la|les|l['’]|the)\s*)?([\p{L}][\p{L}'’-]*)[^,;:.]{0,60}(?:[,;.]|$)/u.exec(after);
  if (!m) return false;
  const first = m[1]!;
  return /^\p{Lu}/u.test(first) || (isTitleWord(first) && !w.stop.has(fold(first)));
}

/** « La société X « a abandonné le chantier … » »: a quotation opened on the verb (and its auxiliaries), whose subject stands before it, outside. */
export function quoteOpensOn(text: string, at: number, w: AgentWords): boolean {
  const head = text.slice(0, at);
  const open = Math.max(head.lastIndexOf("«"), head.lastIndexOf("“"), head.lastIndexOf('"'));
  if (open < 0 || /[»”]/u.test(head.slice(open))) return false;
  const inside = head.slice(open + 1).trim().split(/\s+/).filter(Boolean);
  return inside.every((x) => w.between.has(fold(x))) && /\p{L}[\s]*$/u.test(head.slice(0, open));
}

/** Folded with its length kept (accents dropped per character), so offsets stay offsets. */
export function foldKeep(s: string): string {
  let out = "";
  for (const ch of s) {
    const f = ch === "’" ? "'" : fold(ch);
    out += f.length === 1 ? f : ch.toLowerCase();
  }
  return out;
}

const BREAK = /[,;:()«»"“”—–]/;

/** A doer as the story writes it, the entity it names, and where in the sentence its words end. */
interface Doer {
  text: string;
  entity: Entity | null;
  end?: number;
  /** Doers coordinated with it (« par X et Y », "by X, Y and Z"): the act is theirs together. */
  also?: { text: string; entity: Entity | null }[];
}

/** The noun phrase that starts at `from`: up to six words, ended by a break or a word that opens a clause or a complement. */
export function phraseAt(index: StoryIndex, text: string, from: number, w: AgentWords): Doer | null {
  const out: string[] = [];
  const re = /[^\s]+/gu;
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  let end = from;
  while ((m = re.exec(text)) && out.length < 7) {
    const raw = m[0];
    const word = raw.replace(/^[«"“(]+/u, "").replace(/[»"”).,;:!?]+$/u, "");
    const f = fold(word);
    // (« mi-mars », "mid-May": a time word joined to its prefix ends the phrase as the bare one does)
    if (out.length > 0 && ((w.stop.has(f) && !w.ofWords.has(f)) || w.finite.has(f) || w.stopAccented.has(word.toLowerCase()) || w.timeWords.has(f) || f.split("-").some((x) => w.timeWords.has(x)) || /^\d/.test(f))) break;
    if (out.length === 0 && w.stop.has(f) && !/^(?:le|la|les|l|the|a|an|un|une)$/.test(f)) return null;
    out.push(word);
    end = m.index + m[0].replace(/[»"”).,;:!?]+$/u, "").length;
    // "by Secretary X and Gen. Y": a title's point is no sentence's end
    if (BREAK.test(raw.slice(-1)) || (/[.!?]$/.test(raw) && !w.abbreviations.has(fold(raw)))) {
      // « par un député du parti, Jean X, … »: a person's name in apposition after a description is who did it
      // (an indefinite description, « un député X, », names no one even when it holds a name)
      // (a title that the story's roles already tie to that same person, « la présidente de la région, X », is read so too)
      if (raw.endsWith(",")) {
        const next = /^\s*([^,;:.()«»"“”]{2,60})/u.exec(text.slice(m.index + raw.length))?.[1] ?? "";
        const person = /^\p{Lu}/u.test(next) ? entitiesIn(index, next).find((p) => p.entity.kind === "person") : undefined;
        const own = entitiesIn(index, out.join(" ")).filter((p) => p.entity.kind === "person");
        if (person && (/^(?:un|une|a|an)$/i.test(out[0] ?? "") || own.every((p) => p.entity === person.entity))) return { text: `${out.join(" ")} ${next.trim()}`, entity: person.entity };
      }
      break;
    }
  }
  const found = named(index, out.join(" "), w);
  return found ? { ...found, end } : null;
}

/**
 * The doers coordinated with the one read at `first` (« par le maire et la députée », "by X, Y and
 * Z"): each next noun phrase after « et », "and" or a comma, as long as it can be a doer; a list
 * joined by commas alone counts only when a joiner closes it (else the comma opens an apposition
 * or another clause).
 */
export function withConjuncts(index: StoryIndex, text: string, first: Doer | null, w: AgentWords): Doer | null {
  if (!first || first.end === undefined) return first;
  const also: { text: string; entity: Entity | null }[] = [];
  let at = first.end;
  let joined = false;
  for (let n = 0; n < 5; n++) {
    const rest = text.slice(at);
    const link = /^\s*,?\s*(\p{L}+)\s+/u.exec(rest);
    const comma = /^\s*,\s*/u.exec(rest);
    const byJoiner = link !== null && fold(link[1]!) === w.and;
    const step = byJoiner ? link![0] : comma ? comma[0] : null;
    if (step === null) break;
    const next = phraseAt(index, text, at + step.length, w);
    if (!next || next.end === undefined || (next.entity === null && !agentLike(next.text, w))) break;
    also.push({ text: next.text, entity: next.entity });
    at = next.end;
    if (byJoiner) {
      joined = true;
      break;
    }
  }
  return joined && also.length ? { ...first, also } : first;
}

/** The subject before a verb: the words back to the clause's start, past the auxiliaries and adverbs between them. */
function subjectBefore(index: StoryIndex, i: number, text: string, at: number, w: AgentWords): { text: string; entity: Entity | null } | null {
  // « a par ailleurs envoyé », "has, for its part, sent": an adverbial phrase between subject and verb is passed over
  let head = text.slice(0, at);
  for (let cut = w.adverbials.exec(foldKeep(head)); cut; cut = w.adverbials.exec(foldKeep(head))) head = head.slice(0, cut.index);
  const ws = [...head.matchAll(/[^\s]+/gu)];
  let k = ws.length - 1;
  // « La société X « a abandonné … » »: a quotation opened on the verb leaves its subject outside it
  const bare = (t: string): string => t.replace(/^[«"“]+/u, "");
  const isQuoteMark = (t: string): boolean => /^[«"“]+$/u.test(t);
  // "was providing": the auxiliary of a verb's -ing form stands between it and its subject
  const progressiveAux = w.progressive?.form.test(text.slice(at)) ? w.progressive.aux : null;
  // auxiliaries, adverbs, a negation, an object pronoun between subject and verb (« a également », « l'a »)
  while (k >= 0 && (isQuoteMark(ws[k]![0]) || ((w.between.has(fold(bare(ws[k]![0]).replace(/['’]\p{L}*$/u, "").replace(/[,]$/, ""))) || (progressiveAux?.test(fold(bare(ws[k]![0]))) ?? false)) && !BREAK.test(ws[k]![0])))) k--;
  if (k < 0) return null;
  const right = fold(ws[k]![0].replace(/[^\p{L}'’-]/gu, ""));
  // « c'est le groupe X qui a lancé … », "it was X who called": a relative right before the verb stands for the words before it
  if (w.relatives.has(right) && !BREAK.test(ws[k]![0]) && k > 0 && !BREAK.test(ws[k - 1]![0].slice(-1))) return antecedent(index, text.slice(0, ws[k]!.index!), w);
  // « au moment où débutaient … », "when began …": a link word before the verb, the subject is not before it
  if (w.stop.has(right) && !w.ofWords.has(right) && !w.relatives.has(right)) return null;
  const end = ws[k]!.index! + ws[k]![0].length;
  // « L'Agence nationale des forêts (ANF) avait révélé »: an acronym in brackets belongs to the subject before it
  let start = k;
  if (/\)$/.test(ws[k]![0])) {
    while (start > 0 && k - start < 4 && !/^\(/.test(ws[start]![0])) start--;
    if (!/^\(/.test(ws[start]![0]) || start === 0) return null;
    start--;
  } else if (BREAK.test(ws[k]![0].slice(-1))) {
    // « X, présidente du club, a inauguré », "Tom Reyes, a fisherman, blocked": the name before the apposition
    return ws[k]![0].endsWith(",") ? beforeApposition(index, text.slice(0, ws[k]!.index! + ws[k]![0].length - 1), w) : null;
  }
  const last = start;
  // back to the clause's start: a break, a relative or a conjunction; at most eight words
  while (start > 0 && last - start < 7) {
    const prev = ws[start - 1]![0];
    const pf = fold(prev.replace(/[^\p{L}'’-]/gu, ""));
    // « Norland and Varia have blamed »: a coordinated subject is read whole
    // "a spokeswoman said Varia was lending": a verb of saying ends the clause that reports
    if (BREAK.test(prev.slice(-1)) || (w.stop.has(pf) && !w.ofWords.has(pf) && !w.joiners.has(pf)) || (pf.length > 2 && w.saying.has(pf))) {
      // "told reporters a firm was building": the hearer comes first, the clause's subject opens at its determiner
      if (w.toldHearer.has(pf)) {
        let d = start + 1;
        while (d < last && !w.determiners.has(fold(ws[d]![0]))) d++;
        if (d < last) start = d;
      }
      break;
    }
    start--;
  }
  const phrase = text.slice(ws[start]!.index!, end).replace(/^[«"“(]+/u, "");
  const first = fold(phrase.split(/\s+/)[0] ?? "");
  // « the farmers who marched along paid … »: the words after a relative are its clause, the doer is what it stands for
  if (start > 0 && w.relatives.has(fold(ws[start - 1]![0])) && /^\p{Ll}/u.test(phrase) && !w.determiners.has(first) && !BREAK.test(ws[start - 1]![0])) {
    return antecedent(index, text.slice(0, ws[start - 1]!.index!), w);
  }
  // « X, qui a révélé … », "X, who revealed …": the relative's antecedent is the subject
  if (start > 0 && w.relatives.has(first) && phrase.split(/\s+/).length === 1) {
    const lead = text.slice(0, ws[start]!.index!).replace(/[\s,]+$/u, "");
    const cut = Math.max(lead.lastIndexOf(","), lead.lastIndexOf(";"), lead.lastIndexOf("("));
    return named(index, lead.slice(cut + 1).trim(), w);
  }
  if (start === 0 && i > 0 && phrase.split(/\s+/).every((x) => w.pronouns.has(fold(x)))) {
    // « Ils ont aussi déversé … », "They also dumped …": the plural pronoun continues the subject of the sentence before
    const f = fold(phrase.trim());
    return w.pluralPronouns.has(f) ? openingSubject(index, i - 1, f, w, 2) : null;
  }
  return named(index, phrase, w) ?? modifiedHead(index, text, ws, start, last, w);
}

/** How many words a subject with its complements (« un voisin du gardien du phare blessé dans la tempête ») may run back from its verb. */
const MODIFIED_MAX = 14;

/**
 * "the owner of the bakery flooded in the storm complained …": the words right before the verb (« the storm ») are the
 * complement of a preposition, no doer; the subject is the noun phrase the clause opens with, which those
 * complements modify. Read back to the clause's start (a break, a conjunction, a relative, a verb of saying), then
 * forward to the first complement. null when the clause opens on no noun phrase that can do an act.
 */
function modifiedHead(index: StoryIndex, text: string, ws: RegExpMatchArray[], start: number, last: number, w: AgentWords): { text: string; entity: Entity | null } | null {
  const bare = (k: number): string => fold(ws[k]![0].replace(/[^\p{L}'’-]/gu, "")).replace(/’/g, "'");
  if (start === 0 || !w.prepositions.has(bare(start - 1)) || BREAK.test(ws[start - 1]![0])) return null;
  // "thefts he committed": a pronoun right before the verb is its subject, which no phrase further back replaces
  if (w.pronouns.has(bare(last))) return null;
  let k = start - 1;
  while (k > 0 && start - k < MODIFIED_MAX) {
    const prev = ws[k - 1]![0];
    const pf = bare(k - 1);
    // (a finite verb further back, « est », "was", is another clause's: the subject is not before it)
    if (BREAK.test(prev.slice(-1)) || (w.stop.has(pf) && !w.prepositions.has(pf) && !w.ofWords.has(pf)) || (pf.length > 2 && w.saying.has(pf)) || w.finite.has(pf)) break;
    k--;
  }
  if (k === start - 1) return null;
  const head = phraseAt(index, text, ws[k]!.index!, w);
  if (!head) return null;
  // "the bakery flooded in the storm": a participle that ends the phrase before its complement modifies it, and is left out;
  // "A cyclist owned up to …": a past form with more after it is the clause's own verb, so those words are no subject
  const words = head.text.split(/\s+/);
  const past = (x: string): boolean => w.pastForm?.test(fold(x)) === true;
  if (words.length > 2 && past(words.at(-1)!)) words.pop();
  if (words.slice(1).some(past)) return null;
  return named(index, words.join(" "), w);
}

/**
 * The subject a sentence opens with, read before its first verb (an auxiliary, a verb of saying,
 * a simple past): what a plural pronoun opening the next sentence stands for. A sentence that
 * opens with the same pronoun passes the question on to the one before it (`depth` more at most).
 */
function openingSubject(index: StoryIndex, i: number, pronoun: string, w: AgentWords, depth: number): { text: string; entity: Entity | null } | null {
  if (i < 0) return null;
  const text = index.story.sentences[i]?.text ?? "";
  const first = /^[«"“(]*([\p{L}'’-]+)/u.exec(text)?.[1];
  if (first && fold(first) === pronoun) return depth > 0 ? openingSubject(index, i - 1, pronoun, w, depth - 1) : null;
  const ws = wordsOf(index, i);
  for (let k = 1; k < ws.length && k < 10; k++) {
    const word = text.slice(ws[k]!.at, ws[k]!.end);
    const f = fold(word);
    if (!(w.between.has(f) || w.finite.has(f) || w.saying.has(f) || (w.pastForm?.test(f) ?? false))) continue;
    // the subject ends before this verb with no break between: a clause opened by a phrase of time or place is left alone
    if (BREAK.test(text.slice(0, ws[k]!.at))) return null;
    const subject = subjectBefore(index, i, text, ws[k]!.at, w);
    // (a plural pronoun takes up a plural: « The port company said … They want a raise » is no company's want)
    return subject && !w.pronouns.has(fold(subject.text)) && pluralPhrase(subject.text, w) ? subject : null;
  }
  return null;
}

/** Whether a noun phrase is plural: its last word in a plural form (« apple growers », « des éleveurs »), or two joined. */
function pluralPhrase(phrase: string, w: AgentWords): boolean {
  const ws = fold(phrase).split(/[\s']+/).filter(Boolean);
  const last = ws.at(-1) ?? "";
  return w.plural.irregular.has(last) || w.plural.ending.test(last) || ws.includes(w.and);
}

/**
 * « Dans un entretien, X, présidente du club »: the name before an apposition that ends right
 * before a verb, when it names someone of the story and the apposition reads as one (a role, an
 * age: no verb of saying, a few words).
 */
function beforeApposition(index: StoryIndex, head: string, w: AgentWords): { text: string; entity: Entity | null } | null {
  const cut = head.lastIndexOf(",");
  if (cut < 0) return null;
  const apposition = head.slice(cut + 1).trim().split(/\s+/);
  if (!apposition[0] || apposition.length > 10 || apposition.some((x) => w.saying.has(fold(x)))) return null;
  const lead = head.slice(0, cut);
  const open = Math.max(lead.lastIndexOf(","), lead.lastIndexOf(";"), lead.lastIndexOf("("), lead.lastIndexOf(":"));
  const found = named(index, lead.slice(open + 1).trim(), w);
  if (found?.entity && found.entity.kind === "person") return found;
  // « La préfète de région, X, a ordonné », "The firm's owner, X, sold": the title comes first and the name is set in
  // apposition to it; the name is who did it when the title before it reads as a doer
  const inner = named(index, apposition.join(" "), w);
  return inner?.entity?.kind === "person" && found !== null ? inner : null;
}

/**
 * The noun phrase a relative pronoun stands for, read back from it to the clause's start, without
 * the cleft that sets it off (« c'était le général X », "it was X"): at most eight words.
 */
function antecedent(index: StoryIndex, head: string, w: AgentWords): { text: string; entity: Entity | null } | null {
  const ws = [...head.matchAll(/[^\s]+/gu)];
  let start = ws.length;
  while (start > 0 && ws.length - start < 8) {
    const prev = ws[start - 1]![0];
    const pf = fold(prev.replace(/[^\p{L}'’-]/gu, "").replace(/’/g, "'"));
    if (w.cleft.test(pf) || (w.stop.has(pf) && !w.ofWords.has(pf)) || BREAK.test(prev.slice(-1))) break;
    start--;
  }
  if (start === ws.length) return null;
  const phrase = head.slice(ws[start]!.index!).trim();
  return named(index, phrase, w);
}

/** A phrase as the answer: the entity it names when it names one, else the phrase itself when it is more than a pronoun. */
export function named(index: StoryIndex, phrase: string, w: AgentWords): { text: string; entity: Entity | null } | null {
  const clean = phrase.replace(/[,;:.]+$/u, "").trim();
  if (!clean) return null;
  const ws = clean.split(/\s+/);
  if (ws.every((x) => w.pronouns.has(fold(x)) || /^(?:le|la|les|l'|the|a|an)$/i.test(x))) return null;
  const placed = entitiesIn(index, clean);
  // a name inside a longer phrase (« le quotidien Vigie », « a spokesperson for X »): the entity when the phrase is headed by it
  const e = placed.find((p) => p.entity.kind !== "group") ?? placed[0];
  // the entity stands for the phrase when its name is most of it (« le quotidien Vigie »), not one word of a longer name (« le Service des eaux de la Région »)
  const bare = ws.filter((x) => !/^(?:le|la|les|l'.*|the|a|an|un|une)$/iu.test(x)).length;
  // « par sept médecins », "by two men": the count is part of who did it, which the bare name of the group drops
  const counted = ws.some((x) => isNumberTok(fold(x))) && !e?.entity.name.split(/\s+/).some((x) => isNumberTok(fold(x)));
  if (e && !counted && e.entity.name.split(/\s+/).length >= bare - 1 && fold(clean).endsWith(fold(e.entity.name.split(/\s+/).at(-1) ?? ""))) return { text: clean, entity: e.entity };
  return ws.length <= 8 && agentLike(clean, w) ? { text: clean, entity: null } : null;
}

/**
 * Whether a phrase no entity of the story names can still be a doer: a noun phrase headed by a
 * name, a title (« le procureur ») or an institution (« le gouvernement », "executives"), not a
 * function word (« Selon. »), a verb (« travelled along », "said he") or an object noun (« du travail »).
 */
function agentLike(phrase: string, w: AgentWords): boolean {
  const ws = phrase.replace(/[«»"“”()]/gu, " ").split(/\s+/).filter(Boolean);
  const folded = ws.map((x) => fold(x).replace(/’/g, "'").replace(/^[ld]'/, ""));
  const content = folded.map((f, k) => ({ f, raw: ws[k]! })).filter((x) => !w.determiners.has(x.f) && !/^(?:l|d|le|la|les|the|a|an|un|une|des|du|de)$/.test(x.f));
  const head = content[0];
  if (!head || w.notDoer.has(head.f) || w.saying.has(head.f)) return false;
  // « the Norland cabinet said last Monday it »: a clause of telling, not a noun phrase
  if (content.some((x) => w.saying.has(x.f) && /^\p{Ll}/u.test(x.raw))) return false;
  // a phrase that ends on a determiner (« nommera un ») is cut inside a clause
  if (w.determiners.has(folded.at(-1)!) || /^(?:un|une|des|a|an|the)$/.test(folded.at(-1)!)) return false;
  // « A-t-il »: a verb with its subject pronoun
  if (/-(?:t-)?(?:il|elle|ils|elles|on)$/.test(head.f)) return false;
  // a capital after an elided article (« L'eau ») is the sentence's, not a name's
  return content.some((x) => /^\p{Lu}/u.test(x.raw.replace(/^\p{L}['’]/u, "")) || isTitleWord(x.raw) || w.bodies.has(x.f) || w.bodies.has(x.f.replace(/s$/, "")) || isPerson(x.f, w));
}

/** Whether a folded noun, singular or plural, is one of the nouns for people (« les pompiers », "two men", « la sous-préfète »). */
function isPerson(f: string, w: AgentWords): boolean {
  if (w.people.has(f) || w.people.has(w.plural.irregular.get(f) ?? f.replace(w.plural.ending, ""))) return true;
  // a prefixed title (« sous-préfète », "co-chair") is a title of its last part
  const last = f.split("-").at(-1)!;
  return last !== f && last.length > 2 && isPerson(last, w);
}

/** For tests: whether a phrase no entity names can be given as the doer, in a story of `lang`. */
export function isDoerPhrase(phrase: string, lang: Lang): boolean {
  return agentLike(phrase, WORDS[lang]);
}

/** The noun phrase that starts at `from` in a story of `lang`, as the doer readers read it (answers/patient.ts reads objects with it). */
export function phraseFrom(index: StoryIndex, text: string, from: number, lang: Lang): { text: string; entity: Entity | null } | null {
  return phraseAt(index, text, from, WORDS[lang]);
}

/** The subject before position `at` of sentence i, in a story of `lang` (answers/patient.ts reads a passive's subject with it). */
export function subjectFrom(index: StoryIndex, i: number, text: string, at: number, lang: Lang): { text: string; entity: Entity | null } | null {
  return subjectBefore(index, i, text, at, WORDS[lang]);
}
