import type { Draft } from "../compose.js";
import { guillemets, pick } from "../compose.js";
import type { Ctx } from "../context.js";
import { questionTerms } from "../evidence.js";
import { fold } from "../text.js";
import { decline } from "./general.js";
import { settle } from "./settled.js";

/*
 * A rank asked (« where does X rank on Y », « what place », « à quelle place au classement »,
 * « quel rang ») is answered by an ordinal the story writes beside a word of ranking (« ranks 17th »,
 * « occupe la 83e place »), in the sentence that holds the rest of the question: a place name or
 * a date is no rank. News writing, both languages; nothing here names a story.
 */

// the question asks a rank (folded)
const RANK_Q =
  /\b(?:where (?:does|do|did|is|are|was|were|will) .{1,80}? (?:rank|ranks|ranked)|(?:what|which) (?:rank|ranking|position)\b|\brank(?:s|ed|ing)?\b|quel(?:le)? (?:rang|place|position|classement)|quel(?:le)? (?:est|etait|sera) (?:le|la|son|sa) (?:rang|place|position)|au classement|dans le classement|classee?s? (?:ou|a quelle|quel)|se classe\w* ou)/;
// an ordinal written in figures: « 17th », « 3rd », « 83e », « 2ème », « 1er », « 1re »
const ORDINAL = /(?<![\p{L}\p{N}])(\d{1,4})(?:st|nd|rd|th|e|eme|ème|er|re|ere|ère)(?![\p{L}\p{N}])/giu;
// ordinals written in words, either language (folded)
const ORDINAL_WORD =
  /(?<![\p{L}])(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|premiere?|deuxieme|second(?:e)?|troisieme|quatrieme|cinquieme|sixieme|septieme|huitieme|neuvieme|dixieme|derniere?)(?![\p{L}])/gu;
// words of ranking beside an ordinal (folded)
const RANK_WORD = /\b(?:rank|ranks|ranked|ranking|place|placed|position|spot|among|out of|classement|classee?s?|rang|occupe\w*|place\w*|parmi|sur un ensemble|sur \d+)\b/;
// the question's own words for asking a rank: every sentence with an ordinal has them or not, they tell nothing apart
// (« classement », « ranking » stay: « au classement mondial » names which ranking)
const ASKING = new Set("rank ranks ranked place placed position spot come finish rang classe classee classes quelle quel where what which".split(" "));

/** Whether the question asks a rank. */
export function asksRank(ctx: Ctx): boolean {
  return RANK_Q.test(ctx.query.folded);
}

interface Hit {
  sentence: number;
  at: number;
  end: number;
  score: number;
}

/**
 * The ordinal that answers a rank question: in the sentence holding most of the question's words
 * (at least half), beside a word of ranking. null when the question asks no rank or no sentence
 * gives one for what is asked.
 */
export function rankAnswer(ctx: Ctx): Draft | null {
  if (!asksRank(ctx)) return null;
  const terms = questionTerms(ctx).filter((t) => !ASKING.has(t.word));
  if (!terms.length) return null;
  const hits: Hit[] = [];
  for (const s of ctx.index.story.sentences) {
    const text = s.text;
    const folded = fold(text);
    const keys = ctx.index.sentences[s.index]?.keys ?? new Set<string>();
    const found = ctx.m.found(keys, terms).length;
    const share = found / terms.length;
    if (share < 0.5) continue;
    const spots = [...text.matchAll(ORDINAL)].map((m) => ({ at: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
    // (an ordinal in words only before a noun of rank: « la deuxième place », "in second place")
    for (const m of folded.matchAll(ORDINAL_WORD)) if (/^\s+(?:place|position|rang|spot)\b/.test(folded.slice((m.index ?? 0) + m[0].length))) spots.push({ at: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
    for (const sp of spots) {
      // a word of ranking within a few words of the ordinal (« ranks 17th », « la 83e place »)
      const near = folded.slice(Math.max(0, sp.at - 30), Math.min(folded.length, sp.end + 30));
      if (!RANK_WORD.test(near)) continue;
      // « the first time », « premier ministre »: an ordinal that qualifies a noun other than a rank
      const after = folded.slice(sp.end, sp.end + 20);
      if (/^\s*(?:time|times|fois|ministre|minister|round|tour|quarter|trimestre|half|semestre|day|jour|year|annee|week|semaine)\b/.test(after)) continue;
      // of two ordinals in one sentence, the one nearer the question's words
      const score = share + (/\d/.test(text.slice(sp.at, sp.end)) ? 0.1 : 0);
      hits.push({ sentence: s.index, at: sp.at, end: sp.end, score });
    }
  }
  hits.sort((a, b) => b.score - a.score || a.sentence - b.sentence || a.at - b.at);
  const best = hits[0];
  if (!best) return null;
  // another sentence's rank fits nearly as well (« 124th overall », « 67th for politics »): which one is asked is a guess;
  // the story's ranks are said, none given as the answer
  const rival = hits.find((h) => h.sentence !== best.sentence && h.score >= best.score - 0.2 && ordinalValue(ctx, h) !== ordinalValue(ctx, best));
  if (rival) {
    const head = pick(ctx.lang, "La dépêche donne plusieurs rangs, sans que la question dise lequel :", "The story gives several ranks, and the question does not say which:");
    return settle({ ...decline(ctx, head), parts: [head, [best, rival].map((h) => guillemets(phraseOf(ctx, h))).join(", ") + "."], cites: [best.sentence, rival.sentence] });
  }
  return {
    answered: true,
    intent: "count",
    parts: [pick(ctx.lang, `Rang : ${guillemets(phraseOf(ctx, best))}.`, `Rank: ${guillemets(phraseOf(ctx, best))}.`)],
    cites: [best.sentence],
  };
}

function ordinalValue(ctx: Ctx, h: Hit): string {
  return fold(ctx.index.story.sentences[h.sentence]!.text.slice(h.at, h.end));
}

/** The ordinal with the words of ranking around it, up to a comma: « ranks 17th of the provinces ». */
function phraseOf(ctx: Ctx, best: Hit): string {
  const text = ctx.index.story.sentences[best.sentence]!.text;
  const before = text.slice(Math.max(0, best.at - 30), best.at);
  const lead = /(?:\S+\s+)?\S+\s*$/u.exec(before)?.[0] ?? "";
  const tail = /^[^,;.()«»"“”]{0,40}/u.exec(text.slice(best.end))?.[0] ?? "";
  const cut = tail.split(/(?=\s)/).slice(0, 5).join("").trimEnd();
  return `${lead}${text.slice(best.at, best.end)}${cut}`.trim().replace(/(?:\s+(?:sur|car|de|du|des|et|ou|the|of|and|or|with|avec|a|à|in|en))+$/u, "");
}
