/** Fates of people counted, other than killed and wounded (those are `killed`, `wounded`). */
export type OtherFate = "arrested" | "charged" | "convicted" | "evacuated" | "displaced" | "rescued";

export type TimeUnit = "minute" | "hour" | "day" | "week" | "month" | "year" | "decade";

/** The words, per language, that the figure answers read: what the question asks of a count beyond its noun. */
export interface FigureWords {
  /** Words that make a figure hold only on a condition (« a fee if the deal fails »), as written (lower case). */
  conditions: string[];
  /** Right after a distance, words that make it a position, not a length (« 20 km south of », « à 20 km de »), folded. */
  offsets: string[];
  /** Right before a span, words that make it a time limit, not how long something lasts (« within 48 hours »), folded. */
  deadlines: string[];
  /** Phrases that hold a condition's word but concede, not condition (« even if », « même si »), folded. */
  concessions: string[];
  /** « killed 1,200 »: verbs right before a bare number that make it a count of the dead, and the nouns a question counts them by. */
  killed: Casualties;
  /** The same for the wounded (« injuring 40 »). */
  wounded: Casualties;
  /** Countries written as an abbreviation (« US »), as written: a place and a nationality the lexicon's words miss. */
  countryAbbreviations: string[];
  /** A scope over the whole world (« globally »): a figure for one place does not answer it, nor the reverse. Folded phrases. */
  world: string[];
  /**
   * Parts of a year a figure is given for (« au premier semestre », "in the first quarter"), folded: a figure
   * written for one month does not answer for the half-year, nor the reverse.
   */
  partsOfYear: { half: string[]; quarter: string[] };
  /**
   * An amount per unit of something (« par élève », "per student"): the words that open it, and the words
   * after them that are no unit counted (a period is a rate, « par téléphone » a means), folded.
   */
  perUnit: { openers: string[]; notUnits: string[] };
  /**
   * Verbs a sum of money is asked by, by the way it goes (folded word openings, or phrases): a sum
   * gained (« gagner », « toucher », "earn", "get paid") or one laid out (« coûter », « payer », "cost",
   * "spend"). A sum asked by one way is answered only by a sum its clause says went that way.
   */
  moneyVerbs: { gain: string[]; outlay: string[] };
  /** Nouns a sum of money measures (« combien de bénéfice », "how many dollars" ask an amount, not a count), folded, as the question writes them. */
  moneyNouns: string[];
  /** Words between a bare number and the count it is a part of (« Three of the five judges », « cinq des 19 élus »), folded. */
  partOf: string[];
  /**
   * Words that open a sentence or clause on the whole a later part is counted from (« Sur les 30 gares, quatre … »,
   * "Of the city's 200 buses, 45 …"), folded: a bare number after the comma that closes that phrase is a part of it.
   */
  wholeFirst: string[];
  /** Words that ask a length (« how long », « quelle longueur »), folded: no word of what is measured. */
  lengthWords: string[];
  /** The words that ask a length (« how long is the border », « quelle longueur »), folded phrases: a distance that places something is none. */
  lengthAsked: string[];
  /** Units a text is measured in (« a 64-page opinion », « un rapport de 40 pages »), folded: « how long is the report » asks them when no distance is given. */
  textLength: string[];
  /** Prepositions that put what follows in a place (« in », « près de »), as written (lower case). */
  locative: string[];
  /** Lower-case words that may stand between the preposition and the place's name (« in the capital Zenda »). */
  placeNouns: string[];
  /** Capitalised words a locative preposition also takes that are no place: months, weekdays. Folded. */
  notPlaces: string[];
  /**
   * The words a figure is measured in, by what a question asks of it (« how heavy » wants a weight,
   * « how tall » a height, « how fast » a speed), folded, as they follow the number (« 40 tonnes »,
   * « 300 km/h »). « m » stands for metres here: a money figure's « m » is read as money before.
   */
  measures: Record<MeasureKind, string[]>;
  /**
   * Shares written in words (« a third », « one in five », « la moitié », « l'écrasante majorité »):
   * regex sources on folded text, for « what share » when the story gives no percentage.
   */
  shares: string[];
  /** Factors written in words (« twice as », « three times more », « deux fois plus », « a doublé »): regex sources on folded text. */
  factors: string[];
  /**
   * What else may happen to people counted, beyond death and wounds (« arrêtés », "evacuated", "charged"): each
   * fate's words in every form (verbs, participles, nouns), as written. A question naming one is not answered by a
   * count whose clause says another fate or none of it.
   */
  fates: Record<OtherFate, string[]>;
  /** Words that may stand between a counted phrase and what happened to it (« were », « ont été »), folded. */
  auxiliaries: string[];
  /**
   * People counted as sources, not as what a reader asks for (« two officials said », « selon deux
   * responsables »): the nouns (folded), the words after the counted phrase that make them speak
   * (« said », « familiar with »), and the words before the figure that cite them (« according to »).
   */
  sources: { nouns: string[]; after: string[]; before: string[] };
  /**
   * An earlier value set beside the current one: words right before the figure (« up from »,
   * « contre »), words earlier in its stretch that make it the first plan (« initially »), and
   * question words that ask for it (« before », « auparavant »). Folded.
   */
  earlier: { before: string[]; initial: string[]; asked: string[] };
  /** Right before a figure, folded: it is a change (« rose by », « en hausse de »), not the level reached (« rose to »). Regex sources. */
  changeBefore: string[];
  /** The words of a country's formal name (« United States », « Royaume-Uni »), folded: a country agrees as its nationality does, not as a party's name. */
  countryNameWords: string[];
  /** Country abbreviations as written (« US », « UK »), each with the English nationality word it stands for in the lexicon. */
  countryAbbreviationNationality: Record<string, string>;
  /** Countries' formal names of several words (« united states », « royaume-uni »), folded, each with the English nationality word the lexicon keys it under: « The United States has 28,000 troops » gives American troops. */
  countryNameNationality: Record<string, string>;
  /** Question words of being somewhere (« stationed », « basés »), folded: a count its sentence puts in the place asked says them. */
  presence: string[];
  /** Nouns that count occurrences (« fois », « reprises », "times", "occasions"), folded: « combien de fois » is answered by any of them, in either language. */
  occurrences: string[];
  /** Units of time, folded, each under one language-neutral name (« jours » and "days" are both « day »): a span counted in the unit asked. */
  timeUnits: Record<TimeUnit, string[]>;
  /**
   * A span written in words (« for more than a decade », « plusieurs jours », « un peu plus d'une heure »): regex sources on
   * folded text; the match's first group is the span as written. Only spans a number does not open (« 24 a day » is a rate).
   */
  spans: string[];
  /**
   * A span written on the noun it measures (« un débat d'une heure », "a two-week strike"): the order of the language (French
   * links the span after its noun with « de », English glues it before with a hyphen), those links, and what may close a
   * glued span (« -long »). Folded.
   */
  spanOnNoun: { order: "before" | "after"; links: string[]; closers: string[] };
  /** « how many soldiers does the army have », « combien de soldats compte la brigade »: a body's strength is asked. Folded words. */
  strength: { units: string[]; verbs: string[] };
  /**
   * Whose a figure of a list is (« the Greens with 21 %, while the Reds took 19 % »): the words that
   * end a clause inside a sentence (« while », « and »), and capitalised words that name no one
   * (a sentence's first word: « They », « In »). Folded.
   */
  owners: { clauseEdges: string[]; notNames: string[] };
  /** The words a question asks a share by (« what share », « quel taux »), folded: they ask, they say nothing of what the share is of. */
  shareAsking: string[];
  /** Words that set two figures side by side, folded phrases (regex fragments allowed). */
  compare: CompareWords;
  /**
   * The noun phrase a count question names after its cue (« how many X », « combien de X »), folded: the words
   * that end it (an auxiliary, a preposition, a relative: what follows is said of the counted thing, it is not
   * it), the endings of the words that end it past its first word (an English participle or adverb, « -ed », « -ly »;
   * a French verb agreeing with its plural subject, « vivent »: after a plural noun a word in « -ent » is no
   * adjective of it, which would take the plural), the words that may open it before the noun (« of the »), and, for a language whose count nouns are
   * plural, the endings of its plurals, the endings that look plural and are not (« -ss »), and the plurals that take no
   * ending (« staff », « police »): a bare singular right after the cue is a verb. (No endings: the language marks the noun otherwise.)
   */
  /**
   * A penalty a court may give (« could be jailed for up to 5 years », « risque trois ans de prison »): the words
   * a reader asks one by (« how long could she serve », « il risque combien »), and the words of a story's clause
   * that make a span or a sum a penalty. Folded word openings.
   */
  penalty: { asked: string[]; said: string[] };
  /**
   * Nouns of belonging (« members », « membres »): a head that counts people only as members of something, so
   * the noun beside it says what they are (« crew members » are a crew, « membres d'équipage » too). Folded.
   */
  /**
   * The words that ask a count, folded: `named` say what is counted after them (« how many soldiers », « combien de
   * soldats »), `bare` name nothing after them (« combien sont morts »), `verbAfter` may be followed by the verb of an
   * unnamed count (« how many died », « combien sont restés »); `notSum` (regex fragments) ask a count or a share, never a sum of money.
   */
  /** Words that ask for a number without saying about what (« total », « now », « this year », « how big »), folded. */
  neutralAsked: string[];
  /** Words that say who gives a figure (« according to », « selon »), folded phrases: what follows is its source. */
  sourceCue: string[];
  /** Words that ask a count as it stands now (« still », « encore »), folded: not the count of the event told. */
  stillWords: string[];
  countCue: { named: string[]; bare: string[]; verbAfter: string[]; notSum: string[] };
  /** The words that ask the size of a change (« de combien », "by how much"), folded: a share or a sum answers, not a count. */
  changeAsked: string[];
  /** What may join a bare cue to the noun it counts after all (« combien du … »), folded, with the space after a word: then it names what it counts. */
  bareCueJoiners: string[];
  /** The words that ask for a whole (« in all », « au total »), folded: they ask no rate, and say nothing the figure's sentence must hold. */
  total: string[];
  belonging: string[];
  /** What may follow a person's name and is no name (« Jr. », « III »), as written: « Webb Jr., 51, » is Webb's age. */
  nameSuffixes: string[];
  countedPhrase: { ends: string[]; joiners: string[]; participleEndings: string[]; openers: string[]; invariantPlurals: string[]; pluralEndings: string[]; singularEndings: string[] };
}

export interface CompareWords {
  /** The first figure is the larger (« more », « plus »). */
  more: string[];
  /** The first figure is the smaller (« fewer », « moins »). */
  less: string[];
  /** Neither asserted: « more or less », « plus ou moins ». */
  either: string[];
  /** Two figures set against each other (« vs », « contre », « compared with »). */
  versus: string[];
  /** A choice offered between two readings of one figure (« … or … ? »). */
  choice: string[];
  /** Question words of the comparison itself, not what the figures are about. */
  asking: string[];
  /** Words that ask which of the two, not whether (« which », « lequel »). */
  which: string[];
}

export type MeasureKind = "weight" | "height" | "speed";

export interface Casualties {
  /** As written, lower case: the verb right before the number in a story. */
  verbs: string[];
  /** As written, lower case: what is said of the counted people right after them (« two protesters were injured »). */
  after: string[];
  /** The words a question asks them by (« dead », « killed », « kill »). */
  nouns: string[];
}
