/** Who said what in a story, sentence by sentence: the speech reader and what ingest takes from it. */
export type { RawQuote, SentenceAnalysis } from "./state.js";
export { SpeechReader } from "./reader.js";
export { aliasNations, mergeCapitals } from "./nations.js";
