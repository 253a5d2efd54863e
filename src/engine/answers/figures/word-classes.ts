import jaroWinkler from "natural/lib/natural/distance/jaro-winkler_distance.js";

export const MONEY_VERB = /\b(?:los(?:e|es|ing)|lost|earn(?:s|ed|ing)?|pa(?:y|ys|id|ying)|owe[sd]?|sav(?:e|es|ed|ing)|raise[sd]?|perd\w*|gagn\w*|pa(?:ie|ye)\w*|doi(?:t|vent) rembourser|econom\w*|lev(?:e|er|era|ent)\w*)\b/;
// a verb of costing, folded (« coûter », « coûtera », "cost"), not « couteau »
export const COST_VERB = /\b(?:cout(?:e|es|ent|er|era|eront|erait|eraient|ait|aient|ant)|costs?|costing)\b/;

/** Units of measure, not things counted: « 200 tonnes », « 1 200 hectares », « dix ans ». */
export const MEASURE_UNIT = /^(?:tonnes?|tons?|hectares?|km|kilometres?|kilometers?|metres?|meters?|m|miles?|litres?|liters?|barils?|barrels?|ans|annees?|years?|jours?|days?|mois|months?|semaines?|weeks?|heures?|hours?|minutes?|fois|times|%|points?|degres?|degrees?)$/;

/**
 * Two spellings of one noun across French and English (« passagers », « passengers »): of about the
 * same length, since a shared opening weighs heavily in the distance (« journalists » is no « jours »).
 */
export function isCognate(a: string, b: string): boolean {
  return a.length >= 5 && b.length >= 5 && Math.abs(a.length - b.length) <= 2 && a.slice(0, 4) === b.slice(0, 4) && jaroWinkler(a, b) >= 0.88;
}
