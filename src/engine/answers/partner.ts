import type { Draft } from "../compose.js";
import type { Ctx } from "../context.js";
import type { Entity, StoryIndex } from "../index.js";
import { entitiesIn } from "../mentions.js";
import type { Lang } from "../reply.js";
import { fold } from "../text.js";
import { wordSet } from "../word-set.js";
import { describedIn } from "../labels.js";
import { roleOf } from "./roles.js";

/*
 * « X a parlé avec qui ? », "who was X with?", "who is X meeting?", « qui accompagnait X ? »: the
 * question asks for X's partners in an act. News writing names them after a word of company
 * (« avec », « en compagnie de », "with", "accompanied by") or as the object of a verb of meeting
 * or calling (« X a téléphoné à son homologue, le général Y »), as a list (« Y, … , ainsi que Z »)
 * whose appositions (« Y, président de W ») describe an item rather than add one. The answer is
 * the people and institutions of that list, as the story names them; never a function word.
 */

interface PartnerWords {
  /** Folded questions that ask for someone's partners. */
  asks: RegExp[];
  /** Folded story text: a verb of meeting, calling or talking, with the preposition after it (its object follows). */
  verbs: RegExp;
  /** Folded story text: words of company (its partners follow). */
  company: RegExp;
  /** What joins two items of a list. */
  joiners: RegExp;
  /** Determiners and prepositions an item may open with. */
  lead: RegExp;
  /** Words that open a clause or a complement of time, place or aim: the list ends before them. */
  stop: ReadonlySet<string>;
}

