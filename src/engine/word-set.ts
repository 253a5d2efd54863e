/** A lexicon's word list written as one space-separated string, read once into a set (the lexicons' shared notation). */
export const wordSet = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/).filter(Boolean));
