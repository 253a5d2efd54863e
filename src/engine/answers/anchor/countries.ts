import type { Lang } from "../../reply.js";
import { fold } from "../../text.js";
import { CAPITALS, COUNTRIES, COUNTRY_PAIRS, PLACE_WORDS } from "../../../story/lang/places.js";
import { roleIn } from "../../labels.js";
import { type Spot, foldInPlace } from "./place-phrases.js";

// Countries and nationalities: runs of them in a sentence, a list of capitals glossed, a question that asks for a country.

const COUNTRY_NAMES: ReadonlySet<string> = new Set(COUNTRY_PAIRS.map(([, c]) => fold(c)));

/** Each language's nationality adjectives (folded, masculine singular), from its place table. */
const ADJECTIVES: Record<Lang, ReadonlySet<string>> = {
  fr: new Set(PLACE_WORDS.fr.countries.map(([a]) => a)),
  en: new Set(PLACE_WORDS.en.countries.map(([a]) => a)),
};
/** A written word as its language's nationality adjective (« britanniques », « japonaises », "Japanese"). */
function isNationality(word: string, lang: Lang): boolean {
  const f = fold(word);
  const forms = lang === "fr" ? [f, f.replace(/s$/, ""), f.replace(/es?$/, ""), f.replace(/nnes?$/, "n")] : [f];
  // English writes them with a capital; French in lower case
  return (lang === "fr" || /^\p{Lu}/u.test(word)) && forms.some((x) => ADJECTIVES[lang].has(x));
}

/** Runs of two or more nationality adjectives joined by commas and « et », "and" (« Australian, British and Japanese »), as spots. */
export function nationalityRuns(text: string, lang: Lang): Spot[] {
  const out: Spot[] = [];
  const ws = [...text.matchAll(/[\p{L}][\p{L}-]*/gu)];
  const two = lang === "en" ? /^(?:South|North) (?:Korean|African)$/ : /(?!)/;
  let run: { at: number; end: number; n: number } | null = null;
  for (let k = 0; k < ws.length; k++) {
    const w = ws[k]!;
    const at = w.index ?? 0;
    const pair = k + 1 < ws.length ? `${w[0]} ${ws[k + 1]![0]}` : "";
    const isTwo = pair !== "" && two.test(pair);
    if (!isTwo && !isNationality(w[0], lang)) {
      if (run && !/^(?:and|et|or|ou)$/i.test(w[0])) {
        if (run.n >= 2) out.push({ text: text.slice(run.at, run.end), at: run.at, end: run.end });
        run = null;
      }
      continue;
    }
    const end = isTwo ? (ws[k + 1]!.index ?? 0) + ws[k + 1]![0].length : at + w[0].length;
    if (isTwo) k++;
    // joined to the run by a comma or a conjunction only
    if (run && /^(?:\s*,\s*|\s*,?\s+(?:and|et|or|ou)\s+)$/iu.test(text.slice(run.end, at))) run = { at: run.at, end, n: run.n + 1 };
    else {
      if (run && run.n >= 2) out.push({ text: text.slice(run.at, run.end), at: run.at, end: run.end });
      run = { at, end, n: 1 };
    }
  }
  if (run && run.n >= 2) out.push({ text: text.slice(run.at, run.end), at: run.at, end: run.end });
  return out;
}

/** Short forms of countries a story writes in capitals (« U.S. », « UK », « É.-U. »), per language. */
const COUNTRY_ABBREVIATIONS: Record<Lang, RegExp> = {
  en: /(?<![\p{L}.])(?:U\.S\.(?:A\.)?|USA|US|UK|U\.K\.)(?![\p{L}])/gu,
  fr: /(?<![\p{L}.])(?:USA|É\.-U\.|E\.-U\.)(?![\p{L}])/gu,
};
/** The first half of a compound nationality (« russo-biélorusses », "Sino-American"), per language, folded. */
const COMBINING: Record<Lang, ReadonlySet<string>> = {
  fr: new Set("russo franco germano sino anglo americano italo hispano greco turco indo austro belgo nippo israelo irano syro polono lituano sud-coreano".split(" ")),
  en: new Set("russo franco german sino anglo american italo hispano greco turco indo austro belgo nippo israeli irano syro polono".split(" ")),
};
/** Every country name of the place tables, longest first, as one pattern over folded text: built once. */
const COUNTRY_RE = new RegExp(
  `(?<![\\p{L}])(?:${[...COUNTRY_NAMES].sort((a, b) => b.length - a.length).map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})(?![\\p{L}])`,
  "gu",
);

/**
 * Runs of two or more countries a sentence lists (« Norland, the U.S. and Varia », « menées par
 * la Norlande et la Varie », "Australian, British and Japanese forces", « exercices
 * russo-biélorusses »): country names, their short forms and nationality adjectives, mixed, joined
 * by commas and « et », "and". Each run is one spot, the list whole.
 */
