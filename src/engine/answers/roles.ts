import type { Entity, StoryIndex } from "../index.js";
import type { Lang } from "../reply.js";
import { oncePerEntity } from "../entity-memo.js";
import { entitiesIn, type Placed } from "../mentions.js";
import { fold } from "../text.js";
import { EN_CALENDAR, FR_CALENDAR } from "../../story/lang/calendar.js";
import { backReferenceWords } from "../lexicon-people.js";
import { officeHeld, openingPhrase } from "./described.js";

/**
 * A person's role when the story's entity carries none: news writing puts it in an apposition
 * after the name (« X, professeure de sciences politiques, … »), before it as a title (« Chinese
 * Foreign Ministry spokesperson X », « le ministre de la Santé X »), or before it in an apposition
 * of its own (« Norland's chief naval spokesperson, Rear Admiral X »).
 */

const TITLE = new RegExp(
  "\\b(?:" +
    [
      "minist\\w*", "spokes\\w*", "porte-parole", "president\\w*", "presidente?", "direct\\w*", "commission\\w*", "chair\\w*", "judge", "juge", "chief", "chef",
      "head", "leader", "dirigeant\\w*", "secretar\\w*", "secretaire", "ambassad\\w*", "general", "admiral", "amiral", "professor", "professeure?", "researcher",
      "chercheu\\w*", "mayor", "maire", "governor", "gouverneur", "ceo", "executive", "officer", "analyst", "analyste", "expert\\w*", "fellow", "founder",
      "fondat\\w*", "patron\\w*", "deput\\w*", "senat\\w*", "avocat\\w*", "lawyer", "attorney", "procureur", "prosecutor", "epidemiolog\\w*", "auteure?", "autrice",
      "author", "conseill\\w*", "adviser", "advisor", "delegu\\w*", "representa\\w*", "commander", "commandant", "colonel", "captain", "capitaine", "coach",
      "entraineu\\w*", "owner", "proprietaire", "manager", "gerant\\w*", "doctor", "medecin", "economist", "economiste", "historian", "historien\\w*", "editor",
      "redact\\w*", "journalist\\w*", "correspondent", "envoy", "envoye", "negotiator", "negociateur", "activist\\w*", "militant\\w*", "candidat\\w*", "candidate",
      "mp", "lawmaker", "senator", "councillor", "conseiller", "official", "responsable", "nominee", "member", "membre", "witness", "temoin", "rector", "recteur",
      "advocate", "teacher", "lecturer", "enseignant\\w*", "nurse", "infirmi\\w*", "surgeon", "chirurgien\\w*", "scientist", "scientifique", "engineer", "ingenieur\\w*",
      "naturopath\\w*", "nutritionist\\w*", "psycholog\\w*", "sociolog\\w*", "student", "etudiant\\w*",
    ].join("|") +
    ")\\b",
);

/** A title or office noun anywhere in a folded text (« président », "spokesperson", « à la tête »). */
export const TITLE_NOUN: RegExp = TITLE;

/** Whether a capitalised word of a name is a title written into it (« Economy Minister X »), not a name. */
export function isTitleWord(word: string): boolean {
  const f = fold(word);
  return TITLE.test(f) || /^(?:prime|premier|deputy|vice|economy|foreign|interior|justice|defence|defense|finance|health|state|district|rear|major|lieutenant|sir|dame|mr|mrs|ms|dr)$/.test(f);
}

const memo = new WeakMap<StoryIndex, Map<string, string | null>>();

/**
 * A role with the words a sentence opened with before the title dropped (« Speaking at President »
 * read before « President X »): capitalised only because the sentence begins there.
 */
function trimOpening(role: string): string {
  const ws = role.split(/\s+/);
  const first = ws.findIndex((w) => TITLE.test(fold(w)) || isTitleWord(w));
  if (first <= 0) return role;
  // only words a sentence opens with: a participle or gerund and the small words after it
  const lead = ws.slice(0, first);
  return /^(?:\p{L}+ing|\p{L}+ant)$/u.test(lead[0]!) && lead.slice(1).every((w) => /^\p{Ll}/u.test(w)) ? ws.slice(first).join(" ") : role;
}

