import type { Ctx } from "../../context.js";
import { coverage } from "../../evidence.js";
import { keysOf } from "../../index.js";
import { entitiesIn } from "../../mentions.js";
import type { Term } from "../../query.js";
import { fold, isStopword } from "../../text.js";
import { roleOf } from "../roles.js";
import { roleIn } from "../../labels.js";
import { entityFits, nationalityTerms, titleTerms } from "../../qualifiers.js";
import { isNationalityWord } from "../../lexicon.js";
import type { Element, Tok } from "../tokens.js";
import { W_NAME } from "./wh.js";

// Who questions: the people and bodies a sentence names that the question does not, or the name written beside the thing asked.

/** People and institutions the sentence names that the question does not. */
export function whoIn(ctx: Ctx, i: number, ts: Tok[], terms: Term[], hits: Map<number, Term>): Element[] {
  const text = ctx.index.story.sentences[i]?.text ?? "";
  const out: Element[] = [];
  const asked = new Set(ctx.hits.filter((h) => h.by === "name").map((h) => h.entity.name));
  // the office and the words that say which office (« foreign », « health », « deputy »)
  const titles = titleTerms(ctx.query);
  if (titles.length) titles.push(...ctx.query.terms.filter((t) => OFFICE_MODIFIERS.has(t.word) && !titles.includes(t)));
  const nat = nationalityTerms(ctx.query);
  const naming = W_NAME.test(ctx.query.folded);
  // « the name of the corvette »: a name written next to the thing the question names
  if (naming && !titles.length) {
    const things = terms.filter((t) => !nat.includes(t));
    ts.forEach((t, k) => {
      if (!ctx.m.found(t.keys, things).length) return;
      for (let j = k + 1; j <= k + 3 && j < ts.length; j++) {
        // the name stands right beside the noun (« son porte-parole, Jean X », « the corvette Y »), not after a verb or a preposition
        if (!/^[\s,:«»"“”]*$/.test(text.slice(ts[j - 1]!.end, ts[j]!.start)) || (j > k + 1 && !/^(?:the|le|la|l|un|une|a|an)$/i.test(ts[j - 1]!.text))) break;
        if (/^\p{Lu}/u.test(ts[j]!.text) && !ctx.m.found(ts[j]!.keys, terms).length) {
          let to = j + 1;
          while (to < ts.length && to < j + 4 && /^\p{Lu}/u.test(ts[to]!.text)) to++;
          out.push({ from: j, to, text: "", kind: "place" });
          break;
        }
      }
      // « the annual Blue Fox exercises », « the Blue Fox, or Renard, drills »: an English name stands before its noun,
      // with nothing but other capitalised words or a gloss (« or », « ou ») between them
      if (out.length) return;
      let j = k - 1;
      let first = -1;
      while (j > 0) {
        const w = ts[j]!.text;
        if (/^(?:or|ou|aka)$/i.test(w)) j--;
        // a nationality, or two joined (« Norwegian-Danish »), says whose the thing is, not its name
        else if (/^\p{Lu}/u.test(w) && !isStopword(fold(w)) && !ctx.m.found(ts[j]!.keys, terms).length && !/\p{L}-\p{Lu}/u.test(w) && !isNationalityWord(fold(w))) first = j--;
        else break;
      }
      // after a determiner or a word of the series (« the annual X drills »): a capital after anything else may be a nationality's (« Danish exercise director »)
      if (first <= 0 || !NAME_BEFORE_NOUN.test(fold(ts[first - 1]!.text))) return;
      let to = first + 1;
      while (to < k && /^\p{Lu}/u.test(ts[to]!.text)) to++;
      out.push({ from: first, to, text: "", kind: "place" });
    });
    return out;
  }
  for (const p of entitiesIn(ctx.index, text)) {
    if (asked.has(p.entity.name)) continue;
    // « what's the spokesperson's name? »: a description (« son porte-parole ») is no name
    if (naming && !/^\p{Lu}/u.test(p.entity.name)) continue;
    // « who is the ambassador »: only someone who holds that office, of the nationality asked
    if (titles.length) {
      const role = roleOf(ctx.index, p.entity);
      const keys = new Set([...p.entity.keys, ...(role ? keysOf(role) : [])]);
      // every word of the office (« prime » minister is not the defence minister)
      if (p.entity.kind !== "person" || coverage(ctx, keys, titles, undefined, true).share < 1) continue;
      if (!nat.every((t) => entityFits(ctx.index, p.entity, t, ctx.m))) continue;
    }
    const at = ts.findIndex((t) => fold(t.text) === fold(p.entity.nameWords[0] ?? p.entity.name.split(" ")[0] ?? ""));
    const k = at >= 0 ? at : ts.findIndex((t) => t.start >= p.at);
    if (k < 0) continue;
    out.push({ from: k, to: k + 1, text: displayWho(ctx, p.entity.name), kind: "person" });
  }
  if (out.length || titles.length) return out;
  // « rescued by firefighters », « saisi par les douanes »: the agent of a passive verb the question repeats
  for (let k = 1; k + 1 < ts.length; k++) {
    if (!/^(?:by|par)$/.test(fold(ts[k]!.text)) || !hits.has(k - 1)) continue;
    let from = k + 1;
    if (/^(?:the|a|an|le|la|les|l'|des|un|une|its|their|ses|leur|leurs)$/.test(fold(ts[from]!.text)) && from + 1 < ts.length) from++;
    let to = from + 1;
    while (to < ts.length && to < from + 4 && ts[to]!.clause === ts[from]!.clause && !/^(?:on|in|at|after|before|who|which|qui|que|le|lors|en|dans|apres|avant|and|et)$/.test(fold(ts[to]!.text))) to++;
    out.push({ from: k + 1, to, text: "", kind: "place" });
  }
  // capitalised names the story has no entity for (« Vrána », « Trotto et Velo »)
  for (let k = 1; k < ts.length; k++) {
    const t = ts[k]!;
    if (!/^\p{Lu}/u.test(t.text) || ctx.m.found(t.keys, terms).length) continue;
    let to = k + 1;
    while (to < ts.length && to < k + 4 && /^\p{Lu}/u.test(ts[to]!.text)) to++;
    out.push({ from: k, to, text: "", kind: "place" });
    k = to;
  }
  return out;
}

/** The words an English name of an event or a thing stands after when it comes before its noun (« the annual X exercises »). */
const NAME_BEFORE_NOUN = /^(?:the|a|an|this|its|their|his|her|annual|yearly|latest|new|joint|first|second|third)$/;

const OFFICE_MODIFIERS = new Set(
  "prime deputy vice former foreign interior finance economy justice health education agriculture trade defence defense labour labor transport energy culture environment home adjoint ancien etrangeres interieur finances economie sante agriculture commerce defense travail transports energie culture environnement".split(" "),
);

function displayWho(ctx: Ctx, name: string): string {
  const e = ctx.index.entities.find((x) => x.name === name);
  if (!e) return name;
  const role = roleOf(ctx.index, e);
  return role ? `${name} (${ctx.lang === "en" ? roleIn(role, ctx.index.story.lang, "en") : role})` : name;
}
