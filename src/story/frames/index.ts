/** Reporting frames of news writing: what the story module reads of a sentence's verbs of saying. */
export { type Frame } from "./frame.js";
export { reportingVerb, reportingVerbInContext } from "./verbs.js";
export { findFrames } from "./find.js";
export { namesDocument } from "./speaker-checks.js";
export { objectSaid } from "./object.js";
