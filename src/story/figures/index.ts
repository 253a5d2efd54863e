/** Figures in a sentence: numbers in French and English news writing, what they count, how exact they are. */
export { extractFigures, type FigureMatch } from "./extract.js";
export { extractUnstated, type UnstatedMatch } from "./unstated.js";
export { parseNumberAt, readNumber, readNumberWords, scanDigits, type NumberSpan } from "./numbers.js";
export { unitOf, type UnitInfo } from "./units.js";
export { pledgerBefore } from "./pledges.js";
export { tokenize as figureTokens } from "./tokens.js";
export { reportingClause, type NameLookup, type ReportingClause } from "./reporter.js";
