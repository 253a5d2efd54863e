import { CALL_FOR, EVALUATIVE_STEMS, INVERTED_ONLY_STEMS, NOT_SPEECH, SAY_STEMS, SAY_WORDS_EN, SUBJECT_STOPS } from "./lexicon.js";
import type { Token } from "./tokens.js";
import { isDocument, isGroup, isInstitution, isPersonDescription } from "./entities.js";

/**
 * A reporting frame: a reporting verb with its speaker and what it reports.
 * « …, a précisé le porte-parole » (inverted), « la ministre a indiqué qu'… » (preverbal),
 * « selon elle, … », « …, jugeant que … » (participle), « dénoncé par X » (passive),
 * « X a déclaré : « … » » (colon).
 */
export interface Frame {
  kind: "inverted" | "pronoun" | "preverbal" | "selon" | "participle" | "passive";
  /** The verb group as written (« a-t-il précisé », « selon »). */
  verb: string;
  groupStart: number;
  groupEnd: number;
  /** The speaker's noun phrase, or null to take the subject of the frame before it in the sentence. */
  subject: { start: number; end: number; text: string } | null;
  /** For « a-t-il », « précise-t-elle », « selon lui »: the pronoun's gender and number. */
  pronoun: { gender: "m" | "f" | null; plural: boolean } | null;
  negated: boolean;
  /** Takes a clause (reported speech) rather than a noun phrase. */
  says: boolean;
  /** Reported speech span (indirect quote), when there is one. */
  clause: { start: number; end: number } | null;
  /** Span whose « quoted words » this frame attributes. */
  scope: { start: number; end: number };
  /** Followed by « : », announcing a quote. */
  colon: boolean;
}

const AUX = new Set(["a", "ont", "avait", "avaient", "aura", "auront", "aurait", "auraient", "eut", "est", "sont", "etait", "etaient", "ete", "s'est", "se", "s'", "a-t-il", "a-t-elle", "ont-ils", "ont-elles", "a-t-on", "avait-il", "avait-elle", "has", "have", "had", "was", "were", "is"]);
const ADVERBS = new Set(["aussi", "aussitot", "encore", "egalement", "notamment", "seulement", "deja", "toutefois", "cependant", "pourtant", "par", "ailleurs", "immediatement", "alors", "ensuite", "enfin", "ainsi", "meme", "bien", "plus", "tard", "mardi", "lundi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier", "soir", "matin", "vivement", "fermement", "clairement", "publiquement", "officiellement", "n'", "ne", "pas", "jamais", "point", "guere", "also", "later", "then", "not", "never", "had", "repeatedly", "revanche", "en", "part", "sa", "son", "leur", "pour", "de", "cote", "outre", "effet", "quant"]);
const NEGATION = new Set(["n'", "ne", "pas", "jamais", "guere", "not", "never"]);
const DETERMINERS = new Set(["le", "la", "les", "l'", "un", "une", "des", "ce", "cet", "cette", "ces", "son", "sa", "ses", "leur", "leurs", "the", "a", "an", "m.", "mme", "mlle", "mm."]);
const PRONOUNS: Record<string, { gender: "m" | "f" | null; plural: boolean }> = {
  il: { gender: "m", plural: false },
  elle: { gender: "f", plural: false },
  ils: { gender: "m", plural: true },
  elles: { gender: "f", plural: true },
  lui: { gender: "m", plural: false },
  eux: { gender: "m", plural: true },
  on: { gender: null, plural: false },
  he: { gender: "m", plural: false },
  she: { gender: "f", plural: false },
  they: { gender: null, plural: true },
  him: { gender: "m", plural: false },
  her: { gender: "f", plural: false },
  them: { gender: null, plural: true },
};
const NOT_NP_START = new Set(["a", "au", "aux", "dans", "en", "selon", "d'apres", "lors", "apres", "avant", "pour", "depuis", "sur", "sous", "vers", "par", "avec", "sans", "interroge", "interrogee", "interroges", "age", "agee", "point", "baptise", "baptisee", "de", "d'", "du", "des", "quant", "outre", "face", "malgre", "contrairement", "comme", "si", "lorsque", "quand", "tandis", "alors", "in", "at", "on", "after", "before", "asked", "speaking"]);
const CONJUNCTIONS = /^(?:mais|et|or|car|puis|donc|alors que|tandis que|but|and)\s+/i;
const NON_VERB_ENDINGS = /(?:ion|ions|ment|ments|ance|ances|ence|ences|eur|eurs|euse|ure|ures|age|ages|esse|ite|ites|isme|if|ive|ifs|ives|el|elle|els|elles|al|aux|ale|ales)$/;
const VERB_ENDINGS = /(?:e|es|ent|ait|aient|a|erent|ra|ront|rait|raient|e|ee|es|ees|i|ie|is|it|ies|u|ue|us|ues|ant|t|d|s|t-il|t-elle|-il|-elle|-ils|-elles|-on|ed)$/;

