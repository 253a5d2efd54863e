import { UserError } from "../errors.js";

/**
 * Input the core cannot brief on: a missing, empty, binary, non-UTF-8 or oversized dispatch, a
 * story.json that fails the schema. Exit codes follow sysexits: 66 no input, 65 bad data.
 */
export class StoryInputError extends UserError {}
