// Whether a figure answers the count asked lives in ./figure-fit/ (one file per job); this path stays for the modules that import it.
export * from "./figure-fit/index.js";
