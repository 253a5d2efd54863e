// The general reader (see read.ts): what the rest of the engine imports of it.
export { whOf, type Wh } from "./wh.js";
export { readerFirst } from "./first.js";
export { FUTURE_Q, FUTURE_S } from "./pending.js";
export { read, notMentioned, readerTuning, type ReaderOptions } from "./read.js";
export { NEGATION_Q } from "./yesno.js";
export { evidenceAnswer, evidenceTuning } from "./fallback.js";
export { idf } from "../../index.js";
export { coverage, questionTerms } from "../../evidence.js";