/** « en tant que ministre », "as envoy": the words that say an office is held are not the office. */
function withoutOfficeMarker(role: string, index: StoryIndex): string {
  const marker = backReferenceWords(index.story.lang).asOffice;
  const ws = role.split(/\s+/);
  return ws.length > marker.length && marker.every((m, k) => fold(ws[k]!) === m) ? ws.slice(marker.length).join(" ") : role;
}

export function roleOf(index: StoryIndex, e: Entity): string | null {
  if (e.role) return trimOpening(withoutOfficeMarker(e.role, index));
  if (e.kind !== "person") return null;
  let m = memo.get(index);
  if (!m) memo.set(index, (m = new Map()));
  if (m.has(e.name)) return m.get(e.name) ?? null;
  const raw = findRole(index, e);
  const found = raw ? trimOpening(raw) : null;
  m.set(e.name, found);
  return found;
}

function titleInName(e: Entity): string | null {
  // a title written into the name itself (« Justice Minister Ana X », « District Judge X »)
  for (const form of [e.name, ...e.aliases]) {
    const ws = form.split(/\s+/);
    const first = e.nameWords.length ? ws.findIndex((w) => e.nameWords.includes(w) && w !== ws[0]) : -1;
    const title = first > 0 ? ws.slice(0, first).join(" ") : "";
    if (title && TITLE.test(fold(title))) return title;
  }
  return null;
}

// « X, nommée à la tête de Y le 3 mai », « X, named head of Y »: an appointment says the role
const APPOINTED = /^(?:newly |recently |nouvellement |récemment )?(?:named|appointed|elected|installed|chosen|nommée?s?|désignée?s?|élue?s?|choisie?s?|installée?s?|propulsée?s?|portée?s?)\s+(?:as\s+|comme\s+)?(?:à la tête d|at the head of|head of|chief of|leader of|\p{Ll})/u;
// a date or day closing a role (« … du syndicat le 3 mai », « … on Tuesday ») is when, not what
const DATE_TAIL = new RegExp(
  `\\s+(?:le|on|in|en|depuis|since|du|au)\\s+(?:\\d|(?:${[...FR_CALENDAR.weekdays, ...EN_CALENDAR.weekdays, ...FR_CALENDAR.monthsWritten, ...EN_CALENDAR.monthsWritten].join("|")})\\b).*$`,
  "iu",
);

