import type { Lang } from "../../reply.js";
import { EN_CALENDAR, FR_CALENDAR } from "../../../story/lang/calendar.js";

// The words that date or place something, per language: the tables the date and place phrases are read with.

/** The words that date or place something, per language (folded, no accents). */
export interface TimeWords {
  weekdays: readonly string[];
  months: readonly string[];
  /** Days and spans named relative to the telling (« hier », « last week »), written out whole. */
  relative: readonly string[];
  /** Prepositions and adverbs a date phrase opens with. */
  lead: readonly string[];
  /** Months shortened (« Oct. »), read only before or after a day's number. */
  abbreviations: readonly string[];
  /** After a month, the words that say which year it is of, counted from the telling (« dernier », "last year"). */
  monthOfYear: readonly string[];
  /** The words a night between two days opens with (« dans la nuit de », "overnight from"). */
  night: readonly string[];
  /** Reporting verbs: a date right beside one dates the telling, not the event. */
  reporting: readonly string[];
  /** Verbs and nouns of saying in a question: then the day of the telling is the answer. */
  asksTelling: RegExp;
  /** Prepositions of place: a capitalised word after one is a place. */
  locative: readonly string[];
  /** Nouns of places (« la ville de X », « the province of X »). */
  placeNouns: readonly string[];
  /** Nouns of a part of a territory a story writes without a name (« sur le flanc nord », "from the south of the valley"). */
  areaNouns: readonly string[];
  /**
   * Words after which the language's ambiguous prepositions (« à », "to") say to whom, not where
   * (« l'entretien accordé à X », « conformément à la Constitution », "told to X", "due to X"):
   * a name there is a place only when the gazetteer knows it.
   */
  dative: RegExp;
}

