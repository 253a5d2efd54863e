/**
 * Run-on inputs that each stress one path of the ingest: built to `n` characters by repeating a
 * unit. Several were quadratic before (see the bench report): an unclosed « making one sentence
 * of everything, « selon » with no punctuation, a trailing « selon X, » reporting back to the
 * start of the sentence, a name after a comma looked up with an end-anchored regex.
 */
export const PATTERNS: Record<string, string> = {
  guillemets: "« ",
  "digits with no-break spaces": "1\u00A0234\u202F567\u2009890 ",
  "capitalised words": "Jean Dupont Marie Curie Paris ",
  commas: ",",
  "unclosed quote, reported": "« Bonjour, a dit Jean Dupont. ",
  "selon … et": "selon Jean Dupont et ",
  "selon …,": "selon Jean Dupont, ",
  "quotes with incises": "« oui », a dit Jean Dupont, ",
  "English said": '"Yes," said John Smith, the minister, ',
  "closed quotes": "« oui » ",
};

export function build(unit: string, n: number): string {
  return unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
}
