import { CALENDAR, monthForms } from "./lang/calendar.js";
import { NOT_NAME_WORDS } from "./lexicon.js";
import { fold } from "./text.js";

const WEEKDAYS = Object.values(CALENDAR).flatMap((c) => c.weekdays).join("|");
const MONTHS = Object.values(CALENDAR).flatMap(monthForms).join("|");

const DATE_PATTERNS: RegExp[] = [
  new RegExp(`\\b(?:le |ce |du )?(?:${WEEKDAYS})(?: \\d{1,2}(?:er)? (?:${MONTHS}))?(?: (?:matin|soir|après-midi))?\\b`, "giu"),
  new RegExp(`\\b(?:le |du |au |d'ici (?:au|le) )?\\d{1,2}(?:er)? (?:${MONTHS})(?: \\d{4})?\\b`, "giu"),
  new RegExp(`\\b(?:depuis|en|d'ici à|d'ici|avant|après|fin|début|mi-)\\s?(?:${MONTHS}|\\d{4})\\b`, "giu"),
  /\b(?:la veille|le lendemain|dans la matinée|dans la soirée|dans la nuit|au printemps|en été|à l'automne|en hiver|avant l'été|l'an dernier|l'année dernière|cette semaine|la semaine dernière|la semaine prochaine|aujourd['’]hui|hier|demain|yesterday|today|tomorrow|last week|next week)\b/giu,
];

/** Places: capitalised words after a place preposition (« en Biélorussie », « près de Białystok », « à Berlin »). */
const PLACE = /(?:^|[\s(])(?:[Ee]n|[Aa]u|[Aa]ux|[àÀ]|[Dd]ans|[Vv]ers|[Dd]epuis|[Pp]rès de|avec|portes de|région de|région \p{Ll}+ de|frontière avec|frontière de|l['’]est de|l['’]ouest de|le nord de|le sud de|in|at|near)\s+(?:la |le |les |l['’])?((?:\p{Lu}[\p{L}\p{M}'’-]+)(?:\s+(?:du|de|des|de la)\s+\p{Lu}[\p{L}\p{M}'’-]+|\s+\p{Lu}[\p{L}\p{M}'’-]+){0,2})/gu;

/**
 * What the first three date patterns cannot match without: a digit (a day of the month), or a
 * weekday or month name as a whole word. Tested once, it spares most sentences three scans.
 */
const DIGIT = /\d/;
const DAY_OR_MONTH = new RegExp(`(?:${WEEKDAYS}|${MONTHS})\\b`, "iu");

/**
 * Each match of one of the global patterns above, read with the pattern itself: matchAll copies
 * the expression at every call, five times per sentence. None of them matches the empty string,
 * so each match moves lastIndex on.
 */
function eachMatch(re: RegExp, text: string, f: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) f(m);
  re.lastIndex = 0;
}

export function findMentions(sentence: string): { places: string[]; dates: string[] } {
  const places: string[] = [];
  eachMatch(PLACE, sentence, (m) => {
    const name = m[1]!.trim();
    if (NOT_NAME_WORDS.has(fold(name.split(/\s+/)[0]!)) || /^\p{Lu}{2,}$/u.test(name)) return;
    if (!places.includes(name)) places.push(name);
  });
  const dates: string[] = [];
  const taken: [number, number][] = [];
  const dated = DIGIT.test(sentence) || DAY_OR_MONTH.test(sentence);
  for (let k = 0; k < DATE_PATTERNS.length; k++) {
    if (k < 3 && !dated) continue;
    eachMatch(DATE_PATTERNS[k]!, sentence, (m) => {
      const s = m.index;
      const e = s + m[0].length;
      if (taken.some(([a, b]) => s < b && e > a)) return;
      taken.push([s, e]);
      dates.push(m[0].trim());
    });
  }
  return { places, dates };
}
