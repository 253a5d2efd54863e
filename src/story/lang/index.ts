import { EN } from "./en.js";
import { FR } from "./fr.js";
import type { SpeechLexicon } from "./types.js";

export type { PronounInfo, SpeechLexicon } from "./types.js";

const LEXICONS: Record<"fr" | "en", SpeechLexicon> = { fr: FR, en: EN };

/** The reporting-speech lexicon of a language. */
export function speechLexicon(lang: "fr" | "en"): SpeechLexicon {
  return LEXICONS[lang];
}
