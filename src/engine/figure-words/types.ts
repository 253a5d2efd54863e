/** The words, per language, that the figure answers read: what the question asks of a count beyond its noun. */
export interface FigureWords {
  /** Words that make a figure hold only on a condition (« a fee if the deal fails »), as written (lower case). */
  conditions: string[];
  /** « killed 1,200 »: verbs right before a bare number that make it a count of the dead, and the nouns a question counts them by. */
  killed: Casualties;
  /** The same for the wounded (« injuring 40 »). */
  wounded: Casualties;
  /** Countries written as an abbreviation (« US »), as written: a place and a nationality the lexicon's words miss. */
  countryAbbreviations: string[];
  /** A scope over the whole world (« globally »): a figure for one place does not answer it, nor the reverse. Folded phrases. */
  world: string[];
  /** Prepositions that put what follows in a place (« in », « près de »), as written (lower case). */
  locative: string[];
  /** Lower-case words that may stand between the preposition and the place's name (« in the capital Zenda »). */
  placeNouns: string[];
  /** Capitalised words a locative preposition also takes that are no place: months, weekdays. Folded. */
  notPlaces: string[];
}

export interface Casualties {
  /** As written, lower case: the verb right before the number in a story. */
  verbs: string[];
  /** The words a question asks them by (« dead », « killed », « kill »). */
  nouns: string[];
}
