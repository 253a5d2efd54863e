import { labels } from "./labels.js";
import type { Briefing } from "./types.js";

/** Plain text for the shell and the CLI. Cited sentences are numbered [1], [2]… in story order. */
export function renderBriefingText(b: Briefing): string {
  const l = labels[b.lang];
  const note = new Map(b.citations.map((c, i) => [c.sentence, i + 1]));
  const ref = (sentence: number) => (note.has(sentence) ? ` [${note.get(sentence)}]` : "");
  const leadRefs = (b.leadSentences ?? []).map(ref).join("");
  const out: string[] = [b.title, "", `${b.isUpdate ? l.update + l.colon : ""}${b.lead}${leadRefs}`];

  if (b.people.length) {
    out.push("", l.who);
    for (const p of b.people) out.push(`- ${p.name}${p.role ? `, ${p.role}` : ""}`);
  }

  out.push("", l.said);
  if (b.quotes.length === 0) out.push(`- ${l.noQuotes}`);
  for (const q of b.quotes) {
    out.push(`- ${q.kind === "direct" ? l.quote(q.text) : q.text} (${q.speaker})${ref(q.sentence)}`);
  }

  if (b.figures.length || b.unstated.length) {
    out.push("", l.numbers);
    for (const f of b.figures) out.push(`- ${f.text}${f.claimedBy ? `, ${l.according(f.claimedBy)}` : ""}${ref(f.sentence)}`);
    for (const u of b.unstated) out.push(`- ${l.notGiven}${l.colon}${u.text}${ref(u.sentence)}`);
  }

  if (b.citations.length) {
    out.push("", l.sources);
    b.citations.forEach((c, i) => out.push(`[${i + 1}] ${c.text}`));
  }
  return out.join("\n") + "\n";
}
