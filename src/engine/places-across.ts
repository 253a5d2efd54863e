import { PLACE_WORDS } from "../story/lang/places.js";
import type { Lang } from "./reply.js";
import { translate } from "./lexicon.js";
import { fold, frKeys } from "./text.js";

/*
 * A capital or a country a question names in its own language, as a story in the other language
 * writes it (« London » ~ « Londres », « Pékin » ~ « Beijing »): the per-language place tables
 * (src/story/lang/places-*.ts) give each capital and country with its nationality adjective, and
 * the two languages' adjectives are the same state when the lexicon translates one into the other
 * (« british » → « britannique »). Names of one word only (« le Caire » is read as « caire »).
 */

const ARTICLE = /^(?:the|le|la|les|l')\s*/;
const word = (name: string): string | null => {
  const w = fold(name.toLowerCase()).replace(ARTICLE, "").replace(/-/g, "");
  return /^[a-z]+$/.test(w) ? w : null;
};

const EN_FR = new Map<string, Set<string>>();
const FR_EN = new Map<string, Set<string>>();

function link(en: string, fr: string): void {
  const e = word(en);
  const f = word(fr);
  // a name written alike in both languages needs no bridge
  if (!e || !f || e === f) return;
  let a = EN_FR.get(e);
  if (!a) EN_FR.set(e, (a = new Set()));
  a.add(f);
  let b = FR_EN.get(f);
  if (!b) FR_EN.set(f, (b = new Set()));
  b.add(e);
}

/** Whether an English nationality adjective and a French one name the same state, through the lexicon. */
function sameState(en: string, fr: string): boolean {
  const keys = translate(fold(en));
  return keys.length > 0 && frKeys(fr).some((k) => keys.includes(k));
}

for (const [kind, i, j] of [["capitals", 0, 1], ["countries", 1, 0]] as const) {
  const enList = PLACE_WORDS.en[kind];
  const frList = PLACE_WORDS.fr[kind];
  for (const e of enList) for (const f of frList) if (sameState(e[j], f[j])) link(e[i], f[i]);
}

/** The other language's names of a capital or country a folded question word names, empty when none. */
export function placeAcross(folded: string, from: Lang): string[] {
  const hit = (from === "en" ? EN_FR : FR_EN).get(folded.replace(/-/g, ""));
  return hit ? [...hit] : [];
}