// « X was named the new leader of … », « X a été nommée directrice de … »
const NAMED_AS = /^\s+(?:was|is|has been|had been|est|a été|était)\s+(?:(?:named|appointed|elected|nommée?|désignée?|élue?)\s+)?(?:as\s+|comme\s+)?((?:the|le|la|l['’])?\s*[^,.;:«»"“”()]{2,80})/iu;

/**
 * An apposition right after the name, up to its closing comma or, when the writer left that out,
 * up to the clause's verb: a past tense (« raised », « warned »), a reporting verb, « who », an
 * auxiliary. Built once.
 */
const APPOSITION = new RegExp(
  "^,\\s+((?:(?:la|le|l'|l’|the|a|an|un|une)\\s+)?[\\p{Ll}][^,.;:«»\"“”()]{2,90}?)(?=[,.;:)]|\\s+(?:" +
    [
      "a", "ont", "avait", "has", "had", "have", "is", "was", "will", "would", "said", "told", "says", "tells", "who", "qui", "a déclaré", "a dit",
      "estime", "juge", "affirme", "explique", "souligne", "rappelle", "prévient", "indique", "assure", "note", "ajoute", "dit", "déclare",
      "warns", "notes", "adds", "argues", "believes", "thinks", "wrote", "spoke", "took", "gave", "made", "saw", "led", "met", "ran", "won", "sought", "\\p{Ll}+ed",
    ].join("|") +
    ")\\b)",
  "u",
);

function findRole(index: StoryIndex, e: Entity): string | null {
  const surname = e.nameWords.at(-1);
  const sentences = [...new Set(e.mentions)].sort((a, b) => a - b);
  // the bare name first, so a title written before it in the text is read with what qualifies it (« Westgate President X »)
  const bare = e.nameWords.filter((w) => /^\p{Lu}/u.test(w)).join(" ");
  const names = [...new Set([bare, e.name, ...e.aliases, ...(surname ? [surname] : [])])].filter((n) => n.length > 2).sort((a, b) => b.length - a.length);
  for (const i of sentences) {
    const text = index.story.sentences[i]?.text ?? "";
    for (const n of names) {
      const at = text.indexOf(n);
      if (at < 0) continue;
      const after = text.slice(at + n.length);
      // « X, ingénieure des ponts et autrice du rapport. »
      // the apposition ends at a comma, or, when the writer left out the closing one (« X, a rocket expert at Y University raised … »), at the verb
      const app = APPOSITION.exec(after);
      if (app && (TITLE.test(fold(app[1]!)) || APPOINTED.test(app[1]!)) && app[1]!.split(/\s+/).length <= 12) return app[1]!.trim().replace(DATE_TAIL, "");
      const named = NAMED_AS.exec(after);
      if (named && TITLE.test(fold(named[1]!)) && named[1]!.split(/\s+/).length <= 12) return named[1]!.trim().replace(/\s+(?:on|in|at|since|depuis|le|en)\s+.*$/i, "");
      const before = text.slice(0, at);
      // "during X's years as harbour master", « X, en tant que ministre, »: the office held
      const held = officeHeld(after, index.story.lang);
      if (held) return held;
      // « The director of the agency's cargo, fishing and leisure division, X, resigned »: a list's commas inside the phrase
      const opening = openingPhrase(before, after, index.story.lang);
      if (opening) return opening;
      // « Norland's chief naval spokesperson, Rear Admiral X »
      // the run stops at the nearest verb or preposition that opens it (« the judge told the Board’s lawyer, X »)
      const pre = /(?:^|[,;:]\s*|\b(?:by|par|que|that|and|et|as|comme|told|tells|to|with|avec|à|au)\s+)((?:(?!(?:by|par|que|that|and|et|as|comme|told|tells|to|with|avec|à|au)\s)[\p{L}'’.-]+\s+){0,8}?[\p{L}'’.-]+)(,?)\s*$/u.exec(before);
      if (pre) {
        const words = pre[1]!.trim().replace(/,$/, "");
        const ws = words.split(/\s+/);
        // a determiner or possessive opening the run (« Le colistier de X, NAME, ») makes it a noun phrase
        const determined = /^(?:le|la|les|l['’]|the|son|sa|ses|his|her|its|their|leur)$/iu.test(ws[0] ?? "") || /^l['’]\p{Ll}/u.test(ws[0] ?? "");
        // drop a leading determiner or verb the run caught
        // keep the title's own noun group: lower-case words before it that are not titles go (« par la voix de son »)
        if (determined && ws.length > 1 && !/^l['’]\p{L}/iu.test(ws[0]!)) ws.shift();
        const phrase = ws.join(" ");
        while (ws.length > 1 && /^\p{Ll}/u.test(ws[0]!) && !TITLE.test(fold(ws[0]!))) ws.shift();
        const run = ws.join(" ");
        if (run && TITLE.test(fold(run)) && ws.length <= 9) return run;
        // « Le colistier de X, NAME, a … »: a determined noun phrase set off by commas
        // on both sides of the name is an apposition, whatever its noun
        const closed = pre[2] === "," && /^\s*,/.test(after);
        const np = phrase.split(/\s+/);
        if (determined && closed && np.length >= 2 && np.length <= 6 && /^\p{Ll}/u.test(np[0]!.replace(/^l['’]/iu, "")) && /\b(?:de|du|des|d['’]|of)\b|['’]s\b/u.test(phrase)) return phrase;
      }
    }
  }
  return titleInName(e);
}

/** A possessive right before a title (« son porte-parole », « its spokesman »): the office is someone else's. */
const POSSESSIVE = /(?:^|[\s,(])(?:son|sa|ses|leur|leurs|its|his|her|their)\s+$/i;

const ownerMemo = new WeakMap<StoryIndex, Map<string, string | null>>();
// the subject a sentence opens with, when the story has no entity for it (« La France, qui … »)
// (no i flag: with it, \p{Lu} matches lower case too, and « Le club de football » read as a name)
const OPENING_SUBJECT = /^(?:(?:[Ll]a|[Ll]e|[Ll]es|[Tt]he)\s+|[Ll]['’])?(?!(?:La|Le|Les|The)\s)(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3})(?=[\s,])/u;

/**
 * Whose office a role is when the story gives it with a possessive (« Le ministère a démenti. Son
 * porte-parole, X, … », « la France, par la voix de son ambassadeur, X »): the one who speaks
 * before it in the same sentence, else the speaker or subject of the sentence before. null when
 * the role stands on its own.
 */
export function roleOwner(index: StoryIndex, e: Entity, role: string): string | null {
  let m = ownerMemo.get(index);
  if (!m) ownerMemo.set(index, (m = new Map()));
  const id = `${e.name}\u0000${role}`;
  if (m.has(id)) return m.get(id) ?? null;
  const found = findOwner(index, e, role) ?? bareTitleOwner(index, e, role);
  m.set(id, found);
  return found;
}

/**
 * Whose a bare title is (« President », « Chairperson »): the institution whose possessive opens
 * the clause of the title (« the Board’s review … under Chairperson X »), or the institution that
 * opens the sentence with no one else named before the title outside quotation marks
 * (« Acme said … “…,” President X said »). null otherwise: a head of state's « President » stays bare.
 */
function bareTitleOwner(index: StoryIndex, e: Entity, role: string): string | null {
  const ws = role.trim().split(/\s+/);
  if (ws.length > 2 || !ws.every((w) => isTitleWord(w) || TITLE.test(fold(w)))) return null;
  const head = fold(ws[0]!);
  for (const i of [...new Set(e.mentions)].sort((a, b) => a - b)) {
    const text = index.story.sentences[i]?.text ?? "";
    // quoted words are someone's speech, not the sentence's own naming: blanked, offsets kept
    const outside = text.replace(/[«“"][^«»“”"]*[»”"]/gu, (q) => " ".repeat(q.length));
    const folded = fold(outside);
    const nameAt = [e.name, ...e.nameWords].map((n) => folded.indexOf(fold(n))).filter((x) => x >= 0).sort((a, b) => a - b)[0];
    if (nameAt === undefined) continue;
    const at = folded.lastIndexOf(head, nameAt);
    if (at < 0 || nameAt - at > head.length + 3) continue;
    // a person counts by their own name, not by a word of their role (« Acme » of « Acme CEO X »)
    const prefix = folded.slice(0, at);
    const before = entitiesIn(index, outside.slice(0, at)).filter((p) => p.entity !== e && (p.entity.kind !== "person" || prefix.includes(fold(p.entity.name.split(/\s+/).at(-1) ?? ""))));
    const orgs = before.filter((p) => p.entity.kind !== "person");
    const last = orgs.at(-1);
    if (last) {
      const between = folded.slice(last.at, at);
      if (/^[^,;:()]*?['’]s\b[^,;:()]*$/u.test(between) && !before.some((p) => p.at > last.at)) return last.entity.name;
    }
    // every name before the title is the one word opening the sentence (an institution's name may
    // also sit inside a description the story made an entity of): its shortest owner
    // « Acme said … . “…,” President X said »: a sentence that opens on the quote continues the one before
    if (!before.length && !prefix.trim() && i > 0) {
      const prev = index.story.sentences[i - 1]?.text ?? "";
      const there = entitiesIn(index, prev.replace(/[«“"][^«»“”"]*[»”"]/gu, (q) => " ".repeat(q.length))).filter((p) => p.entity !== e);
      const opener = there[0];
      if (opener && opener.at <= 4 && opener.entity.kind !== "person" && there.every((p) => p.at === opener.at)) return there.map((p) => p.entity.name).sort((a, b) => a.length - b.length)[0]!;
    }
    const first = before[0];
    if (first && first.at <= 4 && before.length === orgs.length && orgs.every((p) => p.at === first.at)) {
      return orgs.map((p) => p.entity.name).sort((a, b) => a.length - b.length)[0]!;
    }
  }
  return null;
}

function findOwner(index: StoryIndex, e: Entity, role: string): string | null {
  const head = fold(role).split(/\s+/)[0] ?? "";
  if (!head) return null;
  for (const i of [...new Set([...e.mentions, ...e.quotes.map((q) => q.sentence)])].sort((a, b) => a - b)) {
    const text = index.story.sentences[i]?.text ?? "";
    const folded = fold(text);
    // the title right before the name (« son porte-parole, X »), not another one earlier in the sentence
    const nameAt = [e.name, ...e.nameWords].map((n) => folded.indexOf(fold(n))).filter((x) => x >= 0).sort((a, b) => a - b)[0];
    if (nameAt === undefined) continue;
    const at = folded.lastIndexOf(head, nameAt);
    if (at < 0 || nameAt - at > head.length + 40 || !POSSESSIVE.test(folded.slice(Math.max(0, at - 12), at))) continue;
    const others = (placed: Placed[], limit: number) => placed.filter((p) => p.entity !== e && p.at < limit);
    const speakersIn = (s: number) => new Set(index.story.quotes.filter((q) => q.sentence === s).map((q) => q.speaker));
    const here = others(entitiesIn(index, text), at);
    const spoke = speakersIn(i);
    const owner = here.find((p) => spoke.has(p.entity.name)) ?? here[0];
    if (owner) return owner.entity.name;
    const opening = at > 20 ? OPENING_SUBJECT.exec(text) : null;
    if (opening?.[1] && !e.nameWords.some((n) => opening[1]!.includes(n))) return opening[1];
    const prev = index.story.sentences[i - 1]?.text;
    if (prev === undefined) return null;
    const there = others(entitiesIn(index, prev), Number.POSITIVE_INFINITY);
    const spokeThere = speakersIn(i - 1);
    return (there.find((p) => spokeThere.has(p.entity.name)) ?? there[0])?.entity.name ?? OPENING_SUBJECT.exec(prev)?.[1] ?? null;
  }
  return null;
}

const descMemo = new WeakMap<StoryIndex, Map<string, string[]>>();

/**
 * Every description the story puts right before a person's name, apposition by apposition
 * (« Le commandant de la force, le général X »: « commandant de la force », « général »), for
 * « who is the commander » when the role the story settled on is another of them.
 */
export function descriptionsOf(index: StoryIndex, e: Entity): string[] {
  let m = descMemo.get(index);
  if (!m) descMemo.set(index, (m = new Map()));
  const hit = m.get(e.name);
  if (hit) return hit;
  const out: string[] = [];
  const first = e.nameWords.find((w) => /^\p{Lu}/u.test(w));
  for (const i of [...new Set(e.mentions)]) {
    const text = index.story.sentences[i]?.text ?? "";
    const at = first ? text.indexOf(first) : -1;
    if (at <= 0) continue;
    // the comma-separated groups just before the name, nearest first
    const groups = text.slice(0, at).split(/[,;:«»()]/).map((g) => g.trim()).filter(Boolean).reverse().slice(0, 2);
    for (const g of groups) {
      const clean = g.replace(/^(?:(?:et|and|mais|but|selon|according to|par|by)\s+)?(?:(?:le|la|les|l['’]|the|a|an|un|une)\s+)?/iu, "").trim();
      if (clean.split(/\s+/).length <= 8 && TITLE.test(fold(clean)) && !out.includes(clean)) out.push(clean);
      else break;
    }
  }
  m.set(e.name, out);
  return out;
}

/** A place of work written after a preposition in a description (« … à l'hôpital Saint-Varonne de Kessel », "at the University of X"). */
const WORKPLACE = /(?:^|\s)(?:au|aux|à la|à l['’]|à|chez|dans l['’]|at the|at|for the|for|with the)\s+(?:\p{Lu}|[\p{Ll}-]+\s+(?:de |d['’]|du |des |of (?:the )?)?\p{Lu})/u;

/**
 * The appositions the story sets after someone's name (« X, chirurgienne et
 * cardiologue à l'hôpital Saint-Varonne, … »), up to the punctuation that closes them, for where someone
 * works when the role the story settled on stops short of it.
 */
export function appositionsOf(index: StoryIndex, e: Entity): string[] {
  const out: string[] = [];
  for (const { text, at, name: n } of nameOccurrences(index, e)) {
    // an age set off by commas before the description (« X, 32 ans, caissière … », "X, 54, a nurse …") is stepped over
    const m = /^(?:\s*\([^()]{1,20}\))?(?:,\s+\d{1,3}(?:\s+\p{L}+)?(?=,))?,\s+([^.;:()«»“”"]{3,160}?)(?=\s*(?:[.;:()«»“”"]|,\s+(?:qui|who|a |ont |has |had |said|told|a déclaré|a dit)|$))/u.exec(text.slice(at + n.length));
    const app = m?.[1]?.trim();
    const bare = app?.replace(DATE_TAIL, "");
    if (bare && /^\p{Ll}/u.test(bare) && bare.split(/\s+/).length <= 16 && !out.includes(bare)) out.push(bare);
  }
  return out;
}

/**
 * Each sentence that mentions someone, in story order, with the place its longest written form of their
 * name stands (the full name before a surname alone): what the readers of appositions and of the phrase a
 * name completes look around.
 */
export function nameOccurrences(index: StoryIndex, e: Entity): { sentence: number; text: string; at: number; name: string }[] {
  const out: { sentence: number; text: string; at: number; name: string }[] = [];
  const names = [e.name, ...e.aliases.filter((a) => e.nameWords.some((n) => a.includes(n)))].sort((a, b) => b.length - a.length);
  for (const i of [...new Set(e.mentions)].sort((a, b) => a - b)) {
    const text = index.story.sentences[i]?.text ?? "";
    for (const n of names) {
      const at = text.indexOf(n);
      if (at < 0) continue;
      out.push({ sentence: i, text, at, name: n });
      break;
    }
  }
  return out;
}

/** The description of someone that says where they work, if one does. */
export function workplaceOf(index: StoryIndex, e: Entity): string | null {
  const role = roleOf(index, e);
  return [...appositionsOf(index, e), ...(role ? [role] : []), ...descriptionsOf(index, e)].find((d) => WORKPLACE.test(d)) ?? null;
}

/** Words a referring description may run over before its noun (« The former junior minister »). */
const MAX_BACK_WORDS = 4;

/**
 * A description the next sentence opens with that refers back to someone (« Ada Quint called the
 * brigade. The 23-year-old had smelled smoke », « … . L'ancien ministre conteste »): the sentence right
 * after one where they are the only person named, opening with a definite article and a few words
 * ending on a title or an age noun; none when another person holds that description.
 */
export function descriptionAfter(index: StoryIndex, e: Entity): { text: string; sentence: number } | null {
  return e.kind === "person" ? descriptionAfterOnce(index, e) : null;
}

const descriptionAfterOnce = oncePerEntity(findDescriptionAfter);

function findDescriptionAfter(index: StoryIndex, e: Entity): { text: string; sentence: number } | null {
  const words = backReferenceWords(index.story.lang);
  // someone the story names (a description it never puts a name to may be this very person, met again)
  const others = index.entities.filter((x) => x.kind === "person" && x !== e && /^\p{Lu}/u.test(x.name));
  for (const i of [...new Set(e.mentions)].sort((a, b) => a - b)) {
    const here = index.story.sentences[i]?.text ?? "";
    if (entitiesIn(index, here).some((p) => p.entity.kind === "person" && p.entity !== e)) continue;
    const next = index.story.sentences[i + 1]?.text ?? "";
    // « Dans l'après-midi, la ministre a … »: the description may follow a phrase of circumstance set off by a comma
    const subject = [next, frontedOff(index, next)].find((t): t is string => t !== null && words.definites.has(fold(t.replace(/^(\p{L})['’]/u, "$1 ").split(/\s+/)[0] ?? "")));
    if (subject === undefined) continue;
    const all = subject.replace(/^(\p{L})['’]/u, "$1 ").split(/\s+/);
    const rest = all.slice(1, MAX_BACK_WORDS + 1);
    const end = rest.findIndex((w) => {
      const f = fold(w.replace(/[,;:.]+$/u, ""));
      return words.ageNoun.test(f) || TITLE.test(f);
    });
    // lower-case words or an age up to the noun: a capital would open a name, not a description
    if (end < 0 || !rest.slice(0, end + 1).every((w) => /^[\p{Ll}\d]/u.test(w))) continue;
    const text = withComplement(rest.slice(0, end + 1), all.slice(end + 2), index.story.lang).join(" ").replace(/[,;:.]+$/u, "");
    const head = fold(rest[end]!.replace(/[,;:.]+$/u, ""));
    if (others.some((x) => [roleOf(index, x) ?? "", ...x.aliases].some((d) => fold(d).split(/\s+/).includes(head)))) continue;
    return { text, sentence: i + 1 };
  }
  return null;
}

/** The most words a phrase of circumstance opening a sentence runs to before its comma. */
const MAX_FRONTED_WORDS = 14;

/**
 * What a sentence says after a phrase of circumstance it opens with (« Dans l'après-midi, … »,
 * "After the vote, …"): the words after its first comma, when no one is named before it and it
 * opens on no quotation. null otherwise.
 */
function frontedOff(index: StoryIndex, sentence: string): string | null {
  const comma = sentence.indexOf(",");
  if (comma < 0 || /^[«“"'‘]/u.test(sentence)) return null;
  const front = sentence.slice(0, comma);
  if (front.split(/\s+/).length > MAX_FRONTED_WORDS || /[«»“”"]/u.test(front)) return null;
  if (entitiesIn(index, front).some((p) => p.entity.kind === "person")) return null;
  return sentence.slice(comma + 1).trim();
}

/**
 * A title noun with its complement (« la ministre des Sports a … » → « ministre des Sports »): the
 * words after it joined by a word of complement, one noun after each, up to four.
 */
function withComplement(noun: string[], after: string[], lang: Lang): string[] {
  const words = backReferenceWords(lang);
  const out = [...noun];
  if (/[,;:.]$/u.test(noun.at(-1) ?? "")) return out;
  let k = 0;
  while (k < after.length && out.length < noun.length + 6) {
    const w = after[k]!;
    // an elided complement glued to its noun (« d'État »), or a complement, an article perhaps, then a noun
    const elided = /^(\p{L})['’]\p{L}/u.exec(w);
    if (elided && words.complements.has(fold(elided[1]!))) {
      out.push(w);
      k++;
    } else if (words.complements.has(fold(w)) && k + 1 < after.length) {
      const art = words.definites.has(fold(after[k + 1]!).replace(/['’]$/u, "")) ? 1 : 0;
      const noun2 = after[k + 1 + art];
      if (!noun2) break;
      out.push(...after.slice(k, k + 2 + art));
      k += 2 + art;
    } else break;
    if (/[,;:.]$/u.test(out.at(-1)!)) break;
  }
  return out;
}
