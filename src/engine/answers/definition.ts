import type { Draft } from "../compose.js";
import { pick } from "../compose.js";
import type { Ctx } from "../context.js";
import type { StoryIndex } from "../index.js";
import type { Lang } from "../reply.js";
import { fold } from "../text.js";
import { fitDescription, MAX_COPIED } from "./described.js";

/** Fewer words than a pasted sentence's dozen, copied in a row. */
const PASTE_RUN = 11;

/*
 * « c'est quoi le dispositif Phare ? », "what is the Harbour Fund?": a thing asked by what it is. News
 * copy defines a thing where it first names it: an apposition ("the Harbour Fund, a pool of …"), a
 * copula ("X is a …", « X est un … », « X, c'est … »), a relative clause (« X, qui réunit … »), or
 * what it is made of (« X est composée de … », "X consists of …"). The answer is that definition, a
 * few words of the story. null when the question is not of that shape, names a person (who-is reads
 * it), or no sentence defines the thing that way, so that the other answerers go on.
 */

interface DefinitionWords {
  /** A question asking what a thing is, the thing in group 1 (folded). */
  asks: RegExp;
  /** Determiners and possessives that open the thing's phrase in a question (folded). */
  determiners: ReadonlySet<string>;
  /** After the thing's name in the story: what opens a definition (on the text as written). */
  after: RegExp;
}

const WORDS: Readonly<Record<Lang, DefinitionWords>> = {
  en: {
    asks: /^(?:and |so )?what(?:'s| is| was| are| were)\s+(?!(?:it|this|that|they|he|she|there|going|happening|the (?:name|number|date|reason|cost|price|role)|his|her|their|its)\b)(.+?)\s*[?!.]*$/,
    determiners: new Set("the a an this that these those its their his her".split(" ")),
    after: /^(?:\s*,\s+(?:(?:an|a|the)\s+|which\s+(?:is|was|are|were)\s+(?:an|a|the)\s+|(?=which\s))|\s+(?:is|was|are|were)\s+(?:an|a|the)\s+|\s+(?:consists? of|is made up of|comprises?|brings together)\s+)/iu,
  },
  fr: {
    asks: /^(?:et )?(?:c'est quoi|c'etait quoi|qu'est-ce que c'est que|qu'est-ce que|qu'est ce que)\s+(?!(?:c'est|ca|cela|il|elle|ils|elles|on)\b)(.+?)\s*[?!.]*$/,
    determiners: new Set("le la les l un une des ce cet cette ces son sa ses leur leurs".split(" ")),
    after: /^(?:\s*,\s+(?:(?:une|un|le|la)\s+|l['’]|c['’]est\s+|qui\s+(?:est|était)\s+(?:(?:une|un|le|la)\s+|l['’])|(?=qui\s))|\s+(?:est|était)\s+(?:(?:une|un|le|la)\s+|l['’])|\s+(?:est|était)\s+compos(?:é|ée|és|ées)\s+(?:de|du|des)\s+|\s+(?:est|était)\s+compos(?:é|ée|és|ées)\s+d['’]|\s+(?:comprend|regroupe|réunit|rassemble)\s+)/iu,
  },
};

/** The most sentences read for the thing's first definition. */
const MAX_SENTENCES = 400;

/** The thing a question asks what it is, as folded words (determiners dropped), and the language whose shape it has. */
function askedThing(folded: string): { words: string[]; lang: Lang } | null {
  for (const lang of ["fr", "en"] as const) {
    const m = WORDS[lang].asks.exec(folded.replace(/\s+/g, " ").trim());
    if (!m?.[1]) continue;
    const ws = m[1].replace(/['’]/g, "' ").split(/\s+/).filter(Boolean);
    while (ws.length && WORDS[lang].determiners.has(ws[0]!.replace(/'$/, ""))) ws.shift();
    if (!ws.length || ws.length > 5) return null;
    return { words: ws, lang };
  }
  return null;
}

/** The pattern of the folded words in a folded sentence, built once per question. */
function wordsPattern(words: string[]): RegExp {
  return new RegExp(`(?:^|[^\\p{L}\\d])${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("[\\s'’-]+")}(?![\\p{L}\\d])`, "u");
}

const foldedMemo = new WeakMap<StoryIndex, (string | null)[]>();

/**
 * Each sentence folded, once per story; null for a sentence whose folded form changes length (folding
 * keeps one character per character of ASCII and accented letters alike, NFD accents dropped, and an
 * offset in the folded text must stand for the same offset as written).
 */
function foldedSentences(index: StoryIndex): (string | null)[] {
  let hit = foldedMemo.get(index);
  if (!hit) {
    hit = index.story.sentences.slice(0, MAX_SENTENCES).map((s) => {
      const f = fold(s.text);
      return f.length === s.text.length ? f : null;
    });
    foldedMemo.set(index, hit);
  }
  return hit;
}

/** Where the pattern runs in a folded sentence: the offset right after it in the sentence as written, or -1. */
function endOf(folded: string | null, pattern: RegExp): number {
  if (folded === null) return -1;
  const m = pattern.exec(folded);
  return m ? m.index + m[0].length : -1;
}

export function definition(ctx: Ctx): Draft | null {
  const asked = askedThing(ctx.query.folded);
  if (!asked) return null;
  const { index, lang } = ctx;
  // a person is asked by who-is (« c'est quoi son rôle » aside, which names no one)
  const key = asked.words.join(" ");
  if (index.entities.some((e) => e.kind === "person" && fold(e.name).includes(key))) return null;
  const storyLang: Lang = index.story.lang === "en" ? "en" : "fr";
  const w = WORDS[storyLang];
  const sentences = index.story.sentences;
  const folded = foldedSentences(index);
  const pattern = wordsPattern(asked.words);
  for (let i = 0; i < Math.min(sentences.length, MAX_SENTENCES); i++) {
    const text = sentences[i]!.text;
    const end = endOf(folded[i] ?? null, pattern);
    if (end < 0) continue;
    const m = w.after.exec(text.slice(end));
    if (!m) continue;
    const rest = text.slice(end + m[0].length);
    // the definition runs to the clause's end: a comma, a semicolon, a quotation or the sentence's end
    const clause = /^[^,;:.«»"“”()]{3,160}/u.exec(rest)?.[0];
    // the article that opens the definition stays with it; the copula or relative before it goes
    const article = /(?:^|\s)((?:an?|the|une?|le|la|l['’]))\s*$/iu.exec(m[0])?.[1] ?? "";
    // an apposition follows the thing's name in the story, which the answer writes before it: the two count as one copied run
    const room = PASTE_RUN - (/^\s*,/.test(m[0]) ? asked.words.length : 0);
    const def = clause ? fitDescription(`${article}${/['’]$/u.test(article) || !article ? "" : " "}${clause}`.trim(), storyLang, Math.max(MAX_COPIED, room)) : null;
    if (!def || def.split(/\s+/).length < 3) continue;
    const thing = text.slice(Math.max(0, end - key.length), end).trim();
    return {
      answered: true,
      intent: "definition",
      parts: [pick(lang, `${thing} : ${def}.`, `${thing}: ${def}.`)],
      cites: [i],
    };
  }
  return null;
}