export function countryRuns(text: string, lang: Lang): Spot[] {
  const folded = foldInPlace(text);
  const items: { at: number; end: number; n: number }[] = [];
  for (const m of folded.matchAll(COUNTRY_RE)) items.push({ at: m.index ?? 0, end: (m.index ?? 0) + m[0].length, n: 1 });
  for (const m of text.matchAll(COUNTRY_ABBREVIATIONS[lang])) items.push({ at: m.index ?? 0, end: (m.index ?? 0) + m[0].length, n: 1 });
  // « les flottes de Riga et Oslo »: a capital stands for its country
  for (const m of text.matchAll(CAPITALISED)) if (CAPITALS.has(fold(m[0]))) items.push({ at: m.index ?? 0, end: (m.index ?? 0) + m[0].length, n: 1 });
  for (const m of text.matchAll(/[\p{L}][\p{L}-]*/gu)) {
    const at = m.index ?? 0;
    const parts = m[0].split("-");
    // « russo-biélorusses », "Russian-Belarusian": each half a nationality
    if (parts.length >= 2 && isNationality(parts.at(-1)!, lang) && parts.slice(0, -1).every((p) => COMBINING[lang].has(fold(p)) || isNationality(p, lang))) {
      items.push({ at, end: at + m[0].length, n: parts.length });
      continue;
    }
    // "South Korean" written in two words: the compass word is part of it
    const before = /(?:South|North)\s+$/u.exec(text.slice(Math.max(0, at - 6), at));
    if (before && lang === "en" && ADJECTIVES.en.has(fold(`${before[0]}${m[0]}`).replace(/\s+/g, " "))) {
      items.push({ at: at - before[0].length, end: at + m[0].length, n: 1 });
      continue;
    }
    if (isNationality(m[0], lang)) items.push({ at, end: at + m[0].length, n: 1 });
  }
  // the longest item at each place (« South Korea » over « Korea »)
  items.sort((a, b) => a.at - b.at || b.end - a.end);
  const kept = items.filter((x, k) => !items.some((y, j) => j !== k && y.at <= x.at && y.end >= x.end && (y.end - y.at > x.end - x.at || (y.end - y.at === x.end - x.at && j < k))));
  const out: Spot[] = [];
  let run: { at: number; end: number; n: number } | null = null;
  const link = /^(?:\s*,\s*(?:(?:and|et|or|ou)\s+)?|\s+(?:and|et|or|ou)\s+)(?:(?:the|la|le|les)\s+|l['’])?$/iu;
  const close = () => {
    if (run && run.n >= 2) out.push({ text: text.slice(run.at, run.end), at: run.at, end: run.end });
  };
  for (const x of kept) {
    if (run && link.test(text.slice(run.end, x.at))) run = { at: run.at, end: x.end, n: run.n + x.n };
    else {
      close();
      run = { ...x };
    }
  }
  close();
  return out;
}

/** A capitalised word (a capital's name as written). */
const CAPITALISED = /(?<![\p{L}])\p{Lu}[\p{L}-]+/gu;

/**
 * The countries a capital of a list stands for, in the reader's language (« Lisbonne » → « Portugal »):
 * « Lisbonne et Madrid » is said with them, so that a reader asking which countries hears countries.
 */
export function capitalsGloss(list: string, lang: Lang): string | null {
  const out: string[] = [];
  for (const m of list.matchAll(/[\p{L}][\p{L}-]*/gu)) {
    const f = fold(m[0]);
    // a capital (« Lisbonne »), or a nationality adjective in either language (« russe », "Belarusian")
    const adjectives = /^\p{Lu}/u.test(m[0]) && CAPITALS.has(f) ? CAPITALS.get(f)! : isNationality(m[0], "fr") || isNationality(m[0], "en") ? [adjectiveOf(m[0])] : [];
    const countries = adjectives.flatMap((a) => COUNTRIES.get(a) ?? []);
    const own = countries.find((c) => PLACE_WORDS[lang].countries.some(([, name]) => name === c));
    const other = countries[0];
    const country = own ?? (other ? roleIn(other, lang === "en" ? "fr" : "en", lang).replace(/^« (.*) »$/u, "$1") : null);
    if (country && !out.includes(country)) out.push(country);
  }
  return out.length ? out.join(", ") : null;
}

/** A nationality adjective as the place tables key it (folded, masculine singular). */
function adjectiveOf(word: string): string {
  const f = fold(word);
  for (const lang of ["fr", "en"] as Lang[]) {
    const forms = [f, f.replace(/s$/, ""), f.replace(/es?$/, ""), f.replace(/nnes?$/, "n")];
    const hit = forms.find((x) => ADJECTIVES[lang].has(x));
    if (hit) return hit;
  }
  return f;
}

/** Whether a place is a country (« which country » wants one). */
export function isCountry(place: string): boolean {
  return COUNTRY_NAMES.has(fold(place.replace(/^(?:the|la|le|les|l['’])\s*/iu, "")));
}

/** A question about a country (« which country », « quel pays »). */
export const ASKS_COUNTRY = /\b(?:(?:which|what)(?: other| two| three| foreign)? countr\w*|quels? (?:autres? |deux |trois )?pays|dans quel pays|de quel pays|in which countr\w*)\b/;
