import type { Draft } from "../compose.js";
import { pick } from "../compose.js";
import type { Ctx } from "../context.js";
import { questionTerms, rankEvidence } from "../evidence.js";
import type { Term } from "../query.js";
import type { Lang } from "../reply.js";
import { fold } from "../text.js";
import { isPlaceName } from "../../story/lang/places.js";
import { EN_CALENDAR, FR_CALENDAR } from "../../story/lang/calendar.js";
import type { StoryIndex } from "../index.js";
import { countryRuns, wordsOf } from "./anchor.js";
import { entitiesIn } from "../mentions.js";
import { settle } from "./settled.js";
import { decline } from "./general.js";

/*
 * « what are the drills called? », « l'opération a quel nom ? »: the name of a thing the story tells
 * (an exercise, an operation, a plan, a law, a report). News copy gives such a name in a few ways:
 * after a naming participle (« nommé « X » », "dubbed X", "known as the X plan"), right after the
 * noun (« l'opération Vigie », "Operation X"), or before it in English ("the annual X exercises").
 * When the sentences that tell the thing give it no name, the question is declined and the decline
 * stands: the sentence that merely mentions the thing is no answer to its name. null when the
 * question asks no name, or the name of a person (read by who-is), so the other answerers go on.
 */

interface CalledWords {
  /** A question that asks a name (folded). */
  asks: RegExp;
  /** Nouns of things that bear a name: events, plans, texts (folded singular and plural). */
  things: ReadonlySet<string>;
  /** A naming participle or phrase right before a name, on folded text (global: every one of a sentence is read). */
  naming: RegExp;
}

