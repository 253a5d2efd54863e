import type { FigureCategory } from "../schema.js";
import { extendCounted, isNoun } from "./counted.js";
import type { Token } from "./tokens.js";
import { unitOf } from "./units.js";

/** What a statement says was not given: a noun phrase that names a number. */

/** Heads that name a number; their category when nothing counted follows. */
const HEADS = new Map<string, FigureCategory>([
  ["nombre", "other"], ["chiffre", "other"], ["chiffres", "other"], ["bilan", "other"], ["montant", "money"],
  ["effectif", "troops"], ["effectifs", "troops"], ["cout", "money"], ["total", "other"], ["quantite", "other"],
  ["taille", "other"], ["volume", "other"], ["combien", "other"], ["number", "other"], ["numbers", "other"],
  ["figure", "other"], ["figures", "other"], ["toll", "other"], ["count", "other"], ["size", "other"],
  ["amount", "money"], ["cost", "money"], ["pertes", "other"], ["losses", "other"], ["casualties", "other"],
]);
/** Heads followed by « de » / « of » + what is counted. */
const COUNTING_HEADS = new Set(["nombre", "combien", "quantite", "total", "number", "numbers", "count", "effectifs"]);
const DETS = new Set(["le", "la", "les", "un", "une", "de", "des", "aucun", "aucune", "the", "a", "any", "no", "leur", "leurs", "son", "sa", "ses"]);
const HEAD_ADJ = new Set(["exact", "exacte", "precis", "precise", "total", "officiel", "specific", "official"]);
const DETAIL_NOUNS = new Set(["precision", "precisions", "indication", "indications", "detail", "details", "information", "informations"]);
const DROP_DETS = new Set(["de", "aucun", "aucune", "no", "any"]);

export interface What {
  first: number;
  last: number;
  /** First token kept in `what` (a partitive « de » or « aucun » is dropped). */
  shown: number;
  category: FigureCategory;
}

/** A noun phrase naming a number at token j: « le nombre exact de soldats », « combien de chars », « de chiffre ». */
export function readWhat(text: string, toks: readonly Token[], j: number, military: boolean, nested = false): What | null {
  let k = j;
  let shown = j;
  if (toks[k]?.norm === "how" && (toks[k + 1]?.norm === "many" || toks[k + 1]?.norm === "much")) {
    const noun = toks[k + 2];
    if (toks[k + 1]?.norm === "much" || !isNoun(text, noun)) return { first: j, last: k + 1, shown, category: "other" };
    const last = extendCounted(text, toks, k + 2, true);
    return { first: j, last, shown, category: categoryOf(toks[k + 2] as Token, military) };
  }
  if (toks[k] && DETS.has(toks[k]?.norm ?? "")) {
    if (DROP_DETS.has(toks[k]?.norm ?? "")) shown = k + 1;
    k++;
  }
  const head = toks[k];
  if (!head || head.kind !== "word") return null;
  // « aucune précision sur le nombre de soldats », « sans donner de détails sur le nombre de … »
  if (!nested && DETAIL_NOUNS.has(head.norm) && (toks[k + 1]?.norm === "sur" || toks[k + 1]?.norm === "on" || toks[k + 1]?.norm === "about")) {
    const inner = readWhat(text, toks, k + 2, military, true);
    return inner && COUNTING_HEADS.has(toks[inner.first + (DETS.has(toks[inner.first]?.norm ?? "") ? 1 : 0)]?.norm ?? "") ? { ...inner, first: j } : null;
  }
  const headCat = HEADS.get(head.norm);
  if (headCat === undefined) return null;
  let last = k;
  if (HEAD_ADJ.has(toks[last + 1]?.norm ?? "")) last++;
  if (COUNTING_HEADS.has(head.norm)) {
    const de = toks[last + 1];
    let noun = last + 2;
    if (de && (de.norm === "de" || de.norm === "des" || de.norm === "of")) {
      if (de.norm === "of" && toks[noun]?.norm === "the") noun++;
      const n = toks[noun];
      if (n && isNoun(text, n)) {
        return { first: j, last: extendCounted(text, toks, noun, true), shown, category: categoryOf(n, military) };
      }
    }
  }
  return { first: j, last, shown, category: headCat };
}

function categoryOf(noun: Token, military: boolean): FigureCategory {
  const u = unitOf(noun.norm);
  if (!u) return "other";
  if (u.category === "troops" && u.needsMilitaryContext && !military) return "other";
  return u.category;
}

