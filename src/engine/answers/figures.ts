// The how-many answers live in ./figures/ (one file per job); this path stays for the modules that import it.
export * from "./figures/index.js";