const startsWithAny = (low: string, stems: readonly string[]) => stems.some((s) => low.startsWith(s));

/** Whether a token is a reporting verb, and of which kind. */
export function reportingVerb(tokens: Token[], i: number): "say" | "eval" | null {
  const t = tokens[i]!;
  const low = t.low.replace(/-t-(?:il|elle|on)$|-(?:il|elle|ils|elles|on)$/, "");
  const next = tokens[i + 1]?.low ?? "";
  if (CALL_FOR.has(low) && (next === "a" || next === "au" || next === "aux")) return "say";
  if (NOT_SPEECH.has(low) || low.length < 3) return null;
  const prev = tokens[i - 1]?.low ?? "";
  // « fait savoir », « fait valoir », « mis en garde »
  if ((low === "fait" || low === "fit") && (next === "savoir" || next === "valoir" || next === "remarquer")) return "say";
  if (DETERMINERS.has(prev) && prev !== "a") return null;
  const written = t.text.toLowerCase().replace(/-t-(?:il|elle|on)$|-(?:il|elle|ils|elles|on)$/, "");
  const afterSubject = /^\p{Lu}/u.test(tokens[i - 1]?.text ?? "") || /^(?:il|elle|on)$/.test(prev);
  if (NON_VERB_ENDINGS.test(written) && !/(?:ait|aient|ant|ent)$/.test(written) && !(afterSubject && /ance$/.test(written))) return null;
  if (!VERB_ENDINGS.test(low)) return null;
  // Infinitives report nothing by themselves (« sans préciser », « a refusé de dire »).
  if (/(?:er|ir|oir|dre|ttre|aitre|ire|clure|croire|craindre)$/.test(low) && !AUX.has(prev)) return null;
  if (startsWithAny(low, SAY_STEMS) || SAY_WORDS_EN.has(low)) return "say";
  if (startsWithAny(low, EVALUATIVE_STEMS)) return "eval";
  return null;
}

interface Ctx {
  text: string;
  low: string;
  tokens: Token[];
  quotes: { start: number; end: number }[];
}

const inQuote = (ctx: Ctx, pos: number) => ctx.quotes.some((q) => pos > q.start && pos < q.end);

function prevNonSpace(text: string, pos: number): { ch: string; at: number } {
  let i = pos - 1;
  while (i >= 0 && /\s/.test(text[i]!)) i--;
  return { ch: i >= 0 ? text[i]! : "", at: i };
}

