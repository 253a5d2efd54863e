// Dates and places anchored on the event asked, split by job into answers/anchor/: this path is kept for the modules that import it.
export * from "./anchor/index.js";
