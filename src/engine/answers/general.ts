import type { Draft } from "../compose.js";
import { excerpt, guillemets, pick, snippet } from "../compose.js";
import type { Ctx } from "../context.js";
import type { Lang } from "../reply.js";
import { keysOf, type StoryIndex } from "../index.js";
import { fold } from "../text.js";
import { read } from "./reader.js";
import { roleOf } from "./roles.js";
import { roleIn } from "../labels.js";

/** Questions this story can answer, to offer when a question cannot be. */
export function suggestions(index: StoryIndex, lang: Lang): string[] {
  const out: string[] = [pick(lang, "Qui a parlé ?", "Who spoke?")];
  const quoted = index.entities.find((e) => e.kind === "person" && e.quotes.length > 0) ?? index.entities.find((e) => e.quotes.length > 0);
  if (quoted) out.push(pick(lang, `Qu'a dit ${quoted.name} ?`, `What did ${quoted.name} say?`));
  if (index.figures.some((f) => f.figure.category === "troops")) out.push(pick(lang, "Combien de soldats ?", "How many troops?"));
  out.push(pick(lang, "Résumé", "Summary"));
  return out;
}

export function help(ctx: Ctx): Draft {
  const { lang, index } = ctx;
  const s = suggestions(index, lang);
  return {
    answered: true,
    intent: "help",
    parts: [
      pick(
        lang,
        "Je réponds aux questions sur la dépêche : qui a parlé, ce qu'a dit quelqu'un, qui a dit une phrase, qui est quelqu'un, combien de soldats et selon qui, qui a appelé qui, quand, où, quels équipements, ou un résumé.",
        "I answer questions about the dispatch: who spoke, what someone said, who said a phrase, who someone is, how many troops and by whose count, who called whom, when, where, what equipment, or a summary.",
      ),
      pick(lang, `Par exemple : ${s.join(" · ")}`, `For example: ${s.join(" · ")}`),
    ],
    cites: [],
    suggestions: s,
    focus: null,
  };
}

/** The plain « the story does not say », with what can be asked instead. */
export function decline(ctx: Ctx, reason?: string): Draft {
  const { lang, index } = ctx;
  const s = suggestions(index, lang);
  return {
    answered: false,
    intent: "decline",
    // the suggestions are not in the text: each renderer shows them once, beneath it (a line, buttons)
    parts: [reason ?? pick(lang, "La dépêche ne le dit pas.", "The story does not say.")],
    cites: [],
    suggestions: s,
  };
}

/** Declines that say the story never mentions what was asked (« the story does not mention X », « … does not quote X »): no sentence of it answers. */
const absent = new WeakSet<Draft>();

/** A decline for something the story never mentions: no reading of its sentences may answer it. */
export function declineAbsent(ctx: Ctx, reason: string): Draft {
  const d = decline(ctx, reason);
  absent.add(d);
  return d;
}

/**
 * Whether a draft is a decline the evidence fallback may read again: no answerer found what was
 * asked (« the story does not say », « … does not say when it ends », « … does not name that
 * person »), not the story's silence on someone or something it never mentions.
 */
export function isOpenDecline(d: Draft): boolean {
  return !d.answered && d.intent === "decline" && !absent.has(d);
}

/** Summaries depend on the story and the language alone: composed once for each, handed out as copies. */
const summaries = new WeakMap<StoryIndex, Map<Lang, Draft>>();

/** Words of a whole-story answer taken from one sentence: short, so the answer is said, not pasted. */
const CORE_WORDS = 10;

/**
 * The story in a few lines: the core of its most central opening sentence (the one whose words the
 * rest of the story repeats most — the event, not a standfirst's side detail), the core of the next
 * central one, who is in it (most present first) with their roles, and its main figures with their
 * sources; the sentences used are cited.
 */
export function summary(ctx: Ctx): Draft {
  const { lang, index } = ctx;
  let byLang = summaries.get(index);
  if (!byLang) summaries.set(index, (byLang = new Map()));
  const known = byLang.get(lang);
  if (known) return { ...known, parts: [...known.parts], cites: [...known.cites] };
  if (!index.story.sentences.length) return decline(ctx);
  const draft = composeSummary(index, lang);
  byLang.set(lang, draft);
  return { ...draft, parts: [...draft.parts], cites: [...draft.cites] };
}

