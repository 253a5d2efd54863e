import type { Entity, StoryIndex } from "../index.js";
import { entitiesIn } from "../mentions.js";
import { fold } from "../text.js";
import { backReferenceWords } from "../lexicon-people.js";
import { descriptionHeads } from "./speech/heads.js";
import { nationalityGroupsOf } from "../lexicon.js";
import { speechLexicon } from "../../story/lang/index.js";
import { CALENDAR } from "../../story/lang/calendar.js";

/**
 * What a sentence reports someone as saying, promising or holding when ingest attributed no words
 * to them: news writing gives a position as the subject of a verb of speech or stance (« X a
 * promis de … », « X s'est engagée à … », « X vowed to … », « X, who has argued that … »), through
 * someone speaking for them (« X's office said », « le cabinet de X a indiqué »), after « according
 * to X » or under a pronoun in the next sentence (« She said … »); and a refusal to comment is an
 * answer too (« X declined to comment », « X n'a pas souhaité s'exprimer »).
 */

type Lang = "fr" | "en";

interface StanceWords {
  /** Verbs of speech or stance, whole folded words. */
  words: ReadonlySet<string>;
  /** The same as stems matched at the start of a folded word (French agreement and tenses). */
  stems: readonly string[];
  /** Verbs that report only before a clause (« responded that », « a répondu que »): otherwise a deed. */
  clauseOnlyWords: ReadonlySet<string>;
  clauseOnlyStems: readonly string[];
  complementizerWords: ReadonlySet<string>;
  /** Verbs that report speech only before these words (« called for », « appelé à »): otherwise a call or a name. */
  onlyBefore: ReadonlyMap<string, ReadonlySet<string>>;
  /** Nouns of a statement a name owns (« X's warning that … », « la mise en garde de X »). */
  statements: ReadonlySet<string>;
  /** Who speaks for someone (« X's office », « le cabinet de X »). */
  proxies: ReadonlySet<string>;
  /** The offices whose holder speaks for an institution or a country by office (« Kremlin spokesman », « porte-parole du ministère »), folded: the head noun of such a title. */
  voices: ReadonlySet<string>;
  /** « of », « de »: what joins a statement or a proxy to its owner, before the name. */
  owners: ReadonlySet<string>;
  /** Words before a name that make it no subject (« to X », « avec X »). */
  notSubject: ReadonlySet<string>;
  /** Relative pronouns after which the name is the subject again (« X, who has argued … »). */
  relatives: ReadonlySet<string>;
  /** Words that join two parts of one clause (« et », "and"): quoted words opening on one go on with what precedes them. */
  coordinators: ReadonlySet<string>;
  /** « ce dernier », "the latter": the last one named, folded, with its gender when it has one. */
  latter: ReadonlyMap<string, "m" | "f" | null>;
  /** A stressed pronoun and the word of addition after it, inside a verb group (« a elle aussi jugé »): skipped. */
  echo: { pronouns: ReadonlySet<string>; also: ReadonlySet<string> };
  /** « according to », « selon », as folded text ending right before the name (or its statement). */
  authority: RegExp;
  /** A refusal to comment, read on the folded words after the name. */
  declined: RegExp;
  /** Words that open reported speech, dropped from its start. */
  complementizers: RegExp;
  /** Days and adverbs right after a verb that say when or how, not what (« a promis mardi de … »). */
  lead: ReadonlySet<string>;
  /** Subject pronouns by gender, for the sentence after a mention. */
  pronouns: Readonly<Record<"m" | "f", ReadonlySet<string>>>;
}

