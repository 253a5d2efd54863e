import type { Lang } from "./reply.js";

/**
 * Per language, folded: a name asked outright (« c'est quoi le nom du … », « il s'appelle comment »,
 * "what are their names", "names?"), not who someone is (« who is X » asks a description).
 */
const NAME_ASKED: Readonly<Record<Lang, RegExp>> = {
  en: /\bwhat(?:'s| is| was| are| were)? (?:the |their |his |her |its )?names?\b|\bwhich names?\b|\bnames?\s*[?!.]*$|\bcalled\s*[?!.]*$/,
  fr: /\b(?:quel(?:le)?s?|quoi|koi) (?:est |sont |etait |etaient )?(?:le |les |son |sa |ses |leur |leurs )?noms?\b|\bs'appel\w*|\bcomment (?:on )?(?:l'|les )?appel\w*/,
};

export function nameAsked(lang: Lang): RegExp {
  return NAME_ASKED[lang];
}