const WORDS: Readonly<Record<Lang, CalledWords>> = {
  en: {
    asks: /\b(?:called|(?:the |its |their )?name of|what(?:'s| is| was| are| were) (?:its|their) name|what name|named what|called what)\b/,
    things: new Set("exercise exercises drill drills manoeuvre manoeuvres maneuver maneuvers operation operations plan plans law laws bill bills programme programmes program programs mission missions report reports treaty treaties agreement agreements pact deal campaign project strategy initiative scheme summit festival tournament competition policy reform fund".split(" ")),
    naming: /\b(?:named|called|dubbed|code-?named|known as|titled|entitled|nicknamed|baptised|baptized)\s+(?:the\s+)?/gu,
  },
  fr: {
    asks: /\b(?:s'appell?e(?:nt)?|quel (?:est (?:le|son|leur) )?nom|quel est son nom|le nom d|(?:a|ont|porte|portent) quel nom|nom de code|comment (?:on )?(?:l'|les )?appelle)\b/,
    things: new Set("exercice exercices manoeuvre manoeuvres operation operations plan plans loi lois projet projets programme programmes mission missions rapport rapports traite traites accord accords pacte campagne strategie initiative dispositif sommet festival tournoi competition politique reforme fonds".split(" ")),
    naming: /\b(?:nommee?s?|baptisee?s?|appelee?s?|intitulee?s?|surnommee?s?|denommee?s?|dite?s?|connue?s? sous le nom d[eu']?|sous le nom d[eu']?|nom de code)\s*(?:(?:le|la|les|l')\s*)?/gu,
  },
};

/** The name written right after a position: in quotation marks, or a run of capitalised words. */
function nameAt(text: string, at: number): string | null {
  const rest = text.slice(at).replace(/^\s+/, "");
  const quoted = /^([«"“])\s*([^»"”]{1,60}?)\s*[»"”]/u.exec(rest);
  if (quoted) return quoted[1] === "«" ? `« ${quoted[2]} »` : `“${quoted[2]}”`;
  const run = /^\p{Lu}[\p{L}\d'’-]*(?:\s+(?:(?:de|du|des|of|the|la|le|l['’])\s*)?\p{Lu}[\p{L}\d'’-]*){0,4}/u.exec(rest);
  return run ? run[0] : null;
}

/**
 * A name is no nationality, country or place standing for a side (« les manœuvres russes », "the
 * Russian drills"), no day or month (« the drills Monday »), and no person's name.
 */
function isName(index: StoryIndex, name: string, lang: Lang): boolean {
  if (/^[«“]/u.test(name)) return true;
  const first = fold(name.split(/\s+/)[0] ?? "");
  // a nationality is no name (« les manœuvres russes »); a country is one only before the noun in English ("the Norway plan"), read by the caller
  if (countryRuns(`${name} and ${name}`, lang).length > 0 && !isPlaceName(name)) return false;
  if (CALENDAR_WORDS.has(first) || /^(?:the|le|la|les|l'|a|an|un|une)$/.test(first)) return false;
  return !index.entities.some((e) => e.kind === "person" && e.nameWords.some((n) => fold(n) === first));
}

/** The endings of English nationality adjectives ("Varian", "Norlandese", "Danish", "Baltic", "Omani"). */
const NATIONALITY_LIKE = /(?:an|ese|ish|ic|i)$/;

const CALENDAR_WORDS: ReadonlySet<string> = new Set([...EN_CALENDAR.weekdays, ...EN_CALENDAR.months, ...FR_CALENDAR.weekdays, ...FR_CALENDAR.months]);

export function calledName(ctx: Ctx): Draft | null {
  const qlang = ctx.query.lang;
  const asks = WORDS.en.asks.test(ctx.query.folded) || WORDS.fr.asks.test(ctx.query.folded);
  if (!asks) return null;
  // « what is the exercise called »: the thing named, among the question's words (the naming words aside)
  const terms = questionTerms(ctx);
  const thing: Term | undefined = terms.find((t) => WORDS[qlang].things.has(t.word) || WORDS.en.things.has(t.word) || WORDS.fr.things.has(t.word));
  if (!thing) return null;
  const { index, lang } = ctx;
  const storyLang: Lang = index.story.lang === "en" ? "en" : "fr";
  const w = WORDS[storyLang];
  const nameTerms = terms.filter((t) => !/^(?:called|name|named|nom|appelle|appellent|appeler)$/.test(t.word));
  const ranked = rankEvidence(ctx, nameTerms.length ? nameTerms : [thing], 8);
  // the surest way the story names it first: a naming participle, then the name right after the noun, then before it
  const box: { best: { name: string; sentence: number; rank: number } | null } = { best: null };
  const keepName = (name: string, sentence: number, rank: number): void => {
    if (!box.best || rank > box.best.rank) box.best = { name, sentence, rank };
  };
  const keep = (name: string | null, sentence: number, rank: number): void => {
    if (name && isName(index, name, storyLang)) keepName(name, sentence, rank);
  };
  for (const ev of ranked) {
    // the sentence tells the thing itself (its noun, in either language)
    if (!ctx.m.found(index.sentences[ev.sentence]!.keys, [thing]).length) continue;
    const text = index.story.sentences[ev.sentence]!.text;
    const folded = fold(text).replace(/’/g, "'");
    const nouns = wordsOf(index, ev.sentence).filter((word) => ctx.m.found(word.keys, [thing]).length > 0);
    // a naming participle within a few words of the noun, after it or before it (« l'exercice nommé « X » », « Baptisé « X », l'exercice … »)
    for (const m of folded.matchAll(w.naming)) {
      const at = m.index ?? 0;
      if (nouns.some((n) => Math.abs(n.at - at) <= 80)) keep(nameAt(text, at + m[0].length), ev.sentence, 3);
    }
    for (const word of nouns) {
      // right after the noun (« l'opération Vigie », "Operation Lantern")
      if (/^\s/.test(text.slice(word.end))) keep(nameAt(text, word.end), ev.sentence, 2);
      // before it, in English ("the annual X, or Y, exercises", "the X plan"): not a possessor (« X's plan »), a body or a person of the story
      if (storyLang === "en") {
        // after a determiner or a possessor (« the annual X exercises », "Y's X plan"), not at a sentence's start ("Harbour Police drill coordinator")
        const before = /(?:\b(?:[Tt]he|[Aa]n?|[Tt]his|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?:[\p{Ll}-]+\s+)?|['’]s\s+)(\p{Lu}[\p{L}\d'’-]*(?:\s+\p{Lu}[\p{L}\d'’-]*){0,3})(?:,\s*or\s+\p{Lu}[\p{L}-]*,)?\s+(?:[\p{Ll}-]+\s+){0,1}$/u.exec(text.slice(Math.max(0, word.at - 70), word.at));
        const name = before?.[1] ?? null;
        // « the joint Norland-Varia drills », "the Varian exercises": sides that hold it, not its name
        const sides = name !== null && (/\p{Lu}[\p{L}]*-\p{Lu}/u.test(name) || name.split(/\s+/).every((x) => NATIONALITY_LIKE.test(x)));
        // « the yearly X, or Y, exercises »: a name given with its other form is a name, whatever else the story took it for
        const twoForms = before !== null && /,\s*or\s/u.test(before[0]);
        if (name && twoForms && !sides) keepName(name, ev.sentence, 2);
        else if (name && !sides && !/['’]s$/u.test(name) && !entitiesIn(index, name).length) keep(name, ev.sentence, 1);
      }
    }
    if (box.best) break;
  }
  if (box.best) return found(ctx, box.best.name, box.best.sentence);
  return settle(decline(ctx, pick(lang, "La dépêche ne donne pas son nom.", "The story does not give its name.")));
}

function found(ctx: Ctx, name: string, sentence: number): Draft {
  return { answered: true, intent: "name", parts: [pick(ctx.lang, `${name} (le nom que donne la dépêche).`, `${name} (the name the story gives).`)], cites: [sentence] };
}
