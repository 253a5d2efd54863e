import type { Figure } from "../../story/schema.js";
import type { IndexedFigure, StoryIndex } from "../index.js";
import { continuation } from "../index.js";
import { MEASURES } from "../figure-words/index.js";
import type { MeasureKind } from "../figure-words/types.js";
import { fold } from "../text.js";

// « a 64-page opinion », « a 12-member council », « a 300-strong force »: a number with its unit glued on, before the noun it measures
const GLUED_UNIT = /(?:^|[^\p{L}\p{N}])(?:\d[\d.,]*|\p{L}+)-(\p{L}{3,})\s+\p{L}/u;

/** The unit glued to a figure's number before the noun it measures (« page » of « a 64-page opinion »), folded, or null. */
export function gluedUnit(f: Figure): string | null {
  const m = GLUED_UNIT.exec(f.text);
  return m ? fold(m[1]!) : null;
}

/** The casualty kind a question noun counts (« morts », « injured »), if any. */

const measureMemo = new WeakMap<IndexedFigure, MeasureKind | null>();

/**
 * What a figure measures, from the words after its number (« 40 tonnes » a weight, « 300 km/h » a
 * speed, « 828 mètres » a height or a length): for « how heavy », « how tall », « how fast ».
 */
export function measureOf(index: StoryIndex, f: IndexedFigure): MeasureKind | null {
  const hit = measureMemo.get(f);
  if (hit !== undefined) return hit;
  let out: MeasureKind | null = null;
  const g = f.figure;
  if (g.category !== "money" && g.category !== "percent" && g.category !== "date" && g.category !== "age") {
    const t = fold(g.text);
    const num = /\d[\d\s.,]*/.exec(t);
    // the words after the number, and the rest of its clause (« 300 km » then « /h »)
    const after = `${(num ? t.slice(num.index + num[0].length) : t.split(/\s+/).slice(1).join(" ")).trim()}${fold(continuation(index.story.sentences[g.sentence]?.text ?? "", g.text))}`.replace(/\s+/g, " ").trim();
    for (const kind of ["speed", "weight", "height"] as const) {
      for (const w of MEASURES[kind]) {
        if (after === w || after.startsWith(`${w} `) || after.startsWith(`${w},`) || (kind === "speed" && after.startsWith(w))) {
          out = kind;
          break;
        }
      }
      if (out) break;
    }
  }
  measureMemo.set(f, out);
  return out;
}
