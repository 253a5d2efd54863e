// The old import path of the « said » intent, split into answers/speech/ (one file per job).
export * from "./speech/index.js";
