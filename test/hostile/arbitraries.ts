import fc from "fast-check";

/**
 * Strings people (or a broken pipeline) could hand the bot: any Unicode, plus the pieces that
 * steer the ingest and the engine down their special paths — guillemets, reporting verbs, names,
 * numbers grouped with no-break (U+00A0), narrow no-break (U+202F) and thin (U+2009) spaces, lone
 * surrogates, control characters, and platform markup (mentions, links).
 */
const SPECIAL = [
  "«", "»", "« ", " »", "“", "”", '"', "'", "’", "\u00A0", "\u202F", "\u2009", "\u200B", "\uFEFF",
  "\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\u0000", "\u0001", "\u0007", "\u001B", "\u007F", "\u0085", "\u2028",
  "\r", "\n", "\r\n", "\n\n", "\t", ".", "!", "?", ";", ",", ":", "(", ")", "[", "]", "-", "—", "…", "%", "€", "$", "*", "_", "~", "`", "|", "\\", "#", ">",
];

const WORDS = [
  "Jean Dupont", "Marie Curie", "le général Mark Milley", "a déclaré", "a-t-il précisé", "selon", "d'après", "according to",
  "said", "M.", "Mme", "le ministre", "la porte-parole", "que", "qu'il", "Minsk", "Washington", "(Washington)", "AFP",
  "soldats", "troops", "plus de", "environ", "près de", "entre", "et", "mais", "milliards", "millions", "jeudi", "2022",
  "aucun soldat", "Qui a parlé ?", "Who spoke?", "combien", "how many", "ce dernier", "elle", "he", "Le", "La", "Les",
  "@everyone", "@here", "<@123>", "<@&456>", "<#789>", "<!channel>", "<!here>", "<https://x.example|y>", "[y](https://x.example)",
];

const digitRun = fc
  .array(fc.integer({ min: 0, max: 999 }), { minLength: 1, maxLength: 6 })
  .chain((groups) =>
    fc.constantFrom("\u00A0", "\u202F", "\u2009", " ", ",", ".", "").map((sep) => groups.map((g, i) => (i === 0 ? String(g) : String(g).padStart(3, "0"))).join(sep)),
  );

const anyUnit = fc.oneof(
  fc.string({ unit: "binary", maxLength: 20 }),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc.string({ unit: fc.constantFrom(...SPECIAL), maxLength: 8 }),
  fc.constantFrom(...WORDS),
  digitRun,
);

/** Concatenations of hostile pieces, with spaces or nothing between them. */
export const hostileText = (maxParts = 40) =>
  fc.array(fc.tuple(anyUnit, fc.constantFrom(" ", "", " ", "\n", ", ")), { maxLength: maxParts }).map((parts) => parts.map(([p, s]) => p + s).join(""));

/** Plain arbitrary strings, every code unit possible (lone surrogates included). */
export const anyString = fc.oneof(
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 200 }),
);

export const markup = fc.constantFrom(...WORDS.filter((w) => /[@<[]/.test(w)));
