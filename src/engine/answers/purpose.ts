import type { Draft } from "../compose.js";
import { pick } from "../compose.js";
import { topicTerms, type Ctx } from "../context.js";
import { keysOf, type StoryIndex } from "../index.js";
import type { Lang } from "../reply.js";
import { fold } from "../text.js";
import { original, storyWords } from "./spans.js";

/**
 * The purpose of an act (« what was the aim of the talks? », « X cherchait à éviter quoi ? », "what
 * were they trying to prevent?", "what other goal did it have?"): the clause news writing opens with
 * a purpose marker (« afin de », « visait à », « dans le but de »; "in order to", "aimed at", "so as
 * to"), cut to a few words, with the sentence cited. Null for a question of another kind, or when no
 * sentence of the act asked gives a purpose.
 */

interface PurposeWords {
  /** The question asks a purpose. */
  asked: RegExp;
  /** « another goal », « un autre but »: the purpose after the one already given. */
  other: RegExp;
  /** A purpose marker in a sentence of the story (folded); the clause follows it. */
  marker: RegExp;
  /** Coordination inside a purpose clause that opens a second purpose (« et à », "and to"). */
  second: RegExp;
  /** The question's own words of purpose, which name no topic. */
  own: ReadonlySet<string>;
}

const FR: PurposeWords = {
  asked:
    /\b(?:(?:quel|quelle|quels|quelles) (?:est |sont |etait |etaient )?(?:le |la |les |l')?(?:autres? )?(?:but|buts|objectif|objectifs|finalite)|(?:le|un|l'|son|leur|un autre) (?:but|objectif)s? (?:de|du|des|d')|dans quel but|cherch\w* a (?:eviter|empecher|prevenir|obtenir)|voul\w* (?:eviter|empecher|prevenir)|vis\w* a quoi|a quoi (?:servait|sert|visait|vise)|pour quoi faire)\b/,
  other: /\b(?:autres?|deuxieme|second|seconde)\b/,
  marker: /\b(?:afin (?:de|d')|dans le but (?:de|d')|en vue (?:de|d')|avec l'objectif (?:de|d')|(?:vise|visent|visait|visaient|visant|visera|viseront)(?: notamment| aussi| egalement| surtout)? a)\s*/g,
  second: /\s(?:et a|et de|et d'|ainsi qu'a)\s/,
  own: new Set("but buts objectif objectifs finalite cherchait cherchaient cherche chercher eviter empecher prevenir quoi voulait voulaient vise visait servait sert faire autre autres".split(" ")),
};

const EN: PurposeWords = {
  asked:
    /\b(?:(?:the |their |its |his |her |another |other |second )?(?:aim|aims|goal|goals|purpose|objective|objectives|point) (?:of|was|is|were|are|behind)|what (?:other |else |was the |is the |were the )?(?:aim|aims|goal|goals|purpose|objective|objectives)\b|(?:trying|seeking|hoping|aiming|meant|intended|supposed|want|wanted|wants) to (?:prevent|avoid|stop|achieve|accomplish)|for what purpose|to what end|what for)\b/,
  other: /\b(?:other|another|second|else)\b/,
  marker: /\b(?:in order to|so as to|aimed at|aims to|aimed to|aiming to|intended to|designed to|with the (?:aim|goal|purpose) of|in a bid to|in an effort to|seeking to|meant to)\s*/g,
  second: /\s(?:and to|as well as to|and at)\s/,
  own: new Set("aim aims goal goals purpose objective objectives point trying seeking hoping aiming meant intended supposed want wanted prevent avoid stop achieve accomplish other another second else".split(" ")),
};

const WORDS: Readonly<Record<Lang, PurposeWords>> = { fr: FR, en: EN };

/** At most this many of the story's words in one purpose: the answer says it, the cited sentence holds it whole. */
const MAX_WORDS = 10;

interface Purpose {
  sentence: number;
  /** The purposes the clause gives, in order (« apaiser les esprits … », « rouvrir le dialogue … »). */
  goals: string[];
}

const memo = new WeakMap<StoryIndex, Purpose[]>();

/** Every sentence's purpose clauses, read once per story. */
function purposes(index: StoryIndex): Purpose[] {
  let out = memo.get(index);
  if (out) return out;
  out = [];
  const w = WORDS[index.story.lang === "en" ? "en" : "fr"];
  for (const s of index.sentences) {
    const f = fold(s.text);
    const goals: string[] = [];
    for (const m of f.matchAll(w.marker)) {
      const from = (m.index ?? 0) + m[0].length;
      // the clause runs to the next comma or stop outside a quotation
      let end = from;
      let open = 0;
      while (end < f.length) {
        const c = f[end]!;
        if (c === "«" || c === "“") open++;
        else if ((c === "»" || c === "”") && open > 0) open--;
        else if (open === 0 && /[,;:.!?()]/.test(c)) break;
        end++;
      }
      const clause = f.slice(from, end);
      // a second purpose coordinated in the clause (« réduire X et à échanger Y ») is a goal of its own
      const cut = w.second.exec(clause);
      const parts = cut ? [[from, from + cut.index], [from + cut.index + cut[0].length, end]] : [[from, end]];
      for (const [a, b] of parts) {
        const words = storyWords(original(s.text, a!, b! - a!)).split(/\s+/).filter(Boolean);
        if (words.length) goals.push(words.length > MAX_WORDS ? `${words.slice(0, MAX_WORDS).join(" ")}…` : words.join(" "));
      }
    }
    if (goals.length) out.push({ sentence: s.index, goals });
  }
  memo.set(index, out);
  return out;
}

export function purpose(ctx: Ctx): Draft | null {
  const w = WORDS[ctx.query.lang];
  const folded = ctx.query.folded;
  if (!w.asked.test(folded)) return null;
  const all = purposes(ctx.index);
  if (!all.length) return null;
  // the act asked: the sentence of the question's topic words and people; with none, the story's first purpose
  const terms = topicTerms(ctx, null).filter((t) => !w.own.has(t.word));
  const named = ctx.hits.map((h) => h.entity);
  const scored = all
    .map((p) => {
      const keys = ctx.index.sentences[p.sentence]!.keys;
      const topic = terms.length ? ctx.m.found(keys, terms).length / terms.length : 0;
      const people = named.filter((e) => e.mentions.includes(p.sentence)).length;
      return { p, score: topic + people * 0.5 };
    })
    .filter((x) => x.score > 0 || (!terms.length && !named.length));
  if (!scored.length) return null;
  // a topic the question names must be met by at least half of its words
  if (terms.length && !scored.some((x) => x.score >= 0.5)) return null;
  scored.sort((a, b) => b.score - a.score || a.p.sentence - b.p.sentence);
  const goals = scored.flatMap((x) => x.p.goals.map((g) => ({ goal: g, sentence: x.p.sentence })));
  let chosen = goals[0]!;
  if (w.other.test(folded)) {
    // « what other goal »: the one after the purpose already given (in the last answer's sentences, else the first)
    const given = ctx.previous?.length ? goals.filter((g) => ctx.previous!.includes(g.sentence)).slice(0, 1) : goals.slice(0, 1);
    // and not the same purpose said again (« éviter des heurts », then « limiter le risque d'un heurt »)
    const said = new Set(given.flatMap((g) => [...keysOf(g.goal)]));
    const next = goals.find((g) => !given.includes(g) && ![...keysOf(g.goal)].some((k) => said.has(k)));
    if (!next) return null;
    chosen = next;
  }
  const text = pick(ctx.lang, `Le but : « ${chosen.goal} ».`, `The aim: « ${chosen.goal} ».`);
  return { answered: true, intent: "purpose", parts: [text], cites: [chosen.sentence] };
}