const WORDS: Record<Lang, PartnerWords> = {
  en: {
    asks: [
      /\bwith whom\b/,
      /\b(?:to|whom) whom\b/,
      /^(?:(?:and|so|but)\s+)?who (?:is|was|are|were|did|does|do|will|has|had|would) .{1,60}\b(?:with|alongside)\b/,
      /^(?:(?:and|so|but)\s+)?who (?:did|does|do|will|has|had|would) .{1,60}\b(?:talk|speak|spoke|talked|speaking|talking|chat|chatted|write|wrote) to\b/,
      /^(?:(?:and|so|but)\s+)?who (?:is|was|are|were|did|does|do|will|has|had|would|is going to|was going to) .{1,60}\b(?:meet|meeting|met|see|seeing|call|calling|phone|phoning|visit|visiting|accompany|join|joining)\s*(?:in .{1,40}|on .{1,40}|at .{1,40})?[?!.]*$/,
      /^(?:(?:and|so|but)\s+)?who (?:accompanied|accompanies|accompanying|joined|joins|was with|were with|is with|went with|travell?ed with|met with|met)\b/,
    ],
    verbs: /\b(?:(?:talks|discussions|meetings?|negotiations|a call|a meeting) with|met|meet|meets|meeting|called|phoned|rang|telephoned|spoke|speaks|talked|talks|visited|received|hosted|joined|accompanied|accompanying)(?:\s+(?:with|to|by))?\b/g,
    company: /\b(?:with|alongside|accompanied by|joined by|together with|in the company of|flanked by)\b/g,
    joiners: /^(?:,\s*)?(?:and|as well as|including|along with|plus|or)\s+|^,\s*/,
    lead: /^(?:(?:the|a|an|his|her|their|its|to|with|by|of)\s+)+/,
    stop: wordSet(
      "to in on at after before during since until when while where who whom which that whose because for from into over under about against through as if so but then who's said says told added after amid despite ahead following",
    ),
  },
  fr: {
    asks: [
      /\bavec qui\b/,
      /\ben compagnie de qui\b/,
      /\baux cotes de qui\b/,
      /^(?:(?:et|alors|mais)\s+)?qui (?:accompagn\w*|etait avec|etaient avec|est avec|a rejoint|a retrouve|a rencontre|rencontr\w*)\b/,
      /\b(?:rencontr\w*|retrouv\w*|vu|voir|accompagn\w*|rejoint|rejoindre|recu|recevoir) qui\s*[?!.]*$/,
      /^(?:(?:et|alors|mais)\s+)?qui (?:est-ce que |est-ce qu')?\S+ (?:\S+ )?(?:a|va|doit|avait|devait|allait)(?:-t-(?:il|elle))? (?:rencontr\w*|vu|voir|retrouv\w*|recu|recevoir|accompagn\w*)\b/,
      /^(?:(?:et|alors|mais)\s+)?qui (?:\S+ ){0,3}(?:a|va|doit|avait|devait)-t-(?:il|elle|ils|elles) (?:rencontr\w*|vu|voir|retrouv\w*|recu|recevoir|accompagn\w*)\b/,
      /\ba qui (?:est-ce que |est-ce qu')?.{0,40}(?:parle|telephone|s'est adresse)/,
    ],
    verbs: /\b(?:(?:entretiens?|discussions|negociations|reunion|rencontre) avec|rencontr\w*|retrouv\w*|telephone|appele|joint|parle|entretenue?s?|recue?s?|recu|accompagnee?s?|rejoint|discute)(?:\s+(?:a|au|aux|avec|par))?\b/g,
    company: /\b(?:avec|en compagnie d[eu]|en compagnie des|aux cotes d[eu]|aux cotes des|accompagnee?s? d[eu]|accompagnee?s? par|entoure d[eu])\b/g,
    joiners: /^(?:,\s*)?(?:et|ainsi que|de meme que|dont|notamment|ou)\s+|^,\s*/,
    lead: /^(?:(?:le|la|les|l'|son|sa|ses|leur|leurs|un|une|des|du|de|d'|a|au|aux|avec|par)\s*)+/,
    stop: wordSet(
      "a au aux dans sur sous apres avant pendant depuis jusqu lors quand lorsque alors que qui dont ou mais car pour afin avec contre vers chez selon malgre notamment il elle ils elles a-t-il a-t-elle ont est sont etait",
    ),
  },
};

const markMemo = new WeakMap<StoryIndex, { i: number; text: string; marks: { at: number; end: number; weight: number }[] }[]>();

/** The story's sentences with a verb of meeting or a word of company, and where each stands: once per story. */
function markedSentences(index: StoryIndex, w: PartnerWords) {
  let hit = markMemo.get(index);
  if (!hit) {
    hit = index.story.sentences
      .map((s) => {
        const f = fold(s.text).replace(/’/g, "'");
        const marks = ([[w.verbs, 1], [w.company, 0.6]] as const).flatMap(([re, weight]) => [...f.matchAll(re)].map((m) => ({ at: m.index ?? 0, end: (m.index ?? 0) + m[0].length, weight })));
        return { i: s.index, text: s.text, marks };
      })
      .filter((x) => x.marks.length > 0);
    markMemo.set(index, hit);
  }
  return hit;
}

/** The question's own words of meeting, calling or company (folded, either language): they say what is asked, not which sentence. */
const MEETING_WORD = /^(?:meet|met|talk|speak|spoke|call|phon|visit|accompan|join|see|saw|seen|chat|with|rencontr|parl|telephon|appel|accompagn|retrouv|vu|voir|recu|recev|rejoin|din|entret|avec|compagnie)/;

/** Whether the question asks for someone's partners (« avec qui », "who was X with", "who accompanied X"). */
export function asksPartner(folded: string): boolean {
  const f = folded.replace(/\s+/g, " ").trim();
  return WORDS.en.asks.some((re) => re.test(f)) || WORDS.fr.asks.some((re) => re.test(f));
}

interface Found {
  sentence: number;
  partners: Entity[];
  score: number;
}

/**
 * The list of partners after `from` in `text`: items joined by commas and conjunctions, each an
 * entity of the story; an apposition (a comma piece that opens on a lower-case word) describes the
 * item before it and adds none, unless that item named no one (« son homologue, le général Y »).
 */
function listAfter(index: StoryIndex, text: string, from: number, w: PartnerWords, skip: Entity): Entity[] {
  const rest = text.slice(from);
  // the list's pieces, each with what joined it to the one before
  const pieces: { sep: string; body: string }[] = [];
  const re = /(,\s*(?:(?:et|and|ainsi que|as well as|including|notamment|dont|along with)\s+)?|\s+(?:et|and|ainsi que|as well as|including|along with)\s+|[;:.!?()«»"“”—–])/giu;
  let last = 0;
  let sep = "";
  for (const m of rest.matchAll(re)) {
    pieces.push({ sep, body: rest.slice(last, m.index) });
    sep = m[0];
    last = (m.index ?? 0) + m[0].length;
    if (/[;:.!?()«»"“”—–]/u.test(m[0])) break;
  }
  if (!/[;:.!?()«»"“”—–]/u.test(sep)) pieces.push({ sep, body: rest.slice(last) });
  const out: Entity[] = [];
  let itemHas = false;
  let inApposition = false;
  for (const [k, p] of pieces.entries()) {
    if (k > 0 && /[;:.!?()«»"“”—–]/u.test(p.sep)) break;
    const body = p.body.trim();
    if (!body) continue;
    const bare = fold(body).replace(/’/g, "'").replace(w.lead, "");
    const first = bare.split(/[\s']+/)[0] ?? "";
    const joined = k > 0 && fold(p.sep).replace(/[,\s]+/g, " ").trim() !== "";
    // a clause or a complement (« afin de », "during her visit", « a annoncé ») ends the list
    if (k > 0 && !joined && (w.stop.has(first) || /^\p{Ll}+(?:ed|ait|aient|era|ira)$/u.test(first))) break;
    // « Y, président de W », "Y, Z's nominee": a description of the item before, not an item; « et proche conseiller de V » goes on describing it
    const lower = /^\p{Ll}/u.test(body.replace(w.lead, "")) || /^\p{Lu}\p{L}*['’]s\b/u.test(body);
    // after « et », "and", an item opens on its determiner (« ainsi que du directeur Z »); a bare noun goes on describing
    const bareNoun = /^\p{Ll}/u.test(body) && !w.lead.test(fold(body).replace(/’/g, "'"));
    if (k > 0 && lower && (!joined || (inApposition && bareNoun))) {
      inApposition = true;
      if (itemHas) continue;
    } else {
      inApposition = false;
      itemHas = false;
    }
    const placed = entitiesIn(index, body).filter((x) => x.entity !== skip && x.entity.kind !== "group");
    // an item names one partner: the person it names, else the institution (« le directeur de l'hôpital X Y » is Y)
    const person = placed.filter((x) => x.entity.kind === "person").at(-1) ?? placed.at(-1);
    if (person && !out.includes(person.entity)) {
      out.push(person.entity);
      itemHas = true;
    }
    if (out.length >= 4) break;
  }
  return out;
}

/**
 * « X a parlé avec qui ? », "who was X with at the restaurant?": the people and institutions the
 * story names with X after a word of company or a verb of meeting or calling, in the sentence that
 * holds most of the question; null when the question asks no partner or no sentence names one.
 */
export function partners(ctx: Ctx): Draft | null {
  if (!asksPartner(ctx.query.folded)) return null;
  const { index, lang } = ctx;
  const who = ctx.entity ?? ctx.hits[0]?.entity ?? null;
  if (!who) return null;
  const storyLang: Lang = index.story.lang === "en" ? "en" : "fr";
  const w = WORDS[storyLang];
  // the question's words besides the person and the asking (« at the restaurant », « à Londres »)
  const own = new Set(who.nameWords.map((n) => fold(n)));
  const context = ctx.query.terms.filter((t) => !own.has(t.word) && !MEETING_WORD.test(t.word));
  let best: Found | null = null;
  for (const { i, text, marks } of markedSentences(index, w)) {
    const placed = entitiesIn(index, text);
    const self = placed.find((x) => x.entity === who);
    if (!self) continue;
    {
      for (const { at, end, weight } of marks) {
        // a word of company far from X (« … manœuvres avec la Russie ») is another clause's
        const selfBefore = self.at < at && at - self.at <= 140;
        const selfAfter = self.at >= end && self.at - end <= 80;
        if (!selfBefore && !selfAfter) continue;
        let list = selfBefore ? listAfter(index, text, end, w, who) : [];
        // « Y a rencontré X »: X is the object, the one before the verb is the partner
        if (!list.length && selfAfter) {
          const subject = [...placed].reverse().find((x) => x.at < at && x.entity !== who && x.entity.kind !== "group");
          if (subject) list = [subject.entity];
        }
        if (!list.length) continue;
        const score = weight + ctx.m.score(index.sentences[i]!.keys, context) - (selfBefore ? (at - self.at) / 400 : 0.2);
        if (!best || score > best.score) best = { sentence: i, partners: list, score };
      }
    }
  }
  if (!best) return null;
  const shown = best.partners.map((e) => describedIn({ ...e, role: roleOf(index, e) }, storyLang, lang));
  const line = shown.length > 1 ? `${shown.slice(0, -1).join(", ")}${lang === "fr" ? " et " : " and "}${shown.at(-1)}` : shown[0]!;
  return { answered: true, intent: "who", parts: [`${line[0]!.toUpperCase()}${line.slice(1)}.`], cites: [best.sentence], focus: best.partners[0]!.name, confidence: Math.min(1, best.score) };
}