/** The end of a noun phrase that follows an inverted verb: up to punctuation or a circumstantial phrase. */
function subjectAfter(ctx: Ctx, from: number): { start: number; end: number; text: string } | null {
  let start = from;
  while (start < ctx.text.length && /\s/.test(ctx.text[start]!)) start++;
  let end = start;
  while (end < ctx.text.length && !/[,;:!?«»()]/.test(ctx.text[end]!)) {
    // A period ends the phrase unless it closes an abbreviation (« M. », « Mme. », an initial).
    if (ctx.text[end] === "." && !/(?:^|\s)(?:\p{Lu}|M|MM|Mme|Mlle|Dr|Pr|Me|Mgr|St|Gen|Col|Lt)$/u.test(ctx.text.slice(start, end))) break;
    end++;
  }
  const segLow = " " + ctx.low.slice(start, end) + " ";
  let cut = end;
  for (const stop of SUBJECT_STOPS) {
    const k = segLow.indexOf(stop, 1);
    if (k > 0 && start + k - 1 < cut) cut = start + k - 1;
  }
  end = cut;
  while (end > start && /\s/.test(ctx.text[end - 1]!)) end--;
  if (end <= start) return null;
  // An apposition naming the speaker: « le porte-parole de l'état-major, le colonel Jean Mas, … ».
  if (ctx.text[end] === ",") {
    let a = end + 1;
    while (a < ctx.text.length && /\s/.test(ctx.text[a]!)) a++;
    let b = a;
    while (b < ctx.text.length && !/[,.;:!?«»()]/.test(ctx.text[b]!)) b++;
    const seg = ctx.text.slice(a, b).trim();
    if (/^(?:(?:le|la|l['’])\s*)?(?:\p{Ll}+\s+)?(?:\p{Lu}[\p{L}.'’-]*\s*){1,4}$/u.test(seg) && /\p{Lu}[\p{Ll}]/u.test(seg)) {
      end = a + seg.length;
    }
  }
  return { start, end, text: ctx.text.slice(start, end) };
}

/** The noun phrase before a verb: the last comma-segment of the clause that can be a subject. */
function subjectBefore(ctx: Ctx, groupStart: number, floor: number): { start: number; end: number; text: string } | null {
  const prefix = ctx.text.slice(floor, groupStart);
  if (/(?:^|[\s,])(?:et|puis|and)\s*$/i.test(prefix) || prefix.trim() === "") return null;
  // Segments separated by commas (quotes and parentheses kept whole).
  const segs: { start: number; end: number }[] = [];
  let s = 0;
  let depth = 0;
  for (let i = 0; i < prefix.length; i++) {
    const c = prefix[i]!;
    if (c === "«" || c === "(") depth++;
    else if ((c === "»" || c === ")") && depth > 0) depth--;
    else if ((c === "," || c === ";" || c === ":") && depth === 0 && !(c === "," && /\d/.test(prefix[i - 1] ?? "") && /\d/.test(prefix[i + 1] ?? ""))) {
      segs.push({ start: s, end: i });
      s = i + 1;
    }
  }
  segs.push({ start: s, end: prefix.length });
  for (let k = segs.length - 1; k >= 0; k--) {
    const seg = segs[k]!;
    let raw = prefix.slice(seg.start, seg.end);
    const lead = raw.length - raw.trimStart().length;
    raw = raw.trim();
    if (!raw) continue;
    let offset = seg.start + lead;
    const conj = CONJUNCTIONS.exec(raw);
    if (conj) {
      offset += conj[0].length;
      raw = raw.slice(conj[0].length);
    }
    // « Moscou, qui a … »: the antecedent of the relative pronoun.
    if (/^(?:qui|que|qu['’]|dont|où|lequel|laquelle|lesquels|who|which)(?:\s|$)/i.test(raw)) continue;
    const firstLow = ctx.low.slice(floor + offset).split(/[\s']/)[0] ?? "";
    const firstWithApos = /^\S+?'/.test(ctx.low.slice(floor + offset, floor + offset + 8)) ? (ctx.low.slice(floor + offset).match(/^\S+?'/)?.[0] ?? "") : "";
    // « X, cité par l'agence Tass, a affirmé »: a participle phrase in apposition, not the subject.
    if (/^\p{Ll}[\p{Ll}-]*(?:é|ée|és|ées|ant)\s/u.test(raw)) continue;
    if (NOT_NP_START.has(firstLow) || firstWithApos === "d'" || firstWithApos === "qu'" || /^(?:selon|d'apres)/.test(ctx.low.slice(floor + offset))) continue;
    if (/^\s*»/.test(raw)) continue;
    // « Le général X, 51 ans, a estimé »: an age in apposition.
    if (/^\(?\d+\s*ans\)?$/.test(raw)) continue;
    // « X, chef de l'État polonais, a plaidé »: a role in apposition after the name.
    const prevSeg = segs[k - 1];
    if (prevSeg && /^\p{Ll}/u.test(raw) && isPersonDescription(raw)) {
      const pRaw = prefix.slice(prevSeg.start, prevSeg.end).trim();
      if (/\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(pRaw) || /^(?:le|la|l['’]|m\.|mme)\s*/i.test(pRaw)) {
        const pStart = floor + prefix.indexOf(pRaw, prevSeg.start);
        return { start: pStart, end: floor + offset + raw.length, text: ctx.text.slice(pStart, floor + offset + raw.length) };
      }
    }
    let start = floor + offset;
    const end = start + raw.length;
    // A name in apposition to the role before it: « la ministre de la Défense, Julie Perrin, a déclaré ».
    const prev = segs[k - 1];
    if (prev && /^\p{Lu}/u.test(raw) && !/^(?:le|la|les|l'|un|une)\b/i.test(raw)) {
      const pRaw = prefix.slice(prev.start, prev.end);
      const m = /(?:^|\s)((?:le|la|l['’]|les)\s*[^,]+)$/iu.exec(pRaw);
      if (m?.[1]) start = floor + prev.start + pRaw.length - m[1].length;
    }
    return { start, end, text: ctx.text.slice(start, end) };
  }
  return null;
}

function pronounOf(tok: Token): { gender: "m" | "f" | null; plural: boolean } | null {
  const m = /-(?:t-)?(il|elle|ils|elles|on)$/.exec(tok.low);
  return m?.[1] ? PRONOUNS[m[1]]! : null;
}

/** The reporting frames of one sentence, in order. */
export function findFrames(text: string, low: string, tokens: Token[], quotes: { start: number; end: number }[]): Frame[] {
  const ctx: Ctx = { text, low, tokens, quotes };
  const frames: Frame[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (inQuote(ctx, t.start)) continue;
    if (t.low === "selon" || t.low === "d'apres" || (t.low === "d'" && tokens[i + 1]?.low === "apres") || (t.low === "according" && tokens[i + 1]?.low === "to") || isPourFrame(ctx, i)) {
      frames.push(selonFrame(ctx, i));
      continue;
    }
    const kind = reportingVerb(tokens, i);
    if (!kind) continue;
    // The verb group: auxiliaries, adverbs and negation before the verb.
    let g = i;
    let negated = false;
    let hasAux = false;
    let pronoun = pronounOf(t);
    while (g > 0) {
      const p = tokens[g - 1]!;
      // The group never reaches over punctuation or into a quotation.
      if (inQuote(ctx, p.start) || /\S/.test(text.slice(p.end, tokens[g]!.start))) break;
      if (AUX.has(p.low) || /^(?:a|ont|avait)-t?-?(?:il|elle|ils|elles|on)$/.test(p.low)) {
        hasAux = true;
        pronoun = pronoun ?? pronounOf(p);
        g--;
      } else if (ADVERBS.has(p.low)) {
        if (NEGATION.has(p.low)) negated = true;
        g--;
      } else break;
    }
    // Trailing adverbs of the group belong to it only when an auxiliary is there.
    while (g < i && ADVERBS.has(tokens[g]!.low) && !NEGATION.has(tokens[g]!.low) && !AUX.has(tokens[g]!.low)) g++;
    if (!hasAux && !pronoun && /(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues)$/.test(t.text.toLowerCase())) {
      // A bare past participle reports only when it shares an earlier auxiliary (« a dénoncé … et prévenu »).
      if (!(tokens[g - 1]?.low === "et" && frames.length > 0)) continue;
    }
    const invertedOnly = startsWithAny(t.low, INVERTED_ONLY_STEMS);
    if (/(?:ant)$/.test(t.low)) {
      if (invertedOnly) continue;
      frames.push(participleFrame(ctx, i, kind));
      continue;
    }
    const groupStart = tokens[g]!.start;
    let groupEnd = t.end;
    let verbIdx = i;
    if ((t.low === "fait" || t.low === "fit") && tokens[i + 1]) {
      groupEnd = tokens[i + 1]!.end;
      verbIdx = i + 1;
    }
    const verb = text.slice(groupStart, groupEnd);
    const after = tokens[verbIdx + 1];
    // Passive: « a été dénoncé par la présidence ».
    if (tokens.slice(g, i).some((x) => x.low === "ete" || x.low === "was" || x.low === "were") && (after?.low === "par" || after?.low === "by")) {
      const subj = subjectAfter(ctx, after.end);
      frames.push({ kind: "passive", verb, groupStart, groupEnd, subject: subj, pronoun: null, negated, says: false, clause: null, scope: { start: 0, end: text.length }, colon: false });
      continue;
    }
    // A passive with no agent names no speaker (« a été annoncé », « avait été prévenue »).
    if (tokens.slice(g, i).some((x) => x.low === "ete" || x.low === "was" || x.low === "were")) continue;
    const before = prevNonSpace(text, groupStart);
    if (pronoun && (before.ch === "," || before.ch === "»" || before.ch === "" || before.ch === "”" || before.ch === '"')) {
      frames.push({ kind: "pronoun", verb, groupStart, groupEnd, subject: null, pronoun, negated, says: kind === "say", clause: null, scope: { start: 0, end: before.at >= 0 ? before.at : 0 }, colon: false });
      continue;
    }
    if ((before.ch === "," || before.ch === "»" || before.ch === "”" || before.ch === '"') && after && !/^(?:que|qu'|de|d'|that)$/.test(after.low)) {
      const dative = skipDative(tokens, verbIdx + 1);
      const subj = subjectAfter(ctx, dative ?? groupEnd);
      // An inverted subject opens like a noun phrase and is not the object of the quoted words
      // (« a dénoncé une « provocation » »). After a comma that merely closes an apposition to the
      // subject (« X, chef de …, a salué la décision »), it must also look like a speaker.
      const npStart = dative !== null || DETERMINERS.has(after.low) || /^\p{Lu}/u.test(after.text);
      const objectOfQuote = subj !== null && /^\s*[«“]/.test(text.slice(subj.end));
      const apposition = before.ch === "," && prefixIsNounPhrase(ctx, before.at);
      if (subj && npStart && !objectOfQuote && (!apposition || looksLikeSpeaker(subj.text))) {
        frames.push({ kind: "inverted", verb, groupStart, groupEnd, subject: subj, pronoun: null, negated, says: kind === "say", clause: null, scope: { start: 0, end: before.at }, colon: false });
        continue;
      }
    }
    if (invertedOnly) continue;
    const floor = frames.length ? frames[frames.length - 1]!.groupEnd : 0;
    const subj = subjectBefore(ctx, groupStart, 0);
    const subjPron = subj ? PRONOUNS[subj.text.toLowerCase()] ?? null : null;
    // What follows: « que », « : », or a noun phrase.
    let k = verbIdx + 1;
    while (k < tokens.length && k < verbIdx + 7 && tokens[k]!.low !== "que" && tokens[k]!.low !== "qu'" && tokens[k]!.low !== "that") {
      const w = tokens[k]!.low;
      if (!(ADVERBS.has(w) || w === "a" || w === "au" || w === "aux" || w === "la" || w === "les" || w === "presse" || w === "journalistes" || w === "to" || w === "reporters")) break;
      k++;
    }
    const que = tokens[k] && (tokens[k]!.low === "que" || tokens[k]!.low === "qu'" || tokens[k]!.low === "that") ? tokens[k]! : null;
    const colonAt = /^\s*:/.exec(text.slice(groupEnd));
    const clause = que && kind === "say" && !negated ? { start: que.end, end: text.length } : null;
    frames.push({
      kind: "preverbal",
      verb,
      groupStart,
      groupEnd,
      subject: subj && floor <= subj.start + 1000 ? subj : null,
      pronoun: subjPron,
      negated,
      says: kind === "say",
      clause,
      scope: { start: groupEnd, end: text.length },
      colon: Boolean(colonAt),
    });
  }
  closeClauses(ctx, frames);
  return frames;
}

const FINITE = new Set(["a", "ont", "est", "sont", "etait", "etaient", "avait", "avaient", "sera", "seront", "serait", "seraient", "doit", "doivent", "devait", "peut", "peuvent", "pourrait", "va", "vont", "fait", "font", "n'", "ne", "se", "s'", "y", "has", "have", "is", "are", "was", "were"]);

/**
 * « Michał X, chef de l'État polonais, a plaidé … »: the commas close an apposition to the subject,
 * not a clause that an inverted verb reports. True when everything before the comma (past an
 * introductory phrase) is noun phrases: no quotation, no finite verb, no long clause.
 */
function prefixIsNounPhrase(ctx: Ctx, comma: number): boolean {
  const prefix = ctx.low.slice(0, comma);
  if (/[«»“”"]/.test(ctx.text.slice(0, comma))) return false;
  const segments = prefix.split(/,(?!\d)/).map((x) => x.trim()).filter(Boolean);
  let k = 0;
  while (k < segments.length - 1 && NOT_NP_START.has(segments[k]!.split(/[\s']/)[0] ?? "")) k++;
  const rest = segments.slice(k);
  if (!rest.length) return false;
  // A noun phrase opens with a determiner, a title or a name, never with a subject pronoun.
  const opener = rest[0]!.split(/[\s']/)[0] ?? "";
  if (/^(?:je|tu|il|elle|on|nous|vous|ils|elles|c|ce|cela|ca|i|we|you|he|she|it|they)$/.test(opener)) return false;
  for (const seg of rest) {
    if (/^(?:qui|dont|ou|lequel|laquelle|que)\s/.test(seg)) continue;
    const words = seg.split(/\s+/);
    if (words.length > 12) return false;
    if (words.some((w) => FINITE.has(w) || /^[a-z]{3,}(?:ait|aient)$/.test(w))) return false;
  }
  return true;
}

function looksLikeSpeaker(np: string): boolean {
  return /\p{Lu}\p{Ll}+/u.test(np.replace(/^\p{Lu}/u, "")) || isPersonDescription(np) || isInstitution(np) || isGroup(np) || isDocument(np) || /\bsources?\b/i.test(np);
}

/** « a déclaré à l'AFP le maire »: the offset after a dative phrase that stands between verb and subject. */
function skipDative(tokens: Token[], k: number): number | null {
  let j = k;
  // A time word first (« a annoncé jeudi la ministre »).
  while (tokens[j] && TIME_WORDS.has(tokens[j]!.low)) j++;
  const t = tokens[j];
  if (t && PREPOSITIONS.has(t.low)) {
    // « à l'AFP », « sur Telegram », « devant la presse », « lors d'une conférence de presse ».
    j++;
    if (tokens[j] && /^(?:l'|la|les|le|un|une|d'|des|du|the|a)$/.test(tokens[j]!.low)) j++;
    if (tokens[j] && /^(?:une|un|la|le|l')$/.test(tokens[j]!.low)) j++;
    j++;
    if (tokens[j] && /^(?:de|du|des|d')$/.test(tokens[j]!.low) && tokens[j + 2] && (DETERMINERS.has(tokens[j + 2]!.low) || /^\p{Lu}/u.test(tokens[j + 2]!.text))) j += 2;
    while (tokens[j] && TIME_WORDS.has(tokens[j]!.low)) j++;
  } else if (j === k) return null;
  const next = tokens[j];
  if (!next || !(DETERMINERS.has(next.low) || /^\p{Lu}/u.test(next.text))) return null;
  return tokens[j - 1]!.end;
}

const TIME_WORDS = new Set(["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier", "soir", "matin", "aussitot", "ensuite", "encore", "egalement", "aussi", "yesterday", "today", "later"]);
const PREPOSITIONS = new Set(["a", "au", "aux", "sur", "dans", "devant", "lors", "aupres", "en", "via", "to", "on", "in"]);

/** « Pour l'analyste X, … »: a point of view, like « selon », when X is a person or an institution. */
function isPourFrame(ctx: Ctx, i: number): boolean {
  const t = ctx.tokens[i]!;
  if (t.low !== "pour" || prevNonSpace(ctx.text, t.start).ch !== "") return false;
  const comma = ctx.text.indexOf(",", t.end);
  if (comma < 0 || comma - t.end > 80) return false;
  const np = ctx.text.slice(t.end, comma).trim();
  return /\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(np) || isPersonDescription(np) || isInstitution(np) || isGroup(np);
}

const SELON_NP_MAX = 160;

function selonFrame(ctx: Ctx, i: number): Frame {
  const t = ctx.tokens[i]!;
  const wordEnd = t.low === "d'" || t.low === "according" ? ctx.tokens[i + 1]!.end : t.end;
  const verb = ctx.text.slice(t.start, wordEnd);
  let a = wordEnd;
  while (a < ctx.text.length && /\s/.test(ctx.text[a]!)) a++;
  let b = a;
  // A speaker's noun phrase is a few words: without the cap, « selon X et selon Y et … » with no
  // punctuation scans to the sentence's end for every « selon » (quadratic).
  const npEnd = Math.min(ctx.text.length, a + SELON_NP_MAX);
  while (b < npEnd && !/[,.;:!?«»()]/.test(ctx.text[b]!)) b++;
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
  // « selon les chiffres communiqués par le gouvernement allemand »: the agent speaks.
  const par = / par (?=(?:le|la|les|l['’])\s*)/i.exec(np);
  if (par && /^(?:les?|la|l['’])\s*(?:chiffres|donnees|données|estimations|informations|sources|propos|termes|bilan|figures|data)/i.test(np)) {
    npStart = a + par.index + par[0].length;
    np = np.slice(par.index + par[0].length);
  }
  const subj = { start: npStart, end: npStart + np.length, text: np };
  const pron = PRONOUNS[np.toLowerCase()] ?? null;
  const before = prevNonSpace(ctx.text, t.start);
  const atStart = before.ch === "" || before.at < 0;
  const clause = atStart || before.ch !== ","
    ? { start: b + 1, end: ctx.text.length }
    : { start: 0, end: before.at };
  return { kind: "selon", verb, groupStart: t.start, groupEnd: wordEnd, subject: subj, pronoun: pron, negated: false, says: true, clause, scope: clause, colon: false };
}

function participleFrame(ctx: Ctx, i: number, kind: "say" | "eval"): Frame {
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
  const next = ctx.tokens[i + 1];
  const que = next && (next.low === "que" || next.low === "qu'") ? next : null;
  const clause = que && kind === "say" ? { start: que.end, end: ctx.text.length } : null;
  return {
    kind: "participle",
    verb: t.text,
    groupStart: t.start,
    groupEnd: t.end,
    subject,
    pronoun: null,
    negated: false,
    says: kind === "say",
    clause,
    scope: { start: t.end, end: ctx.text.length },
    colon: false,
  };
}

const CLAUSE_STOPS = ["; ", " et a ", " et ont ", " et avait ", ", et a ", " mais "];

/** Where « et » (white space before it, optional white space after) ends the text before `end`, or -1. Same as /\s+et\s*$/ on text.slice(0, end), in constant time. */
function etBefore(text: string, end: number): number {
  let i = end - 1;
  while (i >= 0 && /\s/.test(text[i]!)) i--;
  if (i < 2 || text[i] !== "t" || text[i - 1] !== "e" || !/\s/.test(text[i - 2]!)) return -1;
  let j = i - 2;
  while (j > 0 && /\s/.test(text[j - 1]!)) j--;
  return j;
}

/** A clause ends where the next frame's speaker or verb begins, or at « ; », « et a … », « mais ». */
function closeClauses(ctx: Ctx, frames: Frame[]): void {
  // The first occurrence of each stop at or after a position, remembered with the position it was
  // searched from: a stop absent from a long sentence is then searched for once, not once per frame.
  const found = new Map<string, { from: number; at: number }>();
  const nextStop = (stop: string, from: number): number => {
    const c = found.get(stop);
    if (c && c.from <= from && (c.at < 0 || c.at >= from)) return c.at;
    const at = ctx.low.indexOf(stop, from);
    found.set(stop, { from, at });
    return at;
  };
  for (let f = 0; f < frames.length; f++) {
    const fr = frames[f]!;
    // Indexed scans, not slice().find(): a long run-on sentence can hold thousands of frames. A
    // « selon » clause also ends at the next « selon » (else each runs to the sentence's end: quadratic).
    let nextFrame: Frame | undefined;
    for (let n = f + 1; n < frames.length && !nextFrame; n++) if (frames[n]!.groupStart > fr.groupEnd && (frames[n]!.kind !== "selon" || fr.kind === "selon")) nextFrame = frames[n];
    let limit = ctx.text.length;
    if (nextFrame) {
      const nStart = nextFrame.subject && nextFrame.subject.start < nextFrame.groupStart ? nextFrame.subject.start : nextFrame.groupStart;
      const comma = prevNonSpace(ctx.text, nStart);
      limit = comma.ch === "," || comma.ch === ";" ? comma.at : nStart;
      // « a dénoncé … et prévenu »: cut before the coordination.
      const et = etBefore(ctx.text, limit);
      if (et >= 0) limit = et;
    }
    for (const stop of CLAUSE_STOPS) {
      const k = nextStop(stop, fr.groupEnd);
      if (k > 0 && k < limit && !inQuote(ctx, k)) limit = k;
    }
    if (fr.clause && fr.clause.start < fr.groupStart) {
      // Clauses before the frame (inverted « selon ») already end at the frame.
      continue;
    }
    // « Selon lui, la corvette, …, n'a répondu à aucun appel »: what follows « selon X, » is all X's.
    if (fr.kind === "selon") {
      const semi = nextStop(";", fr.groupEnd);
      if (semi > 0 && fr.clause) fr.clause.end = Math.min(fr.clause.end, semi);
      // …up to the next « selon »: in a run-on « selon A et selon B et … » each clause would
      // otherwise hold the rest of the sentence (quadratic time, and quotes of quadratic size).
      let nextSelon: Frame | undefined;
      for (let n = f + 1; n < frames.length && !nextSelon; n++) if (frames[n]!.kind === "selon" && frames[n]!.groupStart > fr.groupEnd) nextSelon = frames[n];
      if (nextSelon && fr.clause) fr.clause.end = Math.max(fr.clause.start, Math.min(fr.clause.end, nextSelon.groupStart));
      continue;
    }
    if (fr.clause) fr.clause.end = Math.min(fr.clause.end, limit);
    if (fr.kind !== "passive") fr.scope.end = Math.min(fr.scope.end, limit);
  }
  // Inverted frames report what precedes them, back to the previous frame's end.
  for (let f = 0; f < frames.length; f++) {
    const fr = frames[f]!;
    if (fr.kind !== "inverted" && fr.kind !== "pronoun") continue;
    let prev: Frame | undefined;
    for (let p = f - 1; p >= 0 && !prev; p--) if (frames[p]!.groupEnd < fr.groupStart && frames[p]!.kind !== "selon") prev = frames[p];
    const start = prev ? (prev.clause ? prev.clause.end : prev.groupEnd) : 0;
    fr.scope = { start: Math.min(start, fr.scope.end), end: fr.scope.end };
    if (fr.says && !fr.negated) fr.clause = { ...fr.scope };
  }
  // « A, selon X, B, selon Y »: a trailing « selon » reports back to the previous « selon », not to
  // the sentence's start (which, repeated, made a run-on sentence quadratic in time and output).
  let lastSelonEnd = -1;
  for (const fr of frames) {
    if (fr.kind !== "selon") continue;
    if (fr.clause && fr.clause.start < fr.groupStart && lastSelonEnd > fr.clause.start && lastSelonEnd <= fr.clause.end) {
      fr.clause = { start: lastSelonEnd, end: fr.clause.end };
      fr.scope = fr.clause;
    }
    lastSelonEnd = fr.subject ? fr.subject.end : fr.groupEnd;
  }
}