/** What only stance answers need beyond the speech lexicon: who owns a statement, who speaks for whom, refusals. */
const OWN: Record<Lang, Omit<StanceWords, "words" | "stems" | "clauseOnlyWords" | "clauseOnlyStems" | "complementizerWords" | "onlyBefore" | "complementizers" | "lead" | "pronouns">> = {
  en: {
    statements: new Set(
      "warning warnings claim claims statement statements promise promises pledge pledges threat threats call calls appeal assertion insistence argument admission denial announcement assessment view views position remarks comments message letter post tweet vow criticism accusation accusations demand demands proposal offer plea suggestion decision".split(" "),
    ),
    proxies: new Set("office spokesman spokeswoman spokesperson spokespeople lawyer lawyers attorney attorneys aide aides camp campaign team representative representatives press secretary".split(" ")),
    voices: new Set("spokesman spokeswoman spokesperson spokespeople representative".split(" ")),
    owners: new Set(["of", "for", "from"]),
    notSubject: new Set("to with by about against than at for from into on of like between".split(" ")),
    relatives: new Set(["who", "which"]),
    echo: { pronouns: new Set(), also: new Set() },
    latter: new Map([["the latter", null]]),
    coordinators: new Set(["and", "or", "but", "nor"]),
    authority: /\baccording to(?: (?:a|an|the) [a-z]+(?: [a-z]+)? (?:from|of|for|by))?\s*$/,
    declined: /^(?:(?:has|had|have) )?(?:also )?(?:declined|refused|did not|didn't|does not|doesn't|has not|hasn't|have not|would not|wouldn't|could not|couldn't|was not|wasn't|were not)\s+(?:immediately\s+)?(?:to\s+)?(?:comment|respond|reply|answer|return|be reached|be available|available for comment|speak)\b/,
  },
  fr: {
    statements: new Set(
      "avertissement declaration declarations promesse promesses menace menaces appel annonce message lettre tribune critique critiques accusation accusations demande proposition engagement position propos communique reponse reaction decision".split(" "),
    ),
    proxies: new Set("cabinet entourage porte-parole avocat avocate avocats services equipe camp proches representant representante conseiller conseillere".split(" ")),
    voices: new Set("porte-parole representant representante".split(" ")),
    owners: new Set(["de", "du", "d'"]),
    notSubject: new Set("a au aux avec par pour contre sur chez envers vers entre que qu' comme sans de du des d' selon".split(" ")),
    relatives: new Set(["qui"]),
    echo: { pronouns: new Set(["elle", "lui", "eux", "elles"]), also: new Set(["aussi", "egalement"]) },
    coordinators: new Set(["et", "ou", "mais", "ni"]),
    latter: new Map([
      ["ce dernier", "m"],
      ["cette derniere", "f"],
    ]),
    authority: /\b(?:selon|d'apres)(?: (?:un|une|le|la|l'|les|des) ?[a-z-]+(?: [a-z-]+)? (?:de|du|d'|des) ?)?\s*$/,
    declined:
      /^(?:(?:n'(?:a|ont|avait|avaient)|ne s'(?:est|sont)) (?:pas|jamais) (?:souhaite|voulu|pu|donne suite|repondu|reagi|commente|ete joignable|pu etre joint)|(?:a|ont|avait|avaient) (?:refuse|decline)|s'(?:est|sont) refusee?s? a tout commentaire|(?:n'a|n'ont) fait aucun commentaire)/,
  },
};

const stanceMemo = new Map<Lang, StanceWords>();

/**
 * The words of a language's stance answers: its verbs are the speech lexicon's reporting verbs
 * (src/story/lang/*) and its verbs of stance, less those that only frame quoted words; the days
 * come from its calendar; one list per language, shared with ingest.
 */
function stanceWords(lang: Lang): StanceWords {
  const hit = stanceMemo.get(lang);
  if (hit) return hit;
  const lex = speechLexicon(lang);
  const not = new Set(lex.notStance);
  const inverted = new Set(lex.invertedOnlyStems);
  const words = new Set([...lex.sayWords, ...lex.evalWords, ...lex.directiveWords, ...lex.stanceWords].filter((w) => !not.has(w)));
  const stems = [...new Set([...lex.sayStems, ...lex.evalStems, ...lex.directiveStems, ...lex.stanceStems])].filter((s) => !not.has(s) && !inverted.has(s));
  const negation = new Set(lex.negation);
  // a day, a time word or an adverb of manner, never a function word (« a promis de … » keeps its « de »)
  const lead = new Set([
    ...CALENDAR[lang].weekdays,
    ...[...lex.timeWords].filter((w) => w.length >= 4),
    ...[...lex.adverbs].filter((w) => w.length >= 5 && !negation.has(w)),
  ]);
  const gendered = (g: "m" | "f") => new Set([...lex.subjectPronouns].filter((p) => lex.pronouns[p]?.gender === g && !lex.pronouns[p]?.plural && !lex.pronouns[p]?.thing));
  const complementizers = new RegExp(`^(?:${[...lex.complementizers].map((c) => (c.endsWith("'") ? `${c.slice(0, -1)}['’]` : `${c}\\s+`)).join("|")})`, "i");
  const out: StanceWords = {
    ...OWN[lang],
    words,
    stems,
    clauseOnlyWords: lex.clauseOnlyWords,
    clauseOnlyStems: lex.clauseOnlyStems,
    complementizerWords: lex.complementizers,
    onlyBefore: lex.stanceOnlyBefore,
    complementizers,
    lead,
    pronouns: { m: gendered("m"), f: gendered("f") },
  };
  stanceMemo.set(lang, out);
  return out;
}

/** A stem of three letters or fewer (« dit », « nie ») matches only itself with an ending, not « disparu ». */
const SHORT_STEM_ENDING = /^(?:|e|es|s|nt|ent|ait|aient|ant|a|ai|r|re|ra|rait)$/;

interface Tok {
  raw: string;
  /** Folded, without the punctuation around the word (inner apostrophes kept). */
  f: string;
}

function toks(text: string): Tok[] {
  return text
    .split(/\s+/)
    .filter(Boolean)
    .map((raw) => ({ raw, f: fold(raw).replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "") }));
}

/** Whether the words at `k` are a verb of speech or stance (« a mis en garde » over three words). */
function isStanceVerb(w: StanceWords, ts: Tok[], k: number): boolean {
  // « s'engage », « s'inquiète »: a reflexive verb is read with and without its pronoun
  const f = w.words.has(ts[k]!.f) || w.stems.some((s) => ts[k]!.f.startsWith(s)) ? ts[k]!.f : ts[k]!.f.replace(/^s'/, "");
  const two = `${f} ${ts[k + 1]?.f ?? ""}`;
  const three = `${two} ${ts[k + 2]?.f ?? ""}`;
  const fits = (s: string) => (s.includes(" ") ? three.startsWith(s) || two.startsWith(s) : f.startsWith(s) && (s.length > 3 || SHORT_STEM_ENDING.test(f.slice(s.length))));
  const stem = w.words.has(f) ? f : w.stems.find(fits);
  if (!stem) return false;
  const next = ts[k + 1]?.f;
  // « responded to the strikes » is a deed; « responded that … » reports
  if ((w.clauseOnlyWords.has(f) || w.clauseOnlyStems.some((s) => f.startsWith(s))) && !(next !== undefined && (w.complementizerWords.has(next) || /^qu'/.test(next))) && !/:$/.test(ts[k]!.raw)) return false;
  const only = w.onlyBefore.get(stem);
  return !only || (next !== undefined && only.has(next));
}

/** A position someone holds, as a sentence reports it. */
export interface Stance {
  sentence: number;
  /** Who spoke for them, when someone did (« a spokesperson for X »), in the story's words. */
  via: string | null;
  /** The verb as the story writes it, with its auxiliary and negation (« s'est engagée », « did not deny »). */
  verb: string;
  /** What follows the verb, cut to a few words. */
  content: string;
  /** What follows the verb, whole: what a question's words are looked for in. */
  clause: string;
  /** They declined to comment: `content` is the story's words for it. */
  declined: boolean;
}

/** At most this many words of a reported position are shown: fewer than a pasted sentence. */
const MAX_WORDS = 11;

/** The name forms someone answers to in a sentence, as folded word lists, longest first. */
const nameFormsMemo = new WeakMap<Entity, string[][]>();

/** The forms of a name, read once per entity (asked on every question about a speaker). */
function nameForms(e: Entity): string[][] {
  let out = nameFormsMemo.get(e);
  if (!out) nameFormsMemo.set(e, (out = readNameForms(e)));
  return out;
}

function readNameForms(e: Entity): string[][] {
  // an alias that ends on a lower-case word is a description or a clause ingest kept (« X a appelé son homologue »), not a name
  const forms = [e.name, ...e.aliases.filter((a) => /\p{Lu}/u.test(a) && /^\p{Lu}/u.test(a.split(/\s+/).pop() ?? "")), ...e.nameWords.filter((n) => n.length > 2 && /^\p{Lu}/u.test(n))];
  const out = new Map<string, string[]>();
  for (const f of forms) {
    const ws = toks(f).map((t) => t.f).filter(Boolean);
    if (ws.length) out.set(ws.join(" "), ws);
  }
  return [...out.values()].sort((a, b) => b.length - a.length);
}

/** Where one of the forms stands in the words: [start, end) and whether it is possessive (« X's »). */
function findName(ts: Tok[], forms: string[][], from = 0): { start: number; end: number; possessive: boolean; elided: string | null } | null {
  for (let i = from; i < ts.length; i++) {
    for (const form of forms) {
      if (i + form.length > ts.length) continue;
      let ok = true;
      let possessive = false;
      let elided: string | null = null;
      for (let k = 0; k < form.length && ok; k++) {
        let f = ts[i + k]!.f;
        if (k === 0) {
          const m = /^(d|l|qu|j|s|n)'(.+)$/.exec(f);
          if (m && m[2] === form[0]) {
            elided = `${m[1]}'`;
            f = m[2]!;
          }
        }
        if (k === form.length - 1 && /'s?$/.test(f) && f.replace(/'s?$/, "") === form[k]) {
          possessive = true;
          f = form[k]!;
        }
        ok = f === form[k];
      }
      if (ok) {
        // « Trade minister Claire Dutoit »: a title form and the name form right after it are one name
        const joined = !/[,;:.)»”"]$/.test(ts[i + form.length - 1]!.raw);
        const more = joined && i + form.length < ts.length ? findName(ts.slice(0, i + form.length + 8), forms, i + form.length) : null;
        if (more && more.start === i + form.length) return { start: i, end: more.end, possessive: more.possessive, elided };
        return { start: i, end: i + form.length, possessive, elided };
      }
    }
  }
  return null;
}

/**
 * The verb and what follows it when the words from `k` on are a verb of speech or stance with its
 * subject before `k` (« , qui a estimé que … », « a, sans détour, balayé … », « did not deny … »).
 */
function verbFrom(lang: Lang, ts: Tok[], k: number, commaBefore: boolean, limit = 40): { verb: string; content: string; declined: boolean } | null {
  const w = stanceWords(lang);
  const lex = speechLexicon(lang);
  // an apposition after the name (« X, the mayor, said »), or a relative clause (« X, who has argued that »)
  // « … and X who wrote that … »: a relative clause right after the name reports as well
  if (!commaBefore && w.relatives.has(ts[k]?.f ?? "")) return verbFrom(lang, ts, k + 1, false, limit);
  if (commaBefore) {
    // « X, who has argued that … » reports; « X, who commands the guard, declined to comment »:
    // the relative clause only describes X, and the verb after it is X's
    const relative = w.relatives.has(ts[k]?.f ?? "") ? verbFrom(lang, ts, k + 1, false, limit) : null;
    if (relative) return relative;
    {
      let m = k;
      while (m < ts.length && m < k + 15 && !/,$/.test(ts[m]!.raw)) m++;
      if (m >= ts.length || m >= k + 15) return null;
      k = m + 1;
    }
  }
  if (ts[k]?.raw.startsWith("(")) {
    let m = k;
    while (m < ts.length && m < k + 10 && !/\)[,.;:]?$/.test(ts[m]!.raw)) m++;
    k = m + 1;
  }
  const rest = ts.slice(k, k + 14).map((t) => t.f).join(" ");
  if (w.declined.test(rest)) {
    let end = k;
    while (end < ts.length && end < k + 12 && !/[.;:]$/.test(ts[end]!.raw)) end++;
    return { verb: "", content: ts.slice(k, Math.min(end + 1, ts.length)).map((t) => t.raw).join(" ").replace(/[.,;:]+$/, ""), declined: true };
  }
  const kept: string[] = [];
  let skipped = 0;
  while (k < ts.length && skipped < 7) {
    const t = ts[k]!;
    // « n'a », « s'est »: an elided negation or reflexive before an auxiliary; « s'inquiète » is the verb itself
    const elided = /^(?:n'|s')(.*)$/.exec(t.f);
    // « a elle aussi jugé », « a lui aussi estimé »: the subject said again, not the verb
    if (kept.length && w.echo.pronouns.has(t.f) && w.echo.also.has(ts[k + 1]?.f ?? "")) {
      k += 2;
      skipped++;
      continue;
    }
    const aux = lex.auxiliaries.has(t.f) || lex.negation.has(t.f) || (elided !== null && (elided[1] === "" || lex.auxiliaries.has(elided[1]!))) || /^(?:se|ne|not|never)$/.test(t.f);
    if (!aux && !lex.adverbs.has(t.f)) break;
    if (aux) kept.push(t.raw.replace(/,$/, ""));
    k++;
    skipped++;
    // « a, sans détour, balayé »: words between commas inside the verb group
    if (/,$/.test(t.raw)) {
      let m = k;
      while (m < ts.length && m < k + 6 && !/,$/.test(ts[m]!.raw)) m++;
      if (m >= k + 6 || m >= ts.length) return null;
      k = m + 1;
    }
  }
  const verb = ts[k];
  if (!verb || /^\p{Lu}/u.test(verb.raw) || !isStanceVerb(w, ts, k)) return null;
  let end = k + 1;
  while (end < ts.length && !/[.;!?]$/.test(ts[end - 1]!.raw) && end - k - 1 < limit) end++;
  let content = ts.slice(k + 1, end);
  // the day or the adverb right after the verb (« a promis mardi de … », « said on Monday that ») says nothing of the words
  for (;;) {
    const f = content[0]?.f ?? "";
    if (w.lead.has(f)) content = content.slice(1);
    else if (f === "on" && w.lead.has(content[1]?.f ?? "")) content = content.slice(2);
    else break;
  }
  let text = content.map((t) => t.raw).join(" ").replace(w.complementizers, "");
  text = text.replace(/[.;!?,:]+$/, "").trim();
  // « wrote on X: ‘…’ », « a écrit dans un message : … »: where the words were said, then the words
  const setting = /^([^:«“‘"]{1,60}?)\s*:\s+(.+)$/u.exec(text);
  if (setting && setting[1]!.split(/\s+/).length <= 6) text = setting[2]!;
  if (text.split(/\s+/).filter(Boolean).length < 2) return null;
  kept.push(verb.raw.replace(/[,;:]$/, ""));
  return { verb: kept.join(" "), content: text, declined: false };
}

/** Words the story quotes inside reported speech (« a jugé « urgent » que … »). */
const INNER_QUOTE = /[«“"]\s*([^«»“”"]{2,400}?)\s*[»”"]|(?<=^|\s)‘([^‘]{2,400}?)’(?=[\s.,;:!?]|$)/gu;
/** How many quoted words inside reported speech make them the speaker's words rather than a scare quote. */
const OWN_WORDS = 5;

/**
 * The words quoted inside reported speech, each in « », when they are the speaker's own words
 * (five or more of them, not a scare quote of one or two); null otherwise.
 */
export function quotedWithin(lang: Lang, text: string): string | null {
  const inner = [...text.matchAll(INNER_QUOTE)].map((m) => (m[1] ?? m[2] ?? "").trim()).filter(Boolean);
  if (inner.reduce((n, x) => n + x.split(/\s+/).length, 0) < OWN_WORDS) return null;
  // « cherchait à apaiser les esprits « et à rouvrir le dialogue … » »: quoted words that go on
  // with the reported clause's own verb by « et », "and" are half of it, not words that stand alone
  const joins = stanceWords(lang).coordinators;
  if (inner.some((x) => joins.has(fold(x.split(/\s+/)[0] ?? "")))) return null;
  return inner.map((x) => `« ${x.replace(/^[«"“\s]+|[»"”.\s]+$/g, "")} »`).join(" … ");
}

/** The words of `content` cut to fit beside the verb under a pasted sentence's length: the words quoted inside it when there are some. */
function cut(lang: Lang, verb: string, content: string): string {
  const room = Math.max(4, MAX_WORDS - verb.split(/\s+/).filter(Boolean).length);
  const ws = content.split(/\s+/);
  if (ws.length <= room) return content;
  const own = quotedWithin(lang, content);
  if (own) return own;
  // a quotation opened inside the window is closed with it, or the window ends before it
  let out = ws.slice(0, room);
  const opened = (out.join(" ").match(/[«“]/g) ?? []).length - (out.join(" ").match(/[»”]/g) ?? []).length;
  if (opened > 0) {
    const at = out.findIndex((x) => /[«“]/.test(x));
    out = at > 1 ? out.slice(0, at) : out;
  }
  // the ellipsis is glued to the last word: a mark standing alone counts as one more word of a pasted run
  return `${out.join(" ").replace(/[,;:]$/, "")}…`;
}

/** A stance in one sentence of someone, read after each place the sentence names them. */
function stanceIn(lang: Lang, text: string, forms: string[][], sentence: number): Stance | null {
  const w = stanceWords(lang);
  const ts = toks(text);
  for (let from = 0; from < ts.length; ) {
    const at = findName(ts, forms, from);
    if (!at) return null;
    from = at.end;
    const before = ts[at.start - 1]?.f;
    const before2 = ts[at.start - 2]?.f;
    // « a spokesperson for X said », « le cabinet de X a indiqué »: who speaks for them
    let via: string | null = null;
    let subject = !at.elided || at.elided === "l'";
    if (before && (w.owners.has(before) || at.elided === "d'")) {
      const owner = at.elided === "d'" ? before : before2;
      const ownerAt = at.elided === "d'" ? at.start - 1 : at.start - 2;
      if (owner && (w.proxies.has(owner) || (owner === "secretary" && ts[ownerAt - 1]?.f === "press"))) {
        via = ts.slice(Math.max(0, ownerAt - 1), at.end).map((t) => t.raw).join(" ").replace(/[,;:]$/, "");
        subject = true;
      } else subject = false;
    } else if (before && w.notSubject.has(before) && !w.authority.test(ts.slice(0, at.start).map((t) => t.f).join(" "))) subject = false;
    const lastRaw = ts[at.end - 1]!.raw;
    // « X's office said », « X's warning that … »
    if (at.possessive) {
      const noun = ts[at.end]?.f ?? "";
      if (w.statements.has(noun) && (ts[at.end + 1]?.f === "that" || ts[at.end + 1]?.f === "to")) {
        const content = ts.slice(at.end + 2).map((t) => t.raw).join(" ").replace(/[.;!?]+$/, "");
        const verb = ts[at.end]!.raw.replace(/[,;:]$/, "");
        if (content.split(/\s+/).length >= 2) return { sentence, via: null, verb, content: cut(lang, verb, content.replace(/,.*$/, "")), clause: content, declined: false };
      }
      if (w.proxies.has(noun)) {
        const v = verbFrom(lang, ts, at.end + 1, /,$/.test(ts[at.end]!.raw));
        if (v) return { sentence, via: ts.slice(at.start, at.end + 1).map((t) => t.raw).join(" ").replace(/[,;:]$/, ""), ...v, content: v.declined ? v.content : cut(lang, v.verb, v.content), clause: v.content };
      }
      continue;
    }
    // « according to X, … », « selon un communiqué de X, … »
    const head = ts.slice(0, at.start).map((t) => t.f).join(" ");
    if (w.authority.test(head)) {
      const rest = ts.slice(at.end);
      const comma = /,$/.test(lastRaw) ? 0 : rest.findIndex((t) => /,$/.test(t.raw)) + 1;
      const content = rest.slice(comma).map((t) => t.raw).join(" ").replace(/[.;!?]+$/, "");
      if (comma >= 0 && comma < 6 && content.split(/\s+/).length >= 3) return { sentence, via: null, verb: "", content: cut(lang, "", content), clause: content, declined: false };
      continue;
    }
    if (!subject) continue;
    // « Le maire, X, a dit »: the comma after the name closes the apposition the name is; « X, the mayor, said » opens one
    const inApposition = /,$/.test(ts[at.start - 1]?.raw ?? "");
    // « Son frère, Éric X, agriculteur à Y, s'est dit … »: an apposition on each side of the name
    // (the left one opens the sentence: « …, son homologue, X, pour … » is an object, not a subject)
    const opensSentence = at.start <= 5 && ts.slice(0, at.start - 1).every((t) => !/[,;:]$/.test(t.raw));
    const v = verbFrom(lang, ts, at.end, /,$/.test(lastRaw) && !inApposition) ?? (inApposition && opensSentence && /,$/.test(lastRaw) ? verbFrom(lang, ts, at.end, true) : null);
    // « …, son homologue, l'amiral X, a annoncé la marine. »: a name in apposition to an object, then
    // a verb of saying whose subject follows it and closes the sentence, is the story's attribution
    // to someone else, inverted, not X speaking
    if (v && inApposition && !opensSentence && invertedSubject(lang, v.content)) continue;
    if (v) return { sentence, via, ...v, content: v.declined ? v.content : cut(lang, v.verb, v.content), clause: v.content };
  }
  return null;
}

/** What follows an inverted verb of saying at a sentence's end: a determiner and a few words (« la marine nationale », "the ministry"). */
function invertedSubject(lang: Lang, content: string): boolean {
  const ws = content.split(/\s+/).filter(Boolean);
  return ws.length <= 6 && AGENT[lang].articles.has(fold(ws[0] ?? "").replace(/’/g, "'").replace(/^(l')\S+$/, "$1")) && !/[,;:«“"]/.test(content);
}

/**
 * Whether an entity the story made of someone's spokesperson or office (« Brenner's office », « le
 * cabinet de M. Bremond », « a spokesman for X ») speaks for `e`: its words are then reported as
 * `e`'s position, through them.
 */
// Per pair of entities of one story (a story has one language): asked for every entity on every question about a speaker.
const speaksForMemo = new WeakMap<Entity, Map<Entity, boolean>>();

export function speaksFor(lang: Lang, x: Entity, e: Entity): boolean {
  let memo = speaksForMemo.get(x);
  if (!memo) speaksForMemo.set(x, (memo = new Map()));
  let r = memo.get(e);
  if (r === undefined) memo.set(e, (r = readSpeaksFor(lang, x, e)));
  return r;
}

function readSpeaksFor(lang: Lang, x: Entity, e: Entity): boolean {
  if (x === e) return false;
  return proxyNamed(lang, x, e) || (x.kind === "person" && !!x.role && voiceOf(lang, x.role, e));
}

/**
 * « Kremlin spokesman Y », "Interior Ministry spokesperson Y", « Y, porte-parole de la diplomatie
 * chinoise »: a person whose office is a voice (its head noun, first or last) of `e`, named in the office
 * or, when `e` is a country, by the office's word of its nationality. Their words are `e`'s.
 */
function voiceOf(lang: Lang, role: string, e: Entity): boolean {
  const w = stanceWords(lang);
  const ts = toks(role);
  if (!ts.length || !(w.voices.has(ts[0]!.f) || w.voices.has(ts[ts.length - 1]!.f))) return false;
  if (findName(ts, nameForms(e))) return true;
  if (e.nameWords.length !== 1) return false;
  const country = new Set(nationalityGroupsOf([fold(e.name)]).flatMap((g) => [...g]));
  return country.size > 0 && ts.some((t) => nationalityGroupsOf([t.f]).some((g) => [...g].some((k) => country.has(k))));
}

/** « X's office », « le cabinet de X », « a spokesman for X »: a description of `x` that names `e` as the one it speaks for. */
function proxyNamed(lang: Lang, x: Entity, e: Entity): boolean {
  const w = stanceWords(lang);
  const ts = toks(x.name);
  const at = findName(ts, nameForms(e));
  if (!at) return false;
  if (at.possessive) return w.proxies.has(ts[at.end]?.f ?? "") && at.end === ts.length - 1;
  const owner = at.elided === "d'" ? ts[at.start - 1]?.f : ts[at.start - 2]?.f;
  const of = at.elided === "d'" || w.owners.has(ts[at.start - 1]?.f ?? "");
  return of && owner !== undefined && w.proxies.has(owner) && at.end === ts.length;
}

/**
 * Someone's stances the story reports, in the order of `order` (the sentences to try first): each
 * sentence that names them, and the one after it when it opens on a pronoun of their gender and
 * the sentence before names no other person after them.
 */
const namedMemo = new WeakMap<Entity, number[]>();

/**
 * The sentences that write someone's name, mentions or not (a name inside someone else's reported
 * words is no mention of theirs, yet « ce dernier » in the next sentence is them): read once per entity.
 */
export function namedIn(index: StoryIndex, e: Entity): number[] {
  let out = namedMemo.get(e);
  if (!out) {
    const surname = fold(e.nameWords[e.nameWords.length - 1] ?? "");
    out = e.kind === "person" && surname.length > 2 ? index.story.sentences.filter((s) => fold(s.text).includes(surname)).map((s) => s.index) : [];
    namedMemo.set(e, out);
  }
  return out;
}

export function stancesOf(index: StoryIndex, e: Entity, order: number[]): Stance[] {
  const out: Stance[] = [];
  const seen = new Set<number>();
  for (const i of order) {
    if (seen.has(i)) continue;
    seen.add(i);
    const s = stanceAt(index, e, i);
    if (s) out.push(s);
  }
  return out;
}

/**
 * The stance of someone one sentence reports, read once per entity and sentence (the same for every
 * question; the answers ask it of all of a speaker's sentences on each question about them). The
 * Stance objects are then the story's own, so stanceKeys' memo keeps theirs.
 */
const sentenceStances = new WeakMap<Entity, Map<number, Stance | null>>();

function stanceAt(index: StoryIndex, e: Entity, i: number): Stance | null {
  let bySentence = sentenceStances.get(e);
  if (!bySentence) sentenceStances.set(e, (bySentence = new Map()));
  const known = bySentence.get(i);
  if (known !== undefined) return known;
  const s = readStance(index, e, i);
  bySentence.set(i, s);
  return s;
}

function readStance(index: StoryIndex, e: Entity, i: number): Stance | null {
  const lang = index.story.lang;
  const text = index.story.sentences[i]?.text;
  if (!text) return null;
  const mentions = new Set([...e.mentions, ...namedIn(index, e)]);
  if (mentions.has(i)) return stanceIn(lang, text, nameForms(e), i);
  // « She said the plan … » right after a sentence about her
  if (!mentions.has(i - 1) || e.kind !== "person") return null;
  const w = stanceWords(lang);
  const ts = toks(text);
  // the subject opens the sentence, or follows a short lead closed by a comma (« Plus tôt, ce dernier … »)
  const lead = ts.slice(0, 4).findIndex((t) => /,$/.test(t.raw)) + 1;
  const after = [0, ...(lead > 0 ? [lead] : [])].map((at) => subjectEnd(w, ts, at, e.gender)).find((x) => x !== null);
  if (after === undefined || after === null) return null;
  const prev = entitiesIn(index, index.story.sentences[i - 1]!.text, true);
  if (prev[prev.length - 1]?.entity !== e) return null;
  const v = verbFrom(lang, ts, after, false);
  return v ? { sentence: i, via: null, ...v, content: v.declined ? v.content : cut(lang, v.verb, v.content), clause: v.content } : null;
}

/**
 * Where the verb stands when the words at `at` are a subject that can only be the last person named:
 * a subject pronoun of their gender (of either gender when theirs is unknown: a pronoun of the
 * other gender is someone else), or « ce dernier », "the latter". null otherwise.
 */
function subjectEnd(w: StanceWords, ts: Tok[], at: number, gender: "m" | "f" | null | undefined): number | null {
  const first = ts[at]?.f ?? "";
  if (gender ? w.pronouns[gender].has(first) : w.pronouns.m.has(first) || w.pronouns.f.has(first)) return at + 1;
  const two = `${first} ${ts[at + 1]?.f ?? ""}`;
  const latter = w.latter.get(two);
  if (latter !== undefined && (!gender || !latter || latter === gender)) return at + 2;
  return null;
}

const SUBJECT_PRONOUN: Record<Lang, Record<"m" | "f", RegExp>> = {
  en: { m: /\bhe\b/, f: /\bshe\b/ },
  fr: { m: /(?:^|[\s'-])il(?=[\s,.-])/, f: /(?:^|[\s'-])elle(?=[\s,.-])/ },
};

const ownHeadsMemo = new WeakMap<Entity, readonly string[]>();

/** The heads of the descriptions only `e` answers to among the story's people (« ministre » when one minister is named), folded. */
function ownHeads(index: StoryIndex, e: Entity): readonly string[] {
  let heads = ownHeadsMemo.get(e);
  if (!heads) {
    const mine = descriptionHeads(e);
    heads = mine.length ? mine.filter((h) => !index.entities.some((x) => x !== e && x.kind === e.kind && descriptionHeads(x).includes(h))) : [];
    ownHeadsMemo.set(e, heads);
  }
  return heads;
}

/** Whether a folded sentence holds a definite description headed by one of `heads` (« la ministre », "the minister"). */
function describes(lang: Lang, f: string, heads: readonly string[]): boolean {
  if (!heads.length) return false;
  const definites = backReferenceWords(lang).definites;
  const ws = f.split(/[^\p{L}\p{N}-]+/u);
  return ws.some((w, i) => i > 0 && heads.includes(w) && definites.has(ws[i - 1]!));
}

/**
 * The sentences that report someone: those that name them, those that hold their quotes, and the
 * one after a sentence that names them last when it names no person and its subject can only be
 * them: a pronoun of theirs (« « Une honte », c'est ainsi qu'il a qualifié … » after a sentence about X),
 * or a definite description only they answer to (« la ministre a trouvé l'ouvrage « en bon état » » after the
 * sentence that names the minister).
 */
export function ownSentences(index: StoryIndex, e: Entity, quoted: number[]): number[] {
  const own = new Set([...e.mentions, ...quoted]);
  const lang = index.story.lang;
  for (const i of [...own]) {
    const next = index.story.sentences[i + 1]?.text;
    if (!next || own.has(i + 1) || e.kind !== "person") continue;
    const f = fold(next);
    const pronoun = e.gender ? SUBJECT_PRONOUN[lang][e.gender].test(f) : SUBJECT_PRONOUN[lang].m.test(f) || SUBJECT_PRONOUN[lang].f.test(f);
    // (the description may itself be read as a mention of them: no one else named there)
    const named = entitiesIn(index, next, true);
    if (pronoun ? named.length : !describes(lang, f, ownHeads(index, e)) || named.some((p) => p.entity !== e)) continue;
    const prev = entitiesIn(index, index.story.sentences[i]!.text, true);
    if (prev[prev.length - 1]?.entity === e) own.add(i + 1);
  }
  return [...own].sort((a, b) => a - b);
}

const storyStances = new WeakMap<StoryIndex, { entity: Entity; stance: Stance }[]>();

/**
 * Every position the story reports without quoting, with whose it is: read once per story (the
 * sentences of each entity, so linear in the mentions), then kept with the story's index.
 */
export function allStances(index: StoryIndex): { entity: Entity; stance: Stance }[] {
  let out = storyStances.get(index);
  if (!out) {
    out = [];
    for (const e of index.entities) {
      const order = [...new Set(e.mentions.flatMap((i) => [i, i + 1]))];
      for (const stance of stancesOf(index, e, order)) if (!stance.declined) out.push({ entity: e, stance });
    }
    storyStances.set(index, out);
  }
  return out;
}

/**
 * Reported words whose span took in their own attribution (« Depuis Washington, X a estimé que … »):
 * what follows the verb. null when the words hold no attribution of `e` near their start.
 */
export function withoutFrame(lang: Lang, e: Entity, text: string): string | null {
  const memo = framelessMemo[lang];
  let byText = memo.get(e);
  if (!byText) memo.set(e, (byText = new Map()));
  const known = byText.get(text);
  if (known !== undefined) return known;
  const out = withoutFrameNow(lang, e, text);
  // the texts are the speaker's quotes and their cuts: a few per person, bounded all the same
  if (byText.size >= 256) byText.clear();
  byText.set(text, out);
  return out;
}
/** withoutFrame by language, person and text: asked of each of a speaker's reported words on every question about them. */
const framelessMemo: Record<Lang, WeakMap<Entity, Map<string, string | null>>> = { fr: new WeakMap(), en: new WeakMap() };

function withoutFrameNow(lang: Lang, e: Entity, text: string): string | null {
  const ts = toks(text);
  const at = findName(ts, nameForms(e));
  if (!at || at.start > 15 || at.possessive) return null;
  const inApposition = /,$/.test(ts[at.start - 1]?.raw ?? "");
  const v = verbFrom(lang, ts, at.end, /,$/.test(ts[at.end - 1]!.raw) && !inApposition, Number.POSITIVE_INFINITY);
  return v && !v.declined && v.content.split(/\s+/).length >= 3 ? v.content : null;
}

const NEUTRAL: Record<Lang, RegExp> = {
  en: /^(?:(?:has|have|had|also|then|later|further)\s+)*(?:say|says|said|saying|tell|tells|told|telling|add|adds|added|adding|state|states|stated|note|notes|noted|noting|explain|explains|explained|according to|show|shows|showed|write|wrote|writes)$/,
  fr: /^(?:(?:a|ont|avait|avaient|aura|aussi|egalement|encore|par ailleurs)\s+)*(?:dit|dire|disent|declare\w*|indiqu\w*|affirm\w*|precis\w*|ajout\w*|expliqu\w*|estim\w*|soulign\w*|not\w*|selon|d'apres|pour|rappel\w*|assur\w*|fait savoir|ecri\w*|juge\w*|consider\w*|poursuivi\w*|annonc\w*|detaill\w*|raconte\w*|confi\w*)$/,
};

/**
 * A reporting verb that says more than that words were said (« urged », « a promis », « vowed »):
 * shown with the words, which otherwise read as the speaker's own claim (« the company to publish
 * its accounts »). False for « said », « a déclaré », « selon ».
 */
export function tellingVerb(lang: Lang, verb: string | null): boolean {
  if (!verb) return false;
  // « a-t-il précisé » is « a précisé »
  return !NEUTRAL[lang].test(fold(verb).replace(/-t-(?:il|elle|ils|elles|on)\b|-(?:il|elle|ils|elles|on)\b/g, "").replace(/\s+/g, " ").trim());
}

/** Quoted words this few are a fragment the story's own sentence frames (« condamnée comme une « provocation » »). */
export const FRAGMENT_WORDS = 4;
/** How many of the story's words are kept before and after a quoted fragment: fewer than a pasted sentence. */
const FRAME_BEFORE = 14;
const FRAME_AFTER = 6;
/** « par », "by" and the articles after them: the agent of a passive verb (« dénoncé par la présidence »). */
const AGENT: Record<Lang, { by: ReadonlySet<string>; articles: ReadonlySet<string> }> = {
  en: { by: new Set(["by"]), articles: new Set(["the", "a", "an", "its", "his", "her", "their"]) },
  fr: { by: new Set(["par"]), articles: new Set(["le", "la", "les", "l'", "un", "une", "son", "sa", "ses", "leur", "leurs"]) },
};
const OPENING_MARKS = /[«“"]\s*$/u;
const CLOSING_MARK = /^\s*[»”"]/u;

/**
 * A quoted fragment of a few words as the story frames it, its speaker left out (they head the
 * answer): the words of its clause before and after it, the agent of a passive verb dropped
 * (« L'arrivée des blindés a été aussitôt condamnée par la présidence comme une « provocation
 * délibérée » » → « L'arrivée des blindés a été aussitôt condamnée comme une « provocation
 * délibérée » »), or what follows the speaker's name when they are the subject. A fragment
 * alone (« provocation délibérée ») does not say what the speaker did with it. null when the
 * sentence gives nothing around it.
 */
export function fragmentFrame(lang: Lang, e: Entity, text: string, quote: string): string | null {
  const at = text.indexOf(quote);
  if (at < 0) return null;
  const open = OPENING_MARKS.exec(text.slice(0, at));
  const close = CLOSING_MARK.exec(text.slice(at + quote.length));
  const qs = open ? at - open[0].length : at;
  const qe = at + quote.length + (close ? close[0].length : 0);
  // the clause around the fragment: from the last « , » or « ; » before it to the first after it
  const before = text.slice(0, qs);
  const cut = Math.max(before.lastIndexOf(", "), before.lastIndexOf("; "), before.lastIndexOf(": "));
  let prefix = toks(cut >= 0 ? before.slice(cut + 2) : before);
  const afterText = text.slice(qe);
  const end = /[,;:.!?](?:\s|$)/u.exec(afterText);
  const suffix = toks(end ? afterText.slice(0, end.index) : afterText);
  // « “We are stuck,” says X »: the words after the fragment are its attribution, no frame
  if (findName(suffix, nameForms(e))) return null;
  const name = findName(prefix, nameForms(e));
  if (name) {
    const agent = AGENT[lang];
    let from = name.start;
    if (agent.articles.has(prefix[from - 1]?.f ?? "")) from--;
    if (agent.by.has(prefix[from - 1]?.f ?? "")) prefix = [...prefix.slice(0, from - 1), ...prefix.slice(name.end)];
    else {
      prefix = prefix.slice(name.end);
      // « X said the plan « would fail » »: after the speaker heading the answer, a verb that only says
      // words were said adds nothing (and with the name would read as the story's sentence pasted)
      const neutral = [3, 2, 1].find((k) => prefix.length > k && NEUTRAL[lang].test(prefix.slice(0, k).map((t) => t.f).join(" ")));
      if (neutral) prefix = prefix.slice(neutral);
      if (prefix.length > 1 && stanceWords(lang).complementizerWords.has(prefix[0]!.f)) prefix = prefix.slice(1);
    }
  }
  if (!prefix.length && !suffix.length) return null;
  const head = prefix.slice(-FRAME_BEFORE).map((t) => t.raw).join(" ").replace(/^[,;:\s]+/, "");
  const tail = suffix.slice(0, FRAME_AFTER).map((t) => t.raw).join(" ").replace(/[,;:\s]+$/, "");
  const glued = /['’]$/.test(head) ? "" : " ";
  return `${prefix.length > FRAME_BEFORE ? "… " : ""}${head}${head ? glued : ""}${text.slice(qs, qe).trim()}${tail ? ` ${tail}` : ""}${suffix.length > FRAME_AFTER ? " …" : ""}`.trim();
}
