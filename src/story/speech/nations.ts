/** Nations named by their capital or their people, merged with the nation. */
import { capitalDemonyms, EntityRegistry, type Entity } from "../entities.js";
import { CAPITAL_PAIRS, COUNTRIES } from "../lexicon.js";
import { fold } from "../text.js";

/**
 * After reading: an institution named by nationality (« gouvernement allemand ») is also its
 * capital and its country when the story uses them (« Berlin », « l'Allemagne »): those are how
 * people will ask about it.
 */
export function aliasNations(registry: EntityRegistry, text: string): void {
  // The whole dispatch folded, only when an institution is named by one nationality (most stories have none).
  let foldedText: string | null = null;
  const folded = (): string => (foldedText ??= fold(text));
  const capitalOf = new Map<string, string>();
  for (const [capital, demonym] of CAPITAL_PAIRS) capitalOf.set(demonym, capital);
  const allDemonyms = [...COUNTRIES.keys()];
  for (const e of registry.entities) {
    if (e.kind !== "organization") continue;
    const words = fold(e.name).split(/[\s']+/);
    const demonyms = allDemonyms.filter((d) => words.some((w) => w === d || w === d + "ne" || w === d + "e" || w === d + "s" || w === d + "nes" || w === d + "es"));
    if (demonyms.length !== 1) continue;
    const demonym = demonyms[0]!;
    const others = registry.entities.filter((o) => o !== e && o.kind === "organization" && o.spoke && fold(o.name).split(/[\s']+/).some((w) => w.startsWith(demonym)));
    // Two institutions of one country (a ministry and a government) would share the alias: give it to neither.
    if (others.length) continue;
    const capital = capitalOf.get(demonym);
    for (const country of COUNTRIES.get(demonym) ?? []) if (folded().includes(fold(country))) e.aliases.add(country);
    if (capital && new RegExp(`\\b${capital}\\b`).test(folded())) e.aliases.add(capital.replace(/(^|\s)\p{L}/gu, (m) => m.toUpperCase()));
  }
}

/** After reading: a capital standing for its government joins the institution of that nationality. */
export function mergeCapitals(registry: EntityRegistry, ...pointers: { entity: Entity }[][]): Map<number, Entity> {
  const into = new Map<number, Entity>();
  for (const e of registry.entities) {
    if (e.kind !== "organization") continue;
    // The capital's nationality adjective in any language (« biélorusse », "Belarusian").
    const stems = capitalDemonyms(e.name).map((d) => d.slice(0, Math.max(4, d.length - 2)));
    if (!stems.length) continue;
    const targets = registry.entities.filter((t) => t !== e && t.kind === "organization" && t.spoke && fold(t.name).split(/\s+/).some((w) => stems.some((stem) => w.startsWith(stem))));
    if (targets.length !== 1) continue;
    const t = targets[0]!;
    t.aliases.add(e.name);
    for (const a of e.aliases) t.aliases.add(a);
    for (const m of e.mentions) t.mentions.add(m);
    t.spoke = t.spoke || e.spoke;
    into.set(e.id, t);
    for (const list of pointers) for (const q of list) if (q.entity === e) q.entity = t;
  }
  return into;
}
