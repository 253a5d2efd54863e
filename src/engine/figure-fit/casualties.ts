import type { Ctx } from "../context.js";
import type { IndexedFigure, StoryIndex } from "../index.js";
import { CASUALTIES, FATE_WORDS } from "../figure-words/index.js";
import { fold } from "../text.js";
import { at } from "./segments.js";

const casualtyMemo = new WeakMap<IndexedFigure, "killed" | "wounded" | null>();

/** « which killed 1,200 », « tuant 40 »: a bare number right after a verb of killing or wounding counts the dead or the wounded. */
export function casualtyOf(index: StoryIndex, f: IndexedFigure): "killed" | "wounded" | null {
  const hit = casualtyMemo.get(f);
  if (hit !== undefined) return hit;
  const kind = f.figure.counted === null && f.figure.category === "other" ? (casualtyVerb(index.story.sentences[f.figure.sentence]?.text ?? "", f.figure.text)?.kind ?? null) : null;
  casualtyMemo.set(f, kind);
  return kind;
}

/** The verb of killing or wounding right before a bare number in its sentence, as written (« killed » 41). */
export function casualtyVerb(sentence: string, text: string): { kind: "killed" | "wounded"; verb: string } | null {
  const i = at(sentence, text);
  if (i <= 0) return null;
  const raw = sentence.slice(Math.max(0, i - 40), i);
  const before = fold(raw);
  for (const c of CASUALTIES) {
    const m = c.before.exec(before);
    // folding keeps lengths for these words, so the match's place in the folded text is its place in the raw one
    if (m) return { kind: c.kind, verb: raw.slice(m.index, m.index + m[0].length).trim().replace(/^[^\p{L}]+/u, "") };
  }
  return null;
}


export function casualtyNoun(noun: string): "killed" | "wounded" | null {
  return CASUALTIES.find((c) => c.nouns.has(fold(noun)))?.kind ?? null;
}

/** The casualty kind the question asks about (« how many did the attack kill », « combien de blessés »), if any. */
export function askedCasualty(ctx: Ctx): "killed" | "wounded" | null {
  for (const w of ctx.query.words) {
    const kind = casualtyNoun(w);
    if (kind) return kind;
  }
  return null;
}

/**
 * What happened to those counted, when the question names one fate (« combien ont été arrêtés », "how many were
 * evacuated"): a count answers it only if its own clause says that fate. null when it names none, or several.
 */
export function askedFate(folded: string): string | null {
  const kinds = FATE_WORDS.filter((k) => k.words.test(folded)).map((k) => k.kind);
  return kinds.length === 1 ? kinds[0]! : null;
}

/** Whether a clause (folded text) says the fate asked. */
export function saysFate(folded: string, kind: string): boolean {
  return FATE_WORDS.find((k) => k.kind === kind)?.words.test(folded) ?? false;
}

/** « the US », « the UK »: a country written as its abbreviation, which the lexicon's words do not hold. */
