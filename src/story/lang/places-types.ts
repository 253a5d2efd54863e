/**
 * How a language names states: a capital standing for its government (« Minsk a confirmé »,
 * "Beijing said"), the nationality adjective that names an institution (« le gouvernement
 * allemand », "the German government") and the country it belongs to. One table per language
 * (places-fr.ts, places-en.ts) feeds one mechanism (places.ts). Words are folded (lower case, no
 * accents); country names are as written.
 */
export interface PlaceWords {
  /** A capital, and the nationality adjective (masculine singular) of the state it stands for. */
  capitals: ReadonlyArray<readonly [string, string]>;
  /** A nationality adjective (masculine singular) and its country's name as written. */
  countries: ReadonlyArray<readonly [string, string]>;
  /**
   * Seats of power and armed forces named by a proper noun (« Matignon », "Whitehall"): an
   * institution, never a person, when it speaks.
   */
  seats: readonly string[];
  /** Countries and unions written as an abbreviation, as written (« UE », "US"): a place and a nationality the tables above miss. */
  abbreviations: readonly string[];
  /**
   * The noun of a state's government and where its nationality adjective goes (« gouvernement
   * suédois » after, "Swedish government" before): a country that speaks is its government when the
   * story names it so.
   */
  government: { noun: string; adjectiveAfter: boolean };
}