export const TIME_WORDS: Record<Lang, TimeWords> = {
  fr: {
    weekdays: FR_CALENDAR.weekdays,
    months: FR_CALENDAR.months,
    relative: [
      "aujourd'hui", "hier soir", "hier", "demain", "avant-hier", "la veille", "le lendemain", "cette semaine", "la semaine derniere", "la semaine prochaine",
      "le mois dernier", "le mois prochain", "ce mois-ci", "l'an dernier", "l'an prochain", "l'annee derniere", "l'annee prochaine", "cette annee",
      "ce matin", "ce soir", "cet ete", "cet hiver", "cet automne", "ce printemps", "avant l'ete", "d'ici l'ete", "au printemps", "en ete", "a l'automne", "en hiver",
      "recemment", "ces derniers jours", "il y a quelques jours", "dans les prochains jours", "dans les prochaines semaines",
    ],
    abbreviations: FR_CALENDAR.monthAbbreviations,
    monthOfYear: ["dernier", "prochain", "de l'an dernier", "de l'annee derniere", "de l'an prochain", "de l'annee prochaine", "de cette annee"],
    night: ["dans la nuit de", "la nuit de", "nuit de"],
    lead: ["le", "ce", "du", "au", "depuis", "des", "en", "d'ici", "d'ici a", "jusqu'au", "jusqu'en", "avant", "apres", "a partir du", "a partir de", "a compter du", "a compter de", "debut", "fin", "mi", "vers", "entre", "de"],
    reporting: [
      "a declare", "a dit", "a indique", "a annonce", "a affirme", "a precise", "a rapporte", "a explique", "a assure", "a deplore", "a estime", "a ajoute", "a souligne",
      "ont declare", "ont annonce", "ont indique", "ont affirme", "ont rapporte", "a publie", "ont publie", "a confirme", "ont confirme", "a reconnu", "a averti", "a raconte", "a ecrit",
      "declare", "annonce", "indique", "rapporte",
    ],
    asksTelling: /\b(?:dit|dire|declare\w*|annonce\w*|indique\w*|affirme\w*|rapporte\w*|publie\w*|revele\w*|confirme\w*|parle|ecrit|twitte\w*|tweete\w*|communique|conference de presse)\b/,
    locative: ["a", "au", "aux", "en", "dans", "vers", "pres de", "pres du", "au large de", "au large du", "a destination de", "a destination du", "a destination d'", "en direction de", "en direction du", "en direction d'", "en provenance de", "en provenance du", "en provenance d'", "depuis", "sur", "a l'est de", "a l'ouest de", "au nord de", "au sud de", "pres d'", "region de", "ville de"],
    dative: /\b(?:accordee?s?|conformement|grace|face|repondu|repond|declare|dit|demande|adresse|explique|confie|indique|annonce|propose|permis|interdit|appartient|appartenir|participe|participer|assiste|echappe|contribue|succede|oppose|favorable|hostile|liee?s?|relatif|relative|consacree?s?|dediee?s?|reservee?s?|destinee?s?|affilie|rattache|soumis|ecrit|parle|envoye|livree?s?|vendue?s?|aide|soutien|reproche|impute|attribue)\s+(?:a|au|aux)\s+(?:(?:la|le|les|l')\s*)?$/,
    placeNouns: ["ville", "villes", "village", "commune", "province", "region", "departement", "etat", "pays", "capitale", "port", "quartier", "ile", "iles", "mer", "golfe", "oblast", "district", "comte", "banlieue", "territoire", "enclave", "cote", "frontiere", "localite", "agglomeration", "arrondissement", "canton", "memorial", "palais", "siege", "aeroport", "gare", "hopital", "stade", "musee", "campus", "base", "camp", "usine", "centrale", "prison", "centre", "terminal", "tribunal", "ecole", "eglise", "mosquee", "ambassade", "consulat", "vallee", "riviere", "fleuve", "lac", "pont", "parc", "rue", "avenue", "boulevard", "quai"],
    areaNouns: ["territoire", "flanc", "ouest", "est", "nord", "sud", "nord-est", "nord-ouest", "sud-est", "sud-ouest", "frontiere", "frontieres", "peripherie", "banlieue", "littoral", "front"],
  },
  en: {
    weekdays: EN_CALENDAR.weekdays,
    months: EN_CALENDAR.months,
    relative: [
      "today", "tonight", "yesterday", "tomorrow", "this week", "last week", "next week", "earlier this week", "later this week", "this month", "last month", "next month",
      "this year", "last year", "next year", "earlier this year", "later this year", "this morning", "this evening", "this summer", "this spring", "this fall", "this autumn", "this winter",
      "last summer", "next summer", "by summer", "by the summer", "before the summer", "before summer", "recently", "in recent days", "days ago", "weeks ago", "in the coming days", "in the coming weeks",
    ],
    abbreviations: EN_CALENDAR.monthAbbreviations,
    monthOfYear: ["last year", "this year", "next year", "of last year", "of this year", "of next year"],
    night: ["overnight from", "on the night of", "the night of", "overnight", "the night from"],
    lead: ["on", "in", "since", "by", "until", "till", "from", "before", "after", "early", "late", "mid", "last", "next", "this", "between", "as of", "through", "starting", "beginning", "effective"],
    // « selon X », "according to X" name a source, not a telling with a day of its own: « mercredi, selon la préfecture » dates the event
    reporting: ["said", "says", "told", "announced", "reported", "stated", "added", "confirmed", "posted", "wrote", "tweeted"],
    asksTelling: /\b(?:say|said|says|tell|told|announc\w*|report\w*|state\w*|confirm\w*|post\w*|publish\w*|reveal\w*|tweet\w*|wrote|write|speak|spoke|statement|press conference)\b/,
    locative: ["in", "at", "near", "into", "to", "from", "inside", "outside", "off", "across", "toward", "towards", "throughout", "around", "bound for", "headed for", "destined for"],
    dative: /\b(?:interviews?|said|told|according|due|thanks|owing|prior|compared|close|similar|related|talked|spoke|wrote|next|up|led|access|response|reply|answer|letter|committed|given|sent|sold|delivered|attributed|belongs|belonged|linked|allied|loyal|opposed|support)\s+to\s+(?:the\s+)?$/,
    placeNouns: ["city", "cities", "town", "village", "province", "region", "state", "country", "capital", "port", "district", "county", "island", "islands", "sea", "gulf", "suburb", "neighbourhood", "neighborhood", "borough", "territory", "enclave", "coast", "area", "oblast", "municipality", "memorial", "palace", "headquarters", "airport", "station", "hospital", "stadium", "museum", "campus", "base", "camp", "factory", "plant", "prison", "centre", "center", "terminal", "court", "courthouse", "school", "church", "mosque", "embassy", "consulate", "valley", "river", "lake", "bridge", "park", "compound", "neighbourhood"],
    areaNouns: ["territory", "flank", "west", "east", "north", "south", "northeast", "northwest", "southeast", "southwest", "border", "borders", "outskirts", "suburbs", "coast", "frontier", "front"],
  },
};