/** How many other sentences repeat a word (0..4): the story's own subject recurs, a detail does not. */
function salience(index: StoryIndex, word: string): number {
  let best = 0;
  for (const k of keysOf(word, false, index.story.lang === "en")) best = Math.max(best, (index.df.get(k) ?? 1) - 1);
  return Math.min(best, 4);
}

/** Opening sentences ranked by how central they are: the salience of their distinct words, per word, earlier first on ties. */
// A function of the story alone, asked by the summary and by the reader on every question: read once per story.
const centralMemo = new WeakMap<StoryIndex, { index: number; text: string }[]>();

export function centralSentences(index: StoryIndex): { index: number; text: string }[] {
  let out = centralMemo.get(index);
  if (!out) centralMemo.set(index, (out = readCentralSentences(index)));
  return out;
}

function readCentralSentences(index: StoryIndex): { index: number; text: string }[] {
  const opening = index.story.sentences.slice(0, 8).filter((s) => s.text.split(/\s+/).length >= 8 && !/^\s*[«"“]/.test(s.text));
  const pool = opening.length ? opening : index.story.sentences.slice(0, 1);
  const scored = pool.map((s) => {
    const seen = new Set<string>();
    let sum = 0;
    for (const w of s.text.split(/\s+/)) {
      const f = fold(w.replace(/[^\p{L}\p{N}'’-]/gu, ""));
      if (f.length < 3 || seen.has(f)) continue;
      seen.add(f);
      sum += salience(index, w);
    }
    const n = s.text.split(/\s+/).length;
    // a lead is early: each sentence further down must be clearly more central to win
    return { s, score: (sum / Math.sqrt(n)) * (1 - 0.06 * s.index) };
  });
  scored.sort((a, b) => b.score - a.score || a.s.index - b.s.index);
  return scored.map((x) => x.s);
}

function composeSummary(index: StoryIndex, lang: Lang): Draft {
  const central = centralSentences(index);
  const lead = central[0]!;
  // the next central sentence that says something else: not the lead again in other words
  const leadKeys = index.sentences[lead.index]?.keys ?? new Set<string>();
  const second = central.slice(1).find((s) => {
    const keys = index.sentences[s.index]?.keys ?? new Set<string>();
    const shared = [...keys].filter((k) => leadKeys.has(k)).length;
    return shared / Math.max(1, Math.min(keys.size, leadKeys.size)) < 0.5;
  });
  const inText = (e: StoryIndex["entities"][number]): number => {
    // how present someone is: the sentences that hold their surname (an institution: its name or an
    // alias), not only the mentions resolved to them
    const names = e.kind === "person" ? [e.nameWords[e.nameWords.length - 1] ?? e.name.split(" ").pop() ?? ""] : [e.name, ...e.aliases];
    const folded = names.map(fold).filter((n) => n.length >= 3);
    if (!folded.length) return e.mentions.length;
    return index.story.sentences.filter((s) => {
      const t = fold(s.text);
      return folded.some((n) => t.includes(n));
    }).length;
  };
  const label = (e: StoryIndex["entities"][number]): string => {
    const role = roleOf(index, e);
    const r = role && lang === "en" ? roleIn(role, index.story.lang, "en") : role;
    const name = lang === "en" && e.kind !== "person" ? roleIn(e.name, index.story.lang, "en") : e.name;
    return r && r.split(/\s+/).length <= 10 ? `${name} (${r})` : name;
  };
  const ranked = index.entities.map((e) => ({ e, n: inText(e) + e.quotes.length })).sort((a, b) => b.n - a.n);
  const people = ranked.filter((x) => x.e.kind === "person").slice(0, 4).map(({ e }) => label(e));
  // the institutions the story is about (named in several sentences) or that speak in it
  const orgs = ranked
    .filter((x) => x.e.kind !== "person" && (x.n >= 3 || x.e.quotes.length > 0))
    .slice(0, 3)
    .map(({ e }) => (lang === "en" ? roleIn(e.name, index.story.lang, "en") : e.name));
  const figures = index.figures
    .filter((f) => !f.zero && f.figure.category !== "date" && f.figure.category !== "age" && f.figure.value >= 2)
    .sort((a, b) => (a.figure.category === "troops" ? 0 : 1) - (b.figure.category === "troops" ? 0 : 1) || a.figure.sentence - b.figure.sentence)
    .slice(0, 3)
    .map((f) => f.figure.text);
  const marks: Lang = lang === "en" && index.story.lang === "fr" ? "fr" : lang;
  const parts = [pick(lang, `En bref : ${coreWindow(index, lead.text, marks, true)}.`, `In short: ${coreWindow(index, lead.text, marks, true)}.`)];
  if (second) parts.push(pick(lang, `Aussi : ${coreWindow(index, second.text, marks)}.`, `Also: ${coreWindow(index, second.text, marks)}.`));
  if (people.length) parts.push(pick(lang, `Qui : ${people.join(" ; ")}.`, `Who: ${people.join("; ")}.`));
  if (orgs.length) parts.push(pick(lang, `Également : ${orgs.join(", ")}.`, `Also involved: ${orgs.join(", ")}.`));
  if (figures.length) parts.push(pick(lang, `Chiffres : ${figures.map(guillemets).join(", ")}.`, `Figures: ${figures.map(guillemets).join(", ")}.`));
  const cites = [lead.index, ...(second ? [second.index] : []), ...index.figures.filter((f) => figures.includes(f.figure.text)).map((f) => f.figure.sentence)];
  return { answered: true, intent: "summary", parts, cites };
}

/**
 * The ten words of a sentence the story repeats most (its subject, the event, names, numbers),
 * in the story's quotation marks: the sentence's core, not the sentence.
 */
function coreWindow(index: StoryIndex, text: string, lang: Lang, second = false): string {
  const ws = text.split(/\s+/);
  const weight = ws.map((w, i) => salience(index, w) + (/\d/.test(w) ? 1 : 0) + (i > 0 && /^\p{Lu}/u.test(w) ? 0.5 : 0));
  const best = bestWindow(weight, 0, ws.length, 0.5);
  const first = snippet(text, ws.slice(best, best + CORE_WORDS).join(" "), CORE_WORDS, lang);
  if (!second) return first;
  // a long lead says what happened after its subject and verb (« … se sont accordés mardi » → « pour créer
  // une force … »): the most salient words after the first window, one word apart so the two never
  // read as one pasted run
  // (a word of letters or digits: a dash or a quotation mark between them would leave the run whole)
  let from = best + CORE_WORDS;
  while (from < ws.length && !/[\p{L}\p{N}]/u.test(ws[from]!)) from++;
  from++;
  if (ws.length - from < 4) return first;
  const next = bestWindow(weight, from, ws.length, 0.1);
  // one quotation, the cut marked on the words themselves (« …w1… w2… »): marks standing apart would
  // count as words of a pasted run
  const trim = (x: string) => x.replace(/^[«»"“”,;:()]+|[«»"“”,;:(]+$/g, "");
  const head = trim(ws.slice(best, best + CORE_WORDS).join(" "));
  const tail = trim(ws.slice(next, next + CORE_WORDS).join(" "));
  if (!head || !tail) return first;
  const [open, close] = lang === "fr" ? ["« ", " »"] : ["“", "”"];
  return `${open}${best > 0 ? "…" : ""}${head}… ${tail}${next + CORE_WORDS < ws.length ? "…" : ""}${close}`;
}

/** Where a window of CORE_WORDS words of `weight[from, to)` weighs most, earlier words worth `early` more each. */
function bestWindow(weight: number[], from: number, to: number, early: number): number {
  let best = from;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (let s = from; s + CORE_WORDS <= Math.max(to, from + CORE_WORDS); s++) {
    let score = 0;
    for (let k = s; k < Math.min(to, s + CORE_WORDS); k++) score += weight[k]!;
    // a lead says its news first: its opening words are worth more than its attribution
    score -= early * (s - from);
    if (score > bestScore) {
      bestScore = score;
      best = s;
    }
  }
  return best;
}

const NAMING_WORDS = /\b(?:baptise|baptisee|nomme|nommee|appele|appelee|denomme|surnomme|intitule|baptises|named|dubbed|called|code-named)\b/;

/** Naming words that also mean calling someone. */
const AMBIGUOUS_NAMING = /\b(?:appele|appelee|called)\b/;
/** A naming word followed by the name itself: a quote mark or a capital. */
const NAME_AFTER = /(?<![\p{L}])(?:[Bb]aptisée?s?|[Nn]ommée?s?|[Aa]ppelée?s?|[Dd]énommée?s?|[Ss]urnommée?s?|[Ii]ntitulée?s?|[Nn]amed|[Dd]ubbed|[Cc]alled|[Cc]ode-named)\s+(?:[«"“]|\p{Lu})/u;

/** What something is called: the naming sentence (« Baptisé « … », l'exercice … ») that fits best. */
export function naming(ctx: Ctx): Draft {
  const { index, m, lang } = ctx;
  // « appelé », « called » also report a phone call: they name only when a name or a quote follows (« appelé « X » », « called Y »)
  const candidates = index.story.sentences.filter((s) => NAMING_WORDS.test(fold(s.text)) && (!AMBIGUOUS_NAMING.test(fold(s.text)) || NAME_AFTER.test(s.text)));
  const best = candidates.map((s) => ({ s, score: m.score(index.sentences[s.index]!.keys) })).sort((a, b) => b.score - a.score)[0];
  if (!best || best.score <= 0) return read(ctx) ?? decline(ctx);
  const name = nameAfter(best.s.text);
  if (name) return { answered: true, intent: "name", parts: [pick(lang, `Le nom : ${name}.`, `The name: ${name}.`)], cites: [best.s.index] };
  const word = NAMING_WORDS.exec(fold(best.s.text))?.[0] ?? null;
  const at = word ? fold(best.s.text).indexOf(word) : -1;
  const around = at >= 0 ? best.s.text.slice(at, at + word!.length) : null;
  return { answered: true, intent: "name", parts: [pick(lang, `Le nom : ${snippet(best.s.text, around, 10, index.story.lang)}`, `The name: ${snippet(best.s.text, around, 10, index.story.lang)}`)], cites: [best.s.index] };
}

/** The name a naming word introduces, as written: the quoted words (« Baptisé « X » »), or the capitalised run (« dubbed Iron Gate »). */
function nameAfter(text: string): string | null {
  const m = NAME_AFTER.exec(text);
  if (!m) return null;
  const rest = text.slice(m.index + m[0].length - 1);
  const quoted = /^([«"“])\s*([^»"”]{1,60}?)\s*[»"”]/.exec(rest);
  if (quoted) return quoted[1] === "«" ? `« ${quoted[2]} »` : `“${quoted[2]}”`;
  const run = /^\p{Lu}[\p{L}\d-]*(?:\s+(?:(?:de|du|des|of|the|la|le|l')\s*)?\p{Lu}[\p{L}\d-]*){0,4}/u.exec(rest);
  return run ? run[0] : null;
}

/** Last resort: the sentence that shares most of the question's words, when it shares enough. */
export function search(ctx: Ctx): Draft | null {
  const { index, m, query, lang } = ctx;
  const total = query.terms.reduce((n, t) => n + m.weight(t), 0);
  if (!total || query.terms.length < 2) return null;
  let best = -1;
  let bestScore = 0;
  for (const s of index.sentences) {
    const sc = m.score(s.keys);
    if (sc > bestScore) {
      bestScore = sc;
      best = s.index;
    }
  }
  const found = best >= 0 ? m.found(index.sentences[best]!.keys).length : 0;
  if (best < 0 || bestScore / total < 0.6 || found < 2) return null;
  const text = index.story.sentences[best]!.text;
  return { answered: true, intent: "search", parts: [pick(lang, `La dépêche dit : ${guillemets(excerpt(text, 500))}`, `The dispatch says: ${guillemets(excerpt(text, 500))}`)], cites: [best] };
}
