export { ageOf, agesFor } from "./ages.js";
export { claimant } from "./claimant.js";
export { count } from "./count.js";
export { describeFigure, sourcePhrase } from "./describe.js";
export { notGiven } from "./draft.js";
