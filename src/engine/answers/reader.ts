// The general reader, split by job into answers/reader/: this path is kept for the modules that import it.
export * from "./reader/index.js";
