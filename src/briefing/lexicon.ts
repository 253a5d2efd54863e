import type { Lang } from "../engine/reply.js";

/**
 * The words of news writing the briefing reads sentences by, one table per language; the code in
 * this folder is the same for every language.
 */
export interface BriefingLexicon {
  /**
   * First words that lean on the sentence before (pronouns, demonstratives, « mais », « but »):
   * such a sentence read alone in a list loses who or what it speaks of.
   */
  leaning: RegExp;
  /** An attribution to a pronoun (« a-t-il précisé », « he said »): who spoke is in another sentence. */
  pronounSaid: RegExp;
  /**
   * A negation's two halves: « n'a pas », « ne fournira aucun »; the clause may not end between
   * them (French splits it; English « not » is one word, so null). `openNegation` is global.
   */
  openNegation: RegExp | null;
  negationClose: RegExp | null;
  /** A month name or abbreviation ending the text before a number: « Oct. 7 attacks » is a date, not seven attacks. */
  monthBefore: RegExp;
  /** Articles that may lead a group's or institution's name in running text (« les Occidentaux »). */
  article: (name: string, kind: "organization" | "group", gender: "m" | "f" | null) => string | null;
}

const fr: BriefingLexicon = {
  leaning:
    /^(?:il|elle|ils|elles|ce|cet|cette|ces|celui|celle|ceux|celles|cela|ça|ceci|lui|leur|mais|et|or|donc|puis|ensuite|aussi|toutefois|cependant|en outre|de son côté|de leur côté)\b/iu,
  monthBefore: /(?<!\p{L})(?:janv(?:ier|\.)?|f[ée]v(?:rier|\.)?|mars|avr(?:il|\.)?|mai|juin|juil(?:let|\.)?|ao[uû]t|sept(?:embre|\.)?|oct(?:obre|\.)?|nov(?:embre|\.)?|d[ée]c(?:embre|\.)?)\s*$/iu,
  pronounSaid: /-t-(?:il|elle|ils|elles)(?!\p{L})|,\s*(?:précise|ajoute|affirme|explique|souligne|estime|dit)-(?:il|elle)(?!\p{L})/iu,
  openNegation: /(?<!\p{L})(?:ne(?!\p{L})|n['’](?=\p{L}))/giu,
  negationClose: /(?<!\p{L})(?:pas|plus|jamais|rien|aucune?|guère|personne|point|nullement|ni|que|qu['’])(?!\p{L})/iu,
  article: (name, kind, gender) => {
    // A plural group (« Occidentaux », « Alliés ») reads « les » + name; an institution named by
    // a common noun (« ministère », « présidence ») reads with its article; a proper name (a
    // city, « Pentagone ») cannot be told apart from one that takes none, so it gets none.
    if (kind === "group" && /[sx]$/u.test(name)) return "les ";
    const first = name.split(/\s+/)[0] ?? "";
    if (!/^\p{Ll}/u.test(first)) return null;
    if (/^[aeiouyhéèêâîôû]/iu.test(first)) return "l'";
    return gender === "f" ? "la " : gender === "m" ? "le " : null;
  },
};

const en: BriefingLexicon = {
  leaning: /^(?:he|she|they|it|its|this|that|these|those|his|her|their|but|and|so|also|then|however|meanwhile)\b/iu,
  monthBefore: /(?<!\p{L})(?:jan(?:uary|\.)?|feb(?:ruary|\.)?|mar(?:ch|\.)?|apr(?:il|\.)?|may|june?|july?|aug(?:ust|\.)?|sept?(?:ember|\.)?|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?)\s*$/iu,
  pronounSaid: /(?:^|[,"”]\s*)(?:he|she|they) (?:said|says|added|told|noted|explained|stressed)\b/iu,
  openNegation: null,
  negationClose: null,
  // A group (« Westerners ») and an institution named by common nouns (« the defence ministry »)
  // take « the »; a proper name (« Pentagon » aside, which the story's own article covers) none.
  article: (name, kind) => (kind === "group" && /s$/u.test(name)) || /(?:^|\s)\p{Ll}{3,}/u.test(name) ? "the " : null,
};

export const briefingLexicon: Record<Lang, BriefingLexicon> = { fr, en };
