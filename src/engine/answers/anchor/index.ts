// Dates and places anchored on the event a question asks of (see anchored.ts): what the rest of the engine imports of them.
export { isLooseSpan, yearNamesThing, dateIn } from "./dates.js";
export { isPlaceNoun, type Spot } from "./place-phrases.js";
export { datesOf, wordsOf, placesOf, type Word } from "./sentence.js";
export { nationalityRuns, countryRuns, capitalsGloss, isCountry, ASKS_COUNTRY } from "./countries.js";
export { ASKS_HOUR, HOUR_SPOT, eventTerms, anchored, namedByQuestion, ASKS_END, endAnchored, type Anchored } from "./anchored.js";
