import type { Draft } from "../compose.js";
import { pick } from "../compose.js";
import type { Ctx } from "../context.js";
import type { Entity, StoryIndex } from "../index.js";
import { englishWord, frenchWord } from "../lexicon.js";
import type { Lang } from "../reply.js";
import { fold } from "../text.js";
import { NAME_WORDS } from "../../story/lang/names.js";
import { decline } from "./general.js";
import { whOf } from "./reader.js";
import { storyWords } from "./spans.js";

/**
 * A person's attributes from the title the story writes before their name (« le colonel X »,
 * "Rear Admiral X"): « what rank is X? », « X il a quel grade ? », "is X a colonel?" (settled
 * against the rank the story gives that person, never another's), "what's X's first name?".
 * Ranks per language come from the naming lexicons (src/story/lang/names-*.ts).
 */

interface AttributeWords {
  /** The question asks a rank (« quel grade », "what rank"). */
  rank: RegExp;
  /** The question asks a given name. */
  firstName: RegExp;
  /** Articles before a rank in a yes/no question (« is he a colonel », « c'est un colonel »). */
  articles: readonly string[];
}

const FR: AttributeWords = {
  rank: /\bgrade\b/,
  firstName: /\bprenoms?\b/,
  articles: ["un", "une", "le", "la"],
};
const EN: AttributeWords = {
  rank: /\b(?:what|which|his|her|their)(?:'s| is| was)? (?:military )?rank\b|\brank (?:is|was|does|did|has|had)\b|'s rank\b|\brank\s*[?!.]*$/,
  firstName: /\b(?:first|given|christian) names?\b|\bforenames?\b/,
  articles: ["a", "an", "the"],
};
const WORDS: Readonly<Record<Lang, AttributeWords>> = { fr: FR, en: EN };

/** Words that stand before a rank and belong to it (« vice-amiral », "Rear Admiral", "Lt. Gen."). */
const RANK_MODIFIERS: Readonly<Record<Lang, ReadonlySet<string>>> = {
  fr: new Set(["vice", "contre"]),
  en: new Set(["rear", "vice", "lt", "lt.", "lieutenant", "major", "brigadier", "staff", "first", "master"]),
};

/** A rank or a given name says who someone is: the answer is of the « who is » kind. */
const ATTRIBUTE = "who_is";

const RANKS: Readonly<Record<Lang, ReadonlySet<string>>> = { fr: new Set(NAME_WORDS.fr.ranks), en: new Set(NAME_WORDS.en.ranks) };

interface Rank {
  /** The rank as the story writes it (« général », "Rear Admiral"). */
  rank: string;
  sentence: number;
  /** The story's words: the rank and the name. */
  words: string;
}

const rankMemo = new WeakMap<Entity, Rank | null>();

/** The rank the story writes before the person's name, read once per person. */
export function rankOf(index: StoryIndex, e: Entity): Rank | null {
  if (rankMemo.has(e)) return rankMemo.get(e) ?? null;
  const found = e.kind === "person" ? findRank(index, e) : null;
  rankMemo.set(e, found);
  return found;
}

function findRank(index: StoryIndex, e: Entity): Rank | null {
  const lang: Lang = index.story.lang === "en" ? "en" : "fr";
  const ranks = RANKS[lang];
  // the name's own words, not the title an alias may carry (« Rear Admiral X » gives « Rear », « Admiral »)
  const isRankWord = (f: string) => ranks.has(f) || ranks.has(f.replace(/\.$/, "")) || RANK_MODIFIERS[lang].has(f);
  const own = new Set(e.nameWords.map(fold).filter((f) => !isRankWord(f)));
  if (!own.size) return null;
  for (const i of e.mentions) {
    const text = index.story.sentences[i]?.text ?? "";
    const ws = text.split(/\s+/);
    for (let k = 0; k < ws.length; k++) {
      if (!own.has(fold(ws[k]!.replace(/[^\p{L}'’-]+$/u, "")))) continue;
      // back over the person's own name words (a given name), then over the rank words right before them
      let j = k - 1;
      while (j >= 0 && own.has(fold(ws[j]!))) j--;
      const end = j;
      while (j >= 0 && (ranks.has(fold(ws[j]!)) || (j < end && RANK_MODIFIERS[lang].has(fold(ws[j]!))) || (j === end && ranks.has(fold(ws[j]!).replace(/\.$/, ""))))) j--;
      if (j === end) continue;
      const rank = ws.slice(j + 1, end + 1).join(" ");
      // a modifier alone (« Major » of a name) is no rank: the last word must be one
      if (!ranks.has(fold(ws[end]!)) && !ranks.has(fold(ws[end]!).replace(/\.$/, ""))) continue;
      // the whole name after the rank (« le colonel Anna Vik »)
      let last = k;
      while (last + 1 < ws.length && own.has(fold(ws[last + 1]!.replace(/[^\p{L}'’-]+$/u, "")))) last++;
      return { rank, sentence: i, words: storyWords(ws.slice(j + 1, last + 1).join(" ")) };
    }
  }
  return null;
}

/** A rank said in the reader's language: the news lexicon's word for it, else the story's own. */
function rankIn(rank: string, storyLang: Lang, lang: Lang): string {
  const f = fold(rank);
  if (storyLang === lang) return rank.toLowerCase();
  const other = storyLang === "fr" ? englishWord(f) : frenchWord(f);
  return other ?? rank.toLowerCase();
}

/** The rank a yes/no question puts to a person (« is he a colonel », « c'est un général »), in the question's language. */
function askedRank(folded: string, lang: Lang): string | null {
  const ws = folded.replace(/[?!.,]/g, " ").split(/\s+/).filter(Boolean);
  const arts = new Set(WORDS[lang].articles);
  for (let i = 1; i < ws.length; i++) if (RANKS[lang].has(ws[i]!) && arts.has(ws[i - 1]!)) return ws[i]!;
  return null;
}

/** Two ranks the same, across languages (« général » and "general"). */
function sameRank(asked: string, askedLang: Lang, told: string, toldLang: Lang): boolean {
  const a = fold(asked);
  const last = fold(told).split(/\s+/).at(-1) ?? "";
  if (askedLang === toldLang) return a === last || a === fold(told);
  const en = (w: string, l: Lang) => (l === "en" ? w : (englishWord(w) ?? w));
  return en(a, askedLang) === en(last, toldLang);
}

/** The question's person: the one it names, or the conversation's. */
function personAsked(ctx: Ctx): Entity | null {
  const e = ctx.entity;
  return e && e.kind === "person" ? e : null;
}

export function attributes(ctx: Ctx): Draft | null {
  const folded = ctx.query.folded;
  const qLang = ctx.query.lang;
  const w = WORDS[qLang];
  const asksRank = w.rank.test(folded);
  const asksFirst = w.firstName.test(folded);
  const yesRank = !asksRank && whOf(folded) === "yesno" ? askedRank(folded, qLang) : null;
  if (!asksRank && !asksFirst && !yesRank) return null;
  const e = personAsked(ctx);
  if (!e) return null;
  const storyLang: Lang = ctx.index.story.lang === "en" ? "en" : "fr";
  const { lang } = ctx;
  if (asksFirst) {
    const parts = e.name.split(/\s+/);
    if (parts.length < 2) return decline(ctx, pick(lang, `La dépêche ne donne que le nom de ${e.name}.`, `The story gives only ${e.name}'s surname.`));
    const given = parts.slice(0, -1).join(" ");
    return { answered: true, intent: ATTRIBUTE, parts: [pick(lang, `${given} (${e.name}).`, `${given} (${e.name}).`)], cites: e.mentions.slice(0, 1), focus: e.name };
  }
  const r = rankOf(ctx.index, e);
  if (!r) return decline(ctx, pick(lang, `La dépêche ne donne pas de grade à ${e.name}.`, `The story gives ${e.name} no rank.`));
  const said = rankIn(r.rank, storyLang, lang);
  const own = `« ${r.words} »`;
  if (yesRank) {
    const yes = sameRank(yesRank, qLang, r.rank, storyLang);
    const text = yes
      ? pick(lang, `Oui — la dépêche présente ${e.name} comme ${said} (${own}).`, `Yes — the story calls ${e.name} a ${said} (${own}).`)
      : pick(lang, `Non — la dépêche présente ${e.name} comme ${said} (${own}).`, `No — the story calls ${e.name} a ${said} (${own}).`);
    return { answered: true, intent: ATTRIBUTE, parts: [text], cites: [r.sentence], focus: e.name };
  }
  return { answered: true, intent: ATTRIBUTE, parts: [pick(lang, `${e.name} : ${said} (${own}).`, `${e.name}: ${said} (${own}).`)], cites: [r.sentence], focus: e.name };
}
