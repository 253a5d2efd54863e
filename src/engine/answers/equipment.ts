/** Weapons and equipment asked: model designations and equipment counts, in the sentence that fits best. */
import type { Draft } from "../compose.js";
import { guillemets, pick, snippet } from "../compose.js";
import type { Ctx } from "../context.js";
import { topicTerms } from "../context.js";
import { fold } from "../text.js";
import { decline } from "./general.js";
import { keysOf, type StoryIndex } from "../index.js";
import { COUNT_CLASSES } from "../lexicon.js";

/** Words for equipment in general (« weapons », « matériel »): they name no kind. */
const ANY_EQUIPMENT = new Set("weapon weapons weaponry arms armament equipment hardware system systems arme armes armement armements equipement equipements materiel materiels systeme systemes".split(" "));

/** The French keys of each kind of equipment (tanks, aircraft, ships…). */
const EQUIPMENT_CLASSES: { en: ReadonlySet<string>; keys: ReadonlySet<string> }[] = COUNT_CLASSES.filter((c) => c.category === "equipment").map((c) => ({
  en: new Set(c.en),
  keys: new Set(c.fr.flatMap((w) => [...keysOf(w, true)])),
}));

// Model designations (« F-35 », « T-72B3 », « Su-27 », « Kh-101 », « Shahed-136 », « IRIS-T »):
// a capitalised word, a dash, digits or a capital. Linear: each part is a bounded class run.
const MODEL = /\b\p{Lu}[\p{L}]{0,7}-\d{1,4}[\p{L}\d]{0,3}\b|\b\p{Lu}{2,}\d{1,4}\b|\b\p{Lu}{2,}-\p{Lu}{1,2}\b/gu;
const EQUIPMENT_WORD = /\b(?:armes?|armements?|equipements?|materiels?|systemes?|missiles?|batteries?|batterie|chars?|blindes?|avions?|helicopteres?|navires?|drones?|roquettes?|canons?|obusiers?|antiaeriens?|lance-roquettes)\b/;

const equipmentMemo = new WeakMap<StoryIndex, { s: StoryIndex["story"]["sentences"][number]; models: string[]; f: string }[]>();

/** The story's sentences about equipment (models named, equipment words or counts): once per story. */
function equipmentSentences(index: StoryIndex) {
  let hit = equipmentMemo.get(index);
  if (!hit) {
    hit = index.story.sentences
      .map((s) => ({ s, models: [...new Set([...s.text.matchAll(MODEL)].map((x) => x[0]))], f: fold(s.text) }))
      .filter((c) => c.models.length > 0 || EQUIPMENT_WORD.test(c.f) || index.figures.some((f) => f.figure.category === "equipment" && f.figure.sentence === c.s.index));
    equipmentMemo.set(index, hit);
  }
  return hit;
}

/** Weapons and equipment: model designations and equipment counts, in the sentence that fits best. */
export function equipment(ctx: Ctx): Draft {
  const { index, lang, m } = ctx;
  const terms = topicTerms(ctx, null);
  // the kinds of equipment the question names (« avions », « drones »): a sentence about none of them does not answer it
  const specific = terms.filter((t) => !ANY_EQUIPMENT.has(t.word));
  const kinds = EQUIPMENT_CLASSES.filter((c) => specific.some((t) => c.en.has(t.word) || t.keys.some((k) => c.keys.has(k)))).map((c) => c.keys);
  const ofKind = (keys: ReadonlySet<string>) => kinds.some((c) => [...c].some((k) => keys.has(k)));
  const candidates = equipmentSentences(index).filter((c) => !kinds.length || ofKind(index.sentences[c.s.index]!.keys));
  if (!candidates.length) return decline(ctx, pick(lang, "La dépêche ne mentionne pas ce matériel.", "The story does not mention that equipment."));
  const scored = candidates
    .map((c) => ({ ...c, score: m.score(index.sentences[c.s.index]!.keys, terms) + (c.models.length ? 2 : 0) }))
    .sort((a, b) => b.score - a.score || a.s.index - b.s.index);
  const best = scored[0]!;
  const figs = index.figures.filter((f) => f.figure.category === "equipment").map((f) => f.figure);
  const parts: string[] = [];
  if (best.models.length) parts.push(pick(lang, `Matériel nommé : ${best.models.join(", ")}.`, `Equipment named: ${best.models.join(", ")}.`));
  parts.push(snippet(best.s.text, best.models[0] ?? null, 10, index.story.lang));
  const extra = figs.filter((f) => f.sentence !== best.s.index).slice(0, 3);
  if (extra.length) parts.push(pick(lang, `Autres équipements chiffrés : ${extra.map((f) => guillemets(f.text)).join(", ")}.`, `Other equipment counted: ${extra.map((f) => guillemets(f.text)).join(", ")}.`));
  return { answered: true, intent: "equipment", parts, cites: [best.s.index, ...extra.map((f) => f.sentence)], figures: extra.map((f) => ({ text: f.text, claimedBy: f.claimedBy, sentence: f.sentence })) };
}
